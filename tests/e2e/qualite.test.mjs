// Accessibility (axe on every screen, keyboard, 200 % text), and a strict
// content security policy with no violation, no third party, no cookie.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";

const ECRANS = [
  "#/",
  "#/programmes",
  "#/programmes/afev",
  "#/programmes/article-1",
  "#/programmes/entreprendre-ensemble",
  "#/programmes/les-ombres",
  "#/programmes/proxite",
  "#/programmes/telemaque",
  "#/mentorat",
  "#/qui-sommes-nous",
  "#/jeune",
  "#/parent",
  "#/jeune/pour",
  "#/jeune/age",
  "#/jeune/territoire",
  "#/jeune/situation",
  "#/jeune/rep",
  "#/jeune/ase",
  "#/jeune/qpv",
  "#/jeune/besoins",
  "#/jeune/modalite",
  "#/jeune/temps",
  "#/jeune/resultats?age=16&cud=oui&situation=lycee&ase=oui&besoins=orientation&modalite=distanciel",
  "#/jeune/resultats?age=40",
  "#/jeune/resultats?age=abc&situation=pirate",
  "#/mentor",
  "#/mentor/resultats?profil=salarie&age=40&heures=4&employeur=nsp",
  "#/mentor/resultats?profil=salarie&publics=enfants&aide=scolaire",
  "#/mentor/resultats?publics=enfants",
  "#/pro",
  "#/pro/fiche?age=12&situation=college&rep=oui",
  "#/pro/fiche",
  "#/comparer",
  "#/comparer?ids=afev,proxite,telemaque",
  "#/accessibilite",
  "#/donnees",
  "#/nulle-part",
];

let app;
before(async () => {
  app = await demarrer({ entetes: { "content-security-policy": CSP } });
});
after(async () => app?.fermer());

/** Opens every folded section, so axe checks what a person may open. */
async function toutDeplier(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

test("axe : aucune violation sur chaque écran", async () => {
  const { page, erreurs } = await app.nouvellePage();
  const violations = [];
  for (const ecran of ECRANS) {
    await app.ouvrir(page, ecran);
    await toutDeplier(page);
    const resultat = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    for (const v of resultat.violations) {
      violations.push(`${ecran} : ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    }
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(erreurs, []);
});

test("CSP stricte : aucune violation, aucune requête tierce, aucun cookie", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await contexte.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const origines = new Set();
  page.on("request", (r) => origines.add(new URL(r.url()).origin));
  for (const ecran of ECRANS) {
    await app.ouvrir(page, ecran);
    await toutDeplier(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], ecran);
  }
  assert.deepEqual([...origines].filter((o) => o !== new URL(app.serveur.url).origin && o !== "null"), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(await contexte.cookies(), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src])").length), 0, "aucun script en ligne");
  assert.deepEqual(erreurs, []);
});

test("au clavier seulement, du début du questionnaire aux résultats", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune");
  /** Tabs until the focused element matches, then presses a key. */
  const aller = async (selecteur, touche = "Enter") => {
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s), selecteur)) {
        await page.keyboard.press(touche);
        return;
      }
      await page.keyboard.press("Tab");
    }
    throw new Error(`focus jamais sur ${selecteur}`);
  };
  // Whatever the app asks, answered with the keyboard only.
  const profil = { pour: "moi", territoire: "oui", situation: "lycee", rep: "nsp", ase: "oui", qpv: "nsp", modalite: "indifferent", temps: "nsp" };
  await aller('[data-action="commencer"]');
  for (;;) {
    await page.waitForFunction(() => document.querySelector("[data-question]") || location.hash.startsWith("#/jeune/resultats"));
    const q = await page.evaluate(() => document.querySelector("[data-question]")?.dataset.question);
    if (!q) break;
    if (q === "age") {
      await aller("#age", "Digit1");
      await page.keyboard.press("Digit7");
      await page.keyboard.press("Enter");
    } else if (q === "besoins") {
      await aller('input[value="orientation"]', "Space");
      await aller('[data-action="continuer"]');
    } else {
      await aller(`[data-valeur="${profil[q]}"]`);
    }
    await page.waitForFunction((x) => document.querySelector("[data-question]")?.dataset.question !== x, q);
  }
  await page.waitForSelector('[data-programme="les-ombres"][data-verdict="eligible"]');
  assert.deepEqual(erreurs, []);
});

test("texte agrandi à 200 % : rien ne déborde à 360 px", async () => {
  const { page } = await app.nouvellePage();
  for (const ecran of ["#/", "#/programmes", "#/programmes/entreprendre-ensemble", "#/jeune/situation", "#/jeune/resultats?age=16&situation=lycee", "#/mentor", "#/pro", "#/comparer?ids=afev,proxite"]) {
    await app.ouvrir(page, ecran);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    assert.equal(await defileHorizontalement(page), false, ecran);
  }
  // The comparison's programme boxes: two columns at normal size, one at
  // 200 %, where two columns broke the names letter by letter.
  const colonnes = () => page.locator(".cases--grille .case").evaluateAll((cases) => new Set(cases.map((c) => Math.round(c.getBoundingClientRect().left))).size);
  await app.ouvrir(page, "#/comparer");
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  assert.equal(await colonnes(), 2);
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  assert.equal(await colonnes(), 1);
});

test("l'annonce des résultats est une région live, et le focus va au titre de chaque écran", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/programmes");
  await page.locator('[data-programme="afev"] a.carte__lien').click();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  await app.ouvrir(page, "#/jeune/resultats?age=9&situation=ecole&rep=oui");
  assert.equal(await page.locator('[data-resume][role="status"]').count(), 1);
});
