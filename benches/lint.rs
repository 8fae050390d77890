//! Throughput of `lint()` over the real documents (../shared/seeds) and the project's
//! examples: whole lint, parsing alone, and each rule family.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use vanban::{lint, Config, Document, RuleLevel};

fn corpus() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["../shared/seeds", "examples", "tests/fixtures/clean"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            let mut paths: Vec<_> = rd
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            for p in paths {
                texts.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    texts.join("\n")
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let config = Config::default();
    let mut g = c.benchmark_group("lint");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("whole", |b| b.iter(|| lint(black_box(&text), &config)));
    g.bench_function("parse-only", |b| {
        b.iter(|| Document::parse(black_box(&text), &config))
    });
    for family in vanban::rules::FAMILIES {
        let mut only = Config::default();
        for other in vanban::rules::FAMILIES.iter().filter(|f| *f != family) {
            only.rules.insert(other.to_string(), RuleLevel::Off);
        }
        g.bench_function(format!("family/{family}"), |b| {
            b.iter(|| lint(black_box(&text), &only))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
