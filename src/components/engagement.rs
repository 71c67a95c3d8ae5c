use leptos::prelude::*;

use crate::app::textes;
use crate::catalogue::Programme;
use crate::i18n::cle::engagement as k;

/// What mentoring in this programme asks of a volunteer, in concrete
/// terms: hours a month, for how long, where, and in what format.
#[component]
pub fn Engagement(programme: Programme) -> impl IntoView {
    let tx = textes();
    let m = &programme.mentors;
    let modalites = &programme.modalites;
    let heures = if (m.heures_mois_min - m.heures_mois_max).abs() < f32::EPSILON {
        tx.f(k::HEURES, &[("n", &tx.decimal(m.heures_mois_min))])
    } else {
        tx.f(k::HEURES_PLAGE, &[("min", &tx.decimal(m.heures_mois_min)), ("max", &tx.decimal(m.heures_mois_max))])
    };
    let duree = match modalites.duree_mois_max {
        Some(max) if max != modalites.duree_mois_min => {
            tx.f(k::DUREE_PLAGE, &[("min", &tx.duree_mois(modalites.duree_mois_min)), ("max", &tx.duree_mois(max))])
        }
        Some(_) => tx.duree_mois(modalites.duree_mois_min),
        None => tx.f(k::DUREE_PLUS, &[("min", &tx.duree_mois(modalites.duree_mois_min))]),
    };
    let lieux: Vec<&str> = modalites.lieux.iter().map(String::as_str).collect();
    view! {
        <dl class="faits engagement">
            <div><dt>{tx.t(k::TEMPS).to_string()}</dt><dd>{heures} " — " {m.engagement.clone()}</dd></div>
            <div><dt>{tx.t(k::DUREE).to_string()}</dt><dd>{duree}</dd></div>
            <div><dt>{tx.t(k::OU).to_string()}</dt><dd>{tx.liste(&lieux)}</dd></div>
            <div><dt>{tx.t(k::FORMAT).to_string()}</dt><dd>{modalites.format.texte.clone()}</dd></div>
        </dl>
    }
}
