// The RGAA audit's checks that a browser can make, on every page of the
// audit's sample (docs/accessibilite/audit.json): the accessibility tree as
// a screen reader presents it, compared with tests/e2e/aria/<page>.yml;
// reflow at 320 CSS px, text at 200 %, text spacing (criterion 10.12),
// landscape; the keyboard path through every page; language, title and
// headings. docs/accessibilite/audit-rgaa.csv cites these tests as evidence.
//
// After a change of texts or markup, regenerate the expected trees and
// review their diff as a screen-reader user would hear it:
//   make aria-maj   (= ARIA_MAJ=1 node --test tests/e2e/rgaa.test.mjs on a fresh dist/)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement, TELEPHONE } from "./navigateur.mjs";
import { LANGUES, texte, choisirLangue } from "./pages.mjs";

const { echantillon: ECHANTILLON } = JSON.parse(readFileSync("docs/accessibilite/audit.json", "utf8"));
const DOSSIER_ARIA = "tests/e2e/aria";
const MAJ = process.env.ARIA_MAJ === "1";

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

/** Opens a page of the sample: a hash route of the app, or a static file. */
async function ouvrirPage(page, p) {
  await page.emulateMedia({ media: p.media ?? "screen" });
  if (p.adresse.startsWith("#")) {
    await app.ouvrir(page, p.adresse);
  } else {
    await page.goto(app.serveur.url + p.adresse);
    await page.waitForSelector("main h1");
  }
}

test("arbre d'accessibilité de chaque page de l'échantillon, tel qu'un lecteur d'écran le présente", async () => {
  const { page, erreurs } = await app.nouvellePage();
  // The referral sheet prints today's date: the clock is fixed.
  await page.clock.setFixedTime(new Date("2030-01-15T10:00:00"));
  mkdirSync(DOSSIER_ARIA, { recursive: true });
  const differents = [];
  for (const p of ECHANTILLON) {
    await ouvrirPage(page, p);
    // What the reader hears depends on the layout for print only through
    // what is hidden: the tree of the printed sheet is its own file.
    // The server's random port changes from run to run: a placeholder.
    const arbre = (await page.locator("body").ariaSnapshot()).replaceAll(app.serveur.url, "{serveur}/") + "\n";
    const fichier = `${DOSSIER_ARIA}/${p.id}.yml`;
    if (MAJ) writeFileSync(fichier, arbre);
    else if (!existsSync(fichier)) differents.push(`${fichier} manquant (ARIA_MAJ=1 pour le créer)`);
    else if (readFileSync(fichier, "utf8") !== arbre) {
      // The tree read is kept beside, for `diff`.
      mkdirSync("target/aria", { recursive: true });
      writeFileSync(`target/aria/${p.id}.yml`, arbre);
      differents.push(`${fichier} diffère de la page ${p.adresse} : diff ${fichier} target/aria/${p.id}.yml`);
    }
  }
  assert.deepEqual(differents, [], "ARIA_MAJ=1 node --test tests/e2e/rgaa.test.mjs régénère les fichiers");
  assert.deepEqual(erreurs, []);
});

test("langue, titre de page, titres de section et axe sur chaque page de l'échantillon", async () => {
  const { page } = await app.nouvellePage();
  const titres = new Map();
  for (const p of ECHANTILLON) {
    await ouvrirPage(page, p);
    const etat = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      titre: document.title,
      niveaux: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
        .filter((h) => h.getClientRects().length)
        .map((h) => Number(h.tagName[1])),
      doctype: document.doctype?.name,
    }));
    assert.equal(etat.doctype, "html", p.id);
    assert.equal(etat.lang, "fr", p.id);
    assert.equal(etat.dir, "ltr", p.id);
    // One h1 first, and no level skipped on the way down (9.1).
    assert.equal(etat.niveaux[0], 1, `${p.id} : ${etat.niveaux}`);
    assert.equal(etat.niveaux.filter((n) => n === 1).length, 1, `${p.id} : ${etat.niveaux}`);
    etat.niveaux.forEach((n, i) => assert.ok(i === 0 || n <= etat.niveaux[i - 1] + 1, `${p.id} : ${etat.niveaux}`));
    // The page's title names the page, and two screens never share one (8.5, 8.6).
    const h1 = (await page.locator("main h1").first().innerText()).trim();
    assert.ok(etat.titre.length > 10, p.id);
    // The static page is the same programme as the app's page: same title.
    if (p.media !== "print" && p.id !== "statique") {
      assert.ok(!titres.has(etat.titre) || titres.get(etat.titre) === p.adresse, `${p.id} : « ${etat.titre} » déjà pris`);
      titres.set(etat.titre, p.adresse);
    }
    assert.ok(h1.length > 0, p.id);
    {
      const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      assert.deepEqual(r.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" | ")}`), [], p.id);
    }
  }
});

// Criterion 10.12's values: line height 1.5, paragraphs 2 em apart,
// letters 0.12 em, words 0.16 em.
const ESPACEMENT = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt, blockquote { margin-bottom: 2em !important; }`;

/** Elements whose text is cut by their own box (overflow hidden or clip). */
async function texteCoupe(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => {
        const s = getComputedStyle(e);
        if (!e.getClientRects().length || !e.innerText?.trim()) return false;
        if (e.matches(".visuellement-cache, .lien-evitement")) return false;
        const coupeX = /hidden|clip/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
        const coupeY = /hidden|clip/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
        return coupeX || coupeY;
      })
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} « ${e.innerText.slice(0, 40)} »`),
  );
}

test("320 px de large, texte à 200 %, espacement du texte, paysage : rien ne déborde ni n'est coupé", async () => {
  const { page } = await app.nouvellePage();
  const problemes = [];
  for (const p of ECHANTILLON.filter((p) => p.media !== "print")) {
    // 10.11: 320 CSS px wide (a 1280 px window zoomed to 400 %).
    await page.setViewportSize({ width: 320, height: 256 });
    await ouvrirPage(page, p);
    if (await defileHorizontalement(page)) problemes.push(`${p.id} : défilement horizontal à 320 px`);
    // 10.4: text at 200 % on a 360 px phone.
    await page.setViewportSize(TELEPHONE);
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    if (await defileHorizontalement(page)) problemes.push(`${p.id} : défilement horizontal à 200 %`);
    for (const c of await texteCoupe(page)) problemes.push(`${p.id} : texte coupé à 200 % : ${c}`);
    await page.evaluate(() => (document.documentElement.style.fontSize = ""));
    // 10.12: the user's text spacing, injected as a user style sheet would.
    const style = await page.addStyleTag({ content: ESPACEMENT });
    if (await defileHorizontalement(page)) problemes.push(`${p.id} : défilement horizontal avec l'espacement 10.12`);
    for (const c of await texteCoupe(page)) problemes.push(`${p.id} : texte coupé avec l'espacement 10.12 : ${c}`);
    await style.evaluate((s) => s.remove());
    // 13.9: landscape.
    await page.setViewportSize({ width: TELEPHONE.height, height: TELEPHONE.width });
    if (await defileHorizontalement(page)) problemes.push(`${p.id} : défilement horizontal en paysage`);
    await page.setViewportSize(TELEPHONE);
  }
  assert.deepEqual(problemes, []);
});

test("au clavier : lien d'évitement d'abord, chaque élément atteint dans l'ordre, focus visible, aucun piège", async () => {
  const { page } = await app.nouvellePage();
  const problemes = [];
  for (const p of ECHANTILLON.filter((p) => p.media !== "print")) {
    await ouvrirPage(page, p);
    // Every element Tab should reach, in document order (no positive tabindex).
    const attendus = await page.evaluate(() => {
      const sel = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), textarea:not([disabled]), select:not([disabled]), summary, [tabindex]";
      const vus = new Set();
      window.__clavier = [...document.querySelectorAll(sel)].filter((e) => {
        // Inside a closed <details>, an element is not rendered: not a stop.
        if (e.tabIndex < 0 || !e.checkVisibility({ visibilityProperty: true })) return false;
        // A group of radio buttons is one stop.
        if (e.type === "radio") {
          if (vus.has(e.name)) return false;
          vus.add(e.name);
        }
        return true;
      });
      return window.__clavier.length;
    });
    // Start from the top of the document, as after loading the page: a
    // focused element removed leaves the starting point at the body's start.
    await page.evaluate(() => {
      const debut = document.createElement("span");
      debut.tabIndex = -1;
      document.body.prepend(debut);
      debut.focus();
      debut.remove();
    });
    const ordre = [];
    for (let i = 0; i < attendus + 1; i++) {
      await page.keyboard.press("Tab");
      const etat = await page.evaluate(() => {
        const e = document.activeElement;
        const s = getComputedStyle(e);
        const apres = getComputedStyle(e, "::after");
        const visible = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || (apres.outlineStyle !== "none" && parseFloat(apres.outlineWidth) >= 2) || s.boxShadow !== "none";
        const rang = window.__clavier.indexOf(e.type === "radio" ? window.__clavier.find((x) => x.name === e.name) : e);
        return { rang, visible, nom: `${e.tagName.toLowerCase()} « ${(e.innerText || e.value || e.getAttribute("aria-label") || "").slice(0, 30)} »` };
      });
      ordre.push(etat.rang);
      if (etat.rang >= 0 && !etat.visible) problemes.push(`${p.id} : focus invisible sur ${etat.nom}`);
      // Out of the page's elements (into the browser's interface), or back
      // to the first one: Tab went through, nothing trapped it.
      if (etat.rang === -1 || (etat.rang === 0 && i > 0)) {
        ordre.pop();
        break;
      }
    }
    if (p.adresse.startsWith("#") && ordre[0] !== 0) problemes.push(`${p.id} : le premier arrêt n'est pas le lien d'évitement`);
    const parcours = ordre.filter((r) => r >= 0);
    const dansLOrdre = parcours.every((r, i) => r === i);
    if (!dansLOrdre || parcours.length !== attendus) problemes.push(`${p.id} : ordre ${parcours.join(",")} pour ${attendus} éléments`);
  }
  assert.deepEqual(problemes, []);
});

/** The rows of a CSV file (RFC 4180), header included. */
function lireCsv(t) {
  const rangees = [[]];
  let champ = "";
  let guillemets = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (guillemets) {
      if (c === '"' && t[i + 1] === '"') (champ += '"'), i++;
      else if (c === '"') guillemets = false;
      else champ += c;
    } else if (c === '"') guillemets = true;
    else if (c === ",") rangees.at(-1).push(champ), (champ = "");
    else if (c === "\n") rangees.at(-1).push(champ), (champ = ""), rangees.push([]);
    else champ += c;
  }
  return rangees.filter((r) => r.length > 1);
}

/**
 * The rate recomputed here, apart from src/audit_rgaa.rs which the build
 * uses: per criterion, each page's verdict (its own row, else `*`); met if
 * no page is NC, applicable if one page is not NA.
 */
function tauxDeLAudit() {
  const pages = ECHANTILLON.map((p) => p.id);
  const criteres = lireCsv(readFileSync("docs/accessibilite/criteres-rgaa.csv", "utf8")).slice(1).map((r) => r[0]);
  const lignes = lireCsv(readFileSync("docs/accessibilite/audit-rgaa.csv", "utf8")).slice(1);
  let respectes = 0;
  let applicables = 0;
  for (const c of criteres) {
    const statuts = pages.map((p) => (lignes.find((l) => l[0] === c && l[1].split(" ").includes(p)) ?? lignes.find((l) => l[0] === c && l[1] === "*"))[2]);
    if (statuts.every((s) => s === "NA")) continue;
    applicables++;
    if (!statuts.includes("NC")) respectes++;
  }
  return Math.floor((respectes * 1000) / applicables);
}

test("la déclaration montre l'état, le taux calculé et la date de l'audit, dans chaque langue ; le contact vient de l'hôte", async () => {
  const { page, erreurs } = await app.nouvellePage();
  const { date } = JSON.parse(readFileSync("docs/accessibilite/audit.json", "utf8"));
  const dixiemes = tauxDeLAudit();
  const etat = dixiemes === 1000 ? "conformite_totale" : dixiemes >= 500 ? "conformite_partielle" : "conformite_non";
  const [a, m, j] = date.split("-");
  for (const { code, decimale } of LANGUES) {
    await app.ouvrir(page, "#/accessibilite");
    if (code !== LANGUES[0].code) await choisirLangue(page, code);
    assert.equal(Number(await page.locator("[data-taux]").getAttribute("data-taux")), dixiemes, code);
    const conformite = texte(code, "accessibilite.etat").replace("{statut}", texte(code, `accessibilite.${etat}`));
    assert.equal(await page.locator("[data-partie=conformite]").innerText(), conformite, code);
    const chiffre = `${Math.floor(dixiemes / 10)}${dixiemes % 10 ? decimale + (dixiemes % 10) : ""}`;
    const resultats = await page.locator("[data-partie=resultats]").innerText();
    const attendu = texte(code, "accessibilite.resultats").replace("{taux}", chiffre).replace("{date}", `${j}/${m}/${a}`);
    assert.equal(resultats, attendu, code);
    await app.capture(page, `accessibilite-${code}`);
  }
  const collectif = JSON.parse(readFileSync("public/catalogue.json", "utf8")).contact_regional.courriel;
  const contact = async () => (await page.locator("[data-contact-accessibilite]").getAttribute("href")).split("?")[0];
  await app.ouvrir(page, "?contact=accessibilite@cud.example#/accessibilite");
  assert.equal(await contact(), "mailto:accessibilite@cud.example");
  await app.ouvrir(page, "?contact=javascript:alert(1)#/accessibilite");
  assert.equal(await contact(), `mailto:${collectif}`);
  assert.deepEqual(erreurs, []);
});
