//! Trouve ton mentor: the mentoring programmes of the Communauté urbaine de
//! Dunkerque, on a phone.
//!
//! The catalogue, the routes and the text helpers are plain Rust, tested
//! natively with `cargo test`. The views (pages, components, platform glue)
//! only exist in the WebAssembly build.

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

/// Every allocation of the app in the browser (and of the engine's
/// WebAssembly bench, which links this library): Talc, smaller than the
/// standard library's dlmalloc; see Cargo.toml.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATEUR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The RGAA audit's table and its conformity rate (native only: the build
/// and `make test` read it; the app gets the figures from `build.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub mod audit_rgaa;
pub mod catalogue;
pub mod conformite;
/// The catalogue editor (`editeur.html`): its model natively, its screen in WebAssembly.
pub mod editeur;
pub mod engine;
pub mod hote;
/// HTML as text: the programme facts and the read-only pages, for the app and the static pages.
pub mod html;
pub mod i18n;
pub mod json;
/// The catalogue as data·inclusion open data (`make open-data`, the editor).
pub mod open_data;
pub mod routes;
/// The catalogue as plain HTML pages, written at build time (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod statique;
pub mod texte;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod contexte;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod platform;

#[cfg(target_arch = "wasm32")]
pub use app::{App, demarrer};
