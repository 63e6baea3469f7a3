//! The CSV and TSV printer: a header row, then one row per mention, quoted by the `csv` crate's
//! rules.
//!
//! Columns: `document,type,text,canonical,id,value,start,end,char_start,char_end`. A document
//! without mentions has no rows. For JSON Lines input the `document` column holds the line's id
//! when it has one, else `path:line`.
//!
//! The header goes through a `csv::Writer`. Rows are put together here from fields that are
//! either quoted by `csv_core` (the engine inside `csv::Writer`, so with the same rule: quote a
//! field holding the delimiter, a quote or a line break, doubling its quotes) or never need it:
//! the type label and the four offsets. Writing rows through a `csv::Writer`, with its state
//! kept per field, took about 2,100 instructions a row (callgrind, German news); this takes 800
//! for the same bytes.

use std::io::{self, Write};

use super::Document;
use crate::span::Mention;

/// The header row.
pub const COLUMNS: [&str; 10] = [
    "document",
    "type",
    "text",
    "canonical",
    "id",
    "value",
    "start",
    "end",
    "char_start",
    "char_end",
];

/// The I/O error inside a `csv::Error`, with its kind kept (a closed pipe must stay a
/// `BrokenPipe` for the caller to end quietly).
fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes mentions as delimited rows (`,` for CSV, tab for TSV).
#[derive(Debug)]
pub struct CsvPrinter {
    delimiter: u8,
    /// Used only for its quoting rule and settings; it writes nothing itself. Boxed: its
    /// 256-byte table of bytes that need quotes would make every [`super::Printer`] that large.
    core: Box<csv_core::Writer>,
}

impl CsvPrinter {
    /// A printer with the given field delimiter.
    pub fn new(delimiter: u8) -> CsvPrinter {
        // `csv::WriterBuilder`'s defaults: quote only where necessary, `"` doubled, `\n` ends
        // a record.
        let core = csv_core::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv_core::Terminator::Any(b'\n'))
            .build();
        CsvPrinter {
            delimiter,
            core: Box::new(core),
        }
    }

    /// Writes the header row.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        let mut wtr = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .from_writer(w);
        wtr.write_record(COLUMNS).map_err(into_io)?;
        wtr.flush()
    }

    /// Appends `field` to `row`, quoted if it needs to be.
    fn push_field(&self, row: &mut Vec<u8>, field: &str) {
        let field = field.as_bytes();
        if !self.core.should_quote(field) {
            row.extend_from_slice(field);
            return;
        }
        // Room for the worst case: every byte a quote (doubled), and the enclosing quotes.
        let start = row.len();
        row.resize(start + 2 * field.len() + 2, 0);
        let quote = self.core.get_quote();
        row[start] = quote;
        let (_, _, n) = csv_core::quote(
            field,
            &mut row[start + 1..],
            quote,
            self.core.get_escape(),
            self.core.get_double_quote(),
        );
        row[start + 1 + n] = quote;
        row.truncate(start + n + 2);
    }

    /// Writes one row per mention of `doc`.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        if mentions.is_empty() {
            return Ok(());
        }
        let id_text;
        let name = match &doc.id {
            Some(serde_json::Value::String(s)) => s.as_str(),
            Some(v) => {
                id_text = v.to_string();
                id_text.as_str()
            }
            None => &doc.name,
        };
        // Every row starts with the document's name: quote it once.
        let mut row = Vec::with_capacity(256);
        self.push_field(&mut row, name);
        row.push(self.delimiter);
        let prefix = row.len();
        let mut num = itoa::Buffer::new();
        for m in mentions {
            row.truncate(prefix);
            // Labels are lower-case ASCII words: never quoted.
            row.extend_from_slice(m.label.as_str().as_bytes());
            for field in [m.text, m.canonical, m.id, m.value.as_deref().unwrap_or("")] {
                row.push(self.delimiter);
                self.push_field(&mut row, field);
            }
            for n in [m.span.start, m.span.end, m.span.char_start, m.span.char_end] {
                row.push(self.delimiter);
                row.extend_from_slice(num.format(n).as_bytes());
            }
            row.push(b'\n');
            w.write_all(&row)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Source, Span};
    use crate::Label;

    /// What a `csv::Writer` with the printer's settings writes for the same rows.
    fn with_csv_writer(delimiter: u8, name: &str, mentions: &[Mention<'_>]) -> Vec<u8> {
        let mut wtr = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_writer(Vec::new());
        for m in mentions {
            let nums = [m.span.start, m.span.end, m.span.char_start, m.span.char_end]
                .map(|n| n.to_string());
            wtr.write_record([
                name,
                m.label.as_str(),
                m.text,
                m.canonical,
                m.id,
                m.value.as_deref().unwrap_or(""),
                &nums[0],
                &nums[1],
                &nums[2],
                &nums[3],
            ])
            .unwrap();
        }
        wtr.into_inner().unwrap()
    }

    #[test]
    fn rows_are_what_csv_writer_writes() {
        let texts = [
            "Berlin",
            "",
            "a,b",
            "tab\there",
            "say \"hi\"",
            "line\nbreak",
            "cr\rhere",
            "\"",
            "Zürich, \"ÄÖÜ\"",
        ];
        let mut mentions = Vec::new();
        for (i, &text) in texts.iter().enumerate() {
            mentions.push(Mention {
                label: Label::Country,
                span: Span {
                    start: i,
                    end: i + 10,
                    char_start: i,
                    char_end: i + 1_000_000,
                },
                text,
                canonical: texts[texts.len() - 1 - i],
                id: text,
                value: Some(text.to_owned()),
                source: Source::Gazetteer,
            });
        }
        for delimiter in [b',', b'\t'] {
            for name in ["doc.txt", "a,b.txt", "tab\t.txt", "\"q\".txt"] {
                let mut got = Vec::new();
                CsvPrinter::new(delimiter)
                    .mentions(&mut got, &Document::new(name, ""), &mentions)
                    .unwrap();
                let want = with_csv_writer(delimiter, name, &mentions);
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want).unwrap()
                );
            }
        }
    }
}
