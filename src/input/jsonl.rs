//! JSON Lines input: one document per line, as a JSON object with a text field and optional id
//! and reference-date fields (`--text-field`, `--id-field`, `--date-field`).

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

/// Parses one line (`line_no` is 1-based, for errors and for the document's name,
/// `path:line_no`). The document's id is the id field's value, if present; its reference date
/// the date field's, if present and not null.
///
/// # Errors
/// [`Error::JsonLine`] naming `path` and the line when the line is not a JSON object, has no
/// string text field, or has a date field that is not a date.
pub fn parse_line(
    line: &[u8],
    fields: &JsonlFields,
    path: &Path,
    line_no: u64,
) -> Result<Document> {
    let err = |message: String| Error::JsonLine {
        path: path.to_path_buf(),
        line: line_no,
        message,
    };
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
    let reference = match fields.date.as_ref().and_then(|f| obj.remove(f)) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(parse_date_prefix(&s).ok_or_else(|| {
            err(format!(
                "field {:?} is not a date (YYYY-MM-DD): {s:?}",
                fields.date.as_deref().unwrap_or("")
            ))
        })?),
        Some(v) => return Err(err(format!("date field is not a string: {v}"))),
    };
    Ok(Document {
        name: format!("{}:{line_no}", path.display()),
        id,
        reference,
        language: None,
        text,
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

    fn parse(line: &str) -> Result<Document> {
        let fields = JsonlFields {
            date: Some("date".into()),
            ..JsonlFields::default()
        };
        parse_line(line.as_bytes(), &fields, Path::new("in.jsonl"), 7)
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
            (
                r#"{"text": "x", "date": "13.12.2025"}"#,
                "in.jsonl:7: field \"date\" is not a date",
            ),
        ];
        for (line, want) in table {
            let got = parse(line).unwrap_err().to_string();
            assert!(got.starts_with(want), "{line}: {got}");
        }
    }
}
