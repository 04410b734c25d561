package io.parley.interop;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How GENIUS and GeniusWeb files are imported (docs/interop.md).
 *
 * @param realStep the distance between the grid points a GENIUS real-valued issue is cut into:
 *     {@code lower + k·step <= upper}, k = 0, 1, ... (GeniusWeb's range rule); empty for GENIUS's
 *     own {@link GeniusDomainReader#DEFAULT_REAL_STEPS} equal intervals
 * @param strict whether every assumption the import would warn about (a missing reservation value
 *     taken as 0, a discarded discount factor, weights that do not sum to 1) is an error instead
 */
public record ImportOptions(Optional<BigDecimal> realStep, boolean strict) {
  /** GENIUS's own real grid, warnings only. */
  public static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty(), false);

  /**
   * @throws IllegalArgumentException if {@code realStep} is not positive
   */
  public ImportOptions {
    if (realStep.isPresent() && realStep.get().signum() <= 0) {
      throw new IllegalArgumentException(
          "--real-step "
              + realStep.get().toPlainString()
              + " is not positive; expected a"
              + " number > 0, the distance between two grid points of a real issue");
    }
  }

  /** These options with {@code strict} set. */
  public ImportOptions strict(boolean strictness) {
    return new ImportOptions(realStep, strictness);
  }
}
