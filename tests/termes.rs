//! Every language as true as the French: one translation per term (the
//! glossary of each language, `langues/termes.json`) and the language's
//! own number marks, checked over every text of `langues/<code>/`.

use std::collections::BTreeMap;

use serde_json::Value;

fn lire(chemin: &str) -> Value {
    let chemin = format!("{}/{chemin}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&chemin).unwrap()).unwrap()
}

/// Every text of a language, interface and catalogue, by `section.key`.
/// The accessibility statement is left out until its own review.
fn textes(code: &str) -> BTreeMap<String, String> {
    let dossier = format!("{}/langues/{code}", env!("CARGO_MANIFEST_DIR"));
    let mut sortie = BTreeMap::new();
    for entree in std::fs::read_dir(&dossier).unwrap() {
        let chemin = entree.unwrap().path();
        let section = chemin.file_stem().unwrap().to_str().unwrap().to_string();
        if section == "accessibilite" {
            continue;
        }
        let Value::Object(paires) = lire(&format!("langues/{code}/{section}.json")) else {
            panic!("{section}")
        };
        for (cle, texte) in paires {
            sortie.insert(format!("{section}.{cle}"), texte.as_str().unwrap_or("").to_string());
        }
    }
    sortie
}

/// The French text a translated text stands for: the interface's French
/// file, or the catalogue's own text under the translation's path.
fn francais() -> BTreeMap<String, String> {
    let mut sortie = textes("fr");
    fn parcourir(v: &Value, chemin: String, sortie: &mut BTreeMap<String, String>) {
        match v {
            Value::String(s) => {
                sortie.insert(format!("catalogue.{chemin}"), s.clone());
            }
            Value::Object(o) => o.iter().for_each(|(k, v)| {
                parcourir(
                    v,
                    if chemin.is_empty() {
                        k.clone()
                    } else {
                        format!("{chemin}.{k}")
                    },
                    sortie,
                )
            }),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| parcourir(v, format!("{chemin}.{i}"), sortie)),
            _ => {}
        }
    }
    parcourir(&lire("public/catalogue.json"), String::new(), &mut sortie);
    sortie
}

/// The faults of one language's texts against its glossary.
fn ecarts(glossaire: &Value, textes: &BTreeMap<String, String>, francais: &BTreeMap<String, String>) -> Vec<String> {
    let mut ecarts = Vec::new();
    for terme in glossaire.as_array().unwrap() {
        let fr = terme["francais"].as_str().unwrap().to_lowercase();
        let traduction = terme["terme"].as_str().unwrap().to_lowercase();
        for (cle, texte) in textes {
            let texte_min = texte.to_lowercase();
            for autre in terme["pas"].as_array().unwrap() {
                let autre = autre.as_str().unwrap().to_lowercase();
                if texte_min.contains(&autre) {
                    ecarts.push(format!(
                        "{cle} : « {autre} » au lieu de « {traduction} » ({fr}) : {texte}"
                    ));
                }
            }
            let dit_le_terme = francais.get(cle).is_some_and(|f| f.to_lowercase().contains(&fr));
            if dit_le_terme && !texte_min.contains(&traduction) && !texte_min.contains(&fr) {
                ecarts.push(format!(
                    "{cle} : le français dit « {fr} », le texte ni « {traduction} » ni « {fr} » : {texte}"
                ));
            }
        }
    }
    ecarts
}

#[test]
fn chaque_texte_suit_le_glossaire_de_sa_langue() {
    let glossaires = lire("langues/termes.json");
    let francais = francais();
    let mut vus = 0;
    for langue in lire("langues/langues.json")["langues"]
        .as_array()
        .unwrap()
        .iter()
        .skip(1)
    {
        let code = langue["code"].as_str().unwrap();
        let glossaire = &glossaires[code];
        assert!(
            glossaire.is_array(),
            "langues/termes.json : pas de glossaire pour « {code} »"
        );
        let textes = textes(code);
        let ecarts = ecarts(glossaire, &textes, &francais);
        assert!(ecarts.is_empty(), "langues/{code} :\n{}", ecarts.join("\n"));
        vus += textes.len();
    }
    assert!(vus > 1000, "{vus} textes lus");
}

#[test]
fn un_texte_qui_s_ecarte_du_glossaire_est_signale() {
    let glossaire = serde_json::json!([{"francais": "Aide sociale à l'enfance", "terme": "child protection", "pas": ["child welfare"]}]);
    let francais = BTreeMap::from([(
        "q.ase".to_string(),
        "Suivi par l'Aide sociale à l'enfance ?".to_string(),
    )]);
    let textes = |t: &str| BTreeMap::from([("q.ase".to_string(), t.to_string())]);
    assert!(ecarts(&glossaire, &textes("Followed by child protection services?"), &francais).is_empty());
    // Another translation of the term, or none: both refused.
    assert_eq!(
        ecarts(&glossaire, &textes("In the care of child welfare?"), &francais).len(),
        2
    );
    assert_eq!(ecarts(&glossaire, &textes("In care?"), &francais).len(), 1);
}

#[test]
fn les_grands_nombres_ont_le_separateur_de_milliers_de_leur_langue() {
    // "31125" and "150000" were left bare in Arabic: a figure of five digits
    // or more is written with the language's mark ("31 125", "31,125"); a
    // postal code ("75342 Paris") is not a figure.
    for langue in lire("langues/langues.json")["langues"].as_array().unwrap() {
        let code = langue["code"].as_str().unwrap();
        for (cle, texte) in textes(code) {
            let chiffres: Vec<(usize, &str)> = texte.match_indices(|c: char| c.is_ascii_digit()).collect::<Vec<_>>();
            let mut i = 0;
            while i < chiffres.len() {
                let debut = chiffres[i].0;
                let mut fin = debut;
                while i < chiffres.len() && chiffres[i].0 == fin {
                    fin += 1;
                    i += 1;
                }
                let suite = &texte[fin..];
                let code_postal = suite.starts_with(" Paris") || suite.starts_with(',') && fin - debut == 5;
                assert!(
                    fin - debut < 5 || code_postal,
                    "langues/{code} : {cle} : « {} » sans séparateur de milliers",
                    &texte[debut..fin]
                );
            }
        }
    }
}
