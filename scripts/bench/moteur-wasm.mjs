// `make bench`, figure 3b: the engine in WebAssembly, in Chromium.
// Loads target/bench-wasm/bench_wasm.js (examples/bench_wasm.rs, built by
// bench.sh with the app's release profile) in a page served on 127.0.0.1
// (cross-origin isolated, so performance.now() is precise to 5 µs), builds
// every catalogue once (not timed), then times batches of evaluations with
// performance.now(): a calibrated batch of ≥ 5 ms, ≥ 500 ms of warm-up, then
// 21 interleaved rounds; the median batch time divided by the batch size.
// Budget: 10 000 programmes under 10 ms.
// Usage: node scripts/bench/moteur-wasm.mjs [target/bench-wasm]
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { servir } from "./serveur.mjs";
import { BUDGETS, CHROMIUM, DRAPEAUX, noter, titre } from "./commun.mjs";

const DOSSIER = process.argv[2] ?? "target/bench-wasm";
const BUDGET_MS = BUDGETS.moteur_wasm_10000_ms;
const TAILLES = [0, 100, 1000, 10000];

titre("3b. Moteur en WebAssembly dans Chromium : verdicts, scores et classement (médiane par évaluation)");
if (!existsSync(join(DOSSIER, "bench_wasm.js"))) {
  console.log(`${DOSSIER}/bench_wasm.js absent : construire d'abord l'exemple bench_wasm`);
  noter("3b. WASM évaluer et classer 10 000 programmes", "pas construit", `< ${BUDGET_MS} ms`, false);
  process.exit(1);
}

const serveur = await servir({
  dossier: DOSSIER,
  compression: false,
  pages: { "/": "<!DOCTYPE html><html lang=en><title>bench</title><link rel=icon href='data:,'><body>bench</body></html>" },
  entetes: { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" },
});
const navigateur = await chromium.launch({ executablePath: CHROMIUM, args: DRAPEAUX });
let mesures;
try {
  const page = await navigateur.newPage();
  const erreurs = [];
  page.on("pageerror", (e) => erreurs.push(e.message));
  page.on("console", (m) => m.type() === "error" && erreurs.push(m.text()));
  await page.goto(serveur.url);
  mesures = await page.evaluate(async (tailles) => {
    const m = await import("./bench_wasm.js");
    await m.default();
    const mediane = (t) => {
      const s = [...t].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const sortie = { isole: self.crossOriginIsolated, agent: navigator.userAgent, lignes: [] };
    // Every catalogue is built first (not timed); each gets a batch size
    // of ≥ 5 ms and a warm-up of ≥ 500 ms (so V8 has tiered the hot
    // functions up from Liftoff to TurboFan).
    const cas = tailles.map((n) => {
      const h = m.preparer(n);
      let lot = 1;
      for (;;) {
        const t0 = performance.now();
        m.evaluer_prepare(h, lot);
        if (performance.now() - t0 >= 5 || lot >= 1 << 20) break;
        lot *= 2;
      }
      const debut = performance.now();
      for (let i = 0; i < 5 || performance.now() - debut < 500; i++) m.evaluer_prepare(h, lot);
      return { n, h, programmes: m.taille(h), lot, temps: [] };
    });
    // Then 21 rounds, one batch of each size per round: a burst of load
    // from elsewhere on the machine hits every size alike.
    for (let tour = 0; tour < 21; tour++) {
      for (const c of cas) {
        const t0 = performance.now();
        m.evaluer_prepare(c.h, c.lot);
        c.temps.push((performance.now() - t0) / c.lot);
      }
    }
    for (const c of cas) {
      sortie.lignes.push({ n: c.n, programmes: c.programmes, lot: c.lot, runs: c.temps.length, mediane: mediane(c.temps), min: Math.min(...c.temps), max: Math.max(...c.temps) });
    }
    return sortie;
  }, TAILLES);
  if (erreurs.length) console.log(`Erreurs de la page : ${erreurs.join(" | ")}`);
} finally {
  await navigateur.close();
  await serveur.fermer();
}

const milliers = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, " ");
const ms = (v) => (v < 0.1 ? v.toFixed(4) : v < 10 ? v.toFixed(3) : v.toFixed(1));
console.log(`${mesures.agent}, crossOriginIsolated=${mesures.isole}`);
console.log(`${"catalogue".padEnd(12)} ${"médiane ms".padStart(11)} ${"min ms".padStart(9)} ${"max ms".padStart(9)} ${"µs/prog.".padStart(9)} ${"lot".padStart(6)} ${"mesures".padStart(8)}`);
for (const l of mesures.lignes) {
  const nom = l.n === 0 ? `réel (${l.programmes})` : milliers(l.programmes);
  console.log(
    `${nom.padEnd(12)} ${ms(l.mediane).padStart(11)} ${ms(l.min).padStart(9)} ${ms(l.max).padStart(9)} ${((l.mediane * 1000) / l.programmes).toFixed(2).padStart(9)} ${String(l.lot).padStart(6)} ${String(l.runs).padStart(8)}`,
  );
}
const de = (n) => mesures.lignes.find((l) => l.n === n);
const ratio = de(10000).mediane / de(1000).mediane;
console.log(`Croissance temps(10 000) / temps(1 000) : ${ratio.toFixed(2)} (linéaire : 10)`);
const ok = de(10000).mediane < BUDGET_MS;
console.log(`Budget : 10 000 programmes < ${BUDGET_MS} ms → ${ms(de(10000).mediane)} ms : ${ok ? "OK" : "MISS"}`);
for (const l of mesures.lignes) {
  if (l.n === 10000) continue;
  noter(`3b. WASM évaluer et classer, ${l.n === 0 ? `catalogue réel (${l.programmes})` : `${milliers(l.programmes)} programmes`}`, `${ms(l.mediane)} ms`, "—", null);
}
noter("3b. WASM croissance t(10 000)/t(1 000)", ratio.toFixed(2), "—", null);
noter("3b. WASM évaluer et classer, 10 000 programmes", `${ms(de(10000).mediane)} ms`, `< ${BUDGET_MS} ms`, ok);
process.exitCode = ok ? 0 : 1;
