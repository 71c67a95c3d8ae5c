//! Living inside another site's iframe (1jeune1mentor, the CUD site…).
//!
//! The app speaks the resize protocol of the tools 1jeune1solution embeds:
//! the parent sends the string `'size-request'`, the app answers
//! `{type: 'resize-iframe', height}`; the app also posts its height on its
//! own when it changes. It reads no other message and posts nothing else:
//! never an answer, never personal data.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The page's height, for the parent to size the iframe.
fn hauteur() -> f64 {
    document().body().map(|b| f64::from(b.scroll_height())).unwrap_or(0.0)
}

/// `{type: 'resize-iframe', height}`.
fn message_hauteur(h: f64) -> JsValue {
    let objet = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&objet, &"type".into(), &"resize-iframe".into());
    let _ = js_sys::Reflect::set(&objet, &"height".into(), &h.into());
    objet.into()
}

/// The parent window, if the app is in an iframe.
fn parent() -> Option<web_sys::Window> {
    let moi = window();
    let parent = moi.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &moi)).then_some(parent)
}

/// Where spontaneous height messages go: the embedding page's origin when
/// the browser tells it (the referrer), else any (a height is not private).
fn origine_parent() -> String {
    let referent = document().referrer();
    match web_sys::Url::new(&referent) {
        Ok(url) if !referent.is_empty() => url.origin(),
        _ => "*".to_string(),
    }
}

/// Starts the resize protocol if the app is embedded; does nothing otherwise.
pub fn demarrer() {
    let Some(parent) = parent() else { return };

    // Answer 'size-request' from the parent, and nothing else from anyone.
    {
        let parent = parent.clone();
        let _ = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
            let de_notre_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            if de_notre_parent && ev.data().as_string().as_deref() == Some("size-request") {
                let _ = parent.post_message(&message_hauteur(hauteur()), &ev.origin());
            }
        });
    }

    // Post the height whenever it changes.
    let derniere = Rc::new(Cell::new(-1.0_f64));
    let origine = origine_parent();
    let rappel = Closure::<dyn FnMut()>::new(move || {
        let h = hauteur();
        if (h - derniere.get()).abs() >= 1.0 {
            derniere.set(h);
            let _ = parent.post_message(&message_hauteur(h), &origine);
        }
    });
    let fonction: js_sys::Function = rappel.as_ref().unchecked_ref::<js_sys::Function>().clone();
    if let Ok(observateur) = web_sys::ResizeObserver::new(&fonction) {
        if let Some(corps) = document().body() {
            observateur.observe(&corps);
        }
        // Both live as long as the page.
        std::mem::forget(observateur);
    }
    rappel.forget();
}
