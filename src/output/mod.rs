//! Printers: one per output format, chosen through [`Printer`].
//!
//! Each printer writes whole documents to any `io::Write`; it receives the [`Document`] (name,
//! id, text) and its mentions. The batch driver renders documents
//! into per-document buffers on worker threads and writes the buffers in input order from one
//! place, so output is byte-identical whatever the number of threads.

pub mod csv;
pub mod html;
pub mod json;
pub mod wire;

use std::io::{self, Write};

pub use crate::document::Document;
use crate::span::Mention;
use crate::summary::{summarise, EntitySummary};

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Comma-separated values with a header row, one row per mention.
    Csv,
    /// Tab-separated values with a header row, one row per mention.
    Tsv,
    /// One JSON array of document objects.
    Json,
    /// JSON Lines: one document object per line.
    Jsonl,
    /// One self-contained HTML page to review the documents (see [`html`]).
    Html,
}

/// A printer for one of the [`OutputFormat`]s.
#[derive(Debug)]
pub enum Printer {
    /// CSV or TSV.
    Csv(csv::CsvPrinter),
    /// A JSON array, or JSON Lines.
    Json(json::JsonPrinter),
    /// The review page.
    Html(html::HtmlPrinter),
    /// Any format, one record per entity of a document instead of one per mention
    /// (`--summary`; see [`crate::summary`]).
    Summary(Box<Printer>),
}

impl Printer {
    /// The printer for `format`.
    pub fn new(format: OutputFormat) -> Printer {
        match format {
            OutputFormat::Csv => Printer::Csv(csv::CsvPrinter::new(b',')),
            OutputFormat::Tsv => Printer::Csv(csv::CsvPrinter::tsv()),
            OutputFormat::Json => Printer::Json(json::JsonPrinter::new(json::JsonMode::Array)),
            OutputFormat::Jsonl => Printer::Json(json::JsonPrinter::new(json::JsonMode::Lines)),
            OutputFormat::Html => Printer::Html(html::HtmlPrinter::new()),
        }
    }

    /// The same printer with spreadsheet-safe CSV and TSV cells or not (see [`csv`]); JSON is
    /// unchanged.
    pub fn spreadsheet_safe(self, yes: bool) -> Printer {
        match self {
            Printer::Csv(p) => Printer::Csv(p.spreadsheet_safe(yes)),
            Printer::Summary(p) => Printer::Summary(Box::new(p.spreadsheet_safe(yes))),
            other => other,
        }
    }

    /// The same printer with a header row in CSV and TSV or not (`--no-header`); JSON is
    /// unchanged.
    pub fn header(self, yes: bool) -> Printer {
        match self {
            Printer::Csv(p) => Printer::Csv(p.header(yes)),
            Printer::Summary(p) => Printer::Summary(Box::new(p.header(yes))),
            other => other,
        }
    }

    /// The same printer writing each document's summary (`--summary`) when `yes`.
    pub fn summary(self, yes: bool) -> Printer {
        match self {
            Printer::Csv(p) if yes => Printer::Summary(Box::new(Printer::Csv(p.summary(true)))),
            p @ Printer::Json(_) if yes => Printer::Summary(Box::new(p)),
            other => other,
        }
    }

    /// Whether documents are written as summaries: the caller collects a document's mentions
    /// into a [`crate::Summary`] and hands it to [`Printer::summary_document`].
    pub fn is_summary(&self) -> bool {
        matches!(self, Printer::Summary(_))
    }

    /// Writes one document's summary.
    pub fn summary_document<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        records: &[EntitySummary],
    ) -> io::Result<()> {
        match self {
            Printer::Summary(p) => p.summary_document(w, doc, records),
            Printer::Csv(p) => p.summary_rows(w, doc, records),
            Printer::Json(p) => p.summary(w, doc, records),
            // A story with its tag list and no text.
            Printer::Html(p) => {
                p.begin_document(w, doc)?;
                p.end_document(w, records)
            }
        }
    }

    /// Writes what comes before the first document (a CSV header, `[`).
    pub fn begin<W: Write>(&self, w: &mut W) -> io::Result<()> {
        match self {
            Printer::Csv(p) => p.begin(w),
            Printer::Json(p) => p.begin(w),
            Printer::Html(p) => p.begin(w),
            Printer::Summary(p) => p.begin(w),
        }
    }

    /// Writes one document with its mentions. Documents can be rendered in any order (on
    /// worker threads); what separates them is written by [`Printer::separator`].
    pub fn document<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        if self.is_summary() {
            return self.summary_document(w, doc, &summarise(mentions));
        }
        if let Printer::Html(p) = self {
            return p.document(w, doc, mentions, &summarise(mentions));
        }
        let mut written = 0;
        self.begin_document(w, doc)?;
        self.mentions(w, doc, mentions, &mut written)?;
        self.end_document(w)
    }

    /// Starts a document whose mentions come in parts (a large document read in windows).
    pub fn begin_document<W: Write>(&self, w: &mut W, doc: &Document) -> io::Result<()> {
        match self {
            Printer::Csv(_) => Ok(()),
            Printer::Json(p) => p.begin_document(w, doc),
            Printer::Html(p) => p.begin_document(w, doc),
            Printer::Summary(p) => p.begin_document(w, doc),
        }
    }

    /// Writes a part of a document's mentions; `written` counts the mentions already written
    /// for this document.
    pub fn mentions<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        mentions: &[Mention<'_>],
        written: &mut usize,
    ) -> io::Result<()> {
        match self {
            Printer::Csv(p) => {
                *written += mentions.len();
                p.mentions(w, doc, mentions)
            }
            Printer::Json(p) => p.mentions(w, mentions, written),
            // Without the text around them: only the marks (the windowing path uses `part`).
            Printer::Html(p) => {
                *written += mentions.len();
                for m in mentions {
                    p.part(
                        w,
                        m.text,
                        m.span.start,
                        m.span.start..m.span.end,
                        std::slice::from_ref(m),
                    )?;
                }
                Ok(())
            }
            Printer::Summary(p) => p.mentions(w, doc, mentions, written),
        }
    }

    /// Whether the printer shows the text itself ([`Printer::Html`]): a document read in windows
    /// is then written with [`Printer::part`] and ended with [`Printer::end_document_with`].
    pub fn needs_text(&self) -> bool {
        matches!(self, Printer::Html(_))
    }

    /// Writes a part of a document read in windows: for the review page, the document's bytes
    /// `range` (of `text`, which starts at byte `offset` of the document) with `mentions` marked;
    /// for the other formats, just the mentions, as [`Printer::mentions`] does.
    #[allow(clippy::too_many_arguments)]
    pub fn part<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        text: &str,
        offset: usize,
        range: std::ops::Range<usize>,
        mentions: &[Mention<'_>],
        written: &mut usize,
    ) -> io::Result<()> {
        match self {
            Printer::Html(p) => {
                *written += mentions.len();
                p.part(w, text, offset, range, mentions)
            }
            other => other.mentions(w, doc, mentions, written),
        }
    }

    /// Ends a document started with [`Printer::begin_document`], with its summary where the
    /// format shows one beside the text (the review page's tag list).
    pub fn end_document_with<W: Write>(
        &self,
        w: &mut W,
        records: &[EntitySummary],
    ) -> io::Result<()> {
        match self {
            Printer::Html(p) => p.end_document(w, records),
            other => other.end_document(w),
        }
    }

    /// Writes what separates two parts of a document's mentions rendered apart (`,` in JSON),
    /// when both parts are non-empty.
    pub fn mention_separator<W: Write>(&self, w: &mut W) -> io::Result<()> {
        match self {
            Printer::Csv(_) | Printer::Html(_) => Ok(()),
            Printer::Json(_) => w.write_all(b","),
            Printer::Summary(p) => p.mention_separator(w),
        }
    }

    /// Ends a document started with [`Printer::begin_document`].
    pub fn end_document<W: Write>(&self, w: &mut W) -> io::Result<()> {
        match self {
            Printer::Csv(_) => Ok(()),
            Printer::Json(p) => p.end_document(w),
            Printer::Html(p) => p.end_document(w, &[]),
            Printer::Summary(p) => p.end_document(w),
        }
    }

    /// Writes, in the place of a document that could not be read, a record of why
    /// (`--on-error record`): a row of type `error` in CSV and TSV, a document object with an
    /// `"error"` field and no entities in JSON and JSON Lines.
    pub fn error_record<W: Write>(
        &self,
        w: &mut W,
        doc: &Document,
        message: &str,
    ) -> io::Result<()> {
        match self {
            Printer::Csv(p) => p.error_record(w, doc, message),
            Printer::Json(p) => p.error_record(w, doc, message),
            Printer::Html(p) => p.error_record(w, doc, message),
            Printer::Summary(p) => p.error_record(w, doc, message),
        }
    }

    /// Writes what goes before document number `index` (0-based, in output order).
    pub fn separator<W: Write>(&self, w: &mut W, index: usize) -> io::Result<()> {
        match self {
            Printer::Json(p) => p.separator(w, index),
            Printer::Csv(_) | Printer::Html(_) => Ok(()),
            Printer::Summary(p) => p.separator(w, index),
        }
    }

    /// Writes what comes after `count` documents (`]`).
    pub fn finish<W: Write>(&self, w: &mut W, count: usize) -> io::Result<()> {
        match self {
            Printer::Json(p) => p.finish(w, count),
            Printer::Html(p) => p.finish(w),
            Printer::Csv(_) => Ok(()),
            Printer::Summary(p) => p.finish(w, count),
        }
    }
}
