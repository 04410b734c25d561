package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioException;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Turns the file arguments of {@code parley analyze}, {@code parley run} and {@code parley convert}
 * into an {@link ImportedScenario}:
 *
 * <ul>
 *   <li>one Parley scenario file ({@code .yaml}, {@code .yml} or {@code .json});
 *   <li>one GENIUS or GeniusWeb directory: its one domain file and every profile file, parties in
 *       file-name order (other files — {@code pareto.xml}, {@code specials.json}, settings — are
 *       skipped);
 *   <li>a domain file followed by profile files ({@code .xml}: GENIUS, {@code .json}: GeniusWeb).
 * </ul>
 *
 * <p>Party ids are derived from the profile file names ({@link Ids}); the names are kept as display
 * names.
 */
public final class ScenarioSource {
  private ScenarioSource() {}

  /** {@link #load(List)} of the given paths. */
  public static ImportedScenario load(Path... paths) {
    return load(List.of(paths));
  }

  /**
   * Reads the scenario the paths describe.
   *
   * @throws ScenarioException if the paths do not describe a scenario or a file is bad; the message
   *     names the file, the element and what was expected
   */
  public static ImportedScenario load(List<Path> paths) {
    return load(paths, ImportOptions.DEFAULTS);
  }

  /**
   * Reads the scenario the paths describe, with {@code options} (the real grid, strictness).
   *
   * @throws ScenarioException if the paths do not describe a scenario, a file is bad, or (strict) a
   *     file leaves something to assume; the message names the file, the line, the element and what
   *     was expected
   */
  public static ImportedScenario load(List<Path> paths, ImportOptions options) {
    if (paths.isEmpty()) {
      throw new ScenarioException(
          "(arguments)",
          0,
          0,
          "",
          "no input; expected a scenario file, a directory, or a domain"
              + " file followed by profile files");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ScenarioException(path.toString(), 0, 0, "", "no such file or directory");
      }
    }
    Path first = paths.get(0);
    if (paths.size() == 1) {
      if (Files.isDirectory(first)) {
        return directory(first, options);
      }
      return single(first);
    }
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        throw new ScenarioException(
            path.toString(),
            0,
            0,
            "",
            "a directory among several files; expected a domain file"
                + " followed by profile files, or one directory alone");
      }
    }
    String extension = extension(first);
    for (Path profile : paths.subList(1, paths.size())) {
      if (!extension(profile).equals(extension)) {
        throw new ScenarioException(
            profile.toString(),
            0,
            0,
            "",
            "a ."
                + extension(profile)
                + " profile after a ."
                + extension
                + " domain; expected profiles in the domain's format");
      }
    }
    return switch (extension) {
      case "xml" -> genius(first, paths.subList(1, paths.size()), stem(first), options);
      case "json" ->
          geniusWeb(first, paths.subList(1, paths.size()), stem(first), options, Map.of());
      default ->
          throw new ScenarioException(
              first.toString(),
              0,
              0,
              "",
              "unknown domain file type '."
                  + extension
                  + "'; expected a GENIUS .xml or GeniusWeb .json domain followed by its profiles");
    };
  }

  private static ImportedScenario single(Path file) {
    String extension = extension(file);
    switch (extension) {
      case "yaml", "yml" -> {
        return ImportedScenario.of(ScenarioReader.read(file));
      }
      case "json" -> {
        JsonNode root = JsonSource.parse(file).root();
        if (GeniusWebDomainReader.isDomain(root)) {
          throw new ScenarioException(
              file.toString(),
              0,
              0,
              "",
              "a GeniusWeb domain alone holds no preferences; give its"
                  + " profile files after it, or the directory holding them");
        }
        if (root.has("LinearAdditiveUtilitySpace")) {
          throw new ScenarioException(
              file.toString(),
              0,
              0,
              "",
              "a GeniusWeb profile alone; give the domain file first,"
                  + " then the profiles, or the directory holding them");
        }
        return ImportedScenario.of(ScenarioReader.read(file));
      }
      case "xml" ->
          throw new ScenarioException(
              file.toString(),
              0,
              0,
              "",
              "a GENIUS file alone; give the domain file followed by the"
                  + " profile files, or the directory holding them");
      default ->
          throw new ScenarioException(
              file.toString(),
              0,
              0,
              "",
              "unknown file type '."
                  + extension
                  + "'; expected a .yaml or"
                  + " .json scenario, a directory, or a domain file followed by profiles");
    }
  }

  private static ImportedScenario directory(Path dir, ImportOptions options) {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ScenarioException(dir.toString(), 0, 0, "", "cannot list the directory: " + e);
    }
    List<Path> xmlDomains = new ArrayList<>();
    List<Path> xmlProfiles = new ArrayList<>();
    List<Path> jsonDomains = new ArrayList<>();
    List<Path> jsonProfiles = new ArrayList<>();
    Optional<Path> extras = Optional.empty();
    for (Path file : files) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.equals("pareto.xml")) {
        continue; // GENIUS's precomputed frontier (BidSpace), not XML
      }
      if (name.endsWith(".xml")) {
        (isGeniusProfile(XmlSource.parse(file)) ? xmlProfiles : xmlDomains).add(file);
      } else if (name.endsWith(".json")) {
        JsonNode root = JsonSource.parse(file).root();
        if (ProfileExtras.isExtras(root)) {
          extras = Optional.of(file);
        } else if (GeniusWebDomainReader.isDomain(root)) {
          jsonDomains.add(file);
        } else if (root.isObject()
            && root.size() == 1
            && root.fieldNames().next().endsWith("UtilitySpace")) {
          jsonProfiles.add(file);
        }
      }
    }
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    if (!xmlDomains.isEmpty() && !jsonDomains.isEmpty()) {
      throw new ScenarioException(
          dir.toString(),
          0,
          0,
          "",
          "holds both a GENIUS domain ("
              + xmlDomains.get(0).getFileName()
              + ") and a GeniusWeb domain ("
              + jsonDomains.get(0).getFileName()
              + "); expected one domain; name the files instead");
    }
    if (!xmlDomains.isEmpty()) {
      return genius(single(dir, xmlDomains, "GENIUS"), profiles(dir, xmlProfiles), name, options);
    }
    if (!jsonDomains.isEmpty()) {
      return geniusWeb(
          single(dir, jsonDomains, "GeniusWeb"),
          profiles(dir, jsonProfiles),
          name,
          options,
          extras.map(ProfileExtras::read).orElse(Map.of()));
    }
    throw new ScenarioException(
        dir.toString(), 0, 0, "", "no GENIUS (.xml) or GeniusWeb (.json) domain file found");
  }

  private static Path single(Path dir, List<Path> domains, String format) {
    if (domains.size() > 1) {
      throw new ScenarioException(
          dir.toString(),
          0,
          0,
          "",
          "holds "
              + domains.size()
              + " "
              + format
              + " domain files ("
              + String.join(", ", domains.stream().map(p -> p.getFileName().toString()).toList())
              + "); expected one; name the domain and profile files instead");
    }
    return domains.get(0);
  }

  private static List<Path> profiles(Path dir, List<Path> profiles) {
    if (profiles.isEmpty()) {
      throw new ScenarioException(
          dir.toString(), 0, 0, "", "holds a domain but no profile files; expected at least one");
    }
    return profiles;
  }

  /** A GENIUS profile has a {@code <utility_space>} root with a type, weights or rectangles. */
  static boolean isGeniusProfile(XmlSource xml) {
    Element root = xml.root();
    if (!root.getTagName().equals("utility_space")) {
      return false;
    }
    return root.hasAttribute("type")
        || !XmlSource.descendants(root, "weight").isEmpty()
        || !XmlSource.descendants(root, "utility").isEmpty()
        || !XmlSource.descendants(root, "evaluator").isEmpty();
  }

  private static ImportedScenario genius(
      Path domainFile, List<Path> profileFiles, String name, ImportOptions options) {
    if (profileFiles.isEmpty()) {
      throw new ScenarioException(
          domainFile.toString(),
          0,
          0,
          "",
          "a GENIUS domain without profiles; expected profile" + " files after it");
    }
    // An integer evaluator no value function reproduces makes its issue a table of numbers for
    // every profile; the domain is then read again (at most once per integer issue).
    Set<Integer> tabulated = new LinkedHashSet<>();
    List<String> tableNotes = new ArrayList<>();
    while (true) {
      GeniusDomain domain = GeniusDomainReader.read(domainFile, options, tabulated);
      List<ImportedProfile> profiles = new ArrayList<>();
      Ids ids = new Ids("party");
      try {
        for (Path file : profileFiles) {
          profiles.add(GeniusProfileReader.read(file, domain, ids.idFor(stem(file)), options));
        }
      } catch (GeniusAdditiveReader.UnfittedInteger e) {
        if (!tabulated.add(e.index())) {
          throw new IllegalStateException("issue index " + e.index() + " tabulated twice", e);
        }
        tableNotes.add(e.getMessage());
        continue;
      }
      if (!tableNotes.isEmpty()) {
        ImportedProfile first = profiles.get(0);
        List<String> notes = new ArrayList<>(tableNotes);
        notes.addAll(first.notes());
        profiles.set(0, withNotes(first, notes));
      }
      return scenario(
          name, SourceFormat.GENIUS, domain.space(), profiles, domainFile, profileFiles);
    }
  }

  private static ImportedProfile withNotes(ImportedProfile p, List<String> notes) {
    return new ImportedProfile(
        p.partyId(),
        p.name(),
        p.file(),
        p.kind(),
        p.preferences(),
        p.reservationBid(),
        p.uncertainty(),
        p.fileDiscount(),
        notes,
        p.warnings());
  }

  private static ImportedScenario geniusWeb(
      Path domainFile,
      List<Path> profileFiles,
      String name,
      ImportOptions options,
      Map<String, ProfileExtras> extras) {
    if (profileFiles.isEmpty()) {
      throw new ScenarioException(
          domainFile.toString(),
          0,
          0,
          "",
          "a GeniusWeb domain without profiles; expected" + " profile files after it");
    }
    GeniusWebDomain domain = GeniusWebReader.readDomain(domainFile);
    List<ImportedProfile> profiles = new ArrayList<>();
    Ids ids = new Ids("party");
    for (Path file : profileFiles) {
      profiles.add(
          GeniusWebReader.readProfile(
              file,
              domain,
              ids.idFor(stem(file)),
              options,
              Optional.ofNullable(extras.get(stem(file)))));
    }
    return scenario(
        name, SourceFormat.GENIUSWEB, domain.space(), profiles, domainFile, profileFiles);
  }

  private static ImportedScenario scenario(
      String name,
      SourceFormat format,
      OutcomeSpace space,
      List<ImportedProfile> profiles,
      Path domainFile,
      List<Path> profileFiles) {
    List<Party> parties = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (ImportedProfile profile : profiles) {
      parties.add(new Party(profile.partyId(), profile.name(), Role.PARTY));
      preferences.put(profile.partyId(), profile.preferences());
    }
    List<String> files = new ArrayList<>();
    files.add(domainFile.getFileName().toString());
    profileFiles.forEach(p -> files.add(p.getFileName().toString()));
    String description =
        "Imported from "
            + (format == SourceFormat.GENIUS ? "GENIUS XML" : "GeniusWeb JSON")
            + ": "
            + String.join(", ", files);
    return new ImportedScenario(
        new Scenario(name, description, parties, space, preferences), format, profiles);
  }

  private static String stem(Path file) {
    return stripExtension(file.getFileName().toString());
  }

  private static String stripExtension(String name) {
    return name.replaceFirst("\\.[^.]*$", "");
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
