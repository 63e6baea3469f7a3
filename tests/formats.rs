//! Every output format carries the same mentions: parsed, not only compared as strings.

use crate::util::{parse_csv, parse_jsonl, parse_tsv, Dir, JsonDocument, TestCommand};

const FIXTURES: [&str; 3] = [
    "tests/fixtures/de_story.txt",
    "tests/fixtures/en_story.txt",
    "tests/fixtures/fr_story.txt",
];

fn run(format: &str) -> String {
    TestCommand::new()
        .current_dir(env!("CARGO_MANIFEST_DIR").as_ref())
        .args(["--format", format, "--quiet"])
        .args(FIXTURES)
        .stdout()
}

/// (document, type, text, canonical, id, value, start, end, char_start, char_end) rows.
type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    usize,
    usize,
    usize,
    usize,
);

fn rows_from_json(docs: &[JsonDocument]) -> Vec<Row> {
    docs.iter()
        .flat_map(|d| {
            d.entities.iter().map(move |m| {
                (
                    d.document.clone(),
                    m.label.clone(),
                    m.text.clone(),
                    m.canonical.clone(),
                    m.id.clone().unwrap_or_default(),
                    m.value.clone().unwrap_or_default(),
                    m.start,
                    m.end,
                    m.char_start,
                    m.char_end,
                )
            })
        })
        .collect()
}

fn rows_from_csv(out: &str, delimiter: u8) -> Vec<Row> {
    let rows = if delimiter == b'\t' {
        parse_tsv(out)
    } else {
        parse_csv(out, delimiter)
    };
    rows.into_iter()
        .map(|r| {
            (
                r.document,
                r.label,
                r.text,
                r.canonical,
                r.id,
                r.value,
                r.start,
                r.end,
                r.char_start,
                r.char_end,
            )
        })
        .collect()
}

#[test]
fn all_formats_carry_the_same_mentions() {
    let json: Vec<JsonDocument> = serde_json::from_str(&run("json")).expect("one JSON array");
    let jsonl = parse_jsonl(&run("jsonl"));
    assert_eq!(json, jsonl);
    assert_eq!(
        json.iter().map(|d| d.document.as_str()).collect::<Vec<_>>(),
        FIXTURES
    );
    let rows = rows_from_json(&json);
    assert!(
        rows.len() >= 20,
        "the fixtures hold many mentions: {rows:?}"
    );
    assert_eq!(rows_from_csv(&run("csv"), b','), rows);
    assert_eq!(rows_from_csv(&run("tsv"), b'\t'), rows);
    // Mentions are ordered by start within each document.
    for d in &json {
        assert!(d.entities.windows(2).all(|w| w[0].start < w[1].start));
    }
}

#[test]
fn every_type_is_found_in_the_german_fixture() {
    let docs = parse_jsonl(&run("jsonl"));
    let de = &docs[0];
    for label in ["person", "country", "organisation", "date"] {
        assert!(
            de.entities.iter().any(|m| m.label == label),
            "no {label} in {:?}",
            de.entities
        );
    }
}

#[test]
fn same_input_gives_byte_identical_output() {
    for format in ["csv", "json"] {
        assert_eq!(run(format), run(format));
    }
}

#[test]
fn empty_input_gives_valid_empty_output() {
    let csv = TestCommand::new().pipe("").stdout();
    assert_eq!(parse_csv(&csv, b',').len(), 0);
    let json = TestCommand::new().args(["-f", "json"]).pipe("").stdout();
    let docs: Vec<JsonDocument> = serde_json::from_str(&json).unwrap();
    assert_eq!(docs.len(), 1);
    assert!(docs[0].entities.is_empty());
}

#[test]
fn r8_tsv_rows_are_one_line_each() {
    // A hard-wrapped name is one mention whose text holds a line break.
    let text = "Olaf\nScholz kam.";
    let tsv = TestCommand::new().args(["-f", "tsv"]).pipe(text).stdout();
    assert_eq!(tsv.lines().count(), 2, "header and one row: {tsv:?}");
    let rows = parse_tsv(&tsv);
    assert_eq!(rows[0].text, "Olaf\nScholz");
    assert_eq!(&text[rows[0].start..rows[0].end], rows[0].text);
}

#[test]
fn r8_spreadsheet_safe_cells_are_not_formulas() {
    let dir = Dir::new();
    let gazetteer = dir.create(
        "g.csv",
        "type,canonical,aliases,id\norganisation,\"=HYPERLINK(\"\"http://x\"\")\",Acme Widgets,@SUM(A1)\n",
    );
    let run = |extra: &[&str]| {
        let out = TestCommand::new()
            .arg("-g")
            .arg(&gazetteer)
            .args(extra)
            .pipe("Acme Widgets kam.")
            .stdout();
        parse_csv(&out, b',').remove(0)
    };
    let raw = run(&[]);
    assert_eq!(
        (raw.canonical.as_str(), raw.id.as_str()),
        ("=HYPERLINK(\"http://x\")", "@SUM(A1)")
    );
    let safe = run(&["--spreadsheet-safe"]);
    assert_eq!(
        (safe.canonical.as_str(), safe.id.as_str()),
        ("'=HYPERLINK(\"http://x\")", "'@SUM(A1)")
    );
    assert_eq!(safe.text, "Acme Widgets");
}

#[test]
fn r8_error_records_in_csv_are_rows_of_type_error() {
    let out = TestCommand::new()
        .args(["--input", "jsonl", "--on-error", "record", "--quiet"])
        .pipe("{\"text\": \"Frankreich\"}\n[1, 2]\n")
        .stdout();
    // The offsets of an error row are empty, so the rows are read as strings.
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let got: Vec<_> = rows.iter().map(|r| (&r[0], &r[1], r.len())).collect();
    assert_eq!(got, [("-:1", "country", 12), ("-:2", "error", 12)]);
    assert!(
        rows[1][2].contains("expected a JSON object"),
        "{:?}",
        rows[1]
    );
    assert!(rows[1].iter().skip(3).all(str::is_empty));
}

#[test]
fn summary_has_one_record_per_entity_in_every_format() {
    let text = "Olaf Scholz traf Emmanuel Macron. Scholz sagte, Frankreich sei bereit. Macron \
                nickte, und Scholz lachte.";
    let csv = TestCommand::new().arg("--summary").pipe(text).stdout();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "document,type,canonical,id,count,start,char_start,forms"
    );
    assert_eq!(
        rows[1],
        "-,person,Olaf Scholz,Q61053,3,0,0,Olaf Scholz | Scholz"
    );
    assert_eq!(
        rows[2],
        "-,person,Emmanuel Macron,Q3052772,2,17,17,Emmanuel Macron | Macron"
    );
    assert_eq!(rows.len(), 4, "{csv}");
    // JSON Lines: the same records, and counts that add up to the mentions of a normal run.
    let jsonl = TestCommand::new()
        .args(["--summary", "--format", "jsonl"])
        .pipe(text)
        .stdout();
    let doc: serde_json::Value = serde_json::from_str(jsonl.trim()).unwrap();
    let summary = doc["summary"].as_array().unwrap();
    assert_eq!(summary.len(), 3);
    assert_eq!(
        summary[0]["forms"],
        serde_json::json!(["Olaf Scholz", "Scholz"])
    );
    let counted: u64 = summary.iter().map(|e| e["count"].as_u64().unwrap()).sum();
    let plain = TestCommand::new()
        .args(["--format", "jsonl"])
        .pipe(text)
        .stdout();
    let plain: serde_json::Value = serde_json::from_str(plain.trim()).unwrap();
    assert_eq!(
        counted as usize,
        plain["entities"].as_array().unwrap().len()
    );
}
