//! The one reader of gazetteer CSV (`type,canonical,aliases,id`), for the user's files at run
//! time and for the built-in files in `build.rs`.
//!
//! The format (documented in the README and `gazetteers/README.md`): UTF-8 CSV with a header row;
//! lines starting with `#` are comments; `type` and `canonical` are required, `aliases` (separated
//! by `|`) and `id` may be empty or absent; columns are found by their name in the header, may
//! come in any order, and extra columns are ignored. Every field is trimmed.
//!
//! This file only turns bytes into [`Row`]s or a [`LineMessage`] naming the path and the line; what
//! a row means for matching (keys, case rules, warnings) is decided elsewhere. It depends only on
//! `std`, the `csv` crate and the entry types, because `build.rs` includes it with `#[path]`.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Entry, Label};

/// One data row of a gazetteer file: its entry and the 1-based line the row starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line of the file where the row starts.
    pub line: u64,
    /// The row's entry.
    pub entry: Entry,
    /// The ISO 3166-1 code of the country a place lies in (the optional `country` column;
    /// empty when absent).
    pub country: String,
}

/// A message about one line of a gazetteer file: an error that stops reading it (here) or a
/// warning about a row that loads (`load.rs`). Displayed as `path:line: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineMessage {
    /// The gazetteer file.
    pub path: PathBuf,
    /// The 1-based line (1 for a header problem).
    pub line: u64,
    /// What is wrong with that line, or what it does.
    pub message: String,
}

impl fmt::Display for LineMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

impl std::error::Error for LineMessage {}

/// Reads every row of gazetteer CSV from `reader`; `path` is used in error messages only.
///
/// # Errors
/// A [`LineMessage`] for the first malformed line: a header without `type` or `canonical`, a row
/// with more or fewer fields than the header, invalid UTF-8, an unknown type, the type `date`
/// (dates are found by rules), or an empty canonical name.
pub fn read_rows<R: Read>(reader: R, path: &Path) -> Result<Vec<Row>, LineMessage> {
    let err = |line: u64, message: String| LineMessage {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut rdr = ::csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(false)
        .trim(::csv::Trim::All)
        .from_reader(reader);
    let headers = rdr
        .headers()
        .map_err(|e| err(csv_line(&e).unwrap_or(1), csv_message(&e)))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
    };
    let header_line = headers.position().map_or(1, |p| p.line());
    let (Some(type_col), Some(canonical_col)) = (column("type"), column("canonical")) else {
        return Err(err(
            header_line.max(1),
            format!(
                "the header must name the columns type and canonical (aliases and id may follow; \
                 found {:?})",
                headers.iter().collect::<Vec<_>>().join(",")
            ),
        ));
    };
    let aliases_col = column("aliases");
    let id_col = column("id");
    let country_col = column("country");

    let mut rows = Vec::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(err(csv_line(&e).unwrap_or(0), csv_message(&e))),
        }
        let line = record.position().map_or(0, |p| p.line());
        let field = |col: usize| record.get(col).unwrap_or("").trim();
        let label: Label = field(type_col).parse().map_err(|m| err(line, m))?;
        if matches!(label, Label::Date | Label::Duration) {
            return Err(err(
                line,
                format!(
                    "type \"{label}\" cannot come from a gazetteer: {label}s are found by rules"
                ),
            ));
        }
        let canonical = field(canonical_col);
        if canonical.is_empty() {
            return Err(err(line, "the canonical name is empty".into()));
        }
        let aliases = aliases_col
            .map(|c| {
                field(c)
                    .split('|')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let id = id_col.map(|c| field(c).to_string()).unwrap_or_default();
        let country = country_col
            .map(|c| field(c).to_string())
            .unwrap_or_default();
        rows.push(Row {
            line,
            country,
            entry: Entry {
                label,
                canonical: canonical.to_string(),
                aliases,
                id,
            },
        });
    }
    Ok(rows)
}

/// The line a `csv` error happened on, when it knows.
fn csv_line(e: &::csv::Error) -> Option<u64> {
    e.position().map(|p| p.line())
}

/// A `csv` error in the words of the format.
fn csv_message(e: &::csv::Error) -> String {
    match e.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields like the header, found {len}"),
        ::csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        ::csv::ErrorKind::Io(io) => io.to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<Vec<Row>, LineMessage> {
        read_rows(s.as_bytes(), Path::new("t.csv"))
    }

    #[test]
    fn reads_rows_comments_and_any_column_order() {
        let rows = read(
            "# newsroom list\n\u{feff}id,type,canonical,aliases\nQ1,person,Jane Roe,J. Roe | Roe\n,org,\"Acme, Inc.\",\n",
        )
        .unwrap();
        let e: Vec<_> = rows.iter().map(|r| (r.line, &r.entry)).collect();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].0, 3);
        assert_eq!(e[0].1.label, Label::Person);
        assert_eq!(e[0].1.aliases, ["J. Roe", "Roe"]);
        assert_eq!(e[0].1.id, "Q1");
        assert_eq!(e[1].0, 4);
        assert_eq!(e[1].1.label, Label::Organisation);
        assert_eq!(e[1].1.canonical, "Acme, Inc.");
        assert!(e[1].1.aliases.is_empty());
    }

    #[test]
    fn errors_name_path_and_line() {
        let table = [
            (
                "type,canonical\nperson,A\npersn,B\n",
                "t.csv:3: unknown type \"persn\"",
            ),
            (
                "type,canonical\nperson,\n",
                "t.csv:2: the canonical name is empty",
            ),
            (
                "type,canonical\nperson,A,extra\n",
                "t.csv:2: expected 2 fields",
            ),
            ("name,alias\nx,y\n", "t.csv:1: the header must name"),
            ("type,canonical\ndate,Heute\n", "t.csv:2: type \"date\""),
        ];
        for (csv, want) in table {
            let got = read(csv).unwrap_err().to_string();
            assert!(got.starts_with(want), "{csv:?}: got {got:?}, want {want:?}");
        }
        let bad_utf8 = read_rows(&b"type,canonical\nperson,\xff\n"[..], Path::new("t.csv"));
        assert_eq!(
            bad_utf8.unwrap_err().to_string(),
            "t.csv:2: not valid UTF-8"
        );
    }
}
