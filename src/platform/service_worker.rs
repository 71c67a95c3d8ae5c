//! The bridge to `sw.js` (generated at build time from the real file list,
//! see scripts/service-worker.mjs): registers it so the app works offline
//! after one visit, and tells the page when a new version is waiting so it
//! can offer "recharger". The new version only takes over when the person
//! accepts, so a page never mixes files of two versions.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Registers the worker; calls `mise_a_jour` with the waiting worker when
/// a new version is ready. Silently does nothing where workers are
/// unavailable (old browsers, some iframes, file://).
pub fn enregistrer(mise_a_jour: impl Fn(web_sys::ServiceWorker) + Clone + 'static) {
    let navigateur = window().navigator();
    if !js_sys::Reflect::has(&navigateur, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let conteneur = navigateur.service_worker();

    // Once the new worker controls the page, reload to run the new version.
    let recharger = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    let avait_un_controleur = conteneur.controller().is_some();
    if avait_un_controleur {
        conteneur.set_oncontrollerchange(Some(recharger.as_ref().unchecked_ref()));
    }
    recharger.forget();

    leptos::task::spawn_local(async move {
        let Ok(inscription) = wasm_bindgen_futures::JsFuture::from(conteneur.register("sw.js")).await else {
            return;
        };
        let Ok(inscription) = inscription.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(en_attente) = inscription.waiting()
            && avait_un_controleur
        {
            mise_a_jour(en_attente);
        }
        let inscription_clone = inscription.clone();
        let surveiller = Closure::<dyn FnMut()>::new(move || {
            let Some(nouveau) = inscription_clone.installing() else {
                return;
            };
            let mise_a_jour = mise_a_jour.clone();
            let nouveau_clone = nouveau.clone();
            let etat = Closure::<dyn FnMut()>::new(move || {
                // "installed" with a controller already there: an update waits.
                if nouveau_clone.state() == web_sys::ServiceWorkerState::Installed && avait_un_controleur {
                    mise_a_jour(nouveau_clone.clone());
                }
            });
            nouveau.set_onstatechange(Some(etat.as_ref().unchecked_ref()));
            etat.forget();
        });
        inscription.set_onupdatefound(Some(surveiller.as_ref().unchecked_ref()));
        surveiller.forget();
    });
}

/// Tells the waiting worker to take over (the page then reloads).
pub fn activer(en_attente: &web_sys::ServiceWorker) {
    let _ = en_attente.post_message(&JsValue::from_str("activer"));
}
