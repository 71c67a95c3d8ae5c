// Trunk post_build hook (Trunk.toml), on the build folder TRUNK_STAGING_DIR,
// in this order: the start-up script leaves index.html (strict CSP), the
// first-visit CSS and scripts are minified (release builds only), the
// language files are published, then sw.js is generated from the final
// list of files.
import { basename } from "node:path";
import { sortirScriptEnLigne } from "./demarrage.mjs";
import { publierLangues } from "./langues.mjs";
import { minifier } from "./minifier.mjs";
import { genererServiceWorker } from "./service-worker.mjs";

const dossier = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
// The catalogue editor (editeur.html) is a second Trunk build of its own
// (Makefile, `dist`; Trunk names its page index.html, the Makefile copies
// it as editeur.html): only its start-up script leaves its page; the app's
// language files and service worker are the app build's business.
if (basename(process.env.TRUNK_HTML_FILE ?? "") === "editeur.html") {
  const script = sortirScriptEnLigne(dossier, "index.html", "editeur-demarrage");
  // The app's style sheet, shared: minified the same way, or the copy into
  // dist/ would replace the app's minified file under the same name.
  const minifies = process.env.TRUNK_PROFILE === "debug" ? [] : minifier(dossier);
  console.log(`post-build (éditeur) : ${script ?? "pas de script en ligne"} ; minifiés ${minifies.join(", ")}`);
  process.exit(0);
}
const script = sortirScriptEnLigne(dossier);
const minifies = process.env.TRUNK_PROFILE === "debug" ? [] : minifier(dossier);
const langues = publierLangues(dossier);
const { version, nombre } = genererServiceWorker(dossier);
console.log(`post-build : ${script ?? "pas de script en ligne"} ; minifiés ${minifies.length} ; langues ${langues.join(", ")} ; sw.js version ${version}, ${nombre} fichiers`);
