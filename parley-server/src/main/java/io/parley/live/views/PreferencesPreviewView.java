package io.parley.live.views;

import java.util.List;

/**
 * What preferences a party is still editing make of each text released to it (the room's preview,
 * {@code io.parley.live.suggest.PreferencesPreview}), oldest text first.
 */
public record PreferencesPreviewView(List<TextPreview> texts) {
  public PreferencesPreviewView {
    texts = List.copyOf(texts);
  }

  /**
   * One text's preview.
   *
   * @param utility the party's utility of the text, in [0, 1]
   * @param reservation the reservation the form states, in [0, 1]
   * @param keepsRedLines whether the text crosses none of the form's red lines
   * @param acceptable whether it keeps the red lines and reaches the reservation
   * @param brokenRedLines the red lines it crosses, each by its label or else in words
   * @param contributions each issue's weight and the score of the text's value, in issue order;
   *     empty for a utility that is not linear additive
   */
  public record TextPreview(
      int version,
      double utility,
      double reservation,
      boolean keepsRedLines,
      boolean acceptable,
      List<String> brokenRedLines,
      List<Contribution> contributions) {
    public TextPreview {
      brokenRedLines = List.copyOf(brokenRedLines);
      contributions = List.copyOf(contributions);
    }
  }

  /** An issue's weight and the score of the text's value for it, both in [0, 1]. */
  public record Contribution(String issue, double weight, double score) {}
}
