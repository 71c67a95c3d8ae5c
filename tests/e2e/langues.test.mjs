// The four languages: each one walked from the home page to the results at
// 360×740, with its lang and dir, its own texts (read from the published
// language file, not copied here) and zero axe violations; the browser's
// language at first visit, the choice remembered, the host's lang=, and a
// language file that cannot be fetched.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";
import { LANGUES as TABLE, Questionnaire, Resultats, choisirLangue, publie, texte } from "./pages.mjs";

const FRANCAIS = "Trouve le mentorat qui te correspond";
// Each language's lang and dir, from the table of languages.
const LANGUES = Object.fromEntries(TABLE.map((l) => [l.code, { lang: l.lang, dir: l.direction }]));
const PROFIL = { age: 16, situation: "lycee", rep: "non", ase: "oui", qpv: "non", besoins: ["orientation", "demarches"], modalite: "distanciel" };
const ATTENDU = { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "eligible", proxite: "eligible", telemaque: "ineligible" };

/** A programme's first condition as the French catalogue words it. */
function conditionFrancaise(id) {
  return JSON.parse(readFileSync("public/catalogue.json", "utf8")).programmes.find((p) => p.id === id).eligibilite.conditions[0].texte;
}

function catalogueTraduit(code, chemin) {
  return publie(code).catalogue[chemin];
}

async function attributs(page) {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

for (const [code, attendus] of Object.entries(LANGUES)) {
  test(`${code} : choisie sur l'accueil, questionnaire jusqu'aux résultats, axe sans violation`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    await app.ouvrir(page, "#/");
    await choisirLangue(page, code);
    assert.deepEqual(await attributs(page), attendus);
    assert.equal((await page.locator("main h1").innerText()).trim(), texte(code, "accueil.titre").trim());
    assert.equal(await page.locator(`[data-langue-choix="${code}"]`).getAttribute("aria-pressed"), "true");
    if (code !== "fr") {
      // Redrawn in the new language, the keyboard focus stays on the switch.
      await page.waitForFunction((c) => document.activeElement?.dataset.langueChoix === c, code);
    }

    await page.locator('[data-porte="jeune"]').click();
    await page.waitForSelector('[data-action="commencer"]');
    await new Questionnaire(page).repondre(PROFIL);
    const resultats = new Resultats(page);
    await resultats.attendre();
    assert.deepEqual(Object.fromEntries(await resultats.verdicts()), ATTENDU, "the same verdicts in every language");
    assert.deepEqual(await attributs(page), attendus);
    // The reasons follow the language: Les Ombres' condition reads in it.
    const ombres = page.locator('[data-programme="les-ombres"]').first();
    const condition = code === "fr" ? conditionFrancaise("les-ombres") : catalogueTraduit(code, "programmes.les-ombres.eligibilite.conditions.0.texte");
    assert.ok((await ombres.innerText()).includes(condition.replace(/\u200e/g, "")) || (await ombres.innerText()).includes(condition), `${code} : ${condition}`);
    assert.equal(await defileHorizontalement(page), false, "no horizontal scroll");

    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), []);
    await app.capture(page, `langue-${code}-resultats`);
    assert.deepEqual(erreurs, []);
    await page.context().close();
  });
}

test("première visite : la langue du navigateur ; le choix est retenu sur l'appareil", async () => {
  const { page, contexte, erreurs } = await app.nouvellePage({ locale: "en-GB" });
  await app.ouvrir(page, "#/");
  assert.equal((await attributs(page)).lang, "en");
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("en", "accueil.titre").trim());
  await page.locator('[data-langue-choix="ar"]').click();
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await page.reload();
  await page.waitForSelector("main h1");
  assert.deepEqual(await attributs(page), LANGUES.ar, "remembered over the browser's language");
  await page.locator('[data-langue-choix="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === "fr" && document.documentElement.dir === "ltr");
  assert.equal((await page.locator("main h1").innerText()).trim(), FRANCAIS);
  assert.deepEqual(erreurs, []);
  await contexte.close();
});

test("l'hôte choisit la langue (lang=falc), même si l'appareil en avait retenu une autre", async () => {
  const { page, contexte, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/");
  await choisirLangue(page, "en");
  await page.goto(app.serveur.url + "?embed=1&lang=falc#/");
  await page.waitForSelector("main h1");
  await page.waitForFunction(() => document.documentElement.dataset.langue === "falc");
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("falc", "accueil.titre").trim());
  // Embedded, the header is hidden but the switch is still there.
  assert.equal(await page.locator('[data-langue-choix="ar"]').isVisible(), true);
  assert.deepEqual(erreurs, []);
  await contexte.close();
});

test("un fichier de langue injoignable : l'application reste en français et le dit", async () => {
  // The refused file is reported by the browser; nothing else may be.
  const { page, contexte } = await app.nouvellePage({ erreursPermises: /\/langues\/en\.[0-9a-f]+\.json\)?$/ });
  await page.route("**/langues/en.*.json", (route) => route.fulfill({ status: 404, body: "introuvable" }));
  await app.ouvrir(page, "#/programmes");
  await page.locator('[data-langue-choix="en"]').click();
  const avis = page.locator('[data-avis="langue"]');
  await avis.waitFor();
  assert.equal(await avis.getAttribute("lang"), "en");
  assert.match(await avis.innerText(), /could not be loaded/);
  assert.equal((await attributs(page)).lang, "fr");
  assert.equal((await page.locator("main h1").innerText()).trim(), texte("fr", "programmes.titre"));
  // A first visit in that language: French, said, never a blank screen.
  const second = await contexte.newPage();
  await second.route("**/langues/en.*.json", (route) => route.fulfill({ status: 200, body: "<html>pas du JSON" }));
  await second.goto(app.serveur.url + "?lang=en#/");
  await second.waitForSelector("main h1");
  assert.equal((await second.locator("main h1").innerText()).trim(), FRANCAIS);
  await second.locator('[data-avis="langue"]').waitFor();
  await contexte.close();
});

test("arabe : les numéros de téléphone et l'e-mail en français restent de gauche à droite", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation");
  await choisirLangue(page, "ar");
  // Where the digit groups are drawn: "07" left of "60", as printed, not "60 83 50 82 07".
  const ordre = await page.locator('[data-programme="proxite"] [data-contact="telephone"] bdi').evaluate((el) => {
    const texte = el.firstChild;
    const morceau = (debut, fin) => {
      const r = document.createRange();
      r.setStart(texte, debut);
      r.setEnd(texte, fin);
      return r.getBoundingClientRect().left;
    };
    const n = texte.textContent.length;
    return { texte: texte.textContent, premier: morceau(0, 2), dernier: morceau(n - 2, n) };
  });
  assert.equal(ordre.texte, "07 82 50 83 60");
  assert.ok(ordre.premier < ordre.dernier, JSON.stringify(ordre));
  // The e-mail to the association is French: laid out and read as French.
  const carte = page.locator('[data-programme="les-ombres"]');
  await carte.locator(".brouillon summary").click();
  const zone = carte.locator("textarea");
  assert.equal(await zone.getAttribute("lang"), "fr");
  assert.equal(await zone.evaluate((el) => getComputedStyle(el).direction), "ltr");
  // The results link starts at its beginning, not cut on the left.
  assert.equal(await page.locator('[data-lien="resultats"]').evaluate((el) => getComputedStyle(el).direction), "ltr");
  assert.deepEqual(erreurs, []);
});

test("anglais : la fiche d'orientation est datée jour/mois/année, comme en France", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/pro/fiche?age=12&situation=college&rep=oui");
  await choisirLangue(page, "en");
  const aujourdhui = await page.evaluate(() => {
    const d = new Date();
    return [d.getDate(), d.getMonth() + 1].map((n) => String(n).padStart(2, "0")).join("/") + "/" + d.getFullYear();
  });
  assert.match(await page.locator(".fiche-orientation__date").innerText(), new RegExp(`^Prepared on ${aujourdhui} `));
  assert.deepEqual(erreurs, []);
});
