// The language files published beside the app (scripts/langues.mjs): the
// Arabic one isolates its French and English passages and its placeholders,
// so that they lay out correctly in a right-to-left page, and loses nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { isoler } from "../../scripts/langues.mjs";

const [LRI, FSI, PDI] = ["\u2066", "\u2068", "\u2069"];
const sansIsolement = (texte) => texte.replace(/[\u2066\u2068\u2069]/g, "");

test("un passage latin dans un texte arabe est isolé, la ponctuation autour reste dehors", () => {
  assert.equal(isoler("(REP أو REP+)"), `(${LRI}REP${PDI} أو ${LRI}REP+${PDI})`);
  assert.equal(isoler("(Communauté urbaine de Dunkerque)."), `(${LRI}Communauté urbaine de Dunkerque${PDI}).`);
  assert.equal(isoler("اذهب إلى 1jeune1mentor.fr."), `اذهب إلى ${LRI}1jeune1mentor.fr${PDI}.`);
  assert.equal(isoler("{nom} يرافق الشباب {tranche}"), `${FSI}{nom}${PDI} يرافق الشباب ${FSI}{tranche}${PDI}`);
  // An address is one passage: cut at "@", "," or ":", its parts would run right to left.
  assert.equal(isoler("اكتبوا إلى hautsdefrance@collectifmentorat.fr."), `اكتبوا إلى ${LRI}hautsdefrance@collectifmentorat.fr${PDI}.`);
  assert.equal(
    isoler("بالبريد: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07."),
    `بالبريد: ${LRI}Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07${PDI}.`,
  );
  assert.equal(isoler("الموقع https://www.1jeune1mentor.fr/ مفيد"), `الموقع ${LRI}https://www.1jeune1mentor.fr/${PDI} مفيد`);
  // Arabic with Western digits only: nothing to isolate.
  assert.equal(isoler("من 5 إلى 15 سنة."), "من 5 إلى 15 سنة.");
});

test("le fichier arabe publié est le texte des traducteurs, isolé et rien d'autre", () => {
  const publie = JSON.parse(readFileSync("dist/langues/ar.json", "utf8"));
  const source = {};
  for (const fichier of readdirSync("langues/ar").filter((f) => f.endsWith(".json"))) {
    const contenu = JSON.parse(readFileSync(`langues/ar/${fichier}`, "utf8"));
    const section = fichier.slice(0, -".json".length);
    if (section === "catalogue") continue;
    for (const [cle, texte] of Object.entries(contenu)) source[`${section}.${cle}`] = texte;
  }
  let isoles = 0;
  for (const [cle, texte] of Object.entries(publie.interface)) {
    assert.equal(sansIsolement(texte), source[cle], cle);
    if (texte !== source[cle]) isoles += 1;
    // Every Latin letter sits inside an isolate.
    const horsIsolats = texte.replace(/[\u2066\u2068][^\u2069]*\u2069/g, "");
    assert.doesNotMatch(horsIsolats, /[A-Za-zÀ-ÿ]/, cle);
  }
  assert.ok(isoles > 20, `${isoles} textes isolés seulement`);
  const catalogueSource = JSON.parse(readFileSync("langues/ar/catalogue.json", "utf8"));
  for (const [chemin, texte] of Object.entries(publie.catalogue)) assert.equal(sansIsolement(texte), catalogueSource[chemin], chemin);
  // The other languages are published as written.
  const anglais = JSON.parse(readFileSync("dist/langues/en.json", "utf8"));
  assert.doesNotMatch(JSON.stringify(anglais), /[\u2066\u2068\u2069]/);
});
