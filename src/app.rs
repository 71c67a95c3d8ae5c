//! The app shell: catalogue in context, the current route, header, main and
//! footer.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalogue::{self, Catalogue, CatalogueError};
use crate::components::{EnTete, PiedDePage};
use crate::engine::Reponses;
use crate::hote::{Audience, OptionsHote, assombrir};
use crate::pages;
use crate::platform::stockage::{self, Lecture};
use crate::platform::{catalogue_distant, integration, service_worker};
use crate::routes::Route;

/// The catalogue the app shows. A signal because a newer catalogue may
/// replace the embedded one while the app runs.
#[derive(Clone, Copy)]
pub struct CatalogueCourant(pub RwSignal<Arc<Catalogue>>);

/// Where the catalogue in use comes from, and what happened to the remote
/// one, for the footer.
#[derive(Clone, Copy)]
pub struct EtatCatalogue {
    pub avis: RwSignal<Option<String>>,
}

/// A new version of the app waits to take over (see platform::service_worker).
#[derive(Clone, Copy)]
pub struct MiseAJour(pub RwSignal<Option<web_sys::ServiceWorker>, LocalStorage>);

/// Reads the catalogue in use; every page calls this.
pub fn catalogue_courant() -> Arc<Catalogue> {
    match use_context::<CatalogueCourant>() {
        Some(CatalogueCourant(c)) => c.get(),
        // Only reachable for a view mounted outside `App` (a test): an empty
        // catalogue renders, where a panic would kill the whole app.
        None => Arc::new(Catalogue::default()),
    }
}

/// The questionnaire's answers, shared by the questions and the results,
/// and a notice to show once (e.g. unreadable saved answers).
#[derive(Clone, Copy)]
pub struct EtatJeune {
    pub reponses: RwSignal<Reponses>,
    pub avis: RwSignal<Option<String>>,
}

/// The questionnaire state; a fresh one outside `App` (tests).
pub fn etat_jeune() -> EtatJeune {
    use_context::<EtatJeune>()
        .unwrap_or_else(|| EtatJeune { reponses: RwSignal::new(Reponses::default()), avis: RwSignal::new(None) })
}

/// What was typed on the one-screen forms (volunteer, professional), kept
/// while the app is open so "modify" on a results page finds it again.
#[derive(Clone, Copy)]
pub struct Brouillons {
    pub mentor: RwSignal<crate::engine::mentor::ReponsesMentor>,
    pub pro: RwSignal<Reponses>,
}

/// Goes to a screen, as a link would (the browser's back button works).
pub fn naviguer(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// The route in the address bar right now.
fn route_actuelle() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::depuis_hash(&hash)
}

/// Mounts the app on `<body>`.
pub fn demarrer() {
    // The static "Chargement…" of index.html goes once the app is there.
    if let Some(attente) = document().get_element_by_id("chargement") {
        attente.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    match catalogue::embarque() {
        Ok(c) => {
            // A catalogue saved by an earlier visit replaces the built-in one if newer.
            let c = match catalogue_distant::enregistre() {
                Some(enregistre) if enregistre.date_maj > c.date_maj => enregistre,
                _ => c,
            };
            let courant = RwSignal::new(Arc::new(c));
            provide_context(CatalogueCourant(courant));
            let avis = RwSignal::new(None);
            provide_context(EtatCatalogue { avis });
            if let Some(url) = catalogue_distant::url_configuree() {
                leptos::task::spawn_local(async move {
                    match catalogue_distant::telecharger(&url).await {
                        Ok(nouveau) if nouveau.date_maj > courant.get_untracked().date_maj => courant.set(Arc::new(nouveau)),
                        Ok(_) => {}
                        Err(raison) => avis.set(Some(format!(
                            "Le catalogue en ligne n'a pas pu être chargé ({raison})\u{a0}: les informations ci-dessus restent celles de l'application."
                        ))),
                    }
                });
            }
            view! { <Coquille/> }.into_any()
        }
        Err(erreurs) => view! { <CatalogueIllisible erreurs/> }.into_any(),
    }
}

/// Header, the page of the current route, footer.
#[component]
fn Coquille() -> impl IntoView {
    let options = OptionsHote::depuis(
        &window().location().search().unwrap_or_default(),
        &window().location().hash().unwrap_or_default(),
    );
    appliquer_options(&options);
    provide_context(options);
    integration::demarrer();

    let mise_a_jour = MiseAJour(RwSignal::new_local(None));
    provide_context(mise_a_jour);
    service_worker::enregistrer(move |en_attente| mise_a_jour.0.set(Some(en_attente)));

    let route = RwSignal::new(route_actuelle());

    // Answers: from the address first (a results link), then the device, then empty.
    let (initiales, avis) = match stockage::lire() {
        Lecture::Rien => (Reponses::default(), None),
        Lecture::Reponses(r) => (r, None),
        Lecture::Illisible => (
            Reponses::default(),
            Some("Les réponses enregistrées sur cet appareil étaient illisibles\u{a0}: elles ont été effacées, on repart de zéro.".to_string()),
        ),
    };
    let etat = EtatJeune { reponses: RwSignal::new(initiales), avis: RwSignal::new(avis) };
    provide_context(etat);
    Effect::new(move || {
        if let Route::Resultats(mut r) = route.get() {
            // Invalid parameters are shown on the results page, not kept.
            r.invalides.clear();
            if etat.reponses.get_untracked() != r {
                etat.reponses.set(r);
            }
        }
    });
    Effect::new(move || stockage::ecrire(&etat.reponses.get()));

    let brouillons = Brouillons { mentor: RwSignal::new(Default::default()), pro: RwSignal::new(Reponses::default()) };
    provide_context(brouillons);
    Effect::new(move || match route.get() {
        Route::ResultatsMentor(mut r) => {
            r.invalides.clear();
            brouillons.mentor.set(r);
        }
        Route::Fiche(mut r) => {
            r.invalides.clear();
            brouillons.pro.set(r);
        }
        _ => {}
    });

    // Printing shows everything: folded sections (the programmes that do
    // not fit, the answers) open before the page is printed.
    let impression = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(plis) = document().query_selector_all("details") {
            for i in 0..plis.length() {
                if let Some(element) = plis.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = element.set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || impression.remove());

    let ecoute = window_event_listener(leptos::ev::hashchange, move |_| route.set(route_actuelle()));
    on_cleanup(move || ecoute.remove());

    // On a new screen: back to the top, and keyboard and screen-reader
    // focus on the new page's main heading, as after a full page load.
    Effect::new(move |precedente: Option<Route>| {
        let r = route.get();
        if precedente.as_ref().is_some_and(|p| *p != r) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            request_animation_frame(|| {
                if let Some(titre) = document().query_selector("main h1").ok().flatten() {
                    if let Ok(titre) = titre.dyn_into::<web_sys::HtmlElement>() {
                        let _ = titre.focus();
                    }
                }
            });
        }
        r
    });

    let aller_au_contenu = move |ev: leptos::ev::MouseEvent| {
        // A plain `href="#contenu"` would change the route.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("contenu") {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="lien-evitement" href="#contenu" on:click=aller_au_contenu>"Aller au contenu"</a>
        <EnTete route/>
        <BandeauMiseAJour/>
        <main id="contenu" tabindex="-1">
            {move || {
                // A newer catalogue redraws the page.
                if let Some(CatalogueCourant(c)) = use_context::<CatalogueCourant>() {
                    c.track();
                }
                pages::page(route.get())
            }}
        </main>
        <PiedDePage/>
    }
}

/// Applies what the host asked for: no header/footer, its colour, its audience.
fn appliquer_options(options: &OptionsHote) {
    let racine = document().document_element();
    if let Some(racine) = &racine {
        if options.embed {
            let _ = racine.class_list().add_1("integre");
        }
        if let (Some(theme), Ok(racine)) = (&options.theme, racine.clone().dyn_into::<web_sys::HtmlElement>()) {
            // Through the CSSOM, which a strict content security policy allows.
            let style = racine.style();
            let _ = style.set_property("--bleu", theme);
            let _ = style.set_property("--bleu-fonce", &assombrir(theme));
        }
    }
    for option in &options.ignorees {
        leptos::logging::warn!("Trouve ton mentor : option d'intégration ignorée : {option}");
    }
    if let Some(audience) = options.audience {
        if route_actuelle() == Route::Accueil {
            let cible = match audience {
                Audience::Jeune => Route::Jeune,
                Audience::Mentor => Route::Mentor,
                Audience::Pro => Route::Pro,
            };
            // Replace, not push: "back" must leave the app, not return to a home the host skipped.
            let _ = window().location().replace(&cible.href());
        }
    }
}

/// "Une nouvelle version est disponible": shown when a new build waits.
#[component]
fn BandeauMiseAJour() -> impl IntoView {
    let MiseAJour(en_attente) = expect_context::<MiseAJour>();
    move || {
        en_attente.get().map(|travailleur| {
            view! {
                <div class="mise-a-jour" role="status" data-mise-a-jour="">
                    <span>"Une nouvelle version est disponible."</span>
                    <button type="button" class="bouton bouton--principal" on:click=move |_| service_worker::activer(&travailleur)>
                        "Recharger"
                    </button>
                </div>
            }
        })
    }
}

/// Shown instead of a blank screen if the embedded catalogue cannot be read
/// (a build that bypassed build.rs).
#[component]
fn CatalogueIllisible(erreurs: Vec<CatalogueError>) -> impl IntoView {
    view! {
        <main id="contenu" class="page">
            <h1>"Le catalogue des programmes est illisible"</h1>
            <p>"Contactez le Collectif Mentorat\u{a0}: hautsdefrance@collectifmentorat.fr"</p>
            <ul>{erreurs.into_iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
        </main>
    }
}
