use leptos::prelude::*;

use crate::contexte::{etat_jeune, textes};
use crate::i18n::cle::questionnaire as k;

/// Shows, once, a notice about the saved state (e.g. it was unreadable).
#[component]
pub fn AvisEtat() -> impl IntoView {
    let tx = textes();
    let etat = etat_jeune();
    move || {
        etat.avis.get().map(|texte| {
            view! {
                <div class="avis" role="status" data-avis="etat">
                    <p>{tx.t(texte).to_string()}</p>
                    <button type="button" class="bouton bouton--discret" on:click=move |_| etat.avis.set(None)>
                        {tx.t(k::COMPRIS).to_string()}
                    </button>
                </div>
            }
        })
    }
}
