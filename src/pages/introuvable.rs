use leptos::prelude::*;

/// Unknown address: say so, and lead back.
#[component]
pub fn Introuvable(
    /// What was in the address, shown back as inert text.
    chemin: String,
) -> impl IntoView {
    view! {
        <div class="page">
            <h1 tabindex="-1">"Cette page n'existe pas"</h1>
            <p>"L'adresse «\u{a0}" <code>{chemin}</code> "\u{a0}» ne correspond à aucune page. Le lien est peut-être incomplet."</p>
            <p><a class="bouton bouton--principal" href="#/">"Revenir à l'accueil"</a></p>
            <p><a href="#/programmes">"Voir tous les programmes"</a></p>
        </div>
    }
}
