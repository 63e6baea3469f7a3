//! JSON Lines input: one document per line, as a JSON object with a text field and optional id
//! and reference-date fields (`--text-field`, `--id-field`, `--date-field`).
//!
//! Every line gives a document, so that the output has one line per input line: a UTF-8 byte
//! order mark before the first line is skipped, an empty line is an empty document, and a date
//! field that is not a date is a [`Line::warning`] (the document is read without a reference
//! date). Only a line that is not a JSON object with a string text field is an error.

use std::path::Path;

use jiff::civil::Date;
use serde_json::Value;

use crate::document::Document;
use crate::error::{Error, Result};

/// The names of the fields to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonlFields {
    /// The field holding the document's text (default `text`).
    pub text: String,
    /// The field holding the document's id (default `id`); missing is fine.
    pub id: String,
    /// The field holding the document's reference date (`YYYY-MM-DD`, or a timestamp that starts
    /// with one); missing is fine.
    pub date: Option<String>,
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            text: "text".into(),
            id: "id".into(),
            date: None,
        }
    }
}

/// A line read: its document, and what was wrong with it that did not stop it being read.
#[derive(Debug)]
pub struct Line {
    /// The document.
    pub document: Document,
    /// A date field that is not a date ([`Error::JsonLine`]): the document has no reference
    /// date.
    pub warning: Option<Error>,
}

/// The UTF-8 byte order mark, which some tools write before the first line.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses one line (`line_no` is 1-based, for errors and for the document's name,
/// `path:line_no`). The document's id is the id field's value, if present; its reference date
/// the date field's, if present and not null. A line of white space is an empty document.
///
/// # Errors
/// [`Error::JsonLine`] naming `path` and the line when the line is not a JSON object or has no
/// string text field.
pub fn parse_line(line: &[u8], fields: &JsonlFields, path: &Path, line_no: u64) -> Result<Line> {
    let err = |message: String| Error::JsonLine {
        path: path.to_path_buf(),
        line: line_no,
        message,
    };
    let name = format!("{}:{line_no}", path.display());
    let line = if line_no == 1 {
        line.strip_prefix(BOM).unwrap_or(line)
    } else {
        line
    };
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(Line {
            document: Document::new(name, ""),
            warning: None,
        });
    }
    // The line is validated as UTF-8 at once with simdutf8 and parsed as a `str`, which spares
    // serde_json validating every string on its own (4 % of a JSON Lines run); invalid UTF-8
    // goes to `from_slice` for its error message.
    let value: Value = match simdutf8::basic::from_utf8(line) {
        Ok(line) => serde_json::from_str(line),
        Err(_) => serde_json::from_slice(line),
    }
    .map_err(|e| err(format!("not valid JSON: {e}")))?;
    let Value::Object(mut obj) = value else {
        return Err(err("expected a JSON object".into()));
    };
    let text = match obj.remove(&fields.text) {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => {
            return Err(err(format!("no text field {:?}", fields.text)));
        }
        Some(_) => return Err(err(format!("field {:?} is not a string", fields.text))),
    };
    let id = obj.remove(&fields.id).filter(|v| !v.is_null());
    let field = fields.date.as_deref().unwrap_or("");
    let (reference, warning) = match fields.date.as_ref().and_then(|f| obj.remove(f)) {
        None | Some(Value::Null) => (None, None),
        Some(Value::String(s)) => match parse_date_prefix(&s) {
            Some(date) => (Some(date), None),
            None => (
                None,
                Some(format!("field {field:?} is not a date (YYYY-MM-DD): {s:?}")),
            ),
        },
        Some(v) => (
            None,
            Some(format!("field {field:?} is not a date string: {v}")),
        ),
    };
    Ok(Line {
        document: Document {
            name,
            id,
            reference,
            language: None,
            text,
        },
        warning: warning.map(|w| err(format!("{w}; read without a reference date"))),
    })
}

/// Parses `YYYY-MM-DD`, or the date part of a timestamp such as `2025-12-13T08:00:00Z`.
pub fn parse_date_prefix(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    if s.len() > 10 && !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
        return None;
    }
    head.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_at(line: &str, line_no: u64) -> Result<Line> {
        let fields = JsonlFields {
            date: Some("date".into()),
            ..JsonlFields::default()
        };
        parse_line(line.as_bytes(), &fields, Path::new("in.jsonl"), line_no)
    }

    fn parse(line: &str) -> Result<Document> {
        let line = parse_at(line, 7)?;
        assert!(line.warning.is_none());
        Ok(line.document)
    }

    #[test]
    fn a_bom_on_the_first_line_is_skipped_and_empty_lines_are_documents() {
        let first = parse_at("\u{feff}{\"text\": \"Berlin\"}", 1).unwrap();
        assert_eq!(first.document.text, "Berlin");
        assert!(parse_at("\u{feff}{\"text\": \"Berlin\"}", 2).is_err());
        for blank in ["", "\n", "  \r\n"] {
            let d = parse_at(blank, 3).unwrap().document;
            assert_eq!(
                (d.name.as_str(), d.text.as_str(), d.id),
                ("in.jsonl:3", "", None)
            );
        }
    }

    #[test]
    fn a_bad_date_warns_and_the_document_is_read_without_one() {
        for date in ["\"2020-02-30\"", "\"yesterday\"", "20200101", "true"] {
            let line = parse_at(&format!("{{\"text\": \"x\", \"date\": {date}}}"), 4).unwrap();
            assert_eq!(line.document.text, "x");
            assert_eq!(line.document.reference, None);
            let warning = line.warning.expect("a warning").to_string();
            assert!(
                warning.starts_with("in.jsonl:4: field \"date\" is not a date"),
                "{warning}"
            );
        }
    }

    #[test]
    fn reads_text_id_and_date() {
        let d = parse(r#"{"id": 42, "text": "Berlin", "date": "2025-12-13T08:00:00Z"}"#).unwrap();
        assert_eq!(d.text, "Berlin");
        assert_eq!(d.name, "in.jsonl:7");
        assert_eq!(d.id, Some(Value::from(42)));
        assert_eq!(d.reference, Some(jiff::civil::date(2025, 12, 13)));
    }

    #[test]
    fn errors_name_path_and_line() {
        let table = [
            ("{", "in.jsonl:7: not valid JSON"),
            ("[1]", "in.jsonl:7: expected a JSON object"),
            (r#"{"body": "x"}"#, "in.jsonl:7: no text field \"text\""),
            (
                r#"{"text": 3}"#,
                "in.jsonl:7: field \"text\" is not a string",
            ),
        ];
        for (line, want) in table {
            let got = parse(line).unwrap_err().to_string();
            assert!(got.starts_with(want), "{line}: {got}");
        }
    }
}
