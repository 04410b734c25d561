package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Suggested packages, as a viewer sees them: for mediators the whole suggestion ({@code packages}
 * and {@code basis}); for anyone else one released package.
 *
 * @param seq the sequence number of the suggestion-made event
 * @param content the packages as the viewer may see them
 */
record Suggestion(long seq, ObjectNode content) {}
