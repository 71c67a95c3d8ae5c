// A tiny static server for the end-to-end tests: serves dist/ on a free
// port of 127.0.0.1, optionally under a sub-path (as a host would), and
// 404s anything else. No rewrite rules: the app must not need any.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { TYPES } from "../../scripts/types-mime.mjs";

/**
 * Starts serving `dossier` under `prefixe` (e.g. "/" or "/outils/mentorat/").
 * `intercepter(chemin, req, res)` may answer a request itself (returns true);
 * `transformer(chemin, contenu)` may rewrite a served file (e.g. index.html);
 * `entetes` are added to every file served (e.g. a Content-Security-Policy).
 * Returns { url, fermer, requetes, changerDossier } where `requetes` lists
 * every path asked and `changerDossier` serves another build from now on.
 */
export async function servir({ dossier = "dist", prefixe = "/", intercepter, transformer, entetes = {} } = {}) {
  let racine = resolve(dossier);
  const requetes = [];
  const serveur = createServer(async (req, res) => {
    const chemin = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requetes.push(chemin);
    if (intercepter && (await intercepter(chemin, req, res))) return;
    if (!chemin.startsWith(prefixe)) {
      res.writeHead(404).end("hors du préfixe");
      return;
    }
    let fichier = normalize(join(racine, chemin.slice(prefixe.length)));
    if (!fichier.startsWith(racine)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(fichier)).isDirectory()) fichier = join(fichier, "index.html");
      let contenu = await readFile(fichier);
      if (transformer) contenu = transformer(chemin, contenu);
      res.writeHead(200, {
        "content-type": TYPES[extname(fichier)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        ...entetes,
      });
      res.end(contenu);
    } catch {
      res.writeHead(404).end("introuvable");
    }
  });
  await new Promise((ok) => serveur.listen(0, "127.0.0.1", ok));
  const { port } = serveur.address();
  return {
    url: `http://127.0.0.1:${port}${prefixe}`,
    requetes,
    changerDossier: (nouveau) => {
      racine = resolve(nouveau);
    },
    fermer: () => {
      serveur.closeAllConnections();
      return new Promise((ok) => serveur.close(ok));
    },
  };
}
