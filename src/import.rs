//! The driver of `gazette gazetteer import --wikidata`: turns the command line into
//! [`ImportOptions`], runs the library's import, writes the gazetteer and reports on standard
//! error what was read and kept. The dump's format and what is kept live in the library
//! (`gazette::gazetteer::wikidata`).

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use gazette::gazetteer::wikidata::{self, ImportOptions, Imported};
use gazette::{Entry, Gazetteer, Label};

use crate::cli::ImportFormat;
use crate::messages::{say, Level};

/// What `gazette gazetteer import` was asked for.
pub struct ImportArgs<'a> {
    pub wikidata: &'a Path,
    pub output: Option<&'a Path>,
    pub format: Option<ImportFormat>,
    pub languages: &'a [String],
    pub classes: &'a [String],
}

/// Runs the import. Every error is one of the command line, the dump or the output, and means
/// exit status 2 (nothing usable was written).
pub fn run(args: &ImportArgs) -> anyhow::Result<()> {
    let mut options = ImportOptions::default();
    if !args.languages.is_empty() {
        options
            .languages(args.languages)
            .map_err(|m| anyhow::anyhow!("--languages: {m}"))?;
    }
    if !args.classes.is_empty() {
        options
            .classes(args.classes)
            .map_err(|m| anyhow::anyhow!("--classes: {m}"))?;
    }
    let format = args.format.unwrap_or(match args.output {
        Some(p) if !p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => {
            ImportFormat::Gzt
        }
        _ => ImportFormat::Csv,
    });
    let to_stdout = args.output.is_none_or(|p| p == Path::new("-"));
    if format == ImportFormat::Gzt && to_stdout {
        anyhow::bail!("a compiled gazetteer is written to a file: give -o FILE (or --format csv)");
    }

    let start = Instant::now();
    let mut imported = wikidata::import(args.wikidata, &options)?;
    for w in &imported.warnings {
        say(Level::Warning, w);
    }
    let unshown = imported.malformed - imported.warnings.len() as u64;
    if unshown > 0 {
        say(
            Level::Warning,
            format_args!("{unshown} more malformed lines not shown"),
        );
    }
    let kept = imported.kept_per_label();
    // The entries are moved, not copied: a whole dump's are gigabytes.
    let entries = std::mem::take(&mut imported.entries);
    write(entries, args.output.filter(|_| !to_stdout), format)?;
    say(
        Level::Note,
        report(&imported, &kept, start.elapsed().as_secs_f64()),
    );
    Ok(())
}

/// The summary line: entities read, kept per label, skipped, seconds.
fn report(imported: &Imported, kept: &[(Label, u64)], seconds: f64) -> String {
    let total: u64 = kept.iter().map(|k| k.1).sum();
    let kept: Vec<String> = kept
        .iter()
        .map(|(label, n)| format!("{n} {label}"))
        .collect();
    let mut s = format!("read {} entities, kept {}", imported.read, total);
    if !kept.is_empty() {
        s.push_str(&format!(" ({})", kept.join(", ")));
    }
    if imported.unnamed > 0 {
        s.push_str(&format!(
            ", {} of a chosen class without a name in the languages",
            imported.unnamed
        ));
    }
    if imported.malformed > 0 {
        s.push_str(&format!(", {} malformed lines skipped", imported.malformed));
    }
    s.push_str(&format!(" in {seconds:.1} s"));
    s
}

/// Writes the entries to `output` (standard output when `None`) in `format`; a file is written
/// beside it and renamed when complete.
fn write(entries: Vec<Entry>, output: Option<&Path>, format: ImportFormat) -> anyhow::Result<()> {
    match (format, output) {
        (ImportFormat::Gzt, Some(out)) => Gazetteer::from_entries(entries).save(out)?,
        (ImportFormat::Gzt, None) => anyhow::bail!("a compiled gazetteer is written to a file"),
        (ImportFormat::Csv, None) => {
            let stdout = std::io::stdout().lock();
            wikidata::write_csv(&entries, std::io::BufWriter::new(stdout))
                .context("writing standard output")?;
        }
        (ImportFormat::Csv, Some(out)) => {
            let mut tmp = out.as_os_str().to_owned();
            tmp.push(format!(".tmp{}", std::process::id()));
            let tmp = std::path::PathBuf::from(tmp);
            let written = std::fs::File::create(&tmp).and_then(|f| {
                let mut w = std::io::BufWriter::new(f);
                wikidata::write_csv(&entries, &mut w)?;
                w.flush()
            });
            let renamed = written.and_then(|()| std::fs::rename(&tmp, out));
            if let Err(e) = renamed {
                let _ = std::fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("writing {}", out.display()));
            }
        }
    }
    Ok(())
}
