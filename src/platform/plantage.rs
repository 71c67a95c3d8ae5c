//! Never a frozen page. With `panic = "abort"` a panic stops the
//! WebAssembly for good: whatever was on screen would stay, and do nothing.
//! The hook replaces the page with a short message and a reload button, in
//! the interface's language (French, compiled in, until another one is
//! loaded). It touches the DOM directly: the reactive system may be what
//! panicked. The button is handled by the start-up script
//! (`scripts/demarrage.mjs`, `data-recharger`), since no Rust code runs
//! after the hook.

use std::cell::RefCell;
use std::sync::Arc;

use crate::i18n::{Textes, cle::app as c};

thread_local! {
    /// The texts of the interface language, kept for the hook.
    static TEXTES: RefCell<Option<Arc<Textes>>> = const { RefCell::new(None) };
}

/// Installs the hook; called first thing at start.
pub fn installer() {
    std::panic::set_hook(Box::new(|_| afficher()));
    #[cfg(feature = "essai-plantage")]
    essai();
}

/// Remembers the interface's texts, for a message in its language.
pub fn retenir(textes: Arc<Textes>) {
    let _ = TEXTES.try_with(|t| t.try_borrow_mut().map(|mut t| *t = Some(textes)));
}

/// Replaces the whole page with the message and the reload button. Never
/// panics itself (a panic in the hook aborts at once, page unchanged).
fn afficher() {
    let textes = TEXTES
        .try_with(|t| t.try_borrow().ok().and_then(|t| t.clone()))
        .ok()
        .flatten();
    let textes = textes.unwrap_or_else(|| Arc::new(Textes::francais()));
    let Some(corps) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else {
        return;
    };
    // The texts are the app's own, escaped all the same.
    let echapper = |cle| textes.t(cle).replace('&', "&amp;").replace('<', "&lt;");
    corps.set_inner_html(&format!(
        r#"<main class="page" data-plantage><p role="alert">{}</p><button type="button" class="bouton bouton--principal" data-recharger>{}</button></main>"#,
        echapper(c::PLANTAGE),
        echapper(c::RECHARGER)
    ));
}

/// Test builds only (`--features essai-plantage`, `make dist-essai`):
/// the address `#/essai-plantage` panics, so the end-to-end tests can see
/// the hook at work. The release build has no such address.
#[cfg(feature = "essai-plantage")]
fn essai() {
    let ecoute = leptos::prelude::window_event_listener(leptos::ev::hashchange, |_| {
        if leptos::prelude::window()
            .location()
            .hash()
            .is_ok_and(|h| h == "#/essai-plantage")
        {
            panic!("essai du crochet de panique");
        }
    });
    std::mem::forget(ecoute);
}
