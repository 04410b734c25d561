package io.parley.cli;

import io.parley.interop.GeniusWebWriter;
import io.parley.interop.GeniusWriter;
import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import io.parley.interop.ScenarioWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley convert IN... --to yaml|geniusweb|genius OUT}: reads a scenario in any format
 * Parley reads ({@link ScenarioSource}) and writes it in another, such that the target platform
 * computes the same utilities; what the target cannot express is refused, and what it carries only
 * approximately is reported as a note on standard error.
 *
 * <p>Exit codes: 0 converted, 1 the target format cannot express the scenario or a file could not
 * be written, 2 bad usage or bad input ({@link FailureHandler}). Output is written through {@link
 * OutputFiles}: a failed or refused conversion leaves nothing behind.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Convert a scenario between Parley's format (YAML or JSON), GENIUS XML and GeniusWeb JSON,"
          + " keeping every utility."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted",
      "1:the target format cannot express the scenario, or a file could not be written",
      "2:bad usage or bad input (such as an invalid file)"
    })
final class ConvertCommand implements Callable<Integer> {
  /** The target formats, as written on the command line. */
  enum Target {
    YAML,
    GENIUSWEB,
    GENIUS;

    static Target of(String text) {
      for (Target target : values()) {
        if (target.name().equalsIgnoreCase(text)) {
          return target;
        }
      }
      throw new IllegalArgumentException("--to " + text + ": expected yaml, geniusweb or genius");
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  // --- Import options (--real-step, --strict): see ImportSettings ---
  @Mixin ImportSettings imports = new ImportSettings();

  @Parameters(
      paramLabel = "IN... OUT",
      arity = "1..*",
      description = {
        "The input — a Parley scenario file, a GENIUS or GeniusWeb directory, or a domain file"
            + " followed by profile files — then OUT: for yaml a file (.yaml, or .json for"
            + " Parley JSON) or a directory to write <scenario>.yaml into; for genius and"
            + " geniusweb a directory for the domain file and one profile per party."
      })
  List<Path> paths;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "The target format: yaml (Parley), geniusweb or genius.")
  String to;

  @Option(
      names = "--geniusweb-dialect",
      paramLabel = "DIALECT",
      defaultValue = "VALUE_SET_UTILITIES",
      description =
          "GeniusWeb spelling of value utilities: VALUE_SET_UTILITIES (DiscreteValueSetUtilities,"
              + " ANL 2022) or DISCRETEUTILS (discreteutils, GeniusWeb 1.x); default"
              + " ${DEFAULT-VALUE}.")
  GeniusWebWriter.Dialect dialect;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.size() < 2) {
      throw new CommandFailure(
          ExitCode.USAGE, "expected the input and then OUT, the place to write to");
    }
    Target format;
    try {
      format = Target.of(to);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
    List<Path> inputs = paths.subList(0, paths.size() - 1);
    Path target = paths.get(paths.size() - 1);
    ImportedScenario imported = imports.load(inputs, spec.commandLine().getErr());
    List<String> notes;
    Path written = target;
    switch (format) {
      case YAML -> {
        if (Files.isDirectory(target)) {
          written = target.resolve(imported.scenario().name() + ".yaml");
        }
        List<String> yamlNotes = new ArrayList<>();
        OutputFiles.write(
            "the scenario",
            written,
            file -> yamlNotes.addAll(ScenarioWriter.write(imported.scenario(), file)));
        notes = yamlNotes;
      }
      case GENIUS ->
          notes =
              OutputFiles.writeDirectory(
                  "the GENIUS files", target, dir -> GeniusWriter.write(imported, dir));
      case GENIUSWEB ->
          notes =
              OutputFiles.writeDirectory(
                  "the GeniusWeb files",
                  target,
                  dir -> GeniusWebWriter.write(imported, dir, dialect));
      default -> throw new IllegalStateException(format.toString());
    }
    notes.forEach(note -> err.println("parley: note: " + note));
    out.println("Wrote " + imported.scenario().name() + " as " + format + " to " + written);
    out.flush();
    return ExitCode.OK;
  }
}
