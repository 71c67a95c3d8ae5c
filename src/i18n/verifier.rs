//! Reading and checking the language files, shared by `build.rs` (a
//! missing or broken translation fails the build, not the user) and the app
//! (a language file fetched at run time goes through the same reading).
//!
//! Layout: `langues/<code>/<section>.json`, each a flat JSON object of
//! texts; the key of a text is `<section>.<key>`. French (`fr`) is the
//! reference: every other language must have exactly its keys, with the
//! same `{placeholders}`. `langues/<code>/catalogue.json` (not in French:
//! the catalogue itself is French) translates the catalogue's descriptive
//! texts, see `catalogue.rs`.

use std::collections::BTreeMap;

use super::json::{self, Json};

/// Texts by full key (`accueil.titre`), sorted: the order of the generated keys.
pub type Table = BTreeMap<String, String>;

/// A section or key name: lower-case ASCII letters, digits and `_`,
/// starting with a letter, so it is also a Rust identifier.
pub fn nom_valide(nom: &str) -> bool {
    let mut c = nom.chars();
    matches!(c.next(), Some('a'..='z')) && c.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

/// A text's fingerprint: 32-bit FNV-1a of its UTF-8 bytes. Translations
/// record the fingerprint of the French they translate
/// (`langues/<code>.empreintes.json`, scripts/empreintes.mjs computes the same).
pub fn empreinte(texte: &str) -> u32 {
    texte
        .bytes()
        .fold(0x811c_9dc5, |h, octet| (h ^ u32::from(octet)).wrapping_mul(0x0100_0193))
}

/// The version of a list of keys: 32-bit FNV-1a of the names, each
/// followed by a line feed, in hexadecimal. The published language files
/// hold their texts in the order of the keys, with no names; this version
/// is in their names (`langues/fr.1a2b3c4d.json`) and inside them, so an
/// app reads only texts made for its own keys. `scripts/langues.mjs`
/// computes the same: both are pinned on "a" plus a line feed (src/i18n/mod.rs tests and
/// tests/e2e/langues-publiees.test.mjs).
pub fn version_des_cles<S: AsRef<str>>(noms: &[S]) -> String {
    let liste: String = noms.iter().map(|nom| format!("{}\n", nom.as_ref())).collect();
    format!("{:08x}", empreinte(&liste))
}

/// The `{placeholders}` of a text, sorted and without duplicates.
pub fn variables(texte: &str) -> Vec<&str> {
    let mut sortie = Vec::new();
    let mut reste = texte;
    while let Some(debut) = reste.find('{') {
        let apres = &reste[debut + 1..];
        match apres.find('}') {
            Some(fin) if nom_valide(&apres[..fin]) => {
                // Kept sorted as it grows (a text has a handful of names):
                // no library sort in the app's WebAssembly for this.
                let nom = &apres[..fin];
                if let Err(i) = sortie.binary_search(&nom) {
                    sortie.insert(i, nom);
                }
                reste = &apres[fin + 1..];
            }
            _ => reste = apres,
        }
    }
    sortie
}

/// Reads one section file into `table`; errors name the file and the key.
pub fn lire_section(fichier: &str, section: &str, texte: &str, table: &mut Table) -> Vec<String> {
    let mut erreurs = Vec::new();
    if !nom_valide(section) {
        erreurs.push(format!(
            "{fichier} : nom de section invalide « {section} » (minuscules, chiffres, _)"
        ));
        return erreurs;
    }
    let objet = match json::lire(texte) {
        Ok(Json::Objet(paires)) => paires,
        Ok(_) => {
            erreurs.push(format!("{fichier} : un objet de textes est attendu"));
            return erreurs;
        }
        Err(e) => {
            erreurs.push(format!("{fichier} : JSON invalide, {e}"));
            return erreurs;
        }
    };
    for (cle, valeur) in objet {
        let Some(texte) = valeur.texte() else {
            erreurs.push(format!("{fichier} : clé « {cle} » : un texte est attendu"));
            continue;
        };
        if !nom_valide(&cle) {
            erreurs.push(format!(
                "{fichier} : clé « {cle} » : nom invalide (minuscules, chiffres, _)"
            ));
        } else if texte.trim().is_empty() {
            erreurs.push(format!("{fichier} : clé « {cle} » : texte vide"));
        } else if table.insert(format!("{section}.{cle}"), texte.to_string()).is_some() {
            erreurs.push(format!("{fichier} : clé « {cle} » en double"));
        }
    }
    erreurs
}

/// What differs between a translation and the French reference: missing
/// keys, unknown keys, and placeholders that are not the same.
pub fn comparer(langue: &str, reference: &Table, traduction: &Table) -> Vec<String> {
    let mut erreurs = Vec::new();
    for (cle, francais) in reference {
        match traduction.get(cle) {
            None => erreurs.push(format!(
                "langues/{langue} : clé « {cle} » manquante (français : « {francais} »)"
            )),
            Some(texte) if variables(texte) != variables(francais) => erreurs.push(format!(
                "langues/{langue} : clé « {cle} » : variables {:?} attendues, {:?} trouvées",
                variables(francais),
                variables(texte)
            )),
            Some(_) => {}
        }
    }
    for cle in traduction.keys().filter(|c| !reference.contains_key(*c)) {
        erreurs.push(format!(
            "langues/{langue} : clé « {cle} » inconnue en français (à supprimer ou à ajouter dans langues/fr)"
        ));
    }
    erreurs
}

/// An object of texts (`{"accueil.titre": "…"}`) as a table; anything else
/// is refused with a message saying where.
pub fn table_de_textes(valeur: &Json) -> Result<Table, String> {
    let Json::Objet(paires) = valeur else {
        return Err("un objet de textes est attendu".to_string());
    };
    let mut table = Table::new();
    for (cle, valeur) in paires {
        let Some(texte) = valeur.texte() else {
            return Err(format!("« {cle} » : un texte est attendu"));
        };
        if table.insert(cle.clone(), texte.to_string()).is_some() {
            return Err(format!("« {cle} » en double"));
        }
    }
    Ok(table)
}

/// A counted text's forms, one per CLDR plural category:
/// `"one: {n} programme correspond | other: {n} programmes correspondent"`.
/// `None` for an ordinary text (it does not start with a category).
pub fn formes(texte: &str) -> Option<Vec<(&str, &str)>> {
    let formes: Vec<(&str, &str)> = texte
        .split(" | ")
        .map(|forme| forme.split_once(": ").unwrap_or(("", forme)))
        .collect();
    formes
        .iter()
        .all(|(categorie, _)| CATEGORIES.contains(categorie))
        .then_some(formes)
}

/// CLDR's plural categories, in CLDR's order.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One condition of a plural rule as the table of languages writes it,
/// a subset of CLDR's syntax: `n = 2`, `n = 0..1`, `n % 100 = 3..10`.
/// Read by `build.rs` into (modulo, min, max), 0 for no modulo.
pub fn condition(texte: &str) -> Option<(u32, u32, u32)> {
    let (gauche, droite) = texte.split_once('=')?;
    let modulo = match gauche.trim().strip_prefix('n')?.trim() {
        "" => 0,
        reste => reste.strip_prefix('%')?.trim().parse().ok().filter(|m| *m > 0)?,
    };
    let (min, max) = droite.trim().split_once("..").unwrap_or((droite.trim(), droite.trim()));
    let (min, max) = (min.trim().parse().ok()?, max.trim().parse().ok()?);
    (min <= max).then_some((modulo, min, max))
}

/// A counted text that lacks a category its language needs, or has one it
/// does not use, or a text counted in French and not in the translation
/// (or the reverse). `categories`: the language's, « other » included.
pub fn comparer_pluriels(langue: &str, categories: &[&str], reference: &Table, traduction: &Table) -> Vec<String> {
    let mut erreurs = Vec::new();
    for (cle, texte) in traduction {
        let compte_en_francais = reference.get(cle).and_then(|f| formes(f)).is_some();
        match formes(texte) {
            None if compte_en_francais => erreurs.push(format!(
                "langues/{langue} : clé « {cle} » : texte compté en français, ses formes {categories:?} sont attendues (« one: … | other: … »)"
            )),
            None => {}
            Some(_) if !compte_en_francais => erreurs.push(format!(
                "langues/{langue} : clé « {cle} » : formes du pluriel dans un texte qui ne compte rien en français"
            )),
            Some(f) => {
                let trouvees: Vec<&str> = f.iter().map(|(c, _)| *c).collect();
                let mut attendues = categories.to_vec();
                attendues.sort_by_key(|c| CATEGORIES.iter().position(|x| x == c));
                if trouvees != attendues {
                    erreurs.push(format!(
                        "langues/{langue} : clé « {cle} » : catégories du pluriel {attendues:?} attendues dans cet ordre, {trouvees:?} trouvées"
                    ));
                }
            }
        }
    }
    erreurs
}
