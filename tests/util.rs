//! Test helpers: run the binary hermetically, make temporary directories, parse its output.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde::Deserialize;

/// A command line for the `gazette` binary, run with an empty environment.
pub struct TestCommand {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl TestCommand {
    pub fn new() -> TestCommand {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gazette"));
        // Hermetic: nothing from the caller's environment (COLUMNS, RAYON_NUM_THREADS, ...)
        // may change the output.
        cmd.env_clear();
        cmd.stdin(Stdio::null());
        TestCommand { cmd, stdin: None }
    }

    pub fn arg(&mut self, a: impl AsRef<std::ffi::OsStr>) -> &mut TestCommand {
        self.cmd.arg(a);
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut TestCommand
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Sets one environment variable (the rest stay cleared).
    pub fn env(&mut self, key: &str, value: &str) -> &mut TestCommand {
        self.cmd.env(key, value);
        self
    }

    pub fn current_dir(&mut self, dir: &Path) -> &mut TestCommand {
        self.cmd.current_dir(dir);
        self
    }

    /// Feeds `input` on standard input.
    pub fn pipe(&mut self, input: impl AsRef<[u8]>) -> &mut TestCommand {
        self.stdin = Some(input.as_ref().to_vec());
        self
    }

    pub fn output(&mut self) -> Output {
        if self.stdin.is_some() {
            self.cmd.stdin(Stdio::piped());
        }
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("spawn gazette");
        if let Some(input) = self.stdin.take() {
            let mut stdin = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                let _ = stdin.write_all(&input);
            });
        }
        child.wait_with_output().expect("wait for gazette")
    }

    /// Runs, asserts exit status 0, returns stdout.
    pub fn stdout(&mut self) -> String {
        let out = self.output();
        assert!(
            out.status.success(),
            "gazette failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// Runs and asserts the exit code; returns the output.
    pub fn assert_exit_code(&mut self, code: i32) -> Output {
        let out = self.output();
        assert_eq!(
            out.status.code(),
            Some(code),
            "stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

/// A temporary directory with files.
pub struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Creates `name` (and its parent directories) with `contents`; returns its path.
    pub fn create(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.tmp.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, contents).unwrap();
        p
    }
}

/// A mention as the JSON output has it; unknown fields are an error.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct JsonMention {
    #[serde(rename = "type")]
    pub label: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub canonical: String,
    pub id: Option<String>,
    pub country: Option<String>,
    pub value: Option<String>,
    pub grain: Option<String>,
    pub source: String,
}

/// A document as the JSON output has it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct JsonDocument {
    pub document: String,
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// Why the document could not be read (`--on-error record`).
    #[serde(default)]
    pub error: Option<String>,
    pub entities: Vec<JsonMention>,
}

/// A CSV/TSV row.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct CsvRow {
    pub document: String,
    #[serde(rename = "type")]
    pub label: String,
    pub text: String,
    pub canonical: String,
    pub id: String,
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub country: String,
    pub grain: String,
}

/// Parses CSV (or TSV with `delimiter` b'\t') output, checking the header.
pub fn parse_csv(out: &str, delimiter: u8) -> Vec<CsvRow> {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(out.as_bytes());
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        headers,
        [
            "document",
            "type",
            "text",
            "canonical",
            "id",
            "value",
            "start",
            "end",
            "char_start",
            "char_end",
            "country",
            "grain"
        ]
    );
    rdr.deserialize().map(|r| r.expect("CSV row")).collect()
}

/// Parses JSON Lines output.
pub fn parse_jsonl(out: &str) -> Vec<JsonDocument> {
    out.lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// Runs gazette on `text` (stdin, JSON Lines output) with extra `args`; returns the mentions.
pub fn mentions(text: &str, args: &[&str]) -> Vec<JsonMention> {
    let out = TestCommand::new()
        .args(["--format", "jsonl"])
        .args(args)
        .pipe(text)
        .stdout();
    let mut docs = parse_jsonl(&out);
    assert_eq!(docs.len(), 1, "one document for stdin");
    let doc = docs.pop().unwrap();
    assert_eq!(doc.document, "-");
    for m in &doc.entities {
        // The contract: text == the bytes at start..end, and the char offsets agree.
        assert_eq!(&text[m.start..m.end], m.text, "byte offsets of {m:?}");
        let by_chars: String = text
            .chars()
            .skip(m.char_start)
            .take(m.char_end - m.char_start)
            .collect();
        assert_eq!(by_chars, m.text, "char offsets of {m:?}");
    }
    doc.entities
}

/// Waits for `child` at most `secs` seconds; kills it and returns `None` when it takes longer.
pub fn wait_at_most(
    child: &mut std::process::Child,
    secs: u64,
) -> Option<std::process::ExitStatus> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().expect("wait for gazette") {
            return Some(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Makes a FIFO at `path` with `mkfifo` (false when there is no such command).
pub fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// The names of the files in `dir`, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Parses TSV output: one row a line, fields split at tabs and unescaped (`\t`, `\n`, `\r`,
/// `\\`, `\0`), checking the header.
pub fn parse_tsv(out: &str) -> Vec<CsvRow> {
    let unescape = |f: &str| {
        let mut s = String::new();
        let mut chars = f.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                s.push(c);
                continue;
            }
            match chars.next() {
                Some('t') => s.push('\t'),
                Some('n') => s.push('\n'),
                Some('r') => s.push('\r'),
                Some('0') => s.push('\0'),
                Some('\\') => s.push('\\'),
                other => panic!("bad escape \\{other:?} in {f:?}"),
            }
        }
        s
    };
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "document\ttype\ttext\tcanonical\tid\tvalue\tstart\tend\tchar_start\tchar_end\tcountry\tgrain"
        )
    );
    lines
        .map(|line| {
            let f: Vec<String> = line.split('\t').map(unescape).collect();
            assert_eq!(f.len(), 12, "{line:?}");
            let n = |i: usize| f[i].parse().expect("an offset");
            CsvRow {
                document: f[0].clone(),
                label: f[1].clone(),
                text: f[2].clone(),
                canonical: f[3].clone(),
                id: f[4].clone(),
                value: f[5].clone(),
                start: n(6),
                end: n(7),
                char_start: n(8),
                char_end: n(9),
                country: f[10].clone(),
                grain: f[11].clone(),
            }
        })
        .collect()
}

/// `text` without ANSI escape sequences (`ESC [ ... m`).
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
