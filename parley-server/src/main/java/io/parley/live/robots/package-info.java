/**
 * Robot seats of a live negotiation, driven by the engine's own single-text mechanism: the
 * mechanism of the negotiation ({@link io.parley.live.robots.LiveMechanism}) seats shipped
 * strategies where robots play and reads people's moves from the log where people do ({@link
 * io.parley.live.robots.PartySeat}, {@link io.parley.live.robots.LeadSeat}, {@link
 * io.parley.live.robots.LogRounds}); {@link io.parley.live.robots.Robots} turns its steps into live
 * commands, and {@link io.parley.live.robots.Autopilot} takes them on one background thread.
 */
package io.parley.live.robots;
