// The app carries only the French of the home page and its frame
// (francais_embarque in langues/langues.json); the other screens' French
// comes in the published French file, fetched when one of them opens.
// The home page must not need that file and must read exactly as it does
// with it; another screen waits for it, says so if it cannot come, and
// offers to try again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { demarrer, noterDecalages } from "./navigateur.mjs";
import { texte } from "./pages.mjs";

let app;
before(async () => {
  app = await demarrer();
});
after(async () => {
  await app?.fermer();
});

const FICHIER_FRANCAIS = "**/langues/fr.*.json";

/** Every language file the page asks for, as it asks. */
function demandesDeLangue(page) {
  const demandes = [];
  page.on("request", (r) => {
    if (r.url().includes("/langues/")) demandes.push(r.url());
  });
  return demandes;
}

/** The words of the frame and the page, as a reader meets them. */
const lecture = (page) => page.evaluate(() => ["header", "main", "footer"].map((s) => document.querySelector(s)?.innerText ?? "").join("\n---\n"));

test("l'accueil se lit sans le fichier français, mot pour mot comme avec", async () => {
  const { page } = await app.nouvellePage();
  const demandes = demandesDeLangue(page);
  await app.ouvrir(page, "#/");
  await page.waitForLoadState("networkidle");
  assert.deepEqual(demandes, [], "l'accueil ne demande aucun fichier de langue");
  const sansFichier = await lecture(page);
  assert.match(sansFichier, new RegExp(texte("fr", "accueil.titre")));

  // Another screen first (the French file is read), then back home.
  const { page: autre } = await app.nouvellePage();
  await app.ouvrir(autre, "#/programmes");
  await autre.locator('header a[href="#/"]').first().click();
  await autre.waitForFunction(() => location.hash === "#/" || location.hash === "");
  await autre.locator("main h1").waitFor();
  assert.equal(await lecture(autre), sansFichier);
});

test("un autre écran attend le fichier français, dit s'il ne vient pas, et se montre quand on réessaie", async () => {
  const { page } = await app.nouvellePage({ erreursPermises: /\/langues\/fr\.[0-9a-f]+\.json/ });
  let refuser = true;
  await page.route(FICHIER_FRANCAIS, (route) => (refuser ? route.fulfill({ status: 503, body: "indisponible" }) : route.continue()));
  await page.goto(app.serveur.url + "#/programmes");
  const echec = page.locator("[data-textes-echec]");
  await echec.waitFor();
  assert.equal((await echec.locator("p").innerText()).trim(), texte("fr", "app.textes_echec"));
  // The frame is there, in French, with its links: never a blank page.
  assert.equal((await page.locator("header nav a").first().innerText()).trim(), texte("fr", "en_tete.programmes"));
  refuser = false;
  await echec.getByRole("button", { name: texte("fr", "app.reessayer") }).click();
  await page.locator("main h1").waitFor();
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("fr", "programmes.titre"));
  assert.equal(await echec.count(), 0);
});

test("un lien profond télécharge le fichier français avec le wasm, une seule fois", async () => {
  const { page } = await app.nouvellePage();
  const demandes = demandesDeLangue(page);
  await app.ouvrir(page, "#/programmes");
  await page.waitForLoadState("networkidle");
  assert.equal(demandes.length, 1, demandes.join(", "));
  assert.match(demandes[0], /\/langues\/fr\.[0-9a-f]+\.json$/);
  // Asked for by the pre-paint script's preload link, not by the app's
  // own fetch after the wasm ran (the app then reads that response). The
  // start times alone do not show it: served locally, the wasm can arrive
  // before the browser gets round to a low-priority preload.
  const initiateur = await page.evaluate(
    () => performance.getEntriesByType("resource").find((e) => e.name.includes("/langues/"))?.initiatorType,
  );
  assert.equal(initiateur, "link");
});

test("un lien profond qui attend son fichier français ne déplace rien quand l'écran arrive (pas de pied de page sous « Chargement… »)", async () => {
  const { page } = await app.nouvellePage();
  const decalages = await noterDecalages(page);
  let liberer;
  const retenu = new Promise((ok) => (liberer = ok));
  await page.route(FICHIER_FRANCAIS, async (route) => {
    await retenu;
    await route.continue();
  });
  await page.goto(app.serveur.url + "#/programmes");
  await page.locator("[data-textes-attente]").waitFor();
  // The footer would sit under "Chargement…", then be pushed down.
  assert.equal(await page.locator("footer").isVisible(), false, "pas de pied de page pendant l'attente");
  liberer();
  await page.locator("main h1").waitFor();
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("fr", "programmes.titre"));
  await page.waitForTimeout(300);
  assert.equal(await page.locator("footer").isVisible(), true);
  assert.deepEqual(await decalages(), [], "aucun décalage de mise en page");
});
