use leptos::prelude::*;

use crate::catalogue::{Programme, annee_valide};
use crate::contexte::textes;
use crate::i18n::cle::programme as k;
use crate::i18n::date_lisible;

/// "Informations vérifiées le …": when the programme's facts were last
/// checked with the association (or that they are still the brochure's),
/// and, past twelve months, a discreet word to confirm them before relying
/// on them. Shown on the programme page and printed on the referral sheet
/// (there without the notice, `court`: the sheet must fit one A4 page).
#[component]
pub fn Verification(programme: Programme, #[prop(optional)] court: bool) -> impl IntoView {
    let tx = textes();
    let date = &programme.verifie_le;
    // On the sheet, short words: it must fit one A4 page in 10 pt type.
    let (brochure, le) = if court {
        (k::VERIFIE_BROCHURE_COURT, k::VERIFIE_LE_COURT)
    } else {
        (k::VERIFIE_BROCHURE, k::VERIFIE_LE)
    };
    let phrase = if annee_valide(date) {
        tx.f(brochure, &[("annee", date)])
    } else {
        tx.f(le, &[("date", &date_lisible(date))])
    };
    let aujourdhui: String = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let ancienne = programme.verification_ancienne(aujourdhui.get(..10).unwrap_or_default());
    let notice = if ancienne && !court {
        tx.t(k::VERIFIE_ANCIEN)
    } else {
        ""
    };
    view! {
        <p class="verification" data-verifie-le=date.clone() data-verification-ancienne=ancienne.then_some("")>
            {format!("{phrase} {notice}")}
        </p>
    }
}
