// The questionnaire walked to results for five young people of the
// brochure, the URL contract, saved progress, and bad input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";
import { Questionnaire, Resultats, choisirLangue } from "./pages.mjs";

const IDS = ["afev", "article-1", "entreprendre-ensemble", "les-ombres", "proxite", "telemaque"];
const CLE = "trouve-ton-mentor/reponses";

// Who they are, and what the brochure says about each programme for them.
const PROFILS = [
  {
    nom: "un enfant de 9 ans en école élémentaire REP, pour qui sa mère répond",
    profil: { pour: "enfant", age: 9, situation: "ecole", rep: "oui", besoins: ["scolaire", "confiance"] },
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "ineligible", telemaque: "ineligible" },
    premier: "afev",
  },
  {
    nom: "un collégien de 12 ans en REP+",
    // "Je ne sais pas" for the QPV: Proxité's priority is to check, as with "non".
    // Télémaque: is the REP collège one of its partners? To check.
    profil: { age: 12, situation: "college", rep: "oui", qpv: "nsp", besoins: ["scolaire", "culture"], modalite: "presentiel" },
    attendu: { afev: "eligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "ineligible", proxite: "to-check", telemaque: "to-check" },
  },
  {
    nom: "une lycéenne de 16 ans suivie par l'ASE",
    profil: { age: 16, situation: "lycee", rep: "non", ase: "oui", qpv: "non", besoins: ["orientation", "demarches"], modalite: "distanciel" },
    // Proxité takes young people referred by socio-educative structures,
    // and lists the Aide sociale à l'enfance among its partners.
    attendu: { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "ineligible", "les-ombres": "eligible", proxite: "eligible", telemaque: "ineligible" },
    premier: "les-ombres",
  },
  {
    nom: "un étudiant de 20 ans",
    profil: { age: 20, situation: "etudiant", ase: "non", qpv: "non", besoins: ["orientation", "emploi"], modalite: "indifferent" },
    attendu: { afev: "ineligible", "article-1": "eligible", "entreprendre-ensemble": "to-check", "les-ombres": "ineligible", proxite: "to-check", telemaque: "ineligible" },
    premier: "article-1",
  },
  {
    nom: "une jeune de 24 ans en recherche d'emploi",
    profil: { age: 24, situation: "recherche-emploi", qpv: "oui", besoins: ["emploi", "demarches"], modalite: "presentiel" },
    attendu: { afev: "ineligible", "article-1": "ineligible", "entreprendre-ensemble": "eligible", "les-ombres": "ineligible", proxite: "eligible", telemaque: "ineligible" },
    premier: "entreprendre-ensemble",
    jamais: ["rep", "ase"],
  },
];

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

for (const { nom, profil, attendu, premier, jamais } of PROFILS) {
  test(`questionnaire jusqu'aux résultats : ${nom}`, async () => {
    const { page, erreurs } = await app.nouvellePage();
    // A parent comes by the parents' door; a young person by theirs.
    await app.ouvrir(page, profil.pour === "enfant" ? "#/parent" : "#/jeune");
    const posees = await new Questionnaire(page).repondre(profil);
    assert.equal(posees.includes("pour"), false, "la porte dit déjà pour qui");
    assert.equal(new URL(page.url()).hash.includes("pour=enfant"), profil.pour === "enfant");
    const resultats = new Resultats(page);
    await resultats.attendre();

    const verdicts = await resultats.verdicts();
    assert.deepEqual(verdicts.map(([id]) => id).sort(), [...IDS].sort(), "chaque programme exactement une fois");
    assert.deepEqual(Object.fromEntries(verdicts), attendu);
    // Eligible first, then to check, then not fitting.
    const rang = { eligible: 0, "to-check": 1, ineligible: 2 };
    const ordre = verdicts.map(([, v]) => rang[v]);
    assert.deepEqual(ordre, [...ordre].sort((a, b) => a - b), "ordre des verdicts");
    if (premier) assert.equal(verdicts[0][0], premier, "meilleur programme");
    for (const q of jamais ?? []) assert.ok(!posees.includes(q), `question ${q} inutile posée (${posees})`);

    // Every verdict is explained; programmes that may fit can be contacted.
    for (const [id, verdict] of verdicts) {
      const carte = page.locator(`[data-programme="${id}"][data-verdict]`);
      assert.ok((await carte.locator(".raison").count()) > 0, `${id} sans raison`);
      const contact = await carte.locator('[data-contact="courriel"]').count();
      assert.equal(contact, verdict === "ineligible" ? 0 : 1, `${id} : contact`);
    }
    assert.equal(await defileHorizontalement(page), false);

    // The same answers opened as a link give the same page.
    const lien = page.url();
    assert.ok(new URL(lien).search === "", "les réponses ne sont jamais dans la requête envoyée au serveur");
    const autre = await app.nouvellePage();
    await autre.page.goto(lien);
    const direct = new Resultats(autre.page);
    await direct.attendre();
    assert.deepEqual(await direct.verdicts(), verdicts, "lien direct = questionnaire");
    if (premier === "les-ombres") await app.capture(page, "resultats-ase");
    assert.deepEqual(erreurs, []);
    assert.deepEqual(autre.erreurs, []);
  });
}

test("retour et modification : changer une réponse change les questions et les résultats", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre({ age: 16, situation: "lycee", ase: "nsp" });
  const resultats = new Resultats(page);
  await resultats.attendre();
  assert.equal(Object.fromEntries(await resultats.verdicts())["les-ombres"], "to-check");
  // "What would change it" is offered for the programme to check.
  assert.ok((await page.locator('[data-programme="les-ombres"] .bascules li').count()) > 0);
  // Change the ASE answer from the summary.
  await page.locator(".reponses summary").click();
  // Each "modifier" is a touch target of its own, not a 19 px line of text.
  for (const boite of await page.locator(".reponses a.modifier").evaluateAll((liens) => liens.map((l) => l.getBoundingClientRect().height))) {
    assert.ok(boite >= 44, `lien « modifier » de ${boite} px de haut`);
  }
  await page.locator('.reponses a[href="#/jeune/ase"]').click();
  await page.locator('[data-question="ase"] [data-valeur="nsp"][aria-pressed="true"]').waitFor();
  await page.locator('[data-question="ase"] [data-valeur="oui"]').click();
  await page.waitForFunction(() => document.querySelector("[data-question]")?.dataset.question !== "ase");
  // Back goes to the previous question, with its answer kept.
  await page.locator('[data-action="retour"]').click();
  await page.locator('[data-question="ase"] [data-valeur="oui"][aria-pressed="true"]').waitFor();
  await page.goto(app.serveur.url + "#/jeune/resultats?age=16&situation=lycee&ase=oui");
  await resultats.attendre();
  assert.equal(Object.fromEntries(await resultats.verdicts())["les-ombres"], "eligible");
  assert.deepEqual(erreurs, []);
});

test("un rechargement ne perd rien, et « effacer mes réponses » efface tout", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune");
  await page.locator('[data-action="commencer"]').click();
  await page.locator("#age").fill("17");
  await page.locator('[data-action="continuer"]').click();
  await page.waitForSelector('[data-question="territoire"]');
  await page.reload();
  await page.waitForSelector('[data-question="territoire"]');
  await page.locator('[data-action="retour"]').click();
  await page.waitForSelector('[data-question="age"]');
  assert.equal(await page.locator("#age").inputValue(), "17", "l'âge est gardé après rechargement");
  // Kept with its end date (engine::confidentialite, tests/e2e/donnees.test.mjs).
  assert.match(await page.evaluate((cle) => localStorage.getItem(cle), CLE), /^v2:\d+:age=17$/);

  await app.ouvrir(page, "#/jeune");
  // The first question opens filled in: the button does not say "start".
  assert.equal(await page.locator('[data-action="commencer"]').textContent(), "Reprendre mes réponses");
  await page.locator('[data-action="effacer"]').click();
  assert.equal(await page.evaluate((cle) => localStorage.getItem(cle), CLE), null);
  assert.equal(await page.locator('[data-action="effacer"]').count(), 0);
  assert.equal(await page.locator('[role="status"][data-avis="efface"]').textContent(), "Tes réponses sont effacées de ce téléphone.");
  assert.equal(await page.locator('[data-action="commencer"]').textContent(), "Commencer");
  assert.deepEqual(erreurs, []);
});

test("des réponses enregistrées illisibles : l'app repart de zéro et le dit", async () => {
  for (const corrompu of ["{pas du json", "v1?age=abc&situation=pirate", "x".repeat(100000), "v0?age=12"]) {
    const { page, erreurs, contexte } = await app.nouvellePage();
    await contexte.addInitScript(([cle, valeur]) => localStorage.setItem(cle, valeur), [CLE, corrompu]);
    await app.ouvrir(page, "#/jeune");
    assert.match(await page.locator('[data-avis="etat"]').textContent(), /illisibles/);
    // And the questionnaire works.
    await new Questionnaire(page).repondre({ age: 20, situation: "etudiant" });
    await new Resultats(page).attendre();
    assert.equal((await new Resultats(page).verdicts()).length, 6);
    assert.deepEqual(erreurs, [], corrompu.slice(0, 20));
  }
});

test("stockage bloqué (navigation privée, iframe isolée) : tout fonctionne quand même", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await contexte.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("accès refusé", "SecurityError");
      },
    });
  });
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre({ age: 12, situation: "college", rep: "oui" });
  const resultats = new Resultats(page);
  await resultats.attendre();
  assert.equal(Object.fromEntries(await resultats.verdicts()).afev, "eligible");
  assert.deepEqual(erreurs, []);
});

test("un lien de résultats abîmé : les valeurs invalides sont inconnues et signalées, jamais un plantage", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune/resultats?age=abc&situation=pirate&rep=peut-etre&besoins=licorne");
  assert.match(await page.locator('[data-avis="lien"]').textContent(), /age=abc.*situation=pirate/);
  assert.equal((await new Resultats(page).verdicts()).length, 6);
  await app.ouvrir(page, "#/jeune/resultats?age=-3");
  assert.match(await page.locator('[data-avis="lien"]').textContent(), /age=-3/);
  assert.deepEqual(erreurs, []);
});

test("trop jeune, trop âgé ou hors de la CUD : on le dit gentiment et on oriente vers 1jeune1mentor.fr", async () => {
  const { page, erreurs } = await app.nouvellePage();
  for (const requete of ["age=3", "age=34", "age=16&cud=non&situation=lycee"]) {
    await app.ouvrir(page, `#/jeune/resultats?${requete}`);
    const verdicts = await new Resultats(page).verdicts();
    assert.ok(verdicts.every(([, v]) => v === "ineligible"));
    const bloc = page.locator('[data-resultat="aucun"]');
    assert.match(await bloc.textContent(), /1jeune1mentor\.fr/);
    assert.equal(await page.locator('[data-aide="collectif"] a[href="mailto:hautsdefrance@collectifmentorat.fr"]').count(), 1);
    assert.equal(await page.locator('[data-aide="collectif"] a[href="https://www.1jeune1mentor.fr/"]').count(), 1);
    // A sentence with its subject, and "tu" to the young person.
    assert.equal((await page.locator("[data-resume]").textContent()).trim(), "Aucun des 6 programmes ne correspond.");
    assert.match(await bloc.textContent(), /peut te conseiller/);
  }
  // A parent is answered with "vous".
  await app.ouvrir(page, "#/jeune/resultats?pour=enfant&age=3");
  await page.waitForFunction(() => document.querySelector('[data-resultat="aucun"]')?.textContent.includes("peut vous conseiller"));
  assert.deepEqual(erreurs, []);
});

test("les explications parlent à qui a répondu : « tu » au jeune, « votre enfant » au parent", async () => {
  const { page, erreurs } = await app.nouvellePage();
  const textes = async (selecteur) => (await page.locator(selecteur).allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
  await app.ouvrir(page, "#/jeune/resultats?age=12&situation=college&rep=oui");
  const proxite = '[data-programme="proxite"]';
  assert.deepEqual(await textes(`${proxite} .bascules li`), [
    "Si tu fais partie des jeunes habitant principalement un quartier prioritaire de la politique de la ville (QPV), ou orientés par une structure socio-éducative (l'Aide sociale à l'enfance est parmi ses partenaires) : ce programme te correspond.",
  ]);
  for (const t of await textes(".raison, .bascules li")) assert.doesNotMatch(t, /\b(le|du) jeune\b/, t);
  await page.locator(`${proxite} .brouillon summary`).click();
  await page.locator(`${proxite} .brouillon .aide`).waitFor();
  assert.match((await textes(`${proxite} .brouillon .aide`))[0], /^Complète ton nom/);
  await app.ouvrir(page, "#/jeune/resultats?pour=enfant&age=12&situation=college&rep=oui");
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent.includes("votre enfant"));
  assert.match((await textes(`${proxite} .bascules li`))[0], /^Si votre enfant fait partie des jeunes habitant/);
  // New answers redraw the page in place: the draft opened before is closed, not open and empty.
  assert.equal(await page.locator(`${proxite} .brouillon`).evaluate((d) => d.open), false);
  await page.locator(`${proxite} .brouillon summary`).click();
  await page.locator(`${proxite} .brouillon .aide`).waitFor();
  assert.match((await textes(`${proxite} .brouillon .aide`))[0], /^Complétez votre nom/);
  assert.deepEqual(erreurs, []);
});

test("fragments aléatoires sur toutes les routes : toujours une page, jamais d'erreur", async () => {
  const { page, erreurs } = await app.nouvellePage();
  // A small deterministic generator, so a failure can be replayed.
  let graine = 20261126;
  const hasard = (n) => {
    graine = (graine * 1103515245 + 12345) % 2147483648;
    return graine % n;
  };
  const morceaux = ["/", "jeune", "resultats", "programmes", "afev", "?", "&", "=", "age", "situation", "%", "%C3", "%ZZ", "#", "..", "<b>", "'", '"', "\u00e9", "\u{1F600}", "999999999999", "-1", ",", "besoins", "mentor", "pro"];
  for (let i = 0; i < 40; i++) {
    let fragment = "#";
    const n = 1 + hasard(12);
    for (let j = 0; j < n; j++) fragment += morceaux[hasard(morceaux.length)];
    await page.goto(app.serveur.url + "about:blank".slice(0, 0) + fragment);
    await page.waitForSelector("main h1", { timeout: 5000 });
    assert.equal(await page.locator("main h1").count(), 1, fragment);
  }
  assert.deepEqual(erreurs, []);
});

test("le brouillon garde ce que la personne y a écrit quand elle coche la case ou change de langue", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation");
  const carte = page.locator('[data-programme="les-ombres"]');
  await carte.locator(".brouillon summary").click();
  const zone = carte.locator("textarea");
  const caseAse = carte.locator('input[type="checkbox"]');
  // Inès types her number where the draft asks for it.
  await zone.fill((await zone.inputValue()).replace("Mon téléphone ou mon e-mail : ", "Mon téléphone ou mon e-mail : 06 12 34 56 78"));
  await caseAse.check();
  assert.match(await zone.inputValue(), /Mon téléphone ou mon e-mail : 06 12 34 56 78/);
  assert.match(await zone.inputValue(), /Aide sociale à l'enfance \(ASE\) : oui/);
  await caseAse.uncheck();
  assert.match(await zone.inputValue(), /06 12 34 56 78/);
  assert.doesNotMatch(await zone.inputValue(), /Aide sociale/);
  await caseAse.check();
  // Another language redraws the page: her text is still there, with the
  // language she reads noted in it (the e-mail itself stays in French).
  await choisirLangue(page, "en");
  await carte.locator(".brouillon summary").click();
  assert.match(await zone.inputValue(), /06 12 34 56 78/);
  assert.match(await zone.inputValue(), /Aide sociale à l'enfance \(ASE\) : oui\n- Langue de lecture : anglais\n/);
  assert.equal(await caseAse.isChecked(), true);
  await choisirLangue(page, "fr");
  await carte.locator(".brouillon summary").click();
  assert.match(await zone.inputValue(), /06 12 34 56 78/);
  assert.doesNotMatch(await zone.inputValue(), /Langue de lecture/);
  assert.deepEqual(erreurs, []);
});

test("le brouillon d'e-mail se relit avant l'envoi et n'ajoute l'ASE que sur demande", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation");
  const carte = page.locator('[data-programme="les-ombres"]');
  // Drawn when first opened, not before (the page has one per programme).
  assert.equal(await page.locator(".brouillon textarea").count(), 0);
  await carte.locator(".brouillon summary").click();
  const zone = carte.locator("textarea");
  assert.doesNotMatch(await zone.inputValue(), /Aide sociale/);
  const lien = carte.locator('[data-contact="brouillon"]');
  assert.match(await lien.getAttribute("href"), /^mailto:alexandre\.fuster@les-ombres\.com\?subject=/);
  assert.doesNotMatch(decodeURIComponent(await lien.getAttribute("href")), /Aide sociale/);
  // The box names only the answers given, which are what it adds.
  assert.equal((await carte.locator(".brouillon label.case").textContent()).trim(), "Ajouter ma réponse sur l'ASE (facultatif)");
  await carte.locator('input[type="checkbox"]').check();
  assert.match(await zone.inputValue(), /Aide sociale à l'enfance \(ASE\) : oui/);
  // What the person types is what the mail app receives.
  await zone.fill("Bonjour, je m'appelle Inès.");
  assert.equal(decodeURIComponent((await lien.getAttribute("href")).split("body=")[1]), "Bonjour, je m'appelle Inès.");
  // Closed and opened again: what was typed is still there.
  await carte.locator(".brouillon summary").click();
  await carte.locator(".brouillon summary").click();
  assert.equal(await zone.inputValue(), "Bonjour, je m'appelle Inès.");
  // A 12-year-old was never asked about the ASE: no box. The REP answer,
  // which makes AFEV fit, is in the draft and in the main button's e-mail.
  await app.ouvrir(page, "#/jeune/resultats?age=12&situation=college&rep=oui&qpv=nsp");
  const afev = page.locator('[data-programme="afev"][data-verdict="eligible"]');
  await afev.locator(".brouillon summary").click();
  assert.equal(await afev.locator(".brouillon label.case").count(), 0);
  assert.match(await afev.locator("textarea").inputValue(), /\n- Éducation prioritaire \(REP ou REP\+\) : oui\n/);
  const bouton = decodeURIComponent((await afev.locator('[data-contact="courriel"]').getAttribute("href")).split("body=")[1]);
  assert.equal(bouton, await afev.locator("textarea").inputValue(), "le bouton principal ouvre le même brouillon");
  await app.ouvrir(page, "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation");
  // And the share link is the fragment URL, without the ASE answer unless ticked.
  assert.match(await page.locator('[data-lien="resultats"]').inputValue(), /#\/jeune\/resultats\?age=16&situation=lycee&besoins=orientation$/);
  await page.locator('[data-partage="sensible"]').check();
  assert.match(await page.locator('[data-lien="resultats"]').inputValue(), /#\/jeune\/resultats\?age=16&situation=lycee&ase=oui&besoins=orientation$/);
  assert.deepEqual(erreurs, []);
});
