//! `newsgraph stats`: what the store holds, counted with SPARQL.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::store::{GraphStore, OpenMode};

/// Each line of the report and the query that counts it.
const COUNTS: &[(&str, &str)] = &[
    ("articles", "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a a ng:Article } }"),
    ("persons", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?a { ?a ng:mentions ?e . ?e a ng:Person } }"),
    ("places", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?a { ?a ng:mentions ?e . ?e a ng:Place } }"),
    ("organizations", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?a { ?a ng:mentions ?e . ?e a ng:Organization } }"),
    ("roles", "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?a { ?r a ng:Role } }"),
    ("meetings", "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?a { ?m a ng:Meeting } }"),
    ("calls", "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?a { ?m a ng:Call } }"),
    ("claims", "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?a { ?c a ng:Claim } }"),
    ("reference entities", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e ng:referenceKey ?k } }"),
];

pub fn run(store_path: &Path, base: &str) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    writeln!(std::io::stdout(), "{:<20}{:>10}", "triples", store.len()?)?;
    for (name, query) in COUNTS {
        let n = match store.query(query, base)? {
            QueryResults::Solutions(mut rows) => match rows.next().transpose()? {
                Some(row) => match row.get("n") {
                    Some(Term::Literal(l)) => l.value().to_owned(),
                    _ => "0".to_owned(),
                },
                None => "0".to_owned(),
            },
            _ => anyhow::bail!("{name}: the count query gave no solutions"),
        };
        writeln!(std::io::stdout(), "{name:<20}{n:>10}")?;
    }
    Ok(ExitCode::SUCCESS)
}
