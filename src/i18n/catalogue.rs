//! Translating the catalogue's descriptive texts.
//!
//! Facts (ages, hours, contacts, rules, names) exist once, in
//! `public/catalogue.json`. A language gives, for each descriptive text, its
//! translation under the text's path: `programmes.afev.accroche`,
//! `mentorat.valeurs.0` (an element of a list is named by its `id` when it
//! has one, otherwise by its position). The translated catalogue is the
//! French one with those texts replaced, checked again like any catalogue.

use std::collections::BTreeMap;

use super::json::Json;

/// Fields that hold facts or codes, never translated.
pub const FAITS: &[&str] = &[
    "id",
    "date_maj",
    "verifie_le",
    "code_epci",
    "sigle",
    "site",
    "site_libelle",
    "courriel",
    "telephone",
    "personnes",
    "principal",
    "possible",
    "situations",
    "situations_a_verifier",
    "critere",
    "niveau",
    "profils",
    "profils_a_verifier",
    "mentors_profils",
    "besoins",
    "auteur",
    "nom",
    "ou",
    "acces",
    // The brochure's words, quoted verbatim in French in every language.
    "extrait",
    "age_extrait",
    "extrait_engagement",
];

/// Objects whose `texte` is the brochure's line of figures as printed
/// ("31 125 jeunes mentorés en 2022 dont 176 sur la CUD"): a fact, kept
/// in French, so that a figure never lives inside a translation (the
/// screens write the figures from their own fields).
const LIGNES_DE_CHIFFRES: &[&str] = &["jeunes_mentores", "capacite"];

/// Whether the field `cle`, under `chemin`, is a descriptive text. Names
/// (`nom`) are proper names, except a special offer's, which is a phrase
/// ("Mentorat thématique").
fn traduisible(chemin: &[String], cle: &str) -> bool {
    let chiffres = cle == "texte" && chemin.last().is_some_and(|c| LIGNES_DE_CHIFFRES.contains(&c.as_str()));
    !chiffres && (!FAITS.contains(&cle) || (cle == "nom" && chemin.iter().any(|c| c == "offres_speciales")))
}

fn nom_element(element: &Json, position: usize) -> String {
    match element.get("id").and_then(Json::texte) {
        Some(id) => id.to_string(),
        None => position.to_string(),
    }
}

/// Every descriptive text of a catalogue, by path, with its French text.
pub fn textes_traduisibles(catalogue: &Json) -> BTreeMap<String, String> {
    let mut sortie = BTreeMap::new();
    let mut copie = catalogue.clone();
    parcourir(&mut copie, &mut Vec::new(), &mut |chemin, texte| {
        sortie.insert(chemin.join("."), texte.clone());
    });
    sortie
}

/// A French text's fingerprint as the language files record it (the
/// French a translation was reviewed against): 32-bit FNV-1a, 8 hex digits,
/// as `scripts/empreintes.mjs` writes it.
pub fn empreinte_texte(texte: &str) -> String {
    format!("{:08x}", super::verifier::empreinte(texte))
}

/// Whether a recorded fingerprint is not the one of this French text.
/// Compared as numbers: the app then needs no hexadecimal formatting.
fn autre_francais(empreinte: &str, francais: &str) -> bool {
    u32::from_str_radix(empreinte, 16).ok() != Some(super::verifier::empreinte(francais))
}

/// Replaces each descriptive text that has a translation; the others stay
/// in French (a remote catalogue may have texts newer than the
/// translations). A translation whose recorded fingerprint (`empreintes`,
/// by path) is not that of the current French translates an older text:
/// the French is kept, after the invisible mark of a stale translation
/// (`FRANCAIS_PERIME`), for the page to mark it `lang="fr"`.
/// A path with no recorded fingerprint is trusted (an older file).
pub fn traduire(catalogue: &mut Json, traductions: &BTreeMap<String, String>, empreintes: &BTreeMap<String, String>) {
    parcourir(catalogue, &mut Vec::new(), &mut |chemin, texte| {
        let chemin = chemin.join(".");
        if let Some(t) = traductions.get(&chemin) {
            if empreintes.get(&chemin).is_some_and(|e| autre_francais(e, texte)) {
                texte.insert(0, '\u{2060}'); // i18n::FRANCAIS_PERIME (build.rs compiles this file too)
            } else {
                *texte = t.clone();
            }
        }
    });
}

/// The paths whose translation is stale for this French catalogue: their
/// recorded fingerprint is not the current French text's (the editor lists
/// them per language).
pub fn perimees(catalogue: &Json, empreintes: &BTreeMap<String, String>) -> Vec<String> {
    textes_traduisibles(catalogue)
        .into_iter()
        .filter(|(chemin, francais)| empreintes.get(chemin).is_some_and(|e| autre_francais(e, francais)))
        .map(|(chemin, _)| chemin)
        .collect()
}

/// What differs between a language's catalogue translations and the
/// catalogue's descriptive texts, for the build.
pub fn comparer(fichier: &str, catalogue: &Json, traductions: &BTreeMap<String, String>) -> Vec<String> {
    let attendus = textes_traduisibles(catalogue);
    let mut erreurs: Vec<String> = attendus
        .iter()
        .filter(|(chemin, _)| !traductions.contains_key(*chemin))
        .map(|(chemin, francais)| format!("{fichier} : texte « {chemin} » non traduit (français : « {francais} »)"))
        .collect();
    erreurs.extend(traductions.keys().filter(|c| !attendus.contains_key(*c)).map(|c| {
        format!(
            "{fichier} : « {c} » n'est pas un texte du catalogue (supprimé, renommé, ou un fait qui ne se traduit pas)"
        )
    }));
    erreurs
}

fn parcourir(valeur: &mut Json, chemin: &mut Vec<String>, f: &mut dyn FnMut(&[String], &mut String)) {
    match valeur {
        Json::Objet(champs) => {
            for (cle, v) in champs.iter_mut() {
                if traduisible(chemin, cle) {
                    chemin.push(cle.clone());
                    parcourir(v, chemin, f);
                    chemin.pop();
                }
            }
        }
        Json::Liste(elements) => {
            for (i, v) in elements.iter_mut().enumerate() {
                chemin.push(nom_element(v, i));
                parcourir(v, chemin, f);
                chemin.pop();
            }
        }
        Json::Texte(texte) => f(chemin, texte),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn une_traduction_d_un_ancien_francais_laisse_place_au_francais() {
        let mut catalogue = super::super::json::lire(r#"{"a": "Nouveau texte", "b": "Même texte"}"#).unwrap();
        let traductions = BTreeMap::from([
            ("a".to_string(), "Old text".to_string()),
            ("b".to_string(), "Same text".to_string()),
        ]);
        let empreintes = BTreeMap::from([
            ("a".to_string(), empreinte_texte("Ancien texte")),
            ("b".to_string(), empreinte_texte("Même texte")),
        ]);
        assert_eq!(perimees(&catalogue, &empreintes), ["a"]);
        traduire(&mut catalogue, &traductions, &empreintes);
        // The French, after the invisible mark that has the page mark it lang="fr".
        assert_eq!(catalogue.get("a").and_then(Json::texte), Some("\u{2060}Nouveau texte"));
        assert_eq!(catalogue.get("b").and_then(Json::texte), Some("Same text"));
        // The fingerprint scripts/empreintes.mjs writes for the same text.
        assert_eq!(empreinte_texte("Proxité"), "d734c739");
    }
}
