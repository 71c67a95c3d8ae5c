//! `#/comparer?ids=afev,proxite`: two or three programmes side by side, for
//! young people, families and mentors. The choice is in the address, so a
//! comparison can be shared; it is made with plain checkboxes (keyboard).

use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::{BoutonsContact, ListeCourte, MotsExpliques};
use crate::contexte::{catalogue_courant, naviguer, textes};
use crate::i18n::cle::{self, comparer as k};
use crate::routes::{COMPARER_MAX, COMPARER_MIN, Route};

/// The comparison page.
#[component]
pub fn Comparer(
    /// Ids from the address; unknown ones are ignored.
    ids: Vec<String>,
) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let choisis: Vec<Programme> = ids.iter().filter_map(|id| c.programme(id).cloned()).collect();
    let ids_connus: Vec<String> = choisis.iter().map(|p| p.id.clone()).collect();
    let plein = ids_connus.len() >= COMPARER_MAX;

    let cases = c
        .programmes
        .iter()
        .map(|p| {
            let id = p.id.clone();
            let coche = ids_connus.contains(&id);
            let grisee = plein && !coche;
            let actuels = ids_connus.clone();
            let basculer = move |ev| {
                let mut nouveaux = actuels.clone();
                if event_target_checked(&ev) {
                    nouveaux.push(id.clone());
                } else {
                    nouveaux.retain(|x| *x != id);
                }
                naviguer(&Route::Comparer(nouveaux));
            };
            view! {
                <label class="case case--compacte">
                    <input type="checkbox" name="comparer" value=p.id.clone() prop:checked=coche disabled=grisee on:change=basculer/>
                    <span>{p.nom.clone()}</span>
                </label>
            }
        })
        .collect_view();

    let tableau = (choisis.len() >= COMPARER_MIN).then(|| {
        let n = choisis.len();
        let entetes = choisis
            .iter()
            .map(|p| view! { <th scope="col" id=format!("cmp-{}", p.id)><a href=Route::Programme(p.id.clone()).href()>{p.nom.clone()}</a></th> })
            .collect_view();
        // A topic's heading spans every column: each cell names its two
        // headings (`headers`, RGAA 5.7), the programme's and the topic's.
        let entete = |p: &Programme, rang: usize| format!("cmp-{} cmp-r{rang}", p.id);
        let ligne = |rang: usize, intitule: &str, valeur: &dyn Fn(&Programme) -> String| {
            let intitule = intitule.to_string();
            let cellules = choisis.iter().map(|p| view! { <td headers=entete(p, rang)>{valeur(p)}</td> }).collect_view();
            view! {
                <tr class="comparaison__intitule"><th scope="colgroup" colspan=n id=format!("cmp-r{rang}")>{intitule}</th></tr>
                <tr>{cellules}</tr>
            }
        };
        view! {
            // Each column keeps room for the longest word of the brochure
            // ("d'accompagnement"): three columns do not fit 360 px, so the
            // table scrolls sideways in its frame (a region that takes the
            // keyboard focus) rather than cut words in the middle.
            <div class="comparaison__cadre" tabindex="0" role="region" aria-label=tx.t(k::LEGENDE_TABLEAU).to_string()>
            // The table's summary (RGAA 5.1), heard as its description only.
            <p id="comparer-resume" hidden>{tx.t(k::RESUME_TABLEAU).to_string()}</p>
            <table class="comparaison" data-colonnes=n aria-describedby="comparer-resume">
                <caption class="visuellement-cache">{tx.t(k::LEGENDE_TABLEAU).to_string()}</caption>
                <thead><tr>{entetes}</tr></thead>
                <tbody>
                    {ligne(0, tx.t(k::AGES), &|p| tx.ages(&p.eligibilite.age))}
                    {ligne(1, tx.t(k::POUR_QUI), &|p| p.public.clone())}
                    {ligne(2, tx.t(k::FORMAT), &|p| p.modalites.format.texte.clone())}
                    {ligne(3, tx.t(k::DUREE), &|p| p.modalites.duree.clone())}
                    {ligne(4, tx.t(k::RYTHME), &|p| p.modalites.frequence.clone())}
                    <tr class="comparaison__intitule"><th scope="colgroup" colspan=n id="cmp-r5">{tx.t(k::OU).to_string()}</th></tr>
                    <tr>{choisis.iter().map(|p| view! { <td headers=entete(p, 5)><ListeCourte textes=p.modalites.lieux.clone()/></td> }).collect_view()}</tr>
                    {ligne(6, tx.t(k::MENTORS), &|p| p.mentors.texte.clone())}
                    {ligne(7, tx.t(k::ENGAGEMENT), &|p| p.mentors.engagement.clone())}
                </tbody>
            </table>
            </div>
            // Contacts under the table, full width: the same buttons as on
            // every other page, not "E-mail" squeezed into a third of 360 px.
            <section aria-labelledby="comparer-contacts" data-comparaison="contacts">
                <h2 id="comparer-contacts">{tx.t(k::CONTACT).to_string()}</h2>
                {choisis.iter().map(|p| view! { <h3>{p.nom.clone()}</h3><BoutonsContact programme=p.clone()/> }).collect_view()}
            </section>
        }
    });

    view! {
        <div class="page">
            <h1 tabindex="-1">{tx.t(k::TITRE).to_string()}</h1>
            <fieldset class="cases cases--grille" aria-describedby=plein.then_some("comparer-plein")>
                <legend>{tx.t(k::LEGENDE).to_string()}</legend>
                {cases}
            </fieldset>
            // The other boxes are greyed out: say why, and how to change.
            {plein.then(|| view! {
                <p class="aide" id="comparer-plein" data-comparaison="plein">{tx.f(k::PLEIN, &[("programmes", &tx.compte(cle::commun::N_PROGRAMMES, COMPARER_MAX))])}</p>
            })}
            {match choisis.len() {
                n if n < COMPARER_MIN => Some(view! { <p class="aide" data-comparaison="vide">{tx.t(k::VIDE).to_string()}</p> }),
                _ => None,
            }}
            {tableau}
            {(choisis.len() >= COMPARER_MIN).then(|| view! {
                <MotsExpliques textes_de_la_page=choisis.iter().flat_map(Programme::textes).map(str::to_string).collect()/>
            })}
        </div>
    }
}
