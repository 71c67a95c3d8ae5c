// Prints the size of every file of a build folder, raw, gzip and brotli
// (what a phone downloads from a host that compresses), and the totals.
// Usage: node scripts/tailles.mjs dist
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const racine = process.argv[2] ?? "dist";

function fichiers(dossier) {
  return readdirSync(dossier).flatMap((nom) => {
    const chemin = join(dossier, nom);
    return statSync(chemin).isDirectory() ? fichiers(chemin) : [chemin];
  });
}

const ko = (octets) => (octets / 1024).toFixed(1).padStart(8) + " KiB";
const lignes = fichiers(racine)
  .sort()
  .map((chemin) => {
    const contenu = readFileSync(chemin);
    return {
      nom: relative(racine, chemin),
      brut: contenu.length,
      gzip: gzipSync(contenu, { level: 9 }).length,
      brotli: brotliCompressSync(contenu, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });

const largeur = Math.max(5, ...lignes.map((l) => l.nom.length));
console.log(`${"fichier".padEnd(largeur)} ${"brut".padStart(12)} ${"gzip".padStart(12)} ${"brotli".padStart(12)}`);
for (const l of lignes) {
  console.log(`${l.nom.padEnd(largeur)} ${ko(l.brut)} ${ko(l.gzip)} ${ko(l.brotli)}`);
}
const somme = (cle) => lignes.reduce((s, l) => s + l[cle], 0);
console.log(`${"TOTAL".padEnd(largeur)} ${ko(somme("brut"))} ${ko(somme("gzip"))} ${ko(somme("brotli"))}`);
