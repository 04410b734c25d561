package io.parley.strategy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The mediated single-text hill climber of Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex
 * contracts", Group Decision and Negotiation 12(2), 2003: the mediator proposes a text, the parties
 * vote on it, and the mediator keeps the best text so far and proposes a small change to it.
 *
 * <p>In Parley a text every party accepts ends the negotiation, so the "last all-accepted text" of
 * the original is measured by the parties' responses instead: a text is better than another if more
 * parties accepted it, or as many did and fewer provisions were objected to (an amendment objects
 * to the provisions it changes; a flat rejection to all of them). It learns responses from the
 * events addressed to it and never sees preferences.
 *
 * <ul>
 *   <li>First text: drawn uniformly at random, as in the original.
 *   <li>Revision while nobody has objected to the current text: keep it.
 *   <li>Otherwise: if the current text is at least as good as the best so far, it becomes the best;
 *       if not, the change was rejected and the mediator returns to the best. The next text is the
 *       best with one change: with probability ½, one amendment a party asked for (drawn
 *       uniformly); else a random one-issue mutation (a uniform issue with more than one value, set
 *       to a uniform other value).
 * </ul>
 *
 * <p>Only answers to the text on the table count (a rejection or an amendment names its version); a
 * party's latest answer replaces its earlier one, and a new version starts with none. A revision
 * nobody has answered keeps the text too.
 *
 * <p>All draws come from the context's random generator, so runs are reproducible, and in this
 * order: the first text draws one value per issue, in issue order; a change draws the coin only
 * when some amendment was asked of the text on the table, then (on heads) the amendment, and when
 * that amendment is already in the best text it falls to the mutation, which draws the issue and
 * then the value. Each draft and each observed event costs {@code O(issues + amendments)}.
 */
public final class HillClimbingMediator implements Mediator {
  private MediatorContext context;
  private int[] mutable;
  private int version;
  private final Set<String> acceptedBy = new HashSet<>();
  private final Map<String, Integer> objections = new LinkedHashMap<>();
  private final List<Amendment> asked = new ArrayList<>();
  private Outcome best;
  private int bestAccepted;
  private int bestObjections;

  @Override
  public void start(MediatorContext context) {
    this.context = context;
    OutcomeSpace space = context.space();
    List<Integer> issues = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      if (space.issue(i).size() > 1) {
        issues.add(i);
      }
    }
    this.mutable = issues.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public void observe(Event event) {
    Payload payload = event.payload();
    String sender = event.sender();
    if (payload instanceof Payload.TextDrafted drafted) {
      if (drafted.version() != version) {
        version = drafted.version();
        acceptedBy.clear();
        objections.clear();
        asked.clear();
      }
    } else if (payload instanceof Payload.Accepted) {
      acceptedBy.add(sender);
      objections.remove(sender);
    } else if (payload instanceof Payload.Amended amended && amended.version() == version) {
      acceptedBy.remove(sender);
      objections.put(sender, amended.amendments().size());
      asked.addAll(amended.amendments());
    } else if (payload instanceof Payload.Rejected rejected && rejected.version() == version) {
      acceptedBy.remove(sender);
      objections.put(sender, context.space().issueCount());
    }
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (context == null) {
      throw new IllegalStateException("HillClimbingMediator was asked before start()");
    }
    RandomGenerator random = context.random();
    if (request.current().isEmpty()) {
      return randomText(random);
    }
    Outcome current = request.current().get();
    if (objections.isEmpty()) {
      return current;
    }
    int objected = objections.values().stream().mapToInt(Integer::intValue).sum();
    int accepted = acceptedBy.size();
    if (best == null
        || accepted > bestAccepted
        || (accepted == bestAccepted && objected <= bestObjections)) {
      best = current;
      bestAccepted = accepted;
      bestObjections = objected;
    }
    return change(best, random);
  }

  private Outcome randomText(RandomGenerator random) {
    OutcomeSpace space = context.space();
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(space.issue(i).size());
    }
    return new Outcome(values);
  }

  /** {@code base} with one provision changed. */
  private Outcome change(Outcome base, RandomGenerator random) {
    if (!asked.isEmpty() && random.nextBoolean()) {
      Amendment amendment = asked.get(random.nextInt(asked.size()));
      if (base.valueIndex(amendment.issue()) != amendment.value()) {
        return base.with(amendment.issue(), amendment.value());
      }
    }
    if (mutable.length == 0) {
      return base;
    }
    int issue = mutable[random.nextInt(mutable.length)];
    int value = random.nextInt(context.space().issue(issue).size() - 1);
    if (value >= base.valueIndex(issue)) {
      value++;
    }
    return base.with(issue, value);
  }
}
