//! What several test files need: the embedded catalogue, read once, and a
//! language as the app reads it. Each test file is its own crate and uses
//! a part of this module (`mod commun;`), hence `dead_code` allowed.
#![allow(dead_code)]

use std::sync::OnceLock;

use trouve_ton_mentor::catalogue::{self, Catalogue};
use trouve_ton_mentor::i18n::{Langue, Textes, cle};

/// The embedded catalogue, parsed once: property tests evaluate it
/// thousands of times.
pub fn cat() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| catalogue::embarque().expect("le catalogue embarqué est valide"))
}

/// A language as the app reads it: `langues/<code>/` merged as
/// scripts/langues.mjs merges it (the texts in the order of the keys,
/// under their version), every text present, and the catalogue
/// translated. Without the Unicode isolates that script adds to the Arabic
/// file (the sentences checked with this are the same with or without
/// them; the published file is checked by
/// tests/e2e/langues-publiees.test.mjs).
pub fn langue(l: Langue) -> (Textes, Catalogue) {
    if l == Langue::Fr {
        return (Textes::francais_complet(), cat().clone());
    }
    let dossier = format!("{}/langues/{}", env!("CARGO_MANIFEST_DIR"), l.code());
    let (mut interface, mut traductions) = (serde_json::Map::new(), serde_json::Value::Null);
    for entree in std::fs::read_dir(&dossier).expect("dossier de langue") {
        let chemin = entree.expect("fichier de langue").path();
        let section = chemin
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let contenu: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&chemin).expect("lisible")).expect("JSON");
        if section == "catalogue" {
            traductions = contenu;
        } else if let serde_json::Value::Object(textes) = contenu {
            interface.extend(
                textes
                    .into_iter()
                    .map(|(cle, texte)| (format!("{section}.{cle}"), texte)),
            );
        }
    }
    let textes: Vec<serde_json::Value> = cle::NOMS
        .iter()
        .map(|n| interface.get(*n).cloned().unwrap_or_default())
        .collect();
    let fichier =
        serde_json::json!({ "cles": cle::VERSION, "interface": textes, "catalogue": traductions }).to_string();
    let tx = Textes::depuis_json(l, &fichier).expect("fichier de langue valide");
    assert_eq!(tx.manquantes(), 0, "{l:?}");
    let valeur = tx
        .catalogue_traduit(catalogue::FICHIER_EMBARQUE)
        .expect("catalogue traduit");
    let c = catalogue::charger_valeur("catalogue traduit", &valeur).expect("catalogue traduit valide");
    (tx, c)
}
