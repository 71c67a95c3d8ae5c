use leptos::prelude::*;

use crate::app::textes;
use crate::i18n::cle::avis_lien as k;

/// Says which parameters of a results link could not be read and were
/// treated as unknown (a link may be mangled by a messaging app or typed by
/// hand): shown, never fatal.
#[component]
pub fn AvisLien(
    /// The ignored parameters, as `nom=valeur`.
    invalides: Vec<String>,
) -> impl IntoView {
    let tx = textes();
    (!invalides.is_empty()).then(|| {
        view! {
            <div class="avis" role="status" data-avis="lien">
                <p>
                    {tx.t(k::ILLISIBLE).to_string()}
                    <code>{invalides.join(", ")}</code>
                </p>
            </div>
        }
    })
}
