// Shared by the bench scripts: the Chromium flags of this machine, and the
// summary file every figure appends its rows to (read by bench.sh).
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export { CHROMIUM, DRAPEAUX } from "../chromium.mjs";

const FICHIER_BUDGETS = new URL("./budgets.json", import.meta.url);

/** Every budget of the bench (scripts/bench/budgets.json): one file to read and to change. */
export const BUDGETS = JSON.parse(readFileSync(FICHIER_BUDGETS, "utf8"));

/** Records a new value of one budget in budgets.json (the first-visit ceiling, lowered). */
export function enregistrerBudget(cle, valeur) {
  const budgets = JSON.parse(readFileSync(FICHIER_BUDGETS, "utf8"));
  budgets[cle] = valeur;
  writeFileSync(FICHIER_BUDGETS, JSON.stringify(budgets, null, 2) + "\n");
}

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
