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

use crate::app::textes;
use crate::i18n::cle::{app, titres as t};
use crate::routes::Route;

/// The view of a route.
pub fn page(route: Route) -> AnyView {
    let tx = textes();
    let titre = |cle| Some(tx.t(cle).to_string());
    let (titre, vue) = match route {
        Route::Accueil => (None, view! { <accueil::Accueil/> }.into_any()),
        Route::Programmes => (titre(t::PROGRAMMES), view! { <programmes::Programmes/> }.into_any()),
        Route::Programme(id) => {
            let nom = crate::app::catalogue_courant().programme(&id).map(|p| p.nom.clone());
            (nom.or_else(|| Some(tx.t(t::PROGRAMME_INTROUVABLE).to_string())), view! { <programme::PageProgramme id/> }.into_any())
        }
        Route::Mentorat => (titre(t::MENTORAT), view! { <mentorat::Mentorat/> }.into_any()),
        Route::Accessibilite => (titre(t::ACCESSIBILITE), view! { <accessibilite::Accessibilite/> }.into_any()),
        Route::QuiSommesNous => (titre(t::QUI_SOMMES_NOUS), view! { <qui_sommes_nous::QuiSommesNous/> }.into_any()),
        Route::Jeune => (titre(t::JEUNE), view! { <questionnaire::AccueilJeune/> }.into_any()),
        Route::Question(question) => (titre(t::QUESTIONNAIRE), view! { <questionnaire::PageQuestion question/> }.into_any()),
        Route::Resultats(reponses) => (titre(t::RESULTATS), view! { <resultats::Resultats reponses/> }.into_any()),
        Route::Mentor => (titre(t::MENTOR), view! { <mentor::PageMentor/> }.into_any()),
        Route::ResultatsMentor(reponses) => (titre(t::RESULTATS_MENTOR), view! { <mentor::ResultatsMentor reponses/> }.into_any()),
        Route::Pro => (titre(t::PRO), view! { <pro::PagePro/> }.into_any()),
        Route::Fiche(reponses) => (titre(t::FICHE), view! { <pro::Fiche reponses/> }.into_any()),
        Route::Comparer(ids) => (titre(t::COMPARER), view! { <comparer::Comparer ids/> }.into_any()),
        Route::Introuvable(chemin) => (titre(t::INTROUVABLE), view! { <introuvable::Introuvable chemin/> }.into_any()),
    };
    let titre = match titre {
        Some(page) => tx.f(app::TITRE_PAGE, &[("page", &page)]),
        None => tx.t(app::TITRE_SITE).to_string(),
    };
    document().set_title(&titre);
    vue
}
