//! Checks `public/catalogue.json` before anything is compiled: a broken
//! catalogue fails `cargo build`, `cargo test` and `trunk build` with a
//! message naming the file, the programme and the field.

#[allow(dead_code)]
#[path = "src/catalogue/types.rs"]
mod types;
#[allow(dead_code)]
#[path = "src/catalogue/validate.rs"]
mod validate;

const FICHIER: &str = "public/catalogue.json";

fn main() {
    println!("cargo:rerun-if-changed={FICHIER}");
    println!("cargo:rerun-if-changed=src/catalogue/types.rs");
    println!("cargo:rerun-if-changed=src/catalogue/validate.rs");
    let texte = match std::fs::read_to_string(FICHIER) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{FICHIER} : impossible de lire le fichier : {e}");
            std::process::exit(1);
        }
    };
    if let Err(erreurs) = validate::charger(FICHIER, &texte) {
        eprintln!("Le catalogue est invalide ({} erreur(s)) :", erreurs.len());
        for e in &erreurs {
            eprintln!("  {e}");
        }
        std::process::exit(1);
    }
}
