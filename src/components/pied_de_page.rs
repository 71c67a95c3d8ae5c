use leptos::prelude::*;

use crate::components::Adresse;
use crate::contexte::{EtatCatalogue, catalogue_courant, textes};
use crate::i18n::cle::{app, pied as k};
use crate::i18n::date_lisible;
use crate::i18n::echec::texte_echec;
use crate::routes::lien;

/// The footer: where the facts come from, the date of the catalogue in use
/// (it may be newer than the app, see platform::catalogue_distant), the
/// open data file and the regional contact.
#[component]
pub fn PiedDePage() -> impl IntoView {
    let avis = use_context::<EtatCatalogue>().map(|e| e.avis);
    // Re-read on every change: a newer remote catalogue may arrive.
    let catalogue = move || catalogue_courant();
    let tx = textes();
    let tx2 = tx.clone();
    let tx3 = tx.clone();
    view! {
        <footer class="pied">
            {move || {
                let c = catalogue();
                let tx = tx2.clone();
                let courriel = c.contact_regional.courriel.clone();
                view! {
                    <p>{tx.f(k::SOURCE, &[("titre", &c.source.titre), ("editeur", &c.source.editeur)])}</p>
                    <p data-catalogue-date=c.date_maj.clone()>
                        {tx.t(k::DATE_AVANT).to_string()} <time datetime=c.date_maj.clone()>{date_lisible(&c.date_maj)}</time>
                        {tx.t(k::DATE_APRES).to_string()}
                    </p>
                    <p class="pied__contact">
                        {tx.f(k::QUESTION, &[("contact", &c.contact_regional.libelle)])}
                        <a href=format!("mailto:{courriel}")><Adresse texte=courriel.clone()/></a>
                    </p>
                }
            }}
            {move || {
                avis.and_then(|a| a.get()).map(|echec| {
                    let texte = tx3.f(app::CATALOGUE_DISTANT_ECHEC, &[("raison", &texte_echec(&tx3, &echec))]);
                    view! { <p class="pied__avis" role="status" data-avis="catalogue">{texte}</p> }
                })
            }}
            <p>
                <a href="catalogue.json" download="catalogue-mentorat-cud.json">{tx.t(k::TELECHARGER).to_string()}</a>
            </p>
            <p><a href=lien::ACCESSIBILITE>{tx.f(k::ACCESSIBILITE, &[("statut", tx.t(crate::conformite::CONFORMITE))])}</a></p>
            <p><a href=lien::DONNEES>{tx.t(k::DONNEES).to_string()}</a></p>
            <p class="pied__note">{tx.t(k::CONFIDENTIALITE).to_string()}</p>
        </footer>
    }
}
