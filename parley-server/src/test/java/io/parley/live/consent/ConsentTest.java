package io.parley.live.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ConsentTest {
  @Test
  void absent_isSuggestionsOnly_unlessTheReservationIsShared() {
    assertThat(Consent.read(null, false, false)).isEqualTo(Consent.SUGGESTIONS);
    assertThat(Consent.read(null, false, true)).isEqualTo(Consent.SUGGESTIONS);
    assertThat(Consent.read(null, true, true))
        .as("sharing the reservation line needs the utilities beside it")
        .isEqualTo(Consent.UTILITIES);
  }

  @Test
  void everyLevel_isReadByItsWireName() {
    for (Consent level : Consent.values()) {
      assertThat(Consent.read(new TextNode(level.wire()), level == Consent.FULL, false))
          .isEqualTo(level);
    }
    assertThat(Consent.SUGGESTIONS.allowsUtilities()).isFalse();
    assertThat(Consent.UTILITIES.allowsUtilities()).isTrue();
    assertThat(Consent.FULL.allowsUtilities()).isTrue();
  }

  @Test
  void anythingElse_isRefused_namingTheField() {
    for (var bad :
        new com.fasterxml.jackson.databind.JsonNode[] {
          new TextNode("Full"),
          new TextNode(""),
          new TextNode("everything"),
          JsonNodeFactory.instance.numberNode(1),
          JsonNodeFactory.instance.booleanNode(true),
          JsonNodeFactory.instance.nullNode()
        }) {
      assertThatThrownBy(() -> Consent.read(bad, false, false))
          .as(bad.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("field 'consent'")
          .hasMessageContaining("\"suggestions\", \"utilities\" or \"full\"");
    }
  }

  @Test
  void contradictions_areRefused() {
    assertThatThrownBy(() -> Consent.read(new TextNode("suggestions"), true, true))
        .hasMessageContaining("'shareReservation' is true but consent \"suggestions\"");
    assertThatThrownBy(() -> Consent.read(new TextNode("full"), false, true))
        .hasMessageContaining("'shareReservation' is false but consent \"full\"");
    assertThat(Consent.read(new TextNode("full"), false, false)).isEqualTo(Consent.FULL);
    assertThat(Consent.read(new TextNode("utilities"), false, true)).isEqualTo(Consent.UTILITIES);
  }
}
