// Publishes every language beside the app, French included: for each
// langues/<code>/ folder, dist/langues/<code>.<version>.json holds the
// interface texts in the order of the keys (the app carries no key names)
// and the catalogue's translated texts. <version> is that of the list of
// keys (32-bit FNV-1a of the sorted names, as build.rs computes it in
// src/i18n/verifier.rs, version_des_cles): an app only ever fetches the
// texts made for its own keys, even from a cache after a new deployment.
// The app compiles in the French of the home page only and fetches the
// French file for the other screens. build.rs has already refused any
// missing or broken translation; this merges, and puts the current
// French (after the invisible mark U+2060) in place of a stale translation. Part of the Trunk
// post_build hook (scripts/post-build.mjs); by hand:
//   node scripts/langues.mjs dist
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { empreinte, etatDesTraductions, sections } from "./empreintes.mjs";

const SOURCE = new URL("../langues/", import.meta.url);

// The table of languages (langues/langues.json): the first, French, is the
// reference the others translate.
const TABLE = JSON.parse(readFileSync(new URL("langues.json", SOURCE), "utf8")).langues;

/** Languages written right to left. */
const DE_DROITE_A_GAUCHE = new Set(TABLE.filter((l) => l.direction === "rtl").map((l) => l.code));

// Unicode's isolates (LRI, FSI, PDI): a run inside them is laid out on its
// own, so the punctuation around it follows the Arabic sentence.
const LRI = "\u2066";
const FSI = "\u2068";
const PDI = "\u2069";
const LATIN = "A-Za-zÀ-ÖØ-öø-ÿŒœ";
// A run of French or English words in an Arabic text: "REP+", "sixième",
// "Communauté urbaine de Dunkerque", "1jeune1mentor.fr", and in one piece
// an e-mail or web address or a postal address ("Libre réponse 71120,
// 75342 Paris CEDEX 07"): cut at "@", ":" or ",", its parts would be laid
// out right to left. It starts on a letter (after digits) and ends on a
// letter, a digit, "+" or "/", so the brackets and the full stop around it
// stay outside.
const PASSAGE_LATIN = new RegExp(`[0-9]*[${LATIN}](?:[${LATIN}0-9 '’.\\-+/&@:,_]*[${LATIN}0-9+/])?`, "g");

// Word joiner: no line break after the hyphen of a Latin name in an Arabic
// line ("Grande-Synthe" split as "Grande-" / "Synthe" read out of order).
// Addresses (with "@", "/" or ".") are left as written, to be copied.
const JOINT = "\u2060";
const insecable = (latin) => (/[@/.]/.test(latin) ? latin : latin.replace(/-(?=[^\s])/g, `-${JOINT}`));

/**
 * An Arabic text ready for a right-to-left page: each Latin passage is
 * isolated left to right, and each {placeholder} (a name or a figure the
 * app fills in, Latin or Arabic) is isolated by its first strong letter.
 * Without this, "(REP أو REP+)" shows "+REP" and the brackets around
 * "Communauté urbaine de Dunkerque" land on the wrong side. Done when the
 * file is published, so that translators edit plain text.
 */
export function isoler(texte) {
  // A counted text's category names ("two: … | few: …", read by the app) stay as written.
  return texte
    .split(/(\{[a-z_]+\}|(?:^|\| )(?:zero|one|two|few|many|other): )/)
    .map((morceau, i) => {
      if (i % 2 === 0) return morceau.replace(PASSAGE_LATIN, (latin) => `${LRI}${insecable(latin)}${PDI}`);
      return morceau.startsWith("{") ? `${FSI}${morceau}${PDI}` : morceau;
    })
    .join("");
}

function pourLaPage(code, table) {
  if (!DE_DROITE_A_GAUCHE.has(code)) return table;
  return Object.fromEntries(Object.entries(table).map(([cle, texte]) => [cle, isoler(texte)]));
}

/** The version of a sorted list of keys: the fingerprint (FNV-1a, 32 bits) of the names, each followed by a line feed. */
export function versionDesCles(noms) {
  return empreinte(noms.map((n) => `${n}\n`).join(""));
}

/** A language's interface texts by full key ("section.cle"), and its catalogue translations. */
function lireLangue(code) {
  const { interface: interfaceTextes, catalogue } = sections(code);
  return { interfaceTextes, catalogue };
}

/** The keys, sorted as build.rs sorts them (byte order: the names are ASCII). */
export function clesFrancaises() {
  return Object.keys(lireLangue(TABLE[0].code).interfaceTextes).sort();
}

/**
 * A language's texts as published: a translation whose French has changed
 * since it was reviewed (scripts/empreintes.mjs) is replaced by the current
 * French after the invisible mark U+2060 (i18n::FRANCAIS_PERIME), whose
 * element the start-up script marks lang="fr".
 */
function aJour(textes, marquer = true) {
  const francais = (t) => (marquer ? `\u2060${t.francais}` : t.francais);
  return Object.fromEntries(Object.entries(textes).map(([cle, t]) => [cle, t.perimee ? francais(t) : t.texte]));
}

export function publierLangues(dossier) {
  mkdirSync(join(dossier, "langues"), { recursive: true });
  const cles = clesFrancaises();
  const version = versionDesCles(cles);
  const publiees = [];
  for (const { code } of TABLE) {
    let publie;
    if (code === TABLE[0].code) {
      const { interfaceTextes, catalogue } = lireLangue(code);
      publie = { langue: code, cles: version, interface: cles.map((c) => interfaceTextes[c] ?? null), catalogue };
    } else {
      const etat = etatDesTraductions(code);
      const textes = pourLaPage(code, aJour(etat.interface));
      // "empreintes": the fingerprint of the French each catalogue translation
      // was reviewed against, so the app also sees a translation made stale by
      // a catalogue published without a rebuild (i18n::catalogue::traduire),
      // and the editor lists the stale ones.
      const empreintes = Object.fromEntries(Object.entries(etat.catalogue).map(([chemin, t]) => [chemin, t.empreinte]));
      publie = {
        langue: code,
        cles: version,
        interface: cles.map((c) => textes[c] ?? null),
        // The catalogue's texts are drawn as plain text: a stale one is its French, unmarked.
        catalogue: pourLaPage(code, aJour(etat.catalogue, false)),
        empreintes,
      };
    }
    writeFileSync(join(dossier, "langues", `${code}.${version}.json`), JSON.stringify(publie));
    publiees.push(code);
  }
  return publiees;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`langues publiées : ${publierLangues(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist").join(", ")}`);
}
