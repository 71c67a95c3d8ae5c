// Trunk post_build hook (Trunk.toml), on the build folder TRUNK_STAGING_DIR,
// in this order: the start-up script leaves index.html (strict CSP), the
// first-visit CSS and scripts are minified (release builds only), the
// language files are published, then sw.js is generated from the final
// list of files.
import { sortirScriptEnLigne } from "./demarrage.mjs";
import { publierLangues } from "./langues.mjs";
import { minifier } from "./minifier.mjs";
import { genererServiceWorker } from "./service-worker.mjs";

const dossier = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist";
const script = sortirScriptEnLigne(dossier);
const minifies = process.env.TRUNK_PROFILE === "debug" ? [] : minifier(dossier);
const langues = publierLangues(dossier);
const { version, nombre } = genererServiceWorker(dossier);
console.log(`post-build : ${script ?? "pas de script en ligne"} ; minifiés ${minifies.length} ; langues ${langues.join(", ")} ; sw.js version ${version}, ${nombre} fichiers`);
