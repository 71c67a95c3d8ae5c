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
  // Asked only when a programme states a mentor age (none does in the brochure).
  if (age && (await page.locator("#age-mentor").count())) await page.locator("#age-mentor").fill(String(age));
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
    // Article 1 and Proxité ask for mentors "actifs dans le monde du travail".
    attendu: { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "to-check", "les-ombres": "ineligible", proxite: "ineligible", telemaque: "ineligible" },
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
      // Where: one place per line, not "Au domicile, Dans un lieu…" run into one sentence.
      const lieux = programme(id).modalites.lieux;
      if (v !== "ineligible" && lieux.length > 1) {
        assert.deepEqual(await carte.locator(".engagement .liste-courte li").allInnerTexts(), lieux, id);
      }
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

test("mentor : l'âge n'est demandé que si un programme fixe un âge à ses mentors", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor");
  // The brochure gives no mentor age: the question would change nothing.
  assert.equal(await page.locator("#age-mentor").count(), 0);
  assert.deepEqual(erreurs, []);
});

test("mentor : sans profil, le formulaire le demande à côté de la question et garde le reste", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor");
  await page.locator('input[name="modalite"][value="presentiel"]').check();
  await page.locator('input[name="heures"][value="4"]').check();
  await page.locator('input[name="publics"][value="enfants"]').check();
  await page.locator('[data-action="voir"]').click();
  await page.waitForSelector("#profil-erreur");
  await app.capture(page, "mentor-formulaire-erreur");
  assert.equal(new URL(page.url()).hash, "#/mentor", "pas de résultats sans profil");
  const erreur = await etatErreur(page, '[data-champ="profil"]');
  assert.equal(erreur.invalide, "true");
  assert.match(erreur.message, /^Choisissez ce que vous êtes/);
  assert.equal(await focus(page), "profil=lyceen", "le focus va à la question sans réponse");
  assert.equal(await page.locator('input[name="modalite"][value="presentiel"]').isChecked(), true);
  assert.equal(await page.locator('input[name="heures"][value="4"]').isChecked(), true);
  assert.equal(await page.locator('input[name="publics"][value="enfants"]').isChecked(), true);
  assert.deepEqual(await violations(page), []);
  // Answered: the message goes, and the results open with every answer.
  await page.locator('input[name="profil"][value="salarie"]').check();
  assert.deepEqual(await etatErreur(page, '[data-champ="profil"]'), { invalide: null, message: "" });
  await app.capture(page, "mentor-formulaire");
  await page.locator('[data-action="voir"]').click();
  await page.waitForSelector(".resultats [data-verdict]", { state: "attached" });
  assert.equal(new URL(page.url()).hash, "#/mentor/resultats?profil=salarie&heures=4&modalite=presentiel&publics=enfants");
  assert.deepEqual(erreurs, []);
});

test("mentor : une adresse de résultats sans profil dit ce qui manque", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor/resultats?publics=enfants");
  assert.equal(await page.locator("[data-programme]").count(), 0);
  assert.match(await page.locator('[data-resultat="incomplet"]').innerText(), /ce que vous êtes/);
  await page.locator('a[href="#/mentor"].bouton').click();
  await page.waitForSelector('input[name="profil"]');
  assert.equal(await page.locator('input[name="publics"][value="enfants"]').isChecked(), true, "les réponses du lien sont gardées");
  assert.deepEqual(erreurs, []);
});

test("mentor : les jeunes choisis comptent, avec le vrai public de chaque programme", async () => {
  const { page, erreurs } = await app.nouvellePage();
  // A salaried volunteer for 5–10-year-olds: no association of the CUD takes them for children.
  const enfants = await devenirMentor(page, { profil: "salarie", heures: "4", publics: ["enfants"], employeur: "nsp" });
  for (const id of ["proxite", "article-1", "entreprendre-ensemble"]) assert.equal(enfants[id], "ineligible", id);
  assert.equal(Object.values(enfants).includes("eligible"), false, JSON.stringify(enfants));
  // Nothing fits: the Collectif's contact comes first, before the folded list.
  assert.equal(await page.locator('main [data-aide="collectif"]:first-of-type a[href="mailto:hautsdefrance@collectifmentorat.fr"]').count(), 1);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const article = page.locator('[data-programme="article-1"][data-verdict]');
  assert.match(await article.innerText(), /Article 1 n'accompagne pas les jeunes que vous avez choisis\s:\sdes enfants \(école élémentaire\)/);
  // The brochure's words under the reason: who Article 1 supports.
  assert.match(await article.locator("[data-regle=public] blockquote").innerText(), /accompagner des jeunes étudiants/);
  await app.capture(page, "mentor-resultats-salarie-enfants");
  // Teenagers: Article 1 does not say it supports them.
  const ados = await devenirMentor(page, { profil: "salarie", heures: "4", publics: ["ados"], aide: ["scolaire"], employeur: "oui" });
  assert.equal(ados["article-1"], "ineligible");
  assert.equal(ados.proxite, "eligible");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const texte = await page.locator('[data-programme="article-1"][data-verdict]').innerText();
  assert.doesNotMatch(texte, /Accompagne des collégiens/);
  assert.match(texte, /Article 1 n'accompagne pas les jeunes que vous avez choisis\s:.*des collégiens et lycéens/, "the programme's real public");
  // No line says the volunteer's own choice back: what the programme brings.
  const proxite = await page.locator('[data-programme="proxite"][data-verdict]').innerText();
  assert.doesNotMatch(proxite, /Aide sur/);
  assert.match(proxite, /Avec Proxité, vous aideriez les jeunes sur\s:\s/);
  assert.deepEqual(erreurs, []);
});

test("mentor : phrases au singulier et au pluriel", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/mentor/resultats?profil=etudiant&publics=enfants");
  assert.equal(await page.locator("[data-resume]").innerText(), "1 association vous accueillerait.");
  await app.ouvrir(page, "#/mentor/resultats?profil=salarie&employeur=oui");
  assert.equal(await page.locator("[data-resume]").innerText(), "4 associations vous accueilleraient et 1 association est à vérifier.");
  await app.ouvrir(page, "#/mentor/resultats?profil=retraite");
  assert.equal(await page.locator("[data-resume]").innerText(), "1 association est à vérifier.");
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

test("professionnels : la fiche dit ce qui changerait un « à vérifier »", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/pro/fiche?age=12&situation=college&rep=non&qpv=non");
  const afev = page.locator('.fiche-orientation [data-programme="afev"]');
  assert.equal(await afev.getAttribute("data-verdict"), "to-check");
  // The professional can check it: is the school in priority education?
  assert.match(
    await afev.locator(".fiche-orientation__bascules").innerText(),
    /^Ce qui changerait le résultat\s:\sSi le jeune est parmi ceux scolarisés dans une école, un collège ou un lycée en éducation prioritaire/,
  );
  assert.deepEqual(erreurs, []);
});

test("professionnels : sans âge ni situation, la fiche n'est pas faite et rien n'est perdu", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/pro");
  await page.locator('input[name="cud"][value="oui"]').check();
  await page.locator('input[name="besoins"][value="scolaire"]').check();
  await page.locator('[data-action="fiche"]').click();
  await page.waitForSelector("#age-jeune-erreur");
  assert.equal(new URL(page.url()).hash, "#/pro");
  assert.deepEqual(await etatErreur(page, "#age-jeune"), { invalide: "true", message: await page.locator("#age-jeune-erreur").textContent() });
  assert.match(await page.locator("#age-jeune-erreur").textContent(), /^Indiquez l'âge du jeune/);
  const situation = await etatErreur(page, '[data-champ="situation"]');
  assert.equal(situation.invalide, "true");
  assert.match(situation.message, /^Choisissez la situation du jeune/);
  assert.equal(await focus(page), "#age-jeune", "le focus va au premier champ sans réponse");
  assert.equal(await page.locator('input[name="cud"][value="oui"]').isChecked(), true);
  assert.equal(await page.locator('input[name="besoins"][value="scolaire"]').isChecked(), true);
  assert.deepEqual(await violations(page), []);
  await app.capture(page, "pro-formulaire-vide");
  // The age given, the situation is the first missing answer.
  await page.locator("#age-jeune").fill("16");
  await page.locator('[data-action="fiche"]').click();
  await page.waitForFunction(() => document.activeElement?.name === "situation");
  assert.deepEqual(await etatErreur(page, "#age-jeune"), { invalide: null, message: "" });
  await page.locator('input[name="situation"][value="lycee"]').check();
  await page.locator('[data-action="fiche"]').click();
  await page.waitForSelector(".fiche-orientation [data-verdict]");
  assert.equal(new URL(page.url()).hash, "#/pro/fiche?age=16&cud=oui&situation=lycee&besoins=scolaire");
  await app.capture(page, "pro-fiche");
  assert.deepEqual(erreurs, []);
});

test("professionnels : une adresse de fiche sans âge ou sans situation dit ce qui manque", async () => {
  const { page, erreurs } = await app.nouvellePage();
  for (const [adresse, manque] of [
    ["#/pro/fiche", "Il manque\u00a0: son âge et sa situation."],
    ["#/pro/fiche?age=12&besoins=scolaire", "Il manque\u00a0: sa situation."],
    ["#/pro/fiche?situation=college", "Il manque\u00a0: son âge."],
  ]) {
    await app.ouvrir(page, adresse);
    assert.equal(await page.locator("[data-programme]").count(), 0, adresse);
    assert.ok((await page.locator('[data-resultat="incomplet"]').innerText()).endsWith(manque), adresse);
  }
  // Completing starts from what the address gave.
  await page.locator('a[href="#/pro"].bouton').click();
  await page.waitForSelector("#age-jeune");
  assert.equal(await page.locator('input[name="situation"][value="college"]').isChecked(), true);
  assert.deepEqual(erreurs, []);
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
  // Even with as many programmes as a fiche can list (only the age and the situation known).
  await app.ouvrir(page, "#/pro/fiche?age=18&situation=apprenti");
  assert.equal(await page.locator(".fiche-orientation [data-programme]").count(), 4);
  assert.equal(pages(await page.pdf({ format: "A4" })), 1, "une seule page A4, même avec quatre programmes");
  // On paper, no buttons: not the language switch either.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".choix-langue").isVisible(), false);
  await page.emulateMedia({ media: "screen" });
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
  for (const intitule of ["Âges", "Format", "Durée", "Rythme", "Où", "Mentors", "Engagement du mentor"]) {
    assert.equal(await page.locator(".comparaison__intitule th", { hasText: intitule }).count() >= 1, true, intitule);
  }
  // Contacts are the same full-width buttons as elsewhere, one set per programme.
  const contacts = page.locator('[data-comparaison="contacts"]');
  assert.equal(await contacts.locator('a.bouton[data-contact="courriel"]').count(), 2);
  assert.equal(await contacts.locator('a.bouton[data-contact="site"]').count(), 2);
  await cocher("proxite");
  // Three is the most: the others are disabled.
  assert.equal(await page.locator('input[name="comparer"]:disabled').count(), 3);
  assert.equal(await defileHorizontalement(page), false, "pas de défilement horizontal à 360 px");
  // No word is cut inside ("principaleme / nt"): the table's frame scrolls instead.
  const coupes = await page.locator(".comparaison td").evaluateAll((cellules) => {
    const mots = [];
    for (const td of cellules) {
      const parcours = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let n = parcours.nextNode(); n; n = parcours.nextNode()) {
        for (const m of n.data.matchAll(/[^\s\-‐]+/g)) {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          if (new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size > 1) mots.push(m[0]);
        }
      }
    }
    return mots;
  });
  assert.deepEqual(coupes, []);
  await app.capture(page, "comparer");
  assert.deepEqual(erreurs, []);
});
