use leptos::prelude::*;

use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::accessibilite as k;

/// The accessibility statement (RGAA 4.1), written from what the project's
/// own tests check on every build, and honest about what they do not.
#[component]
pub fn Accessibilite() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    let courriel = c.contact_regional.courriel.clone();
    let puces = |cles: &[crate::i18n::Cle]| {
        cles.iter()
            .map(|cle| view! { <li>{tx.t(*cle).to_string()}</li> })
            .collect_view()
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p>{tx.t(k::INTRO).to_string()}</p>
            <h2>{tx.t(k::ETAT_TITRE).to_string()}</h2>
            <p>{tx.t(k::ETAT_AVANT).to_string()}<strong>{tx.t(k::ETAT_FORT).to_string()}</strong>{tx.t(k::ETAT_APRES).to_string()}</p>
            <h2>{tx.t(k::VERIFIE_TITRE).to_string()}</h2>
            <ul class="puces">
                {puces(&[
                    k::VERIFIE_AXE,
                    k::VERIFIE_LANGUES,
                    k::VERIFIE_CLAVIER,
                    k::VERIFIE_ZOOM,
                    k::VERIFIE_CONTRASTE,
                    k::VERIFIE_STRUCTURE,
                    k::VERIFIE_ANNONCE,
                    k::VERIFIE_GRAPHIQUES,
                    k::VERIFIE_ANIMATIONS,
                ])}
            </ul>
            <h2>{tx.t(k::NON_VERIFIE_TITRE).to_string()}</h2>
            <ul class="puces">{puces(&[k::NON_VERIFIE_LECTEURS, k::NON_VERIFIE_TRADUCTIONS])}</ul>
            <h2>{tx.t(k::SIGNALER_TITRE).to_string()}</h2>
            <p>{tx.t(k::SIGNALER).to_string()}</p>
            <p>
                <a class="bouton" href=format!("mailto:{courriel}?subject=Accessibilit%C3%A9%20%E2%80%93%20Trouve%20ton%20mentor")>
                    {tx.f(k::ECRIRE, &[("courriel", &courriel)])}
                </a>
            </p>
            <h2>{tx.t(k::RECOURS_TITRE).to_string()}</h2>
            <p>{tx.t(k::RECOURS).to_string()}</p>
        </div>
    }
}
