package io.parley.testing;

import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Makes every jqwik property replayable from one command line. Registered for every property of a
 * module's tests through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 *
 * <ul>
 *   <li>With the system property {@value #SEED_PROPERTY} set (to a jqwik seed, a decimal number),
 *       every property runs with that seed instead of a fresh one: the CI runs a fixed seed set
 *       this way, and a failure is replayed this way.
 *   <li>When a property fails, it prints its seed and the one-line command that replays exactly
 *       that property with exactly that seed, and adds the same line to the failure's message.
 * </ul>
 *
 * <p>docs/testing.md describes the convention.
 */
public final class ReplayableSeeds implements AroundPropertyHook {
  /** The system property that fixes the seed of every property in the run. */
  public static final String SEED_PROPERTY = "parley.seed";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String fixed = System.getProperty(SEED_PROPERTY, "").trim();
    if (!fixed.isEmpty()) {
      context.attributes().setSeed(fixed);
    }
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED || result.seed().isEmpty()) {
      return result;
    }
    String replay =
        replayCommand(context.containerClass(), context.targetMethod(), result.seed().get());
    System.out.println(
        "[replay] " + context.extendedLabel() + " failed with seed " + result.seed().get());
    System.out.println("[replay] " + replay);
    Throwable cause = result.throwable().orElse(null);
    String message =
        (cause == null || cause.getMessage() == null ? "" : cause.getMessage() + "\n")
            + "seed "
            + result.seed().get()
            + "; replay with:\n  "
            + replay;
    AssertionError withReplay = new AssertionError(message, cause);
    return result.mapToFailed(withReplay);
  }

  /**
   * The command that replays {@code method} of {@code container} with {@code seed}, run from the
   * root of the checkout.
   */
  public static String replayCommand(Class<?> container, Method method, String seed) {
    return "./mvnw -B -q -pl "
        + moduleOf(container).orElse("<module>")
        + " -am verify -Dtest='"
        + container.getName()
        + "#"
        + method.getName()
        + "' -D"
        + SEED_PROPERTY
        + "="
        + seed
        + " -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.failIfNoSpecifiedTests=false";
  }

  /** The Maven module whose compiled tests hold {@code type}: the directory above its target. */
  static Optional<String> moduleOf(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      for (Path p = path; p != null; p = p.getParent()) {
        if (p.getFileName() != null
            && p.getFileName().toString().equals("target")
            && p.getParent() != null
            && Files.exists(p.getParent().resolve("pom.xml"))) {
          return Optional.of(p.getParent().getFileName().toString());
        }
      }
      return Optional.empty();
    } catch (URISyntaxException | SecurityException e) {
      return Optional.empty();
    }
  }
}
