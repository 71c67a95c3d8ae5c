use leptos::prelude::*;

use crate::app::catalogue_courant;
use crate::components::{CarteProgramme, GraphiqueAges};

/// Every programme of the catalogue, one card each, after the age chart.
#[component]
pub fn Programmes() -> impl IntoView {
    let c = catalogue_courant();
    let cartes = c
        .programmes
        .iter()
        .map(|p| view! { <li><CarteProgramme programme=p.clone()/></li> })
        .collect_view();
    view! {
        <div class="page">
            <h1 tabindex="-1">"Les programmes de mentorat"</h1>
            <p class="chapo">
                {c.programmes.len()} " associations accompagnent les jeunes de la " {c.territoire.nom.clone()}
                ". Chacune a son public, son rythme et sa façon de faire."
            </p>
            <GraphiqueAges/>
            <p><a class="bouton" href="#/comparer" data-action="comparer">"Comparer deux ou trois programmes"</a></p>
            <ul class="cartes">{cartes}</ul>
        </div>
    }
}
