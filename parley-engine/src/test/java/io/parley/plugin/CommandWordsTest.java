package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandWordsTest {
  @Test
  void blanksSeparateWords() {
    assertThat(CommandWords.split("  python3   agent.py --e 0.5 "))
        .containsExactly("python3", "agent.py", "--e", "0.5");
  }

  @Test
  void quotesKeepBlanksAndJoinAdjacentParts() {
    assertThat(CommandWords.split("python3 'my agents/a.py' \"x y\"z"))
        .containsExactly("python3", "my agents/a.py", "x yz");
  }

  @Test
  void backslashEscapes_outsideAndInsideDoubleQuotes_butNotInsideSingleQuotes() {
    assertThat(CommandWords.split("a\\ b \"c\\\"d\" 'e\\f'"))
        .containsExactly("a b", "c\"d", "e\\f");
  }

  @Test
  void shellCharactersAreOrdinary() {
    assertThat(CommandWords.split("agent $HOME *.py | tee; rm"))
        .containsExactly("agent", "$HOME", "*.py", "|", "tee;", "rm");
  }

  @Test
  void emptyQuotesMakeAnEmptyWord() {
    assertThat(CommandWords.split("agent '' x")).containsExactly("agent", "", "x");
  }

  @Test
  void malformedLines_areRefused() {
    assertThatThrownBy(() -> CommandWords.split("a 'b"))
        .hasMessageContaining("unclosed single quote at character 3");
    assertThatThrownBy(() -> CommandWords.split("a \"b"))
        .hasMessageContaining("unclosed double quote at character 3");
    assertThatThrownBy(() -> CommandWords.split("a \\")).hasMessageContaining("lone backslash");
    assertThatThrownBy(() -> CommandWords.split("   ")).hasMessageContaining("empty");
  }
}
