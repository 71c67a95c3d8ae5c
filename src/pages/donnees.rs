use leptos::prelude::*;

use crate::contexte::textes;
use crate::html::{chacun, echapper, element};
use crate::i18n::cle::donnees as k;

/// "Vos données" (`#/donnees`): what the app keeps on the device, for how
/// long and how to erase it, what may leave it and only by the person's
/// choice, what it asks the network for. Written from what the project's
/// own tests check (tests/e2e/donnees.test.mjs, engine::confidentialite),
/// like the accessibility statement.
///
/// Text nothing updates: one HTML string (`crate::html`).
#[component]
pub fn Donnees() -> impl IntoView {
    let tx = textes();
    let puces = |cles: &[crate::i18n::Cle]| {
        let textes: Vec<&str> = cles.iter().map(|cle| tx.t(*cle)).collect();
        element("ul", r#" class="puces""#, &chacun("li", &textes))
    };
    let titre = |cle| element("h2", "", &echapper(tx.t(cle)));
    let html = [
        element("h1", r#" tabindex="-1""#, &echapper(tx.t(k::TITRE))),
        chacun("p", &[tx.t(k::INTRO)]),
        titre(k::GARDE_TITRE),
        puces(&[k::GARDE_REPONSES, k::GARDE_ASE, k::GARDE_AUTRES, k::GARDE_TECHNIQUE]),
        titre(k::PARTAGE_TITRE),
        puces(&[k::PARTAGE_LIEN, k::PARTAGE_IMPRESSION, k::PARTAGE_COURRIEL]),
        titre(k::RESEAU_TITRE),
        chacun("p", &[tx.t(k::RESEAU)]),
        titre(k::EFFACER_TITRE),
        chacun("p", &[tx.t(k::EFFACER)]),
        titre(k::VERIFIE_TITRE),
        puces(&[
            k::VERIFIE_ASE,
            k::VERIFIE_LIEN,
            k::VERIFIE_PARTAGE,
            k::VERIFIE_DUREE,
            k::VERIFIE_COURRIEL,
            k::VERIFIE_RESEAU,
        ]),
    ]
    .concat();
    view! { <div class="page" inner_html=html></div> }
}
