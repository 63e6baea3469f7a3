//! JSON Lines input: one document per line, read in bounded chunks and rendered in parallel.

use std::io::{BufRead, BufReader};
use std::path::Path;

use gazette::document::Document;
use gazette::input::jsonl::{parse_line, Line};
use gazette::input::Input;
use gazette::Error;

use super::render::{map_ordered, render_document};
use super::sink::{Outcome, Sink, WriteError};
use crate::config::{Config, ErrorMode};

/// Lines per chunk and worker thread.
const LINES_PER_THREAD: usize = 1024;
/// JSON Lines read ahead per chunk, in bytes, whatever the line count (bounds memory).
const CHUNK_BYTES: usize = 8 << 20;

/// Writes the document of every line of `input`.
pub(super) fn run_jsonl(
    config: &Config,
    pool: Option<&rayon::ThreadPool>,
    input: &Input,
    sink: &mut Sink<'_>,
) -> Result<(), WriteError> {
    let Some(fields) = &config.jsonl else {
        return Ok(());
    };
    let mut reader = match input.source.open() {
        Ok(r) => BufReader::with_capacity(1 << 16, r),
        Err(e) => return sink.write(Outcome::Failed(e)),
    };
    let name = input.source.name().into_owned();
    let path = Path::new(&name);
    let mut line_no = 0u64;
    let mut eof = false;
    while !eof {
        // Read a chunk of lines: (line number, bytes).
        let mut lines: Vec<(u64, Vec<u8>)> = Vec::new();
        let mut chunk_bytes = 0;
        while lines.len() < LINES_PER_THREAD * config.jobs && chunk_bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    eof = true;
                    break;
                }
                Ok(_) => {
                    line_no += 1;
                    chunk_bytes += line.len();
                    lines.push((line_no, line));
                }
                Err(e) => {
                    sink.write(Outcome::Failed(Error::io(path, e)))?;
                    eof = true;
                    break;
                }
            }
        }
        let outcomes = map_ordered(pool, &lines, |(n, line)| {
            match parse_line(line, fields, path, *n) {
                Err(error) if config.on_error == ErrorMode::Record => {
                    let doc = Document::new(format!("{name}:{n}"), "");
                    let mut bytes = Vec::new();
                    // Writing to a Vec cannot fail.
                    let _ = config
                        .printer
                        .error_record(&mut bytes, &doc, &error.to_string());
                    Outcome::Recorded { bytes, error }
                }
                Err(e) => Outcome::Failed(e),
                Ok(Line {
                    mut document,
                    warning,
                }) => {
                    // A document's own date wins; one that is not a date leaves none.
                    if warning.is_none() {
                        document.reference = document.reference.or(config.reference);
                    }
                    let size = line.len() as u64;
                    let outcome = render_document(config, &config.printer, &document, size);
                    match warning {
                        Some(w) => Outcome::Warned(Box::new(outcome), w.to_string()),
                        None => outcome,
                    }
                }
            }
        });
        for o in outcomes {
            sink.write(o)?;
        }
    }
    Ok(())
}
