package io.parley.live.rooms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.LiveException;
import io.parley.live.events.OutcomeCodec;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import java.util.OptionalInt;

/** The differences between two versions of the single text, as a viewer may see them. */
public final class TextDiff {
  private TextDiff() {}

  /**
   * {@code {"from", "to", "changes": [{"issue", "before", "after"}]}} for the provisions that
   * differ, in issue order.
   *
   * @param state the viewer's own state (folded from what it may see)
   * @param from the earlier version; the latest visible one before {@code version} when empty
   * @throws LiveException NOT_FOUND for a version the viewer may not see, BAD_INPUT when there is
   *     no earlier version to compare with
   */
  public static ObjectNode between(Negotiation state, int version, OptionalInt from) {
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
    ObjectNode diff = Json.object().put("from", fromVersion).put("to", version);
    ArrayNode changes = diff.putArray("changes");
    var space = state.space();
    for (int i = 0; i < space.issueCount(); i++) {
      int a = before.outcome().valueIndex(i);
      int b = to.outcome().valueIndex(i);
      if (a != b) {
        ObjectNode change = changes.addObject().put("issue", space.issue(i).id());
        change.set("before", OutcomeCodec.valueNode(space.issue(i), a));
        change.set("after", OutcomeCodec.valueNode(space.issue(i), b));
      }
    }
    return diff;
  }

  private static Text visibleText(Negotiation state, int version) {
    return state
        .text(version)
        .orElseThrow(
            () -> LiveException.notFound("text version " + version + " is not visible to you"));
  }
}
