//! The JSON printer, for both JSON (one array of document objects, one document per line
//! inside it) and JSON Lines (one document object per line): the two differ only in what goes
//! between and around documents ([`JsonMode`]).
//!
//! Summaries, error records and ids are serialised by serde from the [`wire`](super::wire)
//! structs. The document object's frame (`{"document":…,"entities":[` … `]}`) is written here,
//! so that a large document's mentions can be streamed window by window instead of being held
//! in memory, and so are the mentions themselves: a mention is most of the output, and serde
//! spent 3,000 instructions on each (escaping every key byte by byte), a third of them in the
//! hand-written `write_mention`. Both write exactly what serde_json writes for the same
//! struct ([`MentionRecord`](super::wire::MentionRecord)); the tests compare them.

use std::io::{self, Write};

use super::wire::SummaryRecord;
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
        write_str(w, &doc.name)?;
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
            write_mention(w, m)?;
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

/// Writes `m` as a JSON object: what serde_json writes for its
/// [`MentionRecord`](super::wire::MentionRecord).
fn write_mention<W: Write>(w: &mut W, m: &Mention<'_>) -> io::Result<()> {
    let mut num = itoa::Buffer::new();
    w.write_all(b"{\"type\":")?;
    write_str(w, m.label.as_str())?;
    w.write_all(b",\"text\":")?;
    write_str(w, m.text)?;
    w.write_all(b",\"start\":")?;
    w.write_all(num.format(m.span.start).as_bytes())?;
    w.write_all(b",\"end\":")?;
    w.write_all(num.format(m.span.end).as_bytes())?;
    w.write_all(b",\"char_start\":")?;
    w.write_all(num.format(m.span.char_start).as_bytes())?;
    w.write_all(b",\"char_end\":")?;
    w.write_all(num.format(m.span.char_end).as_bytes())?;
    w.write_all(b",\"canonical\":")?;
    write_str(w, m.canonical)?;
    w.write_all(b",\"id\":")?;
    write_opt_str(w, (!m.id.is_empty()).then_some(m.id))?;
    w.write_all(b",\"country\":")?;
    write_opt_str(w, (!m.country.is_empty()).then_some(m.country))?;
    w.write_all(b",\"value\":")?;
    write_opt_str(w, m.value.as_deref())?;
    w.write_all(b",\"grain\":")?;
    write_opt_str(w, m.date.map(|d| d.grain.as_str()))?;
    w.write_all(b",\"source\":")?;
    write_str(w, m.origin.as_str())?;
    w.write_all(b"}")
}

/// Writes `s`, or `null`.
fn write_opt_str<W: Write>(w: &mut W, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => write_str(w, s),
        None => w.write_all(b"null"),
    }
}

/// Writes `s` as a JSON string, escaped as serde_json escapes it: `"` and `\\`, and the control
/// characters below U+0020 (`\b`, `\t`, `\n`, `\f`, `\r` by name, the others as `\u00xx`);
/// everything else, U+007F and all of non-ASCII included, as it is.
fn write_str<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    let bytes = s.as_bytes();
    let mut start = 0;
    loop {
        let i = next_escape(bytes, start);
        w.write_all(&bytes[start..i])?;
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'"' => w.write_all(b"\\\"")?,
            b'\\' => w.write_all(b"\\\\")?,
            0x08 => w.write_all(b"\\b")?,
            b'\t' => w.write_all(b"\\t")?,
            b'\n' => w.write_all(b"\\n")?,
            0x0c => w.write_all(b"\\f")?,
            b'\r' => w.write_all(b"\\r")?,
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let esc = [
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 0xf)],
                ];
                w.write_all(&esc)?;
            }
        }
        start = i + 1;
    }
    w.write_all(b"\"")
}

/// Whether byte `b` is written escaped in a JSON string.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The index of the first byte from `from` on that [`needs_escape`], or `bytes.len()`. Eight
/// bytes at a time (as the tokenizer reads words): a chunk with no control byte, quote or
/// backslash is passed over with a few arithmetic steps.
fn next_escape(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether any byte of `x` is zero (exact as to whether, not as to which).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_ne_bytes(chunk.try_into().expect("eight bytes"));
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS != 0;
        if below_space || has_zero(x ^ (ONES * u64::from(b'"'))) || has_zero(x ^ (ONES * 0x5c)) {
            break;
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| needs_escape(b))
        .map_or(bytes.len(), |k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Label;
    use crate::output::wire::MentionRecord;
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

    /// Every ASCII character, and some beyond, escaped as serde_json escapes them.
    #[test]
    fn strings_escape_as_serde_does() {
        let mut s: String = (0u8..=0x7f).map(char::from).collect();
        s.push_str("\u{80}\u{a0}\u{e4}\u{2028}\u{2029}\u{fffd}\u{1f600} \\\"x\"\\");
        for text in [s.as_str(), "", "plain", "\"", "\\", "a\nb", "\u{1f}"] {
            let mut got = Vec::new();
            write_str(&mut got, text).unwrap();
            assert_eq!(got, serde_json::to_vec(text).unwrap(), "{text:?}");
        }
    }

    /// A mention with every optional field set is written as serde writes it.
    #[test]
    fn full_mention_equals_serde_output() {
        use crate::dates::{DateInfo, DateYear, Grain};
        let m = Mention {
            label: Label::Date,
            span: Span {
                start: 12_345_678_901,
                end: 12_345_678_911,
                char_start: 9,
                char_end: 10,
            },
            text: "3.\tOktober",
            canonical: "3. Oktober",
            id: "Q\\1",
            country: "DE",
            value: Some("2024-10-03".to_string()),
            date: Some(DateInfo {
                grain: Grain::Day,
                year: DateYear::Wants,
            }),
            origin: Origin::DateRule,
        };
        let mut got = Vec::new();
        write_mention(&mut got, &m).unwrap();
        assert_eq!(
            String::from_utf8(got).unwrap(),
            serde_json::to_string(&MentionRecord::from(&m)).unwrap()
        );
    }
}
