//! `newsgraph path A B`: the shortest chains linking two entities.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::PathArgs;

pub fn run(_store_path: &Path, _base: &str, _args: &PathArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("newsgraph path is not written yet")
}
