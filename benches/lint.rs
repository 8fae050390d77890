//! Throughput of `lint()` over the five seed documents (../shared/seeds), each linted on its
//! own as a user would: whole lint, parsing alone, and each rule family; the same over every
//! document of the project; plus one ~100-page plan (the example's body repeated) as one document, and the
//! scaling cases: one 1 MB and one 10 MB document, 10 000 small documents.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use vanban::{lint, Config, Document, RuleLevel};

fn corpus(dirs: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in dirs {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            let mut paths: Vec<_> = rd
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            texts.extend(
                paths
                    .into_iter()
                    .map(|p| std::fs::read_to_string(p).unwrap()),
            );
        }
    }
    texts
}

/// The example plan with its body repeated to about 100 pages.
fn long_plan() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ke-hoach-co-loi.txt");
    let example = std::fs::read_to_string(path).unwrap();
    let body_start = example.find("\nI. ").unwrap_or(0);
    let body_end = example.find("Nơi nhận").unwrap_or(example.len());
    format!(
        "{}{}{}",
        &example[..body_start],
        example[body_start..body_end].repeat(40),
        &example[body_end..]
    )
}

fn lint_all(texts: &[String], config: &Config) {
    for t in texts {
        black_box(lint(black_box(t), config));
    }
}

fn bench(c: &mut Criterion) {
    // the budget is measured on the five seed documents (../shared/seeds)
    let texts = corpus(&["../shared/seeds"]);
    let total: usize = texts.iter().map(String::len).sum();
    let config = Config::default();
    let mut g = c.benchmark_group("seeds");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("whole", |b| b.iter(|| lint_all(&texts, &config)));
    g.bench_function("parse-only", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(Document::parse(black_box(t), &config));
            }
        })
    });
    for family in vanban::rules::FAMILIES {
        let mut only = Config::default();
        for other in vanban::rules::FAMILIES.iter().filter(|f| *f != family) {
            only.rules.insert(other.to_string(), RuleLevel::Off);
        }
        g.bench_function(format!("family/{family}"), |b| {
            b.iter(|| lint_all(&texts, &only))
        });
    }
    g.finish();

    // every document of the project: seeds, examples, clean fixtures
    let all = corpus(&["../shared/seeds", "examples", "tests/fixtures/clean"]);
    let mut g = c.benchmark_group("all-documents");
    g.throughput(Throughput::Bytes(all.iter().map(|t| t.len() as u64).sum()));
    g.bench_function("whole", |b| b.iter(|| lint_all(&all, &config)));
    g.finish();

    // the cost paid per document whatever its size
    let mut g = c.benchmark_group("fixed-cost");
    g.bench_function("one-line-document", |b| {
        b.iter(|| lint(black_box("Số: 09 /KH-UBND"), &config))
    });
    g.finish();

    let long = long_plan();
    let mut g = c.benchmark_group("long-plan");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("whole", |b| b.iter(|| lint(black_box(&long), &config)));
    g.finish();

    // linear in size: one 1 MB and one 10 MB document (the corpus repeated), and 10 000
    // small documents of ~1 KB (each corpus document's first lines) totalling ~10 MB
    let joined = all.join("\n");
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for mb in [1usize, 10] {
        let mut big = String::with_capacity(mb << 20);
        while big.len() < mb << 20 {
            big.push_str(&joined);
        }
        g.throughput(Throughput::Bytes(big.len() as u64));
        g.bench_function(format!("one-{mb}MB-document"), |b| {
            b.iter(|| lint(black_box(&big), &config))
        });
    }
    let small: Vec<String> = (0..10_000)
        .map(|i| {
            let t = &all[i % all.len()];
            let mut end = t.len().min(1024);
            while !t.is_char_boundary(end) {
                end -= 1;
            }
            let end = t[..end].rfind('\n').map_or(end, |n| n + 1);
            t[..end].to_string()
        })
        .collect();
    g.throughput(Throughput::Bytes(
        small.iter().map(|t| t.len() as u64).sum(),
    ));
    g.bench_function("10000-small-documents", |b| {
        b.iter(|| lint_all(&small, &config))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
