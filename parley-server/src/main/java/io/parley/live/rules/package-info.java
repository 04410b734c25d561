/**
 * The rules of a live mediated negotiation: the moves the API offers and who may make each ({@link
 * io.parley.live.rules.Move}), a move as a typed command ({@link io.parley.live.rules.Command}),
 * and the rulebook that checks a command against the state and returns the one event it produces or
 * refuses it ({@link io.parley.live.rules.Rulebook}, with its shared checks in {@link
 * io.parley.live.rules.Requirements}, the robot-seat rules in {@link
 * io.parley.live.rules.SeatRules} and the agreement's recording and document in {@link
 * io.parley.live.rules.Agreements}).
 */
package io.parley.live.rules;
