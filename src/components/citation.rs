use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::commun as k;

/// "Ce que dit la brochure": the brochure's exact words a reason or a fact
/// rests on, folded so the page stays short. The words are French in every
/// language (they are a quote), hence `lang="fr"` and `dir="ltr"` (in
/// Arabic the quote still reads left to right). Nothing when the catalogue
/// gives no quote (a remote catalogue may lack them).
#[component]
pub fn Citation(
    /// The verbatim quote.
    texte: String,
) -> impl IntoView {
    let tx = textes();
    (!texte.is_empty()).then(|| {
        view! {
            <details class="citation">
                <summary>{tx.t(k::CE_QUE_DIT).to_string()}</summary>
                <blockquote lang="fr" dir="ltr">"« "{texte}" »"</blockquote>
            </details>
        }
    })
}
