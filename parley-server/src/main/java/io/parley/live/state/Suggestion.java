package io.parley.live.state;

import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.events.LiveEvent.SuggestionReleased;
import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggested packages, as a viewer knows them: a mediator knows the whole suggestion and every
 * release of its packages; anyone else knows only a package released to it, without the suggestion.
 *
 * @param seq the sequence number of the suggestion-made event (of the release, for a package known
 *     without its suggestion)
 * @param made the suggestion, when the viewer saw it made
 * @param releases the releases of its packages, in order
 * @param alone the release of a package whose suggestion the viewer did not see
 */
public record Suggestion(
    long seq,
    Optional<SuggestionMade> made,
    List<Release> releases,
    Optional<SuggestionReleased> alone) {
  public Suggestion {
    releases = List.copyOf(releases);
  }

  /** One release of a package: its event's sequence number, the package and its addressees. */
  public record Release(long seq, String name, List<String> to) {
    public Release {
      to = List.copyOf(to);
    }
  }

  static Suggestion made(long seq, SuggestionMade made) {
    return new Suggestion(seq, Optional.of(made), List.of(), Optional.empty());
  }

  static Suggestion releasedAlone(long seq, SuggestionReleased released) {
    return new Suggestion(seq, Optional.empty(), List.of(), Optional.of(released));
  }

  /** This suggestion with one more release. */
  Suggestion released(long releaseSeq, SuggestionReleased released) {
    List<Release> more = new ArrayList<>(releases);
    more.add(new Release(releaseSeq, released.name(), released.to()));
    return new Suggestion(seq, made, more, alone);
  }

  /** The package {@code name}'s outcome, if this suggestion has it. */
  public Optional<Outcome> outcome(String name) {
    if (made.isPresent()) {
      return made.get().outcome(name);
    }
    return alone.filter(a -> a.name().equals(name)).map(SuggestionReleased::outcome);
  }

  /** The suggestion's note ({@code ""} for a package known alone). */
  public String note() {
    return made.map(SuggestionMade::note).orElse("");
  }
}
