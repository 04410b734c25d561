// A party's utility for an outcome, computed in the page from what the party entered.
// Same rules as the engine (docs/scenario-format.md): u(o) = Σ_i w_i · s_i(o_i), weights summing
// to 1, scores in [0, 1]; a red line is forbid, require, or if/then over conditions.
import { formatValue } from './negotiation.js';

/**
 * prefs: {weights: {issue: w}, scores: {issue: {value: s}}, reservation, redLines}.
 * Returns {utility, contributions: [{issue, weight, score, value}]} for the outcome.
 */
export function utilityOf(prefs, outcome) {
  const contributions = [];
  let utility = 0;
  for (const [issue, weight] of Object.entries(prefs.weights)) {
    const value = outcome[issue];
    const table = prefs.scores[issue] || {};
    const score = value === undefined ? 0 : Number(table[String(value)] || 0);
    utility += weight * score;
    contributions.push({ issue, weight, score, value });
  }
  return { utility, contributions };
}

/** Whether an outcome matches a condition {issue: [values]} (every listed issue takes a listed value). */
export function matches(condition, outcome) {
  return Object.entries(condition).every(([issue, allowed]) => {
    const value = outcome[issue];
    if (Array.isArray(allowed)) return allowed.map(String).includes(String(value));
    const min = allowed.min === undefined ? -Infinity : allowed.min;
    const max = allowed.max === undefined ? Infinity : allowed.max;
    return Number(value) >= min && Number(value) <= max;
  });
}

/** The red lines an outcome breaks. */
export function brokenRedLines(redLines, outcome) {
  return (redLines || []).filter((line) => {
    if (line.forbid) return matches(line.forbid, outcome);
    if (line.require) return !matches(line.require, outcome);
    if (line.if) return matches(line.if, outcome) && !matches(line.then || {}, outcome);
    return false;
  });
}

/** Scales points to weights that sum to 1 (all zero gives equal weights). */
export function weightsFromPoints(points) {
  const entries = Object.entries(points);
  const total = entries.reduce((sum, [, p]) => sum + Math.max(0, p), 0);
  const weights = {};
  for (const [issue, p] of entries) {
    weights[issue] = total > 0 ? Math.max(0, p) / total : 1 / entries.length;
  }
  return weights;
}

/** A red line in plain words, e.g. "never: ceasefire is permanent end". */
export function describeRedLine(line, nameOfIssue) {
  const cond = (c) => Object.entries(c || {})
    .map(([issue, values]) => `${nameOfIssue(issue)} is ${[].concat(values).map(formatValue).join(' or ')}`)
    .join(' and ');
  const text = line.forbid ? `never: ${cond(line.forbid)}`
    : line.require ? `always: ${cond(line.require)}`
      : `if ${cond(line.if)}, then ${cond(line.then)}`;
  return line.label ? `${line.label} (${text})` : text;
}
