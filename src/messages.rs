//! Messages on standard error, and whether they and the progress bar are coloured (`--color`).
//!
//! Every message starts with `gazette:`; colour only adds to that text and never changes it, so
//! that what a script reads from a pipe is the same with any `--color`. Errors have a red
//! prefix, warnings a yellow `warning:`; notes (skipped files, the summary line) stay plain.
//! The choice is made once, before anything is said, and handed to `console`, which the progress
//! bar (indicatif) asks too.

use std::ffi::OsString;
use std::fmt::Display;
use std::io::IsTerminal;

use console::style;

use crate::cli::ColorWhen;

/// How serious a message is, which decides its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Something failed (a document, the command line, the output).
    Error,
    /// Something was done, but maybe not as the user meant it.
    Warning,
    /// Information only.
    Note,
}

/// Decides colour for this run, from `--color`, the terminal and the environment.
pub fn init(when: ColorWhen) {
    let on = enabled(
        when,
        std::io::stderr().is_terminal(),
        std::env::var_os("NO_COLOR"),
        std::env::var_os("TERM"),
    );
    console::set_colors_enabled_stderr(on);
}

/// Whether to colour: `auto` asks for a terminal that is not "dumb" and for NO_COLOR to be unset
/// or empty (<https://no-color.org>); `always` and `never` are taken at their word.
fn enabled(
    when: ColorWhen,
    terminal: bool,
    no_color: Option<OsString>,
    term: Option<OsString>,
) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            terminal && no_color.is_none_or(|v| v.is_empty()) && term.is_none_or(|t| t != "dumb")
        }
    }
}

/// The line said for `msg` at `level`, coloured when colour is on.
pub fn line(level: Level, msg: impl Display) -> String {
    let name = style("gazette:").bold().for_stderr();
    match level {
        Level::Error => format!("{} {msg}", name.red()),
        Level::Warning => format!(
            "{name} {} {msg}",
            style("warning:").yellow().bold().for_stderr()
        ),
        Level::Note => format!("gazette: {msg}"),
    }
}

/// Says `msg` at `level` on standard error.
pub fn say(level: Level, msg: impl Display) {
    eprintln!("{}", line(level, msg));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_colours_only_a_terminal_without_no_color() {
        let os = |s: &str| Some(OsString::from(s));
        let table = [
            (ColorWhen::Auto, true, None, os("xterm"), true),
            (ColorWhen::Auto, false, None, os("xterm"), false),
            (ColorWhen::Auto, true, os("1"), os("xterm"), false),
            // An empty NO_COLOR does not count (no-color.org).
            (ColorWhen::Auto, true, os(""), None, true),
            (ColorWhen::Auto, true, None, os("dumb"), false),
            (ColorWhen::Always, false, os("1"), os("dumb"), true),
            (ColorWhen::Never, true, None, os("xterm"), false),
        ];
        for (when, terminal, no_color, term, want) in table {
            let case = format!("{when:?} {terminal} {no_color:?} {term:?}");
            assert_eq!(enabled(when, terminal, no_color, term), want, "{case}");
        }
    }
}
