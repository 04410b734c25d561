package io.parley.live.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;

/**
 * What preferences a party is still editing would make of each text released to it, computed by the
 * engine's own utility and red-line rules, so that the room's preview holds none: the page sends
 * the form as it stands and shows the answer. Nothing is stored and no one else sees it.
 */
public final class PreferencesPreview {
  private PreferencesPreview() {}

  /**
   * The preview of {@code body} (a confiding's fields, checked as a confiding is) for {@code party}
   * over the texts of {@code visible} (the party's own view of the negotiation).
   *
   * @return {@code {"texts": [{"version", "utility", "reservation", "keepsRedLines", "acceptable",
   *     "brokenRedLines": [plain words], "contributions": [{"issue", "weight", "score"}]}]}},
   *     utilities and scores in [0, 1], one entry per visible text, oldest first
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static ObjectNode of(Negotiation visible, String party, JsonNode body) {
    Preferences preferences = ConfidedPreferences.read(visible.issues(), party, body);
    OutcomeSpace space = visible.space();
    ObjectNode preview = Json.object();
    ArrayNode texts = preview.putArray("texts");
    for (Text text : visible.texts()) {
      Outcome outcome = text.outcome();
      double utility = preferences.utility().utility(outcome);
      boolean keeps = preferences.allows(outcome.valueIndices());
      ObjectNode node = texts.addObject();
      node.put("version", text.version());
      node.put("utility", utility);
      node.put("reservation", preferences.reservation());
      node.put("keepsRedLines", keeps);
      node.put("acceptable", keeps && utility >= preferences.reservation());
      ArrayNode broken = node.putArray("brokenRedLines");
      for (RedLine line : preferences.redLines()) {
        if (!line.allows(outcome.valueIndices())) {
          broken.add(line.label().isEmpty() ? line.describe(space) : line.label());
        }
      }
      ArrayNode contributions = node.putArray("contributions");
      if (preferences.utility() instanceof LinearAdditiveUtility additive) {
        int[] values = outcome.valueIndices();
        for (int i = 0; i < space.issues().size(); i++) {
          Issue issue = space.issues().get(i);
          contributions
              .addObject()
              .put("issue", issue.id())
              .put("weight", additive.weight(i))
              .put("score", additive.score(i, values[i]));
        }
      }
    }
    return preview;
  }
}
