//! Evaluates gazette against human-annotated data: named entities (people, countries,
//! organisations) on CoNLL-style corpora, and dates (detection and normalised value) on TIMEX
//! corpora. It prints Markdown tables on standard output, ready to paste into a README, and the
//! command line, timings and (with `--errors N`) the errors on standard error.
//!
//! ```text
//! cargo run --release --example evaluate -- [--format FORMAT] [--gazetteer FILE]... [--errors N] PATH...
//! cargo run --release --example evaluate -- /work/shared/data/ner-germeval2014-de/NER-de-dev.tsv
//! cargo run --release --example evaluate -- --errors 10 /work/shared/data/ner-wikigold-en/wikigold.conll.txt
//! cargo run --release --example evaluate -- /work/shared/data/time-wikiwars-de/wikiwarsde_timex.jsonl
//! ```
//!
//! The format of each file is detected from its content unless `--format` says it:
//!
//! | format        | data                                              | evaluation |
//! |---------------|---------------------------------------------------|------------|
//! | `germeval`    | GermEval 2014 TSV (`idx token outer nested`, BIO) | entities, one document per sentence |
//! | `conll`       | `token … tag` (IOB1 or BIO), e.g. WikiGold         | entities, one document per `-DOCSTART-` article (per sentence without it) |
//! | `wikiwars`    | WikiWarsDE JSONL (running text + TIMEX2)          | dates |
//! | `recognizers` | Microsoft Recognizers-Text spec JSON              | dates |
//! | `duckling`    | Duckling corpus JSONL (phrase + value + grain)    | dates |
//!
//! # Entities
//!
//! A document's text is its tokens joined by single spaces (sentences of an article joined by a
//! line break), so every gold span is a byte range of that text. Articles are kept whole so that
//! a surname is linked to the full name given earlier. Gold types map to labels as PER → person,
//! LOC → country, city or region, ORG → organisation; other gold types (OTH, MISC, GermEval's `…deriv` and
//! `…part`, nested tags) are not scored, and nor are our date and nationality mentions. LOC also
//! holds rivers, mountains and buildings, which no gazetteer of ours has; the notes under the
//! table give the share of our country mentions that overlap a gold LOC.
//!
//! Per label: precision = matched / predicted, recall = matched / gold, F1 their harmonic mean,
//! counted two ways. **Exact**: a prediction matches when its byte range equals a gold span of the
//! mapped type (so predictions not on token boundaries are wrong). **Overlap**: predictions and
//! gold spans of the same type that share at least one byte are paired greedily (each prediction
//! takes the unpaired gold span it overlaps most), each used at most once. The micro average sums
//! the counts of the three labels.
//!
//! # Dates
//!
//! For each gold expression whose value is a calendar date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `X`
//! allowed for unknown digits) the date finder (dates only, as with `--types date`) runs on the
//! text with the data's reference date. Gold values that are times, durations, sets, weeks,
//! seasons, centuries, BC years or relative markers are skipped and counted by kind. Figures:
//! *recall* = gold dates overlapped by a date mention; *precision* = date mentions that overlap
//! any gold expression (skipped ones included: finding the date in "4:45 Uhr am 1. September" is
//! not an error); *value exact* = detected dates whose value equals the gold value (time of day
//! dropped, months and days zero-padded); *value (X = any)* also accepts an `X` digit on either
//! side, so a year-less "XXXX-10-03" counts against a gold "1939-10-03".
//!
//! Which data, and why: WikiWarsDE is the primary set, as it is real running text with every
//! TIMEX2 annotated, so precision means something; its reference date (the download date) is not
//! what its year-less dates refer to (they are anchored to the narrative), so no reference is
//! passed and the `X = any` column is the one to read there. Recognizers-Text (`DateTimeModel.json`,
//! also the `*Parser.json` files) gives sentences with a reference date and accepts either the
//! year-less TIMEX or any resolved value; its sentences are fully annotated, so precision is shown
//! too. Duckling gives phrases only (each whole phrase is the gold span), so it measures
//! normalisation; its precision is not shown, and its regional-locale and latent examples are
//! skipped.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, ValueEnum};
use gazette::{Extractor, ExtractorBuilder, Gazetteer, Label, LabelSet, Mention};
use jiff::civil::Date;
use serde::Deserialize;

/// Evaluate gazette on annotated NER or date data; prints Markdown tables.
#[derive(Debug, Parser)]
#[command(name = "evaluate")]
struct Args {
    /// The format of every PATH (default: detected from each file's content).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Add a user gazetteer (CSV: type,canonical,aliases,id); repeatable.
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Do not use the built-in gazetteers.
    #[arg(long)]
    no_builtin: bool,
    /// Print up to N examples and the N most frequent strings of each kind of error to stderr.
    #[arg(long, value_name = "N", default_value_t = 0)]
    errors: usize,
    /// Annotated data files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

/// The annotated data formats that can be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `token … tag` lines, IOB1 or BIO, `-DOCSTART-` between articles (CoNLL 2003, WikiGold).
    #[value(alias = "wikigold")]
    Conll,
    /// GermEval 2014 TSV: `#` source lines, `idx token outer nested`.
    Germeval,
    /// WikiWarsDE JSONL: `{"text", "timexes": [{"start", "end", "val"}]}`.
    Wikiwars,
    /// Microsoft Recognizers-Text DateTime spec JSON.
    Recognizers,
    /// Duckling time corpus JSONL.
    Duckling,
}

fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let started = Instant::now();
    eprintln!("$ {}", std::env::args().collect::<Vec<_>>().join(" "));
    let code = run(&args);
    eprintln!("elapsed: {:.2} s", started.elapsed().as_secs_f64());
    code
}

fn run(args: &Args) -> ExitCode {
    let mut builder = ExtractorBuilder::new();
    builder.builtin(!args.no_builtin);
    for path in &args.gazetteers {
        match gazette::gazetteer::load::load(path) {
            Ok(entries) => {
                builder.gazetteer(Gazetteer::from_entries(entries));
            }
            Err(e) => {
                eprintln!("evaluate: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let entities = builder.build();
    let dates = ExtractorBuilder::new()
        .builtin(false)
        .labels([Label::Date].into_iter().collect::<LabelSet>())
        .build();

    let (mut ner, mut date, mut failed) = (Vec::new(), Vec::new(), false);
    for path in &args.paths {
        let started = Instant::now();
        let outcome = read_data(path, args.format).map(|data| match data {
            Data::Ner(docs) => {
                let report = evaluate_ner(path, &docs, &entities, args.errors);
                eprintln!(
                    "{}: {} documents, {} gold entities scored, {:.2} s",
                    path.display(),
                    docs.len(),
                    report.counts.iter().map(|c| c.gold).sum::<usize>(),
                    started.elapsed().as_secs_f64()
                );
                report.errors.print(&report.data);
                ner.push(report);
            }
            Data::Dates(cases, kind) => {
                let report = evaluate_dates(path, &cases, kind, &dates, args.errors);
                eprintln!(
                    "{}: {} texts, {} gold expressions, {:.2} s",
                    path.display(),
                    cases.len(),
                    report.gold,
                    started.elapsed().as_secs_f64()
                );
                report.errors.print(&report.data);
                date.push(report);
            }
        });
        if let Err(e) = outcome {
            eprintln!("evaluate: {e:#}");
            failed = true;
        }
    }

    let mut out = String::new();
    if !ner.is_empty() {
        write_ner_table(&mut out, &ner);
    }
    if !date.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        write_date_table(&mut out, &date);
    }
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("evaluate: writing the tables: {e}");
            return ExitCode::from(1);
        }
    }
    ExitCode::from(if failed { 1 } else { 0 })
}

// ---------------------------------------------------------------------------------------------
// Reading data

/// What a file holds, once read.
enum Data {
    Ner(Vec<NerDocument>),
    Dates(Vec<DateCase>, DateKind),
}

/// A document with gold entity spans.
struct NerDocument {
    text: String,
    /// Every gold span, scored or not (unscored ones annotate errors).
    gold: Vec<GoldSpan>,
}

/// A gold entity: a byte range of the document and its tag type ("PER", "LOCderiv", "MISC").
struct GoldSpan {
    range: Range<usize>,
    tag: String,
}

/// Which date data a set of cases came from (decides whether precision is shown).
#[derive(Clone, Copy, PartialEq, Eq)]
enum DateKind {
    Wikiwars,
    Recognizers,
    Duckling,
}

/// A text with gold date expressions.
struct DateCase {
    text: String,
    reference: Option<Date>,
    gold: Vec<GoldDate>,
}

/// A gold date expression: where it is and what values count as right.
struct GoldDate {
    range: Range<usize>,
    value: GoldValue,
}

enum GoldValue {
    /// Normalised calendar-date values, any of which is right.
    Compare(Vec<String>),
    /// Not a calendar date; the kind of value, for the skip count.
    Skip(&'static str),
}

fn read_data(path: &Path, format: Option<Format>) -> Result<Data> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
            bail!("{}:{line}: not valid UTF-8", path.display());
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let format = match format {
        Some(f) => f,
        None => detect_format(text)
            .with_context(|| format!("{}: cannot tell the format; use --format", path.display()))?,
    };
    Ok(match format {
        Format::Conll | Format::Germeval => Data::Ner(read_conll(path, text, format)?),
        Format::Wikiwars => Data::Dates(read_wikiwars(path, text)?, DateKind::Wikiwars),
        Format::Recognizers => Data::Dates(read_recognizers(path, text)?, DateKind::Recognizers),
        Format::Duckling => Data::Dates(read_duckling(path, text)?, DateKind::Duckling),
    })
}

fn detect_format(text: &str) -> Result<Format> {
    let first = text
        .lines()
        .map(str::trim_end)
        .find(|l| !l.is_empty())
        .ok_or_else(|| anyhow!("the file is empty"))?;
    if first.starts_with('[') {
        return Ok(Format::Recognizers);
    }
    if first.starts_with('{') {
        if first.contains("\"timexes\"") {
            return Ok(Format::Wikiwars);
        }
        if first.contains("\"ref_time\"") {
            return Ok(Format::Duckling);
        }
        bail!("a JSON Lines file, but neither WikiWars (\"timexes\") nor Duckling (\"ref_time\")");
    }
    let fields: Vec<&str> = first.split('\t').collect();
    let germeval = first.starts_with("#\t")
        || (fields.len() >= 3 && fields[0].bytes().all(|b| b.is_ascii_digit()));
    Ok(if germeval {
        Format::Germeval
    } else {
        Format::Conll
    })
}

/// Reads GermEval TSV or CoNLL-style columns into documents: one per sentence, or one per article
/// when the file has `-DOCSTART-` lines.
fn read_conll(path: &Path, text: &str, format: Format) -> Result<Vec<NerDocument>> {
    let by_article = format == Format::Conll && text.contains("-DOCSTART-");
    let mut docs = Vec::new();
    let mut doc = NerDocument {
        text: String::new(),
        gold: Vec::new(),
    };
    // The open gold span: its tag type and start byte.
    let mut open: Option<(String, usize)> = None;
    let mut sentence_open = false;
    // End of the last token: where an open span ends.
    let mut last_end = 0;
    for (i, line) in text.lines().enumerate() {
        let at = |msg: &str| anyhow!("{}:{}: {msg}", path.display(), i + 1);
        let line = line.trim_end_matches('\r');
        let (token, tag) = if line.trim().is_empty() {
            (None, "O")
        } else if format == Format::Germeval {
            if line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 3 {
                return Err(at(
                    "expected `index<TAB>token<TAB>outer tag<TAB>nested tag`",
                ));
            }
            (Some(fields[1]), fields[2].trim())
        } else {
            let mut fields = line.split_whitespace();
            let (Some(token), Some(tag)) = (fields.next(), fields.next_back()) else {
                return Err(at("expected `token … tag`"));
            };
            if token == "-DOCSTART-" {
                close(&mut open, last_end, &mut doc.gold);
                sentence_open = false;
                flush(&mut doc, &mut docs);
                continue;
            }
            (Some(token), tag)
        };
        let Some(token) = token else {
            // End of sentence.
            close(&mut open, last_end, &mut doc.gold);
            sentence_open = false;
            if !by_article {
                flush(&mut doc, &mut docs);
            }
            continue;
        };
        let (prefix, kind) = match tag.split_once('-') {
            None if tag == "O" => ("O", ""),
            Some((p @ ("B" | "I" | "E" | "S"), kind)) if !kind.is_empty() => (p, kind),
            _ => return Err(at(&format!("unknown tag {tag:?}"))),
        };
        if !doc.text.is_empty() {
            doc.text.push(if sentence_open { ' ' } else { '\n' });
        }
        sentence_open = true;
        let start = doc.text.len();
        doc.text.push_str(token);
        // IOB1 starts a span with I- (B- only between two spans of one type), BIO with B-:
        // an I- continues only a span of the same type.
        let continues =
            matches!(prefix, "I" | "E") && open.as_ref().is_some_and(|(k, _)| k == kind);
        if !continues {
            close(&mut open, last_end, &mut doc.gold);
            if prefix != "O" {
                open = Some((kind.to_owned(), start));
            }
        }
        last_end = doc.text.len();
        if matches!(prefix, "E" | "S") {
            close(&mut open, last_end, &mut doc.gold);
        }
    }
    close(&mut open, last_end, &mut doc.gold);
    flush(&mut doc, &mut docs);
    Ok(docs)
}

/// Ends the open gold span, if any, at byte `end`.
fn close(open: &mut Option<(String, usize)>, end: usize, gold: &mut Vec<GoldSpan>) {
    if let Some((tag, start)) = open.take() {
        gold.push(GoldSpan {
            range: start..end,
            tag,
        });
    }
}

/// Moves a non-empty document to `docs`, leaving an empty one.
fn flush(doc: &mut NerDocument, docs: &mut Vec<NerDocument>) {
    if !doc.text.is_empty() {
        docs.push(std::mem::replace(
            doc,
            NerDocument {
                text: String::new(),
                gold: Vec::new(),
            },
        ));
    }
}

#[derive(Deserialize)]
struct WikiwarsDoc {
    text: String,
    timexes: Vec<WikiwarsTimex>,
}

#[derive(Deserialize)]
struct WikiwarsTimex {
    start: usize,
    end: usize,
    val: Option<String>,
    set: Option<String>,
    non_specific: Option<String>,
}

/// The non-empty lines of a JSON Lines file, parsed, with their 1-based line numbers; the
/// first line that does not parse is an error naming the file and line.
fn json_lines<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<(usize, T)>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map(|v| (i + 1, v))
                .map_err(|e| anyhow!("{}:{}: {e}", path.display(), i + 1))
        })
        .collect()
}

fn read_wikiwars(path: &Path, text: &str) -> Result<Vec<DateCase>> {
    let mut cases = Vec::new();
    for (line, doc) in json_lines::<WikiwarsDoc>(path, text)? {
        let at = |msg: String| anyhow!("{}:{line}: {msg}", path.display());
        let bytes = char_to_byte(&doc.text);
        let mut gold = Vec::new();
        for t in &doc.timexes {
            let range = match (bytes.get(t.start), bytes.get(t.end)) {
                (Some(&s), Some(&e)) if s <= e => s..e,
                _ => {
                    return Err(at(format!(
                        "timex {}..{} is outside the text",
                        t.start, t.end
                    )))
                }
            };
            let value = if t.set.is_some() {
                GoldValue::Skip("set")
            } else if t.non_specific.is_some() {
                GoldValue::Skip("non-specific")
            } else {
                match t.val.as_deref() {
                    None => GoldValue::Skip("no value"),
                    Some(v) => gold_value(v),
                }
            };
            gold.push(GoldDate { range, value });
        }
        // The DCT is the download date, not what the narrative's year-less dates refer to.
        cases.push(DateCase {
            text: doc.text,
            reference: None,
            gold,
        });
    }
    Ok(cases)
}

fn read_recognizers(path: &Path, text: &str) -> Result<Vec<DateCase>> {
    let json: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| anyhow!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))?;
    let list = json
        .as_array()
        .ok_or_else(|| anyhow!("{}: expected a JSON array of cases", path.display()))?;
    let mut cases = Vec::new();
    for (n, case) in list.iter().enumerate() {
        let at = |msg: &str| anyhow!("{}: case {}: {msg}", path.display(), n + 1);
        let input = case["Input"]
            .as_str()
            .ok_or_else(|| at("no \"Input\" string"))?;
        let reference = match case["Context"]["ReferenceDateTime"].as_str() {
            Some(r) => Some(parse_date_prefix(r).ok_or_else(|| at("bad ReferenceDateTime"))?),
            None => None,
        };
        let bytes = char_to_byte(input);
        let mut gold = Vec::new();
        for result in case["Results"].as_array().into_iter().flatten() {
            let start = result["Start"]
                .as_u64()
                .ok_or_else(|| at("a result has no Start"))?;
            // DateTimeModel files give an inclusive End, component files a Length.
            let end = match (result["End"].as_u64(), result["Length"].as_u64()) {
                (Some(end), _) => end + 1,
                (None, Some(len)) => start + len,
                _ => return Err(at("a result has neither End nor Length")),
            };
            let range = match (bytes.get(start as usize), bytes.get(end as usize)) {
                (Some(&s), Some(&e)) if s <= e => s..e,
                _ => return Err(at(&format!("result {start}..{end} is outside the input"))),
            };
            let (mut timexes, mut values) = (Vec::new(), Vec::new());
            collect_resolution(result, &mut timexes, &mut values);
            let accepted: Vec<String> = timexes
                .iter()
                .filter_map(|t| date_shape(t))
                // Durations resolve to a number of seconds ("1800"): only full dates count.
                .chain(
                    values
                        .iter()
                        .filter(|v| v.len() == 10)
                        .filter_map(|v| date_shape(v)),
                )
                .collect();
            let value = if !accepted.is_empty() {
                GoldValue::Compare(accepted)
            } else if let Some(t) = timexes.first() {
                match gold_value(t) {
                    GoldValue::Compare(_) => GoldValue::Skip("other"),
                    skip => skip,
                }
            } else {
                GoldValue::Skip("no value")
            };
            gold.push(GoldDate { range, value });
        }
        cases.push(DateCase {
            text: input.to_owned(),
            reference,
            gold,
        });
    }
    Ok(cases)
}

/// Gathers the TIMEX strings and resolved dates of a Recognizers result, whichever of the spec
/// files' shapes it has (`Resolution.values[]`, `Value.values[]`, `Value.{Timex,
/// FutureResolution, PastResolution}`).
fn collect_resolution(
    json: &serde_json::Value,
    timexes: &mut Vec<String>,
    values: &mut Vec<String>,
) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("timex" | "Timex", serde_json::Value::String(s)) => timexes.push(s.clone()),
                    ("value" | "date", serde_json::Value::String(s)) => values.push(s.clone()),
                    _ => collect_resolution(v, timexes, values),
                }
            }
        }
        serde_json::Value::Array(list) => {
            for v in list {
                collect_resolution(v, timexes, values);
            }
        }
        _ => {}
    }
}

#[derive(Deserialize)]
struct DucklingLine {
    locale: String,
    section: String,
    text: String,
    ref_time: String,
    kind: String,
    value: Option<String>,
    grain: Option<String>,
}

fn read_duckling(path: &Path, text: &str) -> Result<Vec<DateCase>> {
    let mut cases = Vec::new();
    for (line, d) in json_lines::<DucklingLine>(path, text)? {
        let at = |msg: String| anyhow!("{}:{line}: {msg}", path.display());
        let reference = parse_date_prefix(&d.ref_time)
            .ok_or_else(|| at(format!("bad ref_time {:?}", d.ref_time)))?;
        let value = match (d.kind.as_str(), d.grain.as_deref(), d.value.as_deref()) {
            ("no_time_expected", ..) => None,
            _ if d.locale != "DE" && d.locale != "EN" => Some(GoldValue::Skip("regional locale")),
            _ if d.section == "latentCorpus" => Some(GoldValue::Skip("latent")),
            ("datetime" | "datetimeHoliday", Some(grain), Some(v)) => Some(match grain {
                "day" | "month" | "year" => {
                    let len = [("day", 10), ("month", 7), ("year", 4)]
                        .iter()
                        .find(|(g, _)| *g == grain)
                        .map_or(10, |&(_, n)| n);
                    match v.get(..len).and_then(date_shape) {
                        Some(v) => GoldValue::Compare(vec![v]),
                        None if v.starts_with('-') => GoldValue::Skip("BC"),
                        None => return Err(at(format!("bad value {v:?}"))),
                    }
                }
                "week" => GoldValue::Skip("week"),
                "quarter" => GoldValue::Skip("season, quarter, half"),
                _ => GoldValue::Skip("time"),
            }),
            (kind, ..) if kind.contains("Interval") => Some(GoldValue::Skip("range")),
            _ => Some(GoldValue::Skip("other")),
        };
        cases.push(DateCase {
            gold: value
                .map(|value| GoldDate {
                    range: 0..d.text.len(),
                    value,
                })
                .into_iter()
                .collect(),
            text: d.text,
            reference: Some(reference),
        });
    }
    Ok(cases)
}

/// Byte offset of every character of `text`, plus its length: maps character offsets to bytes.
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// The date at the start of "2016-11-07T00:00:00".
fn parse_date_prefix(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}

/// Classifies a TIMEX value: a calendar date to compare, or the kind of value it is.
fn gold_value(v: &str) -> GoldValue {
    let v = v.trim();
    if let Some(d) = date_shape(v) {
        return GoldValue::Compare(vec![d]);
    }
    let kind = if v.starts_with('(') {
        "range"
    } else if v.starts_with('P') {
        "duration"
    } else if v.ends_with("_REF") {
        "relative (PAST/PRESENT/FUTURE_REF)"
    } else if v.starts_with("BC") {
        "BC"
    } else if v.contains('T') {
        "time"
    } else if v.contains("-W") {
        "week"
    } else if ["SP", "SU", "FA", "WI"].iter().any(|s| v.ends_with(s))
        || v.contains("-H")
        || v.contains("-Q")
    {
        "season, quarter, half"
    } else if (2..=3).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
        "century, decade"
    } else {
        "other"
    };
    GoldValue::Skip(kind)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (X for unknown digits), upper-cased and zero-padded, or
/// `None` for anything else (including a wholly unknown "XXXX").
fn date_shape(v: &str) -> Option<String> {
    let v = v.trim().to_ascii_uppercase();
    let parts: Vec<&str> = v.split('-').collect();
    let ok = |p: &str, max_len: usize| {
        (1..=max_len).contains(&p.len())
            && (p.bytes().all(|b| b.is_ascii_digit()) || p.bytes().all(|b| b == b'X'))
    };
    let valid = match parts.as_slice() {
        [y] => y.len() == 4 && ok(y, 4),
        [y, m] => y.len() == 4 && ok(y, 4) && ok(m, 2),
        [y, m, d] => y.len() == 4 && ok(y, 4) && ok(m, 2) && ok(d, 2),
        _ => false,
    };
    if !valid || parts.iter().all(|p| p.bytes().all(|b| b == b'X')) {
        return None;
    }
    let mut out = parts[0].to_owned();
    for p in &parts[1..] {
        let _ = write!(out, "-{p:0>2}");
    }
    Some(out)
}

// ---------------------------------------------------------------------------------------------
// Entities

/// Scored labels: our labels, the gold tag type they map to, and the row name. Places are
/// countries, cities and regions together, as the corpora's LOC holds all three (the shared
/// scorer maps them so too); nationalities are not scored (the corpora tag them MISC or not
/// at all).
const TYPES: [(&[Label], &str, &str); 3] = [
    (&[Label::Person], "PER", "person vs PER"),
    (
        &[Label::Country, Label::City, Label::Region],
        "LOC",
        "place (country, city, region) vs LOC",
    ),
    (&[Label::Organisation], "ORG", "organisation vs ORG"),
];

#[derive(Clone, Copy, Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    exact: usize,
    overlap: usize,
}

struct NerReport {
    data: String,
    counts: [Counts; 3],
    /// Country mentions overlapping a gold LOC, and a gold LOC, LOCderiv or LOCpart.
    country_in_loc: usize,
    country_in_loc_family: usize,
    /// Country mentions (a part of the place row's predictions).
    countries: usize,
    errors: ErrorLog,
}

fn evaluate_ner(
    path: &Path,
    docs: &[NerDocument],
    extractor: &Extractor,
    limit: usize,
) -> NerReport {
    let mut report = NerReport {
        data: data_name(path),
        counts: [Counts::default(); 3],
        country_in_loc: 0,
        country_in_loc_family: 0,
        countries: 0,
        errors: ErrorLog::new(limit),
    };
    let mut mentions = Vec::new();
    for doc in docs {
        extractor.extract_into(&doc.text, None, &mut mentions);
        score_ner(doc, &mentions, &mut report);
    }
    report
}

fn score_ner(doc: &NerDocument, mentions: &[Mention<'_>], report: &mut NerReport) {
    let text = doc.text.as_str();
    let range = |m: &Mention<'_>| m.span.start..m.span.end;
    for (t, &(labels, tag, _)) in TYPES.iter().enumerate() {
        let name = labels[0].as_str();
        let gold: Vec<&GoldSpan> = doc.gold.iter().filter(|g| g.tag == tag).collect();
        let predicted: Vec<&Mention<'_>> = mentions
            .iter()
            .filter(|m| labels.contains(&m.label))
            .collect();
        let counts = &mut report.counts[t];
        counts.gold += gold.len();
        counts.predicted += predicted.len();
        let mut paired = vec![false; gold.len()];
        for m in &predicted {
            let r = range(m);
            let exact = gold.iter().any(|g| g.range == r);
            counts.exact += usize::from(exact);
            let best = (0..gold.len())
                .filter(|&i| !paired[i] && overlaps(&gold[i].range, &r))
                .max_by_key(|&i| overlap_len(&gold[i].range, &r));
            if let Some(i) = best {
                paired[i] = true;
                counts.overlap += 1;
                if !exact {
                    let g = &text[gold[i].range.clone()];
                    report.errors.add(
                        &format!("{name}: boundary errors (predicted ← gold)"),
                        &format!("{} ← {g}", m.text),
                        || format!("{}  (gold: {g})", context(text, &r)),
                    );
                }
            } else {
                let other = doc.gold.iter().find(|g| overlaps(&g.range, &r));
                let note = other.map_or(String::new(), |g| format!(" (gold {})", g.tag));
                report.errors.add(
                    &format!("{name}: false positives"),
                    &format!("{}{note}", m.text),
                    || format!("{}{note}", context(text, &r)),
                );
            }
            if m.label == Label::Country {
                let inside = |family: bool| {
                    doc.gold.iter().any(|g| {
                        overlaps(&g.range, &r)
                            && if family {
                                g.tag.starts_with("LOC")
                            } else {
                                g.tag == "LOC"
                            }
                    })
                };
                report.countries += 1;
                report.country_in_loc += usize::from(inside(false));
                report.country_in_loc_family += usize::from(inside(true));
            }
        }
        for (g, _) in gold.iter().zip(&paired).filter(|(_, &p)| !p) {
            let other = mentions.iter().find(|m| overlaps(&g.range, &range(m)));
            let note = other.map_or(String::new(), |m| format!(" (predicted {})", m.label));
            report.errors.add(
                &format!("{name}: false negatives"),
                &format!("{}{note}", &text[g.range.clone()]),
                || format!("{}{note}", context(text, &g.range)),
            );
        }
    }
}

fn write_ner_table(out: &mut String, reports: &[NerReport]) {
    out.push_str("| data | type | gold | predicted | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |\n");
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for r in reports {
        let micro = r.counts.iter().fold(Counts::default(), |a, c| Counts {
            gold: a.gold + c.gold,
            predicted: a.predicted + c.predicted,
            exact: a.exact + c.exact,
            overlap: a.overlap + c.overlap,
        });
        let rows = TYPES
            .iter()
            .map(|t| t.2)
            .zip(r.counts)
            .chain([("micro average", micro)]);
        for (name, c) in rows {
            let _ = writeln!(
                out,
                "| {} | {name} | {} | {} | {} | {} | {} | {} | {} | {} |",
                r.data,
                c.gold,
                c.predicted,
                percent(c.exact, c.predicted),
                percent(c.exact, c.gold),
                percent(2 * c.exact, c.predicted + c.gold),
                percent(c.overlap, c.predicted),
                percent(c.overlap, c.gold),
                percent(2 * c.overlap, c.predicted + c.gold),
            );
        }
    }
    out.push('\n');
    for r in reports {
        let countries = r.countries;
        let _ = writeln!(
            out,
            "- {}: {} of {countries} country mentions ({} %) overlap a gold LOC; {} % overlap LOC, LOCderiv or LOCpart.",
            r.data,
            r.country_in_loc,
            percent(r.country_in_loc, countries),
            percent(r.country_in_loc_family, countries),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

struct DateReport {
    data: String,
    kind: DateKind,
    gold: usize,
    skipped: HashMap<&'static str, usize>,
    compared: usize,
    detected: usize,
    predicted: usize,
    correct: usize,
    value_exact: usize,
    value_lenient: usize,
    errors: ErrorLog,
}

fn evaluate_dates(
    path: &Path,
    cases: &[DateCase],
    kind: DateKind,
    extractor: &Extractor,
    limit: usize,
) -> DateReport {
    let mut r = DateReport {
        data: data_name(path),
        kind,
        gold: 0,
        skipped: HashMap::new(),
        compared: 0,
        detected: 0,
        predicted: 0,
        correct: 0,
        value_exact: 0,
        value_lenient: 0,
        errors: ErrorLog::new(limit),
    };
    let mut mentions = Vec::new();
    for case in cases {
        let text = case.text.as_str();
        extractor.extract_into(text, case.reference, &mut mentions);
        mentions.retain(|m| m.label == Label::Date);
        let range = |m: &Mention<'_>| m.span.start..m.span.end;
        r.gold += case.gold.len();
        for g in &case.gold {
            let accepted = match &g.value {
                GoldValue::Skip(kind) => {
                    *r.skipped.entry(kind).or_default() += 1;
                    continue;
                }
                GoldValue::Compare(accepted) => accepted,
            };
            r.compared += 1;
            let gold_text = &text[g.range.clone()];
            let best = mentions
                .iter()
                .filter(|m| overlaps(&g.range, &range(m)))
                .max_by_key(|m| overlap_len(&g.range, &range(m)));
            let Some(m) = best else {
                r.errors.add("dates: missed", gold_text, || {
                    format!("{}  (gold {})", context(text, &g.range), accepted[0])
                });
                continue;
            };
            r.detected += 1;
            let ours = m.value.as_deref().map(our_value).unwrap_or_default();
            if accepted.contains(&ours) {
                r.value_exact += 1;
            }
            if accepted.iter().any(|a| same_up_to_x(a, &ours)) {
                r.value_lenient += 1;
            } else {
                r.errors.add(
                    "dates: wrong values (ours ≠ gold)",
                    &format!("{}: {ours} ≠ {}", m.text, accepted[0]),
                    || {
                        format!(
                            "{}  ({ours} ≠ {})",
                            context(text, &range(m)),
                            accepted.join(" | ")
                        )
                    },
                );
            }
        }
        for m in &mentions {
            r.predicted += 1;
            if case.gold.iter().any(|g| overlaps(&g.range, &range(m))) {
                r.correct += 1;
            } else if kind != DateKind::Duckling {
                r.errors.add("dates: false positives", m.text, || {
                    format!(
                        "{}  (value {})",
                        context(text, &range(m)),
                        m.value.as_deref().unwrap_or("")
                    )
                });
            }
        }
    }
    r
}

/// Our value, normalised like gold values: no time of day, zero-padded, upper case.
fn our_value(v: &str) -> String {
    let date = v.split(['T', ' ']).next().unwrap_or(v);
    date_shape(date).unwrap_or_else(|| v.trim().to_ascii_uppercase())
}

/// Equal, where an `X` on either side stands for any character.
fn same_up_to_x(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .all(|(x, y)| x == y || x == b'X' || y == b'X')
}

fn write_date_table(out: &mut String, reports: &[DateReport]) {
    out.push_str("| data | gold | skipped | compared | detected | recall | predicted | precision | value exact | value (X = any) |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for r in reports {
        let skipped: usize = r.skipped.values().sum();
        let precision = if r.kind == DateKind::Duckling {
            "–".to_owned()
        } else {
            percent(r.correct, r.predicted)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {skipped} | {} | {} | {} | {} | {precision} | {} | {} |",
            r.data,
            r.gold,
            r.compared,
            r.detected,
            percent(r.detected, r.compared),
            r.predicted,
            percent(r.value_exact, r.detected),
            percent(r.value_lenient, r.detected),
        );
    }
    out.push('\n');
    for r in reports {
        let mut kinds: Vec<_> = r.skipped.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let list: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        let _ = writeln!(
            out,
            "- {}: skipped {}.",
            r.data,
            if list.is_empty() {
                "none".to_owned()
            } else {
                list.join(", ")
            }
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

/// Errors by category: a count per surface string and the first few examples in context.
struct ErrorLog {
    limit: usize,
    categories: Vec<(String, Tally)>,
}

#[derive(Default)]
struct Tally {
    total: usize,
    by_string: HashMap<String, usize>,
    examples: Vec<String>,
}

impl ErrorLog {
    fn new(limit: usize) -> ErrorLog {
        ErrorLog {
            limit,
            categories: Vec::new(),
        }
    }

    /// Records one error; `example` is only formatted while examples are still wanted.
    fn add(&mut self, category: &str, key: &str, example: impl FnOnce() -> String) {
        if self.limit == 0 {
            return;
        }
        let i = match self.categories.iter().position(|(c, _)| c == category) {
            Some(i) => i,
            None => {
                self.categories
                    .push((category.to_owned(), Tally::default()));
                self.categories.len() - 1
            }
        };
        let tally = &mut self.categories[i].1;
        tally.total += 1;
        *tally.by_string.entry(key.to_owned()).or_default() += 1;
        if tally.examples.len() < self.limit {
            tally.examples.push(example());
        }
    }

    fn print(&self, data: &str) {
        let mut categories: Vec<_> = self.categories.iter().collect();
        categories.sort_by(|a, b| a.0.cmp(&b.0));
        for (category, tally) in categories {
            let mut frequent: Vec<_> = tally.by_string.iter().collect();
            frequent.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top: Vec<String> = frequent
                .iter()
                .take(self.limit)
                .map(|(s, n)| format!("{n}× {s}"))
                .collect();
            eprintln!("\n== {data} · {category}: {} in all", tally.total);
            eprintln!("most frequent: {}", top.join(" · "));
            for e in &tally.examples {
                eprintln!("  {e}");
            }
        }
    }
}

/// `…left [mention] right…` on one line.
fn context(text: &str, range: &Range<usize>) -> String {
    const WIDTH: usize = 50;
    let mut lo = range.start.saturating_sub(WIDTH);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (range.end + WIDTH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    format!(
        "…{}[{}]{}…",
        &text[lo..range.start],
        &text[range.clone()],
        &text[range.end..hi]
    )
    .replace(['\n', '\t'], " ")
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn overlap_len(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// `part` as a percentage of `whole` with one decimal, or "–" when `whole` is 0.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        format!("{:.1}", 100.0 * part as f64 / whole as f64)
    }
}

/// The file's folder and name ("ner-wikigold-en/wikigold.conll.txt"): enough to tell the
/// German and English `DateTimeModel.json` apart.
fn data_name(path: &Path) -> String {
    let parts: Vec<_> = path.iter().map(|p| p.to_string_lossy()).collect();
    parts[parts.len().saturating_sub(2)..].join("/")
}
