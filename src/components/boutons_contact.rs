use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::{Adresse, Icone};
use crate::contexte::textes;
use crate::engine::Reponses;
use crate::engine::courriel::{brouillon, lien_mailto};
use crate::i18n::cle::boutons_contact as k;

/// One-tap contact: call, write, visit. Only the ways the brochure gives
/// are shown (not every association has a phone number), the phone first.
/// Links come from a validated catalogue: http(s) sites, plain e-mail
/// addresses, digits.
///
/// With the person's answers, the e-mail button opens the prepared draft
/// (subject and text, see `engine::courriel`), not an empty e-mail; and
/// for phones with no mail app set up, the address and the message can be
/// copied, where the browser allows it (not over plain http).
#[component]
pub fn BoutonsContact(
    /// The programme to contact.
    programme: Programme,
    /// The answers the e-mail draft is written from (results pages).
    #[prop(optional)]
    reponses: Option<Reponses>,
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
    let adresse = p.contact.courriel.clone();
    let draft = reponses.map(|r| brouillon(&p, &r, false, tx.langue));
    let href = draft
        .as_ref()
        .map_or_else(|| p.lien_courriel(), |b| lien_mailto(&adresse, &b.sujet, &b.corps));
    // `navigator.clipboard` only exists in secure contexts: no button that
    // would do nothing.
    let presse_papiers =
        draft.filter(|_| !wasm_bindgen::JsValue::from(window().navigator().clipboard()).is_undefined());
    let copies = presse_papiers.map(|b| {
        let statut = RwSignal::new(String::new());
        let (copiee, copie) = (tx.t(k::ADRESSE_COPIEE).to_string(), tx.t(k::MESSAGE_COPIE).to_string());
        // The promise is left to run: if copying is refused, the address
        // is still on the button to read.
        let copier = move |texte: String, avis: String| {
            move |_| {
                let _ = window().navigator().clipboard().write_text(&texte);
                statut.set(avis.clone());
            }
        };
        let message = format!("{}\n\n{}", b.sujet, b.corps);
        view! {
            <div class="contact__copier">
                <button type="button" class="bouton" data-action="copier-adresse" on:click=copier(adresse.clone(), copiee)>{tx.t(k::COPIER_ADRESSE).to_string()}</button>
                <button type="button" class="bouton" data-action="copier-message" on:click=copier(message, copie)>{tx.t(k::COPIER_MESSAGE).to_string()}</button>
            </div>
            <p role="status" class="statut">{move || statut.get()}</p>
        }
    });
    view! {
        <div class="contact" aria-label=tx.f(k::CONTACTER, &[("nom", &nom)]) role="group">
            {appel}
            <a class="bouton bouton--principal bouton--contact" href=href data-contact="courriel">
                <Icone nom="courriel"/>
                <span><span class="bouton__titre">{tx.t(k::COURRIEL).to_string()}</span><span class="bouton__detail"><Adresse texte=p.contact.courriel.clone()/></span></span>
            </a>
            {copies}
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
