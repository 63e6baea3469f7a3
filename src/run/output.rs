//! Where the output goes: standard output, or the file given with `-o`.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// The output of a run.
pub struct Output {
    /// Where the bytes go, buffered.
    pub writer: Box<dyn Write>,
    /// The file written, `None` for standard output.
    pub path: Option<PathBuf>,
}

impl Output {
    /// Standard output, or the file `path` (created or truncated).
    ///
    /// # Errors
    /// When the file cannot be created; that is a usage error (nothing has been read yet).
    pub fn create(path: Option<&Path>) -> anyhow::Result<Output> {
        let writer: Box<dyn Write> = match path {
            None => Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
            Some(p) => Box::new(BufWriter::with_capacity(
                1 << 16,
                File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
            )),
        };
        Ok(Output {
            writer,
            path: path.map(Path::to_path_buf),
        })
    }

    /// The name of the output in messages.
    pub fn name(&self) -> String {
        self.path
            .as_deref()
            .map_or_else(|| "standard output".into(), |p| p.display().to_string())
    }
}
