/**
 * The server's copy of each negotiation's hash-chained log: the events as stored, decoded once
 * ({@link io.parley.live.log.LoggedEvent}), kept in step with the store together with the state
 * folded from them ({@link io.parley.live.log.Log}, whose monitor is the negotiation's lock); the
 * fingerprints that tell a retried move from a reused client id ({@link
 * io.parley.live.log.RequestFingerprint}); and the negotiations refused because their log failed
 * verification ({@link io.parley.live.log.Quarantine}, {@link io.parley.live.log.Quarantined}).
 */
package io.parley.live.log;
