//! `#/comparer?ids=afev,proxite`: two or three programmes side by side, for
//! young people, families and mentors. The choice is in the address, so a
//! comparison can be shared; it is made with plain checkboxes (keyboard).

use leptos::prelude::*;

use crate::app::{catalogue_courant, naviguer};
use crate::catalogue::Programme;
use crate::routes::{COMPARER_MAX, Route};
use crate::texte::{liste, tranche_age};

/// The comparison page.
#[component]
pub fn Comparer(
    /// Ids from the address; unknown ones are ignored.
    ids: Vec<String>,
) -> impl IntoView {
    let c = catalogue_courant();
    let choisis: Vec<Programme> = ids.iter().filter_map(|id| c.programme(id).cloned()).collect();
    let ids_connus: Vec<String> = choisis.iter().map(|p| p.id.clone()).collect();

    let cases = c
        .programmes
        .iter()
        .map(|p| {
            let id = p.id.clone();
            let coche = ids_connus.contains(&id);
            let plein = ids_connus.len() >= COMPARER_MAX && !coche;
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
                    <input type="checkbox" name="comparer" value=p.id.clone() checked=coche disabled=plein on:change=basculer/>
                    <span>{p.nom.clone()}</span>
                </label>
            }
        })
        .collect_view();

    let tableau = (choisis.len() >= 2).then(|| {
        let n = choisis.len();
        let entetes = choisis
            .iter()
            .map(|p| view! { <th scope="col"><a href=format!("#/programmes/{}", p.id)>{p.nom.clone()}</a></th> })
            .collect_view();
        let ligne = |intitule: &'static str, valeur: fn(&Programme) -> String| {
            let cellules = choisis.iter().map(|p| view! { <td>{valeur(p)}</td> }).collect_view();
            view! {
                <tr class="comparaison__intitule"><th scope="colgroup" colspan=n>{intitule}</th></tr>
                <tr>{cellules}</tr>
            }
        };
        let contacts = choisis
            .iter()
            .map(|p| {
                let tel = p.contact.telephone.clone().map(|t| view! { <a href=p.lien_telephone().unwrap_or_default()>{t}</a><br/> });
                view! {
                    <td>
                        {tel}
                        <a href=p.lien_courriel()>"E-mail"</a><br/>
                        <a href=p.contact.site.clone()>"Site"</a>
                    </td>
                }
            })
            .collect_view();
        view! {
            <table class="comparaison" data-colonnes=n>
                <caption class="visuellement-cache">"Comparaison des programmes choisis"</caption>
                <thead><tr>{entetes}</tr></thead>
                <tbody>
                    {ligne("Âges", |p| {
                        let a = &p.eligibilite.age;
                        format!("{}{}", tranche_age(a.min, a.max), if a.precis { "" } else { " (indicatif)" })
                    })}
                    {ligne("Pour qui", |p| p.public.clone())}
                    {ligne("Format", |p| p.modalites.format.texte.clone())}
                    {ligne("Durée", |p| p.modalites.duree.clone())}
                    {ligne("Rythme", |p| p.modalites.frequence.clone())}
                    {ligne("Où", |p| liste(&p.modalites.lieux.iter().map(String::as_str).collect::<Vec<_>>()))}
                    {ligne("Mentors", |p| p.mentors.texte.clone())}
                    {ligne("Engagement du mentor", |p| p.mentors.engagement.clone())}
                    <tr class="comparaison__intitule"><th scope="colgroup" colspan=n>"Contact"</th></tr>
                    <tr>{contacts}</tr>
                </tbody>
            </table>
        }
    });

    view! {
        <div class="page">
            <h1 tabindex="-1">"Comparer des programmes"</h1>
            <fieldset class="cases cases--grille">
                <legend>"Choisissez 2 ou 3 programmes"</legend>
                {cases}
            </fieldset>
            {match choisis.len() {
                0 | 1 => Some(view! { <p class="aide" data-comparaison="vide">"Cochez au moins deux programmes pour les voir côte à côte."</p> }),
                _ => None,
            }}
            {tableau}
        </div>
    }
}
