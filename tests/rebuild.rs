//! Extractors built and dropped one after another on one thread: nothing that a thread keeps
//! between extractions (the walk memo, scratch buffers) may carry one gazetteer's state into
//! another's (issue: "the walk memo outlives its gazetteer").

use gazette::gazetteer::load::parse_reader;
use gazette::{Extractor, ExtractorBuilder, Gazetteer};

use crate::util::{Dir, TestCommand};

/// A user-gazetteer-only extractor, built as the CLI builds one from `--no-builtin -g FILE`.
fn extractor(csv: &str) -> Extractor {
    let entries = parse_reader(csv.as_bytes(), "test.csv".as_ref()).expect("valid gazetteer");
    ExtractorBuilder::new()
        .builtin(false)
        .gazetteer(Gazetteer::from_entries(entries))
        .build()
}

/// (label, text, canonical) of each mention, in order.
fn found(e: &Extractor, text: &str) -> Vec<(String, String, String)> {
    e.extract(text, None)
        .iter()
        .map(|m| {
            (
                m.label.to_string(),
                m.text.to_string(),
                m.canonical.to_string(),
            )
        })
        .collect()
}

#[test]
fn a_second_extractor_does_not_replay_the_first_ones_walks() {
    // The three steps of the issue, in one test so that they run on one thread.
    let first = extractor("type,canonical\nperson,Zorro Alpha Beta\n");
    let _ = first.extract("Zorro Alpha Beta.", None);
    drop(first);
    let second = extractor("type,canonical\norganisation,Zorro Gamma Delta\n");
    assert_eq!(
        found(&second, "Zorro Alpha Beta und Zorro Gamma Delta."),
        [(
            "organisation".to_string(),
            "Zorro Gamma Delta".to_string(),
            "Zorro Gamma Delta".to_string()
        )]
    );
}

/// Small gazetteers that share first words (so that their walks are memoised under the same
/// token hashes) but not keys.
fn gazetteer_csv(k: usize) -> String {
    let mut csv = String::from("type,canonical,aliases,id\n");
    for j in 0..12 {
        let label = ["person", "organisation", "country"][(k + j) % 3];
        let tail = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"][(k * 7 + j) % 5];
        let more = (0..(k + j) % 4)
            .map(|x| format!(" W{x}"))
            .collect::<String>();
        csv.push_str(&format!(
            "{label},Zorro {tail}{more} N{k}x{j},Zorro {tail}{more}|Z{k}{j},Q{k}{j}\n"
        ));
    }
    csv
}

const TEXT: &str = "Zorro Alpha traf Zorro Beta W0 N3x2 und Zorro Gamma W0 W1. \
    Zorro Delta W0 W1 W2 N5x1 sprach mit Zorro Epsilon, Z31 und Z52; Zorro Alpha W0 N7x1.";

#[test]
fn many_extractors_on_one_thread_agree_with_a_fresh_process() {
    let dir = Dir::new();
    for k in 0..10 {
        let csv = gazetteer_csv(k);
        let e = extractor(&csv);
        // Extract twice: the second run replays memoised walks of this gazetteer.
        let _ = e.extract(TEXT, None);
        let in_thread: Vec<_> = e
            .extract(TEXT, None)
            .iter()
            .map(|m| {
                format!(
                    "{},{},{},{}",
                    m.label, m.span.start, m.span.end, m.canonical
                )
            })
            .collect();
        drop(e);
        let path = dir.create(&format!("g{k}.csv"), &csv);
        let fresh = TestCommand::new()
            .args(["--no-builtin", "--types", "person,country,organisation"])
            .arg("--gazetteer")
            .arg(&path)
            .args(["--format", "jsonl"])
            .pipe(TEXT)
            .stdout();
        let doc: serde_json::Value = serde_json::from_str(fresh.trim()).expect("one JSON line");
        let fresh: Vec<_> = doc["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .map(|m| {
                format!(
                    "{},{},{},{}",
                    m["type"].as_str().unwrap(),
                    m["start"],
                    m["end"],
                    m["canonical"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(in_thread, fresh, "gazetteer {k}:\n{csv}");
        assert!(!fresh.is_empty(), "gazetteer {k} finds something");
    }
}
