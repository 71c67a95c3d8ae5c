use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::avis_lien as k;

/// Says which parameters of a results link could not be read and were
/// treated as unknown (a link may be mangled by a messaging app or typed by
/// hand), and which answers that could change a verdict the link does not
/// hold (a share link leaves out sensitive answers unless ticked): shown,
/// never fatal.
#[component]
pub fn AvisLien(
    /// The ignored parameters, as `nom=valeur`.
    invalides: Vec<String>,
    /// The answers the link lacks, in words.
    #[prop(optional)]
    inconnues: Vec<String>,
) -> impl IntoView {
    let tx = textes();
    (!invalides.is_empty() || !inconnues.is_empty()).then(|| {
        view! {
            <div class="avis" role="status" data-avis="lien">
                {(!invalides.is_empty()).then(|| view! {
                    <p>
                        {tx.t(k::ILLISIBLE).to_string()}
                        <code>{invalides.join(", ")}</code>
                    </p>
                })}
                {(!inconnues.is_empty()).then(|| view! {
                    <p data-inconnues="">{tx.f(k::INCONNUES, &[("reponses", &tx.liste(&inconnues))])}</p>
                })}
            </div>
        }
    })
}
