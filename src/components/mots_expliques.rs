use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::Cle;
use crate::i18n::cle::glossaire as g;
use crate::texte::contient_le_mot;

/// Each word of the glossary: how the texts write it (variants separated
/// by "|", the first one is shown) and what it means, in each language.
const MOTS: [(Cle, Cle); 10] = [
    (g::CUD_MOT, g::CUD),
    (g::REP_MOT, g::REP),
    (g::QPV_MOT, g::QPV),
    (g::ASE_MOT, g::ASE),
    (g::DRE_MOT, g::DRE),
    (g::DISTANCIEL_MOT, g::DISTANCIEL),
    (g::DECROCHAGE_MOT, g::DECROCHAGE),
    (g::MISSION_LOCALE_MOT, g::MISSION_LOCALE),
    (g::CITE_EDUCATIVE_MOT, g::CITE_EDUCATIVE),
    (g::INSERTION_MOT, g::INSERTION),
];

/// The words of the brochure a young person or a parent may not know
/// (CUD, REP, QPV, ASE…), explained in plain words, but only those the
/// texts given actually use: the brochure's wording is kept as it is, and
/// the explanation is one glance away, at the end of the page.
#[component]
pub fn MotsExpliques(
    /// The texts shown on the page (a programme's, or several).
    textes_de_la_page: Vec<String>,
) -> impl IntoView {
    let tx = textes();
    let mots: Vec<_> = MOTS
        .iter()
        .filter(|(mot, _)| textes_de_la_page.iter().any(|t| contient_le_mot(t, tx.t(*mot))))
        .map(|(mot, sens)| {
            let affiche = tx.t(*mot).split('|').next().unwrap_or_default().to_string();
            view! { <div><dt>{affiche}</dt><dd>{tx.t(*sens).to_string()}</dd></div> }
        })
        .collect();
    (!mots.is_empty()).then(|| {
        view! {
            <section class="mots-expliques" aria-labelledby="mots-expliques" data-glossaire>
                <h2 id="mots-expliques">{tx.t(g::TITRE).to_string()}</h2>
                <dl>{mots}</dl>
            </section>
        }
    })
}
