use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::contexte::textes;

/// "Informations vérifiées le …": when the programme's facts were last
/// checked with the association (or that they are still the brochure's),
/// and, past twelve months, a discreet word to confirm them before relying
/// on them. Shown on the programme page and printed on the referral sheet
/// (there without the notice, `court`: the sheet must fit one A4 page).
/// The words and the rule are `Textes::verification`, which the static
/// pages use too.
#[component]
pub fn Verification(programme: Programme, #[prop(optional)] court: bool) -> impl IntoView {
    let aujourdhui: String = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let (texte, ancienne) = textes().verification(&programme, aujourdhui.get(..10).unwrap_or_default(), court);
    view! {
        <p class="verification" data-verifie-le=programme.verifie_le.clone() data-verification-ancienne=ancienne.then_some("")>
            {texte}
        </p>
    }
}
