use leptos::prelude::*;

use crate::components::{CarteProgramme, GraphiqueAges, avec_francais};
use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{self, programmes as k};
use crate::routes::lien;

/// Every programme of the catalogue, one card each, after the age chart.
#[component]
pub fn Programmes() -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    let cartes = c
        .programmes
        .iter()
        .map(|p| view! { <li><CarteProgramme programme=p.clone()/></li> })
        .collect_view();
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p class="chapo">
                {avec_francais(tx.f(k::CHAPO, &[("associations", &tx.compte(cle::commun::N_ASSOCIATIONS, c.programmes.len())), ("territoire", &c.territoire.nom)]))}
            </p>
            <GraphiqueAges/>
            <p><a class="bouton" href=lien::COMPARER data-action="comparer">{tx.t(k::COMPARER).to_string()}</a></p>
            <ul class="cartes">{cartes}</ul>
        </div>
    }
}
