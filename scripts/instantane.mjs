// `make dist`, after Trunk: puts the home screen, as the app itself draws
// it, into dist/index.html, so that a first visit of #/ paints the
// heading, the introduction and the doors with the HTML and the CSS only,
// before the wasm has arrived. The markup is a snapshot of the real app
// (release build, French, Chromium at 360×740), never a hand-written
// copy: a change to the home screen changes the snapshot at the next build.
//
// The app does not hydrate it (hydration would add to the wasm): it draws
// the same markup and removes the snapshot in the same task (src/app.rs,
// retirer_attente), so nothing moves. scripts/avant-affichage.js (copied
// here with a hashed name, loaded in <head>) hides the snapshot before the
// first paint when the app will show another screen or language.
// `make serve` does not run this: it needs no Chromium.
//   node scripts/instantane.mjs dist
import { chromium } from "playwright-core";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { servir } from "./bench/serveur.mjs";
import { CHROMIUM, DRAPEAUX } from "./chromium.mjs";
import { genererServiceWorker } from "./service-worker.mjs";
import { sansCommentaires } from "./demarrage.mjs";

/** The block of index.html the app removes when it starts. */
const ATTENTE = /<div id="chargement" class="chargement">([\s\S]*?)<\/div>\s*<\/body>/;

/** The app's markup for #/ once started (body children, without scripts or comments). */
export async function prendreInstantane(dossier) {
  const serveur = await servir({ dossier, compression: false });
  const navigateur = await chromium.launch({ executablePath: CHROMIUM, args: DRAPEAUX });
  try {
    const contexte = await navigateur.newContext({ viewport: { width: 360, height: 740 }, locale: "fr-FR", serviceWorkers: "block" });
    const page = await contexte.newPage();
    const erreurs = [];
    page.on("pageerror", (e) => erreurs.push(e.message));
    await page.goto(serveur.url + "#/");
    await page.waitForSelector("main h1", { timeout: 60000 });
    await page.waitForSelector("#chargement", { state: "detached", timeout: 60000 });
    if (erreurs.length) throw new Error(`l'application a signalé des erreurs : ${erreurs.join(" ; ")}`);
    return await page.evaluate(() => {
      const copie = document.body.cloneNode(true);
      for (const s of copie.querySelectorAll("script, noscript")) s.remove();
      const marcheur = document.createTreeWalker(copie, NodeFilter.SHOW_COMMENT);
      const commentaires = [];
      while (marcheur.nextNode()) commentaires.push(marcheur.currentNode);
      for (const c of commentaires) c.remove();
      // A strict CSP (style-src 'self') ignores style attributes in markup;
      // the app sets them through the CSSOM. Each becomes a rule of a small
      // stylesheet instead, so the snapshot lays out as the app.
      const regles = [];
      for (const [i, e] of [...copie.querySelectorAll("[style]")].entries()) {
        regles.push(`[data-instantane-style="${i}"] { ${e.getAttribute("style")} }`);
        e.removeAttribute("style");
        e.setAttribute("data-instantane-style", String(i));
      }
      return { balisage: copie.innerHTML.trim(), css: regles.join("\n") };
    });
  } finally {
    await navigateur.close();
    await serveur.fermer();
  }
}

export async function instantane(dossier) {
  const chemin = join(dossier, "index.html");
  let html = readFileSync(chemin, "utf8");
  if (html.includes('class="instantane"')) throw new Error("index.html a déjà un instantané : relancer trunk build");
  const attente = html.match(ATTENTE);
  if (!attente) throw new Error("index.html : bloc <div id=\"chargement\"> introuvable (voir index.html)");
  const { balisage, css } = await prendreInstantane(dossier);
  if (!/<h1[\s>]/.test(balisage)) throw new Error("l'instantané n'a pas de <h1>");

  // The pre-paint script and the snapshot's styles, named after their
  // content like Trunk's files.
  for (const ancien of readdirSync(dossier).filter((n) => /^(avant-affichage|instantane)-/.test(n))) unlinkSync(join(dossier, ancien));
  const ecrire = (base, ext, contenu) => {
    const nom = `${base}-${createHash("sha256").update(contenu).digest("hex").slice(0, 16)}.${ext}`;
    writeFileSync(join(dossier, nom), contenu);
    return nom;
  };
  // The version of the text keys, in the language files' names (scripts/langues.mjs).
  const francais = readdirSync(join(dossier, "langues")).find((n) => /^fr\.[0-9a-f]+\.json$/.test(n));
  if (!francais) throw new Error("instantane : pas de langues/fr.<version>.json dans le build");
  const script = sansCommentaires(readFileSync(new URL("./avant-affichage.js", import.meta.url), "utf8")).replaceAll(
    "__CLES__",
    francais.split(".")[1],
  );
  const nom = ecrire("avant-affichage", "js", script);
  const feuille = css ? `  <link rel="stylesheet" href="./${ecrire("instantane", "css", css + "\n")}">\n` : "";

  // Trunk's preload links of the glue and the wasm go into a <template>,
  // which fetches nothing: the start-up scripts start those downloads after
  // the snapshot's first paint, or at once when it is hidden. The
  // pre-paint script comes before the stylesheets, so it does not wait for
  // them, and after the template, which it reads.
  const prechargements = html.match(/<link rel="(?:modulepreload|preload)"[^>]*>/g) ?? [];
  if (prechargements.length !== 2) throw new Error(`index.html : ${prechargements.length} liens de préchargement au lieu de 2 (glue et wasm de Trunk)`);
  for (const lien of prechargements) html = html.replace(lien, "");
  const premiereFeuille = html.indexOf('<link rel="stylesheet"');
  if (premiereFeuille < 0) throw new Error("index.html : feuille de style introuvable");
  html =
    html.slice(0, premiereFeuille) +
    `<template id="prechargement">${prechargements.join("")}</template>\n    <script src="./${nom}"></script>\n    ` +
    html.slice(premiereFeuille);
  html = html
    .replace("</head>", `${feuille}  </head>`)
    .replace(
      attente[0],
      // The app removes #chargement as a whole; its "Chargement…" part shows
      // only if the snapshot is hidden or the app cannot start (style/main.css).
      `<div id="chargement" class="instantane"><div class="chargement">${attente[1]}</div>${balisage}</div>\n  </body>`,
    );
  // The comments of index.html are for readers of the repository, not for every first visit.
  html = html.replace(/<!--[\s\S]*?-->\s*/g, "");
  writeFileSync(chemin, html);
  // index.html changed: the service worker's version must follow it.
  const { version } = genererServiceWorker(dossier);
  return { nom, octets: Buffer.byteLength(balisage), version };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dossier = process.argv[2] ?? "dist";
  const { nom, octets, version } = await instantane(dossier);
  console.log(`instantané de #/ dans ${dossier}/index.html : ${octets} octets de balisage, ${nom} ; sw.js version ${version}`);
}
