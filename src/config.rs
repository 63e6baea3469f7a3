//! `Args` → `Config`: reads the user's gazetteers, builds the extractor and resolves the format,
//! the input mode, the reference date and the number of threads. Everything that can be wrong
//! with the command line is found here, before any document is read (exit status 2).

use std::path::PathBuf;

use anyhow::{bail, Context};
use gazette::gazetteer::load;
use gazette::input::jsonl::JsonlFields;
use gazette::input::window::WINDOW_BYTES;
use gazette::output::{OutputFormat, Printer};
use gazette::{Error, Extractor, ExtractorBuilder, Gazetteer, Label, LabelSet};
use jiff::civil::Date;

use crate::cli::{Args, FormatArg, InputArg};

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
        let reference = match &args.reference_date {
            None => None,
            Some(s) => Some(
                s.trim()
                    .parse::<Date>()
                    .map_err(|_| Error::ReferenceDate { value: s.clone() })?,
            ),
        };
        if args.no_builtin
            && args.gazetteers.is_empty()
            && labels != LabelSet::all()
            && !labels.contains(Label::Date)
        {
            bail!("--no-builtin without --gazetteer finds nothing but dates, and --types excludes dates");
        }
        let mut builder = ExtractorBuilder::new();
        builder.builtin(!args.no_builtin).labels(labels);
        for path in &args.gazetteers {
            // The error names the file (and line): say only what was being done.
            let entries = load::load(path).context("reading a gazetteer")?;
            builder.gazetteer(Gazetteer::from_entries(entries));
        }
        let jobs = match args.jobs {
            Some(0) => bail!("--jobs must be at least 1"),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        Ok(Config {
            paths: args.paths,
            extractor: builder.build(),
            printer: Printer::new(match args.format {
                FormatArg::Csv => OutputFormat::Csv,
                FormatArg::Tsv => OutputFormat::Tsv,
                FormatArg::Json => OutputFormat::Json,
                FormatArg::Jsonl => OutputFormat::Jsonl,
            }),
            output: args.output,
            reference,
            jsonl: (args.input == InputArg::Jsonl).then_some(JsonlFields {
                text: args.text_field,
                id: args.id_field,
                date: args.date_field,
            }),
            jobs,
            quiet: args.quiet,
            window_bytes: match args.window_bytes {
                Some(0) => bail!("--window-bytes must be at least 1"),
                Some(n) => n,
                None => WINDOW_BYTES,
            },
        })
    }
}
