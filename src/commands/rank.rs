//! `newsgraph rank`: people ordered by centrality in the meeting graph.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::RankArgs;

pub fn run(_store_path: &Path, _base: &str, _args: &RankArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("newsgraph rank is not written yet")
}
