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

#[allow(dead_code)]
#[path = "src/gazetteer/entry.rs"]
mod entry;

#[path = "src/gazetteer/csv.rs"]
mod csv;

#[path = "build/date_names.rs"]
mod date_names;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

// `csv.rs` names the entry types as `super::{Entry, Label}`, as in the library.
use entry::{Entry, Label};

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
    "parties.csv",
    "universities.csv",
];

fn main() {
    let dir = Path::new("gazetteers");
    println!("cargo:rerun-if-changed=gazetteers");
    println!("cargo:rerun-if-changed=src/token.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/compile.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/entry.rs");
    println!("cargo:rerun-if-changed=src/gazetteer/csv.rs");

    let common_words: HashSet<String> = read_lines(&dir.join("common-words.txt"))
        .into_iter()
        .map(|w| token::normalise_key(&w))
        .collect();
    let is_common = |key: &str| common_words.contains(key);
    // The same keys for the user's gazetteers (src/gazetteer/mod.rs), one a line, sorted.
    let mut sorted: Vec<&str> = common_words.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("common_words.txt"), sorted.join("\n")).expect("write common words");
    println!("cargo:rerun-if-changed=build/date_names.rs");
    date_names::write(&dir.join("date-names.tsv"), out);

    let mut keys = compile::KeySet::new();
    let mut entries: Vec<(Label, String, String)> = Vec::new();
    // The country each entry lies in (cities and regions), by entry index.
    let mut countries: Vec<String> = Vec::new();
    let mut index: HashMap<(Label, String, String), u32> = HashMap::new();
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
        let rows = std::fs::File::open(&path)
            .map_err(|e| format!("{}: {e}", path.display()))
            .and_then(|f| {
                csv::read_rows(std::io::BufReader::new(f), &path).map_err(|e| e.to_string())
            })
            .unwrap_or_else(|e| fail(&e));
        for csv::Row { entry, country, .. } in rows {
            let Entry {
                label,
                canonical,
                aliases,
                id,
            } = entry;
            let key = (label, canonical, id);
            let next = entries.len() as u32;
            let i = *index.entry(key.clone()).or_insert_with(|| {
                entries.push(key.clone());
                countries.push(country.clone());
                next
            });
            keys.add_alias(&key.1, i, compile::case_rule, &is_common);
            for alias in &aliases {
                keys.add_alias(alias, i, compile::case_rule, &is_common);
            }
        }
    }
    let sports = add_clubs(
        &dir.join("clubs.csv"),
        &mut keys,
        &mut entries,
        &mut countries,
        &mut index,
        &is_common,
    );
    for name in read_lines(&dir.join("given-names.txt")) {
        keys.add_given_name(&name);
    }

    let surnames = known_surnames(&entries, &keys);
    std::fs::write(out.join("builtin.fst"), keys.build_fst()).expect("write FST");
    std::fs::write(out.join("builtin.filter"), keys.build_filter()).expect("write filter");
    // Entries as offsets into one string, not as `&str`s: a table of 40,000 string slices needs
    // 80,000 relocations when the binary is loaded, which cost 3 ms of every start.
    let mut names = String::new();
    let mut rows = String::new();
    let mut people = String::new();
    for (k, (label, canonical, id)) in entries.iter().enumerate() {
        let start = names.len();
        names.push_str(canonical);
        let mid = names.len();
        names.push_str(id);
        let id_end = names.len();
        names.push_str(&countries[k]);
        writeln!(
            rows,
            "    (Label::{label:?}, {start}, {mid}, {id_end}, {}),",
            names.len()
        )
        .unwrap();
        if *label == Label::Person {
            writeln!(people, "    {k},").unwrap();
        }
    }
    let mut code = String::new();
    code.push_str(
        "/// Every built-in entry's canonical name, identifier and country, one after another.\n",
    );
    writeln!(code, "pub static NAMES: &str = {names:?};").unwrap();
    code.push_str(
        "/// The built-in entries: label, and where in `NAMES` the canonical name starts, the\n",
    );
    code.push_str("/// identifier starts, the country starts and the country ends.\n");
    code.push_str("pub static ENTRIES: &[(Label, u32, u32, u32, u32)] = &[\n");
    code.push_str(&rows);
    code.push_str("];\n");
    code.push_str(
        "/// The built-in people's surnames: (hash of the folded last word, the one entry that\n",
    );
    code.push_str("/// bears it or `u32::MAX` when several people do), sorted by hash.\n");
    code.push_str("pub static SURNAMES: &[(u64, u32)] = &[\n");
    for (h, e) in &surnames {
        writeln!(code, "    ({h}, {e}),").unwrap();
    }
    code.push_str("];\n");
    code.push_str(
        "/// One-word club variants that count only in sports context: (hash of the folded\n",
    );
    code.push_str(
        "/// word, the club's entry, whether the key is the club's own (else a place's)), sorted.\n",
    );
    code.push_str("pub static SPORTS: &[(u64, u32, bool)] = &[\n");
    for (h, e, own) in &sports {
        writeln!(code, "    ({h}, {e}, {own}),").unwrap();
    }
    code.push_str("];\n");
    code.push_str("/// The indices of the built-in person entries.\n");
    code.push_str("pub static PEOPLE: &[u32] = &[\n");
    code.push_str(&people);
    code.push_str("];\n");
    std::fs::write(out.join("builtin_entries.rs"), code).expect("write entries");
}

/// Adds `clubs.csv` (lowest priority, after `FILES`): its `aliases` like any file's, and the
/// one-word variants of its `sports` column for the resolver's sports rule. A sports variant
/// that a city or region holds stays the place's and is listed as (hash, club, false); one no
/// entry holds is added to the club and listed as (hash, club, true); one another entry holds
/// (a person, a country, an organisation) is left out, and so is a word two clubs share.
fn add_clubs(
    path: &Path,
    keys: &mut compile::KeySet,
    entries: &mut Vec<(Label, String, String)>,
    countries: &mut Vec<String>,
    index: &mut HashMap<(Label, String, String), u32>,
    is_common: &dyn Fn(&str) -> bool,
) -> Vec<(u64, u32, bool)> {
    println!("cargo:rerun-if-changed={}", path.display());
    if !path.exists() {
        println!(
            "cargo:warning=built-in gazetteer {} is missing",
            path.display()
        );
        return Vec::new();
    }
    let open =
        || std::fs::File::open(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    let rows = csv::read_rows(std::io::BufReader::new(open()), path)
        .unwrap_or_else(|e| fail(&e.to_string()));
    // The `sports` column, row by row (the shared reader ignores extra columns).
    let mut rdr = ::csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(std::io::BufReader::new(open()));
    let column = rdr
        .headers()
        .ok()
        .and_then(|h| h.iter().position(|c| c == "sports"))
        .unwrap_or_else(|| fail(&format!("{}: no column `sports`", path.display())));
    let sports: Vec<String> = rdr
        .records()
        .map(|r| r.map(|r| r.get(column).unwrap_or("").to_string()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
    let mut found: Vec<(u64, u32, bool)> = Vec::new();
    for (row, sports) in rows.into_iter().zip(sports) {
        let Entry {
            label,
            canonical,
            aliases,
            id,
        } = row.entry;
        let k = (label, canonical, id);
        let next = entries.len() as u32;
        let i = *index.entry(k.clone()).or_insert_with(|| {
            entries.push(k.clone());
            countries.push(row.country.clone());
            next
        });
        keys.add_alias(&k.1, i, compile::case_rule, is_common);
        for alias in &aliases {
            keys.add_alias(alias, i, compile::case_rule, is_common);
        }
        for alias in sports.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            let key = token::normalise_key(alias);
            if key.is_empty() || key.contains(' ') {
                continue;
            }
            let h = token::token_hash(key.as_bytes());
            match keys.entry_of(&key) {
                Some(owner) if matches!(entries[owner as usize].0, Label::City | Label::Region) => {
                    found.push((h, i, false));
                }
                Some(owner) if owner == i => found.push((h, i, true)),
                Some(_) => {}
                None => {
                    // A word or a name: only capitalised.
                    keys.add_alias(alias, i, compile::case_rule, &|_| true);
                    found.push((h, i, true));
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    // A word two clubs share names neither.
    let mut out: Vec<(u64, u32, bool)> = Vec::new();
    let mut k = 0;
    while k < found.len() {
        let n = found[k..].iter().take_while(|f| f.0 == found[k].0).count();
        if n == 1 {
            out.push(found[k]);
        }
        k += n;
    }
    out
}

/// The surname (last word of the canonical name) of every person entry that may stand alone,
/// by its token hash: the entry, or `u32::MAX` when people with different canonical names bear
/// it. Computed here so that start-up does not walk the transducer for every person (3 million
/// instructions at run time); the rules are `Lookup::collect_surnames`'s, which does the same
/// for user gazetteers.
fn known_surnames(entries: &[(Label, String, String)], keys: &compile::KeySet) -> Vec<(u64, u32)> {
    let mut by_hash: HashMap<u64, (u32, &str)> = HashMap::new();
    for (i, (label, canonical, _)) in entries.iter().enumerate() {
        if *label != Label::Person {
            continue;
        }
        let Some(key) = compile::surname_key(canonical) else {
            continue;
        };
        if keys.is_given_name(&key) {
            continue;
        }
        let h = token::token_hash(key.as_bytes());
        by_hash
            .entry(h)
            .and_modify(|(e, c)| {
                if *c != canonical {
                    *e = u32::MAX;
                }
            })
            .or_insert((i as u32, canonical));
    }
    let mut v: Vec<(u64, u32)> = by_hash.into_iter().map(|(h, (e, _))| (h, e)).collect();
    v.sort_unstable();
    v
}

/// Stops the build with `message` (which names the file and the line).
fn fail(message: &str) -> ! {
    eprintln!("error: built-in gazetteer: {message}");
    std::process::exit(1)
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
