//! Finding the entity a user names on the command line.
//!
//! The name never enters a query: it is compared in Rust with the labels and aliases of the
//! store, up to case, accents and transliteration ("Ouchakov" finds "Yuri Ushakov"). A name
//! that equals no label may still be a surname that ends exactly one entity's names
//! ("Witkoff" finds "Steve Witkoff"). A text with a colon that parses as an IRI is taken as
//! one.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::QueryResults;

use crate::rdf::Minter;
use crate::resolve::name_key;
use crate::store::GraphStore;

pub enum Found {
    None,
    One(NamedNode),
    Many(Vec<(NamedNode, String)>),
}

/// The person, place or organization a name designates, or a one-line error naming the
/// candidates.
pub fn entity(store: &GraphStore, base: &str, name: &str) -> anyhow::Result<NamedNode> {
    match find(store, base, name)? {
        Found::One(iri) => Ok(iri),
        Found::None => anyhow::bail!("no person, place or organization is named {name:?}"),
        Found::Many(candidates) => {
            let list: Vec<String> = candidates
                .iter()
                .map(|(iri, label)| format!("{label} <{}>", iri.as_str()))
                .collect();
            anyhow::bail!(
                "{name:?} names several entities; give one of their IRIs: {}",
                list.join(", ")
            )
        }
    }
}

/// The entities a name designates.
pub fn find(store: &GraphStore, base: &str, name: &str) -> anyhow::Result<Found> {
    if name.contains(':') {
        if let Ok(iri) = NamedNode::new(name.trim()) {
            return Ok(Found::One(iri));
        }
    }
    let wanted = name_key(name);
    if wanted.is_empty() {
        return Ok(Found::None);
    }
    // The reference graph is small and names the people most asked about; then the entities
    // graph, one description per entity; the labels of every graph are read only when the
    // store has no entities graph yet (`ingest --no-resolve`).
    let minter = Minter::new(base);
    let reference = format!(
        "GRAPH <{}> {{ {{ ?e rdfs:label ?l }} UNION {{ ?e skos:altLabel ?l }} }}",
        minter.reference_graph().as_str()
    );
    let described = format!(
        "GRAPH <{}> {{ {{ ?e skos:prefLabel ?l }} UNION {{ ?e skos:altLabel ?l }} }}",
        minter.entities_graph().as_str()
    );
    let entities = match candidates(store, &wanted, &reference)? {
        found if found.len() == 1 && found[0].0 == Fit::Exact => found,
        _ => match candidates(store, &wanted, &described)? {
            found if found.is_empty() && !has_descriptions(store, &minter)? => candidates(
                store,
                &wanted,
                "{ ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }",
            )?,
            found => found,
        },
    };
    // Exact names first: a surname counts only when no entity bears the name itself.
    let best = entities.iter().map(|(how, _, _)| *how).min();
    let mut matches: Vec<(NamedNode, String)> = entities
        .into_iter()
        .filter(|(how, _, _)| Some(*how) == best)
        .map(|(_, iri, label)| (iri, label))
        .collect();
    let distinct: BTreeSet<&NamedNode> = matches.iter().map(|(iri, _)| iri).collect();
    Ok(match distinct.len() {
        0 => Found::None,
        1 => Found::One(matches.remove(0).0),
        _ => Found::Many(matches),
    })
}

/// Whether resolution has described any entity yet.
fn has_descriptions(store: &GraphStore, minter: &Minter) -> anyhow::Result<bool> {
    let ask = format!(
        "ASK {{ GRAPH <{}> {{ ?e a ?class }} }}",
        minter.entities_graph().as_str()
    );
    Ok(matches!(
        store.query(&ask, minter.base())?,
        QueryResults::Boolean(true)
    ))
}

/// The entities with a label or alias that fits the wanted key, among those a pattern binding
/// `?e` and its label `?l` reads.
fn candidates(
    store: &GraphStore,
    wanted: &str,
    labels: &str,
) -> anyhow::Result<Vec<(Fit, NamedNode, String)>> {
    let surname = format!("-{wanted}");
    // The distinct labels are counted in the store and read once each: a famous name stated
    // by ten thousand articles is one row.
    let mut fitting: Vec<(Fit, Literal)> = Vec::new();
    for row in rows(store, &format!("SELECT DISTINCT ?l WHERE {{ {labels} }}"))? {
        let Some(Term::Literal(label)) = row.into_iter().next().flatten() else {
            continue;
        };
        let key = name_key(label.value());
        if key == *wanted {
            fitting.push((Fit::Exact, label));
        } else if key.ends_with(&surname) {
            fitting.push((Fit::Surname, label));
        }
    }
    let mut candidates: BTreeMap<NamedNode, (Fit, String)> = BTreeMap::new();
    for (how, label) in fitting {
        // `label` prints as a SPARQL literal, escaped.
        let query = format!(
            "SELECT DISTINCT ?e WHERE {{ {{ ?e rdfs:label {label} }} UNION {{ ?e skos:altLabel {label} }} UNION {{ ?e skos:prefLabel {label} }} }}"
        );
        for row in rows(store, &query)? {
            let Some(Term::NamedNode(entity)) = row.into_iter().next().flatten() else {
                continue;
            };
            let typed = format!(
                "ASK {{ <{}> a ?class VALUES ?class {{ ng:Person ng:Place ng:Organization }} }}",
                entity.as_str()
            );
            if !matches!(
                store.query(&typed, crate::vocab::DEFAULT_BASE)?,
                QueryResults::Boolean(true)
            ) {
                continue;
            }
            let entry = candidates
                .entry(entity)
                .or_insert_with(|| (how, label.value().to_owned()));
            if (how, label.value()) < (entry.0, entry.1.as_str()) {
                *entry = (how, label.value().to_owned());
            }
        }
    }
    Ok(candidates
        .into_iter()
        .map(|(iri, (how, label))| (how, iri, label))
        .collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Exact,
    Surname,
}

fn rows(store: &GraphStore, query: &str) -> anyhow::Result<Vec<Vec<Option<Term>>>> {
    Ok(store.select_rows(query, crate::vocab::DEFAULT_BASE)?)
}
