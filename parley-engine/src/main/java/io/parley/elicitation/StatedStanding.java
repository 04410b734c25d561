package io.parley.elicitation;

import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import java.util.List;
import java.util.Locale;

/**
 * Where a party's answer says the text stands against its own limits (red lines and reservation
 * value), read from the plain words of its reason. Parley's party robots say it in so many words: a
 * BOA robot refuses a text it could live with because "the text is worth less to us than we now
 * need" and one it could not because "the text breaks our red lines or falls below our reservation
 * value"; the target robots name the red line a provision breaks. A reason in other words says
 * nothing, and the answer is read as {@link #UNSTATED}.
 */
enum StatedStanding {
  /** The party said the text respects its red lines and reaches its reservation value. */
  WITHIN,
  /** The party said the text breaks a red line or falls below its reservation value. */
  OUTSIDE,
  /** The answer does not say. */
  UNSTATED;

  private static final List<String> WITHIN_WORDS =
      List.of("worth less to us than we now need", "worth less to us than what we now ask for");

  private static final List<String> OUTSIDE_WORDS =
      List.of(
          "cannot accept the text as it stands",
          "breaks our red lines or falls below our reservation value",
          "breaks our red line",
          "goes with the changes our red lines need",
          "no package both respects our red lines and reaches our reservation value");

  /** The standing a rejection's reason states. */
  static StatedStanding of(Payload.Rejected rejected) {
    return read(rejected.reason());
  }

  /**
   * The standing amendments' reasons state: {@link #OUTSIDE} if any says so, else {@link #WITHIN}
   * if any says so, else {@link #UNSTATED}.
   */
  static StatedStanding of(Payload.Amended amended) {
    StatedStanding standing = UNSTATED;
    for (Amendment amendment : amended.amendments()) {
      StatedStanding one = read(amendment.reason());
      if (one == OUTSIDE) {
        return OUTSIDE;
      }
      if (one == WITHIN) {
        standing = WITHIN;
      }
    }
    return standing;
  }

  /** The standing {@code reason} states; {@link #OUTSIDE} wins when both readings match. */
  static StatedStanding read(String reason) {
    String words = reason.toLowerCase(Locale.ROOT);
    for (String outside : OUTSIDE_WORDS) {
      if (words.contains(outside)) {
        return OUTSIDE;
      }
    }
    for (String within : WITHIN_WORDS) {
      if (words.contains(within)) {
        return WITHIN;
      }
    }
    return UNSTATED;
  }
}
