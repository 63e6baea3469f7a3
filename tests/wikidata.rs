//! `gazette gazetteer import --wikidata`: a small dump in Wikidata's own JSON format (an array,
//! one entity a line, each line ending with ","), plain and gzipped, imported and then used.

use std::io::Write;

use crate::util::{mentions, Dir, TestCommand};

/// One entity line as the dumps write it: P31 statements with mainsnak and datavalue, labels
/// and aliases per language, and the fields the import skips (descriptions, other claims,
/// sitelinks).
fn entity(id: &str, classes: &[&str], labels: &[(&str, &str)], aliases: &[(&str, &str)]) -> String {
    let claims: Vec<String> = classes
        .iter()
        .map(|q| {
            format!(
                r#"{{"mainsnak":{{"snaktype":"value","property":"P31","hash":"ad7d38a03cdd40cdc373de0dc4e7b7fcbccb31d9","datavalue":{{"value":{{"entity-type":"item","numeric-id":{},"id":"{q}"}},"type":"wikibase-entityid"}},"datatype":"wikibase-item"}},"type":"statement","id":"{id}$5D0F2A5E-4C1B-4B0B-9C59-1D1A0F9B6E0C","rank":"normal"}}"#,
                &q[1..]
            )
        })
        .collect();
    let labels: Vec<String> = labels
        .iter()
        .map(|(lang, v)| format!(r#""{lang}":{{"language":"{lang}","value":"{v}"}}"#))
        .collect();
    let mut by_lang: Vec<(&str, Vec<String>)> = Vec::new();
    for (lang, v) in aliases {
        let value = format!(r#"{{"language":"{lang}","value":"{v}"}}"#);
        match by_lang.iter_mut().find(|l| l.0 == *lang) {
            Some(l) => l.1.push(value),
            None => by_lang.push((lang, vec![value])),
        }
    }
    let aliases: Vec<String> = by_lang
        .iter()
        .map(|(lang, values)| format!(r#""{lang}":[{}]"#, values.join(",")))
        .collect();
    format!(
        r#"{{"type":"item","id":"{id}","labels":{{{}}},"descriptions":{{"en":{{"language":"en","value":"a description"}}}},"aliases":{{{}}},"claims":{{"P31":[{}],"P18":[{{"mainsnak":{{"snaktype":"value","property":"P18","datavalue":{{"value":"Picture.jpg","type":"string"}}}},"rank":"normal"}}]}},"sitelinks":{{"dewiki":{{"site":"dewiki","title":"X","badges":[]}}}},"pageid":1,"ns":0,"title":"{id}","lastrevid":2,"modified":"2024-01-01T00:00:00Z"}}"#,
        labels.join(","),
        aliases.join(","),
        claims.join(",")
    )
}

/// The dump: line 1 "[", then entities, a malformed line 6, the last line "]".
fn dump() -> String {
    let lines = [
        entity(
            "Q1001",
            &["Q5"],
            &[
                ("de", "Johanna Rohde"),
                ("en", "Jo Rohde"),
                ("ja", "ヨハンナ"),
            ],
            &[
                ("de", "Hanna Rohde"),
                ("en", "J. Rohde"),
                ("en", "Jo Rohde"),
                ("ja", "ロデ"),
            ],
        ),
        entity(
            "Q1002",
            &["Q4167410", "Q783794"],
            &[("de", "Acme Zeitungsverlag"), ("en", "Acme Newspapers")],
            &[("de", "Acme-Verlag")],
        ),
        entity(
            "Q1003",
            &["Q515"],
            &[("de", "Neustadt am Fluss"), ("fr", "Villeneuve-sur-Fleuve")],
            &[],
        ),
        entity("Q1004", &["Q3305213"], &[("en", "Sunflowers at Dusk")], &[]),
        r#"{"type":"item","id":"Q1005","labels":{"en":{"language":"en","va"#.to_string(),
        entity("Q1006", &["Q5"], &[("ja", "山田太郎")], &[]),
    ];
    let mut s = String::from("[\n");
    for l in &lines {
        s.push_str(l);
        s.push_str(",\n");
    }
    // The last entity of a real dump has no comma.
    s.push_str(&entity(
        "Q1007",
        &["Q6256"],
        &[("en", "Freedonia")],
        &[("de", "Freedonien")],
    ));
    s.push_str("\n]\n");
    s
}

/// The rows of gazetteer CSV, after checking its header.
fn rows(csv: &str) -> Vec<Vec<String>> {
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        rdr.headers().unwrap(),
        vec!["type", "canonical", "aliases", "id"]
    );
    rdr.records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn bzip2(data: &[u8]) -> Vec<u8> {
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn a_dump_becomes_a_gazetteer_of_the_chosen_classes_and_languages() {
    let dir = Dir::new();
    let plain = dir.create("dump.json", dump());
    // Named so that only the first bytes can tell the compression.
    let zipped = dir.create("dump.gz.bin", gzip(dump().as_bytes()));
    let bzipped = dir.create("dump.bz2.bin", bzip2(dump().as_bytes()));
    // JSON Lines, as filtering tools write: no brackets, no commas.
    let lines: String = dump()
        .lines()
        .filter(|l| *l != "[" && *l != "]")
        .map(|l| format!("{}\n", l.trim_end_matches(',')))
        .collect();
    let jsonl = dir.create("dump.jsonl", lines);
    for input in [&plain, &zipped, &bzipped, &jsonl] {
        let out = TestCommand::new()
            .args(["gazetteer", "import", "--wikidata"])
            .arg(input)
            .output();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            rows(&String::from_utf8(out.stdout).unwrap()),
            [
                vec![
                    "person",
                    "Jo Rohde",
                    "Johanna Rohde|J. Rohde|Hanna Rohde",
                    "Q1001"
                ],
                vec![
                    "organisation",
                    "Acme Newspapers",
                    "Acme Zeitungsverlag|Acme-Verlag",
                    "Q1002"
                ],
                vec![
                    "city",
                    "Neustadt am Fluss",
                    "Villeneuve-sur-Fleuve",
                    "Q1003"
                ],
                vec!["country", "Freedonia", "Freedonien", "Q1007"],
            ],
            "{}",
            input.display()
        );
        let err = String::from_utf8_lossy(&out.stderr);
        // Line 6 of the array is line 5 of the JSON Lines.
        let line = if input == &jsonl { 5 } else { 6 };
        assert!(
            err.contains(&format!(":{line}: not a Wikidata entity, skipped")),
            "{err}"
        );
        assert!(
            err.contains("read 6 entities, kept 4 (1 person, 1 country, 1 organisation, 1 city), 1 of a chosen class without a name in the languages, 1 malformed lines skipped"),
            "{err}"
        );
    }
}

#[test]
fn languages_and_classes_choose_what_is_kept() {
    let dir = Dir::new();
    let plain = dir.create("dump.json", dump());
    let out = TestCommand::new()
        .args([
            "gazetteer",
            "import",
            "--languages",
            "ja,en",
            "--classes",
            "Q5,Q3305213=organisation",
            "--wikidata",
        ])
        .arg(&plain)
        .stdout();
    assert_eq!(
        rows(&out),
        [
            vec!["person", "ヨハンナ", "Jo Rohde|ロデ|J. Rohde", "Q1001"],
            vec!["organisation", "Sunflowers at Dusk", "", "Q1004"],
            vec!["person", "山田太郎", "", "Q1006"],
        ]
    );
    for (args, want) in [
        (
            vec!["--classes", "Q42"],
            "--classes: Q42 is not in the default table",
        ),
        (vec!["--languages", ","], "--languages: no language given"),
        (vec!["-o", "-", "--format", "gzt"], "give -o FILE"),
    ] {
        let out = TestCommand::new()
            .args(["gazetteer", "import", "--wikidata"])
            .arg(&plain)
            .args(args)
            .assert_exit_code(2);
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(want),
            "{want}"
        );
    }
}

#[test]
fn an_imported_gazetteer_finds_its_names_in_a_text() {
    let dir = Dir::new();
    let zipped = dir.create("latest.json.gz", gzip(dump().as_bytes()));
    let gzt = dir.path().join("newsroom.gzt");
    TestCommand::new()
        .args(["gazetteer", "import", "--wikidata"])
        .arg(&zipped)
        .arg("-o")
        .arg(&gzt)
        .stdout();
    let got = mentions(
        "Hanna Rohde vom Acme-Verlag besuchte Neustadt am Fluss in Freedonien.",
        &["--no-builtin", "--gazetteer", gzt.to_str().unwrap()],
    );
    let found: Vec<_> = got
        .iter()
        .map(|m| {
            (
                m.label.as_str(),
                m.text.as_str(),
                m.canonical.as_str(),
                m.id.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("person", "Hanna Rohde", "Jo Rohde", Some("Q1001")),
            (
                "organisation",
                "Acme-Verlag",
                "Acme Newspapers",
                Some("Q1002")
            ),
            (
                "city",
                "Neustadt am Fluss",
                "Neustadt am Fluss",
                Some("Q1003")
            ),
            ("country", "Freedonien", "Freedonia", Some("Q1007")),
        ]
    );
}

#[test]
fn the_imported_gzt_is_what_compile_makes_of_the_imported_csv() {
    let dir = Dir::new();
    let plain = dir.create("dump.json", dump());
    let (csv, gzt, compiled) = (
        dir.path().join("w.csv"),
        dir.path().join("w.gzt"),
        dir.path().join("c.gzt"),
    );
    for out in [&csv, &gzt] {
        TestCommand::new()
            .args(["gazetteer", "import", "--wikidata"])
            .arg(&plain)
            .arg("-o")
            .arg(out)
            .stdout();
    }
    TestCommand::new()
        .args(["gazetteer", "compile"])
        .arg(&csv)
        .arg("-o")
        .arg(&compiled)
        .stdout();
    assert_eq!(
        std::fs::read(&gzt).unwrap(),
        std::fs::read(&compiled).unwrap()
    );
}

#[test]
fn a_gzipped_dump_is_read_from_standard_input() {
    let out = TestCommand::new()
        .args([
            "gazetteer",
            "import",
            "--classes",
            "Q6256",
            "--wikidata",
            "-",
        ])
        .pipe(gzip(dump().as_bytes()))
        .stdout();
    assert_eq!(
        rows(&out),
        [vec!["country", "Freedonia", "Freedonien", "Q1007"]]
    );
}

#[test]
fn a_file_that_is_no_dump_or_is_cut_short_names_its_line_and_exits_2() {
    let dir = Dir::new();
    let text = dir.create("story.txt", "Es war einmal.\nEnde.\n");
    let gz = gzip(dump().as_bytes());
    let cut = dir.create("cut.json.gz", &gz[..gz.len() / 2]);
    let missing = dir.path().join("missing.json");
    for (path, want) in [
        (&text, "story.txt:1: no line is a Wikidata entity"),
        (&cut, "cut.json.gz:"),
        (&missing, "missing.json"),
    ] {
        let out = TestCommand::new()
            .args(["gazetteer", "import", "--wikidata"])
            .arg(path)
            .assert_exit_code(2);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{want}: {err}");
    }
}
