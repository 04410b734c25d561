/**
 * What each participant may read: the one visibility filter ({@link
 * io.parley.live.rooms.Visibility}) and the recipient lists it reads ({@link
 * io.parley.live.rooms.Recipients}); who is asking ({@link io.parley.live.rooms.Viewer}); an event
 * as one viewer sees it ({@link io.parley.live.rooms.SeenEvent}); and the live feeds of those
 * events ({@link io.parley.live.rooms.Subscription}, {@link io.parley.live.rooms.Feeds}). The views
 * built from the filtered events are in {@code io.parley.live.views}.
 */
package io.parley.live.rooms;
