//! Fetching a small text file with a time limit and a size limit: the
//! remote catalogue and the language files. A slow or huge answer is
//! dropped rather than left to hold up the screen.

use std::time::Duration;

use leptos::prelude::*;

pub use crate::i18n::echec::Echec;

/// The text at `url` (resolved against the page), if it comes within
/// `delai` and is at most `taille_max` bytes.
pub async fn texte(url: &str, taille_max: usize, delai: Duration) -> Result<String, Echec> {
    let base = window().location().href().unwrap_or_default();
    let absolue = web_sys::Url::new_with_base(url, &base).map_err(|_| Echec::Adresse(url.to_string()))?;
    if !matches!(absolue.protocol().as_str(), "https:" | "http:") {
        return Err(Echec::Adresse(url.to_string()));
    }
    let url = absolue.href();

    let controleur = web_sys::AbortController::new().map_err(|_| Echec::PasDeReponse)?;
    let signal = controleur.signal();
    // Aborting also ends a body that trickles in after the headers.
    let minuterie = set_timeout_with_handle(move || controleur.abort(), delai).ok();
    let resultat = async {
        let reponse = gloo_net::http::Request::get(&url)
            .abort_signal(Some(&signal))
            .send()
            .await
            .map_err(|_| Echec::PasDeReponse)?;
        if !reponse.ok() {
            return Err(Echec::Statut(reponse.status()));
        }
        let annoncee = reponse
            .headers()
            .get("content-length")
            .and_then(|l| l.parse::<usize>().ok());
        if annoncee.is_some_and(|l| l > taille_max) {
            return Err(Echec::TropGros);
        }
        let texte = reponse.text().await.map_err(|_| Echec::Illisible)?;
        if texte.len() > taille_max {
            return Err(Echec::TropGros);
        }
        Ok(texte)
    }
    .await;
    if let Some(m) = minuterie {
        m.clear();
    }
    resultat
}
