//! The command line: clap's `Args` and the closed choices as `ValueEnum`s. Validation only; no
//! I/O happens here (that is `config.rs` and `run.rs`).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Examples:
  gazette story.txt                              CSV to stdout, one row per mention
  cat story.txt | gazette --format jsonl         standard input, one JSON object per document
  gazette --format json archive/                 a directory, walked recursively
  gazette archive/ -o tags.csv --jobs 2          in parallel, to a file
  gazette --gazetteer newsroom.csv story.txt     add your own list (type,canonical,aliases,id)
  gazette -g newsroom.csv --no-builtin story.txt only your own lists (and dates)
  gazette --types person,date story.txt          only these types
  gazette --reference-date 2025-12-13 story.txt  resolve \"am 3. Oktober\" to 2025-10-03
  gazette --input jsonl --text-field body --id-field uuid --date-field published < news.jsonl
  gazette --summary story.txt                    one row per entity: a story's tag list
  gazette --format html archive/ -o review.html  a page to review the stories in a browser
  gazette gazetteer compile newsroom.csv -o newsroom.gzt   a list that loads in milliseconds
  gazette gazetteer import --wikidata latest-all.json.gz -o wikidata.gzt   your own Wikidata
  gazette --quiet archive/ > tags.csv            no progress bar, no summary line
  gazette completions bash > ~/.local/share/bash-completion/completions/gazette
  gazette man > ~/.local/share/man/man1/gazette.1

CSV/TSV columns: document,type,text,canonical,id,value,start,end,char_start,char_end,country,grain
TSV is never quoted: backslash, tab, line feed, CR and NUL are written \\\\ \\t \\n \\r \\0.
JSON: {\"document\", \"id\"?, \"entities\": [{\"type\", \"text\", \"start\", \"end\", \"char_start\",
       \"char_end\", \"canonical\", \"id\", \"country\", \"value\", \"grain\", \"source\"}]}
Offsets: start/end are UTF-8 byte offsets, char_start/char_end count Unicode scalar values
(both half-open) into the text after invalid UTF-8 is replaced by U+FFFD.

Exit status: 0 ok (also with no mentions), 1 some inputs failed (the rest were written),
2 usage or gazetteer error, 130/143 interrupted by SIGINT/SIGTERM (-o FILE left as it was).";

/// Find people, countries, organisations and dates in text, and write them as CSV, TSV, JSON or
/// JSON Lines.
#[derive(Debug, Parser)]
#[command(
    name = "gazette",
    version,
    about,
    after_help = AFTER_HELP,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// A task other than finding mentions (a file named like one is read as `./NAME`).
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files or directories to read ("-" for standard input). With none, standard input is read
    /// when it is not a terminal.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,

    /// Write to FILE instead of standard output ("-" is standard output). FILE is replaced only
    /// once the output is complete; an interrupted run leaves it as it was. FILE may not be one
    /// of the inputs, and inside a walked directory it is skipped.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Add a gazetteer CSV (type,canonical,aliases,id; aliases separated by "|"). Repeatable;
    /// earlier files win ties, and all of them win over the built-in gazetteers.
    #[arg(short, long = "gazetteer", value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,

    /// Use only the gazetteers given with --gazetteer (dates are still found).
    #[arg(long)]
    pub no_builtin: bool,

    /// Only report these types (comma-separated): person, country, city, region, nationality,
    /// organisation, date, duration.
    #[arg(short, long, value_name = "LIST", value_delimiter = ',')]
    pub types: Vec<String>,

    /// The documents' date (YYYY-MM-DD, or an ISO 8601 timestamp that starts with one), used to
    /// resolve dates without a year ("am 3. Oktober") and relative dates ("gestern"). Example:
    /// --reference-date 2025-12-13
    #[arg(long, value_name = "DATE")]
    pub reference_date: Option<String>,

    /// How input is read: "text" (one document per file or stream) or "jsonl" (one JSON object
    /// per line, see --text-field).
    #[arg(long, value_enum, default_value_t = InputArg::Text)]
    pub input: InputArg,

    /// With --input jsonl: the field holding the text [default: text]. Without --input jsonl
    /// this and the other field options are a usage error.
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,

    /// With --input jsonl: the field holding the document's id (copied to the output)
    /// [default: id].
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,

    /// With --input jsonl: the field holding each document's reference date (YYYY-MM-DD or an
    /// ISO 8601 timestamp); overrides --reference-date for that document.
    #[arg(long, value_name = "NAME")]
    pub date_field: Option<String>,

    /// The encoding of the input: utf-8 (the default: invalid bytes are replaced by U+FFFD),
    /// utf-16, utf-16be, latin1, windows-1252 or another WHATWG label, or "auto" (a byte order
    /// mark decides, else UTF-8). Text is transcoded to UTF-8 and offsets count in that text.
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,

    /// With --input jsonl: what becomes of a line that is not a JSON object with a text field.
    /// "skip": it is named on standard error, has no output, and makes the exit status 1.
    /// "record": it also gets an error record in its place in the output (CSV/TSV: a row of
    /// type "error" with the message as its text; JSON: {"document", "error", "entities": []}),
    /// so that the output keeps one document per input line, and the exit status stays 0.
    #[arg(long, value_enum, value_name = "MODE", default_value_t = OnErrorArg::Skip)]
    pub on_error: OnErrorArg,

    /// In CSV and TSV output, put a ' before every cell that begins with =, +, -, @, a tab or a
    /// carriage return, so that a spreadsheet shows it as text and never runs it as a formula.
    #[arg(long)]
    pub spreadsheet_safe: bool,

    /// Write one record per entity of each document instead of one per mention: its type,
    /// canonical name, id, how many mentions name it, where it is first mentioned and the forms
    /// seen ("Olaf Scholz | Scholz"), most mentioned first. JSON: a "summary" array per document.
    #[arg(long)]
    pub summary: bool,

    /// Number of worker threads (default: all cores). Never more than the cores, nor more than
    /// the documents when each is a small file.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,

    /// Follow symbolic links while walking directories (links given as paths are always
    /// followed). Without it, a link inside a directory is named on standard error and skipped.
    #[arg(short = 'L', long)]
    pub follow: bool,

    /// No progress bar and no summary on standard error (errors are still reported).
    #[arg(short, long)]
    pub quiet: bool,

    /// In CSV and TSV output, leave out the header row (for appending to an existing file).
    #[arg(long)]
    pub no_header: bool,

    /// When to colour the progress bar and the messages on standard error: "auto" colours
    /// them when standard error is a terminal and NO_COLOR is not set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// For tests only: the size in bytes of the windows long documents are read in (default
    /// 65536), so that tests can put cuts between windows where they want them.
    #[arg(long, value_name = "BYTES", hide = true)]
    pub window_bytes: Option<usize>,
}

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values, a header row, one row per mention.
    Csv,
    /// Tab-separated values, a header row, one row per mention.
    Tsv,
    /// One JSON array of document objects.
    Json,
    /// JSON Lines: one document object per line.
    Jsonl,
    /// One self-contained HTML page to review the stories: each text with its mentions marked,
    /// its tag list, type filters and a search box.
    Html,
}

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// When standard error is a terminal, TERM is not "dumb" and NO_COLOR is unset or empty.
    Auto,
    /// Always (also with NO_COLOR: the flag is the more specific wish).
    Always,
    /// Never.
    Never,
}

/// `--on-error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OnErrorArg {
    /// Name the line on standard error; no output for it; exit status 1.
    Skip,
    /// Also write an error record in its place; exit status 0.
    Record,
}

/// `--input`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputArg {
    /// Each file (or standard input) is one document.
    Text,
    /// Each line is a JSON object holding one document.
    Jsonl,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_valid() {
        Args::command().debug_assert();
    }
}

/// Tasks other than finding mentions.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with gazetteer files.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// Print a completion script for bash, zsh, fish, powershell or elvish.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page gazette(1); with --dir, write one page per command into DIR.
    Man {
        /// Write the pages into this directory instead.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// What `gazette gazetteer` does.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Compile a gazetteer CSV into a file that --gazetteer loads in milliseconds (a
    /// 200,000-entry list: 2 s as CSV at every start, a few ms compiled). Warnings about rows
    /// are printed as for --gazetteer; OUTPUT is replaced only once it is complete.
    Compile {
        /// The gazetteer CSV (type,canonical,aliases,id).
        input: PathBuf,
        /// The compiled file to write (for example newsroom.gzt).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Import a gazetteer from a Wikidata JSON dump (whole or filtered; plain, .gz or .bz2,
    /// told apart by their first bytes; JSON Lines too), read line by line. Entities whose
    /// "instance of" (P31) is one of the classes are kept, with their labels and aliases in the
    /// languages and their QID as id; the canonical name is the label in the first language
    /// that has one. Malformed lines are skipped and counted (the first 20 named). What was
    /// read and kept is reported on standard error.
    Import {
        /// The dump ("-" for standard input), for example latest-all.json.gz.
        #[arg(long, value_name = "FILE")]
        wikidata: PathBuf,
        /// The gazetteer to write; replaced only once it is complete. Without it, CSV is
        /// written to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// What to write [default: csv when FILE ends in .csv or there is no FILE, else gzt].
        #[arg(short, long, value_enum)]
        format: Option<ImportFormat>,
        /// Languages of the names, in order of preference for the canonical name
        /// [default: en,de,fr,es,it,nl,pt,ru,mul].
        #[arg(long, value_name = "LIST", value_delimiter = ',')]
        languages: Vec<String>,
        /// Classes to keep instead of the default table (README, "Importing Wikidata"):
        /// QID (with its default type), QID=TYPE, or "default" for the whole table. Example:
        /// --classes default,Q1637706=city
        #[arg(long, value_name = "LIST", value_delimiter = ',')]
        classes: Vec<String>,
    },
}

/// `gazette gazetteer import --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A compiled gazetteer, as `gazette gazetteer compile` writes.
    Gzt,
    /// Gazetteer CSV (type,canonical,aliases,id).
    Csv,
}
