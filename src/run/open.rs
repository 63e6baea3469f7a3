//! The one way a document is opened: open its source, read its first window, skip it if that
//! looks binary, and hand it on whole (when it fits one window) or as a reader of windows.
//!
//! Files, standard input and other streams all take this path; a regular file's size (known
//! from listing it) only sets how much to read at first.

use std::io::Read;

use encoding_rs_io::DecodeReaderBytesBuilder;
use gazette::document::Document;
use gazette::input::window::WindowReader;
use gazette::input::{self, Input, Source};
use gazette::Error;

use crate::config::{Config, EncodingMode};

/// How many bytes at the start of a document decide whether it is binary (as grep does).
const BINARY_CHECK_BYTES: usize = 8192;

/// An opened document.
pub(super) enum Opened {
    /// All of the document, read (the reader says how many bytes, how many replaced).
    Whole(Document, WindowReader<Box<dyn Read>>),
    /// A document longer than a window, to be read window by window.
    Windows(Document, WindowReader<Box<dyn Read>>),
    /// Not to be read, for the reason given.
    Skipped(String),
    /// Could not be opened or read.
    Failed(Error),
}

/// Opens the document `input` names, with the run's window size and reference date.
pub(super) fn open(config: &Config, input: &Input) -> Opened {
    let doc = Document {
        reference: config.reference,
        ..Document::new(input.source.name(), "")
    };
    let reader = match reader(config, &input.source) {
        Ok(r) => r,
        Err(e) => return Opened::Failed(e),
    };
    // A small file is read into a buffer of its size (and the byte that finds its end).
    let capacity = input.size.map_or(usize::MAX, |n| {
        usize::try_from(n).unwrap_or(usize::MAX).saturating_add(1)
    });
    let mut windows = WindowReader::with_capacity(reader, config.window_bytes, capacity);
    match windows.peek(BINARY_CHECK_BYTES) {
        // UTF-16 (a NUL in every ASCII character) would be binary: say what it is instead.
        Ok(head) if input::is_utf16(head) && input::is_binary(head) => {
            return Opened::Failed(Error::Encoding {
                path: doc.name.into(),
                message: "UTF-16 text (it starts with a byte order mark): read it with \
                          --encoding utf-16 (or auto)"
                    .into(),
            });
        }
        Ok(head) if input::is_binary(head) => {
            return Opened::Skipped(format!("{}: binary file skipped", doc.name));
        }
        Ok(_) => {}
        Err(e) => return Opened::Failed(Error::io(&doc.name, e)),
    }
    if windows.is_last() {
        let text = windows.into_text();
        return Opened::Whole(Document { text, ..doc }, windows);
    }
    Opened::Windows(doc, windows)
}

/// Opens `source`, transcoding it to UTF-8 when `--encoding` asks for it (JSON Lines too).
///
/// # Errors
/// [`Error::Io`] naming the path.
pub(super) fn reader(config: &Config, source: &Source) -> gazette::Result<Box<dyn Read>> {
    let raw = source.open()?;
    let mut builder = DecodeReaderBytesBuilder::new();
    Ok(match config.encoding {
        EncodingMode::Utf8 => raw,
        EncodingMode::Auto => Box::new(builder.build(raw)),
        EncodingMode::Fixed(e) => Box::new(builder.encoding(Some(e)).build(raw)),
    })
}

/// What to say about a document once read: a file that shrank while read (it was cut short by
/// someone else), bytes that were not UTF-8 (a Latin-1 file, say).
pub(super) fn warning<R>(
    config: &Config,
    input: &Input,
    name: &str,
    windows: &WindowReader<R>,
) -> Option<String> {
    let mut said = Vec::new();
    // Transcoded text has another length than the file.
    let size = input.size.filter(|_| config.encoding == EncodingMode::Utf8);
    if let Some(size) = size.filter(|&n| windows.bytes_read < n) {
        said.push(format!(
            "the file shrank while it was read ({} of {size} bytes)",
            windows.bytes_read
        ));
    }
    if windows.replaced > 0 {
        let n = windows.replaced;
        let (bytes, are) = if n == 1 {
            ("byte", "is")
        } else {
            ("bytes", "are")
        };
        said.push(format!(
            "{n} {bytes} that {are} not UTF-8 replaced by U+FFFD (Latin-1? try --encoding latin1)"
        ));
    }
    (!said.is_empty()).then(|| format!("{name}: {}", said.join("; ")))
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::cli::Args;

    /// What [`warning`] says of a file listed with `listed` bytes whose reading gave `text`.
    fn said(listed: u64, text: &[u8]) -> Option<String> {
        let config = Config::from_args(Args::parse_from(["gazette"])).unwrap();
        let input = Input {
            source: Source::File("story.txt".into()),
            size: Some(listed),
        };
        let mut windows = WindowReader::new(text, 16);
        while windows.next_window().unwrap().is_some() {}
        warning(&config, &input, "story.txt", &windows)
    }

    #[test]
    fn a_file_that_shrank_while_read_is_named_with_what_was_read() {
        // Listed at 300 bytes, 43 read: someone cut it short in between.
        let text = b"Olaf Scholz traf Emmanuel Macron in Paris.\n";
        let got = said(300, text).expect("a warning");
        assert!(got.starts_with("story.txt: the file shrank"), "{got}");
        assert!(got.contains("(43 of 300 bytes)"), "{got}");
        // Read as listed: nothing to say.
        assert_eq!(said(text.len() as u64, text), None);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_counted() {
        let got = said(11, b"\xd6sterreich").expect("a warning");
        assert!(got.contains("1 byte that is not UTF-8 replaced"), "{got}");
    }
}
