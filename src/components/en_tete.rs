use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::en_tete as k;
use crate::routes::{Route, lien};

/// The site header: the name (a link home) and the main navigation, with
/// the current section marked for screen readers (`aria-current`).
#[component]
pub fn EnTete(
    /// The current screen, to mark the active link.
    route: RwSignal<Route>,
) -> impl IntoView {
    let tx = textes();
    let lien = move |cible: Route, texte: String| {
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
                <a class="en-tete__nom" href=lien::ACCUEIL>
                    <span class="en-tete__logo" aria-hidden="true">"➜"</span>
                    // The app's name and its territory stay French in every language.
                    <span lang="fr">
                        {tx.t(k::NOM).to_string()}
                        <small>{tx.t(k::TERRITOIRE).to_string()}</small>
                    </span>
                </a>
            </div>
            <nav aria-label=tx.t(k::NAVIGATION).to_string()>
                <ul class="en-tete__liens">
                    {lien(Route::Programmes, tx.t(k::PROGRAMMES).to_string())}
                    {lien(Route::Mentorat, tx.t(k::MENTORAT).to_string())}
                    {lien(Route::QuiSommesNous, tx.t(k::QUI_SOMMES_NOUS).to_string())}
                </ul>
            </nav>
        </header>
    }
}
