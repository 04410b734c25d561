/**
 * Strict reading of what a request carries: the characters text may hold ({@link
 * io.parley.live.input.InputText}), JSON syntax errors in plain words ({@link
 * io.parley.live.input.JsonSyntax}), the fields a JSON object may have and their types and ranges
 * ({@link io.parley.live.input.Body}), a move's request read into a typed command ({@link
 * io.parley.live.input.CommandReader}), and the limits on a scenario a negotiation is created from
 * ({@link io.parley.live.input.ScenarioLimits}). Every complaint names the field and what was
 * expected.
 */
package io.parley.live.input;
