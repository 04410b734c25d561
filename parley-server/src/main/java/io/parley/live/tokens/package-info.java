/**
 * Invitation tokens: how they are made, hashed and compared ({@link io.parley.live.tokens.Tokens}),
 * and which negotiation and participant each current token admits ({@link
 * io.parley.live.tokens.TokenIndex}).
 */
package io.parley.live.tokens;
