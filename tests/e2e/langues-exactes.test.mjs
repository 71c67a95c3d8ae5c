// Every language as true as the French (issue 20, item 5): in Arabic a
// result with exactly two programmes that fit uses the dual, and hours and
// ages agree with their numbers; in English and Arabic the French names on
// the results and programme pages are inside lang="fr"; the ASE question
// names both support at home and placement. Expected texts come from the
// published language files and the plural rule from langues/langues.json.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { demarrer } from "./navigateur.mjs";
import { LANGUES, Questionnaire, Resultats, texte } from "./pages.mjs";

// A 16-year-old at lycée followed by the ASE: Les Ombres and Proxité fit, exactly two.
const REQUETE = "age=16&situation=lycee&rep=non&ase=oui&qpv=non&besoins=orientation&heures=2";
const PROFIL = { age: 16, situation: "lycee", rep: "non", ase: "oui", qpv: "non", besoins: ["orientation"] };
const NOMS = JSON.parse(readFileSync("public/catalogue.json", "utf8")).programmes.map((p) => p.nom);
const sansIsolats = (t) => t.replace(/[\u2066-\u2069]/g, "");

/** The CLDR category of n in a language, from its rule in the table. */
function categorie(code, n) {
  const regles = LANGUES.find((l) => l.code === code).pluriel;
  for (const [cat, condition] of Object.entries(regles)) {
    const m = condition.match(/^n(?: % (\d+))? = (\d+)(?:\.\.(\d+))?$/);
    const v = m[1] ? n % Number(m[1]) : n;
    if (v >= Number(m[2]) && v <= Number(m[3] ?? m[2])) return cat;
  }
  return "other";
}

/** A counted text's form for n, {n} filled, as the page shows it. */
function forme(code, cle, n) {
  const formes = Object.fromEntries(texte(code, cle).split(" | ").map((f) => [f.slice(0, f.indexOf(": ")), f.slice(f.indexOf(": ") + 2)]));
  return sansIsolats(formes[categorie(code, n)] ?? formes.other).replace("{n}", String(n));
}

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

test("ar : deux programmes au duel, heures et âge accordés à leur nombre", async () => {
  assert.equal(categorie("ar", 2), "two");
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, `?lang=ar#/jeune/resultats?${REQUETE}`);
  await new Resultats(page).attendre();
  const eligibles = await page.locator('[data-programme][data-verdict="eligible"]').count();
  assert.equal(eligibles, 2);
  const resume = sansIsolats(await page.locator("[data-resume]").innerText());
  assert.ok(resume.includes(forme("ar", "resultats.n_correspond", 2)), resume);
  // The dual is a word of its own, with no figure: "برنامجان", never "2 برامج" or "2 برنامج".
  assert.match(texte("ar", "resultats.n_correspond"), /(^|\| )two: /);
  assert.doesNotMatch(resume, /(^|[^0-9])2[^0-9]/, resume);
  const page_texte = sansIsolats(await page.locator("main").textContent());
  assert.ok(page_texte.includes(forme("ar", "resultats.age_ans", 16)), "16 ans");
  assert.ok(page_texte.includes(forme("ar", "resultats.heures_par_mois", 2)), "2 heures : ساعتان");
  assert.ok(!page_texte.includes("2 ساعة"));
  await app.capture(page, "langues-exactes-ar-resultats");
  assert.deepEqual(erreurs, []);
});

for (const code of ["en", "ar"]) {
  test(`${code} : les noms français des résultats et d'un programme sont dans lang="fr"`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    await app.ouvrir(page, `?lang=${code}#/jeune/resultats?${REQUETE}`);
    await new Resultats(page).attendre();
    // Each card's title, and each name inside a reason.
    const titres = await page.locator("[data-programme][data-verdict] a[href*='programmes/']").evaluateAll((els) =>
      els.map((e) => [e.textContent.trim(), e.querySelector("[lang]")?.lang ?? e.closest("[lang]").lang]),
    );
    assert.equal(titres.filter(([nom]) => NOMS.includes(nom)).length, NOMS.length);
    for (const [nom, lang] of titres) if (NOMS.includes(nom)) assert.equal(lang, "fr", nom);
    const enFrancais = await page.locator("main span[lang=fr]").allTextContents();
    const nomsDansLesRaisons = enFrancais.map(sansIsolats).filter((t) => NOMS.includes(t));
    assert.ok(nomsDansLesRaisons.length >= 6, enFrancais.join(" / "));
    // No mark of a French passage is ever shown.
    assert.ok(!(await page.locator("main").innerText()).match(/[⟪⟫]/));

    await app.ouvrir(page, `?lang=${code}#/programmes/les-ombres`);
    assert.equal(await page.locator("main h1 [lang]").getAttribute("lang"), "fr");
    assert.equal((await page.locator("main h1").innerText()).trim(), "Les Ombres");
    // The association's e-mail address reads left to right on an Arabic page too.
    const courriel = page.locator('[data-contact="courriel"] .bouton__detail');
    assert.equal(await courriel.locator('bdi[dir="ltr"]').count(), 1);
    const morceaux = await courriel.locator(".insecable").evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().left, e.getBoundingClientRect().top]));
    // On each line, the pieces in reading order sit from left to right.
    const premiereLigne = morceaux.filter(([, top]) => top === morceaux[0][1]).map(([left]) => left);
    assert.ok(premiereLigne.length > 1);
    assert.deepEqual(premiereLigne, [...premiereLigne].sort((a, b) => a - b), "pieces of the address from left to right");
    await app.ouvrir(page, `?lang=${code}#/programmes`);
    const territoire = JSON.parse(readFileSync("public/catalogue.json", "utf8")).territoire.nom;
    assert.deepEqual(
      (await page.locator("main .chapo span[lang=fr]").allTextContents()).map(sansIsolats),
      [territoire],
    );
    await app.capture(page, `langues-exactes-${code}-programmes`);
    assert.deepEqual(erreurs, []);
  });

  test(`${code} : la question sur l'ASE nomme le suivi à la maison et le placement`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    await app.ouvrir(page, `?lang=${code}#/jeune`);
    await new Questionnaire(page).repondre(PROFIL, "ase");
    const question = sansIsolats(await page.locator('[data-question="ase"]').innerText());
    const titre = sansIsolats(texte(code, "questionnaire.ase_titre_tu"));
    assert.ok(question.includes(titre), question);
    // Both meanings of the French "suivi par l'ASE", in the question itself.
    const [maison, placement] = code === "en" ? ["at home", "placement"] : ["في بيت", "إيداع"];
    assert.ok(titre.includes(maison) && titre.includes(placement), titre);
    await app.capture(page, `langues-exactes-${code}-ase`);
    assert.deepEqual(erreurs, []);
  });
}
