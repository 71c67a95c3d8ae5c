//! Checks `public/catalogue.json` before anything is compiled: a broken
//! catalogue fails `cargo build`, `cargo test` and `trunk build` with a
//! message naming the file, the programme and the field.

#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;
#[allow(dead_code)]
#[path = "src/catalogue/lire.rs"]
mod lire;
#[allow(dead_code)]
#[path = "src/catalogue/types.rs"]
mod types;
#[allow(dead_code)]
#[path = "src/catalogue/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "src/i18n/verifier.rs"]
mod verifier;
#[allow(dead_code)]
#[path = "src/i18n/catalogue.rs"]
mod traduction_catalogue;

use std::fmt::Write as _;

const FICHIER: &str = "public/catalogue.json";

fn main() {
    println!("cargo:rerun-if-changed={FICHIER}");
    println!("cargo:rerun-if-changed=src/catalogue/types.rs");
    println!("cargo:rerun-if-changed=src/catalogue/validate.rs");
    println!("cargo:rerun-if-changed=src/catalogue/lire.rs");
    println!("cargo:rerun-if-changed=src/json.rs");
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
    // The app embeds the file without its indentation (the catalogue's
    // tree is the same: tests/catalogue.rs).
    let dossier = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(format!("{dossier}/catalogue.min.json"), json::compacter(&texte)) {
        eprintln!("catalogue.min.json : écriture impossible : {e}");
        std::process::exit(1);
    }
    langues(&texte);
}

/// The languages other than French, which must translate every text.
const TRADUCTIONS: [&str; 3] = ["falc", "en", "ar"];

/// Reads `langues/`, fails on any missing or broken translation, and writes
/// the keys (`cles.rs`) the app compiles against.
fn langues(catalogue: &str) {
    println!("cargo:rerun-if-changed=langues");
    println!("cargo:rerun-if-changed=src/i18n/verifier.rs");
    println!("cargo:rerun-if-changed=src/i18n/catalogue.rs");
    let mut erreurs = Vec::new();
    let francais = lire_langue("fr", &mut erreurs);
    let mut vues = std::collections::HashMap::new();
    for nom in francais.keys() {
        if let Some(autre) = vues.insert(verifier::empreinte(nom), nom) {
            erreurs.push(format!("langues/fr : les clés « {autre} » et « {nom} » ont la même empreinte : renommer l'une d'elles"));
        }
    }
    let catalogue = json::lire(catalogue).unwrap_or(json::Json::Nul);
    for code in TRADUCTIONS {
        let table = lire_langue(code, &mut erreurs);
        erreurs.extend(verifier::comparer(code, &francais, &table));
        let fichier = format!("langues/{code}/catalogue.json");
        match std::fs::read_to_string(&fichier) {
            Ok(texte) => match json::lire(&texte).map_err(|e| e.to_string()).and_then(|v| verifier::table_de_textes(&v)) {
                Ok(traductions) => erreurs.extend(traduction_catalogue::comparer(&fichier, &catalogue, &traductions)),
                Err(e) => erreurs.push(format!("{fichier} : JSON invalide (un objet de textes attendu) : {e}")),
            },
            Err(e) => erreurs.push(format!("{fichier} : impossible de lire le fichier : {e}")),
        }
    }
    if !erreurs.is_empty() {
        eprintln!("Les textes de l'interface sont incomplets ou invalides ({} erreur(s)) :", erreurs.len());
        for e in &erreurs {
            eprintln!("  {e}");
        }
        std::process::exit(1);
    }
    let dossier = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(format!("{dossier}/cles.rs"), code_des_cles(&francais)) {
        eprintln!("cles.rs : écriture impossible : {e}");
        std::process::exit(1);
    }
}

/// Every section file of one language except the catalogue's translations.
fn lire_langue(code: &str, erreurs: &mut Vec<String>) -> verifier::Table {
    let mut table = verifier::Table::new();
    let dossier = format!("langues/{code}");
    let mut fichiers: Vec<_> = match std::fs::read_dir(&dossier) {
        Ok(d) => d.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            erreurs.push(format!("{dossier} : dossier illisible : {e}"));
            return table;
        }
    };
    fichiers.sort();
    for chemin in fichiers {
        let Some(section) = chemin.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".json")) else { continue };
        if section == "catalogue" {
            continue;
        }
        let fichier = chemin.display().to_string();
        match std::fs::read_to_string(&chemin) {
            Ok(texte) => erreurs.extend(verifier::lire_section(&fichier, section, &texte, &mut table)),
            Err(e) => erreurs.push(format!("{fichier} : impossible de lire le fichier : {e}")),
        }
    }
    table
}

/// `pub mod accueil { pub const TITRE: Cle = Cle(3); }` for each key, and
/// the tables of fingerprints and French texts in the same order.
fn code_des_cles(francais: &verifier::Table) -> String {
    let mut code = String::new();
    let n = francais.len();
    let _ = writeln!(code, "pub const NOMBRE: usize = {n};");
    let empreintes: Vec<u32> = francais.keys().map(|nom| verifier::empreinte(nom)).collect();
    let _ = writeln!(code, "pub static EMPREINTES: [u32; NOMBRE] = {empreintes:?};");
    let _ = writeln!(code, "pub static FRANCAIS: [&str; NOMBRE] = {:?};", francais.values().collect::<Vec<_>>());
    let mut section_ouverte: Option<&str> = None;
    for (i, cle) in francais.keys().enumerate() {
        let (section, nom) = cle.split_once('.').unwrap_or(("", cle));
        if section_ouverte != Some(section) {
            if section_ouverte.is_some() {
                code.push_str("}\n");
            }
            let _ = writeln!(code, "pub mod {section} {{ use super::Cle;");
            section_ouverte = Some(section);
        }
        let _ = writeln!(code, "pub const {}: Cle = Cle({i});", nom.to_ascii_uppercase());
    }
    if section_ouverte.is_some() {
        code.push_str("}\n");
    }
    code
}
