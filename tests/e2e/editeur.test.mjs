// The catalogue editor (editeur.html), as the Collectif's coordinator uses
// it on a phone: change Proxité's phone number, type a wrong e-mail for the
// AFEV and see the build's message beside the field, correct it, see the
// two changes, save; the saved file passes the build's checker and, served
// as the remote catalogue, the app shows the new number. Then a French
// description changed in that file makes its translations stale, in the
// editor's list and in the app. Screenshots for docs/mettre-a-jour-le-catalogue.md.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer } from "./navigateur.mjs";
import { choisirLangue } from "./pages.mjs";
import { EXCLU } from "../../scripts/service-worker.mjs";

const MOTS = JSON.parse(readFileSync("editeur/textes.json", "utf8")).mots;
const EMBARQUE = JSON.parse(readFileSync("public/catalogue.json", "utf8"));
const NOUVEAU_TELEPHONE = "03 28 11 22 33";
const DOSSIER = "target/e2e/editeur";
// The guide's screenshots (docs/captures/), taken by this test.
const GUIDE = "docs/captures";
// The coordinator edits later than the build: the saved file is newer.
const PLUS_TARD = new Date("2027-01-15T10:00:00Z");

// The catalogue the app's server declares and serves, once saved.
let distant = null;
let app;

before(async () => {
  mkdirSync(DOSSIER, { recursive: true });
  mkdirSync(GUIDE, { recursive: true });
  app = await demarrer({
    intercepter: (chemin, _req, res) => {
      if (chemin !== "/distant/catalogue.json" || !distant) return false;
      res.writeHead(200, { "content-type": "application/json" }).end(distant);
      return true;
    },
    transformer: (chemin, contenu) =>
      distant && (chemin === "/" || chemin.endsWith("index.html"))
        ? Buffer.from(contenu.toString().replace('name="catalogue-distant" content=""', 'name="catalogue-distant" content="distant/catalogue.json"'))
        : contenu,
  });
});
after(() => app.fermer());

async function ouvrirEditeur() {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await page.clock.setFixedTime(PLUS_TARD);
  await page.goto(app.serveur.url + "editeur.html");
  await page.waitForSelector("h1");
  await page.locator("[data-perimees]").first().waitFor();
  return { page, erreurs, contexte };
}

function champ(page, programme, nom) {
  return page.locator(`[data-champ="${programme}:${nom}"]`);
}

/** Presses a save button; returns { name: path } of the files it downloads. */
async function enregistrer(page, bouton, fichiers) {
  const recus = [];
  const recevoir = (d) => recus.push(d);
  page.on("download", recevoir);
  await page.locator(`[data-editeur="${bouton}"]`).click();
  for (let essai = 0; recus.length < fichiers.length && essai < 50; essai++) await page.waitForTimeout(100);
  page.off("download", recevoir);
  const chemins = {};
  for (const d of recus) {
    chemins[d.suggestedFilename()] = join(DOSSIER, d.suggestedFilename());
    await d.saveAs(chemins[d.suggestedFilename()]);
  }
  assert.deepEqual(Object.keys(chemins).sort(), [...fichiers].sort());
  return chemins;
}

test("l'éditeur : modifier, voir l'erreur au champ, vérifier les changements, enregistrer ; l'app prend le nouveau catalogue", async () => {
  const { page, erreurs } = await ouvrirEditeur();
  assert.equal(await page.locator("h1").textContent(), MOTS.titre);
  assert.equal(await page.locator('[data-editeur="bilan"]').textContent(), MOTS.bilan_ok);
  await page.screenshot({ path: `${GUIDE}/editeur-1-ouvrir.png` });

  // Proxité's phone number.
  await page.locator('[data-editeur-programme="proxite"] > summary').click();
  const telephone = champ(page, "proxite", "contact.telephone");
  assert.equal(await telephone.inputValue(), EMBARQUE.programmes.find((p) => p.id === "proxite").contact.telephone);
  await telephone.fill(NOUVEAU_TELEPHONE);
  await telephone.evaluate((e) => e.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: `${GUIDE}/editeur-2-modifier.png` });

  // A wrong e-mail for the AFEV: the build's own message, beside the field.
  await page.locator('[data-editeur-programme="afev"] > summary').click();
  const courriel = champ(page, "afev", "contact.courriel");
  const juste = await courriel.inputValue();
  await courriel.fill("dunkerque-afev.org");
  const message = page.locator(`#${await courriel.getAttribute("id")}-erreur`);
  assert.equal(
    await message.textContent(),
    "catalogue.json : programme « afev » : champ « contact.courriel » : « dunkerque-afev.org » n'est pas une adresse e-mail",
  );
  assert.equal(await courriel.getAttribute("aria-invalid"), "true");
  assert.equal(await courriel.getAttribute("aria-describedby"), await message.getAttribute("id"));
  // The count of errors is announced (a live region) and saving waits.
  const bilan = page.locator('[data-editeur="bilan"]');
  assert.equal(await bilan.getAttribute("aria-live"), "polite");
  assert.equal(await bilan.textContent(), MOTS.bilan_erreurs.replace("{n}", "1"));
  assert.ok(await page.locator('[data-editeur="enregistrer"]').isDisabled());
  assert.match(await page.locator('[data-editeur-programme="afev"] > summary').textContent(), /1 erreur/);
  await courriel.evaluate((e) => e.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: `${GUIDE}/editeur-3-erreur.png` });
  // Screen readers get the same (axe on the whole editor, with the error shown).
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target).join(" ")}`), []);

  await courriel.fill(juste);
  assert.equal(await message.count(), 0);
  assert.equal(await courriel.getAttribute("aria-invalid"), null);
  assert.equal(await bilan.textContent(), MOTS.bilan_ok);

  // The two changes, field by field.
  const changements = page.locator("[data-changement]");
  assert.deepEqual(await changements.evaluateAll((l) => l.map((e) => e.dataset.changement)), ["proxite:contact.telephone"]);
  assert.match(await changements.first().textContent(), new RegExp(NOUVEAU_TELEPHONE));
  // The date it was checked with the association.
  await page.locator('[data-editeur-programme="proxite"] [data-editeur="verifie-aujourdhui"]').click();
  assert.equal(await champ(page, "proxite", "verifie_le").inputValue(), "2027-01-15");
  assert.deepEqual(await changements.evaluateAll((l) => l.map((e) => e.dataset.changement)), [
    "proxite:contact.telephone",
    "proxite:verifie_le",
  ]);
  await page.locator("#changements").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${GUIDE}/editeur-4-changements.png` });

  const { "catalogue.json": fichier } = await enregistrer(page, "enregistrer", ["catalogue.json"]);
  const { "services.json": services } = await enregistrer(page, "enregistrer-data-inclusion", ["services.json", "structures.json"]);
  await page.locator('[data-editeur="enregistre"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${GUIDE}/editeur-5-enregistrer.png` });
  assert.deepEqual(erreurs, []);

  // The build's checker accepts the saved file (make catalogue-check).
  const sortie = execFileSync("cargo", ["run", "--offline", "--quiet", "--bin", "catalogue-check", "--", fichier], { encoding: "utf8" });
  assert.match(sortie, /catalogue valide, 6 programmes, à jour au 2027-01-15/);
  const sauve = JSON.parse(readFileSync(fichier, "utf8"));
  const proxite = sauve.programmes.find((p) => p.id === "proxite");
  assert.equal(proxite.contact.telephone, NOUVEAU_TELEPHONE);
  assert.equal(proxite.verifie_le, "2027-01-15");
  // Nothing else moved: the rest of the file is the published one.
  const attendu = structuredClone(EMBARQUE);
  Object.assign(attendu.programmes.find((p) => p.id === "proxite").contact, { telephone: NOUVEAU_TELEPHONE });
  attendu.programmes.find((p) => p.id === "proxite").verifie_le = "2027-01-15";
  attendu.date_maj = "2027-01-15";
  assert.deepEqual(sauve, attendu);
  // data·inclusion: the same export as `make open-data`, dated by the check.
  const service = JSON.parse(readFileSync(services, "utf8")).find((s) => s.id === "trouve-ton-mentor--proxite");
  assert.equal(service.telephone, "+33328112233");
  assert.equal(service.date_maj, "2027-01-15");

  // Served as the remote catalogue the site declares: the app shows it.
  distant = readFileSync(fichier, "utf8");
  const visite = await app.nouvellePage();
  await app.ouvrir(visite.page, "#/programmes/proxite");
  await visite.page.waitForFunction(() => document.querySelector("[data-catalogue-date]")?.dataset.catalogueDate === "2027-01-15");
  const tel = visite.page.locator('[data-contact="telephone"]');
  assert.match(await tel.textContent(), new RegExp(NOUVEAU_TELEPHONE));
  assert.equal(await tel.getAttribute("href"), "tel:0328112233");
  assert.equal(await visite.page.locator("[data-verifie-le]").getAttribute("data-verifie-le"), "2027-01-15");
  await tel.evaluate((e) => e.scrollIntoView({ block: "center" }));
  await visite.page.screenshot({ path: `${GUIDE}/editeur-6-app.png` });
  await app.ouvrir(visite.page, "#/jeune/resultats?age=16&cud=oui&situation=lycee&ase=oui&besoins=orientation");
  await visite.page.locator('[data-programme="proxite"]').first().waitFor();
  assert.match(await visite.page.locator('[data-programme="proxite"]').first().innerHTML(), /tel:0328112233/);
  assert.deepEqual(visite.erreurs, []);
  copyFileSync(fichier, join(DOSSIER, "catalogue-telephone.json"));
});

test("les listes : ajouter un partenaire, retirer un lieu, au clavier ; les changements et le fichier enregistré suivent", async () => {
  const { page, erreurs } = await ouvrirEditeur();
  await page.locator('[data-editeur-programme="article-1"] > summary').click();
  const article1 = EMBARQUE.programmes.find((p) => p.id === "article-1");
  const n = article1.partenaires.length;

  // "Ajouter un partenaire", by keyboard: the new, empty field has the focus,
  // and the build's rule asks for its text beside it.
  const ajouter = page.getByRole("button", { name: MOTS.ajouter.replace("{un}", "un partenaire"), exact: true });
  assert.equal(await ajouter.getAttribute("data-ajouter"), "article-1:partenaires");
  await ajouter.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((c) => document.activeElement?.dataset.champ === c, `article-1:partenaires[${n}]`);
  const nouveau = champ(page, "article-1", `partenaires[${n}]`);
  assert.equal(await page.locator(`label[for="${await nouveau.getAttribute("id")}"]`).textContent(), `Partenaire n° ${n + 1}`);
  assert.equal(
    await page.locator(`#${await nouveau.getAttribute("id")}-erreur`).textContent(),
    `catalogue.json : programme « article-1 » : champ « partenaires[${n}] » : ce texte ne peut pas être vide`,
  );
  assert.equal(await page.locator('[data-editeur="bilan"]').textContent(), MOTS.bilan_erreurs.replace("{n}", "1"));
  // Each element's button says which one it removes.
  for (let i = 1; i <= n + 1; i++) {
    assert.equal(await page.getByRole("button", { name: MOTS.retirer.replace("{le}", "le partenaire").replace("{n}", i), exact: true }).count(), 1);
  }
  await page.keyboard.type("Entreprises du Dunkerquois");
  assert.equal(await page.locator('[data-editeur="bilan"]').textContent(), MOTS.bilan_ok);

  // "Retirer le lieu 1", Article 1's only place: the focus goes to "Ajouter un lieu".
  const retirer = page.getByRole("button", { name: MOTS.retirer.replace("{le}", "le lieu").replace("{n}", 1), exact: true });
  assert.equal(await retirer.getAttribute("data-retirer"), "article-1:modalites.lieux[0]");
  await retirer.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset.ajouter === "article-1:modalites.lieux");
  assert.equal(await champ(page, "article-1", "modalites.lieux[0]").count(), 0);
  await page.locator('[data-liste="article-1:partenaires"]').evaluate((e) => e.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: `${GUIDE}/editeur-8-listes.png` });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id} : ${v.nodes.map((n) => n.target).join(" ")}`), []);

  // Both in the list of changes, in the file's order, with what they say.
  const changements = page.locator("[data-changement]");
  assert.deepEqual(await changements.evaluateAll((l) => l.map((e) => e.dataset.changement)), [
    "article-1:modalites.lieux[0]",
    `article-1:partenaires[${n}]`,
  ]);
  assert.match(await changements.nth(0).locator("del").textContent(), new RegExp(article1.modalites.lieux[0]));
  assert.equal(await changements.nth(1).locator("ins").textContent(), "Entreprises du Dunkerquois");

  // Saved: the build's checker accepts it, and nothing else moved.
  const { "catalogue.json": fichier } = await enregistrer(page, "enregistrer", ["catalogue.json"]);
  const sortie = execFileSync("cargo", ["run", "--offline", "--quiet", "--bin", "catalogue-check", "--", fichier], { encoding: "utf8" });
  assert.match(sortie, /catalogue valide, 6 programmes, à jour au 2027-01-15/);
  const attendu = structuredClone(EMBARQUE);
  const a1 = attendu.programmes.find((p) => p.id === "article-1");
  a1.partenaires.push("Entreprises du Dunkerquois");
  a1.modalites.lieux = [];
  attendu.date_maj = "2027-01-15";
  assert.deepEqual(JSON.parse(readFileSync(fichier, "utf8")), attendu);

  // Removing a place in the middle: the next one moves up and takes the focus.
  await page.locator('[data-editeur-programme="afev"] > summary').click();
  const lieux = EMBARQUE.programmes.find((p) => p.id === "afev").modalites.lieux;
  await page.locator('[data-retirer="afev:modalites.lieux[1]"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset.champ === "afev:modalites.lieux[1]");
  assert.equal(await champ(page, "afev", "modalites.lieux[1]").inputValue(), lieux[2]);
  assert.equal(await page.locator('[data-liste="afev:modalites.lieux"] [data-element]').count(), lieux.length - 1);
  assert.deepEqual(erreurs, []);
});

test("un texte français changé : ses traductions sont périmées dans l'éditeur, et l'app montre le français", async () => {
  // The file saved by the first test, or the published one with the same change.
  let catalogue;
  try {
    catalogue = JSON.parse(readFileSync(join(DOSSIER, "catalogue-telephone.json"), "utf8"));
  } catch {
    catalogue = structuredClone(EMBARQUE);
    catalogue.date_maj = "2027-01-15";
  }
  const proxite = catalogue.programmes.find((p) => p.id === "proxite");
  const nouvelle = "Proxité met en relation des jeunes et des bénévoles pour un accompagnement dans la durée, texte revu par le Collectif.";
  proxite.description[0] = nouvelle;
  const fichier = join(DOSSIER, "catalogue-description.json");
  writeFileSync(fichier, JSON.stringify(catalogue, null, 2) + "\n");

  const { page, erreurs } = await ouvrirEditeur();
  // Before: every translation is current.
  for (const code of ["en", "falc", "ar"]) {
    assert.equal(await page.locator(`[data-perimees="${code}"] [data-perimee]`).count(), 0, code);
  }
  await page.locator('[data-editeur="fichier"]').setInputFiles(fichier);
  await page.locator('[data-editeur="ouvert"]').filter({ hasText: "catalogue-description.json" }).waitFor();
  for (const code of ["en", "falc", "ar"]) {
    const perimees = await page.locator(`[data-perimees="${code}"] [data-perimee]`).evaluateAll((l) => l.map((e) => e.dataset.perimee));
    assert.deepEqual(perimees, ["programmes.proxite.description.0"], code);
  }
  await page.locator("#traductions").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${GUIDE}/editeur-7-traductions.png` });
  assert.deepEqual(erreurs, []);

  // The app, in English, with this catalogue: the French text, not the old translation.
  distant = readFileSync(fichier, "utf8");
  const ancienne = JSON.parse(readFileSync("langues/en/catalogue.json", "utf8"))["programmes.proxite.description.0"];
  const visite = await app.nouvellePage({ locale: "en-GB" });
  await app.ouvrir(visite.page, "#/programmes/proxite");
  await visite.page.waitForFunction(() => document.querySelector("[data-catalogue-date]")?.dataset.catalogueDate === "2027-01-15");
  if ((await visite.page.locator("html").getAttribute("data-langue")) !== "en") await choisirLangue(visite.page, "en");
  const article = visite.page.locator("article.fiche");
  await article.filter({ hasText: nouvelle }).waitFor();
  assert.ok(!(await article.textContent()).includes(ancienne));
  // Marked French for the voice that reads it; the translated ones are not.
  const paragraphe = article.locator("p", { hasText: nouvelle });
  assert.equal(await paragraphe.count(), 1);
  assert.equal(await paragraphe.getAttribute("lang"), "fr");
  assert.equal(await paragraphe.evaluate((e) => e.textContent.replace("\u2060", "").trim()), nouvelle);
  assert.equal(await visite.page.locator(".chapo").getAttribute("lang"), null);
  // Another text of the same programme is still translated.
  const accroche = JSON.parse(readFileSync("langues/en/catalogue.json", "utf8"))["programmes.proxite.accroche"];
  assert.equal(await visite.page.locator(".chapo").textContent(), accroche);
  assert.deepEqual(visite.erreurs, []);
});

test("ni l'app ni son service worker ne chargent l'éditeur", async () => {
  // Its files are in the build, none in the worker's precache list.
  const fichiers = readdirSync("dist").filter((f) => f.startsWith("editeur"));
  assert.ok(fichiers.includes("editeur.html") && fichiers.some((f) => f.endsWith(".wasm")), fichiers.join(" "));
  const precache = readFileSync("dist/sw.js", "utf8");
  assert.deepEqual(fichiers.filter((f) => precache.includes(f)), []);
  assert.ok(EXCLU("editeur.html") && EXCLU("editeur-abc_bg.wasm") && !EXCLU("index.html"));
  // A first visit with the worker installing: nothing of the editor is asked.
  distant = null;
  const visite = await app.nouvellePage({ serviceWorkers: "allow" });
  const avant = app.serveur.requetes.length;
  await app.ouvrir(visite.page, "#/programmes/proxite");
  await visite.page.evaluate(() => navigator.serviceWorker.ready);
  await visite.page.waitForTimeout(300);
  const vues = app.serveur.requetes.slice(avant);
  assert.ok(vues.some((d) => d.endsWith(".wasm")), vues.join(" "));
  assert.deepEqual(vues.filter((d) => d.includes("editeur")), []);
  assert.deepEqual(visite.erreurs, []);
});
