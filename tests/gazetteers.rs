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
