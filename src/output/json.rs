//! The JSON printer, for both JSON (one array of document objects, one document per line
//! inside it) and JSON Lines (one document object per line): the two differ only in what goes
//! between and around documents ([`JsonMode`]).
//!
//! Every value (names, ids, mentions) is serialised by serde from the [`wire`](super::wire)
//! structs. Only the document object's frame (`{"document":…,"entities":[` … `]}`) is written
//! here, so that a large document's mentions can be streamed window by window instead of being
//! held in memory; the frame is exactly what serde_json writes for the same struct.

use std::io::{self, Write};

use super::wire::{MentionRecord, SummaryRecord};
use super::Document;
use crate::span::Mention;
use crate::summary::EntitySummary;

/// Whether documents go in one array or one a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonMode {
    /// `[`, then documents separated by `,` on their own lines, then `]` (`--format json`).
    Array,
    /// One document object per line (`--format jsonl`).
    Lines,
}

/// Writes documents as JSON objects, in an array or one a line.
#[derive(Debug)]
pub struct JsonPrinter {
    mode: JsonMode,
}

impl JsonPrinter {
    /// A printer of the given mode.
    pub fn new(mode: JsonMode) -> JsonPrinter {
        JsonPrinter { mode }
    }

    /// Opens the array.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        match self.mode {
            JsonMode::Array => w.write_all(b"["),
            JsonMode::Lines => Ok(()),
        }
    }

    /// Writes what goes before document number `index` (0-based): in an array, a line break,
    /// after a comma from the second on.
    pub fn separator<W: Write>(&self, w: &mut W, index: usize) -> io::Result<()> {
        match self.mode {
            JsonMode::Array => w.write_all(if index == 0 { b"\n" } else { b",\n" }),
            JsonMode::Lines => Ok(()),
        }
    }

    /// Writes one document's summary: `{"document", "id"?, "summary": [...]}`.
    pub fn summary<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        records: &[EntitySummary],
    ) -> io::Result<()> {
        w.write_all(b"{\"document\":")?;
        serde_json::to_writer(&mut *w, &doc.name)?;
        if let Some(id) = &doc.id {
            w.write_all(b",\"id\":")?;
            serde_json::to_writer(&mut *w, id)?;
        }
        w.write_all(b",\"summary\":")?;
        let records: Vec<SummaryRecord> = records.iter().map(SummaryRecord::from).collect();
        serde_json::to_writer(&mut *w, &records)?;
        w.write_all(b"}")?;
        self.end_line(w)
    }

    /// Opens a document object, up to the opening `[` of its entities.
    pub fn begin_document<W: Write>(&self, w: &mut W, doc: &Document) -> io::Result<()> {
        w.write_all(b"{\"document\":")?;
        serde_json::to_writer(&mut *w, &doc.name)?;
        if let Some(id) = &doc.id {
            w.write_all(b",\"id\":")?;
            serde_json::to_writer(&mut *w, id)?;
        }
        w.write_all(b",\"entities\":[")
    }

    /// Writes mentions as array elements; `written` counts the elements already in the array.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        mentions: &[Mention<'_>],
        written: &mut usize,
    ) -> io::Result<()> {
        for m in mentions {
            if *written > 0 {
                w.write_all(b",")?;
            }
            serde_json::to_writer(&mut *w, &MentionRecord::from(m))?;
            *written += 1;
        }
        Ok(())
    }

    /// Closes a document object (and its line).
    pub fn end_document<W: Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"]}")?;
        self.end_line(w)
    }

    /// Writes the record of a document that could not be read (`--on-error record`).
    pub fn error_record<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        message: &str,
    ) -> io::Result<()> {
        let record = super::wire::ErrorRecord {
            document: &doc.name,
            error: message,
            entities: [],
        };
        serde_json::to_writer(&mut *w, &record)?;
        self.end_line(w)
    }

    /// Closes the array after `count` documents.
    pub fn finish<W: Write>(&self, w: &mut W, count: usize) -> io::Result<()> {
        match self.mode {
            JsonMode::Array => w.write_all(if count == 0 { b"]\n" } else { b"\n]\n" }),
            JsonMode::Lines => Ok(()),
        }
    }

    /// Ends a document's line in JSON Lines.
    fn end_line<W: Write>(&self, w: &mut W) -> io::Result<()> {
        match self.mode {
            JsonMode::Array => Ok(()),
            JsonMode::Lines => w.write_all(b"\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Label;
    use crate::span::{Origin, Span};

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
            country: "",
            value: None,
            date: None,
            origin: Origin::Gazetteer,
        };
        let id = serde_json::json!({"a": [1, "b"]});
        let doc = Document {
            id: Some(id.clone()),
            ..Document::new("dir/\"a\".txt", "")
        };
        let mut got = Vec::new();
        let mut n = 0;
        let p = JsonPrinter::new(JsonMode::Array);
        p.begin_document(&mut got, &doc).unwrap();
        p.mentions(&mut got, std::slice::from_ref(&m), &mut n)
            .unwrap();
        p.mentions(&mut got, std::slice::from_ref(&m), &mut n)
            .unwrap();
        p.end_document(&mut got).unwrap();
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
