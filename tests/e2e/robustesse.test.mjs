// What must never go wrong, whatever happens: a panic shows a message and
// a reload button instead of a frozen page; copying the results' link works
// or says how to do it by hand; with two quick language taps the last one
// wins, whichever file arrives first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { demarrer } from "./navigateur.mjs";
import { choisirLangue, texte } from "./pages.mjs";

// A build with the test-only address #/essai-plantage (`make dist-essai`).
const ESSAI = "target/dist-essai";
// What the browser reports when the WebAssembly aborts after the hook.
const ABANDON = /^page: (RuntimeError: )?unreachable/;

let app;
let essai;
before(async () => {
  app = await demarrer();
  essai = await demarrer({ dossier: ESSAI });
});
after(async () => {
  await app?.fermer();
  await essai?.fermer();
});

/** Sends a built app to the crash address, as a tap on a link would. */
async function planter(page) {
  await page.evaluate(() => {
    location.hash = "#/essai-plantage";
  });
}

for (const code of ["fr", "en", "ar"]) {
  test(`une panique remplace la page par un message et un bouton pour recharger (${code})`, async () => {
    const { page, erreurs } = await essai.nouvellePage({ erreursPermises: ABANDON });
    await essai.ouvrir(page, code === "fr" ? "#/programmes" : `?lang=${code}#/programmes`);
    await page.waitForFunction((c) => document.documentElement.dataset.langue === c, code);
    await planter(page);
    const plantage = page.locator("[data-plantage]");
    await plantage.waitFor();
    assert.equal((await plantage.locator('[role="alert"]').innerText()).trim(), texte(code, "app.plantage"));
    assert.equal((await plantage.locator("button[data-recharger]").innerText()).trim(), texte(code, "app.recharger"));
    // Nothing of the dead app is left to tap.
    assert.equal(await page.locator("a, input, main h1").count(), 0);
    assert.ok(erreurs.some((e) => ABANDON.test(e)), "the WebAssembly stopped");
    await essai.capture(page, `plantage-${code}`);
    // The button reloads: the app starts again, on the screen of the address.
    await Promise.all([page.waitForEvent("load"), plantage.locator("button").click()]);
    await page.waitForSelector("main h1");
    assert.equal(await page.locator("[data-plantage]").count(), 0);
  });
}

test("la version publiée n'a pas l'adresse de test qui provoque une panique", async () => {
  const wasm = (dossier) => readdirSync(dossier).filter((f) => f.endsWith(".wasm")).map((f) => readFileSync(`${dossier}/${f}`).toString("latin1")).join();
  assert.ok(wasm(ESSAI).includes("#/essai-plantage"), "the test build has it");
  assert.ok(!wasm("dist").includes("#/essai-plantage"), "the release build does not");
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  await planter(page);
  // An unknown address like any other: the "page not found" screen.
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, texte("fr", "introuvable.titre"));
  assert.equal(await page.locator("[data-plantage]").count(), 0);
});

const RESULTATS = "#/jeune/resultats?age=16&situation=lycee&besoins=orientation";

test("copier le lien des résultats : copié si le navigateur le permet", async () => {
  const { page, contexte } = await app.nouvellePage();
  await contexte.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.ouvrir(page, RESULTATS);
  await page.locator('[data-action="copier"]').click();
  await page.waitForFunction((t) => document.querySelector(".partage .statut")?.textContent === t, texte("fr", "partage_resultats.copie"));
  const lien = await page.locator('[data-lien="resultats"]').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), lien);
});

test("copier le lien des résultats sans presse-papiers (http simple) : le lien est sélectionné et c'est dit", async () => {
  const { page, contexte } = await app.nouvellePage();
  await contexte.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await app.ouvrir(page, RESULTATS);
  assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
  await page.locator('[data-action="copier"]').click();
  await page.waitForFunction((t) => document.querySelector(".partage .statut")?.textContent === t, texte("fr", "partage_resultats.copie_impossible"));
  const selection = await page.locator('[data-lien="resultats"]').evaluate((e) => e.value.slice(e.selectionStart, e.selectionEnd));
  assert.equal(selection, await page.locator('[data-lien="resultats"]').inputValue());
  await page.locator(".partage").scrollIntoViewIfNeeded();
  await app.capture(page, "copie-impossible");
});

/** Delays one language file until `lacher()` is called; `arrivee` resolves once it was served. */
async function retenir(page, code) {
  let lacher;
  const retenue = new Promise((ok) => {
    lacher = ok;
  });
  await page.route(`**/langues/${code}.*.json`, async (route) => {
    await retenue;
    await route.continue();
  });
  const arrivee = page.waitForResponse(`**/langues/${code}.*.json`);
  return { lacher, arrivee };
}

test("deux langues choisies vite : la dernière choisie gagne, même si l'autre fichier arrive après", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  const anglais = await retenir(page, "en");
  await page.locator('[data-langue-choix="en"]').click();
  await choisirLangue(page, "ar");
  anglais.lacher();
  await anglais.arrivee;
  // Two frames: time for the app to read the late file, were it to use it.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.langue), "ar");
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("ar", "programmes.titre"));
  assert.equal(await page.locator('[data-langue-choix="ar"]').getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("[aria-busy=true]").count(), 0);
});

test("une langue choisie puis le retour au français avant son arrivée : la page reste en français", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  const arabe = await retenir(page, "ar");
  await page.locator('[data-langue-choix="ar"]').click();
  await page.locator('[data-langue-choix="fr"]').click();
  arabe.lacher();
  await arabe.arrivee;
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.langue), "fr");
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("fr", "programmes.titre"));
});
