//! `make open-data`: writes the catalogue as open data in the data·inclusion
//! schema v1 (the mapping is `trouve_ton_mentor::open_data`, shared with the
//! catalogue editor).
//!
//! ```text
//! cargo run --bin export-data-inclusion -- [services.json [structures.json]]
//! ```
//!
//! Reads `public/catalogue.json` (relative to the current directory, i.e. the
//! crate root under `cargo run`) through the same checks as the app, then
//! writes the services (default `public/data-inclusion/services.json`) and
//! the structures (default: `structures.json` next to the services file).
//! `tests/data_inclusion.rs` compares the published files with a fresh
//! export, and `tests/open_data/valider.py` checks them with the schema's own
//! pydantic models.

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use trouve_ton_mentor::{catalogue, open_data};

/// Where the catalogue is read from, relative to the crate root.
const CATALOGUE: &str = "public/catalogue.json";
/// Default output for the services.
const SORTIE_SERVICES: &str = "public/data-inclusion/services.json";
/// Name of the structures file, written next to the services file by default.
const NOM_STRUCTURES: &str = "structures.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") || args.len() > 2 {
        eprintln!("usage : export-data-inclusion [services.json [structures.json]]");
        eprintln!("  par défaut : {SORTIE_SERVICES} et {NOM_STRUCTURES} dans le même dossier");
        return if args.len() > 2 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let services = PathBuf::from(args.first().map_or(SORTIE_SERVICES, String::as_str));
    let structures = match args.get(1) {
        Some(chemin) => PathBuf::from(chemin),
        None => services.with_file_name(NOM_STRUCTURES),
    };
    match exporter(&services, &structures) {
        Ok(nombre) => {
            println!(
                "{nombre} service(s) écrit(s) dans {}, {nombre} structure(s) dans {}",
                services.display(),
                structures.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("export-data-inclusion : {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the catalogue, maps it and writes both files. Returns the number of
/// programmes exported.
fn exporter(chemin_services: &Path, chemin_structures: &Path) -> Result<usize, String> {
    let texte = std::fs::read_to_string(CATALOGUE)
        .map_err(|e| format!("impossible de lire {CATALOGUE} : {e} (lancez la commande depuis la racine du dépôt)"))?;
    let catalogue = catalogue::charger(CATALOGUE, &texte).map_err(|erreurs| {
        let lignes: Vec<String> = erreurs.iter().map(|e| format!("  {e}")).collect();
        format!(
            "le catalogue est invalide ({} erreur(s)) :\n{}",
            erreurs.len(),
            lignes.join("\n")
        )
    })?;

    let (services, structures) = open_data::exporter(&catalogue)?;
    ecrire(chemin_services, &open_data::en_texte(&services))?;
    ecrire(chemin_structures, &open_data::en_texte(&structures))?;
    Ok(catalogue.programmes.len())
}

/// Writes a file, creating the folder if needed.
fn ecrire(chemin: &Path, texte: &str) -> Result<(), String> {
    if let Some(dossier) = chemin.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dossier)
            .map_err(|e| format!("impossible de créer le dossier {} : {e}", dossier.display()))?;
    }
    std::fs::write(chemin, texte).map_err(|e| format!("impossible d'écrire {} : {e}", chemin.display()))
}
