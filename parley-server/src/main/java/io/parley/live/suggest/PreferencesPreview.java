package io.parley.live.suggest;

import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import io.parley.live.views.PreferencesPreviewView;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * What preferences a party is still editing would make of each text released to it, computed by the
 * engine's own utility and red-line rules, so that the room's preview holds none: the page sends
 * the form as it stands and shows the answer. Nothing is stored and no one else sees it.
 */
public final class PreferencesPreview {
  private PreferencesPreview() {}

  /**
   * The preview of {@code preferences} (read from the party's form as a confiding is read) over the
   * texts of {@code visible} (the party's own view of the negotiation), oldest first.
   */
  public static PreferencesPreviewView of(Negotiation visible, Preferences preferences) {
    OutcomeSpace space = visible.space();
    List<PreferencesPreviewView.TextPreview> texts = new ArrayList<>();
    for (Text text : visible.texts()) {
      Outcome outcome = text.outcome();
      double utility = preferences.utility().utility(outcome);
      boolean keeps = preferences.allows(outcome.valueIndices());
      List<String> broken = new ArrayList<>();
      for (RedLine line : preferences.redLines()) {
        if (!line.allows(outcome.valueIndices())) {
          broken.add(line.label().isEmpty() ? line.describe(space) : line.label());
        }
      }
      List<PreferencesPreviewView.Contribution> contributions = new ArrayList<>();
      if (preferences.utility() instanceof LinearAdditiveUtility additive) {
        int[] values = outcome.valueIndices();
        for (int i = 0; i < space.issues().size(); i++) {
          contributions.add(
              new PreferencesPreviewView.Contribution(
                  space.issues().get(i).id(), additive.weight(i), additive.score(i, values[i])));
        }
      }
      texts.add(
          new PreferencesPreviewView.TextPreview(
              text.version(),
              utility,
              preferences.reservation(),
              keeps,
              keeps && utility >= preferences.reservation(),
              broken,
              contributions));
    }
    return new PreferencesPreviewView(texts);
  }
}
