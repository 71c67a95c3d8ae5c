//! Facts live in the catalogue's fields, never inside a translation: a
//! phone number, an e-mail address or one of the brochure's counts
//! (young people mentored, places) written into an English, FALC or
//! Arabic text would stay old in that language when the Collectif updates
//! the catalogue. The screens write facts from their fields; the
//! translations only carry words.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use trouve_ton_mentor::catalogue;
use trouve_ton_mentor::i18n::Langue;

/// Every text of a language's files (`file: key`, text).
fn textes(code: &str) -> Vec<(String, String)> {
    let dossier = Path::new(env!("CARGO_MANIFEST_DIR")).join("langues").join(code);
    let mut sortie = Vec::new();
    for entree in std::fs::read_dir(&dossier).unwrap() {
        let chemin = entree.unwrap().path();
        let contenu: Value = serde_json::from_str(&std::fs::read_to_string(&chemin).unwrap()).unwrap();
        let nom = chemin.file_name().unwrap().to_string_lossy().to_string();
        for (cle, texte) in contenu.as_object().unwrap() {
            sortie.push((
                format!("langues/{code}/{nom} : {cle}"),
                texte.as_str().unwrap().to_string(),
            ));
        }
    }
    sortie
}

/// A phone number: eight digits or more, maybe cut by spaces, dots or a
/// leading +.
fn a_un_telephone(texte: &str) -> bool {
    let mut chiffres = 0;
    let mut blancs = 0;
    for c in texte.chars() {
        if c.is_ascii_digit() {
            chiffres += 1;
            blancs = 0;
            if chiffres >= 8 {
                return true;
            }
        } else if matches!(c, ' ' | '.' | '\u{a0}') && chiffres > 0 && blancs == 0 {
            blancs += 1;
        } else {
            chiffres = 0;
            blancs = 0;
        }
    }
    false
}

/// An e-mail address: a word, "@", a word with a dot.
fn a_un_courriel(texte: &str) -> bool {
    texte.split_whitespace().any(|mot| {
        mot.split_once('@')
            .is_some_and(|(avant, apres)| !avant.is_empty() && apres.trim_end_matches(['.', ')']).contains('.'))
    })
}

/// The whole numbers of a text, thousands written with a space, a comma or
/// a dot joined ("31,125" and "31 125" are 31125; "100,000" is not 100).
fn nombres(texte: &str) -> BTreeSet<u32> {
    let mut sortie = BTreeSet::new();
    let car: Vec<char> = texte.chars().collect();
    let mut i = 0;
    while i < car.len() {
        if !car[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut n = String::new();
        while i < car.len() {
            if car[i].is_ascii_digit() {
                n.push(car[i]);
                i += 1;
            } else if matches!(car[i], ' ' | ',' | '.' | '\u{a0}' | '\u{202f}')
                && car
                    .get(i + 1..i + 4)
                    .is_some_and(|s| s.iter().all(char::is_ascii_digit))
                && car.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
            {
                i += 1;
            } else {
                break;
            }
        }
        if let Ok(v) = n.parse() {
            sortie.insert(v);
        }
    }
    sortie
}

/// The brochure's counts (young people mentored, places), from 10 up, that
/// are not also an age of the catalogue (ages are words of the rules:
/// "de 5 à 30 ans").
fn chiffres_du_catalogue(c: &catalogue::Catalogue) -> BTreeSet<u32> {
    let ages: BTreeSet<u32> = c
        .programmes
        .iter()
        .flat_map(|p| [p.eligibilite.age.min, p.eligibilite.age.max])
        .chain([c.mentorat.age_min, c.mentorat.age_max])
        .map(u32::from)
        .collect();
    c.programmes
        .iter()
        .flat_map(|p| [p.jeunes_mentores.total, p.jeunes_mentores.local, p.capacite.nombre])
        .filter(|n| *n >= 10 && !ages.contains(n))
        .collect()
}

#[test]
fn aucune_traduction_ne_contient_de_telephone_de_courriel_ni_de_chiffre_du_catalogue() {
    let c = catalogue::embarque().unwrap();
    let chiffres = chiffres_du_catalogue(&c);
    assert!(chiffres.contains(&31125) && chiffres.contains(&176), "{chiffres:?}");
    let mut fautes = Vec::new();
    for langue in &Langue::TOUTES[1..] {
        for (ou, texte) in textes(langue.code()) {
            // The one page shown when no catalogue can be read says where
            // to write: it cannot take the address from the catalogue, so
            // it must be the catalogue's (checked below).
            if ou.ends_with("app.json : catalogue_illisible_contact") {
                assert!(texte.contains(&c.contact_regional.courriel), "{ou}");
                continue;
            }
            if a_un_telephone(&texte) {
                fautes.push(format!("{ou} : un numéro de téléphone : {texte}"));
            }
            if a_un_courriel(&texte) {
                fautes.push(format!("{ou} : une adresse e-mail : {texte}"));
            }
            let dedans: Vec<u32> = nombres(&texte).intersection(&chiffres).copied().collect();
            if !dedans.is_empty() {
                fautes.push(format!("{ou} : chiffre(s) du catalogue {dedans:?} : {texte}"));
            }
        }
    }
    assert!(
        fautes.is_empty(),
        "faits écrits dans des traductions :\n{}",
        fautes.join("\n")
    );
}

#[test]
fn les_detecteurs_reconnaissent_les_faits() {
    assert!(a_un_telephone("Call 07 82 50 83 60 now"));
    assert!(a_un_telephone("+33782508360"));
    assert!(!a_un_telephone("from 5 to 30, 1 to 4 times, in 2022"));
    assert!(a_un_courriel("write to dunkerque@afev.org."));
    assert!(!a_un_courriel("@ home"));
    assert_eq!(
        nombres("31,125 young people, including 176"),
        BTreeSet::from([31125, 176])
    );
    assert_eq!(
        nombres("100,000 in 2021 and 1 800"),
        BTreeSet::from([100_000, 2021, 1800])
    );
}
