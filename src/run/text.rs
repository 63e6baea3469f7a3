//! Text input: one document per file or stream. Small files are opened, extracted and rendered
//! in parallel chunks; streams (standard input, FIFOs) and files over [`STREAM_ABOVE_BYTES`]
//! are written as they are read, window by window, in their place in the order.

use gazette::input::Input;

use super::open::{open, warning, Opened};
use super::render::{map_ordered, render_document};
use super::sink::{Outcome, Sink, WriteError};
use super::windows::{write_windows, Done};
use crate::config::Config;
use crate::messages::Level;

/// Documents per chunk and worker thread.
const CHUNK_PER_THREAD: usize = 32;

/// Files larger than this are written as they are read, instead of being rendered into a
/// buffer beside others.
pub(super) const STREAM_ABOVE_BYTES: u64 = 1 << 20;

/// Writes every document of `inputs`.
pub(super) fn run_text(
    config: &Config,
    pool: Option<&rayon::ThreadPool>,
    inputs: &[Input],
    sink: &mut Sink<'_>,
) -> Result<(), WriteError> {
    let chunk = CHUNK_PER_THREAD * config.jobs;
    let mut pending: Vec<&Input> = Vec::new();
    let flush = |pending: &mut Vec<&Input>, sink: &mut Sink<'_>| -> Result<(), WriteError> {
        let outcomes = map_ordered(pool, pending, |input| render_input(config, input));
        pending.clear();
        for o in outcomes {
            sink.write(o)?;
        }
        Ok(())
    };
    for input in inputs {
        if input.size.is_none_or(|n| n > STREAM_ABOVE_BYTES) {
            flush(&mut pending, sink)?;
            stream_input(config, pool, input, sink)?;
        } else {
            pending.push(input);
            if pending.len() >= chunk {
                flush(&mut pending, sink)?;
            }
        }
    }
    flush(&mut pending, sink)
}

/// Opens, extracts and renders one document into a buffer (on a worker thread).
fn render_input(config: &Config, input: &Input) -> Outcome {
    render_opened(config, input, open(config, input))
}

/// Extracts and renders an opened document into a buffer.
fn render_opened(config: &Config, input: &Input, opened: Opened) -> Outcome {
    let printer = &config.printer;
    let (outcome, said) = match opened {
        Opened::Whole(doc, windows) => (
            render_document(config, printer, &doc, windows.bytes_read),
            warning(config, input, &doc.name, &windows),
        ),
        Opened::Windows(doc, mut windows) => {
            let mut bytes = Vec::new();
            // A read error fails the whole document (writing to a Vec cannot fail).
            match write_windows(config, printer, &doc, &mut windows, None, &mut bytes, None) {
                Ok(Done { error: Some(e), .. }) | Err(e) => {
                    return Outcome::Failed(gazette::Error::io(&doc.name, e));
                }
                Ok(Done { mentions, .. }) => (
                    Outcome::Written {
                        bytes,
                        mentions,
                        size: windows.bytes_read,
                    },
                    warning(config, input, &doc.name, &windows),
                ),
            }
        }
        Opened::Skipped(note) => return Outcome::Skipped(note),
        Opened::Failed(e) => return Outcome::Failed(e),
    };
    match said {
        Some(w) => Outcome::Warned(Box::new(outcome), w),
        None => outcome,
    }
}

/// Writes one document as it is read: windows are extracted on all threads a batch at a time.
fn stream_input(
    config: &Config,
    pool: Option<&rayon::ThreadPool>,
    input: &Input,
    sink: &mut Sink<'_>,
) -> Result<(), WriteError> {
    let (doc, mut windows) = match open(config, input) {
        Opened::Windows(doc, windows) => (doc, windows),
        other => return sink.write(render_opened(config, input, other)),
    };
    sink.printer.separator(&mut sink.out, sink.written)?;
    let done = write_windows(
        config,
        sink.printer,
        &doc,
        &mut windows,
        pool,
        &mut sink.out,
        sink.progress.as_ref(),
    )?;
    sink.written_document(done.mentions, windows.bytes_read);
    if let Some(w) = warning(config, input, &doc.name, &windows) {
        sink.say(Level::Warning, &w);
    }
    if let Some(e) = done.error {
        // The document is closed with what was read; the failure is reported and counted.
        sink.failed(&gazette::Error::io(&doc.name, e));
    }
    Ok(())
}
