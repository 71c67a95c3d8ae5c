use leptos::prelude::*;

use crate::components::AvisLien;

/// A results address without an answer the page cannot do without (typed
/// by hand, cut short, an old link): says what is missing and leads back to
/// the questions, which the address has already filled in, instead of a
/// list where every programme is "to check".
#[component]
pub fn ReponsesManquantes(
    titre: String,
    /// What is missing and why it is needed.
    texte: String,
    /// The questions' address.
    retour: &'static str,
    /// The words of the link back.
    bouton: String,
    /// Parameters of the address that could not be read.
    invalides: Vec<String>,
) -> impl IntoView {
    view! {
        <div class="page">
            <h1 tabindex="-1">{titre}</h1>
            <AvisLien invalides/>
            <p class="encadre" data-resultat="incomplet">{texte}</p>
            <p><a class="bouton bouton--principal" href=retour>{bouton}</a></p>
        </div>
    }
}
