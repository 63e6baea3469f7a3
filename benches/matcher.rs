//! Criterion micro-benchmarks: matching, dates, tokenizing, printing, the built-in gazetteer's
//! first-use cost, and the baseline that justifies the FST: an Aho-Corasick automaton built at
//! run time from the same alias list.
//!
//! Run with `cargo bench --bench matcher` (all) or e.g. `cargo bench --bench matcher -- extract`.
//! The texts are `benches/texts/{de,en}.txt` (written for this project). Set
//! `GAZETTE_BENCH_CORPUS=/path/to/file.txt` (one document per line) to add benchmarks over a
//! larger corpus; `scripts/bench/run.sh` writes one to `target/bench/corpus-small.txt`.
//!
//! These are measurements, not tests: nothing here asserts a time.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput};
use gazette::output::{Document, OutputFormat, Printer};
use gazette::token::{tokenize, Token};
use gazette::{Extractor, ExtractorBuilder, Gazetteer, Label, LabelSet};

const DE: &str = include_str!("texts/de.txt");
const EN: &str = include_str!("texts/en.txt");

/// Environment variable that makes this binary time the built-in gazetteer's first use and exit
/// (see [`bench_builtin`]).
const FIRST_USE_ENV: &str = "GAZETTE_BENCH_FIRST_USE";

fn texts() -> [(&'static str, &'static str); 2] {
    [("de", DE), ("en", EN)]
}

fn extractor(labels: LabelSet) -> Extractor {
    ExtractorBuilder::new().labels(labels).build()
}

fn entity_labels() -> LabelSet {
    Label::ALL
        .iter()
        .copied()
        .filter(|&l| !matches!(l, Label::Date | Label::Duration))
        .collect()
}

fn date_labels() -> LabelSet {
    [Label::Date].into_iter().collect()
}

/// The documents of the optional large corpus (one per non-empty line), if
/// `GAZETTE_BENCH_CORPUS` is set.
fn corpus() -> Option<(String, String)> {
    let path = std::env::var_os("GAZETTE_BENCH_CORPUS")?;
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("GAZETTE_BENCH_CORPUS={}: {e}", path.to_string_lossy()));
    let name = Path::new(&path)
        .file_name()
        .map_or_else(|| "corpus".into(), |n| n.to_string_lossy().into_owned());
    Some((name, text))
}

/// `Extractor::extract` on each text: all types, entities only, dates only.
fn bench_extract(c: &mut Criterion) {
    let kinds = [
        ("all", LabelSet::all()),
        ("entities", entity_labels()),
        ("dates", date_labels()),
    ];
    let mut group = c.benchmark_group("extract");
    for (kind, labels) in kinds {
        let ex = extractor(labels);
        for (lang, text) in texts() {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(kind, lang), text, |b, text| {
                b.iter(|| black_box(ex.extract(black_box(text), None)).len())
            });
        }
    }
    group.finish();

    if let Some((name, text)) = corpus() {
        let mut group = c.benchmark_group("extract-corpus");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let ex = extractor(LabelSet::all());
        group.bench_function(BenchmarkId::new("all-per-line", &name), |b| {
            let mut out = Vec::new();
            b.iter(|| {
                let mut n = 0;
                for line in text.lines() {
                    ex.extract_into(line, None, &mut out);
                    n += out.len();
                }
                n
            })
        });
        group.finish();
    }
}

/// Tokenizing alone (the work every other step shares).
fn bench_tokenize(c: &mut Criterion) {
    let mut group = c.benchmark_group("tokenize");
    let mut tokens: Vec<Token> = Vec::new();
    for (lang, text) in texts() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lang), text, |b, text| {
            b.iter(|| {
                tokens.clear();
                tokenize(black_box(text), &mut tokens);
                tokens.len()
            })
        });
    }
    group.finish();
}

/// Rendering the mentions of one document with each printer.
fn bench_output(c: &mut Criterion) {
    let ex = extractor(LabelSet::all());
    let mut group = c.benchmark_group("output");
    for (lang, text) in texts() {
        let mentions = ex.extract(text, None);
        let name = format!("texts/{lang}.txt");
        let doc = Document::new(name, "");
        group.throughput(Throughput::Elements(mentions.len().max(1) as u64));
        for (fmt, format) in [
            ("csv", OutputFormat::Csv),
            ("json", OutputFormat::Json),
            ("jsonl", OutputFormat::Jsonl),
        ] {
            let printer = Printer::new(format);
            let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
            group.bench_function(BenchmarkId::new(fmt, lang), |b| {
                b.iter(|| {
                    buf.clear();
                    printer.separator(&mut buf, 1).unwrap();
                    printer
                        .document(&mut buf, &doc, black_box(&mentions))
                        .unwrap();
                    buf.len()
                })
            });
        }
    }
    group.finish();
}

/// Times the first use of the built-in gazetteer (opening the embedded FST) plus the first
/// extraction, in this process, and prints the nanoseconds. Run in a child process because the
/// gazetteer is a process-wide lazy static.
fn first_use_child() {
    let t = Instant::now();
    let g = Gazetteer::builtin();
    black_box(g.key_count());
    let open = t.elapsed();
    let ex = ExtractorBuilder::new().build();
    black_box(ex.extract("Berlin", None));
    let total = t.elapsed();
    println!("{} {}", open.as_nanos(), total.as_nanos());
}

/// Runs [`first_use_child`] in a fresh process and returns (open, open + build + first extract).
fn first_use_in_child() -> (Duration, Duration) {
    let exe = std::env::current_exe().expect("own path");
    let out = Command::new(exe)
        .env(FIRST_USE_ENV, "1")
        .output()
        .expect("run benchmark binary as a child");
    let s = String::from_utf8_lossy(&out.stdout);
    let mut it = s
        .split_whitespace()
        .map(|n| n.parse::<u64>().expect("nanoseconds"));
    let open = Duration::from_nanos(it.next().expect("open time"));
    let total = Duration::from_nanos(it.next().expect("total time"));
    (open, total)
}

/// The built-in gazetteer: first use in a fresh process (measured in a child, only the in-process
/// part is counted), building an `Extractor` once it is loaded, and for comparison compiling
/// the same CSV files at run time (what user gazetteers cost).
fn bench_builtin(c: &mut Criterion) {
    let mut group = c.benchmark_group("builtin");
    group.sample_size(10);
    group.bench_function("first-use-open", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| first_use_in_child().0).sum())
    });
    group.bench_function("first-use-open-build-extract", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| first_use_in_child().1).sum())
    });
    black_box(Gazetteer::builtin());
    group.bench_function("extractor-build-warm", |b| {
        b.iter(|| black_box(ExtractorBuilder::new().build()))
    });

    let entries: Vec<gazette::Entry> = alias_files()
        .iter()
        .filter_map(|p| gazette::gazetteer::load::load(p).ok())
        .flatten()
        .collect();
    if !entries.is_empty() {
        group.bench_function(
            BenchmarkId::new("compile-csv-at-runtime", entries.len()),
            |b| b.iter(|| black_box(Gazetteer::from_entries(entries.clone())).key_count()),
        );
    }
    group.finish();
}

/// The CSV gazetteers compiled into the binary.
fn alias_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "csv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Every alias of the built-in gazetteers (the `canonical` column plus the `aliases` column
/// split on `|`), lower-cased and de-duplicated: the same list `scripts/bench/` gives the Python
/// peers.
fn alias_list() -> Vec<String> {
    let mut aliases = Vec::new();
    for path in alias_files() {
        let Ok(mut rdr) = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_path(&path)
        else {
            continue;
        };
        let headers = rdr.headers().cloned().unwrap_or_default();
        let col = |name: &str| headers.iter().position(|h| h == name);
        let (Some(canonical), aliases_col) = (col("canonical"), col("aliases")) else {
            continue;
        };
        for rec in rdr.records().filter_map(|r| r.ok()) {
            if let Some(c) = rec.get(canonical) {
                aliases.push(c.to_lowercase());
            }
            if let Some(a) = aliases_col.and_then(|i| rec.get(i)) {
                aliases.extend(
                    a.split('|')
                        .filter(|s| !s.trim().is_empty())
                        .map(|s| s.trim().to_lowercase()),
                );
            }
        }
    }
    aliases.retain(|a| !a.is_empty());
    aliases.sort();
    aliases.dedup();
    aliases
}

fn build_aho_corasick(aliases: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(aliases)
        .expect("aho-corasick automaton")
}

/// Counts leftmost-longest matches in lower-cased `text` that start and end at word boundaries
/// (what a bare gazetteer matcher must at least do; no inflection, coreference or dates).
fn aho_corasick_search(ac: &AhoCorasick, text: &str, lower: &mut String) -> usize {
    lower.clear();
    lower.extend(text.chars().flat_map(char::to_lowercase));
    let hay = lower.as_str();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    ac.find_iter(hay)
        .filter(|m| {
            !is_word(hay[..m.start()].chars().next_back())
                && !is_word(hay[m.end()..].chars().next())
        })
        .count()
}

/// The baseline: an Aho-Corasick automaton (contiguous NFA, leftmost-longest) built at run time
/// from the same aliases. Its build time is start-up time the FST does not pay; its search
/// throughput is the floor a matcher has to beat.
fn bench_baseline(c: &mut Criterion) {
    let aliases = alias_list();
    if aliases.is_empty() {
        return;
    }
    let mut group = c.benchmark_group("baseline-aho-corasick");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("build", aliases.len()), |b| {
        b.iter(|| black_box(build_aho_corasick(&aliases)).patterns_len())
    });
    let ac = build_aho_corasick(&aliases);
    let mut lower = String::new();
    for (lang, text) in texts() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("search", lang), text, |b, text| {
            b.iter(|| aho_corasick_search(&ac, black_box(text), &mut lower))
        });
    }
    if let Some((name, text)) = corpus() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(BenchmarkId::new("search-per-line", &name), |b| {
            b.iter(|| {
                text.lines()
                    .map(|line| aho_corasick_search(&ac, line, &mut lower))
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

fn main() {
    if std::env::var_os(FIRST_USE_ENV).is_some() {
        first_use_child();
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench_extract(&mut c);
    bench_tokenize(&mut c);
    bench_output(&mut c);
    bench_builtin(&mut c);
    bench_baseline(&mut c);
    c.final_summary();
}
