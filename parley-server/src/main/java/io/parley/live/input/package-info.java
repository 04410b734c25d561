/**
 * What a request may carry, as rules on typed values: the characters and lengths text may have
 * ({@link io.parley.live.input.InputText}) and a party's request to preview its preferences ({@link
 * io.parley.live.input.PreviewRequest}). The JSON a request arrives in is read at the edge, by
 * {@code io.parley.live.codec}, which applies these rules to every string it reads.
 */
package io.parley.live.input;
