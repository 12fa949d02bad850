//! `newsgraph query`: a SPARQL query over the union of all graphs, in the format asked for.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};

use super::table::{short, write_table};
use super::watchdog::Watchdog;
use crate::cli::{QueryArgs, QueryFormat};
use crate::store::{GraphStore, OpenMode};
use crate::vocab::PREFIXES;

pub fn run(store_path: &Path, base: &str, args: &QueryArgs) -> anyhow::Result<ExitCode> {
    let query = match (&args.query, &args.file) {
        (Some(query), _) => query.clone(),
        (None, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("reading the query from {}", file.display()))?,
        (None, None) if std::io::stdin().is_terminal() => {
            return Ok(super::usage(
                "give a query as an argument, with -f FILE, or on stdin",
            ));
        }
        (None, None) => {
            let mut query = String::new();
            std::io::stdin()
                .read_to_string(&mut query)
                .context("reading the query from stdin")?;
            query
        }
    };
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let watchdog = Watchdog::start(Duration::from_secs(args.timeout), args.max_memory);
    match print_results(&store, &query, base, args, watchdog.token.clone()) {
        // A stopped query says which limit stopped it, not "cancelled".
        Err(_) if watchdog.reason().is_some() => {
            Err(anyhow::anyhow!(watchdog.reason().unwrap_or_default()))
        }
        other => other,
    }
}

/// Evaluates the query and prints its results.
fn print_results(
    store: &GraphStore,
    query: &str,
    base: &str,
    args: &QueryArgs,
    cancel: CancellationToken,
) -> anyhow::Result<ExitCode> {
    let results = store.query_cancellable(query, base, cancel)?;
    let terminal = std::io::stdout().is_terminal();
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(stdout);
    match results {
        QueryResults::Solutions(solutions) => {
            let format = args.format.unwrap_or(if terminal {
                QueryFormat::Table
            } else {
                QueryFormat::Tsv
            });
            let variables = solutions.variables().to_vec();
            let rows = solutions;
            match results_format(format) {
                Some(f) => {
                    let mut writer = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, variables)?;
                    for row in rows {
                        writer.serialize(&row.context("evaluating the query")?)?;
                    }
                    writer.finish()?;
                }
                None if format == QueryFormat::Table => {
                    let header: Vec<String> =
                        variables.iter().map(|v| v.as_str().to_owned()).collect();
                    let mut table = Vec::new();
                    for row in rows {
                        let row = row.context("evaluating the query")?;
                        table.push(
                            row.values()
                                .iter()
                                .map(|t| t.as_ref().map(|t| short(t, base)).unwrap_or_default())
                                .collect(),
                        );
                    }
                    write_table(&mut out, &header, &table)?;
                }
                None => {
                    return Ok(super::usage(
                        "SELECT results print as table, csv, tsv, json or xml",
                    ))
                }
            }
        }
        QueryResults::Boolean(value) => {
            let format = args.format.unwrap_or(QueryFormat::Table);
            match results_format(format) {
                Some(f) => {
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(&mut out, value)?;
                }
                None if format == QueryFormat::Table => writeln!(out, "{value}")?,
                None => {
                    return Ok(super::usage(
                        "ASK results print as table, csv, tsv, json or xml",
                    ))
                }
            }
        }
        QueryResults::Graph(triples) => {
            let format = match args.format.unwrap_or(QueryFormat::Turtle) {
                QueryFormat::Turtle | QueryFormat::Table => RdfFormat::Turtle,
                QueryFormat::Ntriples => RdfFormat::NTriples,
                QueryFormat::Nquads => RdfFormat::NQuads,
                _ => {
                    return Ok(super::usage(
                        "CONSTRUCT and DESCRIBE results print as turtle, ntriples or nquads",
                    ))
                }
            };
            let mut serializer = RdfSerializer::from_format(format);
            if let Ok(with_base) = serializer.clone().with_prefix("id", base) {
                serializer = with_base;
            }
            for (prefix, iri) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *iri)
                    .expect("valid built-in prefixes");
            }
            let mut writer = serializer.for_writer(&mut out);
            for triple in triples {
                writer.serialize_triple(&triple.context("evaluating the query")?)?;
            }
            writer.finish()?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn results_format(format: QueryFormat) -> Option<QueryResultsFormat> {
    match format {
        QueryFormat::Csv => Some(QueryResultsFormat::Csv),
        QueryFormat::Tsv => Some(QueryResultsFormat::Tsv),
        QueryFormat::Json => Some(QueryResultsFormat::Json),
        QueryFormat::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    }
}
