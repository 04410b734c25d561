package io.parley.interop;

import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scenario read from files of some format, with one {@link ImportedProfile} per negotiating party
 * (in the scenario's party order).
 *
 * @param scenario the scenario; issue names and value labels are the originals, issue and party ids
 *     the Parley ids derived from them
 * @param format the format read
 * @param profiles one entry per party with preferences, in party order; empty for a Parley file
 */
public record ImportedScenario(
    Scenario scenario, SourceFormat format, List<ImportedProfile> profiles) {
  public ImportedScenario {
    profiles = List.copyOf(profiles);
  }

  /** A Parley scenario, which carries no import metadata. */
  public static ImportedScenario of(Scenario scenario) {
    return new ImportedScenario(scenario, SourceFormat.PARLEY, List.of());
  }

  /** The profile of {@code partyId}, if it was imported. */
  public Optional<ImportedProfile> profile(String partyId) {
    return profiles.stream().filter(p -> p.partyId().equals(partyId)).findFirst();
  }

  /** Every note of every profile, prefixed with the party id. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (ImportedProfile profile : profiles) {
      for (String note : profile.notes()) {
        notes.add(profile.partyId() + ": " + note);
      }
    }
    return notes;
  }

  /** Every warning of every profile, prefixed with the party id. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    for (ImportedProfile profile : profiles) {
      for (String warning : profile.warnings()) {
        warnings.add(profile.partyId() + ": " + warning);
      }
    }
    return warnings;
  }
}
