package io.parley.strategy;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.RedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A negotiator that moves by a target: at every request it fixes the utility it asks for (its own,
 * in {@link io.parley.analysis.UtilityScale ticks}) and answers by it. Subclasses say only what the
 * target is and, optionally, which package meets it; this class answers the protocol.
 *
 * <ul>
 *   <li>Alternating offers ({@link Request.Turn}): accept the standing offer if it is acceptable
 *       and reaches the target, otherwise offer the target package.
 *   <li>Single text ({@link Request.Review}): accept the text if it is acceptable and reaches the
 *       target; otherwise amend it toward a package that is acceptable and reaches the target,
 *       changing only provisions where the change does not lower its own utility (each with a
 *       reason in plain words); reject it, with the reason, when no such package exists.
 * </ul>
 *
 * <p>The guarantee every subclass inherits: it never offers or accepts a package that breaks its
 * own red lines or falls below its reservation value; a text changed by all of its amendments
 * respects both and reaches its target; and no amendment it proposes lowers its own utility against
 * the text it answers — a robot never asks for what harms it. Targets are clamped to [reservation,
 * best]. It never walks away, except when no package at all respects its red lines and reaches its
 * reservation: then there is nothing it may offer, and at an alternating-offers turn it walks away
 * with that reason (a text it rejects with that reason).
 *
 * <p>{@link #start} builds the party's {@link UtilityIndex} once; every later call costs {@code
 * O(log N + issues)} for {@code N} acceptable outcomes.
 */
public abstract class TargetNegotiator implements Negotiator {
  /** The most index entries one review scans for a package that improves the text. */
  static final int SCAN_LIMIT = 100_000;

  private NegotiatorContext context;
  private UtilityIndex index;

  /**
   * Builds this party's index.
   *
   * @throws IllegalArgumentException if the party finds too many outcomes acceptable for an index
   *     (see {@link UtilityIndex#of})
   */
  @Override
  public void start(NegotiatorContext context) {
    this.context = context;
    this.index = UtilityIndex.of(context.preferences());
  }

  /**
   * The context given at {@link #start}.
   *
   * @throws IllegalStateException before {@link #start}
   */
  protected final NegotiatorContext context() {
    requireStarted();
    return context;
  }

  /**
   * This party's index.
   *
   * @throws IllegalStateException before {@link #start}
   */
  protected final UtilityIndex index() {
    requireStarted();
    return index;
  }

  /**
   * The utility in ticks this negotiator asks for at {@code request}; only called when some package
   * is acceptable. Values outside [reservation, best] are clamped.
   */
  protected abstract long target(Request request);

  /**
   * The package that meets {@code targetTicks}, which lies in [reservation, best]: by default the
   * acceptable outcome closest to it from above. An override must return an acceptable outcome at
   * or above the target.
   */
  protected Outcome proposal(long targetTicks) {
    return index.atOrAbove(targetTicks).orElseThrow();
  }

  @Override
  public final Action act(Request request) {
    requireStarted();
    if (index.isEmpty()) {
      String reason = Reasons.nothingAcceptable(context.preferences());
      return request instanceof Request.Review
          ? new Action.Reject(reason)
          : new Action.WalkAway(reason);
    }
    long target = Math.max(index.reservationTicks(), Math.min(index.bestTicks(), target(request)));
    if (request instanceof Request.Turn turn) {
      Optional<Outcome> standing = turn.standingOffer();
      if (standing.isPresent() && meets(standing.get(), target)) {
        return Action.accept();
      }
      return Action.offer(checkedProposal(target));
    }
    Request.Review review = (Request.Review) request;
    return meets(review.text(), target) ? Action.accept() : amend(review.text(), target);
  }

  /** Whether {@code outcome} is acceptable and reaches {@code target} (which is >= reservation). */
  private boolean meets(Outcome outcome, long target) {
    return index.utilityTicks(outcome) >= target && index.isAcceptable(outcome);
  }

  private Outcome checkedProposal(long target) {
    Outcome proposal = proposal(target);
    if (!meets(proposal, target)) {
      throw new IllegalStateException(
          getClass().getSimpleName()
              + " proposed "
              + proposal
              + ", which is not an acceptable outcome at or above its target");
    }
    return proposal;
  }

  private Action amend(Outcome text, long target) {
    Optional<Outcome> improved = improvement(text, target);
    List<RedLine> broken = index.brokenRedLines(text);
    if (improved.isEmpty()) {
      return new Action.Reject(
          broken.isEmpty()
              ? "the text is worth less to us than the "
                  + Reasons.utility(target)
                  + " we now need, and no change we could ask for makes up for it"
              : Reasons.forProvision(broken.get(0).scope().get(0), broken, false, target, index));
    }
    Outcome wanted = improved.get();
    boolean shortOfTarget = index.utilityTicks(text) < target;
    List<Amendment> amendments = new ArrayList<>();
    for (int i = 0; i < text.issueCount(); i++) {
      if (wanted.valueIndex(i) != text.valueIndex(i)) {
        String reason = Reasons.forProvision(i, broken, shortOfTarget, target, index);
        amendments.add(new Amendment(i, wanted.valueIndex(i), reason));
      }
    }
    return new Action.Amend(amendments);
  }

  /**
   * The package this party asks the text to become: acceptable, at or above {@code target}, and
   * changing the text only in provisions where the change does not lower this party's utility — so
   * that no amendment, alone or with the others, makes the text worse for the party proposing it.
   *
   * <p>First its own {@link #proposal} with the harmful changes left out; if that falls short, the
   * lowest-utility acceptable package at or above the target that improves on the text provision by
   * provision, found by walking the index upward from {@code max(target, utility(text))} over at
   * most {@value #SCAN_LIMIT} packages; failing that, the text with every provision set to this
   * party's best value where that is better ({@link HarmlessAmendments}). Empty when none of these
   * is acceptable.
   */
  private Optional<Outcome> improvement(Outcome text, long target) {
    HarmlessAmendments harmless = HarmlessAmendments.of(index, text);
    Optional<Outcome> scanned =
        harmless.lowestAtOrAbove(
            Math.max(target, harmless.textTicks()), SCAN_LIMIT, candidate -> true);
    if (scanned.isPresent()) {
      return scanned;
    }
    Outcome part = harmless.harmlessPart(checkedProposal(target));
    if (!part.equals(text) && meets(part, target)) {
      return Optional.of(part);
    }
    Outcome greedy = harmless.ascent();
    return !greedy.equals(text) && meets(greedy, target) ? Optional.of(greedy) : Optional.empty();
  }

  private void requireStarted() {
    if (index == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " was asked before start()");
    }
  }
}
