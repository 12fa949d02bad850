//! `newsgraph link`: READ the unlinked entities → ASK the endpoint → RANK → WRITE the links graph.
//!
//! The store is open only to read the entities and, at the end, to write the links: the
//! endpoint may take minutes, and meanwhile other commands can use the store. Nothing is
//! written until every answer is in, and then in one transaction.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use oxigraph::model::{NamedNode, NamedOrBlankNode};

use super::progress::{self, Progress};
use crate::cli::LinkArgs;
use crate::link::endpoint::{Config, Endpoint};
use crate::link::rank::Decision;
use crate::link::{find_links, link_quads, merge, unlinked, Outcome};
use crate::rdf::Minter;
use crate::resolve::describe::Describer;
use crate::store::{GraphStore, OpenMode};
use crate::vocab::owl;

pub fn run(store_path: &Path, base: &str, args: &LinkArgs) -> anyhow::Result<ExitCode> {
    let minter = Minter::new(base);
    let entities = {
        let store = GraphStore::open(store_path, OpenMode::Existing)?;
        unlinked(&store, base)?
    };
    let mut endpoint = Endpoint::new(Config {
        url: args.endpoint.clone(),
        timeout: Duration::from_secs(args.timeout),
        retries: args.retries,
        rate: args.rate,
    });
    let spinner = Progress::spinner(
        format!("asking {} about {} entities", args.endpoint, entities.len()),
        progress::shown(false),
    );
    let outcomes = find_links(&entities, &mut endpoint)
        .map_err(|e| anyhow::anyhow!("{e}; nothing written"))?;
    spinner.finish();

    let new = link_quads(&minter, &outcomes);
    let graph = minter.links_graph();
    let written = if args.dry_run {
        "dry run, nothing written".to_owned()
    } else if new.is_empty() {
        "nothing new to write".to_owned()
    } else {
        let store = GraphStore::open(store_path, OpenMode::Existing)?;
        let old = store.graph_quads(graph.as_ref())?;
        let before = old.len();
        // The entities graph carries every entity's links: those linked now are described anew.
        let linked: BTreeSet<NamedNode> = new
            .iter()
            .filter(|q| q.predicate.as_ref() == owl::SAME_AS)
            .filter_map(|q| match &q.subject {
                NamedOrBlankNode::NamedNode(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        let all = merge(old, new);
        store.replace_graph(graph.as_ref(), &all)?;
        Describer::new(&store, &minter, &minter.reference_graph()).rewrite(&linked)?;
        store.finish_writes()?;
        format!(
            "{} triples added to <{}>",
            all.len() - before,
            graph.as_str()
        )
    };

    let mut lines: Vec<String> = outcomes.iter().map(line).collect();
    lines.sort();
    let count = |kind: &str| lines.iter().filter(|l| l.starts_with(kind)).count();
    let mut out = std::io::stdout().lock();
    for line in &lines {
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "{} linked, {} ambiguous, {} without candidates; {} entities, {} requests to {}; {written}",
        count("linked\t"),
        count("ambiguous\t"),
        count("none\t"),
        entities.len(),
        endpoint.requests(),
        endpoint.url(),
    )?;
    Ok(ExitCode::SUCCESS)
}

/// One line of output for one entity, tab-separated.
fn line(outcome: &Outcome<'_>) -> String {
    let label = cell(&outcome.entity.label);
    match &outcome.decision {
        Decision::Linked { best, confidence } => {
            let c = &best.candidate;
            let about = match c.description() {
                Some(description) => format!("{} / {}", c.label(), description),
                None => c.label().to_owned(),
            };
            format!(
                "linked\t{label}\t{}\t{confidence:.2}\t{}",
                c.qid,
                cell(&about)
            )
        }
        Decision::Ambiguous(candidates) => {
            let list: Vec<String> = candidates
                .iter()
                .take(5)
                .map(|s| format!("{} ({:.2})", s.candidate.qid, s.score))
                .collect();
            format!("ambiguous\t{label}\t{}", list.join(", "))
        }
        Decision::NoCandidate => format!("none\t{label}"),
    }
}

/// Text fit for one tab-separated cell.
fn cell(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
