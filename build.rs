//! Checks `public/catalogue.json` before anything is compiled: a broken
//! catalogue fails `cargo build`, `cargo test` and `trunk build` with a
//! message naming the file, the programme and the field.

#[allow(dead_code)]
#[path = "src/audit_rgaa.rs"]
mod audit_rgaa;
#[path = "src/i18n/date.rs"]
mod date;

#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;
#[allow(dead_code)]
#[path = "src/catalogue/lire.rs"]
mod lire;
#[allow(dead_code)]
#[path = "src/i18n/catalogue.rs"]
mod traduction_catalogue;
#[allow(dead_code)]
#[path = "src/catalogue/types.rs"]
mod types;
#[allow(dead_code)]
#[path = "src/catalogue/validate.rs"]
mod validate;
#[allow(dead_code)]
#[path = "src/i18n/verifier.rs"]
mod verifier;

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
    audit();
}

/// Reads the RGAA audit (`docs/accessibilite/`), fails on an incomplete
/// one, and writes the figures of the accessibility statement
/// (`audit_rgaa.rs`): its rate, status, date and sample are computed from
/// the table, never typed.
fn audit() {
    println!("cargo:rerun-if-changed=docs/accessibilite");
    println!("cargo:rerun-if-changed=src/audit_rgaa.rs");
    println!("cargo:rerun-if-changed=src/i18n/date.rs");
    let a = match audit_rgaa::lire() {
        Ok(a) => a,
        Err(erreurs) => {
            eprintln!("{}", audit_rgaa::rapport_incomplet(&erreurs));
            std::process::exit(1);
        }
    };
    let t = a.taux();
    let conformite = match t.conformite() {
        audit_rgaa::Conformite::Totale => "TOTALE",
        audit_rgaa::Conformite::Partielle => "PARTIELLE",
        audit_rgaa::Conformite::Non => "NON",
    };
    let pages: Vec<String> = a
        .cles
        .iter()
        .map(|c| {
            let (section, nom) = c.split_once('.').unwrap_or(("", c));
            format!("cle::{section}::{}", nom.to_ascii_uppercase())
        })
        .collect();
    let code = format!(
        "pub const TAUX_DIXIEMES: u32 = {};\npub const CONFORMITE: Cle = cle::accessibilite::CONFORMITE_{conformite};\n\
         pub const DATE: &str = {:?};\npub const DATE_LISIBLE: &str = {:?};\npub const NON_RESPECTES: &[&str] = &{:?};\n\
         pub const PAGES: [Cle; {}] = [{}];\npub const OUTILS: &[&str] = &{:?};\n",
        t.dixiemes(),
        a.date,
        date::date_lisible(&a.date),
        t.non_respectes,
        pages.len(),
        pages.join(", "),
        a.outils
    );
    let dossier = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(format!("{dossier}/audit_rgaa.rs"), code) {
        eprintln!("audit_rgaa.rs : écriture impossible : {e}");
        std::process::exit(1);
    }
}

/// The table of languages: the one place that lists them.
const TABLE_DES_LANGUES: &str = "langues/langues.json";

/// Reads `langues/`, fails on any missing or broken translation, and writes
/// the keys (`cles.rs`) and the languages (`langues.rs`) the app compiles
/// against.
fn langues(catalogue: &str) {
    println!("cargo:rerun-if-changed=langues");
    println!("cargo:rerun-if-changed=src/i18n/verifier.rs");
    println!("cargo:rerun-if-changed=src/i18n/catalogue.rs");
    let mut erreurs = Vec::new();
    let table = table_des_langues(&mut erreurs);
    // The first language is the reference, compiled in; the others must
    // translate every text, each counted text in its own plural categories.
    let francais = lire_langue("fr", &mut erreurs);
    let embarquees = francais_embarque(&francais, &mut erreurs);
    if let Some(fr) = table.first() {
        erreurs.extend(verifier::comparer_pluriels(
            "fr",
            &fr.categories(),
            &francais,
            &francais,
        ));
    }
    let catalogue = json::lire(catalogue).unwrap_or(json::Json::Nul);
    for fiche in table.iter().skip(1) {
        let code = fiche.code.as_str();
        let textes = lire_langue(code, &mut erreurs);
        erreurs.extend(verifier::comparer(code, &francais, &textes));
        erreurs.extend(verifier::comparer_pluriels(
            code,
            &fiche.categories(),
            &francais,
            &textes,
        ));
        let fichier = format!("langues/{code}/catalogue.json");
        match std::fs::read_to_string(&fichier) {
            Ok(texte) => match json::lire(&texte)
                .map_err(|e| e.to_string())
                .and_then(|v| verifier::table_de_textes(&v))
            {
                Ok(traductions) => erreurs.extend(traduction_catalogue::comparer(&fichier, &catalogue, &traductions)),
                Err(e) => erreurs.push(format!("{fichier} : JSON invalide (un objet de textes attendu) : {e}")),
            },
            Err(e) => erreurs.push(format!("{fichier} : impossible de lire le fichier : {e}")),
        }
    }
    if !erreurs.is_empty() {
        eprintln!(
            "Les textes de l'interface sont incomplets ou invalides ({} erreur(s)) :",
            erreurs.len()
        );
        for e in &erreurs {
            eprintln!("  {e}");
        }
        std::process::exit(1);
    }
    let dossier = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(format!("{dossier}/cles.rs"), code_des_cles(&francais, &embarquees)) {
        eprintln!("cles.rs : écriture impossible : {e}");
        std::process::exit(1);
    }
    if let Err(e) = std::fs::write(format!("{dossier}/langues.rs"), code_des_langues(&table)) {
        eprintln!("langues.rs : écriture impossible : {e}");
        std::process::exit(1);
    }
}

/// One line of `langues/langues.json`, checked.
struct FicheLue {
    code: String,
    lang: String,
    rtl: bool,
    nom: String,
    nom_francais: String,
    navigateur: Vec<String>,
    locale: String,
    milliers: String,
    decimale: String,
    /// The plural rule: each category but « other » with its condition (modulo, min, max).
    pluriel: Vec<(String, u32, u32, u32)>,
    echec_chargement: String,
}

impl FicheLue {
    /// The language's plural categories, « other » included.
    fn categories(&self) -> Vec<&str> {
        self.pluriel.iter().map(|(c, ..)| c.as_str()).chain(["other"]).collect()
    }
}

/// Reads the table of languages; every field is required, and each
/// language must have its folder `langues/<code>/` (and each folder a line):
/// a language cannot be half added.
fn table_des_langues(erreurs: &mut Vec<String>) -> Vec<FicheLue> {
    let f = TABLE_DES_LANGUES;
    let valeur = match std::fs::read_to_string(f)
        .map_err(|e| e.to_string())
        .and_then(|t| json::lire(&t).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            erreurs.push(format!("{f} : illisible : {e}"));
            return Vec::new();
        }
    };
    let mut table = Vec::new();
    for (i, l) in valeur
        .get("langues")
        .and_then(|l| l.liste())
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        let mut texte = |champ: &str| match l.get(champ).and_then(|v| v.texte()) {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => {
                erreurs.push(format!("{f} : langue n° {} : champ « {champ} » absent ou vide", i + 1));
                String::new()
            }
        };
        let code = texte("code");
        let (lang, direction, nom, nom_francais, locale) = (
            texte("lang"),
            texte("direction"),
            texte("nom"),
            texte("nom_francais"),
            texte("locale"),
        );
        let (milliers, decimale, echec_chargement) = (texte("milliers"), texte("decimale"), texte("echec_chargement"));
        let navigateur = l
            .get("navigateur")
            .and_then(|v| v.liste())
            .map(|v| v.iter().filter_map(|c| c.texte().map(str::to_string)).collect());
        let pluriel = match l.get("pluriel") {
            Some(json::Json::Objet(regles)) => Some(
                regles
                    .iter()
                    .filter_map(|(categorie, condition)| {
                        let lue = condition.texte().and_then(verifier::condition);
                        match lue {
                            Some((modulo, min, max))
                                if categorie != "other" && verifier::CATEGORIES.contains(&categorie.as_str()) =>
                            {
                                Some((categorie.clone(), modulo, min, max))
                            }
                            _ => {
                                erreurs.push(format!(
                                    "{f} : langue « {code} » : pluriel « {categorie} » : une catégorie CLDR (zero, one, two, few, many) et une condition « n = 1 », « n = 0..1 » ou « n % 100 = 3..10 » sont attendues"
                                ));
                                None
                            }
                        }
                    })
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        };
        let rtl = match direction.as_str() {
            "ltr" => false,
            "rtl" => true,
            autre => {
                erreurs.push(format!(
                    "{f} : langue « {code} » : direction « {autre} » : « ltr » ou « rtl » attendu"
                ));
                false
            }
        };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            erreurs.push(format!(
                "{f} : langue n° {} : code « {code} » : lettres minuscules sans accent attendues",
                i + 1
            ));
        }
        let (Some(navigateur), Some(pluriel)) = (navigateur, pluriel) else {
            erreurs.push(format!(
                "{f} : langue « {code} » : « navigateur » (liste) et « pluriel » (objet : catégorie → condition) sont requis"
            ));
            continue;
        };
        table.push(FicheLue {
            code,
            lang,
            rtl,
            nom,
            nom_francais,
            navigateur,
            locale,
            milliers,
            decimale,
            pluriel,
            echec_chargement,
        });
    }
    if table.first().map(|l| l.code.as_str()) != Some("fr") {
        erreurs.push(format!(
            "{f} : la première langue doit être « fr », la référence compilée dans l'app"
        ));
    }
    let mut dossiers: Vec<String> = std::fs::read_dir("langues")
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    dossiers.sort();
    let mut codes: Vec<String> = table.iter().map(|l| l.code.clone()).collect();
    codes.sort();
    if dossiers != codes {
        erreurs.push(format!(
            "{f} : les langues {codes:?} ne correspondent pas aux dossiers de langues/ {dossiers:?}"
        ));
    }
    table
}

/// The `Langue` enum, one variant per line of the table (`fr` → `Fr`), and
/// the table itself (`FICHES`, in the same order).
fn code_des_langues(table: &[FicheLue]) -> String {
    let variante = |code: &str| {
        let mut v = code.to_string();
        v[..1].make_ascii_uppercase();
        v
    };
    let variantes: Vec<String> = table.iter().map(|l| variante(&l.code)).collect();
    let mut code = String::new();
    let _ = writeln!(
        code,
        "/// The languages of the interface, in the order of langues/langues.json."
    );
    let _ = writeln!(code, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]");
    let _ = writeln!(code, "pub enum Langue {{ #[default] {} }}", variantes.join(", "));
    let _ = writeln!(
        code,
        "pub const LANGUES: [Langue; {}] = [{}];",
        table.len(),
        variantes
            .iter()
            .map(|v| format!("Langue::{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(code, "pub static FICHES: [Fiche; {}] = [", table.len());
    for l in table {
        let _ = writeln!(
            code,
            "Fiche {{ code: {:?}, lang: {:?}, direction: Direction::{}, nom: {:?}, nom_francais: {:?}, navigateur: &{:?}, locale: {:?}, milliers: {:?}, decimale: {:?}, pluriel: &{:?}, echec_chargement: {:?} }},",
            l.code,
            l.lang,
            if l.rtl { "Rtl" } else { "Ltr" },
            l.nom,
            l.nom_francais,
            l.navigateur,
            l.locale,
            l.milliers,
            l.decimale,
            l.pluriel,
            l.echec_chargement
        );
    }
    code.push_str("];\n");
    code
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
        let Some(section) = chemin
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
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

/// The French keys whose texts the WebAssembly carries
/// (`francais_embarque` in langues/langues.json: whole sections, or
/// `section.key`): those of the home page and of the app's frame, so that
/// a first visit draws them without another file. Every other text comes
/// in the published French file, fetched when another screen is opened.
/// An entry that names no key fails the build.
fn francais_embarque(francais: &verifier::Table, erreurs: &mut Vec<String>) -> Vec<bool> {
    let f = TABLE_DES_LANGUES;
    let entrees: Vec<String> = std::fs::read_to_string(f)
        .ok()
        .and_then(|t| json::lire(&t).ok())
        .and_then(|v| {
            v.get("francais_embarque")
                .and_then(|l| l.liste())
                .map(|l| l.iter().filter_map(|e| e.texte().map(str::to_string)).collect())
        })
        .unwrap_or_default();
    if entrees.is_empty() {
        erreurs.push(format!(
            "{f} : « francais_embarque » (liste des sections ou clés du français compilées dans l'app) absent ou vide"
        ));
    }
    for entree in &entrees {
        let trouvee = francais
            .keys()
            .any(|nom| nom == entree || nom.strip_prefix(entree.as_str()).is_some_and(|r| r.starts_with('.')));
        if !trouvee {
            erreurs.push(format!(
                "{f} : francais_embarque : « {entree} » ne désigne aucune clé de langues/fr"
            ));
        }
    }
    francais
        .keys()
        .map(|nom| {
            entrees
                .iter()
                .any(|e| nom == e || nom.strip_prefix(e.as_str()).is_some_and(|r| r.starts_with('.')))
        })
        .collect()
}

/// `pub mod accueil { pub const TITRE: Cle = Cle(3); }` for each key; the
/// version of the list of keys (`VERSION`, in the published files' names,
/// so that an app only ever reads texts made for its keys); the French
/// texts in the same order: every one natively, only the embedded ones in
/// the WebAssembly (the others are "" until the French file is loaded);
/// and natively the keys' names, to publish and test the files.
fn code_des_cles(francais: &verifier::Table, embarquees: &[bool]) -> String {
    let mut code = String::new();
    let n = francais.len();
    let _ = writeln!(code, "pub const NOMBRE: usize = {n};");
    let noms: Vec<&String> = francais.keys().collect();
    let _ = writeln!(
        code,
        "pub const VERSION: &str = {:?};",
        verifier::version_des_cles(&noms)
    );
    let _ = writeln!(code, "#[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(code, "pub static NOMS: [&str; NOMBRE] = {noms:?};");
    let _ = writeln!(code, "#[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(
        code,
        "pub static FRANCAIS: [&str; NOMBRE] = {:?};",
        francais.values().collect::<Vec<_>>()
    );
    let _ = writeln!(code, "#[cfg(target_arch = \"wasm32\")]");
    let _ = writeln!(
        code,
        "pub static FRANCAIS: [&str; NOMBRE] = {:?};",
        francais
            .values()
            .zip(embarquees)
            .map(|(t, &e)| if e { t.as_str() } else { "" })
            .collect::<Vec<_>>()
    );
    let _ = writeln!(code, "pub static EMBARQUEE: [bool; NOMBRE] = {embarquees:?};");
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
