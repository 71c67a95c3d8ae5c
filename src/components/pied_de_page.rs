use leptos::prelude::*;

use crate::app::catalogue_courant;

/// The footer: where the facts come from, how fresh they are, the open
/// data file and the regional contact.
#[component]
pub fn PiedDePage() -> impl IntoView {
    let c = catalogue_courant();
    let courriel = c.contact_regional.courriel.clone();
    view! {
        <footer class="pied">
            <p>
                "Informations tirées de la brochure «\u{a0}" {c.source.titre.clone()} "\u{a0}» ("
                {c.source.editeur.clone()} "). Catalogue à jour au "
                <time datetime=c.date_maj.clone()>{date_lisible(&c.date_maj)}</time> "."
            </p>
            <p class="pied__contact">
                "Une question\u{a0}? " {c.contact_regional.libelle.clone()} "\u{a0}:"
                <a href=format!("mailto:{courriel}")>{courriel.clone()}</a>
            </p>
            <p>
                <a href="catalogue.json" download="catalogue-mentorat-cud.json">
                    "Télécharger les données des programmes (JSON, données ouvertes)"
                </a>
            </p>
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
