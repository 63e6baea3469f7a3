//! The user's gazetteers: `--gazetteer FILE` (repeatable) and `--no-builtin`.

use crate::util::{mentions, Dir, TestCommand};

const NEWSROOM: &str = "\
# our newsroom list
type,canonical,aliases,id
person,Jane Roe,J. Roe|Roe-Smith,Q42
organisation,Acme Zeitung,AZ|Acme-Verlag,
country,Freedonia,Freedonien,XF
";

#[test]
fn user_entries_are_found_with_the_builtin_ones() {
    let dir = Dir::new();
    let g = dir.create("newsroom.csv", NEWSROOM);
    let g = g.to_str().unwrap();
    let got = mentions(
        "Jane Roe (AZ) sprach über Freedonien und Frankreich. Roe-Smith lachte.",
        &["--gazetteer", g],
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
            ("person", "Jane Roe", "Jane Roe", Some("Q42")),
            ("organisation", "AZ", "Acme Zeitung", None),
            ("country", "Freedonien", "Freedonia", Some("XF")),
            ("country", "Frankreich", "France", Some("FR")),
            ("person", "Roe-Smith", "Jane Roe", Some("Q42")),
        ]
    );
}

#[test]
fn user_entries_win_ties_and_no_builtin_drops_the_rest() {
    let dir = Dir::new();
    let g = dir.create(
        "mine.csv",
        "type,canonical,aliases,id\norganisation,Frankreich AG,Frankreich,\n",
    );
    let g = g.to_str().unwrap();
    let got = mentions("Frankreich und Spanien", &["--gazetteer", g]);
    assert_eq!(got[0].canonical, "Frankreich AG");
    assert_eq!(got[0].label, "organisation");
    assert_eq!(got[1].canonical, "Spain");
    let only = mentions(
        "Frankreich und Spanien",
        &["--gazetteer", g, "--no-builtin"],
    );
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].canonical, "Frankreich AG");
}

#[test]
fn a_malformed_gazetteer_names_file_and_line_and_exits_2() {
    let dir = Dir::new();
    let table = [
        (
            "bad-type.csv",
            "type,canonical\nperson,A\npersn,B\n",
            ":3: unknown type",
        ),
        (
            "bad-fields.csv",
            "type,canonical,aliases,id\nperson,A,B\n",
            ":2: expected 4 fields",
        ),
        (
            "bad-header.csv",
            "name,alias\nA,B\n",
            ":1: the header must name",
        ),
    ];
    for (name, contents, want) in table {
        let g = dir.create(name, contents);
        let out = TestCommand::new()
            .args(["--gazetteer", g.to_str().unwrap()])
            .pipe("Frankreich")
            .assert_exit_code(2);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{name}{want}")), "{name}: {err}");
        assert!(
            out.stdout.is_empty(),
            "nothing is processed on a gazetteer error"
        );
    }
    let out = TestCommand::new()
        .args(["--gazetteer", "/no/such/gazetteer.csv"])
        .pipe("x")
        .assert_exit_code(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/gazetteer.csv"));
}

/// The library side of `gazette gazetteer compile` and of `--gazetteer FILE.gzt`: a compiled
/// file opens to the same gazetteer as its CSV, and a damaged one is an error naming it.
#[test]
fn a_compiled_gazetteer_opens_like_its_csv_and_a_damaged_one_names_its_path() {
    use gazette::gazetteer::load::{compile, open};
    let dir = Dir::new();
    let csv = dir.create("newsroom.csv", NEWSROOM);
    let gzt = dir.path().join("newsroom.gzt");
    let warnings = compile(&csv, &gzt).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let from_csv = open(&csv).unwrap();
    let from_gzt = open(&gzt).unwrap();
    assert_eq!(from_csv.warnings, warnings);
    assert!(from_gzt.warnings.is_empty());
    assert_eq!(from_gzt.gazetteer.to_bytes(), from_csv.gazetteer.to_bytes());
    let extractor = gazette::ExtractorBuilder::new()
        .builtin(false)
        .gazetteer(from_gzt.gazetteer)
        .build();
    let found: Vec<_> = extractor
        .extract("Jane Roe (AZ) in Freedonien.", None)
        .iter()
        .map(|m| (m.text, m.canonical))
        .collect();
    assert_eq!(
        found,
        [
            ("Jane Roe", "Jane Roe"),
            ("AZ", "Acme Zeitung"),
            ("Freedonien", "Freedonia")
        ]
    );

    let bytes = std::fs::read(&gzt).unwrap();
    std::fs::write(&gzt, &bytes[..bytes.len() / 2]).unwrap();
    let err = open(&gzt).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!("{}: truncated", gzt.display())),
        "{err}"
    );
}

/// The input with which the fuzz target `rebuild` found issue 13 on the code before its fix
/// (b550a02^: fst panicked, "attempt to subtract with overflow", after 195 runs from the
/// `newsroom` seed): NUL-separated pairs of gazetteer rows and a text, each pair's extractor
/// built after the previous one was dropped on the same thread, as
/// `fuzz/fuzz_targets/rebuild.rs` does. On its own it does not fail there: the memo entries it
/// replayed were left by the 194 inputs before it in that process. The deterministic
/// regressions are in `tests/rebuild.rs`; this keeps the input that found the bug.
#[test]
fn r13_fuzz_input_of_rebuilt_extractors() {
    use gazette::gazetteer::load::parse_reader;
    let data = include_bytes!("fixtures/regression/issue_13.bin");
    let mut parts = data.split(|&b| b == 0);
    let mut previous = String::new();
    let mut built = 0;
    while let Some(rows) = parts.next() {
        let text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
        let csv = [&b"type,canonical,aliases,id\n"[..], rows].concat();
        let Ok(entries) = parse_reader(&csv[..], "fuzz.csv".as_ref()) else {
            continue;
        };
        let extractor = gazette::ExtractorBuilder::new()
            .builtin(false)
            .gazetteer(gazette::Gazetteer::from_entries(entries))
            .build();
        for doc in [&text, &previous] {
            for m in extractor.extract(doc, None) {
                assert_eq!(&doc[m.span.start..m.span.end], m.text);
            }
        }
        previous = text;
        built += 1;
    }
    // The second pair's rows do not parse ("DFrganisation"): one extractor per valid pair.
    assert_eq!(built, 1);
}

#[test]
fn gazetteer_compile_writes_a_file_that_gazetteer_reads_and_warns_on_rows() {
    let dir = Dir::new();
    let csv = dir.create("newsroom.csv", format!("{NEWSROOM}person,X,die,\n"));
    let compiled = dir.path().join("newsroom.gzt");
    let out = TestCommand::new()
        .args(["gazetteer", "compile"])
        .arg(&csv)
        .arg("-o")
        .arg(&compiled)
        .assert_exit_code(0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("newsroom.csv:6: alias \"die\""), "{stderr}");
    let text = "Jane Roe (AZ) sprach über Freedonien.";
    let from_csv = TestCommand::new()
        .args(["--no-builtin", "-g"])
        .arg(&csv)
        .pipe(text)
        .stdout();
    let from_compiled = TestCommand::new()
        .args(["--no-builtin", "-g"])
        .arg(&compiled)
        .pipe(text)
        .stdout();
    assert_eq!(from_csv, from_compiled);
    assert_eq!(from_csv.lines().count(), 4, "{from_csv}");
    // A missing input is a usage error, and nothing is written.
    let missing = dir.path().join("missing.csv");
    let never = dir.path().join("never.gzt");
    TestCommand::new()
        .args(["gazetteer", "compile"])
        .arg(&missing)
        .arg("-o")
        .arg(&never)
        .assert_exit_code(2);
    assert!(!never.exists());
}
