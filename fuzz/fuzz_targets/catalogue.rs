//! Any bytes as a catalogue file: refused with messages, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|donnees: &[u8]| {
    if let Ok(texte) = std::str::from_utf8(donnees) {
        if let Err(erreurs) = trouve_ton_mentor::catalogue::charger("fuzz.json", texte) {
            for e in erreurs {
                let _ = e.to_string();
            }
        }
    }
});
