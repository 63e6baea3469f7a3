//! Rendering whole documents into buffers, on the worker threads when there are several; a
//! long one held whole (the text of a JSON line) goes through the windowing path.

use gazette::document::Document;
use gazette::input::window::WindowReader;
use gazette::output::Printer;

use super::sink::Outcome;
use super::windows::write_windows;
use crate::config::Config;

/// Maps `items` to outcomes, on the pool when there is one, keeping their order.
pub(super) fn map_ordered<'a, T: Sync, R: Send>(
    pool: Option<&rayon::ThreadPool>,
    items: &'a [T],
    f: impl Fn(&'a T) -> R + Sync + Send,
) -> Vec<R> {
    use rayon::prelude::*;
    match pool {
        Some(pool) => pool.install(|| items.par_iter().map(&f).collect()),
        None => items.iter().map(f).collect(),
    }
}

/// Documents held whole (the text of a JSON line) and longer than this are matched in windows,
/// which bounds the memory for tokens: a 50 MB line took 525 MB to 1.7 GB matched whole.
const WINDOWS_ABOVE_BYTES: usize = 1 << 20;

/// Extracts the mentions of a document read whole (`size` bytes of input) and renders them.
pub(super) fn render_document(
    config: &Config,
    printer: &Printer,
    doc: &Document,
    size: u64,
) -> Outcome {
    if doc.text.len() > WINDOWS_ABOVE_BYTES {
        let mut windows = WindowReader::new(doc.text.as_bytes(), config.window_bytes);
        let mut bytes = Vec::new();
        // Reading from and writing to memory cannot fail.
        let done = write_windows(config, printer, doc, &mut windows, None, &mut bytes, None);
        return Outcome::Written {
            bytes,
            mentions: done.map_or(0, |d| d.mentions),
            size,
        };
    }
    let mentions = config.extractor.extract(&doc.text, doc.reference);
    let mut bytes = Vec::with_capacity(64 + mentions.len() * 96);
    // Writing to a Vec cannot fail.
    let _ = printer.document(&mut bytes, doc, &mentions);
    Outcome::Written {
        bytes,
        mentions: mentions.len(),
        size,
    }
}
