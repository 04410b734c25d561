/**
 * What the live negotiation answers a reader, as typed records free of JSON: a participant's room
 * ({@link io.parley.live.views.RoomView}), the agreement document ({@link
 * io.parley.live.views.AgreementDocument}), the differences between two texts ({@link
 * io.parley.live.views.TextDiff}) and the mediators' utility space ({@link
 * io.parley.live.views.UtilitySpaceView}). Each is built only from what the one visibility filter
 * and the parties' consent let the reader see; the HTTP edge writes them as JSON ({@code
 * io.parley.server.ViewJson}), in the wire form docs/server.md describes.
 */
package io.parley.live.views;
