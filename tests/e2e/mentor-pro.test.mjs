// Volunteers' path, the professionals' referral sheet, and the comparison.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";
import { Resultats } from "./pages.mjs";

const CATALOGUE = JSON.parse(readFileSync("public/catalogue.json", "utf8"));
const programme = (id) => CATALOGUE.programmes.find((p) => p.id === id);
const AXE = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe's violations on the page as it is, one line each. */
async function violations(page) {
  const resultat = await new AxeBuilder({ page }).withTags(AXE).analyze();
  return resultat.violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** What the focused element is: its id, or its name and value. */
async function focus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e?.id ? `#${e.id}` : `${e?.getAttribute("name")}=${e?.getAttribute("value")}`;
  });
}

/** The state a form field shows for assistive technologies. */
async function etatErreur(page, selecteur) {
  return page.locator(selecteur).evaluate((e) => {
    const decrit = e.getAttribute("aria-describedby");
    return { invalide: e.getAttribute("aria-invalid"), message: decrit ? document.getElementById(decrit)?.textContent ?? "(absent)" : null };
  });
}

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

/** Fills the one-screen mentor form and opens the results. */
async function devenirMentor(page, { profil, age, heures, modalite, publics = [], aide = [], employeur }) {
  await app.ouvrir(page, "#/mentor");
  await page.locator(`input[name="profil"][value="${profil}"]`).check();
  if (age) await page.locator("#age-mentor").fill(String(age));
  if (heures) await page.locator(`input[name="heures"][value="${heures}"]`).check();
  if (modalite) await page.locator(`input[name="modalite"][value="${modalite}"]`).check();
  for (const p of publics) await page.locator(`input[name="publics"][value="${p}"]`).check();
  for (const a of aide) await page.locator(`input[name="aide"][value="${a}"]`).check();
  if (employeur) await page.locator(`input[name="employeur"][value="${employeur}"]`).check();
  await page.locator('[data-action="voir"]').click();
  // Attached, not visible: when nothing fits, every card is in the folded list.
  await page.waitForSelector(".resultats [data-verdict]", { state: "attached" });
  return Object.fromEntries(await new Resultats(page).verdicts());
}

const MENTORS = [
  {
    nom: "une lycéenne",
    reponses: { profil: "lyceen", age: 16, heures: "4", publics: ["enfants"], aide: ["scolaire"] },
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "ineligible", telemaque: "ineligible" },
  },
  {
    nom: "un étudiant",
    reponses: { profil: "etudiant", age: 21, heures: "8", modalite: "distanciel", publics: ["ados"], aide: ["orientation"] },
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "eligible", proxite: "ineligible", telemaque: "ineligible" },
  },
  {
    nom: "une salariée d'une entreprise partenaire",
    reponses: { profil: "salarie", age: 42, heures: "4", modalite: "presentiel", publics: ["ados", "jeunes-adultes"], aide: ["emploi"], employeur: "oui" },
    attendu: { afev: "ineligible", "article-1": "eligible", "entreprendre-ensemble": "eligible", "les-ombres": "to-check", proxite: "eligible", telemaque: "eligible" },
  },
  {
    nom: "un retraité",
    reponses: { profil: "retraite", age: 67, heures: "2", publics: ["jeunes-adultes"], aide: ["emploi"] },
    attendu: { afev: "ineligible", "article-1": "to-check", "entreprendre-ensemble": "to-check", "les-ombres": "ineligible", proxite: "to-check", telemaque: "ineligible" },
  },
];

for (const { nom, reponses, attendu } of MENTORS) {
  test(`parcours mentor : ${nom}`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    const verdicts = await devenirMentor(page, reponses);
    assert.deepEqual(verdicts, attendu);
    // Each association that may take them says what it asks, concretely, and how to reach it.
    for (const [id, v] of Object.entries(verdicts)) {
      const carte = page.locator(`[data-programme="${id}"][data-verdict]`);
      assert.equal(await carte.locator(".engagement").count(), v === "ineligible" ? 0 : 1, id);
      assert.equal(await carte.locator('[data-contact="site"]').count(), v === "ineligible" ? 0 : 1, id);
      // Each fact once: the commitment in the card's words, not again in a reason
      // (a card that rules the programme out may say it in its reason, once).
      const texte = await carte.innerText();
      const fois = texte.split(programme(id).mentors.engagement).length - 1;
      assert.ok(v === "ineligible" ? fois <= 1 : fois === 1, `${id} : ${fois} fois dans ${texte}`);
    }
    // The results link carries the answers and reopens the same page.
    const lien = page.url();
    const autre = await app.nouvellePage();
    await autre.page.goto(lien);
    await autre.page.waitForSelector(".resultats [data-verdict]");
    assert.deepEqual(Object.fromEntries(await new Resultats(autre.page).verdicts()), verdicts);
    assert.equal(await defileHorizontalement(page), false);
    if (reponses.profil === "salarie") await app.capture(page, "mentor-resultats");
    assert.deepEqual(erreurs, []);
  });
}

test("mentor : phrases au singulier et au pluriel", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor/resultats?profil=etudiant&publics=enfants");
  assert.equal(await page.locator("[data-resume]").innerText(), "1 association vous accueillerait.");
  await app.ouvrir(page, "#/mentor/resultats?profil=salarie&employeur=oui");
  assert.equal(await page.locator("[data-resume]").innerText(), "4 associations vous accueilleraient et 1 association est à vérifier.");
  await app.ouvrir(page, "#/mentor/resultats?profil=retraite");
  assert.equal(await page.locator("[data-resume]").innerText(), "3 associations sont à vérifier.");
  assert.doesNotMatch(await page.locator("main").innerText(), /\(s\)/);
  assert.deepEqual(erreurs, []);
});

test("les réponses des formulaires commencent par une majuscule", async () => {
  const { page } = await app.nouvellePage();
  for (const ecran of ["#/mentor", "#/pro"]) {
    await app.ouvrir(page, ecran);
    const minuscules = await page.locator(".case span").evaluateAll((els) => els.map((e) => e.textContent).filter((t) => /^[a-zà-ÿ]/.test(t)));
    assert.deepEqual(minuscules, [], ecran);
  }
  // The same words keep their small letter inside sentences.
  await app.ouvrir(page, "#/pro/fiche?age=9&situation=ecole&besoins=scolaire");
  assert.match(await page.locator(".fiche-orientation").innerText(), /9 ans, écolier ou écolière \(école élémentaire\), besoins\s:\stravail scolaire/);
});

test("professionnels : CPE et Mission locale expliqués en français et en FALC", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/pro");
  const chapo = await page.locator(".chapo").innerText();
  assert.match(chapo, /conseiller principal d'éducation \(CPE, /);
  assert.match(chapo, /Mission locale \(service public qui aide les jeunes/);
  await app.ouvrir(page, "?lang=falc#/pro");
  const falc = await page.locator(".chapo").innerText();
  assert.match(falc, /Le conseiller principal d'éducation \(CPE\) s'occupe/);
  assert.match(falc, /La Mission locale aide les jeunes/);
});

test("la question de l'employeur n'est posée qu'à qui en a un", async () => {
  const { page } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor");
  await page.locator('input[name="profil"][value="etudiant"]').check();
  assert.equal(await page.locator('[data-champ="employeur"]').count(), 0);
  await page.locator('input[name="profil"][value="agent-public"]').check();
  assert.equal(await page.locator('[data-champ="employeur"]').count(), 1);
});

/** Number of pages of a PDF, from its page objects. */
function pages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("la fiche d'orientation se remplit sur un écran et s'imprime sur une page A4", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/pro");
  await page.locator("#age-jeune").fill("12");
  await page.locator('input[name="cud"][value="oui"]').check();
  await page.locator('input[name="situation"][value="college"]').check();
  await page.locator('input[name="rep"][value="oui"]').check();
  await page.locator('input[name="besoins"][value="scolaire"]').check();
  await page.locator('[data-action="fiche"]').click();
  await page.waitForSelector(".fiche-orientation [data-verdict]");
  assert.match(new URL(page.url()).hash, /^#\/pro\/fiche\?age=12&cud=oui&situation=college&rep=oui&besoins=scolaire$/);
  const conseilles = await page.locator(".fiche-orientation [data-programme]").evaluateAll((els) => els.map((e) => e.dataset.programme));
  assert.deepEqual(conseilles.sort(), ["afev", "proxite", "telemaque"]);
  assert.equal(await defileHorizontalement(page), false, "lisible sur téléphone");
  await app.capture(page, "fiche-orientation");
  assert.equal(pages(await page.pdf({ format: "A4" })), 1, "une seule page A4");
  // Even with nothing known, when every programme is "to check".
  await app.ouvrir(page, "#/pro/fiche");
  assert.equal(await page.locator(".fiche-orientation [data-programme]").count(), 6);
  assert.equal(pages(await page.pdf({ format: "A4" })), 1, "une seule page A4, même avec six programmes");
  assert.deepEqual(erreurs, []);
});

test("comparer au clavier, à 360 px de large", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/comparer");
  assert.equal(await page.locator('[data-comparaison="vide"]').count(), 1);
  // Tab to the first checkbox and tick it with the space bar, then the next.
  const cocher = async (id) => {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((v) => document.activeElement?.value === v, id)) break;
    }
    await page.keyboard.press("Space");
    await page.waitForFunction((v) => location.hash.includes(v), id);
  };
  await cocher("afev");
  await cocher("telemaque");
  assert.equal(new URL(page.url()).hash, "#/comparer?ids=afev,telemaque");
  const colonnes = await page.locator(".comparaison thead th").allTextContents();
  assert.deepEqual(colonnes, ["AFEV", "Télémaque"]);
  for (const intitule of ["Âges", "Format", "Durée", "Rythme", "Où", "Mentors", "Engagement du mentor", "Contact"]) {
    assert.equal(await page.locator(".comparaison__intitule th", { hasText: intitule }).count() >= 1, true, intitule);
  }
  await cocher("proxite");
  // Three is the most: the others are disabled.
  assert.equal(await page.locator('input[name="comparer"]:disabled').count(), 3);
  assert.equal(await defileHorizontalement(page), false, "pas de défilement horizontal à 360 px");
  await app.capture(page, "comparer");
  assert.deepEqual(erreurs, []);
});
