package io.parley.settlement;

/**
 * What happens after agreement in {@code parley run}: ratification votes and decisions, then the
 * implementation plan's steps, a defection, and what the guarantors do about it.
 */
public sealed interface FollowThroughEvent
    permits FollowThroughEvent.RatifierVoted,
        FollowThroughEvent.RatificationDecided,
        FollowThroughEvent.StepCarriedOut,
        FollowThroughEvent.StepDefected,
        FollowThroughEvent.GuaranteeEnforced,
        FollowThroughEvent.StepAbandoned {

  /** The participant or ratifier the event is about. */
  String actor();

  /** The event's name in the events file ({@code ratifier-voted}, ...). */
  String type();

  /** A ratifier's vote on the agreement, by its own red lines and reservation. */
  record RatifierVoted(String party, String actor, boolean accepts) implements FollowThroughEvent {
    @Override
    public String type() {
      return "ratifier-voted";
    }
  }

  /** A party's constituency decided under its rule. */
  record RatificationDecided(String actor, String rule, boolean ratified)
      implements FollowThroughEvent {
    @Override
    public String type() {
      return "ratification-decided";
    }
  }

  /** A step was carried out. */
  record StepCarriedOut(String step, String actor, String phase, String description)
      implements FollowThroughEvent {
    @Override
    public String type() {
      return "step-carried-out";
    }
  }

  /** The performer of a step defected: it did not carry the step out, and the plan stops. */
  record StepDefected(String step, String actor) implements FollowThroughEvent {
    @Override
    public String type() {
      return "step-defected";
    }
  }

  /** A guarantor of the defected step imposed its penalty on the defector. */
  record GuaranteeEnforced(String step, String actor, String defector, double penalty)
      implements FollowThroughEvent {
    @Override
    public String type() {
      return "guarantee-enforced";
    }
  }

  /** A step not carried out because the plan stopped after a defection. */
  record StepAbandoned(String step, String actor) implements FollowThroughEvent {
    @Override
    public String type() {
      return "step-abandoned";
    }
  }
}
