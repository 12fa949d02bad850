//! The `newsgraph` command: parse the arguments, run the command, report errors on one line.

use std::process::ExitCode;

use clap::Parser;

/// Extraction builds and drops many small strings and vectors per sentence; mimalloc serves
/// them in a fraction of the instructions glibc's allocator takes (a quarter of extraction's
/// time went to malloc and free), and it is one line to drop again.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = newsgraph::cli::Cli::parse();
    match newsgraph::commands::run(cli) {
        Ok(code) => code,
        // A reader that stops early (`newsgraph query … | head`) is no failure.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newsgraph: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
