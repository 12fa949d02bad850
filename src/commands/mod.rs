//! One function per command: each turns its arguments into library types and chains the stages.

mod dot;
mod entities;
mod export;
mod ingest;
mod link;
mod lookup;
mod path;
mod printable;
mod progress;
mod query;
mod rank;
mod resolve;
mod show;
mod stats;
mod table;
mod watchdog;

use std::process::ExitCode;

use crate::cli::{Cli, Command};

/// Exit code of a run in which some input failed while the rest went in.
pub const FAILURE: u8 = 1;
/// Exit code of a command line that cannot be acted on.
pub const USAGE: u8 = 2;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => ingest::run(&cli.store, &cli.base, &args),
        Command::Query(args) => query::run(&cli.store, &cli.base, &args),
        Command::Export(args) => export::run(&cli.store, &args),
        Command::Stats(args) => stats::run(&cli.store, &cli.base, &args),
        Command::Entities(args) => entities::run(&cli.store, &cli.base, &args),
        Command::Show(args) => show::run(&cli.store, &cli.base, &args),
        Command::Resolve => resolve::run(&cli.store, &cli.base),
        Command::Link(args) => link::run(&cli.store, &cli.base, &args),
        Command::Dot(args) => dot::run(&cli.store, &cli.base, &args),
        Command::Path(args) => path::run(&cli.store, &cli.base, &args),
        Command::Rank(args) => rank::run(&cli.store, &cli.base, &args),
    }
}

/// A usage error found after parsing: printed like clap's own, exit code 2.
fn usage(message: &str) -> ExitCode {
    eprintln!("newsgraph: error: {message}");
    ExitCode::from(USAGE)
}
