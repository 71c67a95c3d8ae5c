//! Synthetic catalogues for the engine benchmarks, shared by the native
//! criterion bench (`benches/engine.rs`) and the WebAssembly one
//! (`examples/bench_wasm.rs`, via `#[path]`).
//!
//! Deterministic (no randomness): programme `i` is a clone of the real
//! programme `i % 6` with the id `p-0042`, and ages, situations, conditions,
//! needs, format and hours varied from `i`, so that every branch of the
//! engine (eligible, to check, ineligible, "what would change it") is taken.

use trouve_ton_mentor::catalogue::{Catalogue, Condition, Critere, Mode, Niveau, Situation};
use trouve_ton_mentor::engine::{BESOINS, Reponses};

/// The answers of the results page measured by Lighthouse
/// (`#/jeune/resultats?age=16&situation=lycee&ase=oui&besoins=orientation`),
/// plus a format and hours so the whole score is computed.
pub const REQUETE: &str =
    "age=16&cud=oui&situation=lycee&ase=oui&besoins=orientation,scolaire&modalite=presentiel&heures=4";

pub fn reponses() -> Reponses {
    Reponses::depuis_requete(REQUETE)
}

/// The embedded catalogue (`public/catalogue.json`).
pub fn reel() -> Catalogue {
    trouve_ton_mentor::catalogue::embarque().expect("le catalogue embarqué est valide")
}

/// A catalogue of `n` programmes derived from the real ones.
pub fn synthetique(n: usize) -> Catalogue {
    let base = reel();
    let mut cat = base.clone();
    cat.programmes = (0..n)
        .map(|i| {
            let mut p = base.programmes[i % base.programmes.len()].clone();
            p.id = format!("p-{i:04}");
            p.nom = format!("{} {i}", p.nom);

            let e = &mut p.eligibilite;
            let min = 5 + (i * 7 % 20) as u8;
            e.age.min = min;
            e.age.max = (min + 2 + (i * 3 % 10) as u8).min(30);
            e.age.precis = i % 3 != 0;

            // Non-empty subset of situations from the bits of i, and a
            // disjoint subset to check.
            let bits = (i * 37 % 255) + 1;
            e.situations = Situation::TOUTES
                .iter()
                .enumerate()
                .filter(|(k, _)| bits & (1 << k) != 0)
                .map(|(_, s)| *s)
                .collect();
            e.situations_a_verifier = Situation::TOUTES
                .iter()
                .enumerate()
                .filter(|(k, _)| bits & (1 << k) == 0 && (i + k) % 3 == 0)
                .map(|(_, s)| *s)
                .collect();

            let condition = |critere, niveau| Condition {
                critere,
                niveau,
                texte: "dans une situation particulière".into(),
                reste_a_verifier: None,
                ..Condition::default()
            };
            e.conditions = match i % 5 {
                0 => vec![],
                1 => vec![condition(Critere::Rep, Niveau::Requis)],
                2 => vec![condition(Critere::Ase, Niveau::Prioritaire)],
                3 => vec![
                    condition(Critere::Qpv, Niveau::Requis),
                    condition(Critere::Rep, Niveau::Prioritaire),
                ],
                _ => vec![
                    condition(Critere::Ase, Niveau::Requis),
                    condition(Critere::Qpv, Niveau::Prioritaire),
                ],
            };

            p.besoins = BESOINS
                .iter()
                .enumerate()
                .filter(|(k, _)| (i >> k) & 1 == 1 || k % 4 == i % 4)
                .map(|(_, b)| *b)
                .collect();
            let (principal, autre) = if i % 2 == 0 {
                (Mode::Presentiel, Mode::Distanciel)
            } else {
                (Mode::Distanciel, Mode::Presentiel)
            };
            p.modalites.format.principal = principal;
            p.modalites.format.possible = if i % 4 < 2 { vec![autre] } else { vec![] };
            p.mentors.heures_mois_min = (1 + i % 8) as f32;
            p.mentors.heures_mois_max = p.mentors.heures_mois_min + 4.0;
            p
        })
        .collect();
    cat
}
