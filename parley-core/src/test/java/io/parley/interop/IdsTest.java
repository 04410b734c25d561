package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idFor_lowerCasesAndJoinsWordsWithDashes() {
    Ids ids = new Ids("issue");
    assertThat(ids.idFor("External Monitor")).isEqualTo("external-monitor");
    assertThat(ids.idFor("Height (m)")).isEqualTo("height-m");
    assertThat(ids.idFor("0000-0300")).isEqualTo("0000-0300");
    assertThat(ids.idFor("  $4.37 ")).isEqualTo("4-37");
  }

  @Test
  void idFor_deduplicatesAndFallsBack() {
    Ids ids = new Ids("issue");
    assertThat(ids.idFor("Price")).isEqualTo("price");
    assertThat(ids.idFor("price")).isEqualTo("price-2");
    assertThat(ids.idFor("PRICE!")).isEqualTo("price-3");
    assertThat(ids.idFor("€€")).isEqualTo("issue");
    assertThat(ids.idFor("")).isEqualTo("issue-2");
  }
}
