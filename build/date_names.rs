//! Turns `gazetteers/date-names.tsv` (CLDR's month and weekday names of the French, Spanish,
//! Italian, Dutch, Portuguese and Russian packs) into `OUT_DIR/date_names.rs`: one static table
//! of months, weekdays and weekday abbreviations per language, which `src/lang/mod.rs`
//! includes. Static tables cost nothing at start-up (no parsing, no allocation).
//!
//! What is kept of CLDR:
//! - every wide name, format and stand-alone (Russian format months are the genitive
//!   "октября"), folded, and for Latin script also without accents ("fevrier", "sabado");
//! - an abbreviated month that differs from the wide names, without its dot, as an
//!   abbreviation (`ABBR`: a "." after it joins it, and without a day it needs that dot), and an
//!   abbreviated weekday as a weekday abbreviation (read only right before a date), unless the
//!   abbreviation is a lower-case word of a Debian word list (`word` = 1: "mar", "set", "ago",
//!   "out", "may", "dim" stay words);
//! - no name of more than one token (Portuguese "segunda-feira").

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

/// The languages of the file, as the generated statics name them.
const LANGS: &[(&str, &str)] = &[
    ("fr", "FR"),
    ("es", "ES"),
    ("it", "IT"),
    ("nl", "NL"),
    ("pt", "PT"),
    ("ru", "RU"),
];

/// One row of the file.
struct Row {
    lang: String,
    month: bool,
    number: i8,
    wide: bool,
    name: String,
    word: bool,
}

/// Writes `date_names.rs` into `out` from `tsv`.
pub fn write(tsv: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", tsv.display());
    let text = std::fs::read_to_string(tsv).unwrap_or_else(|e| panic!("{}: {e}", tsv.display()));
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("lang\t") || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() == 7, "{}:{}: want 7 fields", tsv.display(), n + 1);
        rows.push(Row {
            lang: f[0].to_string(),
            month: f[1] == "month",
            number: f[2].parse().expect("number"),
            wide: f[4] == "wide",
            name: super::token::fold(f[5].trim_end_matches('.')),
            word: f[6] == "1",
        });
    }
    let mut code = String::new();
    for (lang, upper) in LANGS {
        let rows: Vec<&Row> = rows.iter().filter(|r| r.lang == *lang).collect();
        let one_token = |r: &&&Row| r.name.chars().all(char::is_alphabetic);
        let wide: BTreeSet<(String, i8, bool)> = rows
            .iter()
            .filter(one_token)
            .filter(|r| r.wide)
            .flat_map(|r| {
                let plain = without_accents(&r.name);
                [
                    (r.name.clone(), r.number, r.month),
                    (plain, r.number, r.month),
                ]
            })
            .collect();
        let abbrs: BTreeSet<(String, i8, bool)> = rows
            .iter()
            .filter(one_token)
            .filter(|r| !r.wide && !r.word)
            .flat_map(|r| {
                let plain = without_accents(&r.name);
                [
                    (r.name.clone(), r.number, r.month),
                    (plain, r.number, r.month),
                ]
            })
            .filter(|(name, _, _)| !wide.iter().any(|w| w.0 == *name))
            .collect();
        writeln!(
            code,
            "/// CLDR's {lang} months: wide names and abbreviations."
        )
        .unwrap();
        writeln!(
            code,
            "pub(super) static {upper}_MONTHS: &[(&str, i8, u8)] = &["
        )
        .unwrap();
        for (name, m, _) in wide.iter().filter(|w| w.2) {
            writeln!(code, "    ({name:?}, {m}, 0),").unwrap();
        }
        for (name, m, _) in abbrs.iter().filter(|w| w.2) {
            writeln!(code, "    ({name:?}, {m}, super::month::ABBR),").unwrap();
        }
        code.push_str("];\n");
        writeln!(code, "/// CLDR's {lang} weekdays (matched as written).").unwrap();
        writeln!(
            code,
            "pub(super) static {upper}_WEEKDAYS: &[(&str, i8, bool)] = &["
        )
        .unwrap();
        for (name, d, _) in wide.iter().filter(|w| !w.2) {
            writeln!(code, "    ({name:?}, {d}, false),").unwrap();
        }
        code.push_str("];\n");
        writeln!(code, "/// CLDR's {lang} weekday abbreviations.").unwrap();
        writeln!(
            code,
            "pub(super) static {upper}_WEEKDAY_ABBRS: &[(&str, i8)] = &["
        )
        .unwrap();
        for (name, d, _) in abbrs.iter().filter(|w| !w.2) {
            writeln!(code, "    ({name:?}, {d}),").unwrap();
        }
        code.push_str("];\n");
    }
    std::fs::write(out.join("date_names.rs"), code).expect("write date names");
}

/// `s` without the accents of the Latin letters these languages use ("février" → "fevrier").
fn without_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}
