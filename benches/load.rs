//! Criterion benchmarks of loading a large user gazetteer: reading and compiling 200,000 entries
//! from CSV (what `--gazetteer newsroom.csv` does at every start) against reading the compiled
//! form (`Gazetteer::from_bytes`, what a `.gzt` file costs).
//!
//! Run with `cargo bench --bench load`. The gazetteer is made up here, deterministically: people
//! with made-up two-word names, an initial-dot-surname alias and a double-barrelled one, and a
//! QID each, so that it has about 600,000 aliases. Both inputs are in memory: the file read is
//! not measured (the compiled file is about the CSV's size: 13.0 MB against 11.6 MB).
//!
//! These are measurements, not tests: nothing here asserts a time.

use std::hint::black_box;
use std::path::Path;

use criterion::Criterion;
use gazette::gazetteer::load::parse_reader;
use gazette::Gazetteer;

/// The number of entries, as in the issue that asked for a compiled form.
const ENTRIES: usize = 200_000;

/// A made-up word from `x`: two to four syllables, capitalised.
fn word(mut x: u64) -> String {
    const SYLLABLES: [&str; 24] = [
        "ka", "lo", "mi", "ner", "sa", "to", "ber", "gu", "an", "vi", "dor", "es", "ri", "hal",
        "mu", "zen", "pa", "li", "ko", "ste", "wa", "ru", "fel", "o",
    ];
    let n = 2 + (x % 3) as usize;
    let mut w = String::new();
    for _ in 0..n {
        x /= 7;
        w.push_str(SYLLABLES[(x % 24) as usize]);
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The CSV of [`ENTRIES`] made-up people.
fn newsroom_csv() -> String {
    let mut csv = String::from("type,canonical,aliases,id\n");
    let mut h = 0x9E37_79B9_7F4A_7C15u64;
    for i in 0..ENTRIES {
        h = h.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let (given, surname) = (word(h >> 11), word(h >> 35));
        let initial = given.chars().next().unwrap_or('X');
        csv.push_str(&format!(
            "person,{given} {surname},{initial}. {surname}|{surname}-{given},Q{}\n",
            1_000_000 + i
        ));
    }
    csv
}

fn bench_load(c: &mut Criterion) {
    let csv = newsroom_csv();
    let path = Path::new("newsroom.csv");
    let compiled = Gazetteer::from_entries(parse_reader(csv.as_bytes(), path).unwrap()).to_bytes();
    eprintln!(
        "{ENTRIES} entries: CSV {} bytes, compiled {} bytes",
        csv.len(),
        compiled.len()
    );
    let mut group = c.benchmark_group("load-200k");
    group.sample_size(10);
    group.bench_function("csv-parse-and-compile", |b| {
        b.iter(|| {
            let entries = parse_reader(black_box(csv.as_bytes()), path).unwrap();
            black_box(Gazetteer::from_entries(entries)).len()
        })
    });
    group.bench_function("compiled-from-bytes", |b| {
        b.iter(|| {
            black_box(Gazetteer::from_bytes(
                black_box(&compiled),
                "newsroom.gzt".as_ref(),
            ))
            .unwrap()
            .len()
        })
    });
    group.finish();
}

criterion::criterion_group!(benches, bench_load);
criterion::criterion_main!(benches);
