use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::texte::{duree_mois, liste};

/// What mentoring in this programme asks of a volunteer, in concrete
/// terms: hours a month, for how long, where, and in what format.
#[component]
pub fn Engagement(programme: Programme) -> impl IntoView {
    let m = &programme.mentors;
    let modalites = &programme.modalites;
    let heures = if (m.heures_mois_min - m.heures_mois_max).abs() < f32::EPSILON {
        format!("{} h par mois", m.heures_mois_min)
    } else {
        format!("{} à {} h par mois", m.heures_mois_min, m.heures_mois_max)
    };
    let duree = match modalites.duree_mois_max {
        Some(max) if max != modalites.duree_mois_min => format!("{} à {}", duree_mois(modalites.duree_mois_min), duree_mois(max)),
        Some(_) => duree_mois(modalites.duree_mois_min),
        None => format!("{} ou plus", duree_mois(modalites.duree_mois_min)),
    };
    let lieux: Vec<&str> = modalites.lieux.iter().map(String::as_str).collect();
    view! {
        <dl class="faits engagement">
            <div><dt>"Temps"</dt><dd>{heures} " — " {m.engagement.clone()}</dd></div>
            <div><dt>"Durée"</dt><dd>{duree}</dd></div>
            <div><dt>"Où"</dt><dd>{liste(&lieux)}</dd></div>
            <div><dt>"Format"</dt><dd>{modalites.format.texte.clone()}</dd></div>
        </dl>
    }
}
