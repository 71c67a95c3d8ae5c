use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

use crate::contexte::{naviguer, textes};
use crate::engine::confidentialite::{sans_sensibles, sensibles_donnees};
use crate::engine::{Question, Reponses};
use crate::i18n::Cle;
use crate::i18n::cle::{partage_resultats as k, resultats as r};
use crate::routes::Route;

thread_local! {
    /// Set by "Imprimer" when it first opens the page without the
    /// sensitive answers: that page prints itself once drawn.
    static IMPRIMER_EN_ARRIVANT: Cell<bool> = const { Cell::new(false) };
}

/// The name of an answer, as the results page's summary writes it.
fn intitule(q: Question) -> Cle {
    match q {
        Question::Pour => r::INTITULE_POUR,
        Question::Age => r::INTITULE_AGE,
        Question::Territoire => r::INTITULE_TERRITOIRE,
        Question::Situation => r::INTITULE_SITUATION,
        Question::Rep => r::INTITULE_REP,
        Question::Ase => r::INTITULE_ASE,
        Question::Qpv => r::INTITULE_QPV,
        Question::Besoins => r::INTITULE_BESOINS,
        Question::Modalite => r::INTITULE_MODALITE,
        Question::Temps => r::INTITULE_TEMPS,
    }
}

/// A link to these results (the answers are in the fragment, which browsers
/// never send to the server), to copy or share, and a print button. It says
/// which answers the link holds; a sensitive answer (engine::confidentialite)
/// goes into the link and the print only if the box is ticked: printing
/// without it first opens the page the link opens, so what is printed is
/// what is shared.
#[component]
pub fn PartageResultats(
    /// The screen the link opens (its fragment carries the answers).
    route: Route,
) -> impl IntoView {
    let tx = textes();
    let base = {
        let location = window().location();
        format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    };
    let reponses = match &route {
        Route::Resultats(r) | Route::Fiche(r) => r.clone(),
        _ => Reponses::default(),
    };
    let sensibles = sensibles_donnees(&reponses);
    let coche = RwSignal::new(false);
    // The route with the answers the box lets through.
    let partagee = {
        let route = route.clone();
        move |avec: bool| {
            let garder = |r: &Reponses| if avec { r.clone() } else { sans_sensibles(r, &[]) };
            match &route {
                Route::Resultats(r) => Route::Resultats(garder(r)),
                Route::Fiche(r) => Route::Fiche(garder(r)),
                autre => autre.clone(),
            }
        }
    };
    let lien = {
        let partagee = partagee.clone();
        move || format!("{base}{}", partagee(coche.get()).href())
    };
    let contenu = {
        let tx = tx.clone();
        let sensibles = sensibles.clone();
        move || {
            let avec = coche.get();
            let noms: Vec<&str> = Question::TOUTES
                .into_iter()
                .filter(|q| *q != Question::Pour && q.repondue(&reponses) && (avec || !sensibles.contains(q)))
                .map(|q| tx.t(intitule(q)))
                .collect();
            if noms.is_empty() {
                tx.t(k::CONTIENT_RIEN).to_string()
            } else {
                tx.f(k::CONTIENT, &[("reponses", &tx.liste(&noms))])
            }
        }
    };
    let case = (!sensibles.is_empty()).then(|| {
        let noms: Vec<&str> = sensibles.iter().map(|q| tx.t(intitule(*q))).collect();
        view! {
            <label class="case">
                <input type="checkbox" data-partage="sensible" on:change=move |ev| coche.set(event_target_checked(&ev))/>
                <span>{tx.f(k::AJOUTER_SENSIBLE, &[("reponses", &tx.liste(&noms))])}</span>
            </label>
        }
    });
    let statut = RwSignal::new(String::new());
    let copier = {
        let lien = lien.clone();
        let (copie, impossible) = (tx.t(k::COPIE).to_string(), tx.t(k::COPIE_IMPOSSIBLE).to_string());
        move |_| {
            // No clipboard over plain http or in an old browser: the link
            // is then selected, to copy by hand. (A refused copy is still
            // said to be done: waiting for the promise costs more code.)
            let presse_papiers = window().navigator().clipboard();
            if presse_papiers.is_undefined() {
                if let Some(champ) = crate::platform::champ_texte("lien-resultats") {
                    champ.select();
                }
                statut.set(impossible.clone());
            } else {
                let _ = presse_papiers.write_text(&lien());
                statut.set(copie.clone());
            }
        }
    };
    let imprimer = {
        let route = route.clone();
        move |_| {
            let sans = partagee(coche.get_untracked());
            if sans == route {
                let _ = window().print();
            } else {
                IMPRIMER_EN_ARRIVANT.with(|i| i.set(true));
                naviguer(&sans);
            }
        }
    };
    if IMPRIMER_EN_ARRIVANT.with(|i| i.replace(false)) {
        // Once the page is drawn (and its folded parts opened by `beforeprint`).
        set_timeout(|| drop(window().print()), Duration::from_millis(300));
    }
    view! {
        <div class="partage">
            <p data-partage="contenu">{contenu}</p>
            {case}
            <label for="lien-resultats">{tx.t(k::LIEN).to_string()}</label>
            <input id="lien-resultats" type="text" readonly dir="ltr" prop:value=lien data-lien="resultats"/>
            <button type="button" class="bouton" on:click=copier data-action="copier">{tx.t(k::COPIER).to_string()}</button>
            <p role="status" class="statut">{move || statut.get()}</p>
            <button type="button" class="bouton" on:click=imprimer data-action="imprimer">{tx.t(k::IMPRIMER).to_string()}</button>
        </div>
    }
}
