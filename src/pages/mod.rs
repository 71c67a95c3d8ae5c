//! One module per screen. `page` picks the view for a route and sets the
//! document title, so each screen has its own name in the tab and for
//! screen readers.

mod accessibilite;
mod accueil;
mod comparer;
mod donnees;
mod introuvable;
mod mentor;
mod mentorat;
mod pro;
mod programme;
mod programmes;
mod questionnaire;
mod qui_sommes_nous;
mod resultats;

use leptos::prelude::*;

use crate::contexte::textes;
use crate::i18n::cle::{app, titres as t};
use crate::routes::Route;

/// The view of a route.
pub fn page(route: Route) -> AnyView {
    let tx = textes();
    let titre = |cle| Some(tx.t(cle).to_string());
    let (titre, vue) = match route {
        Route::Accueil => (None, ecran(move || view! { <accueil::Accueil/> })),
        Route::Programmes => (titre(t::PROGRAMMES), ecran(move || view! { <programmes::Programmes/> })),
        Route::Programme(id) => {
            let nom = crate::contexte::catalogue_courant()
                .programme(&id)
                .map(|p| p.nom.clone());
            (
                nom.or_else(|| Some(tx.t(t::PROGRAMME_INTROUVABLE).to_string())),
                ecran(move || view! { <programme::PageProgramme id/> }),
            )
        }
        Route::Mentorat => (titre(t::MENTORAT), ecran(move || view! { <mentorat::Mentorat/> })),
        Route::Accessibilite => (
            titre(t::ACCESSIBILITE),
            ecran(move || view! { <accessibilite::Accessibilite/> }),
        ),
        Route::Donnees => (titre(t::DONNEES), ecran(move || view! { <donnees::Donnees/> })),
        Route::QuiSommesNous => (
            titre(t::QUI_SOMMES_NOUS),
            ecran(move || view! { <qui_sommes_nous::QuiSommesNous/> }),
        ),
        Route::Jeune => (
            titre(t::JEUNE),
            ecran(move || view! { <questionnaire::AccueilJeune parent=false/> }),
        ),
        Route::Parent => (
            titre(t::PARENT),
            ecran(move || view! { <questionnaire::AccueilJeune parent=true/> }),
        ),
        Route::Question(question) => (
            titre(t::QUESTIONNAIRE),
            ecran(move || view! { <questionnaire::PageQuestion question/> }),
        ),
        Route::Resultats(reponses) => (
            titre(t::RESULTATS),
            ecran(move || view! { <resultats::Resultats reponses/> }),
        ),
        Route::Mentor => (titre(t::MENTOR), ecran(move || view! { <mentor::PageMentor/> })),
        Route::ResultatsMentor(reponses) => (
            titre(t::RESULTATS_MENTOR),
            ecran(move || view! { <mentor::ResultatsMentor reponses/> }),
        ),
        Route::Pro => (titre(t::PRO), ecran(move || view! { <pro::PagePro/> })),
        Route::Fiche(reponses) => (titre(t::FICHE), ecran(move || view! { <pro::Fiche reponses/> })),
        Route::Comparer(ids) => (titre(t::COMPARER), ecran(move || view! { <comparer::Comparer ids/> })),
        Route::Introuvable(chemin) => (
            titre(t::INTROUVABLE),
            ecran(move || view! { <introuvable::Introuvable chemin/> }),
        ),
    };
    let titre = match titre {
        Some(page) => tx.f(app::TITRE_PAGE, &[("page", &page)]),
        None => tx.t(app::TITRE_SITE).to_string(),
    };
    document().set_title(&titre);
    vue
}

/// Draws one screen, in a function of its own that is never inlined.
/// Browsers compile WebAssembly lazily, one function at a time, on its
/// first call, on the main thread: with every screen inlined into `page`,
/// opening the home page compiled the code of all fifteen screens. Kept
/// apart (see also `--no-inline` in index.html), a first visit only
/// compiles the screen it shows.
#[inline(never)]
fn ecran<V: IntoView + 'static>(dessiner: impl FnOnce() -> V) -> AnyView {
    dessiner().into_any()
}
