//! `make bench`, figure 3b: the engine compiled to WebAssembly, timed in
//! Chromium by scripts/bench/moteur-wasm.mjs.
//!
//! Build (what scripts/bench/bench.sh does):
//!   cargo build --release --example bench_wasm --target wasm32-unknown-unknown
//!   wasm-bindgen --target web --out-dir target/bench-wasm \
//!     target/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
//!
//! The page calls `preparer(n)` once per size (builds the catalogue: not
//! timed), then times `evaluer_prepare(handle, k)` with `performance.now()`. Natively this is a
//! plain library with the same functions, so `cargo test` still compiles it
//! without the web dependencies.

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

#[path = "../benches/commun/synthetique.rs"]
mod synthetique;

use std::cell::RefCell;

use trouve_ton_mentor::catalogue::Catalogue;
use trouve_ton_mentor::engine::{Reponses, classer_programmes};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    static CATALOGUES: RefCell<Vec<(Catalogue, Reponses)>> = const { RefCell::new(Vec::new()) };
}

/// Builds and keeps a catalogue to evaluate: the real one for `n == 0`,
/// else a synthetic one of `n` programmes. Returns its handle for
/// `evaluer_prepare` (several catalogues stay prepared at once, so the
/// page can interleave their measurements).
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn preparer(n: usize) -> usize {
    let catalogue = if n == 0 {
        synthetique::reel()
    } else {
        synthetique::synthetique(n)
    };
    CATALOGUES.with(|c| {
        let mut c = c.borrow_mut();
        c.push((catalogue, synthetique::reponses()));
        c.len() - 1
    })
}

/// Number of programmes of a prepared catalogue.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn taille(handle: usize) -> usize {
    CATALOGUES.with(|c| c.borrow()[handle].0.programmes.len())
}

/// Evaluates and ranks a prepared catalogue `repetitions` times
/// (`engine::classer_programmes`: every verdict, score and the ranking; the
/// explanation texts are written by `evaluer` for the programmes shown, and
/// measured natively by figure 3a). Returns a checksum of the results so
/// nothing can be optimised away.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen)]
pub fn evaluer_prepare(handle: usize, repetitions: u32) -> u32 {
    CATALOGUES.with(|c| {
        let c = c.borrow();
        let (catalogue, reponses) = &c[handle];
        let mut somme = 0u32;
        for _ in 0..repetitions {
            let resultats = classer_programmes(std::hint::black_box(catalogue), std::hint::black_box(reponses));
            somme = somme
                .wrapping_add(resultats.len() as u32)
                .wrapping_add(resultats[0].score as u32);
        }
        somme
    })
}
