//! The one windowing path: a document longer than a window is extracted window by window, and
//! its mentions are written as one document with offsets into the whole of it.
//!
//! Each window's text runs on past its cut into a lookahead (the start of the next window), so
//! a mention that crosses the cut is found whole. A window keeps the mentions that start before
//! its cut; the next window then drops those that start inside a mention already kept (they
//! are the crossing mention's tail, "Oktober 2024" of "3. Oktober 2024"). Coreference stays
//! within a window: a surname linked only to a person in the lookahead is dropped, as it would
//! not have been found without it. Windows are extracted and rendered on all threads a batch at
//! a time, and written in order, so the output is the same for any number of threads.

use std::io::{self, Read, Write};

use gazette::dates::{self, DateYear};
use gazette::document::Document;
use gazette::input::window::{Window, WindowReader};
use gazette::output::Printer;
use gazette::span::{Mention, Origin};
use gazette::Label;
use indicatif::ProgressBar;

use super::render::map_ordered;
use crate::config::Config;

/// Windows read ahead per worker thread when windows are extracted in parallel.
const WINDOWS_PER_THREAD: usize = 8;

/// What writing a document window by window gave.
pub(super) struct Done {
    /// The mentions written.
    pub mentions: usize,
    /// The read error that ended the document early, if one did (what was read is written).
    pub error: Option<io::Error>,
}

/// Writes `doc` to `out` from its `windows`: extracted on `pool` when there is one (a batch of
/// windows at a time), else one window at a time; `progress` grows by the bytes read.
///
/// # Errors
/// Only errors writing to `out`; a read error ends the document and is returned in [`Done`].
pub(super) fn write_windows<R: Read, W: Write>(
    config: &Config,
    printer: &Printer,
    doc: &Document,
    windows: &mut WindowReader<R>,
    pool: Option<&rayon::ThreadPool>,
    out: &mut W,
    progress: Option<&ProgressBar>,
) -> io::Result<Done> {
    let batch_len = pool.map_or(1, |_| WINDOWS_PER_THREAD * config.jobs);
    // `--summary`: the windows' mentions are counted, and the summary written at the end.
    let mut summary = printer.is_summary().then(gazette::Summary::new);
    // The review page shows each window's text, and the document's tag list at its end.
    let mut tags = printer.needs_text().then(gazette::Summary::new);
    if summary.is_none() {
        printer.begin_document(out, doc)?;
    }
    let mut written = 0;
    // Where the mentions kept so far end, in the document: what starts before is a tail.
    let mut covered = 0;
    // The last year a date of the windows so far wrote out: the anchor of a yearless date at
    // the start of the next window, which its own extraction could not see.
    let mut anchor = None;
    let mut reported = 0;
    let mut error = None;
    loop {
        let mut batch = Vec::with_capacity(batch_len);
        while batch.len() < batch_len {
            match windows.next_window() {
                Ok(Some(w)) => batch.push(w),
                Ok(None) => break,
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        if batch.is_empty() {
            break;
        }
        let mut found = map_ordered(pool, &batch, |w| window_mentions(config, doc, w));
        // The bytes of the document each window shows (for the review page): from where the
        // one before stopped, to its cut or the end of a mention that crosses it.
        let mut ranges = Vec::with_capacity(found.len());
        for (mentions, w) in found.iter_mut().zip(&batch) {
            let from = covered.max(w.byte_offset);
            let tails = mentions.partition_point(|m| m.span.start < covered);
            mentions.drain(..tails);
            carry_anchor(mentions, &mut anchor);
            covered = mentions
                .iter()
                .map(|m| m.span.end)
                .fold(covered, usize::max);
            ranges.push(from..covered.max(w.byte_offset + w.len));
        }
        if let Some(tags) = &mut tags {
            found.iter().flatten().for_each(|m| tags.add(m));
        }
        if let Some(summary) = &mut summary {
            for m in found.iter().flatten() {
                summary.add(m);
                written += 1;
            }
            if let Some(p) = progress {
                p.inc(windows.bytes_read - reported);
            }
            reported = windows.bytes_read;
            if error.is_some() {
                break;
            }
            continue;
        }
        let windows_found: Vec<usize> = (0..found.len()).collect();
        let rendered = map_ordered(pool, &windows_found, |&i| {
            let (mentions, w) = (&found[i], &batch[i]);
            // Room for the window's rows up front: growing from empty took a dozen
            // reallocations (and copies) per window.
            let mut buf = Vec::with_capacity(mentions.len() * 128);
            let mut n = 0;
            // Writing to a Vec cannot fail.
            let range = ranges[i].clone();
            let _ = printer.part(
                &mut buf,
                doc,
                &w.text,
                w.byte_offset,
                range,
                mentions,
                &mut n,
            );
            (buf, n)
        });
        for (buf, n) in rendered {
            if n > 0 && written > 0 {
                printer.mention_separator(out)?;
            }
            out.write_all(&buf)?;
            written += n;
        }
        if let Some(p) = progress {
            p.inc(windows.bytes_read - reported);
        }
        reported = windows.bytes_read;
        if error.is_some() {
            break;
        }
    }
    match summary {
        Some(summary) => printer.summary_document(out, doc, &summary.into_records())?,
        None => match tags {
            Some(tags) => printer.end_document_with(out, &tags.into_records())?,
            None => printer.end_document(out)?,
        },
    }
    Ok(Done {
        mentions: written,
        error,
    })
}

/// Gives the dates of a window that found no anchor year in it the last year written out
/// before the window (`anchor`), and leaves in `anchor` the last year written out in it. A
/// window's extraction anchors every date after its first year itself, so only the dates before
/// it can be [`DateYear::Wants`], and the output equals the whole document's.
fn carry_anchor(mentions: &mut [Mention<'_>], anchor: &mut Option<i16>) {
    for m in mentions {
        match (m.date.map(|d| d.year), &mut m.value) {
            (Some(DateYear::Writes(y)), _) => *anchor = Some(y),
            (Some(DateYear::Wants), Some(value)) => {
                if let Some(y) = *anchor {
                    dates::reanchor(value, y);
                }
            }
            _ => {}
        }
    }
}

/// The mentions that start in `window` (not in its lookahead), with document offsets.
fn window_mentions<'a>(config: &'a Config, doc: &Document, window: &'a Window) -> Vec<Mention<'a>> {
    let mut mentions = config.extractor.extract(&window.text, doc.reference);
    let own = mentions.partition_point(|m| m.span.start < window.len);
    mentions.truncate(own);
    if window.len < window.text.len() {
        drop_links_into_lookahead(&mut mentions);
    }
    for m in &mut mentions {
        m.span.start += window.byte_offset;
        m.span.end += window.byte_offset;
        m.span.char_start += window.char_offset;
        m.span.char_end += window.char_offset;
    }
    mentions
}

/// Drops surnames linked by coreference to a person found only in the lookahead. A surname
/// links to a bearer in the window when there is one (the nearest before it, else the first
/// after it, and the lookahead comes after), so a link to anyone else went into the lookahead.
fn drop_links_into_lookahead(mentions: &mut Vec<Mention<'_>>) {
    if !mentions.iter().any(|m| m.origin == Origin::Coreference) {
        return;
    }
    let people: Vec<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.label == Label::Person && m.origin != Origin::Coreference)
        .map(|m| (m.canonical, m.id))
        .collect();
    mentions.retain(|m| m.origin != Origin::Coreference || people.contains(&(m.canonical, m.id)));
}
