// Static server of `make bench`: serves a folder on a free port of
// 127.0.0.1, compressed as a real host would (brotli if the browser asks
// for it, else gzip), and records every path asked.
// Kept apart from tests/e2e/serveur.mjs so the bench does not depend on
// the tests' helpers.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { TYPES } from "../types-mime.mjs";

const COMPRESSIBLES = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".webmanifest"]);

/**
 * Serves `dossier`. `pages` maps a path ("/index.html") to extra content
 * (string) served at that path; `entetes` are added to every answer;
 * `compression: false` serves files as they are.
 * Returns { url, requetes, fermer }.
 */
export async function servir({ dossier, pages = {}, entetes = {}, compression = true }) {
  const racine = resolve(dossier);
  const requetes = [];
  const cache = new Map();
  const serveur = createServer(async (req, res) => {
    const chemin = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requetes.push(chemin);
    let contenu;
    let type;
    if (chemin in pages) {
      contenu = Buffer.from(pages[chemin]);
      type = TYPES[extname(chemin)] ?? TYPES[".html"];
    } else {
      let fichier = normalize(join(racine, chemin));
      if (!fichier.startsWith(racine)) return res.writeHead(403).end();
      try {
        if ((await stat(fichier)).isDirectory()) fichier = join(fichier, "index.html");
        contenu = await readFile(fichier);
        type = TYPES[extname(fichier)] ?? "application/octet-stream";
      } catch {
        return res.writeHead(404).end("introuvable");
      }
    }
    const tetes = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding", ...entetes };
    const accepte = String(req.headers["accept-encoding"] ?? "");
    const ext = extname(chemin) || ".html";
    if (compression && COMPRESSIBLES.has(ext)) {
      const codage = /\bbr\b/.test(accepte) ? "br" : /\bgzip\b/.test(accepte) ? "gzip" : null;
      if (codage) {
        const cle = `${codage}:${chemin}:${contenu.length}`;
        if (!cache.has(cle)) {
          cache.set(
            cle,
            codage === "br"
              ? brotliCompressSync(contenu, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(contenu, { level: 9 }),
          );
        }
        contenu = cache.get(cle);
        tetes["content-encoding"] = codage;
      }
    }
    res.writeHead(200, { ...tetes, "content-length": contenu.length });
    res.end(req.method === "HEAD" ? undefined : contenu);
  });
  await new Promise((ok) => serveur.listen(0, "127.0.0.1", ok));
  const { port } = serveur.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requetes,
    fermer: () => {
      serveur.closeAllConnections();
      return new Promise((ok) => serveur.close(ok));
    },
  };
}
