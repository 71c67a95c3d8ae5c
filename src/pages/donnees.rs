use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::donnees as k;

/// "Vos données" (`#/donnees`): what the app keeps on the device, for how
/// long and how to erase it, what may leave it and only by the person's
/// choice, what it asks the network for. Written from what the project's
/// own tests check (tests/e2e/donnees.test.mjs, engine::confidentialite),
/// like the accessibility statement.
#[component]
pub fn Donnees() -> impl IntoView {
    let tx = textes();
    let puces = |cles: &[crate::i18n::Cle]| {
        cles.iter()
            .map(|cle| view! { <li>{tx.t(*cle).to_string()}</li> })
            .collect_view()
    };
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p>{tx.t(k::INTRO).to_string()}</p>
            <h2>{tx.t(k::GARDE_TITRE).to_string()}</h2>
            <ul class="puces">{puces(&[k::GARDE_REPONSES, k::GARDE_ASE, k::GARDE_AUTRES, k::GARDE_TECHNIQUE])}</ul>
            <h2>{tx.t(k::PARTAGE_TITRE).to_string()}</h2>
            <ul class="puces">{puces(&[k::PARTAGE_LIEN, k::PARTAGE_IMPRESSION, k::PARTAGE_COURRIEL])}</ul>
            <h2>{tx.t(k::RESEAU_TITRE).to_string()}</h2>
            <p>{tx.t(k::RESEAU).to_string()}</p>
            <h2>{tx.t(k::EFFACER_TITRE).to_string()}</h2>
            <p>{tx.t(k::EFFACER).to_string()}</p>
            <h2>{tx.t(k::VERIFIE_TITRE).to_string()}</h2>
            <ul class="puces">{puces(&[k::VERIFIE_ASE, k::VERIFIE_LIEN, k::VERIFIE_PARTAGE, k::VERIFIE_DUREE, k::VERIFIE_COURRIEL, k::VERIFIE_RESEAU])}</ul>
        </div>
    }
}
