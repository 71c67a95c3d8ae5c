use leptos::prelude::*;

use crate::app::textes;
use crate::catalogue::Programme;
use crate::components::{Adresse, Icone};
use crate::i18n::cle::boutons_contact as k;

/// One-tap contact: call, write, visit. Only the ways the brochure gives
/// are shown (not every association has a phone number). Links come from a
/// validated catalogue: http(s) sites, plain e-mail addresses, digits.
#[component]
pub fn BoutonsContact(
    /// The programme to contact.
    programme: Programme,
) -> impl IntoView {
    let tx = textes();
    let p = programme;
    let nom = p.nom.clone();
    let appeler = tx.t(k::APPELER).to_string();
    let appel = p.lien_telephone().map(|tel| {
        // Left to right even in Arabic: the digit groups of "07 82 50 83 60"
        // would otherwise be laid out in reverse order.
        let numero = p.contact.telephone.clone().unwrap_or_default();
        view! {
            <a class="bouton bouton--principal bouton--contact" href=tel data-contact="telephone">
                <Icone nom="telephone"/>
                <span><span class="bouton__titre">{appeler}</span><span class="bouton__detail"><bdi dir="ltr">{numero}</bdi></span></span>
            </a>
        }
    });
    view! {
        <div class="contact" aria-label=tx.f(k::CONTACTER, &[("nom", &nom)]) role="group">
            {appel}
            <a class="bouton bouton--principal bouton--contact" href=p.lien_courriel() data-contact="courriel">
                <Icone nom="courriel"/>
                <span><span class="bouton__titre">{tx.t(k::COURRIEL).to_string()}</span><span class="bouton__detail"><Adresse texte=p.contact.courriel.clone()/></span></span>
            </a>
            <a class="bouton bouton--contact" href=p.contact.site.clone() data-contact="site" rel="noopener" target="_blank">
                <Icone nom="site"/>
                <span>
                    <span class="bouton__titre">{tx.t(k::SITE).to_string()}</span>
                    <span class="bouton__detail"><Adresse texte=p.contact.site_libelle.clone()/><span class="visuellement-cache">{tx.t(k::NOUVEL_ONGLET).to_string()}</span></span>
                </span>
            </a>
        </div>
    }
}
