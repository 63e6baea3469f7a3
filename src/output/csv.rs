//! The CSV and TSV printer: a header row, then one row per mention. CSV is quoted by the `csv`
//! crate's rules; TSV is never quoted: a backslash, tab, line feed, carriage return or NUL in a
//! field is written `\\`, `\t`, `\n`, `\r`, `\0`, so that every row is one line.
//!
//! In spreadsheet-safe mode (`--spreadsheet-safe`), a cell that begins with `=`, `+`, `-`, `@`,
//! a tab or a carriage return gets a leading `'`, so that a spreadsheet shows it as text
//! instead of running it as a formula (OWASP's rule for CSV injection). It is off by default:
//! cells are then exact copies of the text, as programs reading the output expect.
//!
//! Columns: `document,type,text,canonical,id,value,start,end,char_start,char_end,country,grain`. A document
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
use crate::summary::EntitySummary;

/// The header row.
pub const COLUMNS: [&str; 12] = [
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
    "country",
    "grain",
];

/// The header row of `--summary`: one row per entity, its forms joined by ` | `.
pub const SUMMARY_COLUMNS: [&str; 8] = [
    "document",
    "type",
    "canonical",
    "id",
    "count",
    "start",
    "char_start",
    "forms",
];

/// The I/O error inside a `csv::Error`, with its kind kept (a closed pipe must stay a
/// `BrokenPipe` for the caller to end quietly).
fn into_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// How a field with special bytes is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EscapeMode {
    /// In double quotes, as the `csv` crate does (CSV).
    Quote,
    /// With backslash escapes, never over two lines (TSV).
    Backslash,
}

/// Writes mentions as delimited rows (`,` for CSV, tab for TSV).
#[derive(Debug)]
pub struct CsvPrinter {
    delimiter: u8,
    escape: EscapeMode,
    /// Whether cells that a spreadsheet would run as formulas get a leading `'`.
    spreadsheet_safe: bool,
    /// Whether rows are entities (`--summary`) rather than mentions.
    summary: bool,
    /// Whether the header row is written (not with `--no-header`).
    header: bool,
    /// Used only for its quoting rule and settings; it writes nothing itself. Boxed: its
    /// 256-byte table of bytes that need quotes would make every [`super::Printer`] that large.
    core: Box<csv_core::Writer>,
}

impl CsvPrinter {
    /// A TSV printer: tab-separated, fields escaped with backslashes, one line per row.
    pub fn tsv() -> CsvPrinter {
        CsvPrinter {
            escape: EscapeMode::Backslash,
            ..CsvPrinter::new(b'\t')
        }
    }

    /// The same printer, with spreadsheet-safe cells or not (see the module doc).
    pub fn spreadsheet_safe(self, yes: bool) -> CsvPrinter {
        CsvPrinter {
            spreadsheet_safe: yes,
            ..self
        }
    }

    /// The same printer, with or without the header row (`--no-header`).
    pub fn header(self, yes: bool) -> CsvPrinter {
        CsvPrinter {
            header: yes,
            ..self
        }
    }

    /// The same printer, writing one row per entity (`--summary`) or per mention.
    pub fn summary(self, yes: bool) -> CsvPrinter {
        CsvPrinter {
            summary: yes,
            ..self
        }
    }

    /// A printer with the given field delimiter, quoting fields as the `csv` crate does.
    pub fn new(delimiter: u8) -> CsvPrinter {
        // `csv::WriterBuilder`'s defaults: quote only where necessary, `"` doubled, `\n` ends
        // a record.
        let core = csv_core::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv_core::Terminator::Any(b'\n'))
            .build();
        CsvPrinter {
            delimiter,
            escape: EscapeMode::Quote,
            spreadsheet_safe: false,
            summary: false,
            header: true,
            core: Box::new(core),
        }
    }

    /// Writes the header row, unless it is turned off.
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        if !self.header {
            return Ok(());
        }
        let mut wtr = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .from_writer(w);
        if self.summary {
            wtr.write_record(SUMMARY_COLUMNS).map_err(into_io)?;
        } else {
            wtr.write_record(COLUMNS).map_err(into_io)?;
        }
        wtr.flush()
    }

    /// Appends `field` to `row`, quoted or escaped if it needs to be, after a `'` if a
    /// spreadsheet would take it for a formula.
    fn push_field(&self, row: &mut Vec<u8>, field: &str) {
        if self.spreadsheet_safe && field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            return self.push_escaped(row, &format!("'{field}"));
        }
        self.push_escaped(row, field);
    }

    /// Appends `field` to `row`, quoted or escaped if it needs to be.
    fn push_escaped(&self, row: &mut Vec<u8>, field: &str) {
        let field = field.as_bytes();
        if self.escape == EscapeMode::Backslash {
            for &b in field {
                match b {
                    b'\\' => row.extend_from_slice(b"\\\\"),
                    b'\t' => row.extend_from_slice(b"\\t"),
                    b'\n' => row.extend_from_slice(b"\\n"),
                    b'\r' => row.extend_from_slice(b"\\r"),
                    0 => row.extend_from_slice(b"\\0"),
                    _ => row.push(b),
                }
            }
            return;
        }
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

    /// Writes the row of a document that could not be read (`--on-error record`): its name,
    /// the type `error`, the message as the text, and empty cells after it.
    pub fn error_record<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        message: &str,
    ) -> io::Result<()> {
        let mut row = Vec::with_capacity(64 + message.len());
        self.push_field(&mut row, &doc.name);
        row.push(self.delimiter);
        row.extend_from_slice(b"error");
        row.push(self.delimiter);
        self.push_field(&mut row, message);
        // canonical, id, value and the four offsets.
        row.extend(std::iter::repeat_n(self.delimiter, COLUMNS.len() - 3));
        row.push(b'\n');
        w.write_all(&row)
    }

    /// Writes one row per entity of `doc`'s summary.
    pub fn summary_rows<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        records: &[EntitySummary],
    ) -> io::Result<()> {
        let mut row = Vec::with_capacity(256);
        self.push_field(&mut row, &document_name(doc));
        row.push(self.delimiter);
        let prefix = row.len();
        let mut num = itoa::Buffer::new();
        for e in records {
            row.truncate(prefix);
            row.extend_from_slice(e.label.as_str().as_bytes());
            for field in [e.canonical.as_str(), e.id.as_str()] {
                row.push(self.delimiter);
                self.push_field(&mut row, field);
            }
            for n in [e.count, e.first, e.first_char] {
                row.push(self.delimiter);
                row.extend_from_slice(num.format(n).as_bytes());
            }
            row.push(self.delimiter);
            self.push_field(&mut row, &e.forms.join(" | "));
            row.push(b'\n');
            w.write_all(&row)?;
        }
        Ok(())
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
        // Every row starts with the document's name: quote it once.
        let mut row = Vec::with_capacity(256);
        self.push_field(&mut row, &document_name(doc));
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
            row.push(self.delimiter);
            self.push_field(&mut row, m.country);
            // Grains are lower-case ASCII words: never quoted.
            row.push(self.delimiter);
            if let Some(d) = m.date {
                row.extend_from_slice(d.grain.as_str().as_bytes());
            }
            row.push(b'\n');
            w.write_all(&row)?;
        }
        Ok(())
    }
}

/// What the first column says of a document: its id (a JSON Lines id), else its name.
fn document_name(doc: &Document) -> std::borrow::Cow<'_, str> {
    match &doc.id {
        Some(serde_json::Value::String(s)) => s.as_str().into(),
        Some(v) => v.to_string().into(),
        None => doc.name.as_str().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Origin, Span};
    use crate::Label;

    fn row(printer: &CsvPrinter, name: &str, text: &str) -> String {
        let m = Mention {
            label: Label::Person,
            span: Span::default(),
            text,
            canonical: text,
            id: "",
            country: "",
            value: None,
            date: None,
            origin: Origin::Gazetteer,
        };
        let mut out = Vec::new();
        printer
            .mentions(&mut out, &Document::new(name, ""), &[m])
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tsv_rows_are_one_line_with_backslash_escapes() {
        let table = [
            ("Olaf\nScholz", "Olaf\\nScholz"),
            ("a\tb", "a\\tb"),
            ("back\\slash", "back\\\\slash"),
            ("cr\r nul\0", "cr\\r nul\\0"),
            ("say \"hi\", a,b", "say \"hi\", a,b"),
        ];
        for (text, want) in table {
            let got = row(&CsvPrinter::tsv(), "d", text);
            assert_eq!(
                got,
                format!("d\tperson\t{want}\t{want}\t\t\t0\t0\t0\t0\t\t\n")
            );
        }
    }

    #[test]
    fn spreadsheet_safe_cells_cannot_run_as_formulas() {
        let safe = CsvPrinter::new(b',').spreadsheet_safe(true);
        let table = [
            ("=1+1", "'=1+1"),
            ("+49 30", "'+49 30"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            (
                "=HYPERLINK(\"a\",\"b\")",
                "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"",
            ),
            ("Berlin", "Berlin"),
            ("a=b", "a=b"),
        ];
        for (text, want) in table {
            let got = row(&safe, text, text);
            assert_eq!(
                got,
                format!("{want},person,{want},{want},,,0,0,0,0,,\n"),
                "{text}"
            );
        }
        let raw = row(&CsvPrinter::new(b','), "=1+1", "=1+1");
        assert!(raw.starts_with("=1+1,person,=1+1"), "raw by default: {raw}");
        let tsv = row(&CsvPrinter::tsv().spreadsheet_safe(true), "\tx", "x");
        assert!(tsv.starts_with("'\\tx\t"), "{tsv}");
    }

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
                m.country,
                m.date.map_or("", |d| d.grain.as_str()),
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
                country: "",
                value: Some(text.to_owned()),
                date: None,
                origin: Origin::Gazetteer,
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
