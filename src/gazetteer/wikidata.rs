//! Importing a gazetteer from a Wikidata JSON dump, for `gazette gazetteer import --wikidata`.
//!
//! A newsroom that keeps its own Wikidata (a whole dump or a filtered one) turns it into a
//! gazetteer here: [`import`] opens the dump (plain, gzip or bzip2, told apart by their magic
//! bytes; `-` is standard input), [`import_reader`] does the work on any reader, so that tests
//! never touch the disk. Entities are read one line at a time, so memory holds one line and the
//! entries kept, never the dump.
//!
//! The dump's format is Wikidata's own: a JSON array with one entity object per line, each line
//! ending with `,`, the first line `[` and the last `]`. Plain JSON Lines (one entity per line,
//! as filtering tools write them) is read the same way. Of each entity only `id`,
//! `claims.P31[].mainsnak.datavalue.value.id` ("instance of") and, for the entities kept,
//! `labels.{lang}.value` and `aliases.{lang}[].value` are looked at; everything else is skipped
//! unparsed (serde_json's `RawValue`).
//!
//! An entity is kept when one of its P31 values is a chosen class ([`DEFAULT_CLASSES`] unless
//! the caller chooses others). It becomes an [`Entry`] whose label is that class's, whose id is
//! the QID, whose canonical name is its label in the first of the chosen languages that has one
//! (so with the default [`DEFAULT_LANGUAGES`], English first, canonical names are English like
//! the built-in gazetteers'), and whose aliases are its other labels and its aliases in the
//! chosen languages, trimmed, without empty ones and duplicates.
//!
//! A line that is not an entity (malformed JSON, cut short) is skipped and counted, and the
//! first [`MAX_WARNINGS`] are kept as warnings naming the line; a dump in which no line is an
//! entity is an error. This file does not write anything: the caller saves the entries as a
//! compiled gazetteer ([`super::Gazetteer::save`]) or as CSV ([`write_csv`]).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::load::Warning;
use super::{Entry, Label};
use crate::error::{Error, Result};

/// The classes kept by default, with the label their instances get: `(QID, label, what the
/// class is)`. An entity is kept when its "instance of" (P31) is one of these QIDs exactly;
/// subclasses are not followed (a dump line does not say what a class is a subclass of), which
/// is why the common kinds of organisation and place are listed one by one.
pub const DEFAULT_CLASSES: &[(&str, Label, &str)] = &[
    ("Q5", Label::Person, "human"),
    ("Q43229", Label::Organisation, "organization"),
    ("Q4830453", Label::Organisation, "business"),
    ("Q783794", Label::Organisation, "company"),
    ("Q6881511", Label::Organisation, "enterprise"),
    ("Q7278", Label::Organisation, "political party"),
    ("Q476028", Label::Organisation, "association football club"),
    ("Q847017", Label::Organisation, "sports club"),
    ("Q3918", Label::Organisation, "university"),
    ("Q11032", Label::Organisation, "newspaper"),
    ("Q192283", Label::Organisation, "news agency"),
    ("Q15265344", Label::Organisation, "broadcaster"),
    ("Q1616075", Label::Organisation, "television station"),
    ("Q327333", Label::Organisation, "government agency"),
    (
        "Q79913",
        Label::Organisation,
        "non-governmental organization",
    ),
    ("Q484652", Label::Organisation, "international organization"),
    ("Q515", Label::City, "city"),
    ("Q1549591", Label::City, "big city"),
    ("Q3957", Label::City, "town"),
    ("Q15284", Label::City, "municipality"),
    ("Q486972", Label::City, "human settlement"),
    ("Q5119", Label::City, "capital"),
    ("Q6256", Label::Country, "country"),
    ("Q3624078", Label::Country, "sovereign state"),
    ("Q107390", Label::Region, "federated state"),
    ("Q35657", Label::Region, "state of the United States"),
    ("Q34876", Label::Region, "province"),
    ("Q82794", Label::Region, "region"),
];

/// The languages whose labels and aliases are read by default, in order of preference for the
/// canonical name. `mul` is Wikidata's "default for all languages" label (used since 2024 for
/// names written alike everywhere), last so that a language's own label wins.
pub const DEFAULT_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "nl", "pt", "ru", "mul"];

/// How many warnings about malformed lines are kept; the rest are only counted.
pub const MAX_WARNINGS: usize = 20;

/// What to import: the classes to keep and the languages to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportOptions {
    /// Class QID → the label its instances get.
    classes: HashMap<String, Label>,
    /// Languages in order of preference.
    languages: Vec<String>,
}

impl Default for ImportOptions {
    /// [`DEFAULT_CLASSES`] and [`DEFAULT_LANGUAGES`].
    fn default() -> ImportOptions {
        ImportOptions {
            classes: DEFAULT_CLASSES
                .iter()
                .map(|&(q, label, _)| (q.to_string(), label))
                .collect(),
            languages: DEFAULT_LANGUAGES.iter().map(|l| l.to_string()).collect(),
        }
    }
}

impl ImportOptions {
    /// Chooses the languages, in order of preference (Wikidata's codes: `de`, `en`, `pt-br`…).
    ///
    /// # Errors
    /// A message when the list is empty.
    pub fn languages<S: AsRef<str>>(&mut self, languages: &[S]) -> std::result::Result<(), String> {
        let list: Vec<String> = languages
            .iter()
            .map(|l| l.as_ref().trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if list.is_empty() {
            return Err("no language given".into());
        }
        self.languages = list;
        Ok(())
    }

    /// Chooses the classes from a list of items (`--classes`), which replaces the default
    /// table: `QID` takes the label [`DEFAULT_CLASSES`] gives it, `QID=type` gives it one
    /// (`person`, `organisation`, `city`, `region`, `country`, `nationality`), and `default`
    /// stands for the whole default table, so that `default,Q1637706=city` extends it and
    /// `default,Q5=organisation` changes one label (later items win).
    ///
    /// # Errors
    /// A message naming the item: not a QID, a QID without a default label and no `=type`, an
    /// unknown type, or `date`.
    ///
    /// # Examples
    /// ```
    /// use gazette::gazetteer::wikidata::ImportOptions;
    /// let mut options = ImportOptions::default();
    /// options.classes(&["Q5", "Q1637706=city"]).unwrap();
    /// assert!(options.classes(&["Q1637706"]).unwrap_err().contains("Q1637706=TYPE"));
    /// ```
    pub fn classes<S: AsRef<str>>(&mut self, items: &[S]) -> std::result::Result<(), String> {
        let mut classes = HashMap::new();
        for item in items.iter().map(|i| i.as_ref().trim()) {
            if item.is_empty() {
                continue;
            }
            if item.eq_ignore_ascii_case("default") {
                classes.extend(DEFAULT_CLASSES.iter().map(|&(q, l, _)| (q.to_string(), l)));
                continue;
            }
            let (qid, label) = match item.split_once('=') {
                Some((qid, label)) => (qid.trim(), Some(label)),
                None => (item, None),
            };
            let qid = qid.to_ascii_uppercase();
            if !is_qid(&qid) {
                return Err(format!("{item:?}: a class is a QID such as Q5"));
            }
            let label = match label {
                Some(l) => l.parse::<Label>()?,
                None => DEFAULT_CLASSES
                    .iter()
                    .find(|c| c.0 == qid)
                    .map(|c| c.1)
                    .ok_or_else(|| {
                        format!("{qid} is not in the default table: give its type as {qid}=TYPE")
                    })?,
            };
            if label == Label::Date {
                return Err(format!(
                    "{item:?}: dates are found by rules, not gazetteers"
                ));
            }
            classes.insert(qid, label);
        }
        if classes.is_empty() {
            return Err("no class given".into());
        }
        self.classes = classes;
        Ok(())
    }
}

/// Whether `s` is a QID: `Q` and digits.
fn is_qid(s: &str) -> bool {
    s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The entries imported from a dump and what became of its lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// The entries, in the dump's order.
    pub entries: Vec<Entry>,
    /// Entities read (lines that parsed as an entity).
    pub read: u64,
    /// Entities of a chosen class without a label or alias in any chosen language (not kept).
    pub unnamed: u64,
    /// Lines that were not an entity, skipped.
    pub malformed: u64,
    /// The first [`MAX_WARNINGS`] malformed lines, each naming its line.
    pub warnings: Vec<Warning>,
}

impl Imported {
    /// How many entries have each label, in [`Label::ALL`]'s order, leaving out labels with none.
    pub fn kept_per_label(&self) -> Vec<(Label, u64)> {
        let mut counts = [0u64; Label::ALL.len()];
        for e in &self.entries {
            counts[e.label as usize] += 1;
        }
        Label::ALL
            .iter()
            .map(|&l| (l, counts[l as usize]))
            .filter(|c| c.1 > 0)
            .collect()
    }
}

/// Imports the Wikidata dump at `path` (`-` for standard input), plain or compressed.
///
/// # Errors
/// [`Error::Io`] when the file cannot be opened; else as [`import_reader`].
pub fn import(path: &Path, options: &ImportOptions) -> Result<Imported> {
    if path == Path::new("-") {
        return import_reader(std::io::stdin().lock(), path, options);
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    import_reader(file, path, options)
}

/// The size of the buffer lines are read through. Entities are 1–20 KB, a few are megabytes;
/// a large buffer keeps decompression and line splitting in big steps.
const BUFFER: usize = 1 << 20;

/// Imports a Wikidata dump from `reader`, decompressing it when it starts with the gzip
/// (`1f 8b`) or bzip2 (`BZh`) magic bytes; `path` is used in messages only.
///
/// # Errors
/// [`Error::Wikidata`] naming `path` and the line when the reader fails (a truncated or corrupt
/// compressed file), or when no line of the dump is an entity.
///
/// # Examples
/// ```
/// use gazette::gazetteer::wikidata::{import_reader, ImportOptions};
/// let dump = r#"[
/// {"type":"item","id":"Q1","labels":{"en":{"language":"en","value":"Jane Roe"}},"aliases":{},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}]}},
/// {"type":"item","id":"Q2","labels":{"en":{"language":"en","value":"A Painting"}},"claims":{}}
/// ]
/// "#;
/// let imported = import_reader(dump.as_bytes(), "dump.json".as_ref(), &ImportOptions::default()).unwrap();
/// assert_eq!(imported.read, 2);
/// assert_eq!(imported.entries[0].canonical, "Jane Roe");
/// assert_eq!(imported.entries[0].id, "Q1");
/// ```
pub fn import_reader<R: Read>(
    mut reader: R,
    path: &Path,
    options: &ImportOptions,
) -> Result<Imported> {
    // Read the first bytes whole (a pipe may give them one at a time) and put them back.
    let mut head = [0u8; 3];
    let mut n = 0;
    while n < head.len() {
        match reader.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    let raw = BufReader::with_capacity(
        BUFFER,
        std::io::Cursor::new(head[..n].to_vec()).chain(reader),
    );
    let head = &head[..n];
    if head.starts_with(&[0x1f, 0x8b]) {
        let decoder = flate2::bufread::MultiGzDecoder::new(raw);
        read_lines(BufReader::with_capacity(BUFFER, decoder), path, options)
    } else if head == b"BZh" {
        let decoder = bzip2::bufread::MultiBzDecoder::new(raw);
        read_lines(BufReader::with_capacity(BUFFER, decoder), path, options)
    } else {
        read_lines(raw, path, options)
    }
}

/// Reads the dump's lines from `reader` (already decompressed).
fn read_lines<R: BufRead>(mut reader: R, path: &Path, options: &ImportOptions) -> Result<Imported> {
    let mut imported = Imported::default();
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut first_malformed = None;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => number += 1,
            Err(e) => {
                return Err(Error::Wikidata {
                    path: path.to_path_buf(),
                    line: number + 1,
                    message: format!("cannot read on: {e}"),
                })
            }
        }
        let json = entity_json(&line);
        if json.is_empty() {
            continue;
        }
        match parse_entity(json, options) {
            Ok(Parsed::Kept(entry)) => {
                imported.read += 1;
                imported.entries.push(entry);
            }
            Ok(Parsed::Skipped) => imported.read += 1,
            Ok(Parsed::Unnamed) => {
                imported.read += 1;
                imported.unnamed += 1;
            }
            Err(message) => {
                imported.malformed += 1;
                let warning = Warning {
                    path: path.to_path_buf(),
                    line: number,
                    message: format!("not a Wikidata entity, skipped: {message}"),
                };
                first_malformed.get_or_insert_with(|| warning.clone());
                if imported.warnings.len() < MAX_WARNINGS {
                    imported.warnings.push(warning);
                }
            }
        }
    }
    if imported.read == 0 {
        if let Some(w) = first_malformed {
            return Err(Error::Wikidata {
                path: w.path,
                line: w.line,
                message: format!(
                    "no line is a Wikidata entity (is it a JSON dump?); the first: {}",
                    w.message
                ),
            });
        }
    }
    Ok(imported)
}

/// The JSON of one entity in a dump's line: without the line end, surrounding blanks and the
/// `,` that ends each line of the array; empty for the array's `[` and `]` and blank lines.
fn entity_json(line: &[u8]) -> &[u8] {
    let mut s = line.trim_ascii();
    if let Some(rest) = s.strip_suffix(b",") {
        s = rest.trim_ascii_end();
    }
    if s == b"[" || s == b"]" {
        return b"";
    }
    s
}

/// What became of one entity.
#[derive(Debug, PartialEq, Eq)]
enum Parsed {
    /// Of a chosen class, named: its entry.
    Kept(Entry),
    /// Not of a chosen class.
    Skipped,
    /// Of a chosen class, but without a name in the chosen languages.
    Unnamed,
}

/// An entity as far as the import looks at it. The rest of the object is skipped; `claims`,
/// `labels` and `aliases` are kept as raw JSON and parsed only as far as needed (most entities
/// of a whole dump are not of a chosen class, and their names are never parsed).
#[derive(Deserialize)]
struct RawEntity<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow, default)]
    claims: Option<&'a RawValue>,
    #[serde(borrow, default)]
    labels: Option<&'a RawValue>,
    #[serde(borrow, default)]
    aliases: Option<&'a RawValue>,
}

/// The claims, of which only "instance of".
#[derive(Default, Deserialize)]
struct Claims<'a> {
    #[serde(rename = "P31", borrow, default)]
    p31: Vec<Claim<'a>>,
}

/// One statement.
#[derive(Deserialize)]
struct Claim<'a> {
    #[serde(borrow)]
    mainsnak: Snak<'a>,
    #[serde(borrow, default)]
    rank: Option<Cow<'a, str>>,
}

/// A statement's main value; "no value" and "unknown value" snaks have no `datavalue`.
#[derive(Deserialize)]
struct Snak<'a> {
    #[serde(borrow, default)]
    datavalue: Option<DataValue<'a>>,
}

/// The value of a snak.
#[derive(Deserialize)]
struct DataValue<'a> {
    #[serde(borrow)]
    value: ItemValue<'a>,
}

/// An item as a value: `{"entity-type": "item", "numeric-id": 5, "id": "Q5"}` (dumps before
/// 2015 have only `numeric-id`).
#[derive(Deserialize)]
struct ItemValue<'a> {
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
    #[serde(rename = "numeric-id", default)]
    numeric_id: Option<u64>,
}

/// A label or alias: `{"language": "de", "value": "München"}`.
#[derive(Deserialize)]
struct LangValue<'a> {
    #[serde(borrow)]
    value: Cow<'a, str>,
}

/// Parses raw JSON that is an object, or `[]`: Wikidata writes an empty map as an empty array
/// (`"aliases":[]`), a trace of the PHP that makes the dumps.
fn object_or_empty<'a, T: Deserialize<'a> + Default>(
    raw: Option<&'a RawValue>,
) -> std::result::Result<T, serde_json::Error> {
    match raw {
        Some(raw) if !raw.get().starts_with('[') => serde_json::from_str(raw.get()),
        _ => Ok(T::default()),
    }
}

/// Parses one entity's JSON and decides what becomes of it.
fn parse_entity(json: &[u8], options: &ImportOptions) -> std::result::Result<Parsed, String> {
    let entity: RawEntity = serde_json::from_slice(json).map_err(|e| e.to_string())?;
    let claims: Claims = object_or_empty(entity.claims).map_err(|e| format!("claims: {e}"))?;
    let label = claims
        .p31
        .iter()
        .filter(|c| c.rank.as_deref() != Some("deprecated"))
        .filter_map(|c| c.mainsnak.datavalue.as_ref())
        .find_map(|v| {
            let class: Cow<str> = match (&v.value.id, v.value.numeric_id) {
                (Some(id), _) => Cow::Borrowed(id),
                (None, Some(n)) => Cow::Owned(format!("Q{n}")),
                (None, None) => return None,
            };
            options.classes.get(class.as_ref()).copied()
        });
    let Some(label) = label else {
        return Ok(Parsed::Skipped);
    };
    let labels: HashMap<Cow<str>, LangValue> =
        object_or_empty(entity.labels).map_err(|e| format!("labels: {e}"))?;
    let aliases: HashMap<Cow<str>, Vec<LangValue>> =
        object_or_empty(entity.aliases).map_err(|e| format!("aliases: {e}"))?;
    let mut names: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        let name = name.trim();
        // A "|" would split the alias in the CSV form; such names are rare enough to leave out.
        if !name.is_empty() && !name.contains('|') && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    };
    // Labels first, in the order of preference, so that the first name is the canonical one;
    // then the aliases.
    for lang in &options.languages {
        if let Some(l) = labels.get(lang.as_str()) {
            add(&l.value);
        }
    }
    for lang in &options.languages {
        for a in aliases.get(lang.as_str()).into_iter().flatten() {
            add(&a.value);
        }
    }
    if names.is_empty() {
        return Ok(Parsed::Unnamed);
    }
    let canonical = names.remove(0);
    Ok(Parsed::Kept(Entry {
        label,
        canonical,
        aliases: names,
        id: entity.id.into_owned(),
    }))
}

/// Writes entries as gazetteer CSV (`type,canonical,aliases,id`, aliases separated by `|`), the
/// format `--gazetteer` reads.
///
/// # Errors
/// The writer's error.
pub fn write_csv<W: Write>(entries: &[Entry], writer: W) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(writer);
    w.write_record(["type", "canonical", "aliases", "id"])?;
    let mut aliases = String::new();
    for e in entries {
        aliases.clear();
        for (i, a) in e.aliases.iter().enumerate() {
            if i > 0 {
                aliases.push('|');
            }
            aliases.push_str(a);
        }
        w.write_record([e.label.as_str(), &e.canonical, &aliases, &e.id])?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entity line as the dumps write it, with P31 values `classes` and (language, label,
    /// aliases).
    fn entity(id: &str, classes: &[&str], names: &[(&str, &str, &[&str])]) -> String {
        let labels: Vec<String> = names
            .iter()
            .filter(|n| !n.1.is_empty())
            .map(|(lang, label, _)| {
                format!(r#""{lang}":{{"language":"{lang}","value":"{label}"}}"#)
            })
            .collect();
        let aliases: Vec<String> = names
            .iter()
            .filter(|n| !n.2.is_empty())
            .map(|(lang, _, aliases)| {
                let values: Vec<String> = aliases
                    .iter()
                    .map(|a| format!(r#"{{"language":"{lang}","value":"{a}"}}"#))
                    .collect();
                format!(r#""{lang}":[{}]"#, values.join(","))
            })
            .collect();
        let claims: Vec<String> = classes
            .iter()
            .map(|q| {
                format!(
                    r#"{{"mainsnak":{{"snaktype":"value","property":"P31","datavalue":{{"value":{{"entity-type":"item","numeric-id":{},"id":"{q}"}},"type":"wikibase-entityid"}},"datatype":"wikibase-item"}},"type":"statement","id":"{id}$1","rank":"normal"}}"#,
                    &q[1..]
                )
            })
            .collect();
        format!(
            r#"{{"type":"item","id":"{id}","labels":{{{}}},"descriptions":{{}},"aliases":{{{}}},"claims":{{"P31":[{}],"P17":[]}},"sitelinks":{{}},"lastrevid":1}}"#,
            labels.join(","),
            aliases.join(","),
            claims.join(",")
        )
    }

    fn parse(json: &str) -> std::result::Result<Parsed, String> {
        parse_entity(json.as_bytes(), &ImportOptions::default())
    }

    fn kept(label: Label, canonical: &str, aliases: &[&str], id: &str) -> Parsed {
        Parsed::Kept(Entry {
            label,
            canonical: canonical.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            id: id.into(),
        })
    }

    #[test]
    fn entities_become_entries_by_class_and_language() {
        let table: Vec<(&str, String, Parsed)> = vec![
            (
                "a human, English label first, other languages and aliases after",
                entity(
                    "Q1",
                    &["Q5"],
                    &[("de", "Jana Roe", &["J. Roe"]), ("en", "Jane Roe", &["J. Roe", " "])],
                ),
                kept(Label::Person, "Jane Roe", &["Jana Roe", "J. Roe"], "Q1"),
            ),
            (
                "the first P31 of a chosen class decides",
                entity("Q2", &["Q999", "Q515", "Q5"], &[("de", "München", &[])]),
                kept(Label::City, "München", &[], "Q2"),
            ),
            (
                "Wikidata's label for all languages comes after the languages' own",
                entity("Q10", &["Q5"], &[("mul", "Jana Novak", &[]), ("ru", "Яна Новак", &[])]),
                kept(Label::Person, "Яна Новак", &["Jana Novak"], "Q10"),
            ),
            (
                "a class not chosen",
                entity("Q3", &["Q3305213"], &[("en", "A Painting", &[])]),
                Parsed::Skipped,
            ),
            (
                "no P31 at all",
                entity("Q4", &[], &[("en", "Something", &[])]),
                Parsed::Skipped,
            ),
            (
                "names only in languages not chosen",
                entity("Q5", &["Q5"], &[("ja", "山田", &[])]),
                Parsed::Unnamed,
            ),
            (
                "only an alias: it becomes the canonical name",
                entity("Q6", &["Q6256"], &[("fr", "", &["Freedonie"])]),
                kept(Label::Country, "Freedonie", &[], "Q6"),
            ),
            (
                "empty maps written as arrays, escapes decoded",
                r#"{"type":"item","id":"Q7","labels":{"de":{"language":"de","value":"K\u00f6ln"}},"aliases":[],"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":515},"type":"wikibase-entityid"}},"rank":"normal"}]}}"#.into(),
                kept(Label::City, "Köln", &[], "Q7"),
            ),
            (
                "deprecated and no-value statements do not count",
                r#"{"id":"Q8","labels":{"en":{"language":"en","value":"X"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","datavalue":{"value":{"id":"Q5"}}},"rank":"deprecated"},{"mainsnak":{"snaktype":"novalue"},"rank":"normal"}]}}"#.into(),
                Parsed::Skipped,
            ),
        ];
        for (name, json, want) in table {
            assert_eq!(parse(&json).unwrap(), want, "{name}");
        }
        assert!(parse(r#"{"id":"Q9","claims":{"P31":[{"mainsnak":"#).is_err());
        assert!(parse("not json").is_err());
    }

    #[test]
    fn dump_lines_are_unwrapped_from_the_array() {
        let table: [(&[u8], &[u8]); 6] = [
            (b"[\n", b""),
            (b"]\n", b""),
            (b"{\"id\":\"Q1\"},\n", b"{\"id\":\"Q1\"}"),
            (b"{\"id\":\"Q1\"}\r\n", b"{\"id\":\"Q1\"}"),
            (b"  {\"id\":\"Q1\"} , \n", b"{\"id\":\"Q1\"}"),
            (b"\n", b""),
        ];
        for (line, want) in table {
            assert_eq!(
                entity_json(line),
                want,
                "{:?}",
                String::from_utf8_lossy(line)
            );
        }
    }

    #[test]
    fn classes_replace_extend_and_relabel_the_defaults() {
        let mut o = ImportOptions::default();
        o.classes(&["Q5", "q1637706=city"]).unwrap();
        assert_eq!(o.classes.len(), 2);
        assert_eq!(o.classes["Q1637706"], Label::City);
        o.classes(&["default", "Q5=organisation"]).unwrap();
        assert_eq!(o.classes.len(), DEFAULT_CLASSES.len());
        assert_eq!(o.classes["Q5"], Label::Organisation);
        let errors = [
            (vec!["Q1637706"], "Q1637706 is not in the default table"),
            (vec!["Q5=persn"], "unknown type \"persn\""),
            (vec!["Q5=date"], "dates are found by rules"),
            (vec!["human"], "a class is a QID"),
            (vec![""], "no class given"),
        ];
        for (items, want) in errors {
            let got = o.classes(&items).unwrap_err();
            assert!(got.contains(want), "{items:?}: {got}");
        }
    }

    #[test]
    fn the_default_table_has_each_class_once() {
        let mut qids: Vec<_> = DEFAULT_CLASSES.iter().map(|c| c.0).collect();
        qids.sort_unstable();
        qids.dedup();
        assert_eq!(qids.len(), DEFAULT_CLASSES.len());
        assert!(qids.iter().all(|q| is_qid(q)));
    }

    #[test]
    fn malformed_lines_are_counted_and_named_and_a_dump_of_none_is_an_error() {
        let dump = format!(
            "[\n{},\n{{\"id\":\"Q2\",\"claims\n{},\n]\n",
            entity("Q1", &["Q5"], &[("en", "Jane Roe", &[])]),
            entity("Q3", &["Q5"], &[("en", "John Roe", &[])]),
        );
        let got = import_reader(
            dump.as_bytes(),
            Path::new("d.json"),
            &ImportOptions::default(),
        )
        .unwrap();
        assert_eq!((got.read, got.malformed, got.entries.len()), (2, 1, 2));
        assert!(got.warnings[0]
            .to_string()
            .starts_with("d.json:3: not a Wikidata entity"));
        let err = import_reader(
            &b"hello\nworld\n"[..],
            Path::new("d.json"),
            &ImportOptions::default(),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("d.json:1: no line is a Wikidata entity"),
            "{err}"
        );
    }
}
