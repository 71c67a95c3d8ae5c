//! A newer catalogue without a rebuild.
//!
//! The app starts at once with the catalogue compiled into it. If the
//! deployer configured a catalogue URL (`<meta name="catalogue-distant"
//! content="…">` in index.html — only the deployer, never a link, so a
//! crafted address cannot swap the associations' contacts), the app fetches
//! it, checks it with the very rules of the build, and switches to it only
//! if it is valid and newer (`date_maj`). The last good one is kept on the
//! device. Any failure keeps the current catalogue and says why.

use std::time::Duration;

use leptos::prelude::*;

use super::reseau::{self, Echec};
use crate::catalogue::{self, Catalogue};

/// Larger than any real catalogue (30 KB today) by far; refuses a runaway file.
pub const TAILLE_MAX: usize = 1024 * 1024;
/// A slow server must not hold anything up: after this, the attempt is dropped.
pub const DELAI: Duration = Duration::from_secs(8);
const CLE: &str = "trouve-ton-mentor/catalogue";

/// The configured URL, if any.
pub fn url_configuree() -> Option<String> {
    let meta = document()
        .query_selector(r#"meta[name="catalogue-distant"]"#)
        .ok()
        .flatten()?;
    let url = meta.get_attribute("content")?;
    let url = url.trim();
    (!url.is_empty()).then(|| url.to_string())
}

/// A catalogue with the French text it was read from (its translations
/// are made from that text).
pub type Source = (String, Catalogue);

/// The catalogue saved on the device by an earlier visit, if still valid.
pub fn enregistre() -> Option<Source> {
    let stockage = window().local_storage().ok().flatten()?;
    let texte = stockage.get_item(CLE).ok().flatten()?;
    match catalogue::charger("catalogue enregistré", &texte) {
        Ok(c) => Some((texte, c)),
        Err(_) => {
            let _ = stockage.remove_item(CLE);
            None
        }
    }
}

fn enregistrer(texte: &str) {
    if let Some(stockage) = window().local_storage().ok().flatten() {
        let _ = stockage.set_item(CLE, texte);
    }
}

/// Fetches and checks the remote catalogue; saves it on the device if valid.
pub async fn telecharger(url: &str) -> Result<Source, Echec> {
    let texte = reseau::texte(url, TAILLE_MAX, DELAI).await?;
    match catalogue::charger(url, &texte) {
        Ok(c) => {
            enregistrer(&texte);
            Ok((texte, c))
        }
        Err(erreurs) => Err(Echec::Invalide(
            erreurs.first().map(ToString::to_string).unwrap_or_default(),
        )),
    }
}
