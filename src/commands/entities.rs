//! `newsgraph entities`: every entity with the number of articles that name it, read from the
//! entities graph.

use std::path::Path;
use std::process::ExitCode;

use oxigraph::sparql::QueryResults;

use super::table::{short, write_table};
use crate::cli::{ClassArg, EntitiesArgs};
use crate::store::{GraphStore, OpenMode};

pub fn run(store_path: &Path, base: &str, args: &EntitiesArgs) -> anyhow::Result<ExitCode> {
    let classes = match args.class {
        Some(ClassArg::Person) => "ng:Person",
        Some(ClassArg::Place) => "ng:Place",
        Some(ClassArg::Organization) => "ng:Organization",
        None => "ng:Person ng:Place ng:Organization",
    };
    // The class comes from a fixed list, never from user text. The entities graph holds one
    // description of each entity, with its label and article count.
    let graph = crate::rdf::Minter::new(base).entities_graph();
    let query = format!(
        "SELECT ?entity ?class ?label ?articles WHERE {{
           GRAPH <{}> {{
             VALUES ?class {{ {classes} }}
             ?entity a ?class ; ng:articleCount ?articles FILTER(?articles > 0)
             OPTIONAL {{ ?entity skos:prefLabel ?label FILTER(LANG(?label) = 'fr') }}
           }}
         }} ORDER BY DESC(?articles) ?label ?entity",
        graph.as_str()
    );
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let QueryResults::Solutions(rows) = store.query(&query, base)? else {
        anyhow::bail!("the entities query gave no solutions");
    };
    let header: Vec<String> = ["entity", "class", "label", "articles"]
        .map(String::from)
        .to_vec();
    let mut table = Vec::new();
    for row in rows {
        let row = row?;
        table.push(
            row.values()
                .iter()
                .map(|t| t.as_ref().map(|t| short(t, base)).unwrap_or_default())
                .collect(),
        );
    }
    write_table(&mut std::io::stdout().lock(), &header, &table)?;
    Ok(ExitCode::SUCCESS)
}
