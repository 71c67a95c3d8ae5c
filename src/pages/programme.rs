use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::{BoutonsContact, MotsExpliques, Verification, avec_francais};
use crate::contexte::{catalogue_courant, textes};
use crate::html::faits_programme;
use crate::i18n::cle::{commun, programme as k};
use crate::routes::{Route, lien};

/// One programme with every fact of the brochure, contact first: the
/// person who opens this page most often wants to reach the association.
#[component]
pub fn PageProgramme(
    /// The public id from the address; may be unknown.
    id: String,
) -> impl IntoView {
    let c = catalogue_courant();
    let tx = textes();
    match c.programme(&id) {
        Some(p) => view! { <Fiche programme=p.clone()/> }.into_any(),
        None => view! {
            <div class="page">
                <h1 tabindex="-1">{tx.t(k::INTROUVABLE_TITRE).to_string()}</h1>
                <p>{tx.t(k::INTROUVABLE_AVANT).to_string()} <code>{id}</code> {tx.t(k::INTROUVABLE_APRES).to_string()}</p>
                <p><a class="bouton bouton--principal" href=lien::PROGRAMMES>{tx.t(k::TOUS).to_string()}</a></p>
            </div>
        }
        .into_any(),
    }
}

/// The page's facts (every section below the contacts) are one string
/// from `crate::html`, the same as the static page's: text nothing updates
/// costs less as a string than as a compiled view.
#[component]
fn Fiche(programme: Programme) -> impl IntoView {
    let p = programme;
    let tx = textes();
    view! {
        <article class="page fiche" data-programme=p.id.clone()>
            <p class="fil"><a href=lien::PROGRAMMES>{tx.t(k::RETOUR).to_string()}</a></p>
            <h1 tabindex="-1">{avec_francais(tx.nom_francais(&p.nom))}</h1>
            <p class="chapo">{p.accroche.clone()}</p>

            <BoutonsContact programme=p.clone()/>
            {(!p.contact.personnes.is_empty()).then(|| view! {
                <p class="contact__personnes">{tx.f(k::VOS_CONTACTS, &[("personnes", &tx.liste(&p.contact.personnes))])}</p>
            })}
            <Verification programme=p.clone()/>
            <div inner_html=faits_programme(&p, &tx, "")></div>

            <MotsExpliques textes_de_la_page=p.textes().into_iter().map(str::to_string).collect()/>

            <p><a href=Route::Comparer(vec![p.id.clone()]).href()>{tx.t(k::COMPARER).to_string()}</a></p>
            <p class="source">{tx.f(commun::SOURCE, &[("source", &p.source)])}</p>
        </article>
    }
}
