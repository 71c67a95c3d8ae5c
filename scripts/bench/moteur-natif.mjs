// `make bench`, figure 3a: reads what `cargo bench --bench engine` (criterion)
// wrote in target/criterion/evaluer/<taille>/new/estimates.json and prints
// the median time per evaluation for each catalogue and the growth ratio.
// No budget: for information and for comparing with the WASM figures.
// Usage: node scripts/bench/moteur-natif.mjs
import { readFileSync } from "node:fs";
import { noter, titre } from "./commun.mjs";

const DOSSIER = process.env.CRITERION_DIR ?? "target/criterion/evaluer";
const TAILLES = [
  ["reel", "catalogue réel", 6],
  ["100", "100 programmes", 100],
  ["1000", "1 000 programmes", 1000],
  ["10000", "10 000 programmes", 10000],
];

titre("3a. Moteur en natif (criterion, médiane par évaluation)");
const ns = {};
for (const [id] of TAILLES) {
  const e = JSON.parse(readFileSync(`${DOSSIER}/${id}/new/estimates.json`, "utf8"));
  ns[id] = e.median.point_estimate;
}
const reel = JSON.parse(readFileSync(`${DOSSIER}/reel/new/benchmark.json`, "utf8"));
const fmt = (n) => (n < 1e3 ? `${n.toFixed(0)} ns` : n < 1e6 ? `${(n / 1e3).toFixed(2)} µs` : `${(n / 1e6).toFixed(2)} ms`);
console.log(`${"catalogue".padEnd(20)} ${"médiane".padStart(12)} ${"par programme".padStart(14)}`);
for (const [id, nom, n] of TAILLES) {
  const nb = id === "reel" ? (reel.throughput?.Elements ?? n) : n;
  const libelle = id === "reel" ? `${nom} (${nb})` : nom;
  console.log(`${libelle.padEnd(20)} ${fmt(ns[id]).padStart(12)} ${fmt(ns[id] / nb).padStart(14)}`);
  noter(`3a. Natif evaluer, ${libelle}`, fmt(ns[id]), "—", null);
}
const ratio = ns["10000"] / ns["1000"];
console.log(`Croissance temps(10 000) / temps(1 000) : ${ratio.toFixed(2)} (linéaire : 10)`);
noter("3a. Natif croissance t(10 000)/t(1 000)", ratio.toFixed(2), "—", null);
