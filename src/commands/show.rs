//! `newsgraph show NAME`: one entity's profile, gathered from every article that speaks of it.
//!
//! Names and meetings come from the entities graph, where resolution keeps one description of
//! each entity and event (a meeting reported by five articles is one line, with its count);
//! roles and claims are read inside each article's graph, labels next to the fact they name:
//! joining facts to labels across the union of all graphs costs minutes on a large store.
//!
//! The name the user typed never enters a query: it is matched in Rust against the labels and
//! aliases of the store ([`super::lookup`]), and only the matching entity's IRI (validated as
//! an IRI) is put into the profile queries.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use super::lookup::{find, Found};
use super::table::short;
use crate::cli::ShowArgs;
use crate::store::{GraphStore, OpenMode};

pub fn run(store_path: &Path, base: &str, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let entity = match find(&store, base, &args.name)? {
        Found::One(iri) => iri,
        Found::None => anyhow::bail!("no entity is named {:?}", args.name),
        Found::Near(near) => anyhow::bail!(
            "no entity is named {:?}; did you mean {}?",
            args.name,
            Found::listed(&near)
        ),
        Found::Many(candidates) => {
            let mut err = std::io::stderr().lock();
            writeln!(
                err,
                "newsgraph: error: {:?} names several entities; show one by its IRI:",
                args.name
            )?;
            for (iri, label) in candidates {
                writeln!(err, "  {} {label}", iri.as_str())?;
            }
            return Ok(ExitCode::from(super::FAILURE));
        }
    };
    let iri = format!("<{}>", entity.as_str());
    let entities = format!(
        "<{}>",
        crate::rdf::Minter::new(base).entities_graph().as_str()
    );
    let mut out = std::io::stdout().lock();
    let sections: [(&str, String); 7] = [
        ("names", format!("SELECT DISTINCT ?name WHERE {{ GRAPH {entities} {{ {{ {iri} skos:prefLabel ?name }} UNION {{ {iri} skos:altLabel ?name }} }} }} ORDER BY ?name")),
        ("links", format!("SELECT DISTINCT ?link WHERE {{ {iri} owl:sameAs ?link }} ORDER BY ?link")),
        ("roles", format!(
            "SELECT ?role ?of ?article WHERE {{ GRAPH ?a {{ {iri} ng:holdsRole ?r . ?r rdfs:label ?role . ?a ng:sourceName ?article
               OPTIONAL {{ ?r ng:roleOf ?o . ?o rdfs:label ?of FILTER(LANG(?of) = 'fr') }} }} }} ORDER BY ?role ?article")),
        ("meetings and calls", format!(
            "SELECT ?what ?date (GROUP_CONCAT(DISTINCT ?place; separator=' / ') AS ?places) (GROUP_CONCAT(DISTINCT ?who; separator=', ') AS ?with) ?reports WHERE {{
               GRAPH {entities} {{ ?m ng:participant {iri} ; a ?kind ; ng:articleCount ?n .
                 OPTIONAL {{ ?m ng:date ?date }} OPTIONAL {{ ?m ng:status ?status }}
                 OPTIONAL {{ ?m ng:location ?p . ?p skos:prefLabel ?place FILTER(LANG(?place) = 'fr') }}
                 OPTIONAL {{ ?m ng:participant ?o FILTER(?o != {iri}) ?o skos:prefLabel ?who FILTER(LANG(?who) = 'fr') }} }}
               FILTER(?kind IN (ng:Meeting, ng:Call))
               BIND(CONCAT(IF(?kind = ng:Call, 'call', 'meeting'), IF(COALESCE(?status = ng:Planned, false), ' (planned)', '')) AS ?what)
               BIND(CONCAT(STR(?n), IF(?n = 1, ' article', ' articles')) AS ?reports) }}
             GROUP BY ?m ?what ?date ?reports ORDER BY ?date ?m")),
        ("claims made", format!(
            "SELECT ?quoted ?text ?article WHERE {{ GRAPH ?a {{ ?c ng:claimant {iri} ; ng:text ?text ; ng:quoted ?quoted . ?a ng:sourceName ?article }} }} ORDER BY ?article ?text")),
        // The meetings it took part in come from the entities graph (every report's
        // participants): starting from them, not from every claim of the store.
        ("claims about it", format!(
            "SELECT ?by ?text ?article WHERE {{ {{ BIND({iri} AS ?t) }} UNION {{ GRAPH {entities} {{ ?t ng:participant {iri} }} }}
               GRAPH ?a {{ ?c ng:about ?t ; ng:claimant ?s ; ng:text ?text . ?a ng:sourceName ?article }} FILTER(?s != {iri})
               OPTIONAL {{ GRAPH {entities} {{ ?s skos:prefLabel ?by FILTER(LANG(?by) = 'fr') }} }} }}
             ORDER BY ?article ?text")),
        ("articles", format!(
            "SELECT ?article ?published ?title WHERE {{ GRAPH ?a {{ ?a ng:mentions {iri} ; ng:sourceName ?article . OPTIONAL {{ ?a ng:published ?published }} OPTIONAL {{ ?a ng:title ?title }} }} }} ORDER BY ?published ?article")),
    ];
    writeln!(out, "{}", entity.as_str())?;
    for (title, query) in sections {
        let QueryResults::Solutions(rows) = store.query(&query, base)? else {
            continue;
        };
        let mut lines = Vec::new();
        for row in rows {
            let row = row?;
            let cells: Vec<String> = row
                .values()
                .iter()
                .flatten()
                .map(|t| match t {
                    Term::Literal(l) if l.value() == "true" => "quoted".to_owned(),
                    Term::Literal(l) if l.value() == "false" => "reported".to_owned(),
                    t => short(t, base),
                })
                .filter(|c| !c.is_empty())
                .collect();
            lines.push(cells.join(" · "));
        }
        lines.dedup();
        writeln!(out, "\n{title} ({})", lines.len())?;
        let shown = if args.limit == 0 {
            lines.len()
        } else {
            args.limit.min(lines.len())
        };
        for line in &lines[..shown] {
            writeln!(out, "  {line}")?;
        }
        if shown < lines.len() {
            writeln!(
                out,
                "  … {} more (--limit 0 shows all)",
                lines.len() - shown
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
