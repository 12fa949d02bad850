//! Finding the entity a user names on the command line.
//!
//! The name never enters a query: it is compared in Rust with the labels and aliases of the
//! store, up to case, accents and transliteration ("Ouchakov" finds "Yuri Ushakov"). A name
//! that equals no label may still be a surname that ends exactly one entity's names
//! ("Witkoff" finds "Steve Witkoff"). A text with a colon that parses as an IRI is taken as
//! one.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term};

use crate::resolve::name_key;
use crate::store::GraphStore;
use crate::vocab::{ng, skos};

pub enum Found {
    None,
    One(NamedNode),
    Many(Vec<(NamedNode, String)>),
}

/// The person, place or organization a name designates, or a one-line error naming the
/// candidates.
pub fn entity(store: &GraphStore, name: &str) -> anyhow::Result<NamedNode> {
    match find(store, name)? {
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
pub fn find(store: &GraphStore, name: &str) -> anyhow::Result<Found> {
    if name.contains(':') {
        if let Ok(iri) = NamedNode::new(name.trim()) {
            return Ok(Found::One(iri));
        }
    }
    let wanted = name_key(name);
    if wanted.is_empty() {
        return Ok(Found::None);
    }
    let surname = format!("-{wanted}");
    // Every label is read once; each distinct text is keyed once.
    let mut fit: HashMap<String, Fit> = HashMap::new();
    let mut candidates: BTreeMap<NamedNode, (Fit, String)> = BTreeMap::new();
    for predicate in [rdfs::LABEL, skos::ALT_LABEL] {
        for quad in store.quads_matching(None, Some(predicate), None, None)? {
            let (NamedOrBlankNode::NamedNode(subject), Term::Literal(label)) =
                (quad.subject, quad.object)
            else {
                continue;
            };
            let how = *fit.entry(label.value().to_owned()).or_insert_with(|| {
                let key = name_key(label.value());
                if key == wanted {
                    Fit::Exact
                } else if key.ends_with(&surname) {
                    Fit::Surname
                } else {
                    Fit::No
                }
            });
            if how == Fit::No {
                continue;
            }
            let entry = candidates
                .entry(subject)
                .or_insert_with(|| (how, label.value().to_owned()));
            if how < entry.0 || (how == entry.0 && label.value() < entry.1.as_str()) {
                *entry = (how, label.value().to_owned());
            }
        }
    }
    let classes = [ng::PERSON, ng::PLACE, ng::ORGANIZATION];
    let mut entities: Vec<(Fit, NamedNode, String)> = Vec::new();
    for (iri, (how, label)) in candidates {
        let typed = store
            .quads_matching(Some(iri.as_ref()), Some(rdf::TYPE), None, None)?
            .iter()
            .any(|q| matches!(&q.object, Term::NamedNode(c) if classes.contains(&c.as_ref())));
        if typed {
            entities.push((how, iri, label));
        }
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    Exact,
    Surname,
    No,
}
