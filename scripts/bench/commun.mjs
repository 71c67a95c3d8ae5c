// Shared by the bench scripts: the Chromium flags of this machine, and the
// summary file every figure appends its rows to (read by bench.sh).
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export { CHROMIUM, DRAPEAUX } from "../chromium.mjs";

const RESUME = process.env.BENCH_RESUME ?? "target/bench/resume.tsv";

/** One row of the final table: `ok` true/false, or null for a figure without budget. */
export function noter(figure, valeur, budget, ok) {
  mkdirSync(dirname(RESUME), { recursive: true });
  const etat = ok === null ? "info" : ok ? "OK" : "MISS";
  appendFileSync(RESUME, [figure, valeur, budget, etat].map((c) => String(c).replaceAll("\t", " ")).join("\t") + "\n");
  return ok !== false;
}

export const kio = (octets) => (octets / 1024).toFixed(1) + " KiB";

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function mediane(valeurs) {
  const t = [...valeurs].sort((a, b) => a - b);
  const m = Math.floor(t.length / 2);
  return t.length % 2 ? t[m] : (t[m - 1] + t[m]) / 2;
}

export function titre(texte) {
  console.log(`\n=== ${texte} ===`);
}
