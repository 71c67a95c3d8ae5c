//! The catalogue editor (`editeur.html`, its own WebAssembly, never loaded
//! by the app): the Collectif's coordinator opens the catalogue, edits
//! each programme in a form laid out like the brochure's card, sees the
//! build's own error messages beside the field as they type, sees every
//! change field by field, and saves `catalogue.json` and the two
//! data·inclusion files. French only; nothing is sent anywhere.
//!
//! `modele` is plain Rust, tested natively; `vue` draws it in the browser.
//! The editor's words are data too: `editeur/textes.json`.

pub mod modele;
#[cfg(target_arch = "wasm32")]
mod vue;

#[cfg(target_arch = "wasm32")]
pub use vue::demarrer;

/// The editor's words (French only), labels and choices.
pub const TEXTES: &str = include_str!("../../editeur/textes.json");

#[cfg(test)]
mod tests {
    use super::modele::{Pas, remplacer};
    use crate::json::{self, Json};

    #[test]
    fn chaque_groupe_et_chaque_choix_du_fichier_de_textes_existe() {
        let textes = json::lire(super::TEXTES).unwrap();
        let catalogue = json::lire(crate::catalogue::FICHIER_SOURCE).unwrap();
        let programme = &catalogue.get("programmes").and_then(Json::liste).unwrap()[0];
        let Json::Objet(champs) = programme else { panic!() };
        // Every field of a programme is in one group (or the verified
        // date, drawn apart), so none is left out of the form.
        let groupes: Vec<&str> = textes
            .get("groupes")
            .and_then(Json::liste)
            .unwrap()
            .iter()
            .flat_map(|g| {
                g.get("champs")
                    .and_then(Json::liste)
                    .unwrap()
                    .iter()
                    .filter_map(Json::texte)
            })
            .collect();
        for (cle, _) in champs {
            assert!(
                groupes.contains(&cle.as_str()) || cle == "verifie_le",
                "{cle} sans groupe"
            );
        }
        // The choices offered are the codes the catalogue reader accepts:
        // the first programme with every code of each list still loads.
        let mut tout = catalogue.clone();
        for (champ, chemin) in [
            ("situations", &["eligibilite", "situations"][..]),
            ("besoins", &["besoins"]),
            ("acces", &["acces"]),
            ("profils", &["mentors", "profils"]),
        ] {
            let Some(Json::Objet(codes)) = textes.get("choix").and_then(|c| c.get(champ)) else {
                panic!("{champ}")
            };
            let liste = Json::Liste(codes.iter().map(|(code, _)| Json::Texte(code.clone())).collect());
            let mut c = vec![Pas::Cle("programmes".into()), Pas::Rang(0)];
            c.extend(chemin.iter().map(|k| Pas::Cle((*k).into())));
            remplacer(&mut tout, &c, liste);
        }
        let sans_verifier = vec![
            Pas::Cle("programmes".into()),
            Pas::Rang(0),
            Pas::Cle("eligibilite".into()),
            Pas::Cle("situations_a_verifier".into()),
        ];
        remplacer(&mut tout, &sans_verifier, Json::Liste(vec![]));
        assert_ne!(tout, catalogue);
        let erreurs = crate::catalogue::charger_valeur("essai", &tout)
            .err()
            .unwrap_or_default();
        assert!(erreurs.is_empty(), "{erreurs:?}");
    }

    #[test]
    fn chaque_liste_du_catalogue_nomme_ses_elements_pour_ajouter_et_retirer() {
        // The buttons say "Ajouter un partenaire", "Retirer le partenaire 3":
        // every list of texts or objects of the catalogue (not a list of
        // codes, edited as checkboxes) has its two words in the texts file.
        let textes = json::lire(super::TEXTES).unwrap();
        let catalogue = json::lire(crate::catalogue::FICHIER_SOURCE).unwrap();
        let mut cles = std::collections::BTreeSet::new();
        fn parcourir(v: &Json, cle: &str, cles: &mut std::collections::BTreeSet<String>) {
            match v {
                Json::Objet(p) => p.iter().for_each(|(k, e)| parcourir(e, k, cles)),
                Json::Liste(l) => {
                    cles.insert(cle.to_string());
                    l.iter().for_each(|e| parcourir(e, cle, cles));
                }
                _ => {}
            }
        }
        parcourir(&catalogue, "", &mut cles);
        let choix = textes.get("choix").unwrap();
        for cle in cles
            .iter()
            .filter(|c| !c.is_empty() && c.as_str() != "programmes" && choix.get(c).is_none())
        {
            let formes = textes.get("elements").and_then(|e| e.get(cle)).and_then(Json::liste);
            assert!(
                formes.is_some_and(|f| f.len() == 2 && f.iter().all(|m| m.texte().is_some_and(|t| !t.is_empty()))),
                "« {cle} » : pas de mots pour ses éléments dans editeur/textes.json (elements)"
            );
        }
        assert!(cles.contains("partenaires") && cles.contains("lieux"));
    }
}
