//! Living inside another site's iframe (1jeune1solution, 1jeune1mentor, the
//! CUD site…). The protocol, both ways, is documented for hosts in
//! `docs/integration.md`; in short:
//!
//! - the parent sends the string `'size-request'` (1jeune1solution polls it
//!   every 100 ms); the app answers its parent, at the origin that asked,
//!   with the JSON **string** `{"type":"resize-iframe","height":<px>}`,
//!   what `JSON.stringify({type: 'resize-iframe', height})` gives: the
//!   hosts run `JSON.parse` on it and drop anything else;
//! - the app also posts that string by itself when its height changes, and
//!   `{"type":"screen-change"}` when it moves to a new screen (the
//!   integration script then scrolls the host page back to the frame's top).
//!
//! It reads no other message and posts nothing else: never an answer,
//! never personal data.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The embedding window and the origin messages go to: the origin of
    /// the last `'size-request'` (proven by the browser), else the
    /// referrer's, else any (a height is not private). `None` when the app
    /// is not in a frame.
    static PARENT: RefCell<Option<(web_sys::Window, String)>> = const { RefCell::new(None) };
}

/// The page's height, for the parent to size the iframe. The body's, not
/// the document's: the document is at least as tall as the frame, so a
/// host that adds a margin (1jeune1solution adds 40 px) would grow the
/// frame at every request.
fn hauteur() -> i32 {
    document().body().map(|b| b.scroll_height()).unwrap_or(0)
}

/// `JSON.stringify({type: 'resize-iframe', height})`, byte for byte.
fn message_hauteur() -> String {
    format!(r#"{{"type":"resize-iframe","height":{}}}"#, hauteur())
}

/// Posts a message to the embedding page, if there is one.
fn envoyer(message: &str) {
    PARENT.with_borrow(|p| {
        if let Some((fenetre, origine)) = p {
            let _ = fenetre.post_message(&message.into(), origine);
        }
    });
}

/// A new screen: back to the top, in the app and, through the host's
/// script, in the host page (a frame sized to its content never scrolls).
pub fn nouvel_ecran() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    envoyer(r#"{"type":"screen-change"}"#);
}

/// Starts the protocol if the app is in a frame; does nothing otherwise.
pub fn demarrer() {
    let moi = window();
    let Some(parent) = moi.parent().ok().flatten().filter(|p| !js_sys::Object::is(p, &moi)) else {
        return;
    };
    let referent = document().referrer();
    let origine = match web_sys::Url::new(&referent) {
        Ok(url) => url.origin(),
        Err(_) => "*".to_string(),
    };
    PARENT.set(Some((parent.clone(), origine)));
    if let Some(racine) = document().document_element() {
        // Content height, not the frame's: see `hauteur` (style/main.css).
        let _ = racine.class_list().add_1("cadre");
    }

    // Answer 'size-request' from the parent, and nothing else from anyone.
    let _ = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let de_notre_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        if de_notre_parent && ev.data().as_string().as_deref() == Some("size-request") {
            // A sandboxed parent's origin reads "null", which postMessage refuses.
            let origine = ev.origin();
            let origine = if origine == "null" { "*".to_string() } else { origine };
            PARENT.with_borrow_mut(|p| {
                if let Some(p) = p {
                    p.1 = origine;
                }
            });
            envoyer(&message_hauteur());
        }
    });

    // In a frame, a link to another site opens in a new tab: many sites
    // refuse to be framed, and the host page stays where it was. The app
    // writes every link of its own as a relative one, so an absolute
    // http(s) link is another site's; tel: and mailto: are left alone.
    let _ = window_event_listener(leptos::ev::click, |ev| {
        let lien = ev
            .target()
            .and_then(|c| c.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href^='http']").ok().flatten());
        if let Some(lien) = lien {
            let _ = lien.set_attribute("target", "_blank");
            let _ = lien.set_attribute("rel", "noopener");
        }
    });

    // Post the height whenever it changes.
    let derniere = Rc::new(Cell::new(-1));
    let rappel = Closure::<dyn FnMut()>::new(move || {
        let h = hauteur();
        if h != derniere.get() {
            derniere.set(h);
            envoyer(&message_hauteur());
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
