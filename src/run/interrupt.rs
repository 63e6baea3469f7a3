//! SIGINT and SIGTERM: clear the progress bar, remove the unfinished output file, say so on
//! standard error and exit with 128 + the signal's number (130, 143), as shells do.
//!
//! The output goes to a temporary file beside `-o FILE` and is renamed to FILE only when it is
//! complete (see `output.rs`), so an interrupted run leaves FILE as it was. The handler runs on
//! a thread of its own (signal-hook's iterator), where it may lock, print and exit.

use std::path::PathBuf;
use std::sync::Mutex;

use indicatif::ProgressBar;

/// What the handler must clean up.
struct Pending {
    /// The temporary output file and the file it will become.
    temp: Option<(PathBuf, PathBuf)>,
    /// The progress bar, if one is drawn.
    bar: Option<ProgressBar>,
}

static PENDING: Mutex<Pending> = Mutex::new(Pending {
    temp: None,
    bar: None,
});

/// Starts the thread that handles SIGINT and SIGTERM. Without it (it cannot be started, or
/// not on Unix) the signals keep their default action.
pub fn install() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    stop(signal);
                }
            });
    }
}

/// Cleans up and exits after `signal`.
#[cfg(unix)]
fn stop(signal: i32) -> ! {
    let name = if signal == signal_hook::consts::SIGINT {
        "SIGINT"
    } else {
        "SIGTERM"
    };
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(bar) = pending.bar.take() {
        bar.finish_and_clear();
    }
    match pending.temp.take() {
        Some((temp, path)) => {
            let _ = std::fs::remove_file(temp);
            eprintln!(
                "gazette: interrupted by {name}; {} left as it was",
                path.display()
            );
        }
        None => eprintln!("gazette: interrupted by {name}"),
    }
    std::process::exit(128 + signal);
}

/// Registers the temporary output file `temp` for `path`, to be removed on a signal.
pub(super) fn set_temp(temp: PathBuf, path: PathBuf) {
    lock().temp = Some((temp, path));
}

/// Runs `f` (the rename of the finished output) with the temporary file unregistered, so that
/// a signal cannot remove it while or after it becomes the output.
pub(super) fn without_temp<T>(f: impl FnOnce() -> T) -> T {
    let mut pending = lock();
    pending.temp = None;
    f()
}

/// Registers the progress bar, to be cleared on a signal.
pub(super) fn set_bar(bar: Option<ProgressBar>) {
    lock().bar = bar;
}

fn lock() -> std::sync::MutexGuard<'static, Pending> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}
