package io.parley.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's own rules, without the strategies behind it: the spec grammar with the position of
 * every error, typed reads of arguments with their defaults, and a registry's lookup and errors.
 */
class CatalogTest {
  private static final List<Parameter> PARAMETERS =
      List.of(
          new Parameter("e", "0.2", "exponent, > 0"),
          new Parameter("n", "3", "count"),
          new Parameter("on", "true", "switch"),
          new Parameter("part", "inner(x=1)", "a component"));
  private static final CatalogEntry ENTRY =
      new CatalogEntry(Kind.BIDDING, "thing", "a thing to test with", PARAMETERS);

  private static Arguments arguments(String spec) {
    return new Arguments(ENTRY, StrategySpec.parse(spec), "in '" + spec + "'");
  }

  @Test
  void parse_keepsNamesArgumentsInOrderAndTheTrimmedText() {
    StrategySpec spec = StrategySpec.parse("  a_b.c+d-9 ( z = 1 , y=w(v=x) ,x=  2 )  ");
    assertThat(spec.name()).isEqualTo("a_b.c+d-9");
    assertThat(spec.arguments().keySet()).containsExactly("z", "y", "x");
    assertThat(spec.text()).isEqualTo("a_b.c+d-9 ( z = 1 , y=w(v=x) ,x=  2 )");
    assertThat(spec).hasToString(spec.text());
    assertThat(spec.arguments().get("y").text()).isEqualTo("w(v=x)");
    assertThat(spec.arguments().get("y").arguments().get("v").name()).isEqualTo("x");
    assertThat(spec.arguments().get("x").text()).isEqualTo("2");
    assertThat(spec.isBare()).isFalse();
    assertThat(StrategySpec.parse("UPPER( )").isBare()).isTrue();
    assertThat(StrategySpec.parse("UPPER( )").text()).isEqualTo("UPPER( )");
    assertThat(StrategySpec.parse("\tname\n").text()).isEqualTo("name");
    assertThatThrownBy(() -> spec.arguments().put("w", spec))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parse_errorsGiveThePositionFromOneAndSayWhenTheTextEnded() {
    assertParseError(null, "a strategy name is required, got none");
    assertParseError(
        "",
        "bad strategy spec '': expected a name at position 1 (end of text); the form is"
            + " name(key=value, ...)");
    assertParseError(
        "a b",
        "bad strategy spec 'a b': unexpected 'b' at position 3; the form is name(key=value, ...)");
    assertParseError("a(", "bad strategy spec 'a(': expected a parameter name at position 3 (end");
    assertParseError("a(k)", "bad strategy spec 'a(k)': expected '=' at position 4;");
    assertParseError("a(k=)", "bad strategy spec 'a(k=)': expected a name at position 5;");
    assertParseError("a(k=1 x)", "bad strategy spec 'a(k=1 x)': expected ')' at position 7;");
    assertParseError(
        "a(k=1,)", "bad strategy spec 'a(k=1,)': expected a parameter name at" + " position 7;");
    assertParseError(
        "a(k=1, k=2)", "bad strategy spec 'a(k=1, k=2)': parameter 'k' given twice at position 8;");
    assertParseError("(k=1)", "bad strategy spec '(k=1)': expected a name at position 1;");
    assertParseError("a$", "bad strategy spec 'a$': unexpected '$' at position 2;");
    assertParseError("a()x", "bad strategy spec 'a()x': unexpected 'x' at position 4;");
    for (String special : List.of("a/", "a*", "a@", "a[", "a{", "a`", "a:", "a~", "a^", "a|")) {
      assertParseError(special, "bad strategy spec '" + special + "': unexpected '");
    }
  }

  private static void assertParseError(String text, String message) {
    assertThatThrownBy(() -> StrategySpec.parse(text))
        .isInstanceOf(SpecException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void parse_acceptsEveryNameCharacterAtTheEdgesOfItsRanges() {
    for (String name : List.of("a", "z", "A", "Z", "0", "9", "_", ".", "+", "-", "aZ09_.+-")) {
      assertThat(StrategySpec.parse(name).name()).isEqualTo(name);
      assertThat(StrategySpec.parse("k(" + name + "=" + name + ")").arguments())
          .containsOnlyKeys(name);
    }
  }

  @Test
  void arguments_readGivenValuesAndFallBackToDefaults() {
    Arguments given = arguments("thing(e=1.5, n=-7, on=FALSE, part=other(y=2))");
    assertThat(given.number("e")).isEqualTo(1.5);
    assertThat(given.integer("n")).isEqualTo(-7);
    assertThat(given.flag("on")).isFalse();
    assertThat(given.spec("part").name()).isEqualTo("other");
    assertThat(given.entry()).isSameAs(ENTRY);
    assertThat(given.where()).isEqualTo("in 'thing(e=1.5, n=-7, on=FALSE, part=other(y=2))'");

    Arguments defaults = arguments("thing");
    assertThat(defaults.number("e")).isEqualTo(0.2);
    assertThat(defaults.integer("n")).isEqualTo(3);
    assertThat(defaults.flag("on")).isTrue();
    assertThat(defaults.spec("part").text()).isEqualTo("inner(x=1)");
    assertThat(defaults.spec("part").arguments().get("x").name()).isEqualTo("1");
    assertThat(arguments("thing(on=True)").flag("on")).isTrue();
    assertThat(arguments("thing(e=3)").number("e")).isEqualTo(3.0);
    assertThat(arguments("thing(e=-1e3)").number("e")).isEqualTo(-1000.0);
  }

  @Test
  void arguments_badValuesNameTheParameterTheEntryAndWhere() {
    String known =
        "parameters: e=0.2 (exponent, > 0), n=3 (count), on=true (switch), part=inner(x=1) (a"
            + " component)";
    assertThatThrownBy(() -> arguments("thing(e=fast)").number("e"))
        .isInstanceOf(SpecException.class)
        .hasMessage(
            "bad parameter e=fast for bidding strategy 'thing' in 'thing(e=fast)': not a number; "
                + known);
    for (String infinite : List.of("Infinity", "-Infinity", "NaN")) {
      assertThatThrownBy(() -> arguments("thing(e=" + infinite + ")").number("e"))
          .hasMessageContaining("bad parameter e=" + infinite + " ")
          .hasMessageContaining(": not a number;");
    }
    assertThatThrownBy(() -> arguments("thing(e=x(y=1))").number("e"))
        .hasMessageContaining("bad parameter e=x(y=1) ")
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> arguments("thing(n=1.5)").integer("n"))
        .hasMessageStartingWith(
            "bad parameter n=1.5 for bidding strategy 'thing' in 'thing(n=1.5)': not a whole"
                + " number; parameters: e=0.2");
    assertThatThrownBy(() -> arguments("thing(n=99999999999)").integer("n"))
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> arguments("thing(n=x(y=1))").integer("n"))
        .hasMessageContaining("bad parameter n=x(y=1) ")
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> arguments("thing(on=yes)").flag("on"))
        .hasMessageContaining("bad parameter on=yes ")
        .hasMessageContaining(": not true or false; ");
    assertThatThrownBy(() -> arguments("thing(on=true(x=1))").flag("on"))
        .hasMessageContaining("not true or false");
    SpecException custom = arguments("thing(e=7)").bad("e", StrategySpec.parse("7"), "too big");
    assertThat(custom)
        .hasMessage(
            "bad parameter e=7 for bidding strategy 'thing' in 'thing(e=7)': too big; " + known);
    assertThatThrownBy(() -> arguments("thing").spec("missing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("thing has no parameter 'missing'");
  }

  @Test
  void arguments_anUnknownParameterIsRefusedListingTheKnownOnes() {
    assertThatThrownBy(() -> arguments("thing(e=1, f=2)"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith(
            "unknown parameter 'f' for bidding strategy 'thing' in 'thing(e=1, f=2)'; parameters:"
                + " e=0.2 (exponent, > 0), n=3");
    var bare = new CatalogEntry(Kind.MEDIATOR, "plain", "no parameters", List.of());
    assertThatThrownBy(() -> new Arguments(bare, StrategySpec.parse("plain(x=1)"), "here"))
        .hasMessage("unknown parameter 'x' for mediator 'plain' here; it takes no parameters");
    assertThat(new Arguments(bare, StrategySpec.parse("plain"), "here").entry()).isSameAs(bare);
  }

  @Test
  void entry_signatureShowsEveryDefaultAndTheDescriptionIsOneLine() {
    assertThat(ENTRY.signature()).isEqualTo("thing(e=0.2, n=3, on=true, part=inner(x=1))");
    assertThat(new CatalogEntry(Kind.NEGOTIATOR, "bare", "d", List.of()).signature())
        .isEqualTo("bare");
    List<Parameter> parameters = new ArrayList<>(PARAMETERS);
    var entry = new CatalogEntry(Kind.NEGOTIATOR, "copy", "d", parameters);
    parameters.clear();
    assertThat(entry.parameters()).hasSize(4);
    assertThatThrownBy(
            () -> new CatalogEntry(Kind.NEGOTIATOR, "two", "line one\nline two", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the description of two is not one line");
    assertThat(new Parameter("w", "0.05", "").withDefault()).isEqualTo("w=0.05");
  }

  @Test
  void kinds_readAsPlainWords() {
    assertThat(Kind.values())
        .extracting(Kind::label)
        .containsExactly(
            "negotiator", "mediator", "bidding strategy", "opponent model", "acceptance strategy");
  }

  @Test
  void registry_buildsAFreshInstanceOfTheNamedEntryWithItsArguments() {
    List<Arguments> seen = new ArrayList<>();
    Registry<String> registry =
        new Registry<String>(Kind.OPPONENT_MODEL)
            .add(
                "first",
                "the first",
                List.of(new Parameter("k", "1", "")),
                a -> {
                  seen.add(a);
                  return "first " + a.integer("k");
                })
            .add("second", "the second", List.of(), a -> "second");
    assertThat(registry.names()).containsExactly("first", "second");
    assertThat(registry.entries())
        .extracting(CatalogEntry::kind, CatalogEntry::name, CatalogEntry::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.OPPONENT_MODEL, "first", "the first"),
            org.assertj.core.groups.Tuple.tuple(Kind.OPPONENT_MODEL, "second", "the second"));
    assertThat(registry.create(StrategySpec.parse("first(k=5)"), "there")).isEqualTo("first 5");
    assertThat(registry.create(StrategySpec.parse("second"), "there")).isEqualTo("second");
    assertThat(seen).singleElement().satisfies(a -> assertThat(a.where()).isEqualTo("there"));
  }

  @Test
  void registry_errorsNameTheKindTheSpecAndWhere() {
    Registry<String> registry =
        new Registry<String>(Kind.ACCEPTANCE)
            .add(
                "strict",
                "checks",
                List.of(new Parameter("c", "0.5", "in [0, 1]")),
                a -> {
                  double c = a.number("c");
                  if (c > 1) {
                    throw new IllegalArgumentException("c = " + c + " is outside [0, 1]");
                  }
                  if (c < 0) {
                    throw a.bad("c", a.spec("c"), "negative");
                  }
                  return "strict";
                })
            .add("other", "", List.of(), a -> "other");
    assertThatThrownBy(() -> registry.create(StrategySpec.parse("lax"), "at accept="))
        .isInstanceOf(SpecException.class)
        .hasMessage("unknown acceptance strategy 'lax' at accept=; known: strict, other");
    Throwable wrapped =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> registry.create(StrategySpec.parse("strict(c=2)"), "at accept="));
    assertThat(wrapped)
        .isInstanceOf(SpecException.class)
        .hasMessage(
            "bad parameters for acceptance strategy 'strict' at accept=: c = 2.0 is outside [0,"
                + " 1]");
    assertThat(wrapped.getCause()).hasMessage("c = 2.0 is outside [0, 1]");
    Throwable passed =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> registry.create(StrategySpec.parse("strict(c=-1)"), "at accept="));
    assertThat(passed)
        .hasMessageStartingWith(
            "bad parameter c=-1 for acceptance strategy 'strict' at accept=: negative;")
        .hasNoCause();
    assertThatThrownBy(() -> registry.add("other", "again", List.of(), a -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acceptance strategy 'other' is registered twice");
    assertThat(registry.names()).containsExactly("strict", "other");
  }
}
