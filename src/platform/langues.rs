//! The interface language on this device: the one chosen before (kept in
//! localStorage), else the browser's; and the language files, fetched only
//! when needed: another language when someone chooses it, the French one
//! when a screen other than the home page opens (the service worker keeps
//! them for offline use).

use std::time::Duration;

use leptos::prelude::*;

use super::reseau;
use crate::i18n::{Langue, Textes};

const CLE: &str = "trouve-ton-mentor/langue";
/// A language file is about 40 KB; far more is not one.
const TAILLE_MAX: usize = 512 * 1024;
/// On a first visit the screen waits for the language: not for long.
const DELAI: Duration = Duration::from_secs(8);

/// The language chosen on this device before, if any (and still one we have).
pub fn enregistree() -> Option<Langue> {
    let stockage = window().local_storage().ok().flatten()?;
    let code = stockage.get_item(CLE).ok().flatten()?;
    let langue = Langue::depuis_code(&code);
    if langue.is_none() {
        let _ = stockage.remove_item(CLE);
    }
    langue
}

pub fn enregistrer(langue: Langue) {
    if let Some(stockage) = window().local_storage().ok().flatten() {
        let _ = stockage.set_item(CLE, langue.code());
    }
}

/// The browser's preferred languages, best first.
pub fn du_navigateur() -> Langue {
    let preferees: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Langue::depuis_navigateur(preferees.iter().map(String::as_str))
}

/// `<html lang="…" dir="…">`: screen readers pick their voice from `lang`,
/// and `dir="rtl"` mirrors the whole layout for Arabic.
pub fn appliquer_au_document(langue: Langue) {
    if let Some(racine) = document().document_element() {
        let _ = racine.set_attribute("lang", langue.attribut_lang());
        let _ = racine.set_attribute("dir", langue.direction());
        let _ = racine.set_attribute("data-langue", langue.code());
    }
}

/// The texts of a language, from its published file
/// (`langues/<code>.<version>.json`, see `scripts/langues.mjs`): every
/// language but the French of the home page, which is compiled in. The
/// version in the name is that of the app's keys, so an app kept in a
/// cache never reads texts made for another one.
pub async fn charger(langue: Langue) -> Result<Textes, reseau::Echec> {
    let texte = reseau::texte(&langue.fichier_publie(), TAILLE_MAX, DELAI).await?;
    Textes::depuis_json(langue, &texte).map_err(reseau::Echec::Invalide)
}
