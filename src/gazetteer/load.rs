//! Loading the user's gazetteer files: [`load`] opens a CSV file, [`parse_reader`] does the work
//! on any reader so that tests never touch the disk; [`open`] takes a CSV or a compiled file
//! and returns the compiled gazetteer, [`compile`] turns a CSV file into a compiled one.
//!
//! The CSV itself is read by `csv.rs`, the one reader that `build.rs` uses for the built-in
//! files too; this file turns its rows into entries and its errors into the library's
//! [`Error::Gazetteer`], which names the path and the line. It also says, as [`Warning`]s, what
//! in a file loads but will not do what its author may mean (see [`load_with_warnings`]); the
//! caller decides how to show them.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use super::compile::{case_rule, user_case_rule, CaseMode};
use super::csv::{read_rows, LineMessage, Row};
use super::{is_common_word, Entry, Gazetteer};
use crate::error::{Error, Result};
use crate::token::{normalise_key, tokenize, TokenKind};

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
    let rows = read_rows(reader, path).map_err(gazetteer_error)?;
    Ok(rows.into_iter().map(|r| r.entry).collect())
}

/// Something in a gazetteer file that loads but may not do what its author meant: the path, the
/// line of the row and what the row does (the same shape as the errors of the CSV reader).
pub use super::csv::LineMessage as Warning;

/// A gazetteer file's entries and the warnings about them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The entries, in the file's order.
    pub entries: Vec<Entry>,
    /// What may not do what its author meant, in the file's order.
    pub warnings: Vec<Warning>,
}

/// Reads the gazetteer at `path`, with warnings (see [`parse_reader_with_warnings`]).
///
/// # Errors
/// As [`load`].
pub fn load_with_warnings(path: &Path) -> Result<Loaded> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    parse_reader_with_warnings(std::io::BufReader::new(file), path)
}

/// Parses gazetteer CSV from `reader` like [`parse_reader`], and warns, naming the line, about
/// aliases that [`Gazetteer::from_entries`] matches only as written (words of one to three
/// letters such as "the", "die", "X") or only when capitalised (common words such as
/// "turkey"), aliases that can never match (starting with punctuation, or without a word), and
/// rows that share an alias with an earlier row of another id (the earlier row wins).
///
/// # Errors
/// As [`parse_reader`].
///
/// # Examples
/// ```
/// use gazette::gazetteer::load::parse_reader_with_warnings;
/// let csv = "type,canonical,aliases,id\norganisation,Die Zeit,die|.Zeit,Q1\n";
/// let loaded = parse_reader_with_warnings(csv.as_bytes(), "n.csv".as_ref()).unwrap();
/// assert_eq!(loaded.warnings.len(), 2);
/// assert!(loaded.warnings[0].to_string().starts_with("n.csv:2: alias \"die\""));
/// ```
pub fn parse_reader_with_warnings<R: Read>(reader: R, path: &Path) -> Result<Loaded> {
    let rows = read_rows(reader, path).map_err(gazetteer_error)?;
    let warnings = warnings(&rows, path);
    Ok(Loaded {
        entries: rows.into_iter().map(|r| r.entry).collect(),
        warnings,
    })
}

/// The warnings about `rows` (see [`parse_reader_with_warnings`]).
fn warnings(rows: &[Row], path: &Path) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |line: u64, message: String| {
        out.push(Warning {
            path: path.to_path_buf(),
            line,
            message,
        })
    };
    // Key → the row that has it first. Rows of one entity (the same id) may share keys. Keyed by
    // the key itself, not its token hash: that hash collides for similar keys of 9 to 16 bytes
    // ("k . nerkari", "k . nersaru"), 12 times among the 533,485 keys of the load benchmark.
    let mut first_row: HashMap<String, usize> = HashMap::new();
    let mut tokens = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let e = &row.entry;
        // The earlier rows this one clashes with, each with one alias as an example.
        let mut clashes: Vec<(usize, &str)> = Vec::new();
        for alias in std::iter::once(&e.canonical).chain(&e.aliases) {
            tokens.clear();
            tokenize(alias, &mut tokens);
            match tokens.first().map(|t| t.kind) {
                None => {
                    warn(
                        row.line,
                        format!("alias {alias:?} has no word and never matches"),
                    );
                    continue;
                }
                Some(TokenKind::Punct) => warn(
                    row.line,
                    format!("alias {alias:?} starts with punctuation and never matches"),
                ),
                Some(_) => {}
            }
            let key = normalise_key(alias);
            let common = is_common_word(&key);
            let builtin = case_rule(alias, false).0;
            let capitalised = alias.chars().next().is_some_and(char::is_uppercase);
            match user_case_rule(alias, common).0 {
                CaseMode::AsWritten if builtin != CaseMode::AsWritten => warn(
                    row.line,
                    format!("alias {alias:?} is a word of three letters or fewer: matched only as written"),
                ),
                CaseMode::Capitalised if builtin == CaseMode::Any && !capitalised => warn(
                    row.line,
                    format!("alias {alias:?} is a common word: matched only when capitalised"),
                ),
                _ => {}
            }
            let first = *first_row.entry(key).or_insert(r);
            if first != r && rows[first].entry.id != e.id && !clashes.iter().any(|c| c.0 == first) {
                clashes.push((first, alias));
            }
        }
        for (first, alias) in clashes {
            let other = &rows[first];
            warn(
                row.line,
                format!(
                    "alias {alias:?} is also on line {} with another id ({:?} there, {:?} here): line {} wins",
                    other.line, other.entry.id, e.id, other.line
                ),
            );
        }
    }
    out
}

/// A gazetteer ready to match, from a CSV or a compiled file, and the warnings about it.
#[derive(Debug)]
pub struct Opened {
    /// The compiled gazetteer.
    pub gazetteer: Gazetteer,
    /// Warnings about the CSV file's rows (none for a compiled file: they were given when it
    /// was compiled).
    pub warnings: Vec<Warning>,
}

/// Opens the gazetteer at `path` for `--gazetteer`: a compiled file (one that starts with the
/// compiled format's magic bytes, see [`Gazetteer::from_bytes`]) or else CSV, read and compiled
/// with warnings.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Compiled`] for a damaged compiled file;
/// [`Error::Gazetteer`] for malformed CSV.
pub fn open(path: &Path) -> Result<Opened> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.starts_with(&super::file::MAGIC) {
        let gazetteer = Gazetteer::from_bytes(&bytes, path)?;
        return Ok(Opened {
            gazetteer,
            warnings: Vec::new(),
        });
    }
    let loaded = parse_reader_with_warnings(&bytes[..], path)?;
    Ok(Opened {
        gazetteer: Gazetteer::from_entries(loaded.entries),
        warnings: loaded.warnings,
    })
}

/// Compiles the CSV gazetteer at `csv` into the compiled file `out` (written whole or not at
/// all, see [`Gazetteer::save`]), for `gazette gazetteer compile`; returns the CSV's warnings.
///
/// # Errors
/// As [`load`] for `csv`; [`Error::Io`] when `out` cannot be written.
pub fn compile(csv: &Path, out: &Path) -> Result<Vec<Warning>> {
    let loaded = load_with_warnings(csv)?;
    Gazetteer::from_entries(loaded.entries).save(out)?;
    Ok(loaded.warnings)
}

/// The library's error for a malformed file.
fn gazetteer_error(e: LineMessage) -> Error {
    Error::Gazetteer {
        path: e.path,
        line: e.line,
        message: e.message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, start of the message) of each warning about `csv`'s rows.
    fn warned(csv: &str) -> Vec<(u64, String)> {
        let csv = format!("type,canonical,aliases,id\n{csv}");
        let loaded = parse_reader_with_warnings(csv.as_bytes(), Path::new("t.csv")).unwrap();
        loaded
            .warnings
            .into_iter()
            .map(|w| (w.line, w.message))
            .collect()
    }

    #[test]
    fn warnings_name_the_line_and_what_the_alias_does() {
        let table: &[(&str, &[(u64, &str)])] = &[
            ("person,Jane Roe,J. Roe,Q1\n", &[]),
            (
                "organisation,X Corp,X|the|die,Q1\n",
                &[
                    (2, "alias \"the\" is a word of three letters or fewer: matched only as written"),
                    (2, "alias \"die\" is a word of three letters or fewer: matched only as written"),
                ],
            ),
            (
                "country,Turkey,turkey,TR\n",
                &[(2, "alias \"turkey\" is a common word: matched only when capitalised")],
            ),
            (
                "organisation,Dotnet,.NET|#MeToo,Q1\n",
                &[
                    (2, "alias \".NET\" starts with punctuation and never matches"),
                    (2, "alias \"#MeToo\" starts with punctuation and never matches"),
                ],
            ),
            ("person,Jane Roe,\u{1},Q1\n", &[(2, "alias \"\\u{1}\" has no word")]),
            (
                "person,Jane Roe,Roe-Smith,Q1\nperson,Jane Roe,,Q1\nperson,Jane Smith,Roe-Smith|JANE ROE,Q2\n",
                &[(
                    4,
                    "alias \"Roe-Smith\" is also on line 2 with another id (\"Q1\" there, \"Q2\" here): line 2 wins",
                )],
            ),
        ];
        for (csv, want) in table {
            let got = warned(csv);
            assert_eq!(got.len(), want.len(), "{csv:?}: {got:?}");
            for ((line, message), (want_line, want_message)) in got.iter().zip(want.iter()) {
                assert_eq!(line, want_line, "{csv:?}");
                assert!(message.starts_with(want_message), "{csv:?}: {message:?}");
            }
        }
    }

    #[test]
    fn short_and_common_aliases_of_users_need_their_case() {
        let csv =
            "type,canonical,aliases,id\norganisation,X Corp,X|the,Q1\ncountry,Turkey,turkey,TR\n";
        let entries = parse_reader(csv.as_bytes(), Path::new("t.csv")).unwrap();
        let e = crate::ExtractorBuilder::new()
            .builtin(false)
            .gazetteer(Gazetteer::from_entries(entries))
            .build();
        let text = "x und X, the The THE, turkey Turkey.";
        let found: Vec<_> = e.extract(text, None).iter().map(|m| m.text).collect();
        assert_eq!(found, ["X", "the", "Turkey"]);
    }

    #[test]
    fn errors_are_the_librarys_with_path_and_line() {
        let got = parse_reader(&b"type,canonical\npersn,B\n"[..], Path::new("t.csv"));
        assert!(matches!(got, Err(Error::Gazetteer { line: 2, .. })));
    }
}
