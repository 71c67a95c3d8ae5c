//! `make catalogue-check FILE=…`: checks a catalogue file with the rules of
//! the build and of the app (the same code), for maintainers who publish a
//! new catalogue without rebuilding. Prints every problem, then exits 1.

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(fichier) = std::env::args().nth(1) else {
        eprintln!("usage : catalogue-check FICHIER.json");
        return ExitCode::from(2);
    };
    let texte = match std::fs::read_to_string(&fichier) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{fichier} : impossible de lire le fichier : {e}");
            return ExitCode::FAILURE;
        }
    };
    match trouve_ton_mentor::catalogue::charger(&fichier, &texte) {
        Ok(c) => {
            println!(
                "{fichier} : catalogue valide, {} programmes, à jour au {}.",
                c.programmes.len(),
                c.date_maj
            );
            ExitCode::SUCCESS
        }
        Err(erreurs) => {
            eprintln!("{fichier} : {} erreur(s) :", erreurs.len());
            for e in erreurs {
                eprintln!("  {e}");
            }
            ExitCode::FAILURE
        }
    }
}
