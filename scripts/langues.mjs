// Publishes the languages other than French beside the app: for each
// langues/<code>/ folder, dist/langues/<code>.json holds every interface
// text ("section.cle": text) and the catalogue's translated texts. build.rs
// has already refused any missing or broken translation; this only merges.
// French is compiled into the app and needs no file. Part of the Trunk
// post_build hook (scripts/post-build.mjs); by hand:
//   node scripts/langues.mjs dist
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const SOURCE = new URL("../langues/", import.meta.url);

export function publierLangues(dossier) {
  mkdirSync(join(dossier, "langues"), { recursive: true });
  const publiees = [];
  for (const code of readdirSync(SOURCE).sort()) {
    if (code === "fr") continue;
    const interfaceTextes = {};
    let catalogue = {};
    for (const fichier of readdirSync(new URL(`${code}/`, SOURCE)).filter((f) => f.endsWith(".json")).sort()) {
      const contenu = JSON.parse(readFileSync(new URL(`${code}/${fichier}`, SOURCE), "utf8"));
      const section = fichier.slice(0, -".json".length);
      if (section === "catalogue") {
        catalogue = contenu;
        continue;
      }
      for (const [cle, texte] of Object.entries(contenu)) interfaceTextes[`${section}.${cle}`] = texte;
    }
    writeFileSync(join(dossier, "langues", `${code}.json`), JSON.stringify({ langue: code, interface: interfaceTextes, catalogue }));
    publiees.push(code);
  }
  return publiees;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`langues publiées : ${publierLangues(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist").join(", ")}`);
}
