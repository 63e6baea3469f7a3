//! The batch driver: reads documents, extracts mentions on worker threads, and writes whole
//! documents in input order from one place.
//!
//! Documents are processed in chunks: a chunk is read and rendered in parallel (each document
//! into its own buffer), then written in order, so the output is byte-identical for any `--jobs`
//! and memory stays bounded by one chunk however long the input is. A document that fails is
//! named on stderr and counted; the run goes on. A closed stdout ends the run quietly.
//!
//! One file per step: `open` (the one way a document is opened), `windows` (the one windowing
//! path), `text` and `jsonl` (the two input modes), `render`, `sink` (writing and counting),
//! `progress`, `output`.

mod interrupt;
mod jsonl;
mod open;
mod output;
mod progress;
mod render;
mod sink;
mod text;
mod windows;

use std::time::Instant;

use gazette::input::{self, WalkOptions};

pub use self::interrupt::install as handle_signals;
pub use self::output::Output;
use self::sink::{documents, Sink, Stats, WriteError};
use crate::config::Config;
use crate::exit::ExitStatus;

/// Runs the whole job, writing to `output`, and returns the exit status.
///
/// # Errors
/// When the output cannot be written (other than a closed pipe) or the thread pool cannot be
/// started.
pub fn run(mut config: Config, output: Output) -> anyhow::Result<ExitStatus> {
    let started = Instant::now();
    let paths = if config.paths.is_empty() {
        vec!["-".into()]
    } else {
        config.paths.clone()
    };
    let walk = WalkOptions {
        follow_links: config.follow_links,
        exclude: output.file_id().into_iter().collect(),
    };
    let inputs = input::collect(&paths, &walk);
    let batch = inputs.had_directory || inputs.inputs.len() > 1 || config.jsonl.is_some();
    let target = output.name();
    let (out, finish) = output.into_parts();
    config.jobs = useful_threads(&config, &inputs.inputs);
    let pool = (config.jobs > 1)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(config.jobs)
                .build()
        })
        .transpose()?;

    let progress = progress::bar(&config, &inputs, batch);
    interrupt::set_bar(progress.clone());
    let mut sink = Sink {
        out,
        printer: &config.printer,
        written: 0,
        stats: Stats::default(),
        progress,
    };
    for e in &inputs.errors {
        sink.failed(e);
    }
    for note in &inputs.notes {
        sink.message(note);
    }

    let result = (|| -> Result<(), WriteError> {
        config.printer.begin(&mut sink.out)?;
        match &config.jsonl {
            None => text::run_text(&config, pool.as_ref(), &inputs.inputs, &mut sink)?,
            Some(_) => {
                for input in &inputs.inputs {
                    jsonl::run_jsonl(&config, pool.as_ref(), input, &mut sink)?;
                }
            }
        }
        config.printer.finish(&mut sink.out, sink.written)?;
        sink.out.flush()?;
        Ok(())
    })();
    interrupt::set_bar(None);
    if let Some(p) = &sink.progress {
        p.finish_and_clear();
    }
    drop(sink.out);
    match result {
        Ok(()) => finish.commit()?,
        // The reader is gone: nothing more can be said to it, and that is not an error.
        Err(WriteError::BrokenPipe) => return Ok(ExitStatus::Success),
        // An unfinished output file is removed (when `finish` is dropped).
        Err(WriteError::Other(e)) => {
            return Err(anyhow::Error::new(e).context(format!("writing {target}")));
        }
    }
    let s = &sink.stats;
    if batch && !config.quiet {
        let secs = started.elapsed().as_secs_f64();
        let recorded = if s.recorded > 0 {
            format!(", {} recorded as errors", s.recorded)
        } else {
            String::new()
        };
        eprintln!(
            "gazette: {}, {} mentions, {} failed{recorded}, {:.1} MB in {:.2} s ({:.1} MB/s)",
            documents(s.documents),
            s.mentions,
            s.failed,
            s.bytes as f64 / 1e6,
            secs,
            s.bytes as f64 / 1e6 / secs.max(1e-9)
        );
    }
    Ok(if s.failed > 0 {
        ExitStatus::SomeFailed
    } else {
        ExitStatus::Success
    })
}

/// The threads that can help: no more than `--jobs` (itself capped at the cores in `config.rs`),
/// and no more than the documents when each is a small file read whole (a stream or a large
/// file is read in windows, which any number of threads can share).
fn useful_threads(config: &Config, inputs: &[input::Input]) -> usize {
    let all_small = config.jsonl.is_none()
        && inputs
            .iter()
            .all(|i| i.size.is_some_and(|n| n <= text::STREAM_ABOVE_BYTES));
    if all_small {
        config.jobs.min(inputs.len()).max(1)
    } else {
        config.jobs
    }
}
