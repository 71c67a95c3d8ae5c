//! "Informations vérifiées le …" in words, one rule for the app's
//! programme page, its referral sheet and the static pages written at
//! build time (`statique`), so that none of them says it differently.

use super::cle::programme as k;
use super::{Textes, date_lisible};
use crate::catalogue::{Programme, annee_valide};

impl Textes {
    /// When the programme's facts were last checked with the association
    /// (or that they are still the brochure's, when the date is its year
    /// alone), then, past twelve months before `aujourdhui` (`AAAA-MM-JJ`),
    /// the discreet word to confirm them. `court`: the referral sheet's
    /// short words, without the word (the sheet must fit one A4 page).
    /// Returns the sentence and whether the check is old.
    pub fn verification(&self, programme: &Programme, aujourdhui: &str, court: bool) -> (String, bool) {
        let date = &programme.verifie_le;
        let (brochure, le) = if court {
            (k::VERIFIE_BROCHURE_COURT, k::VERIFIE_LE_COURT)
        } else {
            (k::VERIFIE_BROCHURE, k::VERIFIE_LE)
        };
        let phrase = if annee_valide(date) {
            self.f(brochure, &[("annee", date)])
        } else {
            self.f(le, &[("date", &date_lisible(date))])
        };
        let ancienne = programme.verification_ancienne(aujourdhui);
        let notice = if ancienne && !court {
            self.t(k::VERIFIE_ANCIEN)
        } else {
            ""
        };
        (format!("{phrase} {notice}"), ancienne)
    }
}
