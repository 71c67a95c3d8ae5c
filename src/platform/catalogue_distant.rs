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

use crate::catalogue::{self, Catalogue};

/// Larger than any real catalogue (30 KB today) by far; refuses a runaway file.
pub const TAILLE_MAX: usize = 1024 * 1024;
/// A slow server must not hold anything up: after this, the attempt is dropped.
pub const DELAI: Duration = Duration::from_secs(8);
const CLE: &str = "trouve-ton-mentor/catalogue";

/// The configured URL, if any.
pub fn url_configuree() -> Option<String> {
    let meta = document().query_selector(r#"meta[name="catalogue-distant"]"#).ok().flatten()?;
    let url = meta.get_attribute("content")?;
    let url = url.trim();
    (!url.is_empty()).then(|| url.to_string())
}

/// The catalogue saved on the device by an earlier visit, if still valid.
pub fn enregistre() -> Option<Catalogue> {
    let stockage = window().local_storage().ok().flatten()?;
    let texte = stockage.get_item(CLE).ok().flatten()?;
    match catalogue::charger("catalogue enregistré", &texte) {
        Ok(c) => Some(c),
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

/// Fetches and checks the remote catalogue; saves it if it is valid.
pub async fn telecharger(url: &str) -> Result<Catalogue, String> {
    // Resolve relative URLs against the page, and refuse anything but http(s).
    let base = window().location().href().unwrap_or_default();
    let absolue = web_sys::Url::new_with_base(url, &base).map_err(|_| format!("adresse invalide «\u{a0}{url}\u{a0}»"))?;
    if !matches!(absolue.protocol().as_str(), "https:" | "http:") {
        return Err(format!("adresse refusée «\u{a0}{url}\u{a0}»"));
    }
    let url = absolue.href();

    let controleur = web_sys::AbortController::new().map_err(|_| "requête impossible".to_string())?;
    let signal = controleur.signal();
    let minuterie = set_timeout_with_handle(move || controleur.abort(), DELAI).ok();
    let reponse = gloo_net::http::Request::get(&url)
        .abort_signal(Some(&signal))
        .send()
        .await
        .map_err(|_| "le serveur ne répond pas (hors ligne ou trop lent)".to_string());
    let resultat = async {
        let reponse = reponse?;
        if !reponse.ok() {
            return Err(format!("le serveur a répondu {}", reponse.status()));
        }
        let annoncee = reponse.headers().get("content-length").and_then(|l| l.parse::<usize>().ok());
        if annoncee.is_some_and(|l| l > TAILLE_MAX) {
            return Err("fichier trop volumineux".to_string());
        }
        let texte = reponse.text().await.map_err(|_| "réponse illisible ou trop lente".to_string())?;
        if texte.len() > TAILLE_MAX {
            return Err("fichier trop volumineux".to_string());
        }
        match catalogue::charger(&url, &texte) {
            Ok(c) => {
                enregistrer(&texte);
                Ok(c)
            }
            Err(erreurs) => Err(format!(
                "catalogue invalide ({})",
                erreurs.first().map(ToString::to_string).unwrap_or_default()
            )),
        }
    }
    .await;
    if let Some(m) = minuterie {
        m.clear();
    }
    resultat
}
