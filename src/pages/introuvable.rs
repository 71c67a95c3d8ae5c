use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::introuvable as k;
use crate::routes::lien;

/// Unknown address: say so, and lead back.
#[component]
pub fn Introuvable(
    /// What was in the address, shown back as inert text.
    chemin: String,
) -> impl IntoView {
    let tx = textes();
    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <p>{tx.t(k::AVANT_ADRESSE).to_string()} <code>{chemin}</code> {tx.t(k::APRES_ADRESSE).to_string()}</p>
            <p><a class="bouton bouton--principal" href=lien::ACCUEIL>{tx.t(k::ACCUEIL).to_string()}</a></p>
            <p><a href=lien::PROGRAMMES>{tx.t(k::PROGRAMMES).to_string()}</a></p>
        </div>
    }
}
