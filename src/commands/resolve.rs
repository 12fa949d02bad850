//! `newsgraph resolve`: RESOLVE over the whole store, on its own (after `ingest --no-resolve`).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use super::progress::{self, Progress};
use crate::rdf::Minter;
use crate::reference::Reference;
use crate::resolve::{resolve_store, Scope, Summary};
use crate::store::{GraphStore, OpenMode};

pub fn run(store_path: &Path, base: &str) -> anyhow::Result<ExitCode> {
    let reference = Reference::bundled(base)?;
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    store
        .ensure_reference(&reference)
        .context("loading the reference data")?;
    let spinner = Progress::spinner(
        "resolving entities and events across articles",
        progress::shown(false),
    );
    let summary = resolve_store(&store, &reference, &Minter::new(base), Scope::Store)
        .context("resolving entities and events across articles")?;
    store.finish_writes().context("finishing the writes")?;
    spinner.finish();
    print_summary(&summary)?;
    Ok(ExitCode::SUCCESS)
}

/// One line: what is shared across articles and how many graphs changed.
pub fn print_summary(summary: &Summary) -> std::io::Result<()> {
    writeln!(
        std::io::stdout(),
        "resolved: {} entities and {} meetings or calls named by several articles; {} graph(s) updated, {} description(s) rewritten",
        summary.shared_entities, summary.shared_events, summary.rewritten, summary.described
    )
}
