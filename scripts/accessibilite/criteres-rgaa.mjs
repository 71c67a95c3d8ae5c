// Writes docs/accessibilite/criteres-rgaa.csv, the list of the 106 RGAA 4.1
// criteria (number, topic, title), from the official file RGAA/criteres.json
// of the DISIC repository accessibilite.numerique.gouv.fr (content under the
// Licence Ouverte 2.0 / Etalab). Only the numbers and titles are kept; the
// glossary links of the titles (`[text](#anchor)`) become plain text.
//
//   git -C <mirror> show HEAD:RGAA/criteres.json > /tmp/criteres.json
//   node scripts/accessibilite/criteres-rgaa.mjs /tmp/criteres.json
//
// The audit (docs/accessibilite/audit-rgaa.csv) must have a row for each
// criterion of this list: src/audit_rgaa.rs checks it at every build.
import { readFileSync, writeFileSync } from "node:fs";

const [source] = process.argv.slice(2);
if (!source) {
  console.error("usage : node scripts/accessibilite/criteres-rgaa.mjs chemin/vers/criteres.json");
  process.exit(2);
}
const officiel = JSON.parse(readFileSync(source, "utf8"));

/** A title as plain text: glossary links and code marks removed, one line. */
const texteSimple = (t) =>
  t.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replaceAll("`", "").replace(/\s+/g, " ").trim();
/** A CSV field, quoted when it must be (RFC 4180). */
const champ = (t) => (/[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t);

const lignes = ["critere,thematique,titre"];
for (const thematique of officiel.topics) {
  for (const { criterium } of thematique.criteria) {
    const numero = `${thematique.number}.${criterium.number}`;
    lignes.push([numero, thematique.topic, texteSimple(criterium.title)].map(champ).join(","));
  }
}
if (lignes.length - 1 !== 106) {
  console.error(`${source} : ${lignes.length - 1} critères, le RGAA 4.1 en a 106`);
  process.exit(1);
}
writeFileSync("docs/accessibilite/criteres-rgaa.csv", lignes.join("\n") + "\n");
console.log(`docs/accessibilite/criteres-rgaa.csv : ${lignes.length - 1} critères`);
