//! Inputs: where documents come from (standard input, files, directories, JSON Lines) and how
//! their bytes become text.
//!
//! Text that is not valid UTF-8 is decoded with every invalid sequence replaced by U+FFFD, and
//! offsets refer to that decoded text (documented in the README). A file whose first 8 KiB hold a
//! NUL byte is binary and is skipped with a note. Directories are walked recursively in sorted
//! order, skipping hidden entries, so the list of documents is the same on every run
//! ([`walk`]).

pub mod jsonl;
pub mod walk;
pub mod window;

pub use walk::{collect, FileId, Input, Inputs, WalkOptions};

use std::borrow::Cow;
use std::io::Read;
use std::path::PathBuf;

use crate::error::{Error, Result};

/// Where a document comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The name used in output: the path as given, or `-`.
    pub fn name(&self) -> Cow<'_, str> {
        match self {
            Source::Stdin => Cow::Borrowed("-"),
            Source::File(p) => p.to_string_lossy(),
        }
    }

    /// Opens the source for reading.
    ///
    /// # Errors
    /// [`Error::Io`] naming the path.
    pub fn open(&self) -> Result<Box<dyn Read>> {
        Ok(match self {
            Source::Stdin => Box::new(std::io::stdin().lock()),
            Source::File(p) => Box::new(std::fs::File::open(p).map_err(|e| Error::io(p, e))?),
        })
    }
}

/// Whether `bytes` look binary: a NUL byte in the first 8 KiB (the heuristic of grep and
/// ripgrep).
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD (without copying valid text).
pub fn decode(bytes: Vec<u8>) -> String {
    decode_counting(bytes).0
}

/// Like [`decode`], also counting the bytes that were not valid UTF-8 (each replaced, alone or
/// with the rest of its broken sequence, by U+FFFD).
pub fn decode_counting(bytes: Vec<u8>) -> (String, usize) {
    // simdutf8 validates with SIMD (AVX2 or SSE 4.2, chosen at run time); `std::str::from_utf8`
    // was 4 % of a streamed run. Its `basic` flavour only says whether the bytes are valid, so
    // the rare invalid text takes the std path, which finds the sequences to replace.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that `bytes` is valid UTF-8.
        return (unsafe { String::from_utf8_unchecked(bytes) }, 0);
    }
    let invalid = bytes.utf8_chunks().map(|c| c.invalid().len()).sum();
    (String::from_utf8_lossy(&bytes).into_owned(), invalid)
}

/// Whether `bytes` start with a UTF-16 byte order mark (`FF FE` or `FE FF`).
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_replaced_not_rejected() {
        assert_eq!(
            decode(b"Berlin \xff Paris".to_vec()),
            "Berlin \u{FFFD} Paris"
        );
        assert_eq!(decode("Zürich".as_bytes().to_vec()), "Zürich");
    }

    #[test]
    fn invalid_bytes_are_counted() {
        assert_eq!(decode_counting(b"Osterreich".to_vec()).1, 0);
        let (text, n) = decode_counting(b"\xd6sterreich und K\xf6ln".to_vec());
        assert_eq!((text.as_str(), n), ("\u{FFFD}sterreich und K\u{FFFD}ln", 2));
        assert!(is_utf16(b"\xff\xfeB\x00"));
        assert!(!is_utf16(b"\xef\xbb\xbfB"));
    }

    #[test]
    fn nul_means_binary() {
        assert!(is_binary(b"PK\x03\x04\x00\x00"));
        assert!(!is_binary("Ägypten".as_bytes()));
    }
}
