use leptos::prelude::*;

use crate::conformite as audit;
use crate::contexte::{catalogue_courant, textes};
use crate::hote::OptionsHote;
use crate::html::{chacun, echapper as e};
use crate::i18n::cle::accessibilite as k;

/// The accessibility statement in the official form (RGAA 4.1): status,
/// rate and date from the audit table (`crate::conformite`), never typed;
/// what is not accessible and what was not tested; where to report a
/// problem (the host's contact, else the Collectif's); the right of appeal.
///
/// Static text with nothing to update, so it is written as one HTML string
/// rather than a view of some thirty children: Leptos compiles each view's
/// shape into the one wasm that every visitor loads, home page included.
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
    let puces = |textes: &[&str]| chacun("li", textes);
    let limites = [
        &non_conformites,
        tx.t(k::DEROGATIONS),
        tx.t(k::LIMITE_LECTEURS),
        tx.t(k::LIMITE_LANGUES),
    ];
    let lien = format!("mailto:{courriel}?subject=Accessibilit%C3%A9%20%E2%80%93%20Trouve%20ton%20mentor");
    // (tag, attributes, content already in HTML), in reading order.
    let elements = [
        ("h1", r#" tabindex="-1""#.to_string(), e(tx.t(k::TITRE))),
        ("p", String::new(), e(tx.t(k::INTRO))),
        ("h2", String::new(), e(tx.t(k::ETAT_TITRE))),
        (
            "p",
            r#" data-partie="conformite""#.to_string(),
            e(&tx.f(k::ETAT, &[("statut", tx.t(audit::CONFORMITE))])),
        ),
        ("h2", String::new(), e(tx.t(k::RESULTATS_TITRE))),
        (
            "p",
            r#" data-partie="resultats""#.to_string(),
            e(&tx.f(k::RESULTATS, &[date, ("taux", &taux)])),
        ),
        ("h2", String::new(), e(tx.t(k::NON_ACCESSIBLES_TITRE))),
        ("ul", r#" class="puces""#.to_string(), puces(&limites)),
        ("h2", String::new(), e(tx.t(k::ETABLISSEMENT_TITRE))),
        ("p", String::new(), e(&tx.f(k::ETABLIE, &[date]))),
        ("p", String::new(), e(tx.t(k::ENVIRONNEMENT))),
        ("ul", r#" class="puces" dir="ltr""#.to_string(), puces(audit::OUTILS)),
        ("h3", String::new(), e(tx.t(k::PAGES_TITRE))),
        (
            "ul",
            r#" class="puces""#.to_string(),
            puces(&audit::PAGES.map(|c| tx.t(c))),
        ),
        ("h2", String::new(), e(tx.t(k::SIGNALER_TITRE))),
        ("p", String::new(), e(tx.t(k::SIGNALER))),
        (
            "p",
            String::new(),
            format!(
                r#"<a class="bouton" data-contact-accessibilite href="{}">{}</a>"#,
                e(&lien),
                e(&tx.f(k::ECRIRE, &[("courriel", &courriel)]))
            ),
        ),
        ("h2", String::new(), e(tx.t(k::RECOURS_TITRE))),
        ("p", String::new(), e(tx.t(k::RECOURS))),
    ];
    let html: String = elements
        .iter()
        .map(|(balise, attributs, contenu)| format!("<{balise}{attributs}>{contenu}</{balise}>"))
        .collect();
    view! { <div class="page" data-taux=audit::TAUX_DIXIEMES inner_html=html></div> }
}
