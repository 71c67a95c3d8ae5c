// Publishes the languages other than French beside the app: for each
// langues/<code>/ folder, dist/langues/<code>.json holds every interface
// text ("section.cle": text) and the catalogue's translated texts. build.rs
// has already refused any missing or broken translation; this merges, and
// puts the current French (between ⟪ and ⟫) in place of a stale translation.
// French is compiled into the app and needs no file. Part of the Trunk
// post_build hook (scripts/post-build.mjs); by hand:
//   node scripts/langues.mjs dist
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { etatDesTraductions } from "./empreintes.mjs";

const SOURCE = new URL("../langues/", import.meta.url);

// The table of languages (langues/langues.json): the first, French, is the
// reference compiled into the app; the others are published.
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

/**
 * An Arabic text ready for a right-to-left page: each Latin passage is
 * isolated left to right, and each {placeholder} (a name or a figure the
 * app fills in, Latin or Arabic) is isolated by its first strong letter.
 * Without this, "(REP أو REP+)" shows "+REP" and the brackets around
 * "Communauté urbaine de Dunkerque" land on the wrong side. Done when the
 * file is published, so that translators edit plain text.
 */
export function isoler(texte) {
  return texte
    .split(/(\{[a-z_]+\})/)
    .map((morceau, i) => (i % 2 === 1 ? `${FSI}${morceau}${PDI}` : morceau.replace(PASSAGE_LATIN, (latin) => `${LRI}${latin}${PDI}`)))
    .join("");
}

function pourLaPage(code, table) {
  if (!DE_DROITE_A_GAUCHE.has(code)) return table;
  return Object.fromEntries(Object.entries(table).map(([cle, texte]) => [cle, isoler(texte)]));
}

/**
 * A language's texts as published: a translation whose French has changed
 * since it was reviewed (scripts/empreintes.mjs) is replaced by the current
 * French between ⟪ and ⟫, which the app shows marked lang="fr".
 */
function aJour(textes) {
  return Object.fromEntries(Object.entries(textes).map(([cle, t]) => [cle, t.perimee ? `⟪${t.francais}⟫` : t.texte]));
}

export function publierLangues(dossier) {
  mkdirSync(join(dossier, "langues"), { recursive: true });
  const publiees = [];
  for (const { code } of TABLE.slice(1)) {
    const etat = etatDesTraductions(code);
    // "empreintes": the fingerprint of the French each catalogue translation
    // was reviewed against, so the app also sees a translation made stale by
    // a catalogue published without a rebuild (i18n::catalogue::traduire),
    // and the editor lists the stale ones.
    const empreintes = Object.fromEntries(Object.entries(etat.catalogue).map(([chemin, t]) => [chemin, t.empreinte]));
    const publie = {
      langue: code,
      interface: pourLaPage(code, aJour(etat.interface)),
      catalogue: pourLaPage(code, aJour(etat.catalogue)),
      empreintes,
    };
    writeFileSync(join(dossier, "langues", `${code}.json`), JSON.stringify(publie));
    publiees.push(code);
  }
  return publiees;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`langues publiées : ${publierLangues(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? "dist").join(", ")}`);
}
