//! The open data in `public/data-inclusion/` never drifts from the catalogue:
//! a fresh run of `export-data-inclusion` must give the published files byte
//! for byte. When the catalogue changes, regenerate them with
//! `cargo run --bin export-data-inclusion` and commit the result.
//!
//! Conformity to the data·inclusion schema itself is checked by the schema's
//! own validator, in Python: `tests/open_data/valider.py`.

use std::path::{Path, PathBuf};
use std::process::Command;

const SERVICES: &str = "public/data-inclusion/services.json";
const STRUCTURES: &str = "public/data-inclusion/structures.json";

fn racine() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder under the target directory (never the system temp:
/// it is cleaned with the build and never shared between checkouts).
fn dossier_temporaire(nom: &str) -> PathBuf {
    let dossier = Path::new(env!("CARGO_TARGET_TMPDIR")).join(nom);
    let _ = std::fs::remove_dir_all(&dossier);
    std::fs::create_dir_all(&dossier).expect("création du dossier temporaire");
    dossier
}

/// Runs the exporter from the crate root into `dossier`; returns the
/// services and structures texts.
fn exporter(dossier: &Path) -> (String, String) {
    let services = dossier.join("services.json");
    let structures = dossier.join("structures.json");
    let sortie = Command::new(env!("CARGO_BIN_EXE_export-data-inclusion"))
        .current_dir(racine())
        .arg(&services)
        .arg(&structures)
        .output()
        .expect("lancement de export-data-inclusion");
    assert!(
        sortie.status.success(),
        "export-data-inclusion a échoué ({}) :\n{}",
        sortie.status,
        String::from_utf8_lossy(&sortie.stderr)
    );
    let lire = |chemin: &Path| std::fs::read_to_string(chemin).unwrap_or_else(|e| panic!("{} : {e}", chemin.display()));
    (lire(&services), lire(&structures))
}

fn publie(chemin: &str) -> String {
    std::fs::read_to_string(racine().join(chemin))
        .unwrap_or_else(|e| panic!("{chemin} : {e}\nGénérez-le avec : cargo run --bin export-data-inclusion"))
}

fn liste(texte: &str, nom: &str) -> Vec<serde_json::Value> {
    match serde_json::from_str(texte) {
        Ok(serde_json::Value::Array(v)) => v,
        autre => panic!("{nom} : une liste JSON est attendue, trouvé {autre:?}"),
    }
}

#[test]
fn les_fichiers_publies_sont_identiques_a_un_export_neuf() {
    let (services, structures) = exporter(&dossier_temporaire("data-inclusion-identique"));
    let conseil = "le catalogue a changé : régénérez avec `cargo run --bin export-data-inclusion`";
    assert!(
        publie(SERVICES) == services,
        "{SERVICES} diffère d'un export neuf ; {conseil}"
    );
    assert!(
        publie(STRUCTURES) == structures,
        "{STRUCTURES} diffère d'un export neuf ; {conseil}"
    );
}

#[test]
fn un_service_et_une_structure_par_programme() {
    let catalogue = trouve_ton_mentor::catalogue::embarque().expect("catalogue embarqué valide");
    let services = liste(&publie(SERVICES), SERVICES);
    let structures = liste(&publie(STRUCTURES), STRUCTURES);
    assert_eq!(services.len(), catalogue.programmes.len(), "un service par programme");
    assert_eq!(
        structures.len(),
        catalogue.programmes.len(),
        "une structure par association"
    );

    for (programme, service) in catalogue.programmes.iter().zip(&services) {
        assert_eq!(service["id"], format!("trouve-ton-mentor--{}", programme.id));
        assert_eq!(service["source"], "trouve-ton-mentor");
        // The day the programme's facts were checked, not the day the file
        // was written; a year alone (the brochure's) is its first day.
        let date = &programme.verifie_le;
        let attendue = if date.len() == 4 {
            format!("{date}-01-01")
        } else {
            date.clone()
        };
        assert_eq!(service["date_maj"], attendue.as_str());
        assert_eq!(
            service["zone_eligibilite"],
            serde_json::json!([catalogue.territoire.code_epci])
        );
        assert_eq!(service["courriel"], programme.contact.courriel.as_str());
        assert_eq!(service["lien_source"], programme.contact.site.as_str());
        // Every service points at a published structure.
        assert!(
            structures.iter().any(|s| s["id"] == service["structure_id"]),
            "{} : structure_id {} absent de {STRUCTURES}",
            programme.id,
            service["structure_id"]
        );
    }
}

#[test]
fn un_fichier_de_sortie_impossible_donne_une_erreur_claire() {
    let dossier = dossier_temporaire("data-inclusion-erreur");
    // A file where a folder is needed: the exporter cannot create it.
    let fichier = dossier.join("fichier");
    std::fs::write(&fichier, "").expect("écriture du fichier témoin");
    let sortie = Command::new(env!("CARGO_BIN_EXE_export-data-inclusion"))
        .current_dir(racine())
        .arg(fichier.join("services.json"))
        .output()
        .expect("lancement de export-data-inclusion");
    assert_eq!(sortie.status.code(), Some(1));
    let erreur = String::from_utf8_lossy(&sortie.stderr);
    assert!(erreur.starts_with("export-data-inclusion : "), "message : {erreur}");
}
