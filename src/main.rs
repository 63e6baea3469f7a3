//! The `gazette` command: parse arguments, build the configuration, run, map the outcome to an
//! exit status. No domain logic lives here.

mod cli;
mod config;
mod exit;
mod run;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Args, Command, GazetteerCommand};
use crate::exit::ExitStatus;

fn main() -> ExitCode {
    run::handle_signals();
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // --help and --version are not errors; clap knows which is which.
            let _ = e.print();
            return if e.use_stderr() {
                ExitStatus::Usage.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    if let Some(command) = &args.command {
        return run_command(command).into();
    }
    if args.paths.is_empty() && std::io::stdin().is_terminal() {
        eprintln!(
            "gazette: no input; give a file or directory, or pipe text in (try 'gazette --help')"
        );
        return ExitStatus::Usage.into();
    }
    let config = match config::Config::from_args(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gazette: {e:#}");
            return ExitStatus::Usage.into();
        }
    };
    // An output file that cannot be created is a usage error: nothing has been read yet.
    let output = match run::Output::create(config.output.as_deref(), &config.paths) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gazette: {e:#}");
            return ExitStatus::Usage.into();
        }
    };
    let r = run::run(config, output);
    match r {
        Ok(status) => status.into(),
        Err(e) => {
            eprintln!("gazette: {e:#}");
            ExitStatus::SomeFailed.into()
        }
    }
}

/// Runs a subcommand: 0 when done, 2 when its input is wrong or its output cannot be written.
fn run_command(command: &Command) -> ExitStatus {
    match command {
        Command::Gazetteer(GazetteerCommand::Compile { input, output }) => {
            match gazette::gazetteer::load::compile(input, output) {
                Ok(warnings) => {
                    config::print_warnings(&warnings);
                    ExitStatus::Success
                }
                Err(e) => {
                    eprintln!("gazette: {e}");
                    ExitStatus::Usage
                }
            }
        }
    }
}
