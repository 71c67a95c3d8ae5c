// Offline after one visit, updates without mixing versions, the host
// options (embedding itself: integration.test.mjs), a remote catalogue that
// fails in every way (or succeeds), and deployment under a sub-path.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demarrer } from "./navigateur.mjs";
import { Questionnaire, Resultats } from "./pages.mjs";

const aFermer = [];
after(async () => {
  for (const f of aFermer) await f();
});
async function lancer(options) {
  const app = await demarrer(options);
  aFermer.push(app.fermer);
  return app;
}

/** Waits until a service worker controls the page (reloading once if needed). */
async function attendreTravailleur(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForSelector("main h1");
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test("servie sous un sous-chemin (/outils/mentorat/), l'app fonctionne sans règle de réécriture", async () => {
  const app = await lancer({ prefixe: "/outils/mentorat/" });
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes/proxite");
  await page.reload();
  await page.waitForSelector('article.fiche[data-programme="proxite"]');
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre({ age: 24, situation: "recherche-emploi" });
  await new Resultats(page).attendre();
  const hors = app.serveur.requetes.filter((c) => !c.startsWith("/outils/mentorat/"));
  assert.deepEqual(hors, [], "aucune requête hors du sous-chemin");
  assert.deepEqual(erreurs, []);
});

test("après une visite, tout fonctionne hors ligne : accueil, catalogue, questionnaire, résultats", async () => {
  const app = await lancer();
  // Offline, a request the worker does not answer fails with exactly this error.
  const horsLigne = /ERR_INTERNET_DISCONNECTED/;
  const { page, erreurs, contexte } = await app.nouvellePage({ serviceWorkers: "allow", erreursPermises: horsLigne });
  await app.ouvrir(page, "#/");
  await attendreTravailleur(page);
  await contexte.setOffline(true);
  await page.reload();
  await page.waitForSelector("[data-porte]");
  await app.ouvrir(page, "#/programmes");
  assert.equal(await page.locator("article.carte[data-programme]").count(), 6);
  await app.ouvrir(page, "#/programmes/telemaque");
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre({ age: 12, situation: "college", rep: "oui", besoins: ["scolaire"] });
  const resultats = new Resultats(page);
  await resultats.attendre();
  assert.equal(Object.fromEntries(await resultats.verdicts()).afev, "eligible");
  // An address with host options, never visited: still the app shell.
  await page.goto(app.serveur.url + "?embed=1#/mentor");
  await page.waitForSelector("main h1");
  await contexte.setOffline(false);
  assert.deepEqual(erreurs.filter((e) => !horsLigne.test(e)), []);
});

test("une nouvelle version publiée à la même adresse s'annonce, et ne s'installe qu'une fois acceptée", async () => {
  const base = mkdtempSync(join(tmpdir(), "ttm-maj-"));
  const v1 = join(base, "v1");
  const v2 = join(base, "v2");
  cpSync("dist", v1, { recursive: true });
  cpSync("dist", v2, { recursive: true });
  // The "new build": a different app shell, and its own sw.js from its own files.
  const index = join(v2, "index.html");
  writeFileSync(index, readFileSync(index, "utf8").replace("<head>", '<head><meta name="ttm-build" content="v2">'));
  execFileSync("node", ["scripts/service-worker.mjs", v2]);
  aFermer.push(async () => rmSync(base, { recursive: true, force: true }));

  const app = await lancer({ dossier: v1 });
  const { page, erreurs } = await app.nouvellePage({ serviceWorkers: "allow" });
  await app.ouvrir(page, "#/programmes");
  await attendreTravailleur(page);
  assert.equal(await page.locator('meta[name="ttm-build"]').count(), 0);

  app.serveur.changerDossier(v2);
  await page.reload();
  await page.waitForSelector("main h1");
  // Still the old version until the person accepts.
  assert.equal(await page.locator('meta[name="ttm-build"]').count(), 0, "pas de mélange de versions");
  const bandeau = page.locator("[data-mise-a-jour]");
  await bandeau.waitFor();
  assert.match(await bandeau.textContent(), /nouvelle version/);
  await Promise.all([page.waitForEvent("load"), bandeau.locator("button").click()]);
  await page.waitForSelector("main h1");
  assert.equal(await page.locator('meta[name="ttm-build"]').getAttribute("content"), "v2");
  assert.equal(new URL(page.url()).hash, "#/programmes", "on reste sur le même écran");
  assert.deepEqual(erreurs, []);
});

test("options de l'hôte : audience, couleur validée, invalides ignorées", async () => {
  const app = await lancer();
  const { page, erreurs } = await app.nouvellePage();
  await page.goto(app.serveur.url + "?embed=1&audience=mentor&theme=%23006633");
  await page.waitForFunction(() => location.hash === "#/mentor");
  await page.waitForSelector("main h1");
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bleu").trim()), "#006633");
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("integre")), true);
  // Unreadable colour (white text on yellow) and unknown audience: ignored.
  await page.goto(app.serveur.url + "?theme=%23ffee00&audience=chat");
  await page.waitForSelector("[data-porte]");
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--bleu").trim()), "#1d3f8c");
  assert.deepEqual(erreurs, []);
});

// ---- Remote catalogue -------------------------------------------------------

const EMBARQUE = JSON.parse(readFileSync("public/catalogue.json", "utf8"));
const dateLisible = (d) => d.split("-").reverse().join("/");

/** Answers /distant/<cas> as each kind of failure, or as a valid newer catalogue. */
function distant(cas) {
  return async (chemin, req, res) => {
    if (!chemin.startsWith("/distant/")) return false;
    const json = (objet) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(objet));
    const copie = () => structuredClone(EMBARQUE);
    switch (cas) {
      case "404":
        res.writeHead(404).end("introuvable");
        break;
      case "500":
        res.writeHead(500).end("erreur");
        break;
      case "mal-forme":
        res.writeHead(200, { "content-type": "application/json" }).end('{"version_schema": 1, "programmes": [');
        break;
      case "invalide": {
        const c = copie();
        c.date_maj = "2099-01-01";
        c.programmes[0].eligibilite.age.min = 40;
        json(c);
        break;
      }
      case "javascript": {
        const c = copie();
        c.date_maj = "2099-01-01";
        c.programmes[1].contact.site = "javascript:alert(document.cookie)";
        json(c);
        break;
      }
      case "enorme":
        res.writeHead(200, { "content-type": "application/json" }).end(" ".repeat(3 * 1024 * 1024));
        break;
      case "lent":
        setTimeout(() => json(copie()), 12000).unref();
        break;
      case "hostile": {
        const c = copie();
        c.date_maj = "2099-02-01";
        c.programmes[0].accroche = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        c.programmes[0].nom = "<b>AFEV</b>";
        json(c);
        break;
      }
      case "plus-recent": {
        const c = copie();
        c.date_maj = "2099-01-15";
        c.programmes[0].accroche = "Accroche mise à jour par le catalogue en ligne.";
        json(c);
        break;
      }
    }
    return true;
  };
}

function avecCatalogue(url) {
  return (chemin, contenu) =>
    chemin.endsWith("/") || chemin.endsWith("index.html")
      ? Buffer.from(contenu.toString().replace('name="catalogue-distant" content=""', `name="catalogue-distant" content="${url}"`))
      : contenu;
}

for (const cas of ["404", "500", "mal-forme", "invalide", "javascript", "enorme", "lent", "hors-ligne"]) {
  test(`catalogue en ligne en échec (${cas}) : l'app garde le sien, fonctionne et le dit`, async () => {
    const url = cas === "hors-ligne" ? "http://127.0.0.1:9/catalogue.json" : `distant/${cas}`;
    const app = await lancer({ intercepter: distant(cas), transformer: avecCatalogue(url) });
    // The failed fetch itself may log a network error naming the remote
    // catalogue's address; any other error (a missing asset…) fails the test.
    const permises = new RegExp(cas === "hors-ligne" ? "http://127\\.0\\.0\\.1:9/catalogue\\.json" : `${app.serveur.url}distant/${cas}`.replace(/[.]/g, "\\."));
    const { page, erreurs } = await app.nouvellePage({ erreursPermises: permises });
    await app.ouvrir(page, "#/programmes");
    await page.locator('[data-avis="catalogue"]').waitFor({ timeout: 15000 });
    assert.equal(await page.locator("[data-catalogue-date]").getAttribute("data-catalogue-date"), EMBARQUE.date_maj);
    assert.equal(await page.locator("article.carte[data-programme]").count(), 6);
    const lien = await page.locator('[data-programme="article-1"] a.carte__lien').getAttribute("href");
    assert.equal(lien, "#/programmes/article-1");
    await app.ouvrir(page, "#/programmes/article-1");
    assert.match(await page.locator('[data-contact="site"]').getAttribute("href"), /^https?:/);
    assert.deepEqual(erreurs.filter((e) => !permises.test(e)), []);
  });
}

test("un catalogue en ligne valide et plus récent est utilisé, et sa date affichée", async () => {
  const app = await lancer({ intercepter: distant("plus-recent"), transformer: avecCatalogue("distant/plus-recent") });
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  await page.waitForFunction(() => document.querySelector("[data-catalogue-date]")?.dataset.catalogueDate === "2099-01-15");
  assert.match(await page.locator("footer").textContent(), new RegExp(dateLisible("2099-01-15")));
  assert.equal(await page.locator('[data-programme="afev"] .carte__accroche').textContent(), "Accroche mise à jour par le catalogue en ligne.");
  // Kept on the device: the next visit starts with it, even if the server is gone.
  const suivante = await app.nouvellePage();
  await suivante.contexte.addInitScript((texte) => localStorage.setItem("trouve-ton-mentor/catalogue", texte), await page.evaluate(() => localStorage.getItem("trouve-ton-mentor/catalogue")));
  await app.ouvrir(suivante.page, "#/programmes");
  assert.equal(await suivante.page.locator("[data-catalogue-date]").getAttribute("data-catalogue-date"), "2099-01-15");
  assert.deepEqual(erreurs, []);
  assert.deepEqual(suivante.erreurs, []);
});

test("un catalogue en ligne au contenu hostile s'affiche comme du texte inerte", async () => {
  const app = await lancer({ intercepter: distant("hostile"), transformer: avecCatalogue("distant/hostile") });
  const { page, erreurs } = await app.nouvellePage();
  let dialogue = false;
  page.on("dialog", async (d) => {
    dialogue = true;
    await d.dismiss();
  });
  await app.ouvrir(page, "#/programmes");
  await page.waitForFunction(() => document.querySelector("[data-catalogue-date]")?.dataset.catalogueDate === "2099-02-01");
  const carte = page.locator('article.carte[data-programme="afev"]');
  assert.equal(await carte.locator(".carte__accroche").textContent(), "<img src=x onerror=alert(1)><script>alert(2)</script>");
  assert.equal(await carte.locator("img, script, b").count(), 0);
  assert.equal(dialogue, false);
  assert.deepEqual(erreurs, []);
});
