//! `make bench`, figure 3a: the cost of one evaluation
//! (`engine::evaluer`, i.e. every verdict, score, "what would change it" and
//! the ranking) natively, on the real catalogue and on synthetic catalogues
//! of 100, 1 000 and 10 000 programmes. Building the catalogues is outside
//! the measurement.
//!
//! Run: cargo bench --bench engine -- --warm-up-time 1 --measurement-time 3 --sample-size 10
//! Medians land in target/criterion/evaluer/<taille>/new/estimates.json
//! (read by scripts/bench/moteur-natif.mjs).

#[path = "commun/synthetique.rs"]
mod synthetique;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use trouve_ton_mentor::engine::evaluer;

fn bench_evaluer(c: &mut Criterion) {
    let reponses = synthetique::reponses();
    let mut groupe = c.benchmark_group("evaluer");
    let catalogues = [
        ("reel", synthetique::reel()),
        ("100", synthetique::synthetique(100)),
        ("1000", synthetique::synthetique(1_000)),
        ("10000", synthetique::synthetique(10_000)),
    ];
    for (nom, catalogue) in &catalogues {
        groupe.throughput(Throughput::Elements(catalogue.programmes.len() as u64));
        groupe.bench_with_input(BenchmarkId::from_parameter(nom), catalogue, |b, cat| {
            b.iter(|| {
                evaluer(
                    black_box(cat),
                    black_box(&reponses),
                    &trouve_ton_mentor::i18n::Textes::francais_complet(),
                )
            })
        });
    }
    groupe.finish();
}

criterion_group!(benches, bench_evaluer);
criterion_main!(benches);
