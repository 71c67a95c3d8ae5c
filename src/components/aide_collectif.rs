use leptos::prelude::*;

use crate::components::{Adresse, Icone};
use crate::contexte::{catalogue_courant, textes};
use crate::i18n::cle::{commun, resultats as k};

/// The brochure's own fallback, on every results page: the Collectif
/// Mentorat's regional contact and the national platform 1jeune1mentor.fr,
/// which directs young people and volunteers to associations. First on
/// the page when nothing fits for sure, so the person always has a step
/// they can take.
#[component]
pub fn AideCollectif(
    /// "vous" (a parent, a volunteer) rather than "tu".
    vous: bool,
    /// No programme of the territory can take this young person (too
    /// young, too old, elsewhere): the heading says so, kindly.
    #[prop(optional)]
    aucun: bool,
) -> impl IntoView {
    let tx = textes();
    let c = catalogue_courant();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <section class="encadre" aria-labelledby="aide-collectif" data-aide="collectif" data-resultat=aucun.then_some("aucun")>
            <h2 id="aide-collectif">{tx.t(if aucun { k::RIEN_TITRE } else { k::AIDE_TITRE }).to_string()}</h2>
            <p>{tx.t(if vous { k::AIDE_TEXTE_VOUS } else { k::AIDE_TEXTE_TU }).to_string()}</p>
            <a class="bouton bouton--principal bouton--contact" href=format!("mailto:{courriel}") data-contact="collectif">
                <Icone nom="courriel"/>
                <span><span class="bouton__titre">{tx.t(k::AIDE_COURRIEL).to_string()}</span><span class="bouton__detail"><Adresse texte=courriel.clone()/></span></span>
            </a>
            <a class="bouton bouton--contact" href=c.plan_national.site.clone() rel="noopener" target="_blank" data-contact="plateforme">
                <Icone nom="site"/>
                <span class="bouton__titre">{tx.t(k::RIEN_NATIONAL).to_string()}<span class="visuellement-cache">{tx.t(commun::NOUVEL_ONGLET).to_string()}</span></span>
            </a>
        </section>
    }
}
