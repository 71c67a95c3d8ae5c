// Not part of `make bench`: compares the Lighthouse performance of one
// screen between build folders, loads interleaved (A, B, A, B…) so that
// both meet the same state of the machine. Single loads of one build vary
// by up to 9 points here and batches by 3 to 4, so a change is judged by
// the medians of such a comparison, never by two separate runs.
// Same Lighthouse settings as lighthouse.mjs (mobile, simulated
// throttling, French browser). The folders are served as they are: copy
// a dist/ aside (cp -a dist /tmp/avant) before rebuilding.
// Usage: BENCH_COMPARER_RUNS=8 BENCH_COMPARER_ECRAN='#/programmes' node scripts/bench/comparer.mjs /tmp/avant dist
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { servir } from "./serveur.mjs";
import { CHROMIUM, DRAPEAUX, mediane } from "./commun.mjs";

const dossiers = process.argv.slice(2);
if (dossiers.length < 2) {
  console.error("usage : node scripts/bench/comparer.mjs <dossier> <dossier> [...]");
  process.exit(2);
}
const PASSES = Number(process.env.BENCH_COMPARER_RUNS ?? 8);
const ECRAN = process.env.BENCH_COMPARER_ECRAN ?? "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation";
const SORTIE = "target/bench/comparer";
const drapeaux = ["--headless=new", ...DRAPEAUX, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--lang=fr-FR", "--accept-lang=fr-FR,fr"].join(" ");

function lancer(url, chemin) {
  const args = [url, "--output=json", `--output-path=${chemin}`, "--only-categories=performance", `--chrome-flags=${drapeaux}`, "--no-enable-error-reporting", "--quiet"];
  return new Promise((ok) => {
    const p = spawn("node_modules/.bin/lighthouse", args, { env: { ...process.env, CHROME_PATH: CHROMIUM, CI: "1" }, stdio: "ignore" });
    p.on("close", ok);
    p.on("error", ok);
  });
}

mkdirSync(SORTIE, { recursive: true });
const serveurs = await Promise.all(dossiers.map((dossier) => servir({ dossier })));
const mesures = dossiers.map(() => []);
try {
  for (let passe = 0; passe < PASSES; passe++) {
    for (const [i, serveur] of serveurs.entries()) {
      const chemin = `${SORTIE}/${i}-${passe}.json`;
      await lancer(serveur.url + ECRAN, chemin);
      try {
        const { categories, audits } = JSON.parse(readFileSync(chemin, "utf8"));
        mesures[i].push({ score: Math.round(categories.performance.score * 100), tbt: audits["total-blocking-time"].numericValue });
      } catch {
        console.log(`${dossiers[i]} : passage ${passe + 1} sans rapport`);
      }
    }
  }
} finally {
  for (const s of serveurs) await s.fermer();
}
console.log(`Lighthouse, ${ECRAN}, ${PASSES} passages alternés`);
for (const [i, dossier] of dossiers.entries()) {
  const m = mesures[i];
  if (!m.length) continue;
  console.log(
    `${dossier} : performance médiane ${mediane(m.map((x) => x.score))} (${m.map((x) => x.score).join(", ")}), TBT médian ${mediane(m.map((x) => x.tbt)).toFixed(0)} ms`,
  );
}
