//! The app's contact with the browser beyond the DOM: device storage,
//! the embedding page, the remote catalogue, the language files, the
//! service worker, the page shown if the app crashes, and moving the
//! keyboard focus.

pub mod catalogue_distant;
pub mod integration;
pub mod langues;
pub mod plantage;
pub mod reseau;
pub mod service_worker;
pub mod stockage;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
