//! Answers kept on the device (localStorage), so a reload or a closed tab
//! loses nothing. Storage may be missing (private browsing, a sandboxed
//! iframe, a full disk) or hold anything (an old version, another app's
//! value, a hand edit): every failure here means "nothing saved", never a
//! crash.

use crate::engine::Reponses;

const CLE: &str = "trouve-ton-mentor/reponses";
/// Saved values start with this; anything else is not ours (or too old).
const VERSION: &str = "v1?";
/// A saved answer set is a few hundred bytes; anything bigger is not ours.
const TAILLE_MAX: usize = 2_000;

/// What was found on the device at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lecture {
    Rien,
    Reponses(Reponses),
    /// Something unreadable was there; it has been removed.
    Illisible,
}

fn stockage() -> Option<web_sys::Storage> {
    // `local_storage()` throws in some sandboxed iframes: both errors and
    // absence mean no storage.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved answers.
pub fn lire() -> Lecture {
    let Some(s) = stockage() else { return Lecture::Rien };
    let Ok(Some(valeur)) = s.get_item(CLE) else { return Lecture::Rien };
    match valeur.strip_prefix(VERSION) {
        Some(requete) if valeur.len() <= TAILLE_MAX => {
            let r = Reponses::depuis_requete(requete);
            if r.invalides.is_empty() {
                Lecture::Reponses(r)
            } else {
                effacer();
                Lecture::Illisible
            }
        }
        _ => {
            effacer();
            Lecture::Illisible
        }
    }
}

/// Saves the answers; silently does nothing where storage is unavailable.
pub fn ecrire(r: &Reponses) {
    let Some(s) = stockage() else { return };
    let requete = r.vers_requete();
    if r == &Reponses::default() {
        let _ = s.remove_item(CLE);
    } else {
        let _ = s.set_item(CLE, &format!("{VERSION}{requete}"));
    }
}

/// Forgets everything saved.
pub fn effacer() {
    if let Some(s) = stockage() {
        let _ = s.remove_item(CLE);
    }
}
