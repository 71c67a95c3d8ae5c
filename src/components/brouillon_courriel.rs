use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::contexte::{Brouillons, textes};
use crate::engine::courriel::{
    avec_langue, avec_sensible, brouillon, contient_sensible, libelle_ajout_sensible, lien_mailto,
};
use crate::engine::{Pour, Reponses};
use crate::i18n::cle::brouillon_courriel as k;

/// A prepared e-mail to the association, shown and editable before the
/// person opens their mail app: nothing is sent by the app itself, and
/// sensitive answers are added only if they tick the box.
///
/// Closed at first, and drawn only when first opened: a results page has
/// one per programme, most never opened, and each one drawn up front
/// (draft written, text area, WebAssembly compiled for it) lengthened the
/// page's first task. It is never printed either.
#[component]
pub fn BrouillonCourriel(
    programme: Programme,
    /// The answers summarised in the draft.
    reponses: Reponses,
) -> impl IntoView {
    let tx = textes();
    let ouvert = RwSignal::new(false);
    let titre = tx.f(k::PREPARER, &[("nom", &programme.nom)]);
    // Set once, on opening: setting it again would redraw the content and
    // lose what the person typed.
    let ouvrir = move |ev: leptos::ev::Event| {
        let ouverte = event_target::<web_sys::Element>(&ev).has_attribute("open");
        if ouverte && !ouvert.get_untracked() {
            ouvert.set(true);
        }
    };
    // `open` follows the signal: when new answers redraw the results in
    // place, the same <details> element is reused, and it must close with
    // its content rather than stay open and empty.
    view! {
        <details class="brouillon" prop:open=move || ouvert.get() on:toggle=ouvrir>
            <summary>{titre}</summary>
            {move || ouvert.get().then(|| view! { <ContenuBrouillon programme=programme.clone() reponses=reponses.clone()/> })}
        </details>
    }
}

/// What the open draft shows: the subject, the optional answers, the text
/// to edit and the button that hands it to the mail app.
#[component]
fn ContenuBrouillon(programme: Programme, reponses: Reponses) -> impl IntoView {
    let tx = textes();
    let langue = tx.langue;
    let sensible = libelle_ajout_sensible(&reponses, &tx);
    // "tu" to the young person, "vous" to a parent, as on the rest of the page.
    let aide = tx
        .t(if reponses.pour == Pour::Enfant {
            k::AIDE_VOUS
        } else {
            k::AIDE_TU
        })
        .to_string();
    let initial = brouillon(&programme, &reponses, false, langue);
    let sujet = initial.sujet.clone();
    // The text as the person left it, if they edited it before this page
    // was redrawn (in the current language), else the prepared draft.
    let memoire = use_context::<Brouillons>().map(|b| b.courriels);
    let cle = format!("{}?{}", programme.id, reponses.vers_requete());
    let garde = memoire.and_then(|m| m.with_value(|v| v.iter().find(|(c, _)| *c == cle).map(|(_, t)| t.clone())));
    let corps = RwSignal::new(garde.map_or(initial.corps, |t| avec_langue(&t, langue, &reponses)));
    // Every change of the text, typed or from the box: shown and kept.
    let ecrire = move |texte: String| {
        if let Some(m) = memoire {
            m.update_value(|v| match v.iter_mut().find(|(c, _)| *c == cle) {
                Some(entree) => entree.1 = texte.clone(),
                None => v.push((cle.clone(), texte.clone())),
            });
        }
        corps.set(texte);
    };
    let id_zone = format!("courriel-{}", programme.id);
    let id_case = format!("sensible-{}", programme.id);
    let adresse = programme.contact.courriel.clone();
    // The subject is the mail app's to show (the main e-mail button
    // opens the same one).
    let lien = move || lien_mailto(&adresse, &sujet, &corps.get());
    // The box says what the text holds, and ticking it adds or takes out
    // only those lines: the phone number or sentence typed in stays.
    let inclus = {
        let reponses = reponses.clone();
        move || corps.with(|t| contient_sensible(t, &reponses))
    };
    let basculer = {
        let reponses = reponses.clone();
        let ecrire = ecrire.clone();
        move |ev| {
            ecrire(avec_sensible(
                &corps.get_untracked(),
                &reponses,
                event_target_checked(&ev),
            ))
        }
    };
    view! {
        <p class="aide">{aide}</p>
        {sensible.map(|libelle| view! {
            <label class="case" for=id_case.clone()>
                <input id=id_case.clone() type="checkbox" prop:checked=inclus.clone() on:change=basculer.clone()/>
                <span>{libelle}</span>
            </label>
        })}
        <label for=id_zone.clone()>{tx.t(k::MESSAGE).to_string()}</label>
        // The e-mail is in French whatever the interface's language: laid
        // out left to right, and read in French by screen readers.
        <textarea
            id=id_zone
            lang="fr"
            dir="ltr"
            rows="10"
            prop:value=move || corps.get()
            on:input=move |ev| ecrire(event_target_value(&ev))
        ></textarea>
        <a class="bouton bouton--principal" href=lien data-contact="brouillon">{tx.t(k::OUVRIR).to_string()}</a>
    }
}
