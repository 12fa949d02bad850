//! `newsgraph stats`: what the store holds, counted with SPARQL.
//!
//! Entities, meetings and calls are counted in the entities graph, where resolution keeps one
//! description of each; articles, roles and claims by their type. No count reads the whole
//! store: the number of quads, which needs a scan of every graph, is asked for with `--quads`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::StatsArgs;
use crate::rdf::Minter;
use crate::store::{GraphStore, OpenMode};

/// Each line of the report and the query that counts it; `{entities}` and `{reference}` stand
/// for the entities and reference graphs.
const COUNTS: &[(&str, &str)] = &[
    ("articles", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a ng:Article } }"),
    ("persons", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {entities} { ?e a ng:Person ; ng:articleCount ?c FILTER(?c > 0) } }"),
    ("places", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {entities} { ?e a ng:Place ; ng:articleCount ?c FILTER(?c > 0) } }"),
    ("organizations", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {entities} { ?e a ng:Organization ; ng:articleCount ?c FILTER(?c > 0) } }"),
    ("meetings", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {entities} { ?e a ng:Meeting } }"),
    ("calls", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {entities} { ?e a ng:Call } }"),
    ("roles", "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?a { ?r a ng:Role } }"),
    ("claims", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?c a ng:Claim } }"),
    ("reference entities", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH {reference} { ?e ng:referenceKey ?k } }"),
];

pub fn run(store_path: &Path, base: &str, args: &StatsArgs) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let minter = Minter::new(base);
    let entities = format!("<{}>", minter.entities_graph().as_str());
    let reference = format!("<{}>", minter.reference_graph().as_str());
    let mut out = std::io::stdout().lock();
    for (name, query) in COUNTS {
        let query = query
            .replace("{entities}", &entities)
            .replace("{reference}", &reference);
        let n = store.count(&query, base)?;
        writeln!(out, "{name:<20}{n:>10}")?;
    }
    if args.quads {
        writeln!(out, "{:<20}{:>10}", "quads", store.len()?)?;
    }
    if crate::resolve::is_pending(&store, &minter)? {
        writeln!(
            out,
            "resolution: pending: some articles went in without it (`ingest --no-resolve`, or a run stopped before it ended); `newsgraph resolve` or the next ingest does it"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
