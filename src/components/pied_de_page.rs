use leptos::prelude::*;

use crate::app::{EtatCatalogue, catalogue_courant};

/// The footer: where the facts come from, the date of the catalogue in use
/// (it may be newer than the app, see platform::catalogue_distant), the
/// open data file and the regional contact.
#[component]
pub fn PiedDePage() -> impl IntoView {
    let avis = use_context::<EtatCatalogue>().map(|e| e.avis);
    // Re-read on every change: a newer remote catalogue may arrive.
    let catalogue = move || catalogue_courant();
    view! {
        <footer class="pied">
            {move || {
                let c = catalogue();
                let courriel = c.contact_regional.courriel.clone();
                view! {
                    <p>
                        "Informations tirées de la brochure «\u{a0}" {c.source.titre.clone()} "\u{a0}» ("
                        {c.source.editeur.clone()} "). "
                    </p>
                    <p data-catalogue-date=c.date_maj.clone()>
                        "Catalogue à jour au " <time datetime=c.date_maj.clone()>{date_lisible(&c.date_maj)}</time> "."
                    </p>
                    <p class="pied__contact">
                        "Une question\u{a0}? " {c.contact_regional.libelle.clone()} "\u{a0}:"
                        <a href=format!("mailto:{courriel}")>{courriel.clone()}</a>
                    </p>
                }
            }}
            {move || avis.and_then(|a| a.get()).map(|texte| view! { <p class="pied__avis" role="status" data-avis="catalogue">{texte}</p> })}
            <p>
                <a href="catalogue.json" download="catalogue-mentorat-cud.json">
                    "Télécharger les données des programmes (JSON, données ouvertes)"
                </a>
            </p>
            <p><a href="#/accessibilite">"Accessibilité\u{a0}: partiellement conforme"</a></p>
            <p class="pied__note">"Aucune réponse ne quitte votre téléphone\u{a0}: tout se passe dans le navigateur."</p>
        </footer>
    }
}

/// `2026-11-26` → `26/11/2026`.
fn date_lisible(date: &str) -> String {
    let parties: Vec<&str> = date.split('-').collect();
    match parties.as_slice() {
        [a, m, j] => format!("{j}/{m}/{a}"),
        _ => date.to_string(),
    }
}
