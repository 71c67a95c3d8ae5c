use leptos::prelude::*;

use crate::contexte::{Langage, changer_langue, textes};
use crate::i18n::{Langue, cle::commun};

/// The language switch, at the top of every screen (also when embedded,
/// where the header is hidden). Each language is written in itself, with
/// its own `lang`, so a person who cannot read the current one still finds
/// theirs; the current one is marked pressed.
#[component]
pub fn ChoixLangue() -> impl IntoView {
    let Some(langage) = use_context::<Langage>() else {
        return ().into_any();
    };
    let actuelle = textes().langue;
    let bouton = move |langue: Langue| {
        let occupe = move || (langage.en_cours() == Some(langue)).then_some("true");
        view! {
            <li>
                <button
                    type="button"
                    class="choix-langue__bouton"
                    lang=langue.attribut_lang()
                    dir=langue.direction()
                    aria-pressed=if langue == actuelle { "true" } else { "false" }
                    aria-busy=occupe
                    data-langue-choix=langue.code()
                    on:click=move |_| changer_langue(langue)
                >
                    {langue.nom()}
                </button>
            </li>
        }
    };
    view! {
        <nav class="choix-langue" aria-label=textes().t(commun::LANGUE).to_string()>
            <ul>{Langue::TOUTES.into_iter().map(bouton).collect_view()}</ul>
            {move || {
                langage.echec.get().map(|langue| {
                    view! {
                        <p class="avis" role="status" lang=langue.attribut_lang() dir=langue.direction() data-avis="langue">
                            {langue.echec_chargement()}
                        </p>
                    }
                })
            }}
        </nav>
    }
    .into_any()
}
