// `make bench`, figure 5: how long the main thread spends compiling the
// WebAssembly on a first visit. Chromium compiles it lazily, one function
// at a time, on the main thread, the first time each one is called: the
// more code the first screen runs, the longer the page is blocked. A
// Chromium trace of each load, the CPU throttled 4× (Lighthouse's mobile
// factor), service workers off: the sum of `wasm.CompileLazy` on the
// renderer's main thread, and of all its tasks (`RunTask`). Median of
// BENCH_COMPILATION_RUNS loads (default 9) per screen. For information:
// no budget, but a change that makes the first screen compile much more
// code shows here (see `pages::ecran`).
// Usage: node scripts/bench/compilation.mjs [dist]
import { chromium } from "playwright-core";
import { readFileSync, rmSync } from "node:fs";
import { servir } from "./serveur.mjs";
import { CHROMIUM, DRAPEAUX, mediane, noter, titre } from "./commun.mjs";

const DOSSIER = process.argv[2] ?? "dist";
const PASSES = Number(process.env.BENCH_COMPILATION_RUNS ?? 9);
const TRACE = "target/bench/trace-compilation.json";
const ECRANS = [
  ["accueil", "#/"],
  ["résultats", "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation"],
];

/** Milliseconds of each event name on the renderer's main thread. */
function durees(fichier) {
  const trace = JSON.parse(readFileSync(fichier, "utf8"));
  const evenements = trace.traceEvents ?? trace;
  const principal = evenements.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!principal) throw new Error("pas de fil principal dans la trace");
  const sommes = new Map();
  for (const e of evenements) {
    if (e.pid !== principal.pid || e.tid !== principal.tid || e.ph !== "X" || !e.dur) continue;
    sommes.set(e.name, (sommes.get(e.name) ?? 0) + e.dur / 1000);
  }
  return sommes;
}

titre(`5. Compilation de la WebAssembly au premier chargement (processeur ralenti 4×, médiane de ${PASSES})`);
const serveur = await servir({ dossier: DOSSIER });
const navigateur = await chromium.launch({ executablePath: CHROMIUM, args: DRAPEAUX });
let ok = true;
try {
  for (const [nom, hash] of ECRANS) {
    const compilation = [];
    const taches = [];
    for (let i = 0; i < PASSES; i++) {
      const contexte = await navigateur.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR", serviceWorkers: "block" });
      const page = await contexte.newPage();
      const cdp = await contexte.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await navigateur.startTracing(page, { path: TRACE, categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed"] });
      await page.goto(serveur.url + hash);
      await page.locator("main h1").waitFor();
      // The home page drawn into index.html shows before the app: wait for the app.
      await page.locator("#chargement").waitFor({ state: "detached" });
      await page.waitForTimeout(1000);
      await navigateur.stopTracing();
      await contexte.close();
      const d = durees(TRACE);
      compilation.push(d.get("wasm.CompileLazy") ?? 0);
      taches.push(d.get("RunTask") ?? 0);
    }
    const c = mediane(compilation);
    const t = mediane(taches);
    console.log(`${nom.padEnd(10)} compilation paresseuse ${c.toFixed(0)} ms (${compilation.map((x) => x.toFixed(0)).join(", ")}) ; tâches du fil principal ${t.toFixed(0)} ms`);
    noter(`5. Compilation wasm au chargement, ${nom} (CPU 4×)`, `${c.toFixed(0)} ms sur ${t.toFixed(0)} ms de tâches`, "—", null);
  }
} catch (erreur) {
  console.error(erreur);
  ok = false;
} finally {
  rmSync(TRACE, { force: true });
  await navigateur.close();
  await serveur.fermer();
}
process.exit(ok ? 0 : 1);
