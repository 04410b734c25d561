/**
 * Robot seats of a live negotiation: shipped strategies of the engine playing a party's seat or the
 * lead mediator's, as engine agents kept alive between their moves and shown each new event of the
 * log once, in the engine's event vocabulary ({@link io.parley.live.robots.PartyRobot}, {@link
 * io.parley.live.robots.MediatorRobot}); the rules of when a robot moves ({@link
 * io.parley.live.robots.Robots}); and the one background thread that takes their steps ({@link
 * io.parley.live.robots.Autopilot}).
 */
package io.parley.live.robots;
