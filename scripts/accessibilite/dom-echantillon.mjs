// Writes the DOM of every page of the audit's sample (docs/accessibilite/
// audit.json), as the browser holds it once the app has drawn it, into
// target/dom/<page>.html, for the Nu Html Checker (RGAA criterion 8.2):
//
//   make dist && node scripts/accessibilite/dom-echantillon.mjs
//   npx --yes vnu-jar@26.9.27 … or: java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only target/dom/*.html
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { demarrer } from "../../tests/e2e/navigateur.mjs";

const { echantillon } = JSON.parse(readFileSync("docs/accessibilite/audit.json", "utf8"));
const app = await demarrer();
const { page } = await app.nouvellePage();
mkdirSync("target/dom", { recursive: true });
for (const p of echantillon.filter((p) => p.media !== "print")) {
  if (p.adresse.startsWith("#")) await app.ouvrir(page, p.adresse);
  else {
    await page.goto(app.serveur.url + p.adresse);
    await page.waitForSelector("main h1");
  }
  const html = await page.evaluate(() => "<!DOCTYPE html>\n" + document.documentElement.outerHTML);
  writeFileSync(`target/dom/${p.id}.html`, html);
}
await app.fermer();
console.log(`target/dom : ${echantillon.length - 1} pages`);
