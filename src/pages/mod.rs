//! One module per screen. `page` picks the view for a route and sets the
//! document title, so each screen has its own name in the tab and for
//! screen readers.

mod accessibilite;
mod accueil;
mod comparer;
mod introuvable;
mod mentorat;
mod mentor;
mod pro;
mod programme;
mod programmes;
mod qui_sommes_nous;
pub mod questionnaire;
mod resultats;

use leptos::prelude::*;

use crate::routes::Route;

/// The view of a route.
pub fn page(route: Route) -> AnyView {
    let (titre, vue) = match route {
        Route::Accueil => (None, view! { <accueil::Accueil/> }.into_any()),
        Route::Programmes => (Some("Les programmes".to_string()), view! { <programmes::Programmes/> }.into_any()),
        Route::Programme(id) => {
            let titre = crate::app::catalogue_courant().programme(&id).map(|p| p.nom.clone());
            (Some(titre.unwrap_or_else(|| "Programme introuvable".to_string())), view! { <programme::PageProgramme id/> }.into_any())
        }
        Route::Mentorat => (Some("Le mentorat".to_string()), view! { <mentorat::Mentorat/> }.into_any()),
        Route::Accessibilite => (Some("Accessibilité".to_string()), view! { <accessibilite::Accessibilite/> }.into_any()),
        Route::QuiSommesNous => (Some("Qui sommes-nous".to_string()), view! { <qui_sommes_nous::QuiSommesNous/> }.into_any()),
        Route::Jeune => (Some("Je cherche un mentor".to_string()), view! { <questionnaire::AccueilJeune/> }.into_any()),
        Route::Question(question) => (Some("Questionnaire".to_string()), view! { <questionnaire::PageQuestion question/> }.into_any()),
        Route::Resultats(reponses) => (Some("Résultats".to_string()), view! { <resultats::Resultats reponses/> }.into_any()),
        Route::Mentor => (Some("Je veux devenir mentor".to_string()), view! { <mentor::PageMentor/> }.into_any()),
        Route::ResultatsMentor(reponses) => (Some("Où devenir mentor".to_string()), view! { <mentor::ResultatsMentor reponses/> }.into_any()),
        Route::Pro => (Some("Parents et professionnels".to_string()), view! { <pro::PagePro/> }.into_any()),
        Route::Fiche(reponses) => (Some("Fiche d'orientation".to_string()), view! { <pro::Fiche reponses/> }.into_any()),
        Route::Comparer(ids) => (Some("Comparer des programmes".to_string()), view! { <comparer::Comparer ids/> }.into_any()),
        Route::Introuvable(chemin) => (Some("Page introuvable".to_string()), view! { <introuvable::Introuvable chemin/> }.into_any()),
    };
    let titre = match titre {
        Some(t) => format!("{t} · Trouve ton mentor"),
        None => "Trouve ton mentor · le mentorat dans la Communauté urbaine de Dunkerque".to_string(),
    };
    document().set_title(&titre);
    vue
}
