// Writes sw.js into a build from the real list of its files (hashed names
// included), so the app works offline after one visit. Part of the Trunk
// post_build hook (scripts/post-build.mjs); by hand:
//   node scripts/service-worker.mjs dist
// The worker's logic is public/sw.template.js; this script only fills in
// the version and the file list.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

const gabarit = readFileSync(new URL("../public/sw.template.js", import.meta.url), "utf8");
// Files the worker does not precache: itself and its template, and what
// host sites load, never the app (the integration script, the demo host).
// The language files (langues/) are cached when someone uses them, not
// downloaded by everyone (see public/sw.template.js), except the French
// one: the app carries only the home page's French, and the other screens
// must open offline.
const EXCLUS = new Set(["sw.js", "sw.template.js", "integration.js", "embed-demo.html", "embed-demo.js"]);
// Nor the static pages (programmes/, for browsers without WebAssembly and
// search engines: the app has the same screens) and the files for robots,
// nor the catalogue editor (editeur.html and its editeur-* files: a tool
// for the Collectif, never a young person's download).
export const EXCLU = (nom) =>
  EXCLUS.has(nom) ||
  (nom.startsWith("langues/") && !nom.startsWith("langues/fr.")) ||
  nom.startsWith("programmes/") ||
  nom.startsWith("editeur") ||
  nom === "sitemap.xml" ||
  nom === "robots.txt";

function fichiers(d) {
  return readdirSync(d).flatMap((nom) => {
    const chemin = join(d, nom);
    return statSync(chemin).isDirectory() ? fichiers(chemin) : [chemin];
  });
}

export function genererServiceWorker(dossier) {
const liste = fichiers(dossier)
  .map((chemin) => relative(dossier, chemin).split(sep).join("/"))
  .filter((nom) => !EXCLU(nom))
  .sort();
const empreinte = createHash("sha256");
for (const nom of liste) {
  empreinte.update(nom);
  empreinte.update(readFileSync(join(dossier, nom)));
}
const version = empreinte.digest("hex").slice(0, 16);
// The version of the keys, in the language files' names (scripts/langues.mjs).
const francais = liste.find((nom) => /^langues\/fr\.[0-9a-f]+\.json$/.test(nom));
if (!francais) throw new Error("sw.js : pas de fichier langues/fr.<version>.json dans le build (scripts/langues.mjs avant ce script)");
const cles = francais.split(".")[1];
const sortie = gabarit
  .replace('"__VERSION__"', JSON.stringify(version))
  .replace('"__CLES__"', JSON.stringify(cles))
  .replace('["__FICHIERS__"]', JSON.stringify(["./", ...liste], null, 2));
writeFileSync(join(dossier, "sw.js"), sortie);
return { version, nombre: liste.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version, nombre } = genererServiceWorker(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist");
  console.log(`sw.js : version ${version}, ${nombre} fichiers précachés`);
}
