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
    /// Nobody bears the name, but these names are close to it ("Zelenksy": Volodymyr Zelensky).
    Near(Vec<(NamedNode, String)>),
}

/// How many names "did you mean" offers.
const NEAR_NAMES: usize = 5;

/// How close a misspelt name must be (Jaro-Winkler on the keys, or on one word of them; the
/// keys are phonetic, "Jean" is `zhean`, so a shared prefix weighs much).
const NEAR: f64 = 0.92;

impl Found {
    /// The names "did you mean" lists, as `Label <IRI>`, or the candidates of a name that
    /// designates several.
    pub fn listed(candidates: &[(NamedNode, String)]) -> String {
        candidates
            .iter()
            .map(|(iri, label)| format!("{label} <{}>", iri.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The person, place or organization a name designates, or a one-line error naming the
/// candidates.
pub fn entity(store: &GraphStore, base: &str, name: &str) -> anyhow::Result<NamedNode> {
    match find(store, base, name)? {
        Found::One(iri) => Ok(iri),
        Found::None => anyhow::bail!("no person, place or organization is named {name:?}"),
        Found::Near(near) => anyhow::bail!(
            "no person, place or organization is named {name:?}; did you mean {}?",
            Found::listed(&near)
        ),
        Found::Many(candidates) => anyhow::bail!(
            "{name:?} names several entities; give one of their IRIs: {}",
            Found::listed(&candidates)
        ),
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
    // Exact names first: a surname counts only when no entity bears the name itself, a word
    // of a name only when nothing fits better, and a near spelling is only offered.
    let Some(best) = entities.iter().map(|(how, _, _)| *how).min() else {
        return Ok(Found::None);
    };
    let mut entities: Vec<(Fit, NamedNode, String)> = entities
        .into_iter()
        .filter(|(how, _, _)| how.same_kind(best))
        .collect();
    // The closest first (for the near ones), then by IRI.
    entities.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    let mut matches: Vec<(NamedNode, String)> = entities
        .into_iter()
        .map(|(_, iri, label)| (iri, label))
        .collect();
    let distinct: BTreeSet<&NamedNode> = matches.iter().map(|(iri, _)| iri).collect();
    Ok(match (best, distinct.len()) {
        (Fit::Near(_), _) => {
            matches.truncate(NEAR_NAMES);
            Found::Near(matches)
        }
        (_, 1) => Found::One(matches.remove(0).0),
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
        } else if key.split('-').any(|word| word == wanted) {
            // A given name alone ("Vladimir"): the people who bear it are the candidates.
            fitting.push((Fit::Word, label));
        } else if let Some(closeness) = closeness(&key, wanted) {
            fitting.push((Fit::Near(closeness), label));
        }
    }
    // Only the best kind of fit is looked up, and a handful of the near ones.
    if let Some(best) = fitting.iter().map(|(how, _)| *how).min() {
        fitting.retain(|(how, _)| how.same_kind(best));
    }
    fitting.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.value().cmp(b.1.value())));
    fitting.truncate(MAX_LOOKED_UP);
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

/// At most this many labels are looked up for one name (a given name borne by hundreds).
const MAX_LOOKED_UP: usize = 50;

/// How a label fits the name asked for, the best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Exact,
    Surname,
    /// One word of the label is the name.
    Word,
    /// Close to it, misspelt: the distance (1 − similarity) in thousandths, smaller is closer.
    Near(u16),
}

/// How far a key is from the wanted one, when it is close: the whole key, or its word closest
/// to a one-word name ("zelenksy" for "volodymyr-zelensky").
fn closeness(key: &str, wanted: &str) -> Option<u16> {
    // Misspellings keep the first letter and about the length.
    let alike =
        |w: &str| w.chars().next() == wanted.chars().next() && w.len().abs_diff(wanted.len()) <= 2;
    let similarity = |w: &str| {
        if alike(w) {
            strsim::jaro_winkler(w, wanted)
        } else {
            0.0
        }
    };
    let whole = similarity(key);
    let word = if wanted.contains('-') {
        0.0
    } else {
        key.split('-').map(similarity).fold(0.0, f64::max)
    };
    let best = whole.max(word);
    (best >= NEAR && wanted.len() >= 4).then(|| ((1.0 - best) * 1000.0).round() as u16)
}

impl Fit {
    /// Both exact, both surnames, both words, or both near (however near).
    fn same_kind(self, other: Fit) -> bool {
        std::mem::discriminant(&self) == std::mem::discriminant(&other)
    }
}

fn rows(store: &GraphStore, query: &str) -> anyhow::Result<Vec<Vec<Option<Term>>>> {
    Ok(store.select_rows(query, crate::vocab::DEFAULT_BASE)?)
}
