//! Writes the static pages of the catalogue into a build (`make dist` runs
//! it after Trunk): `programmes/`, one page per programme, `robots.txt`,
//! and `sitemap.xml` when the public address is known. See
//! `trouve_ton_mentor::statique` for why.
//!
//!   cargo run --bin pages-statiques -- dist [https://exemple.fr/mentorat/]
//!
//! The public address (optional, also `URL_PUBLIQUE`) makes the canonical
//! links absolute and allows a sitemap, whose addresses must be absolute;
//! without it the links are relative and no sitemap is written (the build
//! says so).

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

use std::path::Path;
use std::process::ExitCode;

use trouve_ton_mentor::catalogue;
use trouve_ton_mentor::statique::{Site, pages};

/// The first file of the build's root whose name starts and ends so
/// (Trunk adds a content hash in between: `main-1a2b….css`).
fn fichier_du_build(dossier: &Path, debut: &str, fin: &str) -> Option<String> {
    let mut noms: Vec<String> = std::fs::read_dir(dossier)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(debut) && n.ends_with(fin))
        .collect();
    noms.sort();
    noms.into_iter().next()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let dossier = args.next().unwrap_or_else(|| "dist".into());
    let base = args
        .next()
        .or_else(|| std::env::var("URL_PUBLIQUE").ok())
        .filter(|b| !b.trim().is_empty())
        .map(|b| {
            let b = b.trim().to_string();
            if b.ends_with('/') { b } else { format!("{b}/") }
        });
    if let Some(b) = &base
        && !(b.starts_with("https://") || b.starts_with("http://"))
    {
        eprintln!("pages-statiques : l'adresse publique doit commencer par https:// (reçu « {b} »)");
        return ExitCode::FAILURE;
    }
    let racine = Path::new(&dossier);
    let Some(css) = fichier_du_build(racine, "main-", ".css") else {
        eprintln!("pages-statiques : pas de feuille de style main-*.css dans {dossier} (lancer trunk build d'abord)");
        return ExitCode::FAILURE;
    };
    let site = Site {
        css,
        icone: fichier_du_build(racine, "favicon-", ".svg"),
        base,
        // The build's day, for the notice on programmes checked long ago.
        aujourdhui: trouve_ton_mentor::statique::jour(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        ),
    };
    let texte = match std::fs::read_to_string(catalogue::NOM_FICHIER_EMBARQUE) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("pages-statiques : {} illisible : {e}", catalogue::NOM_FICHIER_EMBARQUE);
            return ExitCode::FAILURE;
        }
    };
    let c = match catalogue::charger(catalogue::NOM_FICHIER_EMBARQUE, &texte) {
        Ok(c) => c,
        Err(erreurs) => {
            for e in erreurs {
                eprintln!("pages-statiques : {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    let pages = pages(&c, &site);
    for page in &pages {
        let chemin = racine.join(&page.chemin);
        let ecrit = chemin
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&chemin, &page.contenu));
        if let Err(e) = ecrit {
            eprintln!("pages-statiques : {} : {e}", chemin.display());
            return ExitCode::FAILURE;
        }
    }
    println!("pages statiques : {} fichiers dans {dossier}", pages.len());
    match &site.base {
        Some(b) => println!("pages statiques : adresse publique {b}, sitemap.xml et robots.txt la citent"),
        None => {
            // A sitemap left by an earlier run with an address would now be wrong.
            let _ = std::fs::remove_file(racine.join("sitemap.xml"));
            println!(
                "pages statiques : pas de sitemap.xml, faute d'adresse publique (un plan du site veut des adresses \
                 absolues) ; pour un déploiement : make dist URL_PUBLIQUE=https://…/"
            );
        }
    }
    ExitCode::SUCCESS
}
