//! JSON Lines input: one document per line, read in bounded chunks and rendered in parallel.

use std::io::{BufRead, BufReader};
use std::path::Path;

use gazette::document::Document;
use gazette::input::jsonl::{parse_line, Line};
use gazette::input::Input;
use gazette::Error;

use super::open::reader;
use super::render::{map_ordered, render_document};
use super::sink::{Outcome, Sink, WriteError};
use crate::config::{Config, ErrorMode};

/// Lines per chunk and worker thread.
const LINES_PER_THREAD: usize = 1024;
/// JSON Lines read ahead per chunk, in bytes, whatever the line count (bounds memory).
const CHUNK_BYTES: usize = 8 << 20;
/// The longest JSON line read; a longer one is skipped unread (and named), so that memory
/// stays bounded (about three times this, for the line, its text and the output).
pub(super) const MAX_LINE_BYTES: usize = 64 << 20;

/// A line as read: its bytes, or the length of one too long to keep.
enum Read {
    Line(Vec<u8>),
    TooLong(u64),
}

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
    let mut reader = match reader(config, &input.source) {
        Ok(r) => BufReader::with_capacity(1 << 16, r),
        Err(e) => return sink.write(Outcome::Failed(e)),
    };
    let name = input.source.name().into_owned();
    let path = Path::new(&name);
    let mut line_no = 0u64;
    let mut eof = false;
    while !eof {
        // Read a chunk of lines: (line number, bytes).
        let mut lines: Vec<(u64, Read)> = Vec::new();
        let mut chunk_bytes = 0;
        while lines.len() < LINES_PER_THREAD * config.jobs && chunk_bytes < CHUNK_BYTES {
            match read_line(&mut reader, MAX_LINE_BYTES) {
                Ok(None) => {
                    eof = true;
                    break;
                }
                Ok(Some(line)) => {
                    line_no += 1;
                    if let Read::Line(bytes) = &line {
                        chunk_bytes += bytes.len();
                    }
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
            let parsed = match line {
                Read::Line(bytes) => parse_line(bytes, fields, path, *n),
                Read::TooLong(len) => Err(Error::JsonLine {
                    path: path.to_path_buf(),
                    line: *n,
                    message: format!(
                        "a line of {len} bytes is longer than the {} MiB read for one \
                         document; not read",
                        MAX_LINE_BYTES >> 20
                    ),
                }),
            };
            let size = match line {
                Read::Line(bytes) => bytes.len() as u64,
                Read::TooLong(len) => *len,
            };
            match parsed {
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

/// Reads one line (with its `\n`) of at most `limit` bytes; of a longer one, only its length
/// is kept. `None` at the end of the input.
fn read_line<R: BufRead>(reader: &mut R, limit: usize) -> std::io::Result<Option<Read>> {
    let mut line = Vec::new();
    let mut len = 0u64;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        len += take as u64;
        if len <= limit as u64 {
            line.extend_from_slice(&buf[..take]);
        } else if !line.is_empty() {
            // Too long: what was kept goes, the rest is only counted.
            line = Vec::new();
        }
        reader.consume(take);
        if done {
            break;
        }
    }
    Ok(match len {
        0 => None,
        n if n > limit as u64 => Some(Read::TooLong(n)),
        _ => Some(Read::Line(line)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_over_the_limit_are_counted_not_kept() {
        let mut input = &b"short\nmuch too long\n\nlast"[..];
        let mut got = Vec::new();
        while let Some(line) = read_line(&mut input, 8).unwrap() {
            got.push(match line {
                Read::Line(b) => String::from_utf8(b).unwrap(),
                Read::TooLong(n) => format!("<{n}>"),
            });
        }
        assert_eq!(got, ["short\n", "<14>", "\n", "last"]);
    }
}
