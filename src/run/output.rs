//! Where the output goes: standard output (no `-o`, or `-o -`), or the file given with `-o`.
//!
//! A file is written to a temporary file beside it (hidden, so a walk of its directory skips
//! it) and renamed over it when the run is complete: an interrupted or failed run leaves the
//! file as it was, and a reader never sees half of it. `-o` naming one of the inputs (by any
//! path or link) is refused before anything is written.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use gazette::input::FileId;

use super::interrupt;

/// The output of a run.
pub struct Output {
    /// Where the bytes go, buffered.
    pub writer: Box<dyn Write>,
    /// The file being written, `None` for standard output.
    file: Option<OutputFile>,
}

/// `-o FILE`: the temporary file written, and the file it becomes.
struct OutputFile {
    temp: PathBuf,
    path: PathBuf,
}

impl Output {
    /// Standard output (`path` is `None` or `-`), or a temporary file beside `path`.
    ///
    /// # Errors
    /// When `path` is one of `inputs`, or the temporary file cannot be created: usage errors,
    /// as nothing has been read yet.
    pub fn create(path: Option<&Path>, inputs: &[PathBuf]) -> anyhow::Result<Output> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                writer: Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
                file: None,
            });
        };
        if let Some(id) = FileId::of_path(path) {
            for input in inputs.iter().filter(|p| p.as_os_str() != "-") {
                let meta = std::fs::metadata(input);
                if meta.as_ref().is_ok_and(|m| !m.is_dir()) && FileId::of_path(input) == Some(id) {
                    bail!(
                        "-o {} is also an input ({}): refusing to overwrite it",
                        path.display(),
                        input.display()
                    );
                }
            }
        }
        let cannot = || format!("cannot create {}", path.display());
        // Not a regular file (`-o /dev/null`, a FIFO): written directly, never replaced.
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_dir() {
                bail!("cannot create {}: it is a directory", path.display());
            }
            if !meta.is_file() {
                let file = OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(cannot)?;
                return Ok(Output {
                    writer: Box::new(BufWriter::with_capacity(1 << 16, file)),
                    file: None,
                });
            }
        }
        // Through a link, the file it points to is replaced, not the link.
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let (file, temp) = create_beside(&path).with_context(cannot)?;
        interrupt::set_temp(temp.clone(), path.clone());
        Ok(Output {
            writer: Box::new(BufWriter::with_capacity(1 << 16, file)),
            file: Some(OutputFile { temp, path }),
        })
    }

    /// The name of the output in messages.
    pub fn name(&self) -> String {
        self.file.as_ref().map_or_else(
            || "standard output".into(),
            |f| f.path.display().to_string(),
        )
    }

    /// What the walk must skip: the output file, if it exists already.
    pub fn file_id(&self) -> Option<FileId> {
        self.file.as_ref().and_then(|f| FileId::of_path(&f.path))
    }

    /// The file that becomes the output once complete: `-o FILE`'s temporary file.
    pub(super) fn into_parts(self) -> (Box<dyn Write>, Finish) {
        (self.writer, Finish(self.file))
    }
}

/// What is left to do with the output after the run: rename the finished file into place, or
/// remove it after a failure.
pub(super) struct Finish(Option<OutputFile>);

impl Finish {
    /// Puts the complete output in place (the writer has been flushed and dropped).
    ///
    /// # Errors
    /// When the rename fails; the temporary file is removed.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let Some(f) = self.0.take() else {
            return Ok(());
        };
        interrupt::without_temp(|| std::fs::rename(&f.temp, &f.path)).map_err(|e| {
            let _ = std::fs::remove_file(&f.temp);
            anyhow::Error::new(e).context(format!("cannot write {}", f.path.display()))
        })
    }
}

impl Drop for Finish {
    /// A run that did not commit leaves the file as it was.
    fn drop(&mut self) {
        if let Some(f) = self.0.take() {
            interrupt::without_temp(|| std::fs::remove_file(&f.temp)).ok();
        }
    }
}

/// Creates a new hidden file beside `path` (`dir/.tags.csv.gazette-<pid>-<n>.tmp` for
/// `dir/tags.csv`), with the permissions of `path` if it exists; returns it and its path.
fn create_beside(path: &Path) -> io::Result<(File, PathBuf)> {
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let mut n = 0;
    loop {
        let temp = path.with_file_name(format!(".{name}.gazette-{}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => {
                if let Ok(meta) = std::fs::metadata(path) {
                    let _ = file.set_permissions(meta.permissions());
                }
                return Ok((file, temp));
            }
            // Left by an earlier run that had the same process id: take the next name.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    }
}
