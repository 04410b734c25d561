package io.parley.strategy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The one-text procedure as Fisher and Ury describe the Camp David talks (Fisher and Ury, Getting
 * to Yes, 1981; Raiffa, The Art and Science of Negotiation, 1982, ch. 14): the mediator drafts a
 * text, asks each party for its criticisms rather than its concessions, and writes the criticisms
 * into the next draft — using only what the parties say, never their preferences.
 *
 * <ul>
 *   <li>First text: every issue at its middle value, as {@link SplitTheDifferenceMediator}.
 *   <li>Revision: the current text with the latest amendments of every party that did not accept it
 *       written in. Parties are taken in an order drawn at random each round; a provision already
 *       rewritten this round keeps the first party's request, so that when two parties ask for
 *       different values each is heard half of the time.
 *   <li>When nobody asked for anything but some party refused the text, one provision (a uniform
 *       issue with more than one value) moves to a uniform other value, as in the mutation step of
 *       Klein, Faratin, Sayama and Bar-Yam, "Negotiating complex contracts", Group Decision and
 *       Negotiation 12(2), 2003.
 * </ul>
 *
 * <p>Where Parley departs from the procedure: there is no "final text" the mediator announces; the
 * run ends when every party accepts the same version or at the deadline. The mediator learns
 * responses from the events addressed to it and writes a request in whole, never halfway (unlike
 * {@link SplitTheDifferenceMediator}, which averages value positions and so assumes an order of the
 * values). All draws come from the context's random generator, so a seed replays a run: the order
 * of the parties is a Fisher-Yates shuffle of the order in which their requests to this text first
 * arrived (from the last position down to the second, position k swapped with a uniform one of
 * positions 0 to k), and the move draws the issue and then the value. Requests to an earlier text
 * are forgotten when a new text is put. Each draft costs {@code O(issues + amendments)}.
 */
public final class AmendmentMergingMediator implements Mediator {
  private MediatorContext context;
  private int version;
  private final Map<String, List<Amendment>> requests = new LinkedHashMap<>();
  private boolean refused;

  @Override
  public void start(MediatorContext context) {
    this.context = context;
  }

  @Override
  public void observe(Event event) {
    Payload payload = event.payload();
    if (payload instanceof Payload.TextDrafted drafted) {
      if (drafted.version() != version) {
        version = drafted.version();
        requests.clear();
        refused = false;
      }
    } else if (payload instanceof Payload.Accepted) {
      requests.remove(event.sender());
    } else if (payload instanceof Payload.Amended amended && amended.version() == version) {
      requests.put(event.sender(), amended.amendments());
      refused = true;
    } else if (payload instanceof Payload.Rejected rejected && rejected.version() == version) {
      requests.remove(event.sender());
      refused = true;
    }
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (context == null) {
      throw new IllegalStateException("AmendmentMergingMediator was asked before start()");
    }
    if (request.current().isEmpty()) {
      return SplitTheDifferenceMediator.middle(context.space());
    }
    Outcome current = request.current().get();
    RandomGenerator random = context.random();
    if (requests.isEmpty()) {
      return refused ? mutate(current, random) : current;
    }
    List<List<Amendment>> order = new ArrayList<>(requests.values());
    for (int k = order.size() - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      List<Amendment> swap = order.get(k);
      order.set(k, order.get(j));
      order.set(j, swap);
    }
    int[] values = current.valueIndices();
    boolean[] rewritten = new boolean[values.length];
    for (List<Amendment> amendments : order) {
      for (Amendment amendment : amendments) {
        if (!rewritten[amendment.issue()]) {
          values[amendment.issue()] = amendment.value();
          rewritten[amendment.issue()] = true;
        }
      }
    }
    return new Outcome(values);
  }

  /** {@code text} with one provision moved to another value; unchanged if no issue can move. */
  private Outcome mutate(Outcome text, RandomGenerator random) {
    var space = context.space();
    List<Integer> movable = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      if (space.issue(i).size() > 1) {
        movable.add(i);
      }
    }
    if (movable.isEmpty()) {
      return text;
    }
    int issue = movable.get(random.nextInt(movable.size()));
    int value = random.nextInt(space.issue(issue).size() - 1);
    if (value >= text.valueIndex(issue)) {
      value++;
    }
    return text.with(issue, value);
  }
}
