//! What shells expect: completion scripts, man pages, CSV without a header, `--color`.
//!
//! The options that completions and man pages must mention come from clap's own definition of
//! the command line (`src/cli.rs`, compiled in here), never from a list kept by hand.

use clap::CommandFactory;

use crate::util::{strip_ansi, Dir, TestCommand};

#[allow(dead_code)]
#[path = "../src/cli.rs"]
mod cli;

/// Every visible command (by its path: `["gazette", "gazetteer", "compile"]`) with the long
/// options it takes, `--help` and `--version` included.
fn commands() -> Vec<(Vec<String>, Vec<String>)> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Vec<String>)>) {
        let longs = cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .filter_map(|a| a.get_long().map(str::to_string))
            .collect();
        out.push((path.clone(), longs));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            walk(sub, p, out);
        }
    }
    let mut cmd = cli::Args::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, vec!["gazette".into()], &mut out);
    out
}

#[test]
fn the_option_list_is_complete() {
    // A guard on the walk itself: the options and subcommands the tests below look for.
    let all = commands();
    let top = &all[0].1;
    for long in ["format", "no-header", "color", "summary", "help", "version"] {
        assert!(top.iter().any(|l| l == long), "{long} in {top:?}");
    }
    assert!(
        !top.iter().any(|l| l == "window-bytes"),
        "hidden options are left out"
    );
    let paths: Vec<String> = all.iter().map(|(p, _)| p.join(" ")).collect();
    for path in [
        "gazette completions",
        "gazette man",
        "gazette gazetteer compile",
        "gazette gazetteer import",
    ] {
        assert!(paths.iter().any(|p| p == path), "{path} in {paths:?}");
    }
}

#[test]
fn each_shell_completes_every_subcommand_and_option() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = TestCommand::new().args(["completions", shell]).stdout();
        assert!(script.len() > 500, "{shell}: {script}");
        for (path, longs) in commands() {
            let name = path.last().unwrap();
            assert!(script.contains(name.as_str()), "{shell} lacks {name}");
            for long in longs {
                // fish names a long option `-l format`; the others write `--format`.
                let want = match shell {
                    "fish" => format!("-l {long}"),
                    _ => format!("--{long}"),
                };
                assert!(script.contains(&want), "{shell} lacks {want} of {path:?}");
            }
        }
    }
    let out = TestCommand::new()
        .args(["completions", "tcsh"])
        .assert_exit_code(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("tcsh"));
}

/// Roff text as a reader sees it: `\-` is a hyphen.
fn unroff(page: &str) -> String {
    page.replace("\\-", "-")
}

#[test]
fn the_man_page_documents_every_option() {
    let page = unroff(&TestCommand::new().arg("man").stdout());
    assert!(page.starts_with(".ie"), "a roff page: {}", &page[..80]);
    assert!(page.contains(".TH gazette 1"), "{}", &page[..200]);
    let all = commands();
    for long in &all[0].1 {
        assert!(
            page.contains(&format!("--{long}")),
            "gazette(1) lacks --{long}"
        );
    }
    for (path, _) in &all[1..] {
        if path.len() == 2 {
            assert!(page.contains(&path[1]), "gazette(1) lacks {}", path[1]);
        }
    }
}

#[test]
fn man_dir_writes_a_page_per_command_with_its_options() {
    let dir = Dir::new();
    let out = dir.path().join("man1");
    std::fs::create_dir(&out).unwrap();
    TestCommand::new().args(["man", "--dir"]).arg(&out).stdout();
    for (path, longs) in commands() {
        let file = out.join(format!("{}.1", path.join("-")));
        let page =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let page = unroff(&page);
        for long in longs {
            assert!(
                page.contains(&format!("--{long}")),
                "{} lacks --{long}",
                file.display()
            );
        }
    }
    // A directory that does not exist is an error that names it.
    let missing = dir.path().join("nowhere");
    let failed = TestCommand::new()
        .args(["man", "--dir"])
        .arg(&missing)
        .assert_exit_code(2);
    assert!(String::from_utf8_lossy(&failed.stderr).contains("nowhere"));
}

#[test]
fn no_header_leaves_out_the_header_row_of_csv_and_tsv_only() {
    let text = "Emmanuel Macron besuchte Berlin.";
    for format in ["csv", "tsv"] {
        let with = TestCommand::new().args(["-f", format]).pipe(text).stdout();
        let without = TestCommand::new()
            .args(["-f", format, "--no-header"])
            .pipe(text)
            .stdout();
        let (header, rows) = with.split_once('\n').unwrap();
        assert!(header.starts_with("document"), "{header}");
        assert_eq!(without, rows, "{format}");
        assert!(!rows.is_empty());
        // The summary's header too.
        let summary = TestCommand::new()
            .args(["-f", format, "--summary", "--no-header"])
            .pipe(text)
            .stdout();
        assert!(!summary.starts_with("document"), "{summary}");
        assert!(summary.contains("Emmanuel Macron"), "{summary}");
    }
    let out = TestCommand::new()
        .args(["-f", "json", "--no-header"])
        .pipe(text)
        .assert_exit_code(2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-header"));
}

/// The standard error of a run that warns (two gazetteer rows share an alias) and
/// fails (a missing file), with `args` and the environment `env`.
/// The summary line (with its timing) is left out.
fn said(dir: &Dir, args: &[&str], env: &[(&str, &str)]) -> String {
    let gazetteer = dir.create(
        "g.csv",
        "type,canonical,aliases,id\nperson,Xa Yb,Xy,Q1\nperson,Xc Yd,Xy,Q2\n",
    );
    let story = dir.create("a.txt", "Emmanuel Macron");
    let mut cmd = TestCommand::new();
    cmd.arg("-g")
        .arg(&gazetteer)
        .arg(&story)
        .arg(dir.path().join("missing.txt"));
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.assert_exit_code(1);
    let stderr = String::from_utf8(out.stderr).unwrap();
    stderr
        .lines()
        .filter(|l| !l.contains(" MB/s"))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn color_is_used_when_asked_and_never_changes_the_words() {
    let dir = Dir::new();
    let plain = said(&dir, &[], &[]);
    assert!(plain.contains("gazette: warning: "), "{plain}");
    assert!(plain.contains("missing.txt"), "{plain}");
    assert!(
        !plain.contains('\x1b'),
        "not a terminal: no colour by default: {plain}"
    );
    assert_eq!(said(&dir, &["--color", "never"], &[]), plain);
    // The flag wins over NO_COLOR; without the flag NO_COLOR is respected.
    let coloured = said(&dir, &["--color", "always"], &[("NO_COLOR", "1")]);
    assert!(coloured.contains("\x1b["), "{coloured}");
    assert_eq!(strip_ansi(&coloured), plain);
    assert_eq!(
        said(&dir, &["--color", "auto"], &[("NO_COLOR", "1")]),
        plain
    );
}
