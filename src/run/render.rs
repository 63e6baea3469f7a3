//! Rendering whole documents into buffers, on the worker threads when there are several.

use gazette::document::Document;
use gazette::output::Printer;

use super::sink::Outcome;
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

/// Extracts the mentions of a document read whole (`size` bytes of input) and renders them.
pub(super) fn render_document(
    config: &Config,
    printer: &Printer,
    doc: &Document,
    size: u64,
) -> Outcome {
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
