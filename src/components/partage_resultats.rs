use leptos::prelude::*;

use crate::routes::Route;

/// A link to these results (the answers are in the fragment, which browsers
/// never send to the server), to copy or share, and a print button.
#[component]
pub fn PartageResultats(
    /// The screen the link opens (its fragment carries the answers).
    route: Route,
) -> impl IntoView {
    let lien = {
        let location = window().location();
        let base = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        format!("{base}{}", route.href())
    };
    let statut = RwSignal::new("");
    let copier = {
        let lien = lien.clone();
        move |_| {
            let presse_papiers = window().navigator().clipboard();
            // The promise is left to run; if copying is refused, the link is
            // still there to select by hand.
            let _ = presse_papiers.write_text(&lien);
            statut.set("Lien copié.");
        }
    };
    let imprimer = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="partage">
            <label for="lien-resultats">"Le lien de ces résultats"</label>
            <input id="lien-resultats" type="text" readonly value=lien.clone() data-lien="resultats"/>
            <button type="button" class="bouton" on:click=copier data-action="copier">"Copier le lien"</button>
            <p role="status" class="statut">{move || statut.get()}</p>
            <button type="button" class="bouton" on:click=imprimer data-action="imprimer">"Imprimer ou enregistrer en PDF"</button>
        </div>
    }
}
