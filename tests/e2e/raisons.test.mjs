// Every sentence true to the brochure (issue 15): six young people's
// results and a retired volunteer's, read as a person reads them. No
// reason states an age range the brochure does not print, no ruled-out
// programme describes a situation the person is not in, and every reason
// unfolds the brochure's own words it rests on.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { demarrer, defileHorizontalement, CAPTURES } from "./navigateur.mjs";
import { Resultats } from "./pages.mjs";

const CATALOGUE = JSON.parse(readFileSync("public/catalogue.json", "utf8"));
const COMMUN = JSON.parse(readFileSync("langues/fr/commun.json", "utf8"));
const BROCHURE = readFileSync("docs/brochure.txt", "utf8").replace(/\s+/g, " ");

// The age ranges the brochure prints ("de 5 à 30 ans", "de 5 à 15 ans",
// "de 18 à 30 ans", "entre 14 et 21 ans"), read from the brochure itself.
const IMPRIMEES = new Set([...BROCHURE.matchAll(/(?:de|entre) (\d+) (?:à|et) (\d+) ans/g)].map((m) => `${m[1]}-${m[2]}`));

/** The age ranges a text states, as "min-max". */
const tranches = (texte) => [...texte.replace(/\u00a0|\u202f/g, " ").matchAll(/(\d+) (?:à|et) (\d+) ans/g)].map((m) => `${m[1]}-${m[2]}`);

// The five young people of issue 3, and a 9-year-old at primary school
// answering for themselves.
const PROFILS = [
  {
    nom: "un enfant de 9 ans en école élémentaire REP (sa mère répond)",
    requete: "pour=enfant&age=9&cud=oui&situation=ecole&rep=oui&besoins=scolaire,confiance",
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "ineligible", telemaque: "ineligible" },
    capture: "raisons-ecolier-9-ans-rep",
  },
  {
    nom: "un écolier de 9 ans qui répond lui-même, REP inconnu",
    requete: "age=9&cud=oui&situation=ecole&rep=nsp",
    attendu: { afev: "to-check", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "ineligible", telemaque: "ineligible" },
  },
  {
    nom: "un collégien de 12 ans en REP+",
    requete: "age=12&cud=oui&situation=college&rep=oui&qpv=nsp&besoins=scolaire,culture&modalite=presentiel",
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "to-check", telemaque: "to-check" },
  },
  {
    nom: "Inès, 16 ans, lycéenne suivie par l'ASE",
    requete: "age=16&cud=oui&situation=lycee&rep=nsp&ase=oui&qpv=nsp&besoins=orientation,demarches",
    attendu: { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "eligible", proxite: "eligible", telemaque: "to-check" },
    capture: "raisons-ines-16-ans-ase",
  },
  {
    nom: "un étudiant de 20 ans",
    requete: "age=20&cud=oui&situation=etudiant&ase=non&qpv=non&besoins=orientation,emploi",
    attendu: { afev: "ineligible", "article-1": "eligible", "entreprendre-ensemble": "to-check", "les-ombres": "ineligible", proxite: "to-check", telemaque: "ineligible" },
  },
  {
    nom: "une jeune de 24 ans en recherche d'emploi",
    requete: "age=24&cud=oui&situation=recherche-emploi&qpv=oui&besoins=emploi,demarches&modalite=presentiel",
    attendu: { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "eligible", "les-ombres": "ineligible", proxite: "eligible", telemaque: "ineligible" },
  },
];

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

/** Opens every folded section: the ruled-out list and every quote. */
async function toutDeplier(page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

/** Every reason on the page: its card's verdict, rule, text and quote. */
async function raisons(page) {
  return page.locator("[data-programme][data-verdict] li.raison").evaluateAll((lis) =>
    lis.map((li) => ({
      programme: li.closest("[data-programme]").dataset.programme,
      verdict: li.closest("[data-verdict]").dataset.verdict,
      regle: li.dataset.regle,
      signe: li.querySelector(".raison__signe").textContent,
      texte: li.innerText,
      citation: li.querySelector("details.citation blockquote")?.textContent ?? "",
      resume: li.querySelector("details.citation summary")?.textContent ?? "",
    })),
  );
}

/** The ages a reason about this programme may state: mentoring's 5–30,
 * and the programme's own range where the brochure prints one. */
function agesPermis(id) {
  const a = CATALOGUE.programmes.find((p) => p.id === id).eligibilite.age;
  const m = CATALOGUE.mentorat;
  return new Set([`${m.age_min}-${m.age_max}`, ...(a.precis ? [`${a.min}-${a.max}`] : [])]);
}

/** Checks what every reason of a results page may say. */
function verifierRaisons(liste, quoi) {
  assert.ok(liste.length > 0, `${quoi} : aucune raison`);
  for (const r of liste) {
    const ou = `${quoi} / ${r.programme} : « ${r.texte} »`;
    // No age range the brochure does not print for this programme (an
    // "18 à 30 ans" of Entreprendre Ensemble said of Article 1 is one), and no "environ".
    for (const t of tranches(r.texte)) {
      assert.ok(IMPRIMEES.has(t) && agesPermis(r.programme).has(t), `${ou} : ${t} ans n'est pas dans la brochure pour ce programme`);
    }
    assert.doesNotMatch(r.texte, /environ|\(estimation\)/, ou);
    // Every reason rests on a passage of the brochure, quoted word for word.
    assert.ok(r.regle, `${ou} : sans règle`);
    assert.equal(r.resume, COMMUN.ce_que_dit, ou);
    const citation = r.citation.replace(/^« | »$/g, "").replace(/\s+/g, " ").replace(/’/g, "'");
    assert.ok(citation.length > 10 && BROCHURE.replace(/’/g, "'").includes(citation), `${ou} : citation « ${citation} »`);
    // Nothing left "to check" on a programme that is ruled out.
    if (r.verdict === "ineligible") assert.notEqual(r.signe, "?", ou);
  }
  // A ruled-out programme never describes a situation the person is not
  // in: when the situation rules it out, no reason about a condition.
  for (const id of new Set(liste.map((r) => r.programme))) {
    const rs = liste.filter((r) => r.programme === id);
    const situationExclue = rs.some((r) => r.regle === "situation" && r.signe === "✗");
    if (situationExclue) assert.deepEqual(rs.filter((r) => ["rep", "ase", "qpv"].includes(r.regle)), [], `${quoi} / ${id}`);
  }
}

for (const { nom, requete, attendu, capture } of PROFILS) {
  test(`raisons fidèles à la brochure : ${nom}`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    await app.ouvrir(page, `#/jeune/resultats?${requete}`);
    const resultats = new Resultats(page);
    await resultats.attendre();
    assert.deepEqual(Object.fromEntries(await resultats.verdicts()), attendu);
    await toutDeplier(page);
    verifierRaisons(await raisons(page), nom);
    assert.equal(await defileHorizontalement(page), false);
    if (capture) {
      // Quotes folded again, as a person first sees the page.
      await page.evaluate(() => document.querySelectorAll("details.citation").forEach((d) => (d.open = false)));
      await page.screenshot({ path: `${CAPTURES}/${capture}.png`, fullPage: true });
    }
    assert.deepEqual(erreurs, []);
  });
}

test("Inès : Proxité dit que l'ASE fait partie de ses partenaires, Télémaque une entrée tardive à vérifier", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, `#/jeune/resultats?${PROFILS[3].requete}`);
  await toutDeplier(page);
  const proxite = page.locator('[data-programme="proxite"] li[data-regle="qpv"]');
  assert.match(await proxite.innerText(), /Aide sociale à l'enfance est parmi ses partenaires\)\s:\sc'est le cas/);
  assert.equal(await proxite.locator(".raison__signe").textContent(), "✓");
  // The ages of Proxité: the brochure's school levels, with no ✓.
  const age = page.locator('[data-programme="proxite"] li[data-regle="age"]');
  assert.match(await age.innerText(), /de l'entrée en 6e aux premiers temps de l'insertion professionnelle \(la brochure ne donne pas d'âge\)/);
  assert.equal(await age.locator(".raison__signe").textContent(), "•");
  const telemaque = await page.locator('[data-programme="telemaque"] li[data-regle="rep"]').innerText();
  assert.match(telemaque, /une entrée en 4e ou en 3e est donc à vérifier/);
  assert.deepEqual(erreurs, []);
});

test("un bénévole retraité : actif dans le monde du travail ne le comprend pas", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor/resultats?profil=retraite&heures=4&publics=jeunes-adultes&aide=emploi");
  const resultats = new Resultats(page);
  await page.waitForSelector(".resultats [data-verdict]", { state: "attached" });
  assert.deepEqual(Object.fromEntries(await resultats.verdicts()), {
    afev: "ineligible",
    "article-1": "ineligible",
    "entreprendre-ensemble": "to-check",
    "les-ombres": "ineligible",
    proxite: "ineligible",
    telemaque: "ineligible",
  });
  await toutDeplier(page);
  const liste = await raisons(page);
  verifierRaisons(liste, "retraité");
  for (const id of ["article-1", "proxite"]) {
    const profil = liste.find((r) => r.programme === id && r.regle === "profil");
    assert.equal(profil.signe, "✗", id);
    assert.equal(profil.citation.replace(/^« | »$/g, ""), CATALOGUE.programmes.find((p) => p.id === id).mentors.extrait, id);
  }
  // The brochure's words are quoted, not pasted into the sentence.
  assert.ok(liste.every((r) => !r.texte.split("Ce que dit la brochure")[0].includes("Type de mentor")));
  await page.evaluate(() => document.querySelectorAll("details.citation").forEach((d) => (d.open = false)));
  await page.screenshot({ path: `${CAPTURES}/raisons-benevole-retraite.png`, fullPage: true });
  assert.deepEqual(erreurs, []);
});

test("aucune tranche d'âge inventée : graphique, fiches, comparaison, fiche d'orientation", async () => {
  const { page, erreurs } = await app.nouvellePage();
  for (const ecran of ["#/", "#/programmes", "#/programmes/proxite", "#/programmes/telemaque", "#/comparer?ids=article-1,proxite,telemaque", "#/pro/fiche?age=9&situation=ecole&rep=oui", "#/pro/fiche?age=16&situation=lycee&ase=oui"]) {
    await app.ouvrir(page, ecran);
    await toutDeplier(page);
    const texte = await page.locator("main").innerText();
    for (const t of tranches(texte)) assert.ok(IMPRIMEES.has(t), `${ecran} : ${t} ans n'est pas dans la brochure`);
    assert.doesNotMatch(texte, /environ|\(estimation\)|\(indicatif\)/, ecran);
  }
  // Proxité's 50 places are in Roubaix, and the page says so.
  await app.ouvrir(page, "#/programmes/proxite");
  const places = await page.locator(".faits div", { has: page.locator("dt", { hasText: "Places" }) }).locator("dd").innerText();
  assert.match(places, /50 dans la Cité éducative de Roubaix/);
  assert.match(places, /n'est pas dans la CUD/);
  assert.deepEqual(erreurs, []);
});
