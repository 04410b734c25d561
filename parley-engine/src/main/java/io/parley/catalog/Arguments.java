package io.parley.catalog;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The parameters given to one catalog entry in a spec, with its defaults filled in, read by type.
 * Every read names the entry, the parameter and the spec in its error.
 */
public final class Arguments {
  private final CatalogEntry entry;
  private final StrategySpec spec;
  private final String where;

  /**
   * The arguments of {@code spec} for {@code entry}.
   *
   * @param where where the spec was written, for errors ({@code in 'boa(...)'})
   * @throws IllegalArgumentException if the spec names a parameter the entry does not have
   */
  public Arguments(CatalogEntry entry, StrategySpec spec, String where) {
    this.entry = entry;
    this.spec = spec;
    this.where = where;
    for (String key : spec.arguments().keySet()) {
      if (entry.parameters().stream().noneMatch(p -> p.name().equals(key))) {
        throw new SpecException(
            "unknown parameter '"
                + key
                + "' for "
                + entry.kind().label()
                + " '"
                + entry.name()
                + "' "
                + where
                + "; "
                + known());
      }
    }
  }

  /** Where the spec was written, for errors. */
  public String where() {
    return where;
  }

  /** The catalog entry these arguments are for. */
  public CatalogEntry entry() {
    return entry;
  }

  /**
   * The value of {@code key} as a spec (a component): the given one, or the default parsed.
   *
   * @throws IllegalStateException if the entry has no such parameter (a catalog bug)
   */
  public StrategySpec spec(String key) {
    StrategySpec given = spec.arguments().get(key);
    return given != null ? given : StrategySpec.parse(parameter(key).defaultValue());
  }

  /**
   * The value of {@code key} as a number.
   *
   * @throws IllegalArgumentException if it is not a finite number
   */
  public double number(String key) {
    StrategySpec value = spec(key);
    if (value.isBare()) {
      try {
        double number = Double.parseDouble(value.name());
        if (Double.isFinite(number)) {
          return number;
        }
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw bad(key, value, "not a number");
  }

  /**
   * The value of {@code key} as a whole number.
   *
   * @throws IllegalArgumentException if it is not a whole number in int range
   */
  public int integer(String key) {
    StrategySpec value = spec(key);
    if (value.isBare()) {
      try {
        return Integer.parseInt(value.name());
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw bad(key, value, "not a whole number");
  }

  /**
   * The value of {@code key} as {@code true} or {@code false}.
   *
   * @throws IllegalArgumentException for any other value
   */
  public boolean flag(String key) {
    StrategySpec value = spec(key);
    String text = value.isBare() ? value.name().toLowerCase(Locale.ROOT) : "";
    if (text.equals("true") || text.equals("false")) {
      return text.equals("true");
    }
    throw bad(key, value, "not true or false");
  }

  /**
   * An error about the value of {@code key}, for checks the caller makes.
   *
   * @param problem what is wrong, e.g. {@code outside [0, 1]}
   */
  public SpecException bad(String key, StrategySpec value, String problem) {
    return new SpecException(
        "bad parameter "
            + key
            + "="
            + value.text()
            + " for "
            + entry.kind().label()
            + " '"
            + entry.name()
            + "' "
            + where
            + ": "
            + problem
            + "; "
            + known());
  }

  private Parameter parameter(String key) {
    return entry.parameters().stream()
        .filter(p -> p.name().equals(key))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(entry.name() + " has no parameter '" + key + "'"));
  }

  private String known() {
    if (entry.parameters().isEmpty()) {
      return "it takes no parameters";
    }
    return "parameters: "
        + entry.parameters().stream()
            .map(p -> p.withDefault() + " (" + p.description() + ")")
            .collect(Collectors.joining(", "));
  }
}
