//! The three doors of the home page. The guided questionnaires come with
//! the orientation work; until then each door already answers its
//! audience's first question from the catalogue.

use leptos::prelude::*;

use crate::app::catalogue_courant;
use crate::components::GraphiqueAges;
use crate::texte::liste;

/// Volunteers: who takes which mentors, and for what commitment.
#[component]
pub fn Mentor() -> impl IntoView {
    let c = catalogue_courant();
    let profils: Vec<&str> = c.mentorat.mentors_profils.iter().map(|p| p.libelle()).collect();
    let lignes = c
        .programmes
        .iter()
        .map(|p| {
            view! {
                <li class="carte" data-programme=p.id.clone()>
                    <h2 class="carte__titre"><a class="carte__lien" href=format!("#/programmes/{}", p.id)>{p.nom.clone()}</a></h2>
                    <p>{p.mentors.texte.clone()}</p>
                    <p><strong>"Engagement\u{a0}: "</strong>{p.mentors.engagement.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page">
            <h1 tabindex="-1">"Je veux devenir mentor"</h1>
            <p class="chapo">
                "Les mentors sont des " {liste(&profils)} ". " {c.mentorat.mentors_texte.clone()}
            </p>
            <p>"Chaque association cherche des mentors différents, pour un engagement différent\u{a0}:"</p>
            <ul class="cartes">{lignes}</ul>
        </div>
    }
}

/// Parents and professionals: the programmes at a glance, to orient a young person.
#[component]
pub fn Pro() -> impl IntoView {
    view! {
        <div class="page">
            <h1 tabindex="-1">"Vous êtes parent ou professionnel"</h1>
            <p class="chapo">
                "Vous accompagnez un enfant ou un jeune (enseignant, CPE, travailleur social, conseiller de Mission locale, parent)\u{a0}: "
                "voici les programmes par âge. Chaque fiche donne le public, le rythme et les contacts de l'association."
            </p>
            <GraphiqueAges/>
            <p><a class="bouton bouton--principal" href="#/programmes">"Voir les programmes"</a></p>
        </div>
    }
}
