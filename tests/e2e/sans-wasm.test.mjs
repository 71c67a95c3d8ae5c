// Content before and without the wasm (issue 18): the home page drawn
// into index.html by the build, the static pages of the catalogue, and the
// hand-over from the snapshot to the app without any layout shift.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { demarrer, defileHorizontalement, noterDecalages } from "./navigateur.mjs";

const AXE = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const fr = (section, cle) => JSON.parse(readFileSync(`langues/fr/${section}.json`, "utf8"))[cle];
const CATALOGUE = JSON.parse(readFileSync("public/catalogue.json", "utf8"));

let app;
before(async () => {
  app = await demarrer();
});
after(async () => app?.fermer());

/** A page whose every .wasm request fails, as on a browser or network that refuses WebAssembly. */
async function pageSansWasm() {
  // The blocked wasm is the only error expected: its request, the console's
  // line about it, and the start-up script's failed fetch.
  const p = await app.nouvellePage({ erreursPermises: /\.wasm|^page: Failed to fetch$/ });
  await p.page.route("**/*.wasm", (route) => route.abort());
  return p;
}

/** A page whose wasm arrives `ms` later: what a slow connection shows before the app. */
async function pageWasmLent(ms, options) {
  const p = await app.nouvellePage(options);
  let liberer;
  const attente = new Promise((ok) => (liberer = ok));
  await p.page.route("**/*.wasm", async (route) => {
    await Promise.race([attente, new Promise((ok) => setTimeout(ok, ms))]);
    await route.continue();
  });
  return { ...p, liberer };
}

async function axe(page) {
  const resultat = await new AxeBuilder({ page }).withTags(AXE).analyze();
  return resultat.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("sans wasm, l'accueil montre le titre, l'introduction et des portes qui mènent aux pages statiques", async () => {
  const { page } = await pageSansWasm();
  await page.goto(app.serveur.url + "#/");
  const titre = page.locator("main h1");
  await titre.waitFor({ state: "visible" });
  assert.equal(await titre.textContent(), fr("accueil", "titre"));
  const chapo = await page.locator("main .chapo").textContent();
  assert.ok(chapo.startsWith("Dans la Communauté urbaine de Dunkerque, 6 associations"), chapo);
  // The home page's four doors: young person, parent, volunteer, professional.
  assert.equal(await page.locator("[data-porte]").count(), 4);
  for (const porte of await page.locator("[data-porte]").all()) assert.ok(await porte.isVisible());
  // The start-up script failed: it says so and links to the static pages.
  const lien = page.locator("[data-pages-statiques]");
  await lien.waitFor({ state: "visible" });
  assert.equal(await lien.getAttribute("href"), "programmes/");
  assert.equal(await defileHorizontalement(page), false);
  await app.capture(page, "sans-wasm-accueil");
  // A door is a working link: it leads to the programmes, with their contacts.
  await page.locator('[data-porte="jeune"]').click();
  await page.waitForURL(/\/programmes\/$/);
  assert.equal(await page.locator("main h1").textContent(), fr("programmes", "titre"));
  assert.equal(await page.locator("[data-programme]").count(), CATALOGUE.programmes.length);
  assert.deepEqual(await axe(page), []);
  await app.capture(page, "sans-wasm-liste");
});

test("chaque page statique de programme donne ses contacts, ses balises de partage et le lien vers l'application", async () => {
  const { page, erreurs } = await pageSansWasm();
  for (const p of CATALOGUE.programmes) {
    await page.goto(`${app.serveur.url}programmes/${p.id}/`);
    assert.equal(await page.locator("main h1").textContent(), p.nom);
    assert.equal(await page.locator('[data-contact="courriel"]').getAttribute("href"), `mailto:${p.contact.courriel}`);
    assert.equal(await page.locator('[data-contact="site"]').getAttribute("href"), p.contact.site);
    if (p.contact.telephone) {
      const tel = await page.locator('[data-contact="telephone"]').getAttribute("href");
      assert.equal(tel, `tel:${p.contact.telephone.replace(/[^0-9+]/g, "")}`);
    }
    for (const c of await page.locator("[data-contact]").all()) assert.ok(await c.isVisible(), p.id);
    const meta = (sel) => page.locator(sel).getAttribute("content");
    assert.equal(await meta('meta[property="og:title"]'), `${p.nom} · Trouve ton mentor`);
    assert.ok((await meta('meta[property="og:description"]')).startsWith(p.accroche));
    assert.equal(await page.title(), `${p.nom} · Trouve ton mentor`);
    const canonique = await page.evaluate(() => document.querySelector('link[rel="canonical"]').href);
    assert.equal(canonique, `${app.serveur.url}programmes/${p.id}/`);
    assert.equal(await page.locator("[data-ouvrir-app]").getAttribute("href"), `../../#/programmes/${p.id}`);
    // When the facts were checked, in the app's words (langues/fr/programme.json),
    // with the notice to confirm them when the check is more than a year old.
    const verification = page.locator("main .verification");
    assert.equal(await verification.getAttribute("data-verifie-le"), p.verifie_le);
    const phrase = /^\d{4}$/.test(p.verifie_le)
      ? fr("programme", "verifie_brochure").replace("{annee}", p.verifie_le)
      : fr("programme", "verifie_le").replace("{date}", p.verifie_le.split("-").reverse().join("/"));
    const ancienne = (await verification.getAttribute("data-verification-ancienne")) !== null;
    assert.equal((await verification.textContent()).trim(), ancienne ? `${phrase} ${fr("programme", "verifie_ancien")}` : phrase, p.id);
    assert.equal(await page.locator("script").count(), 0);
    assert.equal(await defileHorizontalement(page), false, p.id);
    assert.deepEqual(await axe(page), [], p.id);
  }
  await app.capture(page, "sans-wasm-programme");
  assert.deepEqual(erreurs, []);
});

test("la page statique ouvre le même écran dans l'application ; sans adresse publique, pas de plan du site", async () => {
  const { page, erreurs } = await app.nouvellePage();
  await page.goto(`${app.serveur.url}programmes/telemaque/`);
  const verification = async () => {
    const p = page.locator("main .verification");
    return [await p.getAttribute("data-verifie-le"), await p.getAttribute("data-verification-ancienne"), (await p.textContent()).trim()];
  };
  const statique = await verification();
  await page.locator("[data-ouvrir-app]").click();
  await page.waitForSelector("#chargement", { state: "detached" });
  await page.waitForFunction(() => document.querySelector("main h1")?.textContent === "Télémaque");
  assert.equal(await page.locator('article[data-programme="telemaque"]').count(), 1);
  // The same verification line, word for word, and the same notice.
  assert.deepEqual(await verification(), statique);
  // dist/ is built without URL_PUBLIQUE: a sitemap takes absolute
  // addresses only, so there is none, and robots.txt names none (the
  // sitemap written with an address is tested natively, src/statique.rs).
  assert.equal((await page.request.get(`${app.serveur.url}sitemap.xml`)).status(), 404);
  const robots = await (await page.request.get(`${app.serveur.url}robots.txt`)).text();
  assert.ok(robots.includes("User-agent: *"), robots);
  assert.ok(!/sitemap/i.test(robots), robots);
  assert.deepEqual(erreurs, []);
});

test("l'accueil est lisible avant la wasm, puis l'application le remplace sans rien déplacer", async () => {
  const { page, erreurs, liberer } = await pageWasmLent(10000);
  const lireDecalages = await noterDecalages(page);
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lcp.push({ tag: e.element?.tagName ?? null, temps: e.startTime });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  // "commit": the load event waits for the wasm's preload, held back here.
  await page.goto(app.serveur.url, { waitUntil: "commit" });
  await page.locator("main h1").waitFor({ state: "visible" });
  // The app has not started: what shows is the build's snapshot.
  assert.equal(await page.locator("#chargement.instantane").count(), 1);
  assert.equal(await page.locator("main h1").textContent(), fr("accueil", "titre"));
  assert.equal(await page.locator("#chargement > .chargement").isVisible(), false, "pas de « Chargement… » sous l'accueil");
  const avant = await page.evaluate(() => {
    const boite = (e) => JSON.stringify(e.getBoundingClientRect());
    return [...document.querySelectorAll("main h1, main .chapo, [data-porte], footer")].map(boite);
  });
  liberer();
  await page.waitForSelector("#chargement", { state: "detached" });
  await page.waitForTimeout(500);
  const apres = await page.evaluate(() => {
    const boite = (e) => JSON.stringify(e.getBoundingClientRect());
    return [...document.querySelectorAll("main h1, main .chapo, [data-porte], footer")].map(boite);
  });
  assert.deepEqual(apres, avant, "les mêmes boîtes aux mêmes places");
  assert.deepEqual(await lireDecalages(), [], "aucun décalage de mise en page (CLS 0)");
  // The largest paint is the snapshot's, not a later one by the app.
  const lcp = await page.evaluate(() => window.__lcp);
  assert.ok(lcp.length > 0);
  assert.ok(lcp.at(-1).temps < 5000, JSON.stringify(lcp));
  // The app works: a door opens its screen.
  await page.locator('[data-porte="mentor"]').click();
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, fr("accueil", "porte_mentor_titre"));
  assert.deepEqual(erreurs, []);
});

test("un lien profond, une autre langue ou une option d'intégration cachent l'accueil avant le premier affichage", async () => {
  for (const [cas, adresse, preparer] of [
    ["lien profond", "#/programmes", null],
    ["option d'intégration", "?embed=1#/", null],
    ["langue enregistrée", "#/", () => localStorage.setItem("trouve-ton-mentor/langue", "en")],
  ]) {
    const { page, liberer } = await pageWasmLent(10000);
    if (preparer) await page.addInitScript(preparer);
    await page.goto(app.serveur.url + adresse, { waitUntil: "commit" });
    await page.locator("#chargement > .chargement").waitFor({ state: "visible" });
    assert.equal(await page.locator("main h1").isVisible(), false, cas);
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains("sans-instantane")), cas);
    liberer();
    await page.waitForSelector("#chargement", { state: "detached" });
    // A screen other than the home page may still wait for its French texts.
    await page.locator("main h1").waitFor({ state: "visible" });
    await page.context().close();
  }
  // And a browser in English: the app starts in English, so no French snapshot.
  const { page, liberer } = await pageWasmLent(10000, { locale: "en-GB" });
  await page.goto(app.serveur.url, { waitUntil: "commit" });
  await page.locator("#chargement > .chargement").waitFor({ state: "visible" });
  assert.equal(await page.locator("main h1").isVisible(), false);
  liberer();
});

/**
 * Opens `adresse` with the main stylesheet held back `ms` (a slow network),
 * and returns when the app has started: the start times of the wasm and
 * glue requests, the stylesheet's arrival, the first contentful paint, and
 * how many times the wasm and the glue were asked for.
 */
async function chronologie(adresse, ms) {
  const { page, erreurs } = await app.nouvellePage();
  await page.route("**/main-*.css", async (route) => {
    await new Promise((ok) => setTimeout(ok, ms));
    await route.continue();
  });
  const demandes = [];
  page.on("request", (r) => demandes.push(r.url()));
  await page.goto(app.serveur.url + adresse, { waitUntil: "commit" });
  // Generous: the stylesheet is held back and this machine may be busy.
  await page.waitForSelector("#chargement", { state: "detached", timeout: 30000 });
  // A download's timing entry is added when the loader reports its end,
  // which may come after the app, fed by the stream, has started; on a
  // deep link the app may even start before the held-back stylesheet ends.
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => /(_bg\.wasm|ton-mentor-[0-9a-f]+\.js|main-[0-9a-f]+\.css)$/.test(e.name)).length === 3, null, { timeout: 30000 });
  const t = await page.evaluate(() => {
    const ressource = (motif) => performance.getEntriesByType("resource").find((e) => motif.test(e.name));
    return {
      wasm: ressource(/_bg\.wasm$/).startTime,
      glue: ressource(/trouve-ton-mentor-[0-9a-f]+\.js$/).startTime,
      css: ressource(/main-[0-9a-f]+\.css$/).responseEnd,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    };
  });
  const fois = (motif) => demandes.filter((u) => motif.test(u)).length;
  assert.deepEqual(erreurs, []);
  await page.context().close();
  return { ...t, wasmDemandes: fois(/_bg\.wasm$/), glueDemandee: fois(/trouve-ton-mentor-[0-9a-f]+\.js$/) };
}

test("sur l'accueil la wasm se télécharge après le premier affichage, pour un lien profond tout de suite", async () => {
  // The home page drawn by the build needs only the HTML and the CSS: the
  // 200 KiB of wasm would share a slow connection with that CSS, so their
  // download waits for the first paint (scripts/demarrage.mjs).
  const accueil = await chronologie("#/", 600);
  assert.ok(accueil.fcp !== null && accueil.fcp >= accueil.css, JSON.stringify(accueil));
  assert.ok(accueil.wasm >= accueil.fcp, `wasm demandée avant le premier affichage : ${JSON.stringify(accueil)}`);
  assert.ok(accueil.glue >= accueil.fcp, JSON.stringify(accueil));
  // The preload is the download the app uses: asked for once, not twice.
  assert.equal(accueil.wasmDemandes, 1);
  assert.equal(accueil.glueDemandee, 1);
  // A deep link shows only "Chargement…" until the app: its downloads start
  // at once (scripts/avant-affichage.js), not after the stylesheet.
  const profond = await chronologie("#/programmes", 600);
  assert.ok(profond.wasm < profond.css && profond.glue < profond.css, JSON.stringify(profond));
  assert.equal(profond.wasmDemandes, 1);
  assert.equal(profond.glueDemandee, 1);
});
