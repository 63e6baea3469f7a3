//! The JSON printer (one array of document objects, one document per line inside it) and the
//! JSON Lines printer (one document object per line). Both serialise [`wire`](super::wire)
//! structs with serde; no JSON is ever written by hand.

use std::io::{self, Write};

use super::wire::{DocumentRecord, MentionRecord};
use super::Document;
use crate::span::Mention;

fn record<'a>(doc: &'a Document<'a>, mentions: &'a [Mention<'a>]) -> DocumentRecord<'a> {
    DocumentRecord {
        document: doc.name,
        id: doc.id,
        entities: mentions.iter().map(MentionRecord::from).collect(),
    }
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

    /// Writes one document object (the separator is written by [`JsonPrinter::separator`], so
    /// that documents can be rendered before their position in the output is known).
    pub fn document<W: Write>(
        &self,
        w: &mut W,
        doc: &Document<'_>,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        serde_json::to_writer(&mut *w, &record(doc, mentions)).map_err(io::Error::from)
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
    /// Writes one document as one line.
    pub fn document<W: Write>(
        &self,
        w: &mut W,
        doc: &Document<'_>,
        mentions: &[Mention<'_>],
    ) -> io::Result<()> {
        serde_json::to_writer(&mut *w, &record(doc, mentions)).map_err(io::Error::from)?;
        w.write_all(b"\n")
    }
}
