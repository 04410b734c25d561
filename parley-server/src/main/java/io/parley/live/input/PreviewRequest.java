package io.parley.live.input;

import io.parley.live.state.Negotiation;
import io.parley.preference.Preferences;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A party's request to preview the preferences it is editing: the client id it gave (checked as on
 * every move) and the reading of its body, done against the negotiation's issues.
 *
 * @param preferences reads the body as {@code party}'s preferences over {@code state}'s issues,
 *     throwing {@code LiveException} BAD_INPUT as a confiding would
 */
public record PreviewRequest(
    Optional<String> clientId, BiFunction<Negotiation, String, Preferences> preferences) {}
