//! The `gazette` command: parse arguments, build the configuration, run, map the outcome to an
//! exit status. No domain logic lives here.

mod cli;
mod config;
mod exit;
mod import;
mod messages;
mod run;

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

use crate::cli::{Args, Command, GazetteerCommand};
use crate::exit::ExitStatus;
use crate::messages::{say, Level};

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
    messages::init(args.color);
    if let Some(command) = &args.command {
        return run_command(command).into();
    }
    if args.paths.is_empty() && std::io::stdin().is_terminal() {
        say(
            Level::Error,
            "no input; give a file or directory, or pipe text in (try 'gazette --help')",
        );
        return ExitStatus::Usage.into();
    }
    let config = match config::Config::from_args(args) {
        Ok(c) => c,
        Err(e) => {
            say(Level::Error, format_args!("{e:#}"));
            return ExitStatus::Usage.into();
        }
    };
    // An output file that cannot be created is a usage error: nothing has been read yet.
    let output = match run::Output::create(config.output.as_deref(), &config.paths) {
        Ok(o) => o,
        Err(e) => {
            say(Level::Error, format_args!("{e:#}"));
            return ExitStatus::Usage.into();
        }
    };
    let r = run::run(config, output);
    match r {
        Ok(status) => status.into(),
        Err(e) => {
            say(Level::Error, format_args!("{e:#}"));
            ExitStatus::SomeFailed.into()
        }
    }
}

/// Runs a subcommand: 0 when done, 2 when its input is wrong or its output cannot be written.
fn run_command(command: &Command) -> ExitStatus {
    match command {
        Command::Completions { shell } => {
            let mut out = std::io::stdout().lock();
            clap_complete::generate(*shell, &mut Args::command(), "gazette", &mut out);
            ExitStatus::Success
        }
        Command::Man { dir } => {
            let written = match dir {
                Some(dir) => clap_mangen::generate_to(Args::command(), dir)
                    .with_context(|| format!("writing man pages into {}", dir.display())),
                None => clap_mangen::Man::new(Args::command())
                    .render(&mut std::io::stdout().lock())
                    .context("writing the man page"),
            };
            match written {
                Ok(()) => ExitStatus::Success,
                // A closed pipe (`gazette man | head`) is not an error.
                Err(e) if is_broken_pipe(&e) => ExitStatus::Success,
                Err(e) => {
                    say(Level::Error, format_args!("{e:#}"));
                    ExitStatus::Usage
                }
            }
        }
        Command::Gazetteer(GazetteerCommand::Import {
            wikidata,
            output,
            format,
            languages,
            classes,
        }) => {
            let args = import::ImportArgs {
                wikidata,
                output: output.as_deref(),
                format: *format,
                languages,
                classes,
            };
            match import::run(&args) {
                Ok(()) => ExitStatus::Success,
                Err(e) => {
                    say(Level::Error, format_args!("{e:#}"));
                    ExitStatus::Usage
                }
            }
        }
        Command::Gazetteer(GazetteerCommand::Compile { input, output }) => {
            match gazette::gazetteer::load::compile(input, output) {
                Ok(warnings) => {
                    config::print_warnings(&warnings);
                    ExitStatus::Success
                }
                Err(e) => {
                    say(Level::Error, &e);
                    ExitStatus::Usage
                }
            }
        }
    }
}

/// Whether `e` is a write to a reader that went away.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
