use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::ListeCourte;
use crate::contexte::textes;
use crate::i18n::cle::engagement as k;

/// What mentoring in this programme asks of a volunteer, in concrete
/// terms, each fact once: the commitment as the card words it for mentors
/// (time and length together), where (one place per line, as on the
/// programme page: each starts with a capital), and in what format. The hours a
/// month the engine compares are in the reasons above it.
#[component]
pub fn Engagement(programme: Programme) -> impl IntoView {
    let tx = textes();
    let modalites = &programme.modalites;
    view! {
        <dl class="faits engagement">
            <div><dt>{tx.t(k::TEMPS).to_string()}</dt><dd>{programme.mentors.engagement.clone()}</dd></div>
            <div><dt>{tx.t(k::OU).to_string()}</dt><dd><ListeCourte textes=modalites.lieux.clone()/></dd></div>
            <div><dt>{tx.t(k::FORMAT).to_string()}</dt><dd>{modalites.format.texte.clone()}</dd></div>
        </dl>
    }
}
