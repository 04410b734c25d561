package io.parley.tournament.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResultCsvTest {
  private static ResultRow row(boolean failed) {
    return new ResultRow(
        7,
        "00ff00ff00ff00ff",
        "domains/a,b.yaml",
        "alternating-offers",
        "",
        2,
        -123456789012345L,
        List.of(
            new SeatResult("buyer", "boa(e=0.2, \"x\")", 0.1 + 0.2, 0.25, 1.0 / 3),
            new SeatResult("seller", "linear", 0.7, 0.0, 0.7)),
        !failed,
        failed ? "" : "price=low;units=3",
        1.0000000000000002,
        failed ? OptionalDouble.empty() : OptionalDouble.of(0.9),
        OptionalDouble.of(Double.MIN_VALUE),
        OptionalDouble.empty(),
        42,
        failed ? "failure" : "agreement",
        failed
            ? Optional.of(new Failure("buyer", "exception", "threw, \"oops\"\nline two"))
            : Optional.empty(),
        3.5);
  }

  @Test
  void roundTrip_isExact_withQuotesCommasAndEmptySeats() {
    ResultCsv codec = new ResultCsv(3);
    ResultRow ok = row(false);
    assertThat(codec.parse(codec.format(ok))).isEqualTo(ok);
    ResultRow failed = row(true);
    ResultRow back = codec.parse(codec.format(failed));
    assertThat(back.failure().orElseThrow().message()).isEqualTo("threw, \"oops\" line two");
    assertThat(back.withWallTime(0).seats()).isEqualTo(failed.seats());
    assertThat(codec.format(ok)).doesNotContain("\n");
    assertThat(ResultCsv.keyOf(codec.format(ok))).isEqualTo("00ff00ff00ff00ff");
  }

  @Test
  void header_namesEveryColumn_andIsRecognised() {
    ResultCsv codec = new ResultCsv(2);
    assertThat(codec.columns())
        .startsWith("index", "key", "scenario", "protocol", "mediator", "repetition", "seed")
        .contains("party_2", "agent_2", "utility_2", "reservation_2", "advantage_2")
        .endsWith("failure_seat", "failure_kind", "failure_message", "wall_time_ms");
    assertThat(ResultCsv.ofHeader(codec.header()).parties()).isEqualTo(2);
    assertThatThrownBy(() -> ResultCsv.ofHeader("a,b,c"))
        .hasMessageContaining("not a results.csv header");
  }

  @Test
  void tooManySeats_orWrongColumnCount_areRefused() {
    assertThatThrownBy(() -> new ResultCsv(1).format(row(false)))
        .hasMessageContaining("has 2 seats; columns hold 1");
    assertThatThrownBy(() -> new ResultCsv(2).parse("1,2,3"))
        .hasMessageContaining("columns, got 3");
  }
}
