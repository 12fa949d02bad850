//! The `newsgraph` command: parse the arguments, run the command, report errors on one line.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = newsgraph::cli::Cli::parse();
    match newsgraph::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
