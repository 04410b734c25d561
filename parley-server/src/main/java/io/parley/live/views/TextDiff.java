package io.parley.live.views;

import io.parley.live.LiveException;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import io.parley.outcome.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The provisions that differ between two text versions the reader may see, in issue order.
 *
 * @param from the earlier version
 * @param to the later version
 */
public record TextDiff(int from, int to, List<Change> changes) {
  public TextDiff {
    changes = List.copyOf(changes);
  }

  /**
   * The differences between {@code version} and an earlier version, as a viewer may see them.
   *
   * @param state the viewer's own state (folded from what it may see)
   * @param from the earlier version; the latest visible one before {@code version} when empty
   * @throws LiveException NOT_FOUND for a version the viewer may not see, BAD_INPUT when there is
   *     no earlier version to compare with
   */
  public static TextDiff between(Negotiation state, int version, OptionalInt from) {
    Text to = visibleText(state, version);
    int fromVersion;
    if (from.isPresent()) {
      fromVersion = from.getAsInt();
    } else {
      fromVersion =
          state.texts().stream()
              .mapToInt(Text::version)
              .filter(v -> v < version)
              .max()
              .orElseThrow(
                  () ->
                      LiveException.badInput(
                          "no earlier version of the text to compare with; give ?from="));
    }
    Text before = visibleText(state, fromVersion);
    List<Change> changes = new ArrayList<>();
    var space = state.space();
    for (int i = 0; i < space.issueCount(); i++) {
      int a = before.outcome().valueIndex(i);
      int b = to.outcome().valueIndex(i);
      if (a != b) {
        changes.add(new Change(space.issue(i), a, b));
      }
    }
    return new TextDiff(fromVersion, version, changes);
  }

  private static Text visibleText(Negotiation state, int version) {
    return state
        .text(version)
        .orElseThrow(
            () -> LiveException.notFound("text version " + version + " is not visible to you"));
  }

  /** One issue's value before and after, as value indices. */
  public record Change(Issue issue, int before, int after) {}
}
