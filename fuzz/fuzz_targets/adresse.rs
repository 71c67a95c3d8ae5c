//! Any text as an address fragment or host query: a route, answers and
//! options come out (unknown or invalid parts ignored), never a panic; and
//! what the app writes back reads the same.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use trouve_ton_mentor::engine::mentor::ReponsesMentor;
use trouve_ton_mentor::engine::{Reponses, evaluer, questions_utiles};
use trouve_ton_mentor::hote::OptionsHote;
use trouve_ton_mentor::routes::Route;

/// Parsed once: the target fuzzes the addresses, not the embedded file.
fn catalogue() -> Option<&'static trouve_ton_mentor::catalogue::Catalogue> {
    static C: OnceLock<Option<trouve_ton_mentor::catalogue::Catalogue>> = OnceLock::new();
    C.get_or_init(|| trouve_ton_mentor::catalogue::embarque().ok()).as_ref()
}

fuzz_target!(|texte: &str| {
    let route = Route::depuis_hash(texte);
    let _ = Route::depuis_hash(&route.href());
    let _ = OptionsHote::depuis(texte, texte);
    let r = Reponses::depuis_requete(texte);
    let relu = Reponses::depuis_requete(&r.vers_requete());
    assert!(relu.invalides.is_empty());
    let m = ReponsesMentor::depuis_requete(texte);
    assert!(ReponsesMentor::depuis_requete(&m.vers_requete()).invalides.is_empty());
    if let Some(c) = catalogue() {
        let _ = evaluer(c, &r, &trouve_ton_mentor::i18n::Textes::francais());
        let _ = questions_utiles(c, &r);
    }
});
