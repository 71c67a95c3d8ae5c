use leptos::prelude::*;

use crate::catalogue::Programme;
use crate::components::Icone;

/// One-tap contact: call, write, visit. Only the ways the brochure gives
/// are shown (not every association has a phone number). Links come from a
/// validated catalogue: http(s) sites, plain e-mail addresses, digits.
#[component]
pub fn BoutonsContact(
    /// The programme to contact.
    programme: Programme,
) -> impl IntoView {
    let p = programme;
    let nom = p.nom.clone();
    let appel = p.lien_telephone().map(|tel| {
        let numero = p.contact.telephone.clone().unwrap_or_default();
        view! {
            <a class="bouton bouton--principal bouton--contact" href=tel data-contact="telephone">
                <Icone nom="telephone"/>
                <span><span class="bouton__titre">"Appeler"</span><span class="bouton__detail">{numero}</span></span>
            </a>
        }
    });
    view! {
        <div class="contact" aria-label=format!("Contacter {nom}") role="group">
            {appel}
            <a class="bouton bouton--principal bouton--contact" href=p.lien_courriel() data-contact="courriel">
                <Icone nom="courriel"/>
                <span><span class="bouton__titre">"Écrire un e-mail"</span><span class="bouton__detail">{p.contact.courriel.clone()}</span></span>
            </a>
            <a class="bouton bouton--contact" href=p.contact.site.clone() data-contact="site" rel="noopener" target="_blank">
                <Icone nom="site"/>
                <span>
                    <span class="bouton__titre">"Voir le site"</span>
                    <span class="bouton__detail">{p.contact.site_libelle.clone()}<span class="visuellement-cache">" (nouvel onglet)"</span></span>
                </span>
            </a>
        </div>
    }
}
