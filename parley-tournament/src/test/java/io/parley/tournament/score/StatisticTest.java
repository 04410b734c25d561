package io.parley.tournament.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticTest {
  @Test
  void meanAndInterval_matchTheTwoPassFormulas() {
    SplittableRandom random = new SplittableRandom(5);
    for (int n = 2; n < 200; n += 7) {
      double[] v = new double[n];
      Statistic s = new Statistic();
      for (int i = 0; i < n; i++) {
        v[i] = random.nextDouble(-3, 5);
        s.add(v[i]);
      }
      s.add(Double.NaN);
      double mean = 0;
      for (double x : v) {
        mean += x / n;
      }
      double ss = 0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      double sd = Math.sqrt(ss / (n - 1));
      assertThat(s.count()).isEqualTo(n);
      assertThat(s.mean()).isCloseTo(mean, within(1e-12));
      assertThat(s.standardDeviation()).isCloseTo(sd, within(1e-12));
      assertThat(s.halfWidth()).isCloseTo(Statistic.t975(n - 1) * sd / Math.sqrt(n), within(1e-12));
    }
  }

  @Test
  void studentQuantile_matchesPublishedValues() {
    assertThat(Statistic.t975(1)).isEqualTo(12.706);
    assertThat(Statistic.t975(30)).isEqualTo(2.042);
    assertThat(Statistic.t975(40)).isCloseTo(2.0211, within(2e-4));
    assertThat(Statistic.t975(120)).isCloseTo(1.9799, within(2e-4));
    assertThat(Statistic.t975(1_000_000)).isCloseTo(1.95997, within(1e-4));
  }

  @Test
  void tooFewValues_giveNoInterval() {
    Statistic s = new Statistic();
    assertThat(s.mean()).isNaN();
    s.add(1);
    assertThat(s.mean()).isEqualTo(1);
    assertThat(s.halfWidth()).isNaN();
  }
}
