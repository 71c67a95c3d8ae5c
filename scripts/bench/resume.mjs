// `make bench`, final summary: the rows every figure appended to
// target/bench/resume.tsv (figure, value, budget, OK/MISS/info), as a
// table. Exits 1 if any row is a MISS.
// Usage: node scripts/bench/resume.mjs [target/bench/resume.tsv]
import { existsSync, readFileSync } from "node:fs";

const FICHIER = process.argv[2] ?? process.env.BENCH_RESUME ?? "target/bench/resume.tsv";
const lignes = existsSync(FICHIER)
  ? readFileSync(FICHIER, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"))
  : [];
const entete = ["figure", "mesure", "budget", "état"];
const largeurs = entete.map((t, i) => Math.max(t.length, ...lignes.map((l) => (l[i] ?? "").length)));
const ligne = (cols) => cols.map((c, i) => (c ?? "").padEnd(largeurs[i])).join(" │ ").trimEnd();
const trait = largeurs.map((l) => "─".repeat(l)).join("─┼─");

console.log("\n=== Résumé ===");
console.log(ligne(entete));
console.log(trait);
for (const l of lignes) console.log(ligne(l));
const rates = lignes.filter((l) => l[3] === "MISS").length;
const tenus = lignes.filter((l) => l[3] === "OK").length;
console.log(trait);
console.log(`${tenus} budget(s) tenu(s), ${rates} manqué(s)${lignes.length ? "" : " (aucune mesure !)"}`);
process.exitCode = rates > 0 || lignes.length === 0 ? 1 : 0;
