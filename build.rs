//! Compiles the built-in gazetteers under `gazetteers/` into an FST and an entry table in
//! `OUT_DIR`, which `src/gazetteer/mod.rs` embeds. Doing this at build time is what makes start-up
//! instant (see `src/gazetteer/compile.rs`).
//!
//! The tokenizer and the key encoding are the library's own files, included with `#[path]`, so
//! keys are made exactly as documents are cut at run time.

#[allow(dead_code)]
#[path = "src/token.rs"]
mod token;

#[allow(dead_code)]
#[path = "src/gazetteer/compile.rs"]
mod compile;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// The built-in gazetteers, highest priority first: when two entries share an alias, the entry
/// from the earlier file wins.
const FILES: &[&str] = &[
    "people.csv",
    "organisations.csv",
    "organisations-cldr.csv",
    "countries.csv",
    "companies.csv",
    "city.csv",
    "region.csv",
    "nationality.csv",
];

fn main() {
    let dir = Path::new("gazetteers");
    println!("cargo:rerun-if-changed=gazetteers");
    println!("cargo:rerun-if-changed=src/token.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/compile.rs");

    let common_words: HashSet<String> = read_lines(&dir.join("common-words.txt"))
        .into_iter()
        .map(|w| token::normalise_key(&w))
        .collect();
    let is_common = |key: &str| common_words.contains(key);

    let mut keys = compile::KeySet::new();
    let mut entries: Vec<(String, String, String)> = Vec::new();
    let mut index: HashMap<(String, String, String), u32> = HashMap::new();
    for name in FILES {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        if !path.exists() {
            println!(
                "cargo:warning=built-in gazetteer {} is missing",
                path.display()
            );
            continue;
        }
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_path(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for rec in rdr.records() {
            let rec = rec.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let line = rec.position().map_or(0, |p| p.line());
            let label = match rec.get(0).unwrap_or("").trim() {
                "person" => "Person",
                "country" => "Country",
                "organisation" => "Organisation",
                "city" => "City",
                "region" => "Region",
                "nationality" => "Nationality",
                other => panic!("{}:{line}: unknown type {other:?}", path.display()),
            };
            let canonical = rec.get(1).unwrap_or("").trim().to_string();
            assert!(
                !canonical.is_empty(),
                "{}:{line}: empty canonical",
                path.display()
            );
            let id = rec.get(3).unwrap_or("").trim().to_string();
            let key = (label.to_string(), canonical.clone(), id.clone());
            let next = entries.len() as u32;
            let i = *index.entry(key.clone()).or_insert_with(|| {
                entries.push(key);
                next
            });
            keys.add_alias(&canonical, i, &is_common);
            for alias in rec.get(2).unwrap_or("").split('|') {
                let alias = alias.trim();
                if !alias.is_empty() {
                    keys.add_alias(alias, i, &is_common);
                }
            }
        }
    }
    for name in read_lines(&dir.join("given-names.txt")) {
        keys.add_given_name(&name);
    }

    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("builtin.fst"), keys.build_fst()).expect("write FST");
    std::fs::write(out.join("builtin.filter"), keys.build_filter()).expect("write filter");
    let mut code = String::new();
    code.push_str("/// The built-in entries: label, canonical name, identifier.\n");
    code.push_str("pub static ENTRIES: &[(Label, &str, &str)] = &[\n");
    for (label, canonical, id) in &entries {
        writeln!(code, "    (Label::{label}, {canonical:?}, {id:?}),").unwrap();
    }
    code.push_str("];\n");
    std::fs::write(out.join("builtin_entries.rs"), code).expect("write entries");
}

/// Non-empty lines that are not `#` comments.
fn read_lines(path: &Path) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", path.display());
    match std::fs::read_to_string(path) {
        Ok(s) => s
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect(),
        Err(_) => {
            println!("cargo:warning=built-in list {} is missing", path.display());
            Vec::new()
        }
    }
}
