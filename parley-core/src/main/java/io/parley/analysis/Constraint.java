package io.parley.analysis;

/**
 * One of the constraints a zone of agreement must satisfy: a party's red line or its reservation
 * value. Deadlock explanations are sets of these.
 */
public sealed interface Constraint permits Constraint.RedLineConstraint, Constraint.Reservation {

  /** The party the constraint belongs to. */
  String party();

  /** The constraint in plain words. */
  String describe();

  /**
   * The {@code index}-th red line of {@code party}.
   *
   * @param text the red line in plain words
   */
  record RedLineConstraint(String party, int index, String text) implements Constraint {
    @Override
    public String describe() {
      return party + "'s red line " + text;
    }
  }

  /** {@code party}'s reservation value. */
  record Reservation(String party, double value) implements Constraint {
    @Override
    public String describe() {
      return party
          + "'s reservation value "
          + value
          + " (it prefers no agreement to anything worth less)";
    }
  }
}
