use leptos::prelude::*;

use crate::app::{catalogue_courant, textes};
use crate::conformite as audit;
use crate::hote::OptionsHote;
use crate::i18n::cle::accessibilite as k;

/// The accessibility statement in the official form (RGAA 4.1): status,
/// rate and date from the audit table (`crate::conformite`), never typed;
/// what is not accessible and what was not tested; where to report a
/// problem (the host's contact, else the Collectif's); the right of appeal.
/// Plain text paragraphs: every extra element here weighs in the one wasm.
#[component]
pub fn Accessibilite() -> impl IntoView {
    let tx = textes();
    let courriel = use_context::<OptionsHote>()
        .and_then(|o| o.contact)
        .unwrap_or_else(|| catalogue_courant().contact_regional.courriel.clone());
    let date = ("date", audit::DATE_LISIBLE);
    let taux = tx.decimal(audit::TAUX_DIXIEMES as f32 / 10.0);
    let non_conformites = if audit::NON_RESPECTES.is_empty() {
        tx.t(k::NON_CONFORMITES_AUCUNE).to_string()
    } else {
        tx.f(k::NON_CONFORMITES, &[("criteres", &tx.liste(audit::NON_RESPECTES))])
    };
    let puces = |textes: Vec<String>| textes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view();
    let titre = |cle| view! { <h2>{tx.t(cle).to_string()}</h2> };
    let limites = [k::DEROGATIONS, k::LIMITE_LECTEURS, k::LIMITE_LANGUES].map(|c| tx.t(c).to_string());
    view! {
        <div class="page" data-taux=audit::TAUX_DIXIEMES>
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p>{tx.t(k::INTRO).to_string()}</p>
            {titre(k::ETAT_TITRE)}
            <p data-conformite="">{tx.f(k::ETAT, &[("statut", tx.t(audit::CONFORMITE))])}</p>
            {titre(k::RESULTATS_TITRE)}
            <p data-resultats="">{tx.f(k::RESULTATS, &[date, ("taux", &taux)])}</p>
            {titre(k::NON_ACCESSIBLES_TITRE)}
            <ul class="puces">{puces([non_conformites].into_iter().chain(limites).collect())}</ul>
            {titre(k::ETABLISSEMENT_TITRE)}
            <p>{tx.f(k::ETABLIE, &[date])}</p>
            <p>{tx.t(k::ENVIRONNEMENT).to_string()}</p>
            <ul class="puces" dir="ltr">{puces(audit::OUTILS.iter().map(|o| o.to_string()).collect())}</ul>
            <h3>{tx.t(k::PAGES_TITRE).to_string()}</h3>
            <ul class="puces">{puces(audit::PAGES.iter().map(|c| tx.t(*c).to_string()).collect())}</ul>
            {titre(k::SIGNALER_TITRE)}
            <p>{tx.t(k::SIGNALER).to_string()}</p>
            <p>
                <a class="bouton" data-contact-accessibilite="" href=format!("mailto:{courriel}?subject=Accessibilit%C3%A9%20%E2%80%93%20Trouve%20ton%20mentor")>
                    {tx.f(k::ECRIRE, &[("courriel", &courriel)])}
                </a>
            </p>
            {titre(k::RECOURS_TITRE)}
            <p>{tx.t(k::RECOURS).to_string()}</p>
        </div>
    }
}
