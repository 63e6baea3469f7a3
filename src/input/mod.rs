//! Inputs: where documents come from (standard input, files, directories, JSON Lines) and how
//! their bytes become text.
//!
//! Text that is not valid UTF-8 is decoded with every invalid sequence replaced by U+FFFD, and
//! offsets refer to that decoded text (documented in the README). A file whose first 8 KiB hold a
//! NUL byte is binary and is skipped with a note. Directories are walked recursively in sorted
//! order, skipping hidden entries, so the list of documents is the same on every run.

pub mod jsonl;
pub mod window;

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

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
    // simdutf8 validates with SIMD (AVX2 or SSE 4.2, chosen at run time); `std::str::from_utf8`
    // was 4 % of a streamed run. Its `basic` flavour only says whether the bytes are valid, so
    // the rare invalid text takes the std path, which finds the sequences to replace.
    if simdutf8::basic::from_utf8(&bytes).is_ok() {
        // SAFETY: simdutf8 has just checked that `bytes` is valid UTF-8.
        return unsafe { String::from_utf8_unchecked(bytes) };
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A document to read: where it comes from and, for a regular file, its size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Where the document comes from.
    pub source: Source,
    /// The length of a regular file when it was listed; `None` for standard input and other
    /// streams, which are read window by window as they come.
    pub size: Option<u64>,
}

/// What walking the inputs gave: the documents to read, in order, and the paths that could not
/// be listed.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Documents, in command-line order; a directory's files in sorted order.
    pub inputs: Vec<Input>,
    /// Directory entries that could not be read.
    pub errors: Vec<Error>,
    /// Whether any path was a directory.
    pub had_directory: bool,
    /// The total size in bytes of the files found (for a progress bar), when known.
    pub total_bytes: u64,
}

/// Expands paths into documents: `-` is standard input, a directory is walked recursively
/// (hidden files and directories skipped, entries sorted by name), anything else is a file.
/// A path that does not exist is kept as a file, so that reading it reports the error in order.
pub fn collect(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Source::Stdin, None);
            continue;
        }
        let meta = std::fs::metadata(p);
        if !meta.as_ref().is_ok_and(|m| m.is_dir()) {
            let size = meta.ok().filter(|m| m.is_file()).map(|m| m.len());
            inputs.push(Source::File(p.clone()), size);
            continue;
        }
        inputs.had_directory = true;
        let walker = walkdir::WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let size = e.metadata().map_or(0, |m| m.len());
                    inputs.push(Source::File(e.into_path()), Some(size));
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map_or_else(|| p.clone(), Path::to_path_buf);
                    let io = e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("filesystem loop"));
                    inputs.errors.push(Error::io(path, io));
                }
            }
        }
    }
    inputs
}

impl Inputs {
    fn push(&mut self, source: Source, size: Option<u64>) {
        self.total_bytes += size.unwrap_or(0);
        self.inputs.push(Input { source, size });
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
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
    fn nul_means_binary() {
        assert!(is_binary(b"PK\x03\x04\x00\x00"));
        assert!(!is_binary("Ägypten".as_bytes()));
    }
}
