//! Starts the app in the browser; everything else is in the library.

// No unsafe code of our own: the app runs on data from outside (links,
// storage, a remote catalogue) and must never corrupt memory.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    trouve_ton_mentor::demarrer();
}

// Natively there is nothing to run: `cargo test` tests the library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
