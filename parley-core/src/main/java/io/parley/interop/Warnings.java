package io.parley.interop;

import io.parley.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What an import assumed or changed, collected as warnings — or, for a {@link
 * ImportOptions#strict() strict} import, refused at the first one with an error that names the
 * file, the line and the element.
 */
final class Warnings {
  private final boolean strict;
  private final List<String> warnings = new ArrayList<>();

  Warnings(boolean strict) {
    this.strict = strict;
  }

  /**
   * Warns of {@code message}; a strict import throws {@code failure.apply(message + ...)} instead.
   *
   * @throws ScenarioException from {@code failure} when strict
   */
  void warn(String message, Function<String, ScenarioException> failure) {
    if (strict) {
      throw failure.apply(message + "; a strict import (--strict) refuses what it would assume");
    }
    warnings.add(message);
  }

  List<String> list() {
    return List.copyOf(warnings);
  }
}
