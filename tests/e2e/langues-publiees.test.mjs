// The language files published beside the app (scripts/langues.mjs): one
// per language, French included, named after the version of the keys, with
// every text in the order of the keys; the Arabic one isolates its French
// and English passages and its placeholders, so that they lay out
// correctly in a right-to-left page, and loses nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { clesFrancaises, isoler, versionDesCles } from "../../scripts/langues.mjs";
import { LANGUES, publie } from "./pages.mjs";

const [LRI, FSI, PDI] = ["\u2066", "\u2068", "\u2069"];
// Isolates, and the word joiner kept after the hyphen of a Latin name ("Grande-Synthe").
const sansIsolement = (texte) => texte.replace(/[\u2066\u2068\u2069\u2060]/g, "");

test("un passage latin dans un texte arabe est isolé, la ponctuation autour reste dehors", () => {
  assert.equal(isoler("(REP أو REP+)"), `(${LRI}REP${PDI} أو ${LRI}REP+${PDI})`);
  // No line break after the hyphen of a Latin name; category names left as written.
  assert.equal(isoler("(Grande-Synthe، x)"), `(${LRI}Grande-\u2060Synthe${PDI}، ${LRI}x${PDI})`);
  assert.equal(isoler("two: برنامجان | few: {n} برامج"), `two: برنامجان | few: ${FSI}{n}${PDI} برامج`);
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

/** A language's texts as the translators wrote them: { interface: {"section.cle": text}, catalogue: {path: text} }. */
function source(code) {
  const textes = { interface: {}, catalogue: {} };
  for (const fichier of readdirSync(`langues/${code}`).filter((f) => f.endsWith(".json"))) {
    const contenu = JSON.parse(readFileSync(`langues/${code}/${fichier}`, "utf8"));
    const section = fichier.slice(0, -".json".length);
    if (section === "catalogue") Object.assign(textes.catalogue, contenu);
    else for (const [cle, texte] of Object.entries(contenu)) textes.interface[`${section}.${cle}`] = texte;
  }
  return textes;
}

const trie = (objet) => Object.keys(objet).sort();

test("la version des clés se calcule comme dans build.rs (FNV-1a 32 bits des noms triés)", () => {
  // The same figures as src/i18n/mod.rs, la_version_suit_la_liste_des_cles.
  assert.equal(versionDesCles(["a"]), "2524c6d2");
  const cles = clesFrancaises();
  assert.notEqual(versionDesCles(cles.slice(1)), versionDesCles(cles));
  assert.deepEqual(cles, [...cles].sort());
});

test("chaque langue de la table, français compris, est publiée avec toutes les clés de ses fichiers, dans leur ordre", () => {
  const cles = clesFrancaises();
  const version = versionDesCles(cles);
  const codes = LANGUES.map((l) => l.code).sort();
  assert.deepEqual(readdirSync("dist/langues").sort(), codes.map((c) => `${c}.${version}.json`));
  for (const code of codes) {
    const fichier = publie(code);
    const attendu = source(code);
    assert.equal(fichier.langue, code);
    assert.equal(fichier.cles, version);
    assert.equal(fichier.ordre.length, cles.length, `${code} : nombre de textes`);
    assert.deepEqual(trie(fichier.interface), trie(attendu.interface), `${code} : interface`);
    for (const cle of cles) assert.equal(typeof fichier.interface[cle], "string", `${code} : ${cle}`);
    assert.deepEqual(trie(fichier.catalogue), trie(attendu.catalogue), `${code} : catalogue`);
  }
});

test("le fichier arabe publié est le texte des traducteurs, isolé et rien d'autre", () => {
  assert.equal(LANGUES.find((l) => l.code === "ar").direction, "rtl");
  const publieAr = publie("ar");
  const { interface: textes, catalogue } = source("ar");
  let isoles = 0;
  for (const [cle, texte] of Object.entries(publieAr.interface)) {
    assert.equal(sansIsolement(texte), textes[cle], cle);
    if (texte !== textes[cle]) isoles += 1;
    // Every Latin letter sits inside an isolate.
    // (A counted text's category names, "two: … | few: …", are read by the app, not shown.)
    const horsIsolats = texte.replace(/[\u2066\u2068][^\u2069]*\u2069/g, "").replace(/(^|\| )(zero|one|two|few|many|other): /g, "$1");
    // Letters only (the signs × and ÷ of Latin-1 are not).
    assert.doesNotMatch(horsIsolats, /[A-Za-zÀ-ÖØ-öø-ÿ]/, cle);
  }
  assert.ok(isoles > 20, `${isoles} textes isolés seulement`);
  for (const [chemin, texte] of Object.entries(publieAr.catalogue)) assert.equal(sansIsolement(texte), catalogue[chemin], chemin);
  // Left-to-right languages are published exactly as written.
  for (const { code } of LANGUES.filter((l) => l.direction === "ltr")) {
    const publieTel = publie(code);
    const { interface: i, catalogue: c } = source(code);
    assert.deepEqual({ interface: publieTel.interface, catalogue: publieTel.catalogue }, { interface: i, catalogue: c }, code);
  }
});
