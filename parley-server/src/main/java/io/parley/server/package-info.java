/**
 * The live mediation server: a Javalin HTTP API over the event store, server-sent events, secret
 * per-participant invitations and one visibility filter for every read.
 */
package io.parley.server;
