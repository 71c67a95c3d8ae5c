//! The app shell: catalogue in context, the current route, header, main and
//! footer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::{self, Catalogue, CatalogueError};
use crate::components::{EnTete, PiedDePage};
use crate::pages;
use crate::routes::Route;

/// The catalogue the app shows. A signal because a newer catalogue may
/// replace the embedded one while the app runs.
#[derive(Clone, Copy)]
pub struct CatalogueCourant(pub RwSignal<Arc<Catalogue>>);

/// Reads the catalogue in use; every page calls this.
pub fn catalogue_courant() -> Arc<Catalogue> {
    match use_context::<CatalogueCourant>() {
        Some(CatalogueCourant(c)) => c.get(),
        // Only reachable for a view mounted outside `App` (a test): an empty
        // catalogue renders, where a panic would kill the whole app.
        None => Arc::new(Catalogue::default()),
    }
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
            provide_context(CatalogueCourant(RwSignal::new(Arc::new(c))));
            view! { <Coquille/> }.into_any()
        }
        Err(erreurs) => view! { <CatalogueIllisible erreurs/> }.into_any(),
    }
}

/// Header, the page of the current route, footer.
#[component]
fn Coquille() -> impl IntoView {
    let route = RwSignal::new(route_actuelle());
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
                    use wasm_bindgen::JsCast;
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
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="lien-evitement" href="#contenu" on:click=aller_au_contenu>"Aller au contenu"</a>
        <EnTete route/>
        <main id="contenu" tabindex="-1">{move || pages::page(route.get())}</main>
        <PiedDePage/>
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
