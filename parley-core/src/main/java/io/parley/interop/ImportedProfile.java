package io.parley.interop;

import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import java.util.List;
import java.util.Optional;

/**
 * One party's preferences as read from a profile file, with what the file says beyond Parley's
 * {@link Preferences}.
 *
 * @param partyId the Parley id of the party
 * @param name the profile's own name (GeniusWeb {@code name}) or its file name without extension
 * @param file the file read, or empty for a Parley scenario
 * @param kind the kind of profile
 * @param preferences the preferences, reproducing the platform's utilities
 * @param reservationBid GeniusWeb's {@code reservationBid}, whose utility is the reservation value
 * @param uncertainty the elicitation settings of a GENIUS uncertain profile
 * @param fileDiscount the discount factor as written in the file, before GENIUS's validity rule (a
 *     factor outside (0, 1] counts as 1)
 * @param notes what the reader wants the user to know that changes nothing (a cap that binds, ...)
 * @param warnings what the reader assumed because the file does not say it, or changed (a missing
 *     reservation value taken as 0, a discarded discount factor, weights normalised); {@link
 *     ImportOptions#strict() strict} imports refuse these instead
 */
public record ImportedProfile(
    String partyId,
    String name,
    Optional<String> file,
    ProfileKind kind,
    Preferences preferences,
    Optional<Outcome> reservationBid,
    Optional<Uncertainty> uncertainty,
    Optional<Double> fileDiscount,
    List<String> notes,
    List<String> warnings) {
  public ImportedProfile {
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }
}
