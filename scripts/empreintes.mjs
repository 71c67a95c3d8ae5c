// Which French text each translation translates: langues/<code>.empreintes.json
// keeps, for every translated text, the fingerprint of the French text it
// was written from ("interface": {"section.cle": …}, "catalogue": {path: …}).
// When the French changes, the fingerprints differ and the translation is
// stale: the published language file (scripts/langues.mjs) then carries the
// French text after an invisible mark (U+2060) instead, so the app shows
// French marked lang="fr" rather than a translation of an older French text.
// One file per language beside the folders (not inside them: build.rs reads
// every file of langues/<code>/ as a section), so translators of different
// languages never edit the same file.
//   node scripts/empreintes.mjs            lists the stale texts, per language
//   node scripts/empreintes.mjs --revues   stamps every current translation as reviewed
//                                          (make traductions-revues)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const SOURCE = new URL("../langues/", import.meta.url);
const CATALOGUE = new URL("../public/catalogue.json", import.meta.url);
const TABLE = JSON.parse(readFileSync(new URL("langues.json", SOURCE), "utf8")).langues;

/**
 * A text's fingerprint: 32-bit FNV-1a of its UTF-8 bytes, 8 hex digits.
 * The app computes the same (`i18n::catalogue::empreinte_texte`) to find a
 * translation made stale by a catalogue published without a rebuild.
 */
export function empreinte(texte) {
  let h = 0x811c9dc5;
  for (const octet of Buffer.from(texte, "utf8")) h = Math.imul(h ^ octet, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** Every JSON section of a language folder, catalogue apart. */
export function sections(code) {
  const interfaceTextes = {};
  let catalogue = {};
  for (const fichier of readdirSync(new URL(`${code}/`, SOURCE)).filter((f) => f.endsWith(".json")).sort()) {
    const contenu = JSON.parse(readFileSync(new URL(`${code}/${fichier}`, SOURCE), "utf8"));
    const section = fichier.slice(0, -".json".length);
    if (section === "catalogue") catalogue = contenu;
    else for (const [cle, texte] of Object.entries(contenu)) interfaceTextes[`${section}.${cle}`] = texte;
  }
  return { interface: interfaceTextes, catalogue };
}

/**
 * The French text at a translation path of the catalogue
 * (`programmes.afev.modalites.lieux.0`): a list element is named by its
 * `id`, else by its position, as `i18n::catalogue` names them.
 */
export function texteDuCatalogue(catalogue, chemin) {
  let valeur = catalogue;
  for (const segment of chemin.split(".")) {
    if (Array.isArray(valeur)) valeur = valeur.find((e) => e?.id === segment) ?? valeur[Number(segment)];
    else valeur = valeur?.[segment];
  }
  return typeof valeur === "string" ? valeur : undefined;
}

/**
 * One language's texts, each with the French it should translate and
 * whether the translation is stale: { interface: {cle: {texte, francais,
 * empreinte, perimee}}, catalogue: {…} }. `empreinte` is the fingerprint
 * of the French the translation was reviewed against ("" if never).
 */
export function etatDesTraductions(code, catalogue = JSON.parse(readFileSync(CATALOGUE, "utf8"))) {
  const francais = sections("fr").interface;
  const textes = sections(code);
  const revues = lireEmpreintes(code);
  const etat = (traductions, francaisDe, revuesIci) =>
    Object.fromEntries(
      Object.entries(traductions).map(([cle, texte]) => {
        const fr = francaisDe(cle) ?? "";
        const revue = revuesIci[cle] ?? "";
        return [cle, { texte, francais: fr, empreinte: revue, perimee: revue !== empreinte(fr) }];
      }),
    );
  return {
    interface: etat(textes.interface, (cle) => francais[cle], revues.interface),
    catalogue: etat(textes.catalogue, (chemin) => texteDuCatalogue(catalogue, chemin), revues.catalogue),
  };
}

function fichierEmpreintes(code) {
  return new URL(`${code}.empreintes.json`, SOURCE);
}

function lireEmpreintes(code) {
  try {
    const { interface: i = {}, catalogue: c = {} } = JSON.parse(readFileSync(fichierEmpreintes(code), "utf8"));
    return { interface: i, catalogue: c };
  } catch {
    return { interface: {}, catalogue: {} };
  }
}

/** Stamps every current translation of a language as translating today's French. */
export function tamponner(code) {
  const etat = etatDesTraductions(code);
  const tampons = (textes) =>
    Object.fromEntries(Object.entries(textes).sort(([a], [b]) => (a < b ? -1 : 1)).map(([cle, t]) => [cle, empreinte(t.francais)]));
  const contenu = { interface: tampons(etat.interface), catalogue: tampons(etat.catalogue) };
  writeFileSync(fichierEmpreintes(code), JSON.stringify(contenu, null, 1) + "\n");
}

/** The languages with translations (every one but the first, French). */
export const TRADUCTIONS = TABLE.slice(1).map((l) => l.code);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const code of TRADUCTIONS) {
    if (process.argv.includes("--revues")) {
      tamponner(code);
      console.log(`langues/${code}.empreintes.json : toutes les traductions marquées comme revues`);
      continue;
    }
    const etat = etatDesTraductions(code);
    const perimees = [...Object.entries(etat.interface), ...Object.entries(etat.catalogue)].filter(([, t]) => t.perimee);
    console.log(`${code} : ${perimees.length} traduction(s) périmée(s)`);
    for (const [cle, t] of perimees) console.log(`  ${cle} : français actuel « ${t.francais} »`);
  }
}
