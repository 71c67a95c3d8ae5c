use leptos::prelude::*;

use crate::app::textes;
use crate::i18n::cle::partage_resultats as k;
use crate::routes::Route;

/// A link to these results (the answers are in the fragment, which browsers
/// never send to the server), to copy or share, and a print button.
#[component]
pub fn PartageResultats(
    /// The screen the link opens (its fragment carries the answers).
    route: Route,
) -> impl IntoView {
    let tx = textes();
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
    let statut = RwSignal::new(String::new());
    let champ = NodeRef::<leptos::html::Input>::new();
    let copier = {
        let lien = lien.clone();
        let (copie, impossible) = (tx.t(k::COPIE).to_string(), tx.t(k::COPIE_IMPOSSIBLE).to_string());
        move |_| {
            // No clipboard over plain http or in an old browser: the link
            // is then selected, to copy by hand. (A refused copy is still
            // said to be done: waiting for the promise costs more code.)
            let presse_papiers = window().navigator().clipboard();
            if presse_papiers.is_undefined() {
                if let Some(champ) = champ.get_untracked() {
                    champ.select();
                }
                statut.set(impossible.clone());
            } else {
                let _ = presse_papiers.write_text(&lien);
                statut.set(copie.clone());
            }
        }
    };
    let imprimer = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="partage">
            <label for="lien-resultats">{tx.t(k::LIEN).to_string()}</label>
            <input id="lien-resultats" node_ref=champ type="text" readonly dir="ltr" value=lien.clone() data-lien="resultats"/>
            <button type="button" class="bouton" on:click=copier data-action="copier">{tx.t(k::COPIER).to_string()}</button>
            <p role="status" class="statut">{move || statut.get()}</p>
            <button type="button" class="bouton" on:click=imprimer data-action="imprimer">{tx.t(k::IMPRIMER).to_string()}</button>
        </div>
    }
}
