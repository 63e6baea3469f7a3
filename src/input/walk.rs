//! Listing the documents to read: paths given on the command line, and directories walked
//! recursively in sorted order.
//!
//! A path given explicitly is read whatever it is (a file, a FIFO, a device, a link to one);
//! while walking, only regular files are read: hidden entries are skipped silently, symbolic
//! links are not followed unless asked (`-L`, as rg and fd), and every other entry that is not
//! read (a link, a FIFO, a socket, a device, the output file itself) is named in a note, so no
//! document is dropped without a word.

use std::fs::Metadata;
use std::path::{Path, PathBuf};

use super::Source;
use crate::error::Error;

/// A document to read: where it comes from and, for a regular file, its size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Where the document comes from.
    pub source: Source,
    /// The length of a regular file when it was listed; `None` for standard input and other
    /// streams (FIFOs, devices, process substitutions), which are read window by window as they
    /// come.
    pub size: Option<u64>,
}

/// What identifies a file whatever the path to it (device and inode on Unix).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    /// The identity of the file `meta` describes (`None` where the platform has none).
    pub fn of(meta: &Metadata) -> Option<FileId> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileId {
                dev: meta.dev(),
                ino: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// The identity of the file at `path`, following links.
    pub fn of_path(path: &Path) -> Option<FileId> {
        std::fs::metadata(path).ok().as_ref().and_then(FileId::of)
    }
}

/// How directories are walked.
#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    /// Follow symbolic links inside walked directories (paths given explicitly are always
    /// followed).
    pub follow_links: bool,
    /// Files not to read while walking (the output file), each named in a note.
    pub exclude: Vec<FileId>,
}

/// What listing the inputs gave: the documents to read, in order, the entries that could not
/// be listed, and notes on those skipped.
#[derive(Debug, Default)]
pub struct Inputs {
    /// Documents, in command-line order; a directory's files in sorted order.
    pub inputs: Vec<Input>,
    /// Directory entries that could not be read.
    pub errors: Vec<Error>,
    /// Entries of walked directories that are not read, and why ("x: symbolic link not
    /// followed").
    pub notes: Vec<String>,
    /// Whether any path was a directory.
    pub had_directory: bool,
    /// The total size in bytes of the files found (for a progress bar), when known.
    pub total_bytes: u64,
}

/// Expands paths into documents: `-` is standard input, a directory is walked recursively
/// (hidden files and directories skipped, entries sorted by name), anything else is read as it
/// is. A path that does not exist is kept, so that reading it reports the error in order.
pub fn collect(paths: &[PathBuf], options: &WalkOptions) -> Inputs {
    let mut inputs = Inputs::default();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Source::Stdin, None);
            continue;
        }
        let meta = std::fs::metadata(p);
        if !meta.as_ref().is_ok_and(Metadata::is_dir) {
            let size = meta.ok().filter(Metadata::is_file).map(|m| m.len());
            inputs.push(Source::File(p.clone()), size);
            continue;
        }
        inputs.had_directory = true;
        walk(p, options, &mut inputs);
    }
    inputs
}

/// Adds the regular files under `dir`.
fn walk(dir: &Path, options: &WalkOptions, inputs: &mut Inputs) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(options.follow_links)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
                let io = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("filesystem loop"));
                inputs.errors.push(Error::io(path, io));
                continue;
            }
        };
        let kind = e.file_type();
        if kind.is_dir() {
            continue;
        }
        let name = e.path().display();
        if kind.is_symlink() {
            inputs.notes.push(format!(
                "{name}: symbolic link not followed (-L follows links)"
            ));
            continue;
        }
        if !kind.is_file() {
            inputs
                .notes
                .push(format!("{name}: not a regular file, skipped"));
            continue;
        }
        match e.metadata() {
            Ok(meta) => {
                if FileId::of(&meta).is_some_and(|id| options.exclude.contains(&id)) {
                    inputs
                        .notes
                        .push(format!("{name}: the output file, skipped"));
                    continue;
                }
                inputs.push(Source::File(e.into_path()), Some(meta.len()));
            }
            Err(err) => {
                let io = err
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("cannot read metadata"));
                inputs.errors.push(Error::io(e.path(), io));
            }
        }
    }
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
