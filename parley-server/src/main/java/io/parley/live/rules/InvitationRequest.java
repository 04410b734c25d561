package io.parley.live.rules;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * An invitation as a mediator requested it.
 *
 * @param clientId the client id as given, not yet checked (see {@link MoveRequest#clientId})
 * @param participant reads the participant to invite (a fresh token; an earlier one is revoked);
 *     read after the caller's role and client id are checked, and throws a {@code LiveException}
 *     naming the field for a body of the wrong form
 */
public record InvitationRequest(Optional<String> clientId, Supplier<String> participant) {

  /** The request to invite {@code participant}, without a client id. */
  public static InvitationRequest of(String participant) {
    return new InvitationRequest(Optional.empty(), () -> participant);
  }
}
