//! The review page (`--format html`) as the binary writes it: every mention of the JSON output
//! is one mark, the text between marks is the document's, escaped, also for a document read in
//! windows. The page in a real browser is tested by `tests/browser/run.sh`.

use crate::util::{parse_jsonl, Dir, TestCommand};

const FIXTURES: [&str; 4] = [
    "tests/fixtures/de_story.txt",
    "tests/fixtures/en_story.txt",
    "tests/fixtures/fr_story.txt",
    "tests/fixtures/hostile_markup_rtl.txt",
];

fn run(args: &[&str], paths: &[&str]) -> String {
    TestCommand::new()
        .current_dir(env!("CARGO_MANIFEST_DIR").as_ref())
        .arg("--quiet")
        .args(args)
        .args(paths)
        .stdout()
}

/// Undoes the page's escaping.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Each story's text (marks taken out, unescaped) and its marks' (start, end, type, text).
#[allow(clippy::type_complexity)]
fn stories(page: &str) -> Vec<(String, Vec<(usize, usize, String, String)>)> {
    let open = "<div class=\"text\" dir=\"auto\">";
    page.split(open)
        .skip(1)
        .map(|part| {
            let body = &part[..part.find("</div><aside>").expect("end of text")];
            let mut text = String::new();
            let mut marks = Vec::new();
            let mut rest = body;
            while let Some(at) = rest.find("<mark ") {
                text.push_str(&unescape(&rest[..at]));
                let tag_end = at + rest[at..].find('>').unwrap();
                let tag = &rest[at..tag_end];
                let close = tag_end + rest[tag_end..].find("</mark>").unwrap();
                let inner = unescape(&rest[tag_end + 1..close]);
                let attr = |name: &str| {
                    let key = format!(" {name}=\"");
                    let v = &tag[tag.find(&key).unwrap() + key.len()..];
                    v[..v.find('"').unwrap()].to_string()
                };
                marks.push((
                    attr("data-start").parse().unwrap(),
                    attr("data-end").parse().unwrap(),
                    attr("data-type"),
                    inner.clone(),
                ));
                text.push_str(&inner);
                rest = &rest[close + "</mark>".len()..];
            }
            assert!(!rest.contains('<'), "only marks in the text: {rest}");
            text.push_str(&unescape(rest));
            (text, marks)
        })
        .collect()
}

/// Checks a page against the JSON output of the same run and the documents' texts.
fn check_page(page: &str, json: &str, texts: &[String]) {
    let docs = parse_jsonl(json);
    let got = stories(page);
    assert_eq!(got.len(), docs.len());
    for ((text, marks), (doc, want)) in got.iter().zip(docs.iter().zip(texts)) {
        assert_eq!(text, want, "{}: the text as it is", doc.document);
        let from_json: Vec<_> = doc
            .entities
            .iter()
            .map(|m| (m.start, m.end, m.label.clone(), m.text.clone()))
            .collect();
        assert_eq!(marks, &from_json, "{}: one mark per mention", doc.document);
    }
}

#[test]
fn every_mention_is_one_mark_and_the_text_is_kept() {
    let page = run(&["-f", "html"], &FIXTURES);
    let json = run(&["-f", "jsonl"], &FIXTURES);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let texts: Vec<String> = FIXTURES
        .iter()
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .collect();
    check_page(&page, &json, &texts);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.ends_with("</html>\n"));
    assert_eq!(
        page.matches("<script").count(),
        1,
        "the page's own script only"
    );
    assert_eq!(page.matches("<details class=\"story\">").count(), 4);
}

#[test]
fn a_document_read_in_windows_is_one_story_with_its_whole_text() {
    // Small windows cut the text in many places, some inside mentions.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text: String = FIXTURES
        .iter()
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .collect::<Vec<_>>()
        .concat();
    let dir = Dir::new();
    let path = dir.create("long.txt", &text);
    let path = path.to_str().unwrap();
    for window in ["64", "1000"] {
        let args = ["--window-bytes", window];
        let page = run(&[&args[..], &["-f", "html"]].concat(), &[path]);
        let json = run(&[&args[..], &["-f", "jsonl"]].concat(), &[path]);
        check_page(&page, &json, std::slice::from_ref(&text));
        // Its counts are filled in by the page's script from the tag list.
        assert!(page.contains("data-pending"), "window {window}");
    }
}

#[test]
fn a_document_not_read_is_a_story_saying_why() {
    let page = TestCommand::new()
        .args([
            "-f",
            "html",
            "--input",
            "jsonl",
            "--on-error",
            "record",
            "--quiet",
        ])
        .pipe("{\"text\": \"Olaf Scholz\"}\nnot json <b>\n")
        .stdout();
    assert!(page.contains("<details class=\"story failed\">"), "{page}");
    assert!(!page.contains("<b>"), "{page}");
    assert_eq!(stories(&page).len(), 1);
}

#[test]
fn summary_with_html_is_a_usage_error() {
    let out = TestCommand::new()
        .args(["-f", "html", "--summary"])
        .pipe("x")
        .assert_exit_code(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--summary"));
}
