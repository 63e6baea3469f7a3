//! Reading gazetteer CSV files: `type,canonical,aliases,id`.
//!
//! The format (documented in the README and `gazetteers/README.md`): UTF-8 CSV with a header row;
//! lines starting with `#` are comments; `type` and `canonical` are required, `aliases` (separated
//! by `|`) and `id` may be empty or absent; columns may come in any order and extra columns are
//! ignored. [`load`] opens a file, [`parse_reader`] does the work on any reader so that tests never
//! touch the disk. Every error names the path and the line.

use std::io::Read;
use std::path::Path;

use super::{Entry, Label};
use crate::error::{Error, Result};

/// Reads the gazetteer at `path`.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Gazetteer`] (with the line) when it is
/// malformed.
pub fn load(path: &Path) -> Result<Vec<Entry>> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    parse_reader(std::io::BufReader::new(file), path)
}

/// Parses gazetteer CSV from `reader`; `path` is used in error messages only.
///
/// # Errors
/// [`Error::Gazetteer`] naming `path` and the 1-based line of the first malformed record.
///
/// # Examples
/// ```
/// use gazette::gazetteer::load::parse_reader;
/// let csv = "type,canonical,aliases,id\nperson,Jane Roe,J. Roe|Roe-Smith,Q1\n";
/// let entries = parse_reader(csv.as_bytes(), "newsroom.csv".as_ref()).unwrap();
/// assert_eq!(entries[0].aliases, ["J. Roe", "Roe-Smith"]);
/// ```
pub fn parse_reader<R: Read>(reader: R, path: &Path) -> Result<Vec<Entry>> {
    let err = |line: u64, message: String| Error::Gazetteer {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(false)
        .trim(csv::Trim::All)
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
                "the header must name the columns type,canonical,aliases,id (found {:?})",
                headers.iter().collect::<Vec<_>>().join(",")
            ),
        ));
    };
    let aliases_col = column("aliases");
    let id_col = column("id");

    let mut entries = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(err(csv_line(&e).unwrap_or(0), csv_message(&e))),
        }
        let line = record.position().map_or(0, |p| p.line());
        let field = |col: usize| record.get(col).unwrap_or("").trim();
        let label: Label = field(type_col).parse().map_err(|m| err(line, m))?;
        if label == Label::Date {
            return Err(err(
                line,
                "type \"date\" cannot come from a gazetteer: dates are found by rules".into(),
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
        entries.push(Entry {
            label,
            canonical: canonical.to_string(),
            aliases,
            id,
        });
    }
    Ok(entries)
}

fn csv_line(e: &csv::Error) -> Option<u64> {
    e.position().map(|p| p.line())
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields like the header, found {len}"),
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
        csv::ErrorKind::Io(io) => io.to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Vec<Entry>> {
        parse_reader(s.as_bytes(), Path::new("t.csv"))
    }

    #[test]
    fn parses_rows_comments_and_any_column_order() {
        let e = parse(
            "# newsroom list\n\u{feff}id,type,canonical,aliases\nQ1,person,Jane Roe,J. Roe | Roe\n,org,\"Acme, Inc.\",\n",
        )
        .unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].label, Label::Person);
        assert_eq!(e[0].aliases, ["J. Roe", "Roe"]);
        assert_eq!(e[0].id, "Q1");
        assert_eq!(e[1].label, Label::Organisation);
        assert_eq!(e[1].canonical, "Acme, Inc.");
        assert!(e[1].aliases.is_empty());
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
            let got = parse(csv).unwrap_err().to_string();
            assert!(got.starts_with(want), "{csv:?}: got {got:?}, want {want:?}");
        }
    }
}
