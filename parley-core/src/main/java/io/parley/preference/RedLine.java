package io.parley.preference;

import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.TreeSet;

/**
 * A hard constraint a party places on any agreement.
 *
 * <p>Every red line carries an optional plain-words {@link #label()} (empty when none) used in
 * explanations.
 */
public sealed interface RedLine permits RedLine.Forbid, RedLine.Require, RedLine.Linkage {

  /** The plain-words label the scenario gives, or an empty string. */
  String label();

  /** Whether the outcome with these value indices respects this red line. */
  boolean allows(int[] valueIndices);

  /** The positions of the issues this red line names, ascending and distinct. */
  List<Integer> scope();

  /** What the red line says, in plain words. */
  String describe(OutcomeSpace space);

  /** This red line with another label. */
  RedLine withLabel(String label);

  /** The label and the rule, or the rule alone when there is no label. */
  default String explain(OutcomeSpace space) {
    return label().isEmpty() ? describe(space) : "\"" + label() + "\" (" + describe(space) + ")";
  }

  /** An outcome matching {@code condition} is unacceptable. */
  record Forbid(Condition condition, String label) implements RedLine {
    public Forbid {
      label = label == null ? "" : label;
    }

    @Override
    public boolean allows(int[] valueIndices) {
      return !condition.matches(valueIndices);
    }

    @Override
    public List<Integer> scope() {
      return List.copyOf(new TreeSet<>(condition.positions()));
    }

    @Override
    public String describe(OutcomeSpace space) {
      return "no agreement where " + condition.describe(space);
    }

    @Override
    public RedLine withLabel(String newLabel) {
      return new Forbid(condition, newLabel);
    }
  }

  /** The outcome must match {@code condition}. */
  record Require(Condition condition, String label) implements RedLine {
    public Require {
      label = label == null ? "" : label;
    }

    @Override
    public boolean allows(int[] valueIndices) {
      return condition.matches(valueIndices);
    }

    @Override
    public List<Integer> scope() {
      return List.copyOf(new TreeSet<>(condition.positions()));
    }

    @Override
    public String describe(OutcomeSpace space) {
      return "only an agreement where " + condition.describe(space);
    }

    @Override
    public RedLine withLabel(String newLabel) {
      return new Require(condition, newLabel);
    }
  }

  /** If the outcome matches {@code when}, it must match {@code then}. */
  record Linkage(Condition when, Condition then, String label) implements RedLine {
    public Linkage {
      label = label == null ? "" : label;
    }

    @Override
    public boolean allows(int[] valueIndices) {
      return !when.matches(valueIndices) || then.matches(valueIndices);
    }

    @Override
    public List<Integer> scope() {
      var positions = new TreeSet<Integer>(when.positions());
      positions.addAll(then.positions());
      return List.copyOf(positions);
    }

    @Override
    public String describe(OutcomeSpace space) {
      return "if " + when.describe(space) + ", then " + then.describe(space);
    }

    @Override
    public RedLine withLabel(String newLabel) {
      return new Linkage(when, then, newLabel);
    }
  }
}
