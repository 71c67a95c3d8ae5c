use leptos::prelude::*;

use crate::catalogue::{Acces, Programme};
use crate::contexte::textes;
use crate::engine::{Pour, Reponses, voies_d_acces};
use crate::i18n::cle::resultats as k;

/// How to get into a programme, in words, next to its contacts: write to
/// the association, or ask the CPE, the ASE educator, the Mission locale.
/// The ways come from the catalogue (`acces`), kept to those that apply to
/// these answers (`engine::voies_d_acces`). Carries `data-acces` (the
/// ways' codes, main way first) for tests.
#[component]
pub fn VoiesAcces(programme: Programme, reponses: Reponses) -> impl IntoView {
    let tx = textes();
    let vous = reponses.pour == Pour::Enfant;
    let voies = voies_d_acces(&programme, &reponses);
    let codes: Vec<&str> = voies
        .iter()
        .map(|a| match a {
            Acces::Direct => "direct",
            Acces::Etablissement => "etablissement",
            Acces::Ase => "ase",
            Acces::MissionLocale => "mission-locale",
        })
        .collect();
    let lignes = voies
        .into_iter()
        .map(|a| {
            let (tu, v) = match a {
                Acces::Direct => (k::ACCES_DIRECT_TU, k::ACCES_DIRECT_VOUS),
                Acces::Etablissement => (k::ACCES_ETABLISSEMENT_TU, k::ACCES_ETABLISSEMENT_VOUS),
                Acces::Ase => (k::ACCES_ASE_TU, k::ACCES_ASE_VOUS),
                Acces::MissionLocale => (k::ACCES_MISSION_LOCALE_TU, k::ACCES_MISSION_LOCALE_VOUS),
            };
            view! { <li>{tx.t(if vous { v } else { tu }).to_string()}</li> }
        })
        .collect_view();
    view! {
        <div class="acces" data-acces=codes.join(" ")>
            <p><strong>{tx.t(k::ACCES_TITRE).to_string()}</strong></p>
            <ul>{lignes}</ul>
        </div>
    }
}
