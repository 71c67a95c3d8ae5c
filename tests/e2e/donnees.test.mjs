// Privacy on a shared phone (issue 21): a sensitive answer (ASE) is never
// kept on the device nor put in a share link or a print unless ticked,
// someone else's results link never overwrites the saved answers, saved
// answers end after 30 days, and the "Vos données" page that says so
// exists in the four languages with no axe violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement } from "./navigateur.mjs";
import { Questionnaire, Resultats, choisirLangue, texte } from "./pages.mjs";

const CLE = "trouve-ton-mentor/reponses";
const JOUR = 86_400_000;
const LYCEENNE_ASE = { age: 16, situation: "lycee", rep: "non", ase: "oui", qpv: "non", besoins: ["orientation"], modalite: "distanciel" };


const remplir = (modele, valeurs) => Object.entries(valeurs).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), modele);

/** Everything the page keeps in the browser's storages, as one text. */
async function toutLeStockage(page) {
  return page.evaluate(() =>
    JSON.stringify([localStorage, sessionStorage].map((s) => Object.keys(s).map((k) => [k, s.getItem(k)]))),
  );
}

/** What a person with ASE = oui would see of it: les Ombres' reason, the summary's line. */
const RAISON_ASE_OUI = remplir(texte("fr", "moteur.requis_oui"), {
  nom: "Les Ombres",
  condition: JSON.parse(readFileSync("public/catalogue.json", "utf8")).programmes.find((p) => p.id === "les-ombres").eligibilite.conditions[0].texte,
});

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

test("(a) après ASE = oui, le stockage n'a pas l'ASE et la personne suivante ne la trouve nulle part", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  const origines = new Set();
  page.on("request", (r) => origines.add(new URL(r.url()).origin));
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre(LYCEENNE_ASE);
  const resultats = new Resultats(page);
  await resultats.attendre();
  // The person sees their answer.
  assert.equal(Object.fromEntries(await resultats.verdicts())["les-ombres"], "eligible");
  assert.ok((await page.locator("main").innerText()).includes(RAISON_ASE_OUI));
  // Saved, with an end date 30 days away said on screen, but without the ASE.
  const valeur = await page.evaluate((cle) => localStorage.getItem(cle), CLE);
  const [, jusqua] = valeur.match(/^v2:(\d+):/);
  assert.ok(Math.abs(Number(jusqua) - Date.now() - 30 * JOUR) < 5 * 60_000, valeur);
  assert.match(valeur, /age=16&.*situation=lycee/);
  assert.doesNotMatch(await toutLeStockage(page), /ase/i);
  const date = await page.evaluate((ms) => new Date(ms).toLocaleDateString("fr-FR"), Number(jusqua));
  assert.equal(await page.locator("[data-garde]").innerText(), remplir(texte("fr", "garde.jusqua_tu"), { date }));
  // No request outside the app's own address, no cookie.
  assert.deepEqual([...origines].filter((o) => o !== new URL(app.serveur.url).origin), []);
  assert.deepEqual(await contexte.cookies(), []);
  await page.close();

  // The next person on the same browser.
  const suivante = await contexte.newPage();
  await app.ouvrir(suivante, "#/");
  await app.ouvrir(suivante, "#/jeune");
  await suivante.locator('[data-action="reprendre"]').click();
  await new Resultats(suivante).attendre();
  await suivante.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const ecran = await suivante.locator("body").innerText();
  assert.ok(!ecran.includes(RAISON_ASE_OUI), "la raison « c'est le cas » des Ombres");
  assert.notEqual(Object.fromEntries(await new Resultats(suivante).verdicts())["les-ombres"], "eligible");
  const ligne = suivante.locator(".reponses div", { hasText: texte("fr", "resultats.intitule_ase") });
  assert.match(await ligne.locator("dd").innerText(), new RegExp(`^${texte("fr", "resultats.non_indique")}`));
  assert.doesNotMatch(await suivante.locator('[data-lien="resultats"]').inputValue(), /ase/);
  // The question itself opens with nothing chosen.
  await app.ouvrir(suivante, "#/jeune/ase");
  assert.equal(await suivante.locator('[data-question="ase"] [aria-pressed="true"]').count(), 0);
  assert.deepEqual(erreurs, []);
  await contexte.close();
});

test("(b) les réponses gardées survivent à l'ouverture du lien de résultats de quelqu'un d'autre", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre({ age: 12, situation: "college", rep: "oui", besoins: ["scolaire"] });
  await new Resultats(page).attendre();
  const miennes = await page.evaluate((cle) => localStorage.getItem(cle), CLE);
  assert.match(miennes, /age=12&.*situation=college/);

  // Someone else's link: their results are shown, the saved answers are untouched.
  await app.ouvrir(page, "#/jeune/resultats?age=22&situation=etudiant&besoins=emploi");
  await new Resultats(page).attendre();
  assert.equal(Object.fromEntries(await new Resultats(page).verdicts())["article-1"], "eligible");
  assert.equal(await page.locator('[data-avis="choix-reponses"] p').innerText(), texte("fr", "garde.lien"));
  assert.equal(await page.evaluate((cle) => localStorage.getItem(cle), CLE), miennes);
  // After a reload too, and "my results" are still mine.
  await page.reload();
  await new Resultats(page).attendre();
  assert.equal(await page.evaluate((cle) => localStorage.getItem(cle), CLE), miennes);
  await page.locator('[data-action="mes-reponses"]').click();
  await page.waitForFunction(() => location.hash.includes("age=12"));
  await new Resultats(page).attendre();
  assert.equal(await page.locator('[data-avis="choix-reponses"]').count(), 0);

  // The person may choose the link's answers instead: then they are kept.
  await app.ouvrir(page, "#/jeune/resultats?age=22&situation=etudiant&besoins=emploi");
  await page.locator('[data-action="garder-lien"]').click();
  await page.locator('[data-avis="choix-reponses"]').waitFor({ state: "detached" });
  await page.waitForFunction((cle) => /age=22/.test(localStorage.getItem(cle)), CLE);
  await app.ouvrir(page, "#/jeune");
  assert.match(await page.locator('[data-action="reprendre"]').getAttribute("href"), /age=22/);
  await contexte.close();

  // With nothing saved, a link is shown and nothing is written.
  const seul = await app.nouvellePage();
  await app.ouvrir(seul.page, "#/jeune/resultats?age=22&situation=etudiant");
  await new Resultats(seul.page).attendre();
  assert.equal(await seul.page.locator('[data-avis="choix-reponses"]').count(), 0);
  await app.ouvrir(seul.page, "#/jeune");
  assert.equal(await seul.page.evaluate((cle) => localStorage.getItem(cle), CLE), null);
  assert.equal(await seul.page.locator("[data-garde]").count(), 0);
  assert.deepEqual([...erreurs, ...seul.erreurs], []);
  await seul.contexte.close();
});

test("(c) le lien de partage fait après ASE = oui n'a pas de paramètre ase, sauf case cochée ; l'impression non plus", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await contexte.addInitScript(() => {
    window.print = () => {
      window.__impressions = (window.__impressions ?? 0) + 1;
    };
  });
  await app.ouvrir(page, "#/jeune");
  await new Questionnaire(page).repondre(LYCEENNE_ASE);
  await new Resultats(page).attendre();
  const lien = page.locator('[data-lien="resultats"]');
  const parametres = async () => new URL((await lien.inputValue()).replace("#/jeune/resultats", "")).searchParams;
  assert.equal((await parametres()).has("ase"), false, await lien.inputValue());
  assert.equal((await parametres()).get("age"), "16");
  // The button says what the link holds, and what it leaves out.
  const contenu = page.locator('[data-partage="contenu"]');
  assert.doesNotMatch(await contenu.innerText(), /ASE/);
  assert.match(await contenu.innerText(), new RegExp(texte("fr", "resultats.intitule_age")));
  const ase = texte("fr", "resultats.intitule_ase");
  assert.equal((await page.locator(".partage label.case").innerText()).trim(), remplir(texte("fr", "partage_resultats.ajouter_sensible"), { reponses: ase }));
  // Ticked: the answer goes in, and the box says so.
  await page.locator('[data-partage="sensible"]').check();
  assert.equal((await parametres()).get("ase"), "oui");
  assert.ok((await contenu.innerText()).includes(ase));
  await page.locator('[data-partage="sensible"]').uncheck();
  assert.equal((await parametres()).has("ase"), false);

  // The page a link without it opens says which answer is unknown.
  const sansAse = await lien.inputValue();
  const autre = await app.nouvellePage();
  await autre.page.goto(sansAse);
  await new Resultats(autre.page).attendre();
  assert.equal(await autre.page.locator("[data-inconnues]").innerText(), remplir(texte("fr", "avis_lien.inconnues"), { reponses: texte("fr", "etiquettes.critere_ase") }));
  assert.equal(Object.fromEntries(await new Resultats(autre.page).verdicts())["les-ombres"], "to-check");
  await autre.contexte.close();

  // Printing without the box prints the link's page: no ASE on paper.
  await page.locator('[data-action="imprimer"]').click();
  await page.waitForFunction(() => window.__impressions === 1);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /ase/);
  assert.ok(!(await page.locator("main").innerText()).includes(RAISON_ASE_OUI));
  assert.equal(await page.locator("[data-inconnues]").count(), 1);
  assert.deepEqual(erreurs, []);
  await contexte.close();
});

test("(d) des réponses gardées plus longtemps que la durée prévue disparaissent au démarrage", async () => {
  for (const [decalage, gardees] of [[-1000, false], [-40 * JOUR, false], [5 * JOUR, true]]) {
    const { page, erreurs, contexte } = await app.nouvellePage();
    await contexte.addInitScript(([cle, decalage]) => {
      // Only once: a reload must see what the app did with it.
      if (!sessionStorage.getItem("pose")) {
        sessionStorage.setItem("pose", "1");
        localStorage.setItem(cle, `v2:${Date.now() + decalage}:age=17&situation=lycee`);
      }
    }, [CLE, decalage]);
    await app.ouvrir(page, "#/jeune");
    const valeur = await page.evaluate((cle) => localStorage.getItem(cle), CLE);
    if (gardees) {
      assert.match(valeur, /age=17/);
      // Opening the app is not answering: the end date has not moved.
      assert.ok(Number(valeur.split(":")[1]) - Date.now() < 6 * JOUR, valeur);
      assert.equal(await page.locator('[data-action="commencer"]').innerText(), texte("fr", "questionnaire.reprendre"));
      assert.equal(await page.locator("[data-garde]").count(), 1);
    } else {
      assert.equal(valeur, null, String(decalage));
      assert.equal(await page.locator('[data-action="commencer"]').innerText(), texte("fr", "questionnaire.commencer"));
      assert.equal(await page.locator("[data-garde]").count(), 0);
      assert.equal(await page.locator('[data-avis="etat"]').count(), 0, "rien d'illisible : simplement fini");
    }
    assert.deepEqual(erreurs, []);
    await contexte.close();
  }
});

test("« Vos données » : depuis le pied de page, dans les quatre langues, sans violation axe", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await app.ouvrir(page, "#/");
  await page.locator('footer a[href="#/donnees"]').click();
  await page.waitForFunction(() => location.hash === "#/donnees");
  for (const code of ["fr", "falc", "en", "ar"]) {
    if (code !== "fr") await choisirLangue(page, code);
    assert.equal((await page.locator("main h1").innerText()).trim(), texte(code, "donnees.titre"));
    assert.equal((await page.locator('footer a[href="#/donnees"]').innerText()).trim(), texte(code, "pied.donnees"));
    assert.ok((await page.locator("main").innerText()).includes(texte(code, "donnees.garde_ase")), code);
    assert.equal(await defileHorizontalement(page), false, code);
    const resultat = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    assert.deepEqual(resultat.violations.map((v) => `${code} : ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`), []);
    await app.capture(page, `donnees-${code}`);
  }
  assert.deepEqual(erreurs, []);
});
