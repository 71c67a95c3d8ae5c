// Draws the app icons (PNG) from public/favicon.svg with Chromium, once:
//   node scripts/icones.mjs
// The PNGs are committed in public/icones/; run again after changing the SVG.
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";

const svg = readFileSync("public/favicon.svg", "utf8");
mkdirSync("public/icones", { recursive: true });
const navigateur = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await navigateur.newPage();
// "masquable": the drawing within the central 80 % safe zone, on a full background.
for (const [nom, taille, marge] of [["icone-192", 192, 0], ["icone-512", 512, 0], ["icone-masquable-512", 512, 0.12], ["apple-touch-icon", 180, 0]]) {
  await page.setViewportSize({ width: taille, height: taille });
  const dedans = taille * (1 - 2 * marge);
  await page.setContent(
    `<body style="margin:0;background:#1d3f8c;display:grid;place-items:center;height:${taille}px">` +
      svg.replace("<svg ", `<svg width="${dedans}" height="${dedans}" `) +
      "</body>",
  );
  await page.screenshot({ path: `public/icones/${nom}.png`, omitBackground: false });
}
await navigateur.close();
