// Minifies the style sheet and the scripts a first visit downloads (the
// app's CSS, wasm-bindgen's glue, the start-up script), for release builds
// only: comments and indentation are for the people who read style/ and
// scripts/, not for a phone on 3G (measured: 3.5 KiB brotli less on the
// first visit). Trunk 0.21's own `minify` cannot be used: its JS minifier
// rejects the glue and its HTML minifier rewrites index.html.
// The names keep Trunk's hashes (of the source, so still one name per
// content) and index.html's `integrity` attributes are recomputed, or the
// browser would refuse the files. esbuild comes from the npm registry.
// Part of the Trunk post_build hook (scripts/post-build.mjs); by hand:
//   node scripts/minifier.mjs dist
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";

/** The files of the first visit, by name: Trunk's hashed CSS and glue, and the start-up script. */
const MINIFIES = [
  { motif: /^main-[0-9a-f]+\.css$/, loader: "css" },
  { motif: /^trouve-ton-mentor-[0-9a-f]+\.js$/, loader: "js" },
  { motif: /^demarrage-[0-9a-f]+\.js$/, loader: "js" },
];

/** The Subresource Integrity value of a content, as Trunk writes it (sha384). */
export function integrite(contenu) {
  return `sha384-${createHash("sha384").update(contenu).digest("base64")}`;
}

/** Minifies the first-visit files of a build folder; returns their names. */
export function minifier(dossier) {
  const chemin = join(dossier, "index.html");
  let html = readFileSync(chemin, "utf8");
  const faits = [];
  for (const nom of readdirSync(dossier)) {
    const regle = MINIFIES.find((m) => m.motif.test(nom));
    if (!regle) continue;
    const source = readFileSync(join(dossier, nom), "utf8");
    // ES modules stay modules: `format` is only set for scripts, and the
    // glue's top-level `export`s and `import.meta.url` are kept as they are.
    const options = regle.loader === "js" ? { loader: "js", format: "esm", minify: true } : { loader: "css", minify: true };
    const sortie = transformSync(source, options).code;
    writeFileSync(join(dossier, nom), sortie);
    const attribut = new RegExp(`(href="\\./${nom.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
    html = html.replace(attribut, (_, avant, apres) => `${avant}${integrite(sortie)}${apres}`);
    faits.push(nom);
  }
  writeFileSync(chemin, html);
  return faits;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`minifiés : ${minifier(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist").join(", ")}`);
}
