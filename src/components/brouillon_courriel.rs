use leptos::prelude::*;

use crate::app::textes;
use crate::catalogue::Programme;
use crate::engine::{Pour, Reponses};
use crate::engine::courriel::{brouillon, libelle_ajout_sensible, lien_mailto};
use crate::i18n::cle::brouillon_courriel as k;

/// A prepared e-mail to the association, shown and editable before the
/// person opens their mail app: nothing is sent by the app itself, and
/// sensitive answers are added only if they tick the box.
#[component]
pub fn BrouillonCourriel(
    programme: Programme,
    /// The answers summarised in the draft.
    reponses: Reponses,
) -> impl IntoView {
    let tx = textes();
    let langue = tx.langue;
    let sensible = libelle_ajout_sensible(&reponses, &tx);
    // "tu" to the young person, "vous" to a parent, as on the rest of the page.
    let aide = tx.t(if reponses.pour == Pour::Enfant { k::AIDE_VOUS } else { k::AIDE_TU }).to_string();
    let inclure = RwSignal::new(false);
    let initial = brouillon(&programme, &reponses, false, langue);
    let sujet = initial.sujet.clone();
    let corps = RwSignal::new(initial.corps);
    let id_zone = format!("courriel-{}", programme.id);
    let id_case = format!("sensible-{}", programme.id);
    let adresse = programme.contact.courriel.clone();
    let lien = {
        let sujet = sujet.clone();
        move || lien_mailto(&adresse, &sujet, &corps.get())
    };
    let basculer = {
        let programme = programme.clone();
        move |ev| {
            let coche = event_target_checked(&ev);
            inclure.set(coche);
            // Regenerated from the answers: what the person sees is what goes.
            corps.set(brouillon(&programme, &reponses, coche, langue).corps);
        }
    };
    view! {
        <details class="brouillon">
            <summary>{tx.f(k::PREPARER, &[("nom", &programme.nom)])}</summary>
            <p class="aide">{aide}</p>
            <p><strong>{tx.t(k::OBJET).to_string()}</strong>{sujet}</p>
            {sensible.map(|libelle| view! {
                <label class="case" for=id_case.clone()>
                    <input id=id_case.clone() type="checkbox" prop:checked=move || inclure.get() on:change=basculer/>
                    <span>{libelle}</span>
                </label>
            })}
            <label for=id_zone.clone()>{tx.t(k::MESSAGE).to_string()}</label>
            <textarea
                id=id_zone
                rows="10"
                prop:value=move || corps.get()
                on:input=move |ev| corps.set(event_target_value(&ev))
            ></textarea>
            <a class="bouton bouton--principal" href=lien data-contact="brouillon">{tx.t(k::OUVRIR).to_string()}</a>
        </details>
    }
}
