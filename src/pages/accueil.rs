use leptos::prelude::*;

use crate::app::catalogue_courant;
use crate::components::{GraphiqueAges, Icone};
use crate::routes::Route;

/// Home: three doors, one per audience, then the programmes at a glance.
#[component]
pub fn Accueil() -> impl IntoView {
    let c = catalogue_courant();
    let nombre = c.programmes.len();
    let porte = |route: Route, titre: &'static str, texte: &'static str, icone: &'static str, cle: &'static str| {
        view! {
            <li>
                <a class="porte" href=route.href() data-porte=cle>
                    <span class="porte__icone"><Icone nom=icone/></span>
                    <span class="porte__texte">
                        <span class="porte__titre">{titre}</span>
                        <span class="porte__detail">{texte}</span>
                    </span>
                </a>
            </li>
        }
    };
    view! {
        <div class="page accueil">
            <h1 tabindex="-1">"Trouve le mentorat qui te correspond"</h1>
            <p class="chapo">
                "Dans la Communauté urbaine de Dunkerque, " {nombre}
                " associations proposent un mentor aux jeunes de " {c.mentorat.age_min} " à " {c.mentorat.age_max}
                " ans\u{a0}: un bénévole qui t'écoute, te soutient et t'aide à avancer, gratuitement."
            </p>
            <ul class="portes">
                {porte(Route::Jeune, "Je cherche un mentor", "J'ai entre 5 et 30 ans, je veux être accompagné·e.", "jeune", "jeune")}
                {porte(Route::Mentor, "Je veux devenir mentor", "Je donne un peu de mon temps à un jeune.", "mentor", "mentor")}
                {porte(Route::Pro, "Je suis parent ou professionnel", "J'oriente un enfant ou un jeune que j'accompagne.", "pro", "pro")}
            </ul>
            <section aria-labelledby="titre-apercu">
                <h2 id="titre-apercu">"Quel programme pour quel âge\u{a0}?"</h2>
                <GraphiqueAges/>
                <p><a class="bouton" href="#/programmes">"Voir les " {nombre} " programmes en détail"</a></p>
            </section>
            <section aria-labelledby="titre-mentorat">
                <h2 id="titre-mentorat">"Le mentorat, c'est quoi\u{a0}?"</h2>
                <p>{c.mentorat.definition.first().cloned().unwrap_or_default()}</p>
                <p><a href="#/mentorat">"En savoir plus sur le mentorat"</a></p>
            </section>
        </div>
    }
}
