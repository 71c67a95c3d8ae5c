// The six programmes of the brochure: one card each, a page each, and the
// association reachable in one tap from it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";

// The contacts printed in the brochure: the catalogue must carry them.
const BROCHURE = {
  afev: { courriel: "dunkerque@afev.org", site: "afev.org", telephone: null },
  "article-1": { courriel: "laurie-anne.gauche@article-1.eu", site: "article-1.eu", telephone: null },
  "entreprendre-ensemble": { courriel: "mentorat@eedk.fr", site: "eedk.fr", telephone: "0603219045" },
  "les-ombres": { courriel: "alexandre.fuster@les-ombres.com", site: "les-ombres.com", telephone: null },
  proxite: { courriel: "e.collenne@proxite.com", site: "proxite.com", telephone: "0782508360" },
  telemaque: { courriel: "jerome.vieillard@telemaque.org", site: "telemaque.org", telephone: null },
};

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

test("la liste montre une carte par programme, dans l'ordre du catalogue", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  const ids = await page.locator("article.carte[data-programme]").evaluateAll((cartes) =>
    cartes.map((c) => c.dataset.programme),
  );
  assert.deepEqual(ids, Object.keys(BROCHURE));
  for (const id of ids) {
    const carte = page.locator(`article.carte[data-programme="${id}"]`);
    for (const intitule of ["Âges", "Format", "Durée", "Rythme"]) {
      assert.equal(await carte.locator("dt", { hasText: intitule }).count(), 1, `${id} : ${intitule}`);
    }
  }
  assert.equal(await defileHorizontalement(page), false, "pas de défilement horizontal à 360 px");
  await app.capture(page, "programmes");
  assert.deepEqual(erreurs, []);
});

test("le graphique des âges place chaque programme sur l'axe 5–30 ans", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  const lignes = await page.locator(".ages__ligne").evaluateAll((ls) =>
    ls.map((l) => ({ id: l.dataset.programme, texte: l.querySelector(".ages__texte").textContent })),
  );
  assert.equal(lignes.length, 6);
  assert.match(lignes.find((l) => l.id === "afev").texte, /de 5 à 15 ans/);
  assert.match(lignes.find((l) => l.id === "les-ombres").texte, /de 14 à 21 ans/);
  assert.match(lignes.find((l) => l.id === "entreprendre-ensemble").texte, /de 18 à 30 ans/);
  // AFEV starts at the axis origin; Entreprendre Ensemble ends at its end.
  const boite = async (id) =>
    page.locator(`.ages__ligne[data-programme="${id}"] .ages__barre`).boundingBox();
  const piste = await page.locator(`.ages__ligne[data-programme="afev"] .ages__piste`).boundingBox();
  const afev = await boite("afev");
  const ee = await boite("entreprendre-ensemble");
  assert.ok(Math.abs(afev.x - piste.x) < 1, "AFEV commence à 5 ans");
  assert.ok(Math.abs(ee.x + ee.width - (piste.x + piste.width)) < 1, "Entreprendre Ensemble finit à 30 ans");
});

for (const [id, attendu] of Object.entries(BROCHURE)) {
  test(`la page ${id} donne ses contacts en un geste`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    await app.ouvrir(page, "#/programmes");
    await page.locator(`article.carte[data-programme="${id}"] a.carte__lien`).click();
    await page.waitForSelector(`article.fiche[data-programme="${id}"]`);
    assert.equal(new URL(page.url()).hash, `#/programmes/${id}`);

    const courriel = page.locator('[data-contact="courriel"]');
    assert.equal(await courriel.getAttribute("href"), `mailto:${attendu.courriel}`);
    const site = page.locator('[data-contact="site"]');
    const href = await site.getAttribute("href");
    assert.match(href, /^https?:\/\//);
    assert.ok(new URL(href).hostname.endsWith(attendu.site), `${href} est le site ${attendu.site}`);
    const telephone = page.locator('[data-contact="telephone"]');
    if (attendu.telephone) {
      assert.equal(await telephone.getAttribute("href"), `tel:${attendu.telephone}`);
    } else {
      assert.equal(await telephone.count(), 0, "pas de téléphone dans la brochure");
    }
    // Every section of the brochure's card is on the page.
    for (const titre of ["En bref", "Pour qui ?", "Comment ça se passe ?", "Qui sont les mentors ?", "L'association", "Partenaires"]) {
      assert.equal(await page.locator("h2", { hasText: titre }).count(), 1, `${id} : section ${titre}`);
    }
    for (const bouton of await page.locator(".contact .bouton").all()) {
      const { height } = await bouton.boundingBox();
      assert.ok(height >= 44, `bouton de contact haut de ${height}px`);
    }
    assert.equal(await defileHorizontalement(page), false, "pas de défilement horizontal à 360 px");
    assert.equal(await page.title(), `${await page.locator("h1").textContent()} · Trouve ton mentor`);
    if (id === "proxite") await app.capture(page, "programme-proxite");
    assert.deepEqual(erreurs, []);
  });
}

test("les conditions se lisent après « les jeunes », et ce que la question ne couvre pas est à vérifier", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes/telemaque");
  const puces = (await page.locator("section[aria-labelledby='pour-qui'] li").allTextContents()).map((t) => t.replace(/\s+/g, " "));
  assert.ok(puces.some((t) => /^Condition : les jeunes scolarisés dans un collège en éducation prioritaire/.test(t)), puces.join("\n"));
  assert.ok(puces.some((t) => /^À vérifier avec l'association : le collège doit être partenaire de Télémaque/.test(t)), puces.join("\n"));
  await app.ouvrir(page, "#/programmes/proxite");
  const proxite = (await page.locator("section[aria-labelledby='pour-qui'] li").allTextContents()).map((t) => t.replace(/\s+/g, " "));
  // The ASE is among Proxité's partners; the brochure's words unfold under the condition.
  const qpv = /^En priorité : les jeunes habitant principalement .* ou orientés par une structure socio-éducative \(l'Aide sociale à l'enfance est parmi ses partenaires\)Ce que dit la brochure« résidant principalement dans des QPV et\/ou orientés par des structures socio-éducatives »$/;
  assert.ok(proxite.some((t) => qpv.test(t)), proxite.join("\n"));
  assert.deepEqual(erreurs, []);
});

test("un programme inconnu le dit et ramène à la liste", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes/pirate");
  assert.equal(await page.locator("h1").textContent(), "Programme introuvable");
  await page.locator("main a", { hasText: "Voir tous les programmes" }).click();
  await page.waitForSelector("article.carte");
});

test("une fiche programme ne se contredit pas et ne se répète pas", async () => {
  const { page, erreurs } = await app.nouvellePage();
  const fait = (intitule) => page.locator(".faits div", { has: page.locator("dt", { hasText: intitule }) }).locator("dd").textContent();
  await app.ouvrir(page, "#/programmes/article-1");
  // No ages in the brochure: its words, never the range the app infers, in both places.
  assert.equal(await fait("Âges"), "pendant leurs études (la brochure ne donne pas d'âge)");
  const pourQui = page.locator("#pour-qui + p + ul li").first();
  assert.match(await pourQui.textContent(), /^Âges\s:\spendant leurs études \(la brochure ne donne pas d'âge\)Ce que dit la brochure« accompagner des jeunes étudiants »$/);
  assert.doesNotMatch(await page.locator("main").innerText(), /17 à 30|environ/);
  // "6 mois (6 mois)" said the same thing twice.
  assert.equal(await fait("Durée"), "6 mois");
  await app.ouvrir(page, "#/programmes/afev");
  assert.equal(await fait("Durée"), "Une année scolaire ou plus (10 mois ou plus)");
  // Places, one per line, each as the brochure writes it.
  assert.deepEqual(await page.locator(".faits .liste-courte li").allTextContents(), [
    "Au domicile du jeune",
    "Dans un lieu tiers",
    "À distance",
    "En ateliers collectifs (quand le mentor est lycéen)",
  ]);
  // An address may wrap after "@" and before ".", not inside a word.
  const courriel = page.locator('[data-contact="courriel"] .bouton__detail');
  assert.equal(await courriel.textContent(), "dunkerque@afev.org");
  assert.equal(await courriel.locator("wbr").count(), 2);
  assert.deepEqual(erreurs, []);
});

test("comparer : quand trois programmes sont choisis, la page dit pourquoi les autres sont grisés", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/comparer?ids=afev,proxite");
  assert.equal(await page.locator('[data-comparaison="plein"]').count(), 0);
  await page.locator('input[name="comparer"][value="telemaque"]').check();
  const avis = page.locator('[data-comparaison="plein"]');
  await avis.waitFor();
  assert.match(await avis.textContent(), /3 programmes au plus/);
  assert.equal(await page.locator("fieldset").getAttribute("aria-describedby"), await avis.getAttribute("id"));
  assert.equal(await page.locator('input[name="comparer"]:disabled').count(), 3);
  assert.deepEqual(erreurs, []);
});

test("les mots de la brochure qu'un jeune peut ne pas connaître sont expliqués, seulement ceux de la page", async () => {
  const { page, erreurs } = await app.nouvellePage();
  const mots = () => page.locator("[data-glossaire] dt").allTextContents();
  await app.ouvrir(page, "#/programmes/afev");
  assert.deepEqual(await mots(), ["CUD", "REP", "Dispositif de réussite éducative", "distanciel"]);
  assert.match(await page.locator("[data-glossaire] dd").first().textContent(), /^Communauté urbaine de Dunkerque : Dunkerque et les communes autour/);
  await app.ouvrir(page, "#/programmes/proxite");
  assert.deepEqual(await mots(), ["CUD", "QPV", "décrochage", "Cité éducative", "insertion professionnelle"]);
  await app.ouvrir(page, "#/comparer?ids=les-ombres,article-1");
  assert.ok((await mots()).includes("ASE"));
  assert.deepEqual(erreurs, []);
});

