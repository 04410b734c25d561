package io.parley.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The named entries of one {@link Kind}, each with a factory that builds a fresh instance from its
 * {@link Arguments}.
 *
 * @param <T> what the entries build
 */
public final class Registry<T> {
  private record Entry<T>(CatalogEntry info, Function<Arguments, T> factory) {}

  private final Kind kind;
  private final List<Entry<T>> entries = new ArrayList<>();

  /** An empty registry of {@code kind}. */
  public Registry(Kind kind) {
    this.kind = kind;
  }

  /**
   * Adds an entry; returns this registry.
   *
   * @throws IllegalArgumentException if the name is taken
   */
  public Registry<T> add(
      String name, String description, List<Parameter> parameters, Function<Arguments, T> factory) {
    if (entries.stream().anyMatch(e -> e.info().name().equals(name))) {
      throw new IllegalArgumentException(kind.label() + " '" + name + "' is registered twice");
    }
    entries.add(new Entry<>(new CatalogEntry(kind, name, description, parameters), factory));
    return this;
  }

  /** The entries, in the order added. */
  public List<CatalogEntry> entries() {
    return entries.stream().map(Entry::info).toList();
  }

  /** The names, in the order added. */
  public List<String> names() {
    return entries.stream().map(e -> e.info().name()).toList();
  }

  /**
   * A fresh instance of what {@code spec} names.
   *
   * @param where where the spec was written, for errors ({@code in 'boa(...)'})
   * @throws IllegalArgumentException for an unknown name (listing the known ones), an unknown
   *     parameter or a bad value (naming it and the parameters the entry takes)
   */
  public T create(StrategySpec spec, String where) {
    for (Entry<T> entry : entries) {
      if (entry.info().name().equals(spec.name())) {
        var arguments = new Arguments(entry.info(), spec, where);
        try {
          return entry.factory().apply(arguments);
        } catch (SpecException e) {
          throw e;
        } catch (IllegalArgumentException e) {
          throw new SpecException(
              "bad parameters for "
                  + kind.label()
                  + " '"
                  + spec.name()
                  + "' "
                  + where
                  + ": "
                  + e.getMessage(),
              e);
        }
      }
    }
    throw new SpecException(
        "unknown "
            + kind.label()
            + " '"
            + spec.name()
            + "' "
            + where
            + "; known: "
            + String.join(", ", names()));
  }
}
