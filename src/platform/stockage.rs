//! Answers kept on the device (localStorage), so a reload or a closed tab
//! loses nothing, for 30 days after the last answer and never with a
//! sensitive answer in them (the format and the rule are in
//! `engine::confidentialite`, tested natively). Storage may be missing
//! (private browsing, a sandboxed iframe, a full disk) or hold anything (an
//! old version, another app's value, a hand edit): every failure here means
//! "nothing saved", never a crash.

use crate::engine::Reponses;
use crate::engine::confidentialite::{self, Lu};

const CLE: &str = "trouve-ton-mentor/reponses";

/// What was found on the device at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lecture {
    /// Nothing, or answers past their end date (removed).
    Rien,
    /// Answers, kept until this date (milliseconds since 1970).
    Reponses(Reponses, u64),
    /// Something unreadable was there; it has been removed.
    Illisible,
}

fn stockage() -> Option<web_sys::Storage> {
    // `local_storage()` throws in some sandboxed iframes: both errors and
    // absence mean no storage.
    web_sys::window()?.local_storage().ok().flatten()
}

fn maintenant() -> u64 {
    js_sys::Date::now() as u64
}

/// Reads the saved answers; removes them if past their end date.
pub fn lire() -> Lecture {
    let Some(s) = stockage() else { return Lecture::Rien };
    let Ok(Some(valeur)) = s.get_item(CLE) else {
        return Lecture::Rien;
    };
    match confidentialite::relire(&valeur, maintenant()) {
        Lu::Reponses { reponses, jusqua } => Lecture::Reponses(reponses, jusqua),
        Lu::Rien => {
            effacer();
            Lecture::Rien
        }
        Lu::Illisible => {
            effacer();
            Lecture::Illisible
        }
    }
}

/// Saves the answers, without the sensitive ones, for 30 days from now;
/// the same answers as those saved are left with their end date. Returns
/// the end date, `None` when nothing is kept (nothing left once the
/// sensitive answers are out, or storage unavailable).
pub fn ecrire(r: &Reponses) -> Option<u64> {
    let s = stockage()?;
    let deja = s.get_item(CLE).ok().flatten().unwrap_or_default();
    if let Some(jusqua) = confidentialite::deja_garde(&deja, r, maintenant()) {
        return Some(jusqua);
    }
    let jusqua = confidentialite::a_garder(r, maintenant())
        .and_then(|(valeur, jusqua)| s.set_item(CLE, &valeur).is_ok().then_some(jusqua));
    if jusqua.is_none() {
        let _ = s.remove_item(CLE);
    }
    jusqua
}

/// Forgets everything saved.
pub fn effacer() {
    if let Some(s) = stockage() {
        let _ = s.remove_item(CLE);
    }
}
