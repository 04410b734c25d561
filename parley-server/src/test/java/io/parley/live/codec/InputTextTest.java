package io.parley.live.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import org.junit.jupiter.api.Test;

/** The characters a request may carry, and syntax errors in plain words. */
class InputTextTest {
  @Test
  void aLoneSurrogate_isRefused_namingWhere() {
    assertThatThrownBy(() -> Json.parseObject("{\"note\":\"a\\ud800b\"}"))
        .isInstanceOfSatisfying(
            LiveException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(LiveException.Kind.BAD_INPUT);
              assertThat(e.getMessage()).contains("note");
            });
  }

  @Test
  void controlCharacters_areRefused_atAnyDepth_butLineFeedAndTabAreAllowed() {
    assertThatThrownBy(() -> Json.parseObject("{\"a\":[{\"b\":\"x\\u0000\"}]}"))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.getMessage()).contains("a[0].b"));
    assertThatThrownBy(() -> Json.parseObject("{\"a\":\"\\u001b[31m\"}"))
        .isInstanceOf(LiveException.class);
    assertThat(Json.parseObject("{\"a\":\"line\\nnext\\tcell\"}").get("a").textValue())
        .isEqualTo("line\nnext\tcell");
  }

  @Test
  void aSyntaxError_isDescribedByLineAndColumn_withoutTheParsersInternals() {
    assertThatThrownBy(() -> Json.parseObject("{\n  \"a\": ,\n}"))
        .isInstanceOfSatisfying(
            LiveException.class,
            e -> {
              assertThat(e.getMessage()).contains("line 2");
              assertThat(e.getMessage())
                  .doesNotContain("com.fasterxml")
                  .doesNotContain("JsonToken")
                  .doesNotContain("Source:");
            });
  }

  @Test
  void aBodyThatIsNotAnObject_saysWhatItIs() {
    assertThatThrownBy(() -> Json.parseObject("[1,2]"))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.getMessage()).contains("JSON array"));
  }
}
