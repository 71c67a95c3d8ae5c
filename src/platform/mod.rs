//! The app's contact with the browser beyond the DOM: device storage,
//! the embedding page, the remote catalogue, the language files, the
//! service worker, the page shown if the app crashes, moving the keyboard
//! focus, and dates in the browser's words.

pub mod catalogue_distant;
pub mod integration;
pub mod langues;
pub mod plantage;
pub mod reseau;
pub mod service_worker;
pub mod stockage;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Langue;

/// Moves keyboard and screen-reader focus to the first element matching
/// `selecteur`: the first missing answer of a form, a new screen's
/// heading, the language button just pressed, the skip link's target.
pub fn focaliser(selecteur: &str) {
    if let Some(element) = document().query_selector(selecteur).ok().flatten()
        && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = element.focus();
    }
}

/// A signal that turns true in a main-thread task of its own, after the
/// current one. A long drawing split at such points blocks the page
/// several times briefly instead of once for long (Lighthouse's total
/// blocking time counts each task's time past 50 ms; browsers compile
/// WebAssembly lazily, so what is drawn first pays for its code): the
/// app's first screen after its start, the footer and the service worker
/// after the frame, the results' best match and then the rest.
pub fn au_tour_suivant() -> RwSignal<bool> {
    let pret = RwSignal::new(false);
    set_timeout(move || pret.set(true), std::time::Duration::ZERO);
    pret
}

/// The text field with this `id`, if the page shows it. Looked up when it
/// is needed rather than held by a `NodeRef`: Leptos' node references
/// carry a thread check (`std::thread::current`, 3.8 KB of WebAssembly)
/// that a single-threaded page has no use for.
pub fn champ_texte(id: &str) -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// A date as `langue` writes it (its `locale` in langues/langues.json:
/// 02/01/2027 in French, British order in English, since "01/02" would be
/// misread in France): the day `ms` (since 1970), or today.
pub fn date_courte(langue: Langue, ms: Option<f64>) -> String {
    let date = match ms {
        Some(ms) => js_sys::Date::new(&JsValue::from_f64(ms)),
        None => js_sys::Date::new_0(),
    };
    date.to_locale_date_string(langue.fiche().locale, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}
