package io.parley.live.followthrough;

import java.util.Locale;

/**
 * Where a negotiation's follow-through stands after its agreement:
 *
 * <pre>
 *   NONE --agreement recorded--&gt; SETTLED
 *   SETTLED --ratification opened (the scenario has ratifiers)--&gt; RATIFYING
 *   RATIFYING --every party's constituency ratified--&gt; SETTLED (ratified)
 *   RATIFYING --a party's constituency refused--&gt; REFUSED (final)
 *   SETTLED --improvement proposed--&gt; IMPROVING
 *   IMPROVING --every party accepted (adopted) or one kept the agreement (declined)--&gt; SETTLED
 *   SETTLED --implementation began--&gt; IMPLEMENTING (final)
 * </pre>
 *
 * A scenario with ratifiers opens ratification as soon as the agreement is recorded, so SETTLED is
 * reached a second time, ratified, before the improvement round or implementation may begin.
 */
public enum Phase {
  NONE,
  SETTLED,
  RATIFYING,
  REFUSED,
  IMPROVING,
  IMPLEMENTING;

  /** The name in the API: {@code settled}, {@code ratifying}, ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
