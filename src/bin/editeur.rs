//! Starts the catalogue editor (`editeur.html`), a second WebAssembly file
//! of the same build that the app never loads: its code never weighs on a
//! young person's first visit. Everything is in the library
//! (`trouve_ton_mentor::editeur`).

// No unsafe code of our own: the editor reads files from outside.
#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
fn main() {
    trouve_ton_mentor::editeur::demarrer();
}

// Natively there is nothing to run: `cargo test` tests the model.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
