// Embedded in host pages of another origin (a second server on another
// port): the host logic 1jeune1solution runs (public/embed-demo.js: polls
// 'size-request' every 100 ms, checks the origin, JSON.parses, height + 40),
// and the one-line integration script (public/integration.js) in a page
// that holds nothing else, under a strict CSP on both sides. The app is
// served under a sub-path, as a host's deployment may be.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { demarrer } from "./navigateur.mjs";
import { servir } from "./serveur.mjs";

const CSP_APP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";
const RESULTATS = "#/jeune/resultats?age=16&cud=oui&situation=lycee&ase=oui&besoins=orientation";
const texte = (section, cle) => JSON.parse(readFileSync(`langues/fr/${section}.json`, "utf8"))[cle];

let app;
let hote;
let origineApp;

/** Host pages: `/extrait.html?<data-* of the snippet>`, the snippet alone
 * (`&avant=champ` puts a focused text field before it, `&apres=long` a
 * tall block after it), served with the CSP docs/integration.md gives. */
function pagesHote(chemin, req, res) {
  const url = new URL(req.url, "http://x");
  if (chemin === "/hote.css") {
    res.writeHead(200, { "content-type": "text/css" }).end(".long { height: 3000px; }");
    return true;
  }
  if (chemin !== "/extrait.html") return false;
  const donnees = [...url.searchParams]
    .filter(([cle]) => cle !== "avant" && cle !== "apres")
    .map(([cle, valeur]) => ` data-${cle}="${valeur.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`)
    .join("");
  const avant = url.searchParams.get("avant") === "champ" ? '<label>Rechercher sur le site <input id="recherche" autofocus></label>' : "";
  const apres = url.searchParams.get("apres") === "long" ? '<div class="long"></div>' : "";
  res
    .writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `default-src 'none'; script-src ${origineApp}; frame-src ${origineApp}; style-src 'self'`,
    })
    .end(
      `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>Site hôte</title><link rel="stylesheet" href="/hote.css"></head><body>${avant}` +
        `<script src="${app.serveur.url}integration.js"${donnees} async></script>${apres}</body></html>`,
    );
  return true;
}

before(async () => {
  app = await demarrer({ prefixe: "/outils/mentorat/", entetes: { "content-security-policy": CSP_APP } });
  origineApp = new URL(app.serveur.url).origin;
  hote = await servir({ dossier: "dist", intercepter: pagesHote });
  assert.notEqual(new URL(hote.url).origin, origineApp, "deux origines");
});
after(async () => {
  await app?.fermer();
  await hote?.fermer();
});

/** Records, in every frame, CSP violations; in the top page, every message it receives. */
async function espionner(contexte) {
  await contexte.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    if (window.top === window) {
      window.__messages = [];
      window.addEventListener("message", (e) => window.__messages.push({ origine: e.origin, donnees: e.data }));
    }
  });
}

/** The app's frame, once its screen is drawn. */
async function cadreApp(page) {
  await page.waitForFunction((o) => [...document.querySelectorAll("iframe")].some((f) => f.src.startsWith(o)), origineApp);
  let frame;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f.url().startsWith(app.serveur.url));
    if (!frame) await page.waitForTimeout(50);
  }
  assert.ok(frame, "le cadre de l'app");
  await frame.waitForSelector("main h1");
  await frame.waitForSelector("#chargement", { state: "detached" });
  return frame;
}

/** Height of the iframe element in the host page. */
const hauteurCadre = (page) => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
/** Height of the app's content, as the app measures it. */
const hauteurContenu = (frame) => frame.evaluate(() => document.body.scrollHeight);

/** Waits until the frame is `marge` px taller than the app's content; returns the content's height. */
async function attendreTaille(page, frame, marge) {
  let contenu;
  let cadre;
  for (let i = 0; i < 100; i++) {
    contenu = await hauteurContenu(frame);
    cadre = await hauteurCadre(page);
    if (cadre === contenu + marge) return contenu;
    await page.waitForTimeout(50);
  }
  assert.fail(`cadre ${cadre} px pour un contenu de ${contenu} px (+${marge} attendu)`);
}

/** Every message the host received from the app: JSON strings of the two documented types, nothing else. */
async function verifierMessages(page) {
  const messages = await page.evaluate(() => window.__messages);
  const hauteurs = [];
  for (const { origine, donnees } of messages) {
    if (origine !== origineApp) continue;
    assert.equal(typeof donnees, "string", `message non textuel : ${JSON.stringify(donnees)}`);
    const objet = JSON.parse(donnees);
    if (objet.type === "resize-iframe") {
      assert.ok(Number.isInteger(objet.height) && objet.height > 0);
      assert.equal(donnees, JSON.stringify({ type: "resize-iframe", height: objet.height }));
      hauteurs.push(objet.height);
    } else {
      assert.equal(donnees, JSON.stringify({ type: "screen-change" }));
    }
  }
  assert.ok(hauteurs.length > 0, "au moins une hauteur reçue");
  assert.ok(!/lycee|orientation|age=/.test(JSON.stringify(messages)), "aucune réponse dans les messages");
  return messages;
}

test("hôte écrit comme 1jeune1solution : cadre = hauteur + 40, stable, qui grandit quand un pli s'ouvre", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await espionner(contexte);
  const hash = encodeURIComponent(RESULTATS);
  await page.goto(`${hote.url}embed-demo.html?app=${encodeURIComponent(app.serveur.url)}&hash=${hash}`);
  const frame = await cadreApp(page);
  await frame.waitForSelector(".resultats [data-verdict]");
  assert.equal(await frame.locator("header.en-tete").isVisible(), false, "ni en-tête ni pied dans l'hôte");
  const avant = await attendreTaille(page, frame, 40);
  // Five more polls: the frame does not creep up by 40 px at each one.
  await page.waitForTimeout(500);
  assert.equal(await hauteurCadre(page), avant + 40);
  await app.capture(page, "integration-hote-1jeune1solution");

  // A folded section opens: the app is taller, and so is the frame.
  await frame.locator("details.resultats__exclus > summary").click();
  await frame.waitForFunction((h) => document.body.scrollHeight > h + 50, avant);
  const apres = await attendreTaille(page, frame, 40);
  assert.ok(apres > avant + 50);
  await verifierMessages(page);
  assert.deepEqual(await frame.evaluate(() => window.__violations), []);
  assert.deepEqual(erreurs, []);
});

test("la réponse à 'size-request' va à la fenêtre parente seulement, pas à une autre qui la demande", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await espionner(contexte);
  await page.goto(`${hote.url}extrait.html?parcours=jeune`);
  const frame = await cadreApp(page);
  await attendreTaille(page, frame, 0);
  // A sibling frame of the host's origin asks: no answer, to it or to the host.
  await page.evaluate(() => document.body.append(document.createElement("iframe")));
  const voisin = page.frames().find((f) => f !== page.mainFrame() && f.url() === "about:blank");
  const nombre = await page.evaluate(() => window.__messages.length);
  await voisin.evaluate(() => {
    window.__recus = [];
    window.addEventListener("message", (e) => window.__recus.push(e.data));
    window.parent.frames[0].postMessage("size-request", "*");
  });
  await page.waitForTimeout(400);
  assert.deepEqual(await voisin.evaluate(() => window.__recus), []);
  assert.equal(await page.evaluate(() => window.__messages.length), nombre);
  // The parent asks: the answer comes, as a JSON string of the height.
  await page.evaluate(() => window.frames[0].postMessage("size-request", "*"));
  await page.waitForFunction((n) => window.__messages.length > n, nombre);
  const reponse = await page.evaluate((n) => window.__messages[n], nombre);
  assert.equal(reponse.origine, origineApp);
  assert.equal(reponse.donnees, JSON.stringify({ type: "resize-iframe", height: await hauteurContenu(frame) }));
  assert.deepEqual(erreurs, []);
});

const PARCOURS = [
  { donnees: "parcours=jeune", hash: "#/jeune", titre: texte("questionnaire", "accueil_titre") },
  { donnees: "parcours=mentor", hash: "#/mentor", titre: texte("mentor", "titre") },
  { donnees: "parcours=parent", hash: "#/parent", titre: texte("questionnaire", "accueil_titre_vous") },
  { donnees: "parcours=programmes", hash: "#/programmes", titre: texte("programmes", "titre") },
  { donnees: `parcours=jeune&resultats=${encodeURIComponent("age=16&situation=lycee")}`, hash: "#/jeune/resultats?age=16&situation=lycee", selecteur: ".resultats [data-verdict]" },
  { donnees: `parcours=parent&resultats=${encodeURIComponent("age=9&situation=ecole")}`, hash: "#/jeune/resultats?pour=enfant&age=9&situation=ecole", selecteur: ".resultats [data-verdict]" },
];

for (const { donnees, hash, titre, selecteur } of PARCOURS) {
  test(`une page hôte avec la seule ligne d'intégration (${decodeURIComponent(donnees)}) : l'app, à sa taille, sans barre de défilement`, async () => {
    const { page, erreurs, contexte } = await app.nouvellePage();
    await espionner(contexte);
    const origines = new Set();
    page.on("request", (r) => origines.add(new URL(r.url()).origin));
    await page.goto(`${hote.url}extrait.html?${donnees}`);
    const frame = await cadreApp(page);
    assert.equal(new URL(frame.url()).hash, hash);
    if (titre) assert.equal((await frame.locator("main h1").textContent()).trim(), titre);
    if (selecteur) await frame.waitForSelector(selecteur);

    // The iframe, right after the script, as documented.
    const cadre = await page.evaluate(() => {
      const f = document.querySelector("iframe");
      const s = getComputedStyle(f);
      return {
        apresLeScript: document.querySelector("script[src$='integration.js']").nextElementSibling === f,
        title: f.title,
        loading: f.getAttribute("loading"),
        allow: f.getAttribute("allow"),
        largeur: f.getBoundingClientRect().width === document.body.clientWidth,
        bordure: s.borderTopWidth,
      };
    });
    assert.deepEqual(cadre, {
      apresLeScript: true,
      title: "Trouve ton mentor : le mentorat dans la Communauté urbaine de Dunkerque",
      loading: "lazy",
      allow: "clipboard-write",
      largeur: true,
      bordure: "0px",
    });
    assert.equal(new URL(await page.locator("iframe").getAttribute("src")).searchParams.get("embed"), "1");

    // Exactly the content's height: nothing to scroll inside the frame.
    await attendreTaille(page, frame, 0);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight), true);
    await app.capture(page, `integration-${donnees.split("&")[0].split("=")[1]}${selecteur ? "-resultats" : ""}`);

    await verifierMessages(page);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], "CSP de l'hôte");
    assert.deepEqual(await frame.evaluate(() => window.__violations), [], "CSP de l'app dans le cadre");
    assert.deepEqual([...origines].filter((o) => o !== origineApp && o !== new URL(hote.url).origin), [], "aucune requête tierce");
    assert.deepEqual(await contexte.cookies(), []);
    assert.deepEqual(erreurs, []);
  });
}

test("les options de la ligne d'intégration arrivent à l'app : langue, couleur, titre du cadre", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await page.goto(`${hote.url}extrait.html?parcours=mentor&lang=ar&theme=${encodeURIComponent("#006633")}&titre=${encodeURIComponent("Devenir mentor")}`);
  const frame = await cadreApp(page);
  await frame.waitForFunction(() => document.documentElement.dataset.langue === "ar");
  const etat = await frame.evaluate(() => ({
    dir: document.documentElement.dir,
    couleur: getComputedStyle(document.documentElement).getPropertyValue("--bleu").trim(),
    hash: location.hash,
  }));
  assert.deepEqual(etat, { dir: "rtl", couleur: "#006633", hash: "#/mentor" });
  assert.equal(await page.locator("iframe").getAttribute("title"), "Devenir mentor");
  await attendreTaille(page, frame, 0);
  assert.deepEqual(erreurs, []);
});

test("l'app passe à la question suivante : la page hôte va au haut du cadre ; au chargement, ni défilement ni focus pris", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  await espionner(contexte);
  await page.goto(`${hote.url}extrait.html?parcours=jeune&avant=champ&apres=long`);
  const frame = await cadreApp(page);
  await attendreTaille(page, frame, 0);
  const hautDuCadre = () => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().top);
  // Loading the app took neither the focus nor the scroll of the host page.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "recherche");
  assert.equal(await frame.evaluate(() => document.hasFocus()), false);
  assert.equal(await page.evaluate(() => window.scrollY), 0);

  await frame.locator('[data-action="commencer"]').click();
  await frame.waitForSelector('[data-question="age"]');
  // The person has scrolled down into the frame, then answers.
  const haut = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y + 300), haut);
  assert.ok((await hautDuCadre()) < -250);
  await frame.locator("#age").fill("16");
  // A click that does not scroll the host page on its own, as a tap would not.
  await frame.locator('[data-action="continuer"]').evaluate((b) => b.click());
  await frame.waitForFunction(() => document.querySelector("[data-question]")?.dataset.question !== "age");
  await page.waitForFunction(() => Math.abs(document.querySelector("iframe").getBoundingClientRect().top) < 1);
  const messages = await verifierMessages(page);
  assert.ok(messages.some((m) => m.donnees === JSON.stringify({ type: "screen-change" })));

  // The frame's top below the top of the window (the host's own content
  // above it in view): a new screen brings the frame's top up there too.
  const question = await frame.evaluate(() => document.querySelector("[data-question]").dataset.question);
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.ok((await hautDuCadre()) > 10);
  await frame.locator("[data-question] .choix [data-valeur]").first().evaluate((b) => b.click());
  await frame.waitForFunction((q) => document.querySelector("[data-question]")?.dataset.question !== q, question);
  await page.waitForFunction(() => Math.abs(document.querySelector("iframe").getBoundingClientRect().top) < 1);
  await app.capture(page, "integration-ecran-suivant");
  assert.deepEqual(erreurs, []);
});

test("dans le cadre, les sites des associations et 1jeune1mentor.fr s'ouvrent dans un nouvel onglet ; tel: et mailto: restent des liens", async () => {
  const { page, erreurs, contexte } = await app.nouvellePage();
  // No internet here: other sites answer with a page of their own.
  await contexte.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.fulfill({ contentType: "text/html", body: "<title>autre site</title>" }),
  );
  await page.goto(`${hote.url}extrait.html?parcours=programmes`);
  const frame = await cadreApp(page);
  const ouvrir = async (hash, selecteur) => {
    await frame.evaluate((h) => (location.hash = h), hash);
    await frame.waitForSelector(selecteur);
    const lien = frame.locator(selecteur).first();
    const href = await lien.getAttribute("href");
    const adresseDuCadre = frame.url();
    const [onglet] = await Promise.all([contexte.waitForEvent("page"), lien.click()]);
    await onglet.waitForURL((u) => u.href.startsWith(href.replace(/\/$/, "")));
    assert.equal(frame.url(), adresseDuCadre, `${selecteur} : le cadre n'a pas quitté l'app`);
    assert.equal(await page.evaluate(() => location.pathname), "/extrait.html");
    await onglet.close();
  };
  // The contact button of a programme and of the comparison, and
  // 1jeune1mentor.fr on the results.
  await ouvrir("#/programmes/afev", '[data-contact="site"]');
  await ouvrir("#/comparer?ids=afev,proxite", 'main [data-contact="site"]');
  await ouvrir("#/jeune/resultats?age=40", "a[href*='1jeune1mentor']");

  // tel: and mailto: keep no target (a blank tab would open for nothing).
  await frame.evaluate((h) => (location.hash = h), "#/programmes/proxite");
  await frame.waitForSelector('[data-contact="telephone"]');
  const cibles = await frame.evaluate(() =>
    ['[data-contact="telephone"]', '[data-contact="courriel"]', '[data-contact="site"]'].map((s) => {
      const lien = document.querySelector(s);
      lien.addEventListener("click", (e) => e.preventDefault(), { once: true });
      lien.click();
      return [lien.getAttribute("href").split(":")[0], lien.getAttribute("target")];
    }),
  );
  assert.deepEqual(cibles, [["tel", null], ["mailto", null], ["https", "_blank"]]);
  assert.deepEqual(erreurs, []);
});

test("integration.js n'est ni préchargé par le service worker ni demandé par l'app", async () => {
  assert.ok(readFileSync("dist/integration.js", "utf8").includes("resize-iframe"));
  const sw = readFileSync("dist/sw.js", "utf8");
  assert.ok(!sw.includes("integration.js"), "hors du précache");
  assert.ok(sw.includes("index.html") || sw.includes('"./"'), "le précache est bien là");
  const { page, erreurs } = await app.nouvellePage({ serviceWorkers: "allow" });
  const deja = app.serveur.requetes.length;
  await app.ouvrir(page, "#/");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(300);
  // What the server saw: the page's requests and the worker's precache.
  const demandes = app.serveur.requetes.slice(deja);
  assert.ok(demandes.length > 3);
  assert.ok(!demandes.some((d) => d.endsWith("/integration.js")), demandes.join(" "));
  assert.deepEqual(erreurs, []);
});
