// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core at a 360×740 phone viewport, with every console error
// and page error recorded so that a test can assert there was none.
import { afterEach } from "node:test";
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { servir } from "./serveur.mjs";
import { CHROMIUM, DRAPEAUX } from "../../scripts/chromium.mjs";

export const TELEPHONE = { width: 360, height: 740 };
export const CAPTURES = "target/captures";

// Every page opened by the current test, with the errors it may show.
const pagesDuTest = [];

// After each test, every page it opened must have logged no error other
// than those it declared (`erreursPermises`): a test cannot forget to look.
afterEach(() => {
  const inattendues = pagesDuTest
    .splice(0)
    .flatMap(({ erreurs, permises }) => erreurs.filter((e) => !permises || !permises.test(e)));
  if (inattendues.length) throw new Error(`erreurs dans la page :\n${inattendues.join("\n")}`);
});

/** Starts the server and the browser; returns helpers and a `fermer`. */
export async function demarrer({ prefixe = "/", ...options } = {}) {
  const serveur = await servir({ prefixe, ...options });
  const navigateur = await chromium.launch({
    executablePath: CHROMIUM,
    args: DRAPEAUX,
  });

  /**
   * A new phone-sized page; `erreurs` collects console and page errors,
   * each with the address it is about, of this page and of every other
   * page opened in its context (a second tab, a link opened in a new
   * one). At the end of the test any error that `erreursPermises` (a
   * RegExp) does not match fails it.
   */
  async function nouvellePage({ serviceWorkers = "block", locale = "fr-FR", erreursPermises = null } = {}) {
    // Service workers are blocked unless a test is about them: a worker
    // caching files across tests would make them depend on each other.
    const contexte = await navigateur.newContext({ viewport: TELEPHONE, locale, serviceWorkers });
    const erreurs = [];
    pagesDuTest.push({ erreurs, permises: erreursPermises });
    const surveiller = (page) => {
      // Fail in seconds, not half a minute: every screen here renders in milliseconds.
      page.setDefaultTimeout(8000);
      page.on("console", (m) => {
        // "Failed to load resource" does not name the resource: its location does.
        if (m.type() === "error") erreurs.push(`console: ${m.text()} (${m.location()?.url ?? ""})`);
      });
      page.on("pageerror", (e) => erreurs.push(`page: ${e.message}`));
      page.on("requestfailed", (r) => {
        // Leaving a page while it still loads aborts its requests: not an error of the app.
        const raison = r.failure()?.errorText ?? "";
        if (!raison.includes("ERR_ABORTED")) erreurs.push(`requête: ${r.url()} ${raison}`);
      });
    };
    contexte.on("page", surveiller);
    const page = await contexte.newPage();
    return { page, erreurs, contexte };
  }

  /** Opens a hash route (e.g. "#/programmes") and waits for the app. */
  async function ouvrir(page, hash = "") {
    await page.goto(serveur.url + hash);
    await page.waitForSelector("main h1");
    await page.waitForSelector("#chargement", { state: "detached" });
  }

  async function capture(page, nom) {
    mkdirSync(CAPTURES, { recursive: true });
    await page.screenshot({ path: `${CAPTURES}/${nom}.png`, fullPage: false });
  }

  return {
    serveur,
    nouvellePage,
    ouvrir,
    capture,
    fermer: async () => {
      await navigateur.close();
      await serveur.fermer();
    },
  };
}

/** True when the page is wider than the viewport (horizontal scroll). */
export async function defileHorizontalement(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Records every layout shift of the page from its first load on; the
 * returned function reads them ({ valeur, sources: node names }). Call it
 * before the page is opened.
 */
export async function noterDecalages(page) {
  await page.addInitScript(() => {
    window.__decalages = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__decalages.push({ valeur: e.value, sources: e.sources?.map((s) => s.node?.nodeName) });
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => window.__decalages);
}
