// Five people walked from the home page to a step they can take (issue 16),
// each tap counted: Inès, 16, lycéenne followed by the ASE; a mother of a
// 9-year-old in a REP school who reads easy French (FALC); a CPE preparing
// a referral sheet for a 14-year-old in REP+; a 67-year-old retiree who
// wants to mentor; an Arabic-speaking father of a 12-year-old collégien.
// Expected words are read from the language files. Screenshots of each walk
// land in target/captures/parcours-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";
import { Resultats } from "./pages.mjs";

const langue = (code, fichier) => JSON.parse(readFileSync(`langues/${code}/${fichier}.json`, "utf8"));
const remplir = (modele, valeurs) => modele.replace(/\{(\w+)\}/g, (_, k) => valeurs[k]);
// Arabic texts get Unicode isolates around Latin words and numbers.
const sansIsolats = (t) => t.replace(/[\u2066-\u2069]/g, "");

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

/**
 * A phone page whose taps are counted. Links to the mail app or the phone
 * are not followed (headless Chromium has neither): the address a tap would
 * open is recorded instead, in `ouvert()`.
 */
async function telephone() {
  const { page, erreurs } = await app.nouvellePage();
  let taps = 0;
  const tap = async (cible) => {
    taps += 1;
    await cible.click();
  };
  await page.addInitScript(() => {
    document.addEventListener(
      "click",
      (e) => {
        const lien = e.target.closest?.('a[href^="mailto:"], a[href^="tel:"]');
        if (lien) {
          window.__ouvert = lien.getAttribute("href");
          e.preventDefault();
        }
      },
      true,
    );
  });
  const ouvert = () => page.evaluate(() => window.__ouvert ?? null);
  return { page, erreurs, tap, taps: () => taps, ouvert };
}

/** The question on screen once it has changed from `avant`, or null on the results. */
async function questionApres(page, avant) {
  const suite = await page.waitForFunction((q) => {
    if (location.hash.startsWith("#/jeune/resultats")) return "resultats";
    const ecran = document.querySelector("[data-question]");
    return ecran && ecran.dataset.question !== q ? ecran.dataset.question : false;
  }, avant);
  const code = await suite.jsonValue();
  return code === "resultats" ? null : code;
}

/**
 * Answers the questionnaire from the age on, one tap per answer; the age is
 * typed in the field, which has the focus when the screen opens. Returns,
 * for each question, its heading, its help and its counter.
 */
async function repondre({ page, tap }, reponses) {
  const vus = [];
  let question = "age";
  await page.waitForSelector('[data-question="age"]');
  while (question) {
    const ecran = page.locator(`[data-question="${question}"]`);
    vus.push({
      question,
      titre: sansIsolats((await ecran.locator("h1").textContent()).trim()),
      aide: (await ecran.locator(".aide").allTextContents()).join(" "),
      // Without the Unicode isolates that keep numbers in place in Arabic.
      compteur: sansIsolats((await ecran.locator(".progression").allTextContents()).join("")),
      choix: await ecran.locator("[data-valeur]").allTextContents(),
    });
    if (question === "age") {
      await page.waitForFunction(() => document.activeElement?.id === "age");
      await page.keyboard.type(String(reponses.age));
      await tap(page.locator('[data-action="continuer"]'));
    } else if (question === "besoins") {
      for (const b of reponses.besoins ?? []) await tap(page.locator(`input[value="${b}"]`));
      await tap(page.locator('[data-action="continuer"]'));
    } else {
      const valeur = reponses[question];
      assert.ok(valeur, `question inattendue : ${question}`);
      await tap(ecran.locator(`[data-valeur="${valeur}"]`));
    }
    question = await questionApres(page, question);
  }
  await new Resultats(page).attendre();
  return vus;
}

/** The counters seen, in order, must read 1, 2, 3…: never a jump. */
function compteursSansSaut(vus, modele) {
  assert.deepEqual(
    vus.map((v) => v.compteur),
    vus.map((_, i) => remplir(modele, { n: i + 1 })),
  );
}

test("Inès, 16 ans, lycéenne suivie par l'ASE : de l'accueil à son e-mail prérempli en 12 touchers au plus", async () => {
  const t = await telephone();
  const { page, erreurs, tap } = t;
  const fr = langue("fr", "resultats");
  await app.ouvrir(page, "#/");
  await tap(page.locator('[data-porte="jeune"]'));
  await tap(page.locator('[data-action="commencer"]'));
  const vus = await repondre(t, { age: 16, territoire: "oui", situation: "lycee", rep: "nsp", ase: "oui", qpv: "nsp", modalite: "indifferent", temps: "nsp" });
  compteursSansSaut(vus, langue("fr", "questionnaire").progression);
  assert.equal(new URL(page.url()).hash.includes("pour=enfant"), false);

  // Les Ombres fits (so does Proxité, whose partners include the ASE): the
  // heading says the best one fits, the card says how to get in.
  const ombres = page.locator('[data-programme="les-ombres"][data-verdict="eligible"]');
  assert.equal((await page.locator("#meilleur").textContent()).trim(), fr.meilleur_tu);
  assert.equal(await page.locator(".resultats__meilleur [data-programme]").getAttribute("data-verdict"), "eligible");
  assert.equal(await ombres.locator("[data-acces]").getAttribute("data-acces"), "ase direct");
  assert.match(await ombres.locator("[data-acces]").innerText(), new RegExp(fr.acces_ase_tu.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await app.capture(page, "parcours-ines-resultats");
  // The whole address on one line or cut at "@" or ".", never inside "les-ombres".
  const lignes = await ombres
    .locator('[data-contact="courriel"] .insecable')
    .evaluateAll((morceaux) => new Set(morceaux.map((m) => Math.round(m.getBoundingClientRect().top))).size);
  assert.ok(lignes <= 2, `${lignes} lignes`);
  for (const morceau of await ombres.locator('[data-contact="courriel"] .insecable').evaluateAll((els) => els.map((e) => e.getClientRects().length))) {
    assert.equal(morceau, 1, "un morceau d'adresse coupé en deux");
  }

  await ombres.locator('[data-contact="courriel"]').scrollIntoViewIfNeeded();
  await app.capture(page, "parcours-ines-contact");
  await tap(ombres.locator('[data-contact="courriel"]'));
  const lien = await t.ouvert();
  assert.ok(lien?.startsWith("mailto:alexandre.fuster@les-ombres.com?subject="), lien);
  const corps = decodeURIComponent(new URL(lien).searchParams.get("body") ?? lien.split("body=")[1]);
  for (const ligne of ["- Âge : 16 ans", "- Situation : lycéen ou lycéenne", "Mon nom : ", "Mon téléphone ou mon e-mail : "]) {
    assert.ok(corps.split("\n").includes(ligne), `« ${ligne} » manque :\n${corps}`);
  }
  assert.equal(corps.includes("ASE"), false, "l'ASE n'est écrite que si elle coche la case");
  assert.ok(t.taps() <= 12, `${t.taps()} touchers`);
  console.log(`Inès : ${t.taps()} touchers jusqu'à son e-mail`);
  assert.equal(await defileHorizontalement(page), false);
  assert.deepEqual(erreurs, []);
});

test("une mère, en FALC, pour sa fille de 9 ans en école REP : « vous » partout, un compteur qui ne saute pas", async () => {
  const t = await telephone();
  const { page, erreurs, tap } = t;
  const q = langue("falc", "questionnaire");
  const r = langue("falc", "resultats");
  await app.ouvrir(page, "#/");
  await tap(page.locator('[data-langue-choix="falc"]'));
  await page.waitForFunction(() => document.documentElement.dataset.langue === "falc");
  assert.equal((await page.locator('[data-porte="parent"] .porte__titre').textContent()).trim(), langue("falc", "accueil").porte_parent_titre);
  await tap(page.locator('[data-porte="parent"]'));
  assert.equal((await page.locator("main h1").textContent()).trim(), q.accueil_titre_vous);
  assert.deepEqual(await page.locator(".puces li").allTextContents(), [q.accueil_une_question_vous, q.accueil_nsp_vous, q.accueil_reponses_locales_vous]);
  await app.capture(page, "parcours-mere-falc-accueil");
  await tap(page.locator('[data-action="commencer"]'));
  const vus = await repondre(t, { age: 9, territoire: "oui", situation: "ecole", rep: "oui", ase: "nsp", qpv: "nsp", besoins: ["scolaire"], modalite: "indifferent", temps: "nsp" });
  compteursSansSaut(vus, q.progression);
  // Every heading is the parent's ("vous") version, and no answer says "je".
  const titres = Object.fromEntries(vus.map((v) => [v.question, v.titre]));
  for (const [question, titre] of Object.entries(titres)) assert.equal(titre, q[`${question}_titre_vous`], question);
  const situation = vus.find((v) => v.question === "situation");
  assert.equal(situation.choix.some((c) => /\bje\b|\bj'/i.test(c)), false, situation.choix.join(" | "));
  assert.equal(vus.find((v) => v.question === "rep").titre.includes("pareil"), false);
  assert.match(new URL(page.url()).hash, /pour=enfant/);

  // AFEV fits; its e-mail says what makes the child eligible, with room for her name.
  const afev = page.locator('[data-programme="afev"][data-verdict="eligible"]');
  assert.equal((await page.locator("#meilleur").textContent()).trim(), r.meilleur_vous);
  assert.match(await afev.locator("[data-acces]").innerText(), new RegExp(r.acces_direct_vous.slice(0, 25)));
  await app.capture(page, "parcours-mere-falc-resultats");
  await tap(afev.locator('[data-contact="courriel"]'));
  const corps = decodeURIComponent((await t.ouvert()).split("body=")[1]);
  for (const ligne of ["- Âge de mon enfant : 9 ans", "- Éducation prioritaire (REP ou REP+) : oui", "Mon nom : ", "Mon téléphone ou mon e-mail : "]) {
    assert.ok(corps.split("\n").includes(ligne), `« ${ligne} » manque :\n${corps}`);
  }
  assert.ok(corps.includes("- Langue de lecture : français facile à lire"), corps);
  console.log(`Mère (FALC) : ${t.taps()} touchers jusqu'à l'e-mail`);
  assert.deepEqual(erreurs, []);
});

/** Number of pages of a PDF, from its page objects. */
function pages(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("une CPE prépare la fiche d'orientation d'un collégien de 14 ans en REP+ : une page A4, texte ≥ 10 pt, bloc de l'orienteur", async () => {
  const t = await telephone();
  const { page, erreurs, tap } = t;
  const pro = langue("fr", "pro");
  await app.ouvrir(page, "#/");
  assert.equal((await page.locator('[data-porte="pro"] .porte__titre').textContent()).trim(), langue("fr", "accueil").porte_pro_titre);
  await tap(page.locator('[data-porte="pro"]'));
  await tap(page.locator("#age-jeune"));
  await page.keyboard.type("14");
  await tap(page.locator('input[name="cud"][value="oui"]'));
  await tap(page.locator('input[name="situation"][value="college"]'));
  await tap(page.locator('input[name="rep"][value="oui"]'));
  await tap(page.locator('input[name="ase"][value="non"]'));
  await tap(page.locator('[data-action="fiche"]'));
  await page.waitForSelector(".fiche-orientation [data-verdict]");

  // The whole situation, the ASE only once ticked.
  const situation = page.locator('[data-fiche="situation"]');
  assert.match(await situation.innerText(), /14 ans, collégien ou collégienne, Habite la CUD : oui, éducation prioritaire \(REP ou REP\+\) : oui/);
  assert.equal((await situation.innerText()).includes("ASE"), false);
  await tap(page.locator('[data-action="ase-sur-fiche"]'));
  assert.match(await situation.innerText(), /Aide sociale à l'enfance \(ASE\) : non/);
  await tap(page.locator('[data-action="ase-sur-fiche"]'));
  assert.equal((await situation.innerText()).includes("ASE"), false);

  // The referrer's block, typed here, printed, never stored nor in the link.
  await tap(page.locator("#orienteur-nom"));
  await page.keyboard.type("Mme Durand");
  await tap(page.locator("#orienteur-structure"));
  await page.keyboard.type("Collège Jean Zay, CPE");
  await tap(page.locator("#orienteur-telephone"));
  await page.keyboard.type("03 28 00 00 00");
  await tap(page.locator("#fiche-notes"));
  await page.keyboard.type("Rendez-vous avec la famille jeudi.");
  const stockage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.equal(stockage.includes("Durand") || stockage.includes("jeudi"), false, stockage);
  assert.equal(page.url().includes("Durand"), false);
  // The family's results link, without the ASE answer unless ticked.
  assert.match(await page.locator(".fiche-orientation__lien").innerText(), /#\/jeune\/resultats\?age=14&cud=oui&situation=college&rep=oui$/);
  // A contact the family can use in one tap: Proxité's phone on the sheet.
  const tel = page.locator('.fiche-orientation [data-programme="proxite"] a[href^="tel:"]');
  assert.equal(await tel.count(), 1);
  await app.capture(page, "parcours-cpe-fiche");

  await page.emulateMedia({ media: "print" });
  const tailles = await page.locator(".fiche-orientation p, .fiche-orientation li").evaluateAll((els) =>
    els.filter((e) => e.offsetParent !== null).map((e) => parseFloat(getComputedStyle(e).fontSize)),
  );
  assert.ok(tailles.length > 5);
  assert.ok(Math.min(...tailles) >= (10 * 96) / 72 - 0.01, `texte de ${Math.min(...tailles)} px < 10 pt`);
  assert.equal(await page.locator("#orienteur-nom").isVisible(), true, "le bloc de l'orienteur est imprimé");
  assert.equal(await page.locator('[data-action="ase-sur-fiche"]').isVisible(), false, "pas de case sur le papier");
  // The sheet fills its page: its bottom is in the lower part of an A4 page.
  const pdf = await page.pdf({ format: "A4", path: "target/captures/parcours-cpe-fiche.pdf" });
  assert.equal(pages(pdf), 1, "une seule page A4");
  await page.emulateMedia({ media: "screen" });
  assert.ok(t.taps() <= 16, `${t.taps()} touchers`);
  console.log(`CPE : ${t.taps()} touchers jusqu'à la fiche remplie`);
  assert.deepEqual(erreurs, [], pro.titre_fiche);
});

test("un retraité de 67 ans qui veut être mentor : un contact utilisable en 6 touchers au plus", async () => {
  const t = await telephone();
  const { page, erreurs, tap } = t;
  const r = langue("fr", "resultats");
  await app.ouvrir(page, "#/");
  await tap(page.locator('[data-porte="mentor"]'));
  await tap(page.locator('input[name="profil"][value="retraite"]'));
  if (await page.locator("#age-mentor").count()) {
    await tap(page.locator("#age-mentor"));
    await page.keyboard.type("67");
  }
  await tap(page.locator('[data-action="voir"]'));
  await page.waitForSelector(".resultats [data-verdict]", { state: "attached" });
  const verdicts = Object.fromEntries(await new Resultats(page).verdicts());
  assert.equal(Object.values(verdicts).includes("eligible"), false, JSON.stringify(verdicts));
  // Nothing sure: the Collectif and 1jeune1mentor.fr come before any card.
  const aide = page.locator('[data-aide="collectif"]');
  assert.equal(await aide.locator("h2").textContent(), r.aide_titre);
  assert.equal(
    await page.evaluate(() => {
      const aide = document.querySelector('[data-aide="collectif"]');
      const carte = document.querySelector("[data-verdict]");
      return Boolean(aide.compareDocumentPosition(carte) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
    true,
  );
  assert.equal(await aide.locator('[data-contact="plateforme"]').getAttribute("href"), "https://www.1jeune1mentor.fr/");
  await app.capture(page, "parcours-retraite-resultats");
  await tap(aide.locator('[data-contact="collectif"]'));
  assert.equal(await t.ouvert(), "mailto:hautsdefrance@collectifmentorat.fr");
  assert.ok(t.taps() <= 6, `${t.taps()} touchers`);
  console.log(`Retraité : ${t.taps()} touchers jusqu'au Collectif`);
  assert.deepEqual(erreurs, []);
});

test("un père arabophone pour son fils de 12 ans au collège : « vous », titres fidèles aux verdicts, téléphone d'abord", async () => {
  const t = await telephone();
  const { page, erreurs, tap } = t;
  const q = langue("ar", "questionnaire");
  const r = langue("ar", "resultats");
  await app.ouvrir(page, "#/");
  await tap(page.locator('[data-langue-choix="ar"]'));
  await page.waitForFunction(() => document.documentElement.dataset.langue === "ar");
  await tap(page.locator('[data-porte="parent"]'));
  assert.equal((await page.locator("main h1").textContent()).trim(), q.accueil_titre_vous);
  await tap(page.locator('[data-action="commencer"]'));
  const vus = await repondre(t, { age: 12, territoire: "oui", situation: "college", rep: "nsp", ase: "nsp", qpv: "nsp", modalite: "indifferent", temps: "nsp" });
  compteursSansSaut(vus, q.progression);
  for (const v of vus) assert.equal(v.titre, sansIsolats(q[`${v.question}_titre_vous`]), v.question);
  await app.capture(page, "parcours-pere-ar-resultats");

  // Nothing is sure (the school's REP status is unknown): the heading says "to check first".
  const premier = await page.locator(".resultats__meilleur [data-verdict]").getAttribute("data-verdict");
  assert.equal(premier, "to-check");
  assert.equal((await page.locator("#meilleur").textContent()).trim(), r.a_verifier_premier);
  assert.equal((await page.locator('[data-aide="collectif"] h2').textContent()).trim(), r.aide_titre);
  // Proxité has a phone: it comes first among its contacts, and one tap calls.
  const proxite = page.locator('[data-programme="proxite"][data-verdict]');
  const contacts = await proxite.locator(".contact [data-contact]").evaluateAll((els) => els.map((e) => e.dataset.contact));
  assert.equal(contacts[0], "telephone");
  await proxite.locator('[data-contact="telephone"]').scrollIntoViewIfNeeded();
  await app.capture(page, "parcours-pere-ar-contact");
  await tap(proxite.locator('[data-contact="telephone"]'));
  assert.match(await t.ouvert(), /^tel:\+?[0-9]+$/);
  console.log(`Père (arabe) : ${t.taps()} touchers jusqu'à l'appel`);
  assert.equal(await defileHorizontalement(page), false);
  assert.deepEqual(erreurs, []);
});
