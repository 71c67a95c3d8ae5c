// Moves the inline start-up script Trunk 0.21 writes into index.html
// (trunk-rs/trunk#288) into a file of the build, so the app runs under a
// strict content security policy (script-src 'self', no 'unsafe-inline').
// The file is named after its content, like Trunk's own files.
//   node scripts/demarrage.mjs dist
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * A script as shipped: its comments and indentation are for readers of
 * the repository, not for every first visit (lines whose first characters
 * are `//` go, so no line of code may start a string or a regular
 * expression that way).
 */
export function sansCommentaires(source) {
  return (
    source
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("//"))
      .join("\n") + "\n"
  );
}

export function sortirScriptEnLigne(dossier, page = "index.html", prefixe = "demarrage") {
  const chemin = join(dossier, page);
  const html = readFileSync(chemin, "utf8");
  const motif = /<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/;
  const trouve = html.match(motif);
  if (!trouve) {
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
      throw new Error(`${page} contient un script en ligne de forme inconnue : mettre à jour scripts/demarrage.mjs`);
    }
    return null; // already done
  }
  const [bloc, js, wasm] = trouve;
  const script = `// Starts the app (written by scripts/demarrage.mjs from Trunk's inline script).

// The reload button of the crash page (src/platform/plantage.rs): here,
// because no WebAssembly runs after a panic.
addEventListener("click", (e) => e.target.closest?.("[data-recharger]") && location.reload());

// The app's downloads (glue and wasm: Trunk's preload links, which
// \`make dist\` keeps in <template id="prechargement">, scripts/instantane.mjs).
// When the home page drawn by the build is on screen, they start after its
// first paint, so the 200 KiB of wasm do not share a slow connection with
// the CSS that paint needs; scripts/avant-affichage.js starts them at once
// when that page is hidden (then nothing useful paints before the app).
// Every browser that runs this module reports paints; the 3 s are for a
// tab opened in the background, which paints only once shown.
async function precharger() {
  const modele = document.getElementById("prechargement");
  if (!modele) return;
  if (!document.documentElement.classList.contains("sans-instantane")) {
    await new Promise((ok) => {
      setTimeout(ok, 3000);
      new PerformanceObserver((l) => l.getEntriesByName("first-contentful-paint").length && ok()).observe({ type: "paint", buffered: true });
    });
  }
  document.head.append(modele.content);
}

try {
  await precharger();
  const bindings = await import("./${js}");
  const wasm = await bindings.default({ module_or_path: "./${wasm}" });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (erreur) {
  // Never a blank screen: say what happened where "Chargement…" was, and
  // lead to the static pages of the programmes (no WebAssembly needed).
  const attente = document.getElementById("chargement");
  if (attente) {
    const message = attente.querySelector(".chargement") ?? attente;
    message.textContent = "L'application n'a pas pu démarrer (connexion, ou navigateur sans WebAssembly). ";
    const lien = document.createElement("a");
    lien.href = "programmes/";
    lien.dataset.pagesStatiques = "";
    lien.textContent = "Voir les programmes et leurs contacts";
    message.append(lien);
    // The home page drawn by the build stays, with its links to the app's
    // screens leading to the static pages instead.
    for (const a of attente.querySelectorAll('a[href^="#/"]')) {
      const id = a.getAttribute("href").split("#/programmes/")[1];
      a.href = id && !id.includes("/") ? "programmes/" + id + "/" : "programmes/";
    }
    document.documentElement.classList.add("sans-wasm");
  }
  throw erreur;
}
`;
  const livre = sansCommentaires(script);
  const nom = `${prefixe}-${createHash("sha256").update(livre).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dossier, nom), livre);
  writeFileSync(chemin, html.replace(bloc, `<script type="module" src="./${nom}"></script>`));
  return nom;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const nom = sortirScriptEnLigne(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist");
  console.log(nom ? `index.html : script de démarrage déplacé dans ${nom}` : "index.html : aucun script en ligne");
}
