/**
 * What each participant may read: the one visibility filter ({@link
 * io.parley.live.rooms.Visibility}) and the recipient lists it reads ({@link
 * io.parley.live.rooms.Recipients}); who is asking ({@link io.parley.live.rooms.Viewer}); an event
 * as one viewer sees it ({@link io.parley.live.rooms.SeenEvent}); and everything built from the
 * filtered events alone: the room view ({@link io.parley.live.rooms.RoomView}), the differences
 * between texts ({@link io.parley.live.rooms.TextDiff}) and the live feeds ({@link
 * io.parley.live.rooms.Subscription}, {@link io.parley.live.rooms.Feeds}).
 */
package io.parley.live.rooms;
