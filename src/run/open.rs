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
        said.push(format!(
            "{} bytes that are not UTF-8 were replaced by U+FFFD (Latin-1? try --encoding latin1)",
            windows.replaced
        ));
    }
    (!said.is_empty()).then(|| format!("{name}: {}", said.join("; ")))
}
