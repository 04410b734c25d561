// Plain words for what robots write: their reasons come from the engine with utilities as
// decimals ("worth less to us than the 0.612 we now need"); people read them as sentences with
// percentages ("The text is worth less to us than the 61% we now need.").

/** A reason as a sentence: decimals in [0, 1] as percentages, a capital first letter, a full stop. */
export function reasonSentence(reason) {
  if (!reason) return '';
  const text = String(reason).trim()
    .replace(/\b(?:0\.\d+|1\.0+)\b/g, (n) => `${Math.round(Number(n) * 100)}%`);
  if (!text) return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?)"]$/.test(capital) ? capital : `${capital}.`;
}
