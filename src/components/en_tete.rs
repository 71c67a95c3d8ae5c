use leptos::prelude::*;

use crate::routes::Route;

/// The site header: the name (a link home) and the main navigation, with
/// the current section marked for screen readers (`aria-current`).
#[component]
pub fn EnTete(
    /// The current screen, to mark the active link.
    route: RwSignal<Route>,
) -> impl IntoView {
    let lien = move |cible: Route, texte: &'static str| {
        let href = cible.href();
        let actif = move || {
            let r = route.get();
            let dans_la_section = match (&cible, &r) {
                (Route::Programmes, Route::Programme(_)) => true,
                (a, b) => a == b,
            };
            dans_la_section.then_some("page")
        };
        view! { <li><a href=href aria-current=actif>{texte}</a></li> }
    };
    view! {
        <header class="en-tete">
            <div class="en-tete__barre">
                <a class="en-tete__nom" href="#/">
                    <span class="en-tete__logo" aria-hidden="true">"➜"</span>
                    <span>
                        "Trouve ton mentor"
                        <small>"Communauté urbaine de Dunkerque"</small>
                    </span>
                </a>
            </div>
            <nav aria-label="Navigation principale">
                <ul class="en-tete__liens">
                    {lien(Route::Programmes, "Programmes")}
                    {lien(Route::Mentorat, "Le mentorat")}
                    {lien(Route::QuiSommesNous, "Qui sommes-nous")}
                </ul>
            </nav>
        </header>
    }
}
