// The results page is drawn in three main-thread tasks (pages/resultats.rs):
// the heading, the summary and the answers; the best match; everything
// below it. A reader must not see it: nothing moves, the footer waits for
// the end, and the page ends up whole.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { demarrer, noterDecalages } from "./navigateur.mjs";
import { Resultats, texte } from "./pages.mjs";

let app;
before(async () => {
  app = await demarrer();
});
after(async () => {
  await app?.fermer();
});

const ADRESSE = "#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation";

test("les résultats arrivent par parties sans rien déplacer, le pied de page à la fin, les six programmes là", async () => {
  const { page } = await app.nouvellePage();
  const decalages = await noterDecalages(page);
  await page.addInitScript(() => {
    // What the page looked like the moment the first programme was drawn.
    window.__premier = null;
    new MutationObserver(() => {
      if (!window.__premier && document.querySelector(".resultats [data-verdict]")) {
        window.__premier = {
          suiteAttendue: !!document.querySelector("[data-suite-attendue]"),
          piedVisible: !!document.querySelector("footer") && getComputedStyle(document.querySelector("footer")).display !== "none",
        };
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await app.ouvrir(page, ADRESSE);
  const resultats = new Resultats(page);
  await resultats.attendre();
  assert.deepEqual(await page.evaluate(() => window.__premier), { suiteAttendue: true, piedVisible: false });
  assert.equal((await resultats.verdicts()).length, 6);
  assert.equal((await page.locator('[data-action="effacer"]').innerText()).trim(), texte("fr", "resultats.effacer"));
  await page.waitForTimeout(300);
  assert.equal(await page.locator("footer").isVisible(), true);
  assert.deepEqual(await decalages(), [], "aucun décalage de mise en page");
});
