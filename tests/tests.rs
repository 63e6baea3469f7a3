//! Integration tests: they drive the `gazette` binary (and, for properties, the library) and
//! compile into one test binary, as ripgrep's do.

// Helpers: TestCommand, Dir and the parsed output types.
mod util;

// Text → expected mentions, in German, English, French and mixed scripts.
mod matching;
// Output formats (CSV, TSV, JSON, JSON Lines), parsed and compared with each other.
mod formats;
// The review page (--format html): marks, text and escaping.
mod html;
// The user's gazetteers: loading, merging, errors.
mod gazetteers;
// `gazette gazetteer import --wikidata`: a small dump in Wikidata's format, imported and used.
mod wikidata;
// The generated gazetteers are what gazetteers/generate.py wrote.
mod generated;
// Inputs, exit statuses, directories, broken pipes, --help.
mod cli;
// Completions, man pages, --no-header, --color.
mod shell;
// Properties over arbitrary text (no panics, valid spans).
mod properties;
// Extractors built and dropped one after another on one thread.
mod rebuild;
