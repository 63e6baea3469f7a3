//! The progress bar on standard error: with an end and an ETA when the size is known, else
//! bytes and speed only.

use std::io::{self, IsTerminal};
use std::time::Duration;

use gazette::input::{Inputs, Source};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::Config;

/// The bar for this run, if one is to be drawn: for a batch (a directory, several inputs, JSON
/// Lines) or standard input, when standard error is a terminal and the output does not go to
/// it too (the bar and the rows would overwrite each other); never with `--quiet`.
pub(super) fn bar(config: &Config, inputs: &Inputs, batch: bool) -> Option<ProgressBar> {
    let stdin = inputs.inputs.iter().any(|i| i.source == Source::Stdin);
    let to_stdout = config.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
    let rows_on_terminal = to_stdout && io::stdout().is_terminal();
    if config.quiet || !(batch || stdin) || rows_on_terminal || !io::stderr().is_terminal() {
        return None;
    }
    // JSON Lines counts bytes of lines, and standard input has no size: no end to show.
    let (p, template) = if inputs.total_bytes > 0 && config.jsonl.is_none() && !stdin {
        (
            ProgressBar::new(inputs.total_bytes),
            "{spinner:.green} [{elapsed_precise}] {wide_bar:.cyan/blue} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        )
    } else {
        (
            ProgressBar::no_length(),
            "{spinner:.green} [{elapsed_precise}] {binary_bytes} {binary_bytes_per_sec} {msg}",
        )
    };
    p.set_draw_target(ProgressDrawTarget::stderr());
    p.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    p.enable_steady_tick(Duration::from_millis(200));
    Some(p)
}
