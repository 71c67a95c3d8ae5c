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

/// Whether the field `cle`, under `chemin`, is a descriptive text. Names
/// (`nom`) are proper names, except a special offer's, which is a phrase
/// ("Mentorat thématique").
fn traduisible(chemin: &[String], cle: &str) -> bool {
    !FAITS.contains(&cle) || (cle == "nom" && chemin.iter().any(|c| c == "offres_speciales"))
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

/// Replaces each descriptive text that has a translation; the others stay
/// in French (a remote catalogue may have texts newer than the translations).
pub fn traduire(catalogue: &mut Json, traductions: &BTreeMap<String, String>) {
    parcourir(catalogue, &mut Vec::new(), &mut |chemin, texte| {
        if let Some(t) = traductions.get(&chemin.join(".")) {
            *texte = t.clone();
        }
    });
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
