// Trunk post_build hook: writes sw.js into the build from the real list
// of its files (hashed names included), so the app works offline after one
// visit. Run by Trunk with TRUNK_STAGING_DIR set; by hand:
//   node scripts/service-worker.mjs dist
// The worker's logic is public/sw.template.js; this script only fills in
// the version and the file list.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dossier = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const gabarit = readFileSync(new URL("../public/sw.template.js", import.meta.url), "utf8");
// Files the worker does not precache: itself, its template, and the demo host page.
const EXCLUS = new Set(["sw.js", "sw.template.js"]);

function fichiers(d) {
  return readdirSync(d).flatMap((nom) => {
    const chemin = join(d, nom);
    return statSync(chemin).isDirectory() ? fichiers(chemin) : [chemin];
  });
}

const liste = fichiers(dossier)
  .map((chemin) => relative(dossier, chemin).split(sep).join("/"))
  .filter((nom) => !EXCLUS.has(nom))
  .sort();
const empreinte = createHash("sha256");
for (const nom of liste) {
  empreinte.update(nom);
  empreinte.update(readFileSync(join(dossier, nom)));
}
const version = empreinte.digest("hex").slice(0, 16);
const sortie = gabarit
  .replace('"__VERSION__"', JSON.stringify(version))
  .replace('["__FICHIERS__"]', JSON.stringify(["./", ...liste], null, 2));
writeFileSync(join(dossier, "sw.js"), sortie);
console.log(`sw.js : version ${version}, ${liste.length} fichiers précachés`);
