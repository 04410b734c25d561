package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.boa.FrequencyModel;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The listening mediator's drafts against its rule written out from its Javadoc, on random answers
 * in random small spaces: the next text maximises {@code Σ_p λ_p · ln(0.05 + û_p)} over every
 * package not refused (or refused before the endgame and not yet put again, once the endgame has
 * come), where λ_p is 1 plus 0.05 per refusal of party p, and û_p is 1 for a package p is known to
 * accept, else the mean of the value-order estimate and the frequency model's utility, clamped to
 * [0, 1]. The oracle computes û_p of each package directly (the mediator adds up per-value tables).
 *
 * <p>The answers include stale ones (to an older version) and answers from a participant that is no
 * party, which must change nothing.
 */
class ListeningEstimatedProductTest {
  private static final double TIE = 1e-9;

  /** What the mediator should know, kept by the rules of its Javadoc. */
  private static final class Oracle {
    final OutcomeSpace space;
    final List<String> parties;
    final Map<String, Set<Outcome>> known = new HashMap<>();
    final Map<String, double[][]> valueCounts = new HashMap<>();
    final Map<String, double[]> issueCounts = new HashMap<>();
    final Map<String, Double> pressure = new HashMap<>();
    final FrequencyModel frequencies;
    final Map<Outcome, Double> refusedAt = new HashMap<>();
    final Set<Outcome> retried = new HashSet<>();
    double progress;
    boolean refused;

    Oracle(OutcomeSpace space, List<String> parties) {
      this.space = space;
      this.parties = parties;
      this.frequencies = new FrequencyModel(0.1, space);
      for (String party : parties) {
        known.put(party, new LinkedHashSet<>());
        double[][] counts = new double[space.issueCount()][];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = new double[space.issue(i).size()];
        }
        valueCounts.put(party, counts);
        issueCounts.put(party, new double[space.issueCount()]);
        pressure.put(party, 1.0);
      }
    }

    void learn(String party, Outcome outcome) {
      known.get(party).add(outcome);
      frequencies.update(party, outcome, null);
    }

    void refuse(String party, Outcome text) {
      pressure.merge(party, 0.05, Double::sum);
      refused = true;
      refusedAt.merge(text, progress, Math::max);
    }

    void amend(String party, Outcome text, List<Amendment> amendments) {
      refuse(party, text);
      Outcome asked = text;
      for (Amendment amendment : amendments) {
        valueCounts.get(party)[amendment.issue()][amendment.value()] += 1;
        valueCounts.get(party)[amendment.issue()][text.valueIndex(amendment.issue())] -= 1;
        issueCounts.get(party)[amendment.issue()] += 1;
        asked = asked.with(amendment.issue(), amendment.value());
      }
      learn(party, asked);
    }

    /** û_p: 1 if known acceptable, else the mean of the two estimates, clamped to [0, 1]. */
    double estimate(String party, Outcome candidate) {
      if (known.get(party).contains(candidate)) {
        return 1;
      }
      double[][] counts = valueCounts.get(party);
      double[] issues = issueCounts.get(party);
      double total = 0;
      for (double count : issues) {
        total += 1 + count;
      }
      double valueOrder = 0;
      for (int i = 0; i < counts.length; i++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double c : counts[i]) {
          lo = Math.min(lo, c);
          hi = Math.max(hi, c);
        }
        double order = hi > lo ? (counts[i][candidate.valueIndex(i)] - lo) / (hi - lo) : 0.5;
        valueOrder += (1 + issues[i]) / total * order;
      }
      double frequency = known.get(party).isEmpty() ? 0.5 : frequencies.utility(party, candidate);
      return Math.max(0, Math.min(1, (valueOrder + frequency) / 2));
    }

    double score(Outcome candidate) {
      double score = 0;
      for (String party : parties) {
        score += pressure.get(party) * Math.log(0.05 + estimate(party, candidate));
      }
      return score;
    }

    boolean eligible(Outcome candidate) {
      Double at = refusedAt.get(candidate);
      return at == null || (progress >= 0.9 && at < 0.9 && !retried.contains(candidate));
    }
  }

  private static List<Party> participants(int parties) {
    List<Party> list = new ArrayList<>();
    list.add(new Party("m", "m", Role.MEDIATOR));
    for (int p = 0; p < parties; p++) {
      list.add(Party.of("p" + p));
    }
    return list;
  }

  private static io.parley.event.Event event(long sequence, String sender, Payload payload) {
    return new io.parley.event.Event(sequence, sequence, 1, sender, List.of(), payload);
  }

  @Test
  void everyDraft_maximisesThePressureWeightedProductOfEstimates() {
    int checked = 0;
    int unique = 0;
    int retries = 0;
    int keptTexts = 0;
    for (long seed = 1; seed <= 60; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 2 + random.nextInt(3), 4);
      int partyCount = 2 + random.nextInt(2);
      List<String> parties = new ArrayList<>();
      for (int p = 0; p < partyCount; p++) {
        parties.add("p" + p);
      }
      var mediator = new ListeningMediator();
      mediator.start(
          new MediatorContext(
              "m", space, participants(partyCount), Map.of(), 20, new SplittableRandom(seed)));
      var oracle = new Oracle(space, parties);
      int rounds = 6 + random.nextInt(10);
      oracle.progress = 0;
      Outcome text = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
      assertThat(text).isEqualTo(SplitTheDifferenceMediator.middle(space));
      long sequence = 1;
      for (int version = 1; version <= rounds; version++) {
        Outcome put = text;
        oracle.refused = false;
        mediator.observe(event(sequence++, "m", new Payload.TextDrafted(version, put)));
        for (String party : parties) {
          double draw = random.nextDouble();
          if (draw < 0.25) {
            mediator.observe(event(sequence++, party, new Payload.Accepted(put)));
            oracle.learn(party, put);
          } else if (draw < 0.55) {
            mediator.observe(event(sequence++, party, new Payload.Rejected(version, "")));
            oracle.refuse(party, put);
          } else {
            List<Amendment> amendments = new ArrayList<>();
            int count = 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
              int issue = random.nextInt(space.issueCount());
              amendments.add(new Amendment(issue, random.nextInt(space.issue(issue).size()), ""));
            }
            mediator.observe(event(sequence++, party, new Payload.Amended(version, amendments)));
            oracle.amend(party, put, amendments);
          }
          if (random.nextInt(6) == 0) {
            // Stale answers, and answers of someone who is no party: ignored.
            mediator.observe(event(sequence++, party, new Payload.Rejected(version - 1, "")));
            mediator.observe(
                event(
                    sequence++,
                    party,
                    new Payload.Amended(version + 1, List.of(new Amendment(0, 0, "")))));
            mediator.observe(event(sequence++, "m", new Payload.Rejected(version, "")));
            mediator.observe(
                event(
                    sequence++,
                    "stranger",
                    new Payload.Amended(version, List.of(new Amendment(0, 0, "")))));
            mediator.observe(event(sequence++, "stranger", new Payload.Accepted(put)));
          }
        }
        double progress = Math.min(1.0, (double) version / (rounds - 2));
        oracle.progress = progress;
        text = mediator.draft(new DraftRequest(version + 1, progress, Optional.of(put), Map.of()));
        String where = "seed " + seed + " version " + version;
        if (!oracle.refused) {
          assertThat(text).as("%s: nobody refused, the text stays", where).isEqualTo(put);
          keptTexts++;
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        Outcome argmax = null;
        long size = space.size().longValueExact();
        for (long code = 0; code < size; code++) {
          Outcome candidate = space.outcomeAt(code);
          if (!oracle.eligible(candidate)) {
            continue;
          }
          double score = oracle.score(candidate);
          if (score > best + TIE) {
            second = best;
            best = score;
            argmax = candidate;
          } else if (score > second) {
            second = score;
          }
        }
        if (argmax == null) {
          // Everything refused: one provision moves (pinned in ListeningTextRulesTest).
          int moved = 0;
          for (int i = 0; i < space.issueCount(); i++) {
            moved += text.valueIndex(i) == put.valueIndex(i) ? 0 : 1;
          }
          assertThat(moved).as(where).isLessThanOrEqualTo(1);
          continue;
        }
        assertThat(oracle.eligible(text)).as("%s: %s eligible", where, text).isTrue();
        assertThat(oracle.score(text))
            .as("%s: %s scores the most", where, text)
            .isCloseTo(best, org.assertj.core.data.Offset.offset(TIE));
        if (second < best - TIE) {
          assertThat(text).as(where).isEqualTo(argmax);
          unique++;
        }
        if (oracle.refusedAt.containsKey(text)) {
          oracle.retried.add(text);
          retries++;
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(unique).isGreaterThan(checked / 2);
    assertThat(retries).isPositive();
    assertThat(keptTexts).isPositive();
  }
}
