//! `newsgraph rank`: people ordered by centrality in the meeting graph.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{RankArgs, RankBy, RankFormat};
use crate::graph::rank::{measure, top, Measure, MeetingGraph, Row, DECIMALS};
use crate::graph::read::Source;
use crate::graph::Reader;
use crate::store::{GraphStore, OpenMode};

const HEADER: [&str; 6] = [
    "rank",
    "person",
    "events",
    "degree",
    "pagerank",
    "betweenness",
];

pub fn run(store_path: &Path, base: &str, args: &RankArgs) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let clock = std::time::Instant::now();
    let meeting = MeetingGraph::read(&store, base)?;
    let read = clock.elapsed();
    if meeting.graph.node_count() == 0 {
        eprintln!("newsgraph: note: no meeting or call in the store names a person");
    }
    let mut reader = Reader::new(
        Source::Store {
            store: &store,
            graph: None,
        },
        base,
    );
    let by = match args.by {
        RankBy::Pagerank => Measure::PageRank,
        RankBy::Degree => Measure::Degree,
        RankBy::Betweenness => Measure::Betweenness,
        RankBy::Events => Measure::Events,
    };
    // Named once the measures have chosen the rows shown.
    let rows = measure(&meeting, |_| Ok(String::new()))?;
    let measured = clock.elapsed();
    let rows = top(rows, by, args.limit, |iri| reader.name(iri))?;
    crate::timing(format_args!(
        "rank: {} people and {} links read in {read:.2?}, measured in {:.2?}, named in {:.2?}",
        meeting.graph.node_count(),
        meeting.graph.edge_count(),
        measured - read,
        clock.elapsed() - measured
    ));
    let mut out = std::io::stdout().lock();
    match args.format {
        RankFormat::Table => {
            let header: Vec<String> = HEADER.iter().map(|h| (*h).to_owned()).collect();
            let cells: Vec<Vec<String>> = rows
                .iter()
                .enumerate()
                .map(|(i, row)| cells(i, row))
                .collect();
            super::table::write_table(&mut out, &header, &cells)?;
        }
        RankFormat::Tsv => {
            writeln!(out, "{}\tiri", HEADER.join("\t"))?;
            for (i, row) in rows.iter().enumerate() {
                let mut cells = cells(i, row);
                cells.push(row.iri.as_str().to_owned());
                let cells: Vec<String> = cells
                    .into_iter()
                    .map(|c| c.replace(['\t', '\n', '\r'], " "))
                    .collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
        }
        RankFormat::Json => {
            let rounded = |x: f64| {
                let scale = 10f64.powi(DECIMALS);
                (x * scale).round() / scale
            };
            let array: Vec<serde_json::Value> = rows
                .iter()
                .enumerate()
                .map(|(i, row)| {
                    serde_json::json!({
                        "rank": i + 1,
                        "person": row.name,
                        "iri": row.iri.as_str(),
                        "events": row.events,
                        "degree": row.degree,
                        "pagerank": rounded(row.pagerank),
                        "betweenness": rounded(row.betweenness),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &array)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A row's cells, numbers at the printed precision.
fn cells(index: usize, row: &Row) -> Vec<String> {
    let decimals = DECIMALS as usize;
    vec![
        (index + 1).to_string(),
        row.name.clone(),
        row.events.to_string(),
        row.degree.to_string(),
        format!("{:.decimals$}", row.pagerank),
        format!("{:.decimals$}", row.betweenness),
    ]
}
