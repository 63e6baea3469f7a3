//! Loading the user's gazetteer files: [`load`] opens a file, [`parse_reader`] does the work on
//! any reader so that tests never touch the disk.
//!
//! The CSV itself is read by `csv.rs`, the one reader that `build.rs` uses for the built-in
//! files too; this file turns its rows into entries and its errors into the library's
//! [`Error::Gazetteer`], which names the path and the line.

use std::io::Read;
use std::path::Path;

use super::csv::{read_rows, CsvError};
use super::Entry;
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
    let rows = read_rows(reader, path).map_err(gazetteer_error)?;
    Ok(rows.into_iter().map(|r| r.entry).collect())
}

/// The library's error for a malformed file.
fn gazetteer_error(e: CsvError) -> Error {
    Error::Gazetteer {
        path: e.path,
        line: e.line,
        message: e.message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_the_librarys_with_path_and_line() {
        let got = parse_reader(&b"type,canonical\npersn,B\n"[..], Path::new("t.csv"));
        assert!(matches!(got, Err(Error::Gazetteer { line: 2, .. })));
    }
}
