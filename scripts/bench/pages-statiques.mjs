// `make bench`, figure 7: the weight of each static page of the catalogue
// (dist/programmes/, written by src/bin/pages-statiques.rs): its HTML and
// the stylesheet it links, brotli -11, as a browser without WebAssembly or
// a link preview fetches them. Budget: each ≤ budgets.json page_statique_octets.
// Usage: node scripts/bench/pages-statiques.mjs [dist]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { BUDGETS, kio, noter, titre } from "./commun.mjs";

const DOSSIER = process.argv[2] ?? "dist";
const BUDGET = BUDGETS.page_statique_octets;
const brotli = (contenu) => brotliCompressSync(contenu, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function pages(d) {
  return readdirSync(d).flatMap((nom) => {
    const chemin = join(d, nom);
    return statSync(chemin).isDirectory() ? pages(chemin) : nom === "index.html" ? [chemin] : [];
  });
}

titre("7. Pages statiques (HTML + CSS, brotli)");
const racine = join(DOSSIER, "programmes");
const liste = existsSync(racine) ? pages(racine).sort() : [];
let ok = liste.length > 0;
let pire = 0;
for (const chemin of liste) {
  const html = readFileSync(chemin);
  // The stylesheets the page links, resolved from its folder.
  const feuilles = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => resolve(dirname(chemin), m[1]));
  const css = feuilles.reduce((s, f) => s + (existsSync(f) ? brotli(readFileSync(f)) : 0), 0);
  const total = brotli(html) + css;
  pire = Math.max(pire, total);
  const bon = total <= BUDGET && feuilles.every(existsSync);
  ok &&= bon;
  console.log(`${relative(DOSSIER, chemin).padEnd(44)} HTML ${kio(brotli(html)).padStart(9)} + CSS ${kio(css).padStart(9)} = ${kio(total).padStart(9)} ${bon ? "OK" : "MISS"}`);
}
if (!liste.length) console.log(`aucune page dans ${racine} : 'make dist' les écrit`);
console.log(`Budget : chaque page ≤ ${kio(BUDGET)} → ${ok ? "OK" : "MISS"}`);
noter(`7. Pages statiques (${liste.length}), la plus lourde`, liste.length ? kio(pire) : "aucune", `≤ ${kio(BUDGET)} chacune`, ok);
process.exitCode = ok ? 0 : 1;
