//! The CSV and TSV printer: a header row, then one row per mention, through the `csv` crate.
//!
//! Columns: `document,type,text,canonical,id,value,start,end,char_start,char_end`. A document
//! without mentions has no rows. For JSON Lines input the `document` column holds the line's id
//! when it has one, else `path:line`.

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
}

impl CsvPrinter {
    /// A printer with the given field delimiter.
    pub fn new(delimiter: u8) -> CsvPrinter {
        CsvPrinter { delimiter }
    }

    fn writer<W: Write>(&self, w: W) -> csv::Writer<W> {
        csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .buffer_capacity(4096)
            .from_writer(w)
    }

    /// Writes the header row.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        let mut wtr = self.writer(w);
        wtr.write_record(COLUMNS).map_err(into_io)?;
        wtr.flush()
    }

    /// Writes one row per mention of `doc`.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        doc: &Document<'_>,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        if mentions.is_empty() {
            return Ok(());
        }
        let id_text;
        let name = match doc.id {
            Some(serde_json::Value::String(s)) => s.as_str(),
            Some(v) => {
                id_text = v.to_string();
                id_text.as_str()
            }
            None => doc.name,
        };
        let mut wtr = self.writer(w);
        let mut nums = [
            itoa::Buffer::new(),
            itoa::Buffer::new(),
            itoa::Buffer::new(),
            itoa::Buffer::new(),
        ];
        for m in mentions {
            let [a, b, c, d] = &mut nums;
            wtr.write_record([
                name,
                m.label.as_str(),
                m.text,
                m.canonical,
                m.id,
                m.value.as_deref().unwrap_or(""),
                a.format(m.span.start),
                b.format(m.span.end),
                c.format(m.span.char_start),
                d.format(m.span.char_end),
            ])
            .map_err(into_io)?;
        }
        wtr.flush()
    }
}
