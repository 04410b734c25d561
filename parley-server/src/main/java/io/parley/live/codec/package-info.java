/**
 * The one place the live server reads and writes JSON, at its two edges: the log's payload column
 * and the HTTP API. Everything else in {@code io.parley.live} takes and returns typed values; a
 * test ({@code JacksonConfinementTest}) fails if a class outside this package and {@code
 * io.parley.server} refers to Jackson.
 *
 * <ul>
 *   <li>The log's payload: {@link io.parley.live.codec.EventCodec} between each event record and
 *       its payload (the text the log's hash chain covers, so it never changes for a stored event),
 *       with {@code FollowThroughCodec}, {@link io.parley.live.codec.OutcomeCodec} for outcomes,
 *       {@link io.parley.live.codec.IssueList} for the issues and {@link
 *       io.parley.live.codec.ConfidingJson} for the sealed copy of confided preferences; the same
 *       payload, filtered by {@code Visibility}, is an API event's ({@link
 *       io.parley.live.codec.SeenEventJson}).
 *   <li>Request bodies: {@link io.parley.live.codec.Json} (the one mapper: strict parsing, every
 *       string checked by {@code InputText}'s rules), syntax errors in plain words ({@link
 *       io.parley.live.codec.JsonSyntax}), the fields an object may have with their types and
 *       ranges ({@link io.parley.live.codec.Body}), and a move's body read into a typed request and
 *       command ({@link io.parley.live.codec.Requests}, {@link io.parley.live.codec.CommandReader},
 *       {@code DayReader}, {@link io.parley.live.codec.ConfidingJson}), with the canonical text of
 *       a body its request fingerprint is taken from.
 * </ul>
 *
 * <p>The HTTP side ({@code io.parley.server}: handlers, views, OpenAPI document, problem bodies)
 * writes its responses with this package's mapper.
 */
package io.parley.live.codec;
