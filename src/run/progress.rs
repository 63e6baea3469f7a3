//! The progress bar on standard error: with an end and an ETA when the size is known, else
//! bytes and speed only.

use std::io::{self, IsTerminal};
use std::time::Duration;

use gazette::input::{Inputs, Source};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::Config;

/// The bar for this run, if one is to be drawn: never with `--quiet` or when standard error is
/// not a terminal; for a batch (a directory, several inputs, JSON Lines); for standard input
/// when its output does not go to the same terminal, where the bar and the rows would
/// overwrite each other.
pub(super) fn bar(config: &Config, inputs: &Inputs, batch: bool) -> Option<ProgressBar> {
    let stdin = inputs.inputs.iter().any(|i| i.source == Source::Stdin);
    let stream = stdin && (config.output.is_some() || !io::stdout().is_terminal());
    if config.quiet || !(batch || stream) || !io::stderr().is_terminal() {
        return None;
    }
    // JSON Lines counts bytes of lines, and standard input has no size: no end to show.
    let (p, template) = if inputs.total_bytes > 0 && config.jsonl.is_none() && !stdin {
        (
            ProgressBar::new(inputs.total_bytes),
            "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        )
    } else {
        (
            ProgressBar::no_length(),
            "{spinner} [{elapsed_precise}] {binary_bytes} {binary_bytes_per_sec} {msg}",
        )
    };
    p.set_draw_target(ProgressDrawTarget::stderr());
    p.set_style(
        ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    p.enable_steady_tick(Duration::from_millis(200));
    Some(p)
}
