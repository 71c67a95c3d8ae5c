use leptos::prelude::*;

use crate::catalogue::Programme;

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
            <a class="bouton bouton--principal" href=tel data-contact="telephone">
                <span aria-hidden="true">"📞 "</span>"Appeler le " {numero}
            </a>
        }
    });
    view! {
        <div class="contact" aria-label=format!("Contacter {nom}") role="group">
            {appel}
            <a class="bouton bouton--principal" href=p.lien_courriel() data-contact="courriel">
                <span aria-hidden="true">"✉️ "</span>"Écrire à " {p.contact.courriel.clone()}
            </a>
            <a class="bouton" href=p.contact.site.clone() data-contact="site" rel="noopener" target="_blank">
                <span aria-hidden="true">"🌐 "</span>"Site : " {p.contact.site_libelle.clone()}
                <span class="visuellement-cache">" (nouvel onglet)"</span>
            </a>
        </div>
    }
}
