//! Inputs, exit statuses and the conventions of a shell tool.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::util::{
    file_names, mkfifo, parse_csv, parse_jsonl, strip_ansi, wait_at_most, Dir, TestCommand,
};

#[test]
fn a_missing_file_is_named_and_the_others_are_still_written() {
    let dir = Dir::new();
    let a = dir.create("a.txt", "Frankreich");
    let b = dir.create("b.txt", "Spanien");
    let out = TestCommand::new()
        .arg(&a)
        .arg(dir.path().join("missing.txt"))
        .arg(&b)
        .assert_exit_code(1);
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap(), b',');
    let texts: Vec<_> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Frankreich", "Spanien"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt"));
}

#[test]
fn directories_are_walked_sorted_skipping_hidden_and_binary_files() {
    let dir = Dir::new();
    dir.create("b/2.txt", "Spanien");
    dir.create("b/1.txt", "Italien");
    dir.create("a.txt", "Frankreich");
    dir.create(".hidden.txt", "Portugal");
    dir.create(".git/x.txt", "Polen");
    dir.create("image.bin", b"Berlin\x00\x01\x02");
    let out = TestCommand::new()
        .args(["--format", "jsonl"])
        .arg(dir.path())
        .assert_exit_code(0);
    let docs = parse_jsonl(&String::from_utf8(out.stdout).unwrap());
    let names: Vec<_> = docs
        .iter()
        .map(|d| d.document.rsplit(['/', '\\']).next().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a.txt", "1.txt", "2.txt"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("image.bin: binary file skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 documents"),
        "the batch summary: {stderr}"
    );
}

#[test]
fn output_is_identical_for_any_number_of_threads() {
    let dir = Dir::new();
    let countries = [
        "Frankreich",
        "Spanien",
        "Italien",
        "Polen",
        "Kasachstan",
        "Ägypten",
    ];
    for i in 0..200 {
        dir.create(
            &format!("docs/{i:03}.txt"),
            format!(
                "Am {}. Mai 2024 in {}.",
                i % 28 + 1,
                countries[i % countries.len()]
            ),
        );
    }
    let run = |jobs: &str| {
        TestCommand::new()
            .args(["--quiet", "--jobs", jobs])
            .arg(dir.path().join("docs"))
            .stdout()
    };
    let one = run("1");
    assert_eq!(parse_csv(&one, b',').len(), 400);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}

#[test]
fn output_file_with_dash_o() {
    let dir = Dir::new();
    let out = dir.path().join("tags.csv");
    TestCommand::new()
        .arg("-o")
        .arg(&out)
        .pipe("Kasachstan")
        .assert_exit_code(0);
    let rows = parse_csv(&std::fs::read_to_string(out).unwrap(), b',');
    assert_eq!(rows[0].id, "KZ");
}

#[test]
fn a_closed_stdout_exits_quietly() {
    let dir = Dir::new();
    let big = "Frankreich und Spanien am 3. Oktober 2024. ".repeat(200_000);
    let path = dir.create("big.txt", big);
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env_clear()
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(stderr.is_empty(), "no message on a closed pipe: {stderr}");
}

#[test]
fn invalid_utf8_is_replaced_and_offsets_refer_to_the_decoded_text() {
    let out = TestCommand::new()
        .args(["--format", "jsonl"])
        .pipe(b"\xff\xfe Frankreich \xc3")
        .stdout();
    let docs = parse_jsonl(&out);
    let m = &docs[0].entities[0];
    assert_eq!(m.text, "Frankreich");
    // Each invalid byte became U+FFFD (3 bytes, 1 char).
    assert_eq!((m.start, m.end, m.char_start, m.char_end), (7, 17, 3, 13));
}

#[test]
fn usage_errors_exit_2() {
    let table: &[&[&str]] = &[
        &["--types", "persn"],
        &["--reference-date", "13.12.2025"],
        &["--format", "xml"],
        &["--jobs", "0"],
        &["--no-such-flag"],
    ];
    for args in table {
        let out = TestCommand::new().args(*args).pipe("x").assert_exit_code(2);
        assert!(!out.stderr.is_empty(), "{args:?} says why");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn help_documents_every_option_with_examples_and_version_works() {
    let help = TestCommand::new().arg("--help").stdout();
    for option in [
        "--format",
        "--output",
        "--gazetteer",
        "--no-builtin",
        "--types",
        "--reference-date",
        "--input",
        "--text-field",
        "--id-field",
        "--date-field",
        "--jobs",
        "--quiet",
        "Examples:",
    ] {
        assert!(help.contains(option), "--help lacks {option}");
    }
    let snapshot =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/help.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &help).unwrap();
    }
    let want = std::fs::read_to_string(&snapshot)
        .expect("tests/snapshots/help.txt (UPDATE_SNAPSHOTS=1 writes it)");
    assert_eq!(
        help, want,
        "--help changed: review and run with UPDATE_SNAPSHOTS=1"
    );
    let version = TestCommand::new().arg("--version").stdout();
    assert_eq!(
        version.trim(),
        format!("gazette {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn jsonl_input_keeps_order_ids_and_per_document_dates() {
    let input = concat!(
        r#"{"id": "a", "body": "Am 3. Oktober war er in Frankreich.", "published": "2025-12-13"}"#,
        "\n",
        "\n",
        r#"{"id": 2, "body": "Am 3. Oktober in Spanien."}"#,
        "\n",
        "not json\n",
        r#"{"id": "d", "body": "Kasachstan"}"#,
        "\n",
    );
    let out = TestCommand::new()
        .args([
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--text-field",
            "body",
            "--date-field",
            "published",
        ])
        .pipe(input)
        .assert_exit_code(1);
    let docs = parse_jsonl(&String::from_utf8(out.stdout).unwrap());
    let ids: Vec<_> = docs.iter().map(|d| d.id.clone()).collect();
    assert_eq!(
        ids,
        [
            Some(serde_json::json!("a")),
            None,
            Some(serde_json::json!(2)),
            Some(serde_json::json!("d"))
        ]
    );
    let names: Vec<_> = docs.iter().map(|d| d.document.as_str()).collect();
    assert_eq!(
        names,
        ["-:1", "-:2", "-:3", "-:5"],
        "the empty line is a document"
    );
    assert_eq!(docs[0].entities[0].value.as_deref(), Some("2025-10-03"));
    assert_eq!(docs[2].entities[0].value.as_deref(), Some("XXXX-10-03"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:4: not valid JSON"));
}

#[test]
fn a_large_document_is_streamed_in_windows_with_document_offsets() {
    // About 1.4 MB: streamed from disk in windows.
    large_document_in_windows(20_000);
}

#[test]
fn a_long_document_is_read_whole_and_matched_in_windows() {
    // About 200 KB: read whole, matched in windows.
    large_document_in_windows(3_000);
}

fn large_document_in_windows(lines: usize) {
    let dir = Dir::new();
    let line = "Am 3. Oktober 2024 trafen sich Frankreich und Ägypten in Kasachstan.\n";
    let text = line.repeat(lines);
    let path = dir.create("big.txt", &text);
    let run = |format: &str, jobs: &str| {
        TestCommand::new()
            .args(["--format", format, "--jobs", jobs])
            .arg(&path)
            .stdout()
    };
    let json = run("json", "1");
    assert_eq!(json, run("json", "2"), "same bytes for any --jobs");
    let docs: Vec<crate::util::JsonDocument> = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(docs.len(), 1);
    let entities = &docs[0].entities;
    assert_eq!(entities.len(), 4 * lines);
    for m in entities.iter().step_by(997) {
        assert_eq!(&text[m.start..m.end], m.text);
        assert_eq!(text[..m.start].chars().count(), m.char_start);
    }
    assert_eq!(parse_csv(&run("csv", "2"), b',').len(), entities.len());
}

#[test]
fn no_input_on_a_terminal_prints_a_hint_and_exits_2() {
    // `script` (util-linux) runs the command with a pseudo-terminal as standard input.
    let Ok(out) = Command::new("script")
        .args(["-qec", env!("CARGO_BIN_EXE_gazette"), "/dev/null"])
        .env_clear()
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("skipped: no `script` command to make a terminal");
        return;
    };
    assert_eq!(out.status.code(), Some(2));
    // A terminal gets colour (`--color auto`); the words are the same.
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains('\x1b'), "{said}");
    let said = strip_ansi(&said);
    assert!(said.contains("gazette: no input"), "{said}");
    assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
}

#[test]
fn a_stream_on_a_terminal_shows_progress_unless_quiet() {
    // `script` gives the command a pseudo-terminal as standard error (and output); the text
    // comes on standard input and the rows go to a file, so the bar has a terminal to itself.
    let dir = Dir::new();
    let text = "Emmanuel Macron besuchte am 3. Oktober 2024 Frankreichs Nachbarn.\n".repeat(3000);
    let input = dir.create("story.txt", &text);
    let run = |extra: &str| {
        let out = dir.path().join("out.csv");
        let line = format!(
            "{} -o {} {extra} < {}",
            env!("CARGO_BIN_EXE_gazette"),
            out.display(),
            input.display()
        );
        let said = Command::new("script")
            .args(["-qec", &line, "/dev/null"])
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            // Without TERM the terminal counts as dumb and no bar is drawn.
            .env("TERM", "xterm")
            .stdin(Stdio::null())
            .output()
            // Only a missing `script` skips the test: a missing output file fails it.
            .ok()?;
        let written = std::fs::read_to_string(&out).unwrap_or_else(|e| {
            panic!(
                "-o {} was not written ({e}): {}",
                out.display(),
                String::from_utf8_lossy(&said.stdout)
            )
        });
        std::fs::remove_file(&out).unwrap();
        Some((
            String::from_utf8_lossy(&said.stdout).into_owned(),
            parse_csv(&written, b',').len(),
        ))
    };
    let Some((bar, rows)) = run("") else {
        eprintln!("skipped: no `script` command to make a terminal");
        return;
    };
    assert!(bar.contains("KiB"), "a progress bar: {bar:?}");
    assert_eq!(rows, 3000 * 3, "every row written");
    let (quiet, rows) = run("--quiet").expect("ran before");
    assert!(!quiet.contains("KiB"), "nothing with --quiet: {quiet:?}");
    assert_eq!(rows, 3000 * 3, "every row written with --quiet too");
    // A terminal gets a coloured bar (the spinner is green), unless --color never.
    assert!(bar.contains("\x1b[32m"), "a green spinner: {bar:?}");
    let (plain, _) = run("--color never").expect("ran before");
    assert!(plain.contains("KiB"), "a progress bar: {plain:?}");
    assert!(!plain.contains("\x1b[32m"), "no colour: {plain:?}");
}

#[test]
fn a_cause_is_said_once() {
    let out = TestCommand::new()
        .args(["-g", "/no/such/gazetteer.csv", "x"])
        .assert_exit_code(2);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.matches("/no/such/gazetteer.csv").count(), 1, "{said}");
    assert_eq!(said.matches("No such file").count(), 1, "{said}");
    let dir = Dir::new();
    let out = TestCommand::new()
        .arg(dir.path().join("missing.txt"))
        .assert_exit_code(1);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.matches("No such file").count(), 1, "{said}");
}

#[test]
fn an_output_file_that_cannot_be_created_is_a_usage_error() {
    let dir = Dir::new();
    let story = dir.create("story.txt", "Frankreich");
    let out = TestCommand::new()
        .arg(&story)
        .arg("-o")
        .arg(dir.path().join("no/such/dir/tags.csv"))
        .assert_exit_code(2);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("tags.csv"), "names the file: {said}");
    assert_eq!(said.matches("No such file").count(), 1, "{said}");
}

/// Runs gazette over `text` in a file with windows of `window` bytes; returns the JSON Lines.
fn in_windows(dir: &Dir, text: &str, window: usize, jobs: &str) -> String {
    let path = dir.create("story.txt", text);
    TestCommand::new()
        .args(["--format", "jsonl", "--quiet", "--jobs", jobs])
        .arg(format!("--window-bytes={window}"))
        .arg(&path)
        .stdout()
}

#[test]
fn r7_windows_do_not_split_a_mention() {
    // Issue 7: on one long line, a cut between "3. Oktober" and "2024" gave "Oktober 2024"
    // (value 2024-10); a cut in a hard-wrapped "Olaf\nScholz" gave two mentions without a QID.
    let sentence = "Am 3. Oktober 2024 trafen Olaf\nScholz und Emmanuel Macron die Vereinten Nationen in Frankreich. ";
    let wrapped = sentence.repeat(40);
    let one_line = wrapped.replace('\n', " ");
    let dir = Dir::new();
    for text in [&one_line, &wrapped] {
        let whole = in_windows(&dir, text, 1 << 20, "1");
        let doc = &parse_jsonl(&whole)[0];
        assert_eq!(doc.entities.len(), 40 * 5);
        for window in [9, 16, 23, 40, 64, 97, 256, 1000] {
            for jobs in ["1", "2"] {
                assert_eq!(
                    in_windows(&dir, text, window, jobs),
                    whole,
                    "windows of {window} bytes, --jobs {jobs}"
                );
            }
        }
    }
}

#[test]
fn coreference_stays_within_a_window() {
    // "Macron" alone is a mention only by coreference: in the window of "Emmanuel Macron",
    // not in the next one, even when that name is in the lookahead of the window before.
    let text = format!(
        "Macron sprach.\n{}\nEmmanuel Macron kam.\nMacron ging.\n",
        "Es regnete.\n".repeat(10)
    );
    let dir = Dir::new();
    let found = |window: usize| -> Vec<(String, usize)> {
        parse_jsonl(&in_windows(&dir, &text, window, "1"))[0]
            .entities
            .iter()
            .map(|m| (m.text.clone(), m.start))
            .collect()
    };
    let macron = text.find("Emmanuel").unwrap();
    let all = found(1 << 20);
    assert_eq!(all.len(), 3, "{all:?}");
    // The first window ends before "Emmanuel Macron", which is in its lookahead.
    let split = found(macron - 1);
    assert_eq!(
        split,
        [
            ("Emmanuel Macron".to_string(), macron),
            ("Macron".to_string(), text.rfind("Macron ging").unwrap())
        ]
    );
}

// Issue 8: nothing destroyed, nothing lost, nothing unbounded. Each test fails on the main of
// 2026-12-01.

/// A gazette command with the environment cleared, for tests that need the child itself.
fn spawn(args: &[&std::ffi::OsStr], dir: &std::path::Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env_clear()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gazette")
}

fn stderr_of(child: &mut std::process::Child) -> String {
    let mut said = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut said)
        .unwrap();
    said
}

#[test]
fn r8_an_output_file_that_is_an_input_is_refused() {
    let dir = Dir::new();
    let story = dir.create("story.txt", "Frankreich");
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&story, &link).unwrap();
    for (input, output) in [(&story, &story), (&link, &story), (&story, &link)] {
        let out = TestCommand::new()
            .arg(input)
            .arg("-o")
            .arg(output)
            .assert_exit_code(2);
        assert!(String::from_utf8_lossy(&out.stderr).contains("is also an input"));
        assert_eq!(std::fs::read_to_string(&story).unwrap(), "Frankreich");
    }
}

#[test]
fn r8_the_output_file_inside_a_walked_directory_is_skipped() {
    let dir = Dir::new();
    dir.create("news/a.txt", "Spanien");
    let tags = dir.path().join("news/tags.csv");
    for _ in 0..2 {
        let out = TestCommand::new()
            .arg(dir.path().join("news"))
            .arg("-o")
            .arg(&tags)
            .assert_exit_code(0);
        let rows = parse_csv(&std::fs::read_to_string(&tags).unwrap(), b',');
        assert_eq!(rows.len(), 1, "only a.txt: {rows:?}");
        assert!(rows[0].document.ends_with("a.txt"));
        let _ = out;
    }
    let out = TestCommand::new()
        .arg(dir.path().join("news"))
        .arg("-o")
        .arg(&tags)
        .assert_exit_code(0);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("tags.csv: the output file, skipped"),
        "{said}"
    );
    assert_eq!(
        file_names(&dir.path().join("news")),
        ["a.txt", "tags.csv"],
        "no temporary file left"
    );
}

#[test]
fn r8_dash_o_dash_is_standard_output() {
    let dir = Dir::new();
    let out = TestCommand::new()
        .current_dir(dir.path())
        .args(["-o", "-"])
        .pipe("Kasachstan")
        .stdout();
    assert_eq!(parse_csv(&out, b',')[0].id, "KZ");
    assert!(file_names(dir.path()).is_empty(), "no file named -");
}

/// Runs gazette reading a FIFO into `-o out.csv` (which holds "old"), sends `signal` while it
/// waits for more input, and returns its exit code, what it said and the file's content.
fn interrupted(signal: &str) -> Option<(Option<i32>, String, String, Vec<String>)> {
    let dir = Dir::new();
    let fifo = dir.path().join("in.fifo");
    if !mkfifo(&fifo) {
        return None;
    }
    dir.create("out.csv", "old");
    let mut child = spawn(
        &["in.fifo".as_ref(), "-o".as_ref(), "out.csv".as_ref()],
        dir.path(),
    );
    let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    writer
        .write_all(
            "Frankreich und Spanien am 3. Oktober 2024.\n"
                .repeat(50)
                .as_bytes(),
        )
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    let status = wait_at_most(&mut child, 20).expect("gazette ends on a signal");
    drop(writer);
    let said = stderr_of(&mut child);
    let content = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    Some((status.code(), said, content, file_names(dir.path())))
}

#[test]
fn r8_an_interrupted_run_says_so_and_leaves_the_output_file_as_it_was() {
    for (signal, code) in [("-INT", 130), ("-TERM", 143)] {
        let Some((got, said, content, files)) = interrupted(signal) else {
            eprintln!("skipped: no mkfifo");
            return;
        };
        assert_eq!(got, Some(code), "{signal}: {said}");
        assert!(said.contains("interrupted by SIG"), "{said}");
        assert_eq!(content, "old", "{signal}");
        assert_eq!(files, ["in.fifo", "out.csv"], "no temporary file left");
    }
}

#[test]
fn r8_streams_that_are_not_files_are_read_in_windows() {
    let dir = Dir::new();
    // /dev/zero through a link: the first window is binary (today: read whole, without end).
    let zero = dir.path().join("zero");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let mut child = spawn(&[zero.as_os_str()], dir.path());
    let status = wait_at_most(&mut child, 20).expect("/dev/zero is not read to its end");
    assert_eq!(status.code(), Some(0));
    assert!(stderr_of(&mut child).contains("zero: binary file skipped"));
    // A FIFO of text is read like standard input.
    let fifo = dir.path().join("in.fifo");
    if !mkfifo(&fifo) {
        return;
    }
    let mut child = spawn(
        &["--format".as_ref(), "jsonl".as_ref(), fifo.as_os_str()],
        dir.path(),
    );
    std::fs::write(&fifo, "Kasachstan und Frankreich").unwrap();
    let status = wait_at_most(&mut child, 20).expect("the FIFO is read");
    assert_eq!(status.code(), Some(0));
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    assert_eq!(parse_jsonl(&out)[0].entities.len(), 2);
}

#[test]
fn r8_a_walk_names_what_it_does_not_read() {
    let dir = Dir::new();
    dir.create("news/a.txt", "Spanien");
    let outside = dir.create("outside.txt", "Frankreich");
    let news = dir.path().join("news");
    std::os::unix::fs::symlink(&outside, news.join("link.txt")).unwrap();
    std::os::unix::fs::symlink("/no/such/file", news.join("dangling.txt")).unwrap();
    let fifo = mkfifo(&news.join("pipe"));
    let out = TestCommand::new().arg(&news).assert_exit_code(0);
    let said = String::from_utf8_lossy(&out.stderr);
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap(), b',');
    assert_eq!(
        rows.len(),
        1,
        "links are not followed while walking: {rows:?}"
    );
    assert!(
        said.contains("link.txt: symbolic link not followed"),
        "{said}"
    );
    assert!(
        said.contains("dangling.txt: symbolic link not followed"),
        "{said}"
    );
    if fifo {
        assert!(said.contains("pipe: not a regular file, skipped"), "{said}");
    }
    // -L follows them; the dangling one fails by name.
    let out = TestCommand::new().arg("-L").arg(&news).assert_exit_code(1);
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap(), b',');
    let texts: Vec<_> = rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Spanien", "Frankreich"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("dangling.txt"));
}

#[test]
fn r8_jobs_are_capped_at_what_helps() {
    let dir = Dir::new();
    let story = dir.create("story.txt", "Frankreich");
    let mut child = spawn(
        &["--jobs".as_ref(), "100000".as_ref(), story.as_os_str()],
        dir.path(),
    );
    let status = wait_at_most(&mut child, 20).expect("-j 100000 does not start 100,000 threads");
    assert_eq!(status.code(), Some(0));
    let help = TestCommand::new().arg("--help").stdout();
    assert!(help.contains("Never more than the cores"), "--help says so");
}

#[test]
fn r8_jsonl_bom_bad_dates_and_error_records() {
    let input = "\u{feff}{\"text\": \"Am 3. Oktober in Frankreich\", \"date\": \"2020-02-30\"}\n\
                 \n\
                 not json\n\
                 {\"id\": 4, \"text\": \"Spanien\"}\n";
    let run = |extra: &[&str], code: i32| {
        let out = TestCommand::new()
            .args([
                "--input",
                "jsonl",
                "--format",
                "jsonl",
                "--date-field",
                "date",
            ])
            .args(extra)
            .pipe(input)
            .assert_exit_code(code);
        (
            parse_jsonl(&String::from_utf8(out.stdout).unwrap()),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (docs, said) = run(&[], 1);
    let names: Vec<_> = docs.iter().map(|d| d.document.as_str()).collect();
    assert_eq!(names, ["-:1", "-:2", "-:4"]);
    assert_eq!(
        docs[0].entities[0].value.as_deref(),
        Some("XXXX-10-03"),
        "no reference date"
    );
    assert!(
        said.contains("warning: -:1: field \"date\" is not a date"),
        "{said}"
    );
    assert!(said.contains("-:3: not valid JSON"), "{said}");
    // --on-error record: one output line per input line, exit status 0.
    let (docs, said) = run(&["--on-error", "record"], 0);
    let names: Vec<_> = docs.iter().map(|d| d.document.as_str()).collect();
    assert_eq!(names, ["-:1", "-:2", "-:3", "-:4"]);
    assert!(docs[2].error.as_deref().unwrap().contains("not valid JSON"));
    assert!(docs[2].entities.is_empty());
    assert!(said.contains("recorded"), "{said}");
}

#[test]
fn r8_messages_say_what_is_true() {
    let dir = Dir::new();
    dir.create("d/a.txt", "Frankreich");
    let out = TestCommand::new()
        .arg(dir.path().join("d"))
        .assert_exit_code(0);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("gazette: 1 document, 1 mentions"), "{said}");
    let help = TestCommand::new().arg("--help").stdout();
    assert!(
        help.contains("person, country, city, region, nationality,"),
        "{help}"
    );
}

#[test]
fn r8_field_options_need_jsonl_and_the_reference_date_takes_timestamps() {
    for flag in ["--text-field", "--id-field", "--date-field"] {
        let out = TestCommand::new()
            .args([flag, "body"])
            .pipe("x")
            .assert_exit_code(2);
        assert!(String::from_utf8_lossy(&out.stderr).contains("needs --input jsonl"));
    }
    let found = crate::util::mentions(
        "Er kam am 3. Oktober.",
        &["--reference-date", "2025-12-13T08:00:00Z"],
    );
    assert_eq!(found[0].value.as_deref(), Some("2025-10-03"));
}

#[test]
fn r8_utf16_fails_by_name_and_latin1_is_named_with_its_replaced_bytes() {
    let dir = Dir::new();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Frankreich".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let a = dir.create("utf16.txt", utf16);
    let b = dir.create("latin1.txt", b"\xd6sterreich und Frankreich");
    let out = TestCommand::new().arg(&a).arg(&b).assert_exit_code(1);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("utf16.txt: UTF-16 text"), "{said}");
    assert!(
        said.contains("latin1.txt: 1 byte that is not UTF-8 replaced"),
        "{said}"
    );
    assert!(said.contains("1 failed"), "{said}");
}

#[test]
fn the_progress_bar_is_not_drawn_over_rows_on_the_same_terminal() {
    let dir = Dir::new();
    for i in 0..50 {
        dir.create(&format!("d/{i}.txt"), "Frankreich ".repeat(2000));
    }
    let line = format!(
        "{} {}",
        env!("CARGO_BIN_EXE_gazette"),
        dir.path().join("d").display()
    );
    let Ok(said) = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("skipped: no `script` command to make a terminal");
        return;
    };
    let said = String::from_utf8_lossy(&said.stdout);
    assert!(said.contains("Frankreich"), "the rows: {:.200}", said);
    assert!(!said.contains("KiB"), "no bar among the rows");
}

#[test]
fn r8_a_long_json_line_is_matched_in_windows() {
    // Over 1 MiB of text in one line: matched in windows, with offsets into the whole text.
    let sentence = "Am 3. Oktober 2024 in Frankreich. ";
    let text = sentence.repeat(40_000);
    let line = serde_json::json!({"id": 1, "text": text}).to_string();
    let out = TestCommand::new()
        .args(["--input", "jsonl", "--format", "jsonl"])
        .pipe(line)
        .stdout();
    let docs = parse_jsonl(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].entities.len(), 80_000);
    for m in docs[0].entities.iter().step_by(7919) {
        assert_eq!(&text[m.start..m.end], m.text);
    }
}

mod windows_property {
    //! Property: a document read in windows of any size, on one thread or two, gives the
    //! output of the document read whole (texts without lone surnames, whose coreference is
    //! per window by design).

    use proptest::prelude::*;

    use super::in_windows;
    use crate::util::Dir;

    const PIECES: &[&str] = &[
        "Frankreich",
        "Ägypten",
        "3. Oktober 2024",
        "am 12.03.2021",
        "Vereinten Nationen",
        "Olaf Scholz",
        "Emmanuel\nMacron",
        "und",
        "die",
        "ß",
        "e\u{301}",
        "👩\u{200d}🔬",
        "مصر",
        "Россия",
        "\u{200b}",
        ".",
        ",",
        " ",
        "\n",
        "  ",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(0..PIECES.len(), 20..400).prop_map(|ix| {
            let mut s = String::new();
            for i in ix {
                s.push_str(PIECES[i]);
                s.push(' ');
            }
            s
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]
        #[test]
        fn windows_give_the_whole_document_output(text in text(), window in 5usize..300) {
            let dir = Dir::new();
            let whole = in_windows(&dir, &text, 1 << 20, "1");
            prop_assert_eq!(&in_windows(&dir, &text, window, "1"), &whole, "window {}", window);
            prop_assert_eq!(&in_windows(&dir, &text, window, "2"), &whole, "window {}, -j 2", window);
        }
    }
}
