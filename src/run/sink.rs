//! The one place output is written from: whole documents in order, the counts for the summary
//! line, and the messages on standard error (drawn around the progress bar).

use std::io::{self, Write};

use gazette::output::Printer;
use gazette::Error;
use indicatif::ProgressBar;

use crate::messages::{self, Level};

/// What happened to one document.
pub(super) enum Outcome {
    /// Rendered into `bytes`: `mentions` mentions from `size` bytes of input.
    Written {
        bytes: Vec<u8>,
        mentions: usize,
        size: u64,
    },
    /// Rendered, with a warning to give first (a JSON line's date that is not a date, a file
    /// that shrank while read, bytes that were not UTF-8).
    Warned(Box<Outcome>, String),
    /// Not readable, and recorded in the output in its place (`--on-error record`): `bytes`
    /// hold the record; the error is said on stderr but not counted as a failure.
    Recorded { bytes: Vec<u8>, error: Error },
    /// Not read, for the reason given (a binary file).
    Skipped(String),
    /// Could not be read.
    Failed(Error),
}

/// Counts for the summary line.
#[derive(Default)]
pub(super) struct Stats {
    pub documents: u64,
    pub mentions: u64,
    pub failed: u64,
    /// Documents that could not be read, recorded in the output (`--on-error record`).
    pub recorded: u64,
    pub bytes: u64,
}

/// Where output goes, and what has been written there.
pub(super) struct Sink<'p> {
    pub out: Box<dyn Write>,
    pub printer: &'p Printer,
    /// Documents written so far (for the separators of a JSON array).
    pub written: usize,
    pub stats: Stats,
    pub progress: Option<ProgressBar>,
}

/// Why writing stopped.
pub(super) enum WriteError {
    /// The reader of standard output went away (`gazette big/ | head`): not an error.
    BrokenPipe,
    /// Any other failure to write.
    Other(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            WriteError::BrokenPipe
        } else {
            WriteError::Other(e)
        }
    }
}

impl Sink<'_> {
    /// Writes a rendered document, or says why there is none.
    pub fn write(&mut self, outcome: Outcome) -> Result<(), WriteError> {
        match outcome {
            Outcome::Written {
                bytes,
                mentions,
                size,
            } => {
                self.printer.separator(&mut self.out, self.written)?;
                self.out.write_all(&bytes)?;
                if let Some(p) = &self.progress {
                    p.inc(size);
                }
                self.written_document(mentions, size);
            }
            Outcome::Warned(outcome, warning) => {
                self.say(Level::Warning, &warning);
                return self.write(*outcome);
            }
            Outcome::Recorded { bytes, error } => {
                self.printer.separator(&mut self.out, self.written)?;
                self.out.write_all(&bytes)?;
                self.written += 1;
                self.stats.recorded += 1;
                self.say(Level::Error, &format!("{error} (recorded in the output)"));
            }
            Outcome::Skipped(note) => self.message(&note),
            Outcome::Failed(e) => self.failed(&e),
        }
        Ok(())
    }

    /// Counts a document that has been written (whole, or window by window).
    pub fn written_document(&mut self, mentions: usize, size: u64) {
        self.written += 1;
        self.stats.documents += 1;
        self.stats.mentions += mentions as u64;
        self.stats.bytes += size;
        if let Some(p) = &self.progress {
            p.set_message(documents(self.stats.documents));
        }
    }

    /// Names a failure on standard error and counts it.
    pub fn failed(&mut self, e: &Error) {
        self.stats.failed += 1;
        self.say(Level::Error, &e.to_string());
    }

    /// Says a note on standard error, around the progress bar.
    pub fn message(&self, msg: &str) {
        self.say(Level::Note, msg);
    }

    /// Says something on standard error at `level`, around the progress bar.
    pub fn say(&self, level: Level, msg: &str) {
        match &self.progress {
            Some(p) => p.suspend(|| messages::say(level, msg)),
            None => messages::say(level, msg),
        }
    }
}

/// "1 document", "2 documents".
pub(super) fn documents(n: u64) -> String {
    format!("{n} document{}", if n == 1 { "" } else { "s" })
}
