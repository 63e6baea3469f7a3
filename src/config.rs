//! `Args` → `Config`: reads the user's gazetteers, builds the extractor and resolves the format,
//! the input mode, the reference date and the number of threads. Everything that can be wrong
//! with the command line is found here, before any document is read (exit status 2).

use std::path::PathBuf;

use anyhow::{bail, Context};
use gazette::gazetteer::load;
use gazette::input::jsonl::{parse_date_prefix, JsonlFields};
use gazette::input::window::WINDOW_BYTES;
use gazette::output::{OutputFormat, Printer};
use gazette::{Error, Extractor, ExtractorBuilder, Label, LabelSet};
use jiff::civil::Date;

use crate::cli::{Args, FormatArg, InputArg, OnErrorArg};
use crate::messages::{say, Level};

/// What becomes of a JSON line that is not a document (`--on-error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorMode {
    /// Named on standard error and counted as failed (exit status 1); no output for it.
    Skip,
    /// Also recorded in the output in its place, not counted as failed.
    Record,
}

/// How input bytes become text (`--encoding`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingMode {
    /// UTF-8 as it is, invalid bytes replaced by U+FFFD (the default: nothing is transcoded).
    Utf8,
    /// A byte order mark decides (UTF-8, UTF-16LE or UTF-16BE); without one, UTF-8.
    Auto,
    /// This encoding, transcoded to UTF-8 (a byte order mark still wins).
    Fixed(&'static encoding_rs::Encoding),
}

/// Everything a run needs.
pub struct Config {
    pub paths: Vec<PathBuf>,
    pub extractor: Extractor,
    /// The printer for the output format.
    pub printer: Printer,
    pub output: Option<PathBuf>,
    pub reference: Option<Date>,
    /// Some(fields) for JSON Lines input.
    pub jsonl: Option<JsonlFields>,
    pub jobs: usize,
    pub quiet: bool,
    /// The size of the windows long documents are read in ([`WINDOW_BYTES`] unless a test sets
    /// `--window-bytes`).
    pub window_bytes: usize,
    /// Follow symbolic links while walking directories (`-L`).
    pub follow_links: bool,
    /// What becomes of a JSON line that is not a document.
    pub on_error: ErrorMode,
    /// How input bytes become text.
    pub encoding: EncodingMode,
}

impl Config {
    pub fn from_args(args: Args) -> anyhow::Result<Config> {
        let labels = if args.types.is_empty() {
            LabelSet::all()
        } else {
            let mut set = LabelSet::empty();
            for t in args.types.iter().filter(|t| !t.trim().is_empty()) {
                let label: Label = t.parse().map_err(anyhow::Error::msg).context("--types")?;
                set.insert(label);
            }
            set
        };
        // The same dates and timestamps as --date-field takes.
        let reference = match &args.reference_date {
            None => None,
            Some(s) => Some(
                parse_date_prefix(s).ok_or_else(|| Error::ReferenceDate { value: s.clone() })?,
            ),
        };
        if args.input != InputArg::Jsonl {
            for (given, flag) in [
                (args.text_field.is_some(), "--text-field"),
                (args.id_field.is_some(), "--id-field"),
                (args.date_field.is_some(), "--date-field"),
            ] {
                if given {
                    bail!("{flag} reads fields of JSON Lines: it needs --input jsonl");
                }
            }
        }
        if args.no_builtin
            && args.gazetteers.is_empty()
            && labels != LabelSet::all()
            && !labels.contains(Label::Date)
            && !labels.contains(Label::Duration)
        {
            bail!("--no-builtin without --gazetteer finds nothing but dates and durations, and --types excludes both");
        }
        if args.no_header && !matches!(args.format, FormatArg::Csv | FormatArg::Tsv) {
            bail!("--no-header leaves out the header row of CSV and TSV: it needs --format csv or tsv");
        }
        if args.summary && args.format == FormatArg::Html {
            bail!("--summary: the HTML page shows each story's tag list already; leave it out");
        }
        let mut builder = ExtractorBuilder::new();
        builder.builtin(!args.no_builtin).labels(labels);
        for path in &args.gazetteers {
            // A CSV file or a compiled one (`gazette gazetteer compile`). The error names the
            // file (and line): say only what was being done.
            let opened = load::open(path).context("reading a gazetteer")?;
            if !args.quiet {
                print_warnings(&opened.warnings);
            }
            builder.gazetteer(opened.gazetteer);
        }
        // More threads than cores do not help (and -j 100000 started 14,000 threads).
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let jobs = match args.jobs {
            Some(0) => bail!("--jobs must be at least 1"),
            Some(n) => n.min(cores),
            None => cores,
        };
        Ok(Config {
            paths: args.paths,
            extractor: builder.build(),
            printer: Printer::new(match args.format {
                FormatArg::Csv => OutputFormat::Csv,
                FormatArg::Tsv => OutputFormat::Tsv,
                FormatArg::Json => OutputFormat::Json,
                FormatArg::Jsonl => OutputFormat::Jsonl,
                FormatArg::Html => OutputFormat::Html,
            })
            .spreadsheet_safe(args.spreadsheet_safe)
            .summary(args.summary)
            .header(!args.no_header),
            output: args.output,
            reference,
            jsonl: (args.input == InputArg::Jsonl).then(|| JsonlFields {
                text: args.text_field.unwrap_or_else(|| "text".into()),
                id: args.id_field.unwrap_or_else(|| "id".into()),
                date: args.date_field,
            }),
            jobs,
            quiet: args.quiet,
            encoding: encoding(args.encoding.as_deref())?,
            follow_links: args.follow,
            on_error: match args.on_error {
                OnErrorArg::Skip => ErrorMode::Skip,
                OnErrorArg::Record => ErrorMode::Record,
            },
            window_bytes: match args.window_bytes {
                Some(0) => bail!("--window-bytes must be at least 1"),
                Some(n) => n,
                None => WINDOW_BYTES,
            },
        })
    }
}

/// `--encoding`: `auto`, or any WHATWG label (`utf-8`, `utf-16`, `utf-16be`, `latin1`,
/// `windows-1252`, `iso-8859-15`, …; `latin1` is windows-1252, as browsers read it).
fn encoding(label: Option<&str>) -> anyhow::Result<EncodingMode> {
    let Some(label) = label.map(str::trim) else {
        return Ok(EncodingMode::Utf8);
    };
    if label.eq_ignore_ascii_case("auto") {
        return Ok(EncodingMode::Auto);
    }
    match encoding_rs::Encoding::for_label(label.as_bytes()) {
        Some(e) if e == encoding_rs::UTF_8 => Ok(EncodingMode::Utf8),
        Some(e) => Ok(EncodingMode::Fixed(e)),
        None => bail!(
            "--encoding: unknown encoding {label:?} (for example utf-8, utf-16, latin1, \
             windows-1252, auto)"
        ),
    }
}

/// How many warnings about a gazetteer are printed; the rest are counted. A list of made-up
/// names gave 65,544, which no one reads on a terminal.
const MAX_WARNINGS: usize = 20;

/// Prints warnings about a gazetteer's rows on standard error, the first [`MAX_WARNINGS`] and a
/// count of the rest.
pub fn print_warnings(warnings: &[load::Warning]) {
    for w in warnings.iter().take(MAX_WARNINGS) {
        say(Level::Warning, w);
    }
    if warnings.len() > MAX_WARNINGS {
        say(
            Level::Warning,
            format_args!("{} more warnings not shown", warnings.len() - MAX_WARNINGS),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_read_by_their_labels() {
        let table = [
            (None, Some(EncodingMode::Utf8)),
            (Some("UTF-8"), Some(EncodingMode::Utf8)),
            (Some("auto"), Some(EncodingMode::Auto)),
            (
                Some("utf-16"),
                Some(EncodingMode::Fixed(encoding_rs::UTF_16LE)),
            ),
            (
                Some("latin1"),
                Some(EncodingMode::Fixed(encoding_rs::WINDOWS_1252)),
            ),
            (Some("klingon"), None),
        ];
        for (label, want) in table {
            assert_eq!(encoding(label).ok(), want, "{label:?}");
        }
    }
}
