//! The library's error type: what can go wrong while loading gazetteers or reading documents.
//!
//! Every variant that comes from a file carries its path, and gazetteer errors carry the line, so
//! a message reads like `newsroom.csv:7: unknown type "persn"`. Callers decide what an error means
//! for the run (the binary maps them to exit codes in `exit.rs`).

use std::path::PathBuf;

/// A `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be opened or read. The message holds the cause ("x.txt: No such file
    /// or directory"), so it is not also given as [`std::error::Error::source`]: a chain of
    /// causes printed in full (`{:#}` with anyhow) says it once.
    #[error("{}: {cause}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        cause: std::io::Error,
    },
    /// A document is in an encoding that is not read (UTF-16).
    #[error("{}: {message}", path.display())]
    Encoding {
        /// The file.
        path: PathBuf,
        /// What the encoding is, and what to do.
        message: String,
    },
    /// A gazetteer file is malformed.
    #[error("{}:{line}: {message}", path.display())]
    Gazetteer {
        /// The gazetteer file.
        path: PathBuf,
        /// The 1-based line number in the file.
        line: u64,
        /// What is wrong with that line.
        message: String,
    },
    /// A compiled gazetteer file is not one, is truncated or corrupt, or comes from an
    /// incompatible version of gazette.
    #[error("{}: {message}", path.display())]
    Compiled {
        /// The compiled gazetteer file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A Wikidata dump cannot be read on (a truncated or corrupt compressed file), or none of
    /// its lines is an entity.
    #[error("{}:{line}: {message}", path.display())]
    Wikidata {
        /// The dump (`-` for standard input).
        path: PathBuf,
        /// The 1-based line where reading stopped, or the first line that is not an entity.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A reference date is not a valid `YYYY-MM-DD` date (or a timestamp that starts with one).
    #[error(
        "invalid reference date {value:?}: expected a calendar date as YYYY-MM-DD \
         (or an ISO 8601 timestamp)"
    )]
    ReferenceDate {
        /// The text that was given.
        value: String,
    },
    /// A line of JSON Lines input is not a JSON object with the expected fields.
    #[error("{}:{line}: {message}", path.display())]
    JsonLine {
        /// The input file (`-` for standard input).
        path: PathBuf,
        /// The 1-based line number.
        line: u64,
        /// What is wrong with that line.
        message: String,
    },
}

impl Error {
    /// An [`Error::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, cause: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            cause,
        }
    }
}
