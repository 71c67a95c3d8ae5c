// Home, navigation, the other pages, and what a phone user needs: no
// horizontal scroll, big enough targets, the keyboard, reloads and
// unknown addresses.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

test("l'accueil ouvre quatre portes : jeune, parent, bénévole, professionnel", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  const portes = await page.locator("[data-porte]").evaluateAll((ps) =>
    ps.map((p) => [p.dataset.porte, p.querySelector(".porte__titre").textContent, p.getAttribute("href")]),
  );
  assert.deepEqual(portes, [
    ["jeune", "Je cherche un mentor", "#/jeune"],
    ["parent", "Je suis parent", "#/parent"],
    ["mentor", "Je veux devenir mentor", "#/mentor"],
    ["pro", "Je suis un ou une professionnelle", "#/pro"],
  ]);
  for (const porte of await page.locator("[data-porte]").all()) {
    const { height } = await porte.boundingBox();
    assert.ok(height >= 44);
  }
  assert.equal(await page.locator("#chargement").count(), 0, "le message de chargement est parti");
  assert.equal(await defileHorizontalement(page), false);
  const taille = await page.evaluate(() => getComputedStyle(document.body).fontSize);
  assert.equal(taille, "16px");
  await app.capture(page, "accueil");
  assert.deepEqual(erreurs, []);
});

test("chaque porte mène à sa page", async () => {
  const { page, erreurs } = await app.nouvellePage();
  for (const [porte, titre] of [
    ["jeune", "Je cherche un mentor"],
    ["parent", "Un mentor pour votre enfant"],
    ["pro", "Espace professionnels : fiche d'orientation"],
    ["mentor", "Je veux devenir mentor"],
  ]) {
    await app.ouvrir(page);
    await page.locator(`[data-porte="${porte}"]`).click();
    await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, titre);
    assert.equal(await defileHorizontalement(page), false, porte);
  }
  assert.deepEqual(erreurs, []);
});

test("les pages Le mentorat et Qui sommes-nous donnent les faits de la brochure", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page);
  await page.locator("nav a", { hasText: "Le mentorat" }).click();
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Le mentorat");
  const chiffres = await page.locator(".chiffre__valeur").allTextContents();
  assert.deepEqual(chiffres, ["84\u00a0%", "89\u00a0%", "72\u00a0%", "86\u00a0%"]);
  assert.match(await page.locator("main").textContent(), /Études d'impact du Collectif Mentorat/);
  assert.equal(await page.locator(".temoignage").count(), 2);
  // The ages were said twice in a row (a text of the app, then the brochure's).
  assert.equal((await page.locator("#pour-qui ~ p").allTextContents()).join(" ").split("de 5 à 30 ans").length - 1, 1);
  assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), "Le mentorat");
  await app.capture(page, "mentorat");

  await page.locator("nav a", { hasText: "Qui sommes-nous" }).click();
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Qui sommes-nous\u00a0?");
  const texte = await page.locator("main").textContent();
  // "Une dizaine d'associations" (the brochure), and the app shows six: which?
  for (const fait of ["1 jeune, 1 mentor", "Pacte éducatif", "hautsdefrance@collectifmentorat.fr", "La brochure en présente 6, avec leurs programmes"]) {
    assert.ok(texte.includes(fait), fait);
  }
  assert.equal(await defileHorizontalement(page), false);
  assert.deepEqual(erreurs, []);
});

test("la déclaration d'accessibilité est liée depuis chaque page", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  // The footer gives the audit's status, the statement states the same one.
  const statut = (await page.locator('footer a[href="#/accessibilite"]').textContent()).split(" : ")[1];
  await page.locator('footer a[href="#/accessibilite"]').click();
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Déclaration d'accessibilité");
  assert.ok((await page.locator("[data-partie=conformite]").textContent()).includes(statut), statut);
  assert.deepEqual(erreurs, []);
});

test("une adresse inconnue mène à une page qui ramène à l'accueil", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/nulle-part/<script>alert(1)</script>");
  assert.equal(await page.locator("h1").textContent(), "Cette page n'existe pas");
  assert.equal(await page.locator("main script").count(), 0, "le chemin est affiché comme du texte");
  await page.locator("main a", { hasText: "Revenir à l'accueil" }).click();
  await page.waitForSelector("[data-porte]");
  assert.deepEqual(erreurs, []);
});

test("un lien profond se recharge et le bouton retour fonctionne", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes/telemaque");
  await page.reload();
  await page.waitForSelector('article.fiche[data-programme="telemaque"]');
  await page.locator("a", { hasText: "Tous les programmes" }).click();
  await page.waitForSelector("article.carte");
  await page.goBack();
  await page.waitForSelector('article.fiche[data-programme="telemaque"]');
});

test("au clavier : lien d'évitement, portes atteignables, focus visible, titre focalisé après navigation", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Aller au contenu");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "contenu");
  assert.equal(new URL(page.url()).hash, "", "le lien d'évitement ne change pas de page");
  // Tab until the first door, then open it with Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.dataset?.porte === "jeune")) break;
  }
  const contour = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(contour, "solid", "le focus est visible");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Je cherche un mentor");
});

test("les titres sont dans l'ordre et les repères présents sur chaque page", async () => {
  const { page } = await app.nouvellePage();
  for (const hash of ["", "#/programmes", "#/programmes/afev", "#/mentorat", "#/qui-sommes-nous", "#/accessibilite", "#/jeune", "#/mentor", "#/pro", "#/x"]) {
    await app.ouvrir(page, hash);
    const niveaux = await page.locator("h1, h2, h3").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    assert.equal(niveaux[0], 1, `${hash} commence par un h1`);
    assert.equal(niveaux.filter((n) => n === 1).length, 1, `${hash} a un seul h1`);
    for (let i = 1; i < niveaux.length; i++) {
      assert.ok(niveaux[i] <= niveaux[i - 1] + 1, `${hash} : h${niveaux[i - 1]} puis h${niveaux[i]}`);
    }
    for (const repere of ["header", "main", "footer"]) {
      assert.equal(await page.locator(repere).count(), 1, `${hash} : ${repere}`);
    }
    // Two navigations (the main one, the language switch), each named differently.
    const navs = await page.locator("nav").evaluateAll((ns) => ns.map((n) => n.getAttribute("aria-label")));
    assert.equal(navs.length, 2, `${hash} : nav`);
    assert.equal(new Set(navs.filter(Boolean)).size, 2, `${hash} : nav sans nom distinct ${navs}`);
  }
});

test("les données ouvertes sont publiées à côté de l'app", async () => {
  // A JSON file opened as a page has no <link rel="icon">: Chromium then asks
  // for /favicon.ico, which the app does not publish (its pages name their icon).
  const { page } = await app.nouvellePage({ erreursPermises: /\/favicon\.ico\)$/ });
  const reponse = await page.goto(app.serveur.url + "catalogue.json");
  assert.equal(reponse.status(), 200);
  const catalogue = await reponse.json();
  assert.equal(catalogue.programmes.length, 6);
});
