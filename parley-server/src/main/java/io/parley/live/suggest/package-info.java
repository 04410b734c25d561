/**
 * What the mediators are shown from the parties' preferences: the preferences a party confides, as
 * it states them ({@link io.parley.live.suggest.PreferenceStatement}) and as they are checked and
 * built in Parley's preference model ({@link io.parley.live.suggest.ConfidedPreferences}), the
 * suggested packages computed from them ({@link io.parley.live.suggest.Suggestions}), and the
 * utility-space chart ({@link io.parley.live.suggest.UtilitySpace}) with its Pareto frontier and
 * zone of agreement ({@link io.parley.live.suggest.ChartFrontier}); each computed only from what
 * the parties' consent allows ({@code io.parley.live.consent}).
 */
package io.parley.live.suggest;
