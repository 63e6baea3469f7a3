//! The JSON printer (one array of document objects, one document per line inside it) and the
//! JSON Lines printer (one document object per line).
//!
//! Every value (names, ids, mentions) is serialised by serde from the [`wire`](super::wire)
//! structs. Only the document object's frame (`{"document":…,"entities":[` … `]}`) is written
//! here, so that a large document's mentions can be streamed window by window instead of being
//! held in memory; the frame is exactly what serde_json writes for the same struct.

use std::io::{self, Write};

use super::wire::MentionRecord;
use super::Document;
use crate::span::Mention;

/// Writes the start of a document object, up to the opening `[` of its entities.
fn begin_object<W: Write>(w: &mut W, doc: &Document) -> io::Result<()> {
    w.write_all(b"{\"document\":")?;
    serde_json::to_writer(&mut *w, &doc.name)?;
    if let Some(id) = &doc.id {
        w.write_all(b",\"id\":")?;
        serde_json::to_writer(&mut *w, id)?;
    }
    w.write_all(b",\"entities\":[")
}

/// Writes mentions as array elements; `written` counts the elements already in the array.
fn elements<W: Write>(w: &mut W, mentions: &[Mention<'_>], written: &mut usize) -> io::Result<()> {
    for m in mentions {
        if *written > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, &MentionRecord::from(m))?;
        *written += 1;
    }
    Ok(())
}

/// Writes the record of a document that could not be read (`--on-error record`).
pub fn error_record<W: Write>(w: &mut W, doc: &Document, message: &str) -> io::Result<()> {
    let record = super::wire::ErrorRecord {
        document: &doc.name,
        error: message,
        entities: [],
    };
    Ok(serde_json::to_writer(w, &record)?)
}

/// Writes `[`, then documents separated by `,` on their own lines, then `]`.
#[derive(Debug, Default)]
pub struct JsonPrinter;

impl JsonPrinter {
    /// Opens the array.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"[")
    }

    /// Writes what goes before document number `index` (0-based): a comma after the first.
    pub fn separator<W: Write>(&self, w: &mut W, index: usize) -> io::Result<()> {
        w.write_all(if index == 0 { b"\n" } else { b",\n" })
    }

    /// Opens a document object.
    pub fn begin_document<W: Write>(&self, w: &mut W, doc: &Document) -> io::Result<()> {
        begin_object(w, doc)
    }

    /// Writes some of a document's mentions; `written` counts those already written.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        mentions: &[Mention<'_>],
        written: &mut usize,
    ) -> io::Result<()> {
        elements(w, mentions, written)
    }

    /// Closes a document object.
    pub fn end_document<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"]}")
    }

    /// Closes the array after `count` documents.
    pub fn finish<W: Write>(&self, w: &mut W, count: usize) -> io::Result<()> {
        w.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })
    }
}

/// Writes one document object per line.
#[derive(Debug, Default)]
pub struct JsonlPrinter;

impl JsonlPrinter {
    /// Opens a document object.
    pub fn begin_document<W: Write>(&self, w: &mut W, doc: &Document) -> io::Result<()> {
        begin_object(w, doc)
    }

    /// Writes some of a document's mentions; `written` counts those already written.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        mentions: &[Mention<'_>],
        written: &mut usize,
    ) -> io::Result<()> {
        elements(w, mentions, written)
    }

    /// Closes a document object and its line.
    pub fn end_document<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"]}\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Label;
    use crate::span::{Source, Span};

    /// The hand-written frame must be what serde_json writes for the same struct.
    #[test]
    fn frame_equals_serde_output() {
        #[derive(serde::Serialize)]
        struct Doc<'a> {
            document: &'a str,
            id: &'a serde_json::Value,
            entities: Vec<MentionRecord<'a>>,
        }
        let m = Mention {
            label: Label::Country,
            span: Span {
                start: 0,
                end: 2,
                char_start: 0,
                char_end: 2,
            },
            text: "\"X",
            canonical: "Ex\u{e4}",
            id: "",
            value: None,
            source: Source::Gazetteer,
        };
        let id = serde_json::json!({"a": [1, "b"]});
        let doc = Document {
            id: Some(id.clone()),
            ..Document::new("dir/\"a\".txt", "")
        };
        let mut got = Vec::new();
        let mut n = 0;
        begin_object(&mut got, &doc).unwrap();
        elements(&mut got, std::slice::from_ref(&m), &mut n).unwrap();
        elements(&mut got, std::slice::from_ref(&m), &mut n).unwrap();
        got.extend_from_slice(b"]}");
        let want = serde_json::to_vec(&Doc {
            document: &doc.name,
            id: &id,
            entities: vec![MentionRecord::from(&m), MentionRecord::from(&m)],
        })
        .unwrap();
        assert_eq!(
            String::from_utf8(got).unwrap(),
            String::from_utf8(want).unwrap()
        );
    }
}
