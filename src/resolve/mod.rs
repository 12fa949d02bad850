//! RESOLVE: one IRI per real thing across articles, whatever the spelling and whatever the
//! order the articles came in.
//!
//! MAP gives each article's entities and events an IRI from that article alone (a reference
//! IRI, a GeoNames place, a key of the name, a date and participants). After each ingest this
//! stage reads, from every article graph of the store, what it needs to compare them (the
//! *units*: an entity's class and label, an event's kind, date, participants and place),
//! decides which units are one thing ([`entities`], [`events`]), and renames, in the graphs
//! where an IRI changes, that IRI to the one of its cluster, in one transaction. Each graph
//! still says only what its article said; the shared IRI does the joining.
//!
//! The decision is a function of the set of units, which are read from what the articles
//! said, not from the IRIs they currently carry: the same articles ingested in any order give
//! the same graph.

mod entities;
mod events;
mod key;
mod names;

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};

pub use key::name_key;

use crate::extract::EventKind;
use crate::rdf::Minter;
use crate::reference::{EntityClass, Reference};
use crate::store::{GraphStore, StoreError};
use crate::vocab::{ng, owl};
use entities::{Anchor, EntityUnit};
use events::EventUnit;

/// What a resolution changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Entities and events named by more than one article.
    pub shared_entities: usize,
    pub shared_events: usize,
    /// Graphs in which some IRI was renamed.
    pub rewritten: usize,
}

/// Resolves the whole store and renames what changed, in one transaction.
pub fn resolve_store(
    store: &GraphStore,
    reference: &Reference,
    minter: &Minter,
) -> Result<Summary, StoreError> {
    let units = Units::load(store, reference)?;
    let renames = units.resolve(reference, minter);
    // Only the quads that name a renamed IRI change: they are removed and written anew.
    let (mut remove, mut insert) = (Vec::new(), Vec::new());
    let mut rewritten = 0;
    for (g, map) in renames.by_graph.iter().enumerate() {
        if map.is_empty() {
            continue;
        }
        rewritten += 1;
        for quad in store.graph_quads(units.graphs[g].as_ref())? {
            if let Some(renamed) = rename(&quad, map) {
                remove.push(quad);
                insert.push(renamed);
            }
        }
    }
    // The links graph (`newsgraph link`) follows its entities to their new IRIs; the links of
    // an IRI whose entities now go separate ways are dropped (`link` asks again).
    let links = minter.links_graph();
    let fates = fates(&renames.global, minter);
    let mut moved = 0;
    for quad in store.graph_quads(links.as_ref())? {
        match follow(&quad, &fates) {
            Followed::Same => {}
            Followed::Renamed(renamed) => {
                remove.push(quad);
                insert.push(renamed);
                moved += 1;
            }
            Followed::Dropped => {
                remove.push(quad);
                moved += 1;
            }
        }
    }
    rewritten += usize::from(moved > 0);
    store.apply(&remove, &insert)?;
    Ok(Summary {
        shared_entities: renames.shared_entities,
        shared_events: renames.shared_events,
        rewritten,
    })
}

/// Every unit of the store's article graphs.
struct Units {
    /// Article graphs, sorted: a unit's `graph` indexes this.
    graphs: Vec<NamedNode>,
    entities: Vec<EntityUnit>,
    events: Vec<EventUnit>,
    /// `(graph, holder, role)` for every `ng:holdsRole`.
    roles: Vec<(usize, NamedNode, NamedNode)>,
}

/// Per graph (index as in [`Units::graphs`]), the IRIs to rename.
struct Renames {
    by_graph: Vec<BTreeMap<NamedNode, NamedNode>>,
    /// Every entity IRI of the article graphs and the IRIs its units now have.
    global: BTreeMap<NamedNode, BTreeSet<NamedNode>>,
    shared_entities: usize,
    shared_events: usize,
}

impl Units {
    fn load(store: &GraphStore, reference: &Reference) -> Result<Self, StoreError> {
        // (graph, subject) → object, for the properties a unit needs.
        type Facts = BTreeMap<(NamedNode, NamedNode), Vec<Term>>;
        let read_where = |predicate, object| -> Result<Facts, StoreError> {
            let mut facts = Facts::new();
            for quad in store.quads_matching(None, Some(predicate), object, None)? {
                let (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) =
                    (quad.subject, quad.graph_name)
                else {
                    continue;
                };
                facts.entry((g, s)).or_default().push(quad.object);
            }
            Ok(facts)
        };
        let read = |predicate| read_where(predicate, None);
        // Types of the things compared, not of the many text spans.
        let mut types = Facts::new();
        for class in [
            ng::ARTICLE,
            ng::PERSON,
            ng::PLACE,
            ng::ORGANIZATION,
            ng::MEETING,
            ng::CALL,
        ] {
            for (key, objects) in read_where(rdf::TYPE, Some(class))? {
                types.entry(key).or_default().extend(objects);
            }
        }
        let labels = read(rdfs::LABEL)?;
        let same_as = read(owl::SAME_AS)?;
        let dates = read(ng::DATE)?;
        let participants = read(ng::PARTICIPANT)?;
        let locations = read(ng::LOCATION)?;
        let holds = read(ng::HOLDS_ROLE)?;

        let article = Term::from(ng::ARTICLE.into_owned());
        let graphs: Vec<NamedNode> = types
            .iter()
            .filter(|((g, s), objects)| g == s && objects.contains(&article))
            .map(|((g, _), _)| g.clone())
            .collect();
        let index: BTreeMap<&NamedNode, usize> =
            graphs.iter().enumerate().map(|(n, g)| (g, n)).collect();
        let literal = |facts: &Facts, key: &(NamedNode, NamedNode)| -> Option<String> {
            facts.get(key).and_then(|objects| {
                objects
                    .iter()
                    .filter_map(|o| match o {
                        Term::Literal(l) => Some(l.value().to_owned()),
                        _ => None,
                    })
                    .min()
            })
        };
        let iris = |facts: &Facts, key: &(NamedNode, NamedNode)| -> Vec<NamedNode> {
            facts
                .get(key)
                .map(|objects| {
                    objects
                        .iter()
                        .filter_map(|o| match o {
                            Term::NamedNode(n) => Some(n.clone()),
                            _ => None,
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let reference_labels: BTreeMap<(EntityClass, &str), NamedNode> = reference
            .entities
            .iter()
            .map(|e| ((e.class, e.label.as_str()), e.iri.clone()))
            .collect();

        // What an article wrote for a person: the excerpts of the spans denoting it.
        let written =
            |(graph, person): &(NamedNode, NamedNode)| -> Result<Vec<String>, StoreError> {
                let mut written = Vec::new();
                for span in store.quads_matching(
                    None,
                    Some(ng::DENOTES),
                    Some(person.as_ref()),
                    Some(graph.as_ref()),
                )? {
                    let NamedOrBlankNode::NamedNode(span) = span.subject else {
                        continue;
                    };
                    for excerpt in store.quads_matching(
                        Some(span.as_ref()),
                        Some(ng::EXCERPT),
                        None,
                        Some(graph.as_ref()),
                    )? {
                        if let Term::Literal(text) = excerpt.object {
                            written.push(text.value().to_owned());
                        }
                    }
                }
                Ok(written)
            };
        let mut units = Units {
            graphs: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
            roles: Vec::new(),
        };
        for (key, objects) in &types {
            let Some(&graph) = index.get(&key.0) else {
                continue;
            };
            let subject = &key.1;
            for object in objects {
                let Term::NamedNode(class) = object else {
                    continue;
                };
                if let Some(class) = EntityClass::from_iri(class) {
                    let mut label = literal(&labels, key).unwrap_or_default();
                    // Anchored by the extractor: it gave the reference entity (whose label the
                    // article's graph then carries, whatever IRI an earlier resolution gave
                    // it), or tied the place to GeoNames.
                    let mut anchor = reference_labels.get(&(class, label.as_str())).cloned();
                    if iris(&same_as, key)
                        .iter()
                        .any(|o| o.as_str().starts_with("https://sws.geonames.org/"))
                    {
                        anchor = Some(subject.clone());
                    }
                    // A known person the article names only by surname ("Kushner") is a
                    // surname alone like any other: it needs a single candidate.
                    if anchor.is_some() && class == EntityClass::Person {
                        if let Some(surname) = surname_only(&written(key)?) {
                            anchor = None;
                            label = surname;
                        }
                    }
                    let roles = iris(&holds, key)
                        .into_iter()
                        .filter_map(|role| literal(&labels, &(key.0.clone(), role)))
                        .collect();
                    units.entities.push(EntityUnit {
                        graph,
                        iri: subject.clone(),
                        class,
                        label,
                        anchor,
                        roles,
                    });
                } else if let Some(kind) = event_kind(class) {
                    units.events.push(EventUnit {
                        graph,
                        iri: subject.clone(),
                        kind,
                        date: literal(&dates, key),
                        participants: iris(&participants, key).into_iter().collect(),
                        place: iris(&locations, key).into_iter().next(),
                    });
                }
            }
        }
        for (key, _) in holds.iter() {
            if let Some(&graph) = index.get(&key.0) {
                for role in iris(&holds, key) {
                    units.roles.push((graph, key.1.clone(), role));
                }
            }
        }
        units.graphs = graphs;
        Ok(units)
    }

    fn resolve(&self, reference: &Reference, minter: &Minter) -> Renames {
        let mut anchors: Vec<Anchor> = reference
            .entities
            .iter()
            .map(|e| Anchor {
                iri: e.iri.clone(),
                class: e.class,
                names: e.names.clone(),
            })
            .collect();
        let known: BTreeSet<&NamedNode> = anchors.iter().map(|a| &a.iri).collect();
        let mut places: BTreeMap<&NamedNode, BTreeSet<&str>> = BTreeMap::new();
        for unit in &self.entities {
            if let Some(anchor) = unit.anchor.as_ref().filter(|a| !known.contains(a)) {
                places.entry(anchor).or_default().insert(&unit.label);
            }
        }
        for (iri, names) in places {
            anchors.push(Anchor {
                iri: iri.clone(),
                class: EntityClass::Place,
                names: names.into_iter().map(str::to_owned).collect(),
            });
        }

        let mut by_graph = vec![BTreeMap::new(); self.graphs.len()];
        let entity_iris = entities::resolve(&self.entities, &anchors, minter);
        let mut global: BTreeMap<NamedNode, BTreeSet<NamedNode>> = BTreeMap::new();
        for (unit, iri) in self.entities.iter().zip(&entity_iris) {
            global
                .entry(unit.iri.clone())
                .or_default()
                .insert(iri.clone());
            if *iri != unit.iri {
                by_graph[unit.graph].insert(unit.iri.clone(), iri.clone());
            }
        }
        // Events are compared with their participants' and place's resolved IRIs.
        let renamed = |graph: usize, iri: &NamedNode| -> NamedNode {
            by_graph[graph]
                .get(iri)
                .cloned()
                .unwrap_or_else(|| iri.clone())
        };
        let events: Vec<EventUnit> = self
            .events
            .iter()
            .map(|e| EventUnit {
                participants: e.participants.iter().map(|p| renamed(e.graph, p)).collect(),
                place: e.place.as_ref().map(|p| renamed(e.graph, p)),
                ..e.clone()
            })
            .collect();
        let event_iris = events::resolve(&events, minter);
        for (graph, holder, role) in &self.roles {
            if let Some(moved) = by_graph[*graph]
                .get(holder)
                .and_then(|person| minter.role_moved_to(role, person))
            {
                by_graph[*graph].insert(role.clone(), moved);
            }
        }
        for (unit, iri) in events.iter().zip(&event_iris) {
            if *iri != unit.iri {
                by_graph[unit.graph].insert(unit.iri.clone(), iri.clone());
            }
        }
        Renames {
            by_graph,
            global,
            shared_entities: shared(&entity_iris),
            shared_events: shared(&event_iris),
        }
    }
}

/// The surname, when every name written for a person is one word ("Kushner", "M. Kushner");
/// `None` when a fuller name is written, or no name at all (a title alone: "le chef du Kremlin").
fn surname_only(written: &[String]) -> Option<String> {
    const TITLES: [&str; 6] = ["M.", "Mme", "Mlle", "Mr", "Mrs", "Dr"];
    let mut names: Vec<&str> = written
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| {
            let w = w.trim();
            TITLES
                .iter()
                .find_map(|t| w.strip_prefix(t).map(str::trim_start))
                .unwrap_or(w)
        })
        .collect();
    names.sort_unstable();
    let single = names.iter().all(|n| !n.contains([' ', '\u{a0}']));
    (single && !names.is_empty()).then(|| names[0].to_owned())
}

/// How many IRIs more than one unit (so more than one article) carries.
fn shared(iris: &[NamedNode]) -> usize {
    let mut counts: BTreeMap<&NamedNode, usize> = BTreeMap::new();
    for iri in iris {
        *counts.entry(iri).or_default() += 1;
    }
    counts.values().filter(|&&c| c > 1).count()
}

fn event_kind(class: &NamedNode) -> Option<EventKind> {
    if class.as_ref() == ng::MEETING {
        Some(EventKind::Meeting)
    } else if class.as_ref() == ng::CALL {
        Some(EventKind::Call)
    } else {
        None
    }
}

/// What became of an IRI of the links graph.
enum Fate {
    Moved(NamedNode),
    /// Its units now have several IRIs: nobody knows which one the link was for.
    Split,
}

/// The fate of every entity IRI that changed, and of the statement reifying its link.
fn fates(
    global: &BTreeMap<NamedNode, BTreeSet<NamedNode>>,
    minter: &Minter,
) -> BTreeMap<NamedNode, Fate> {
    let mut fates = BTreeMap::new();
    for (old, new) in global {
        let fate = match new.iter().collect::<Vec<_>>()[..] {
            [one] if one == old => continue,
            [one] => (Fate::Moved(one.clone()), Fate::Moved(minter.link(one))),
            _ => (Fate::Split, Fate::Split),
        };
        fates.insert(old.clone(), fate.0);
        fates.insert(minter.link(old), fate.1);
    }
    fates
}

enum Followed {
    Same,
    Renamed(Quad),
    Dropped,
}

/// A quad of the links graph after resolution: under the new IRI of its entity, or dropped.
fn follow(quad: &Quad, fates: &BTreeMap<NamedNode, Fate>) -> Followed {
    let fate = |term: Option<&NamedNode>| term.and_then(|n| fates.get(n));
    let subject = fate(match &quad.subject {
        NamedOrBlankNode::NamedNode(n) => Some(n),
        _ => None,
    });
    let object = fate(match &quad.object {
        Term::NamedNode(n) => Some(n),
        _ => None,
    });
    match (subject, object) {
        (Some(Fate::Split), _) | (_, Some(Fate::Split)) => Followed::Dropped,
        (None, None) => Followed::Same,
        (s, o) => Followed::Renamed(Quad::new(
            match s {
                Some(Fate::Moved(n)) => NamedOrBlankNode::NamedNode(n.clone()),
                _ => quad.subject.clone(),
            },
            quad.predicate.clone(),
            match o {
                Some(Fate::Moved(n)) => Term::NamedNode(n.clone()),
                _ => quad.object.clone(),
            },
            quad.graph_name.clone(),
        )),
    }
}

/// The quad with its renamed IRIs replaced, if it has any.
fn rename(quad: &Quad, map: &BTreeMap<NamedNode, NamedNode>) -> Option<Quad> {
    let subject = match &quad.subject {
        NamedOrBlankNode::NamedNode(n) => map.get(n).cloned().map(NamedOrBlankNode::NamedNode),
        _ => None,
    };
    let object = match &quad.object {
        Term::NamedNode(n) => map.get(n).cloned().map(Term::NamedNode),
        _ => None,
    };
    if subject.is_none() && object.is_none() {
        return None;
    }
    Some(Quad::new(
        subject.unwrap_or_else(|| quad.subject.clone()),
        quad.predicate.clone(),
        object.unwrap_or_else(|| quad.object.clone()),
        quad.graph_name.clone(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_follow_their_entity_or_go() {
        let minter = Minter::new("http://example.org/");
        let n = |p: &str| minter.node(p);
        let global: BTreeMap<NamedNode, BTreeSet<NamedNode>> = [
            (n("person/a"), BTreeSet::from([n("person/b")])),
            (
                n("person/c"),
                BTreeSet::from([n("person/d"), n("person/e")]),
            ),
            (n("person/f"), BTreeSet::from([n("person/f")])),
        ]
        .into();
        let fates = fates(&global, &minter);
        let graph = GraphName::NamedNode(minter.links_graph());
        let quad = |s: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, o: &NamedNode| {
            Quad::new(s.clone(), p.into_owned(), o.clone(), graph.clone())
        };
        let q = n("q1");
        let renamed = |quad: &Quad| match follow(quad, &fates) {
            Followed::Renamed(q) => Some(q.to_string()),
            Followed::Same => Some("same".into()),
            Followed::Dropped => None,
        };
        assert_eq!(
            renamed(&quad(&n("person/a"), owl::SAME_AS, &q)),
            Some(quad(&n("person/b"), owl::SAME_AS, &q).to_string())
        );
        let statement = minter.link(&n("person/a"));
        assert_eq!(
            renamed(&quad(&statement, rdf::SUBJECT, &n("person/a"))),
            Some(quad(&minter.link(&n("person/b")), rdf::SUBJECT, &n("person/b")).to_string())
        );
        assert_eq!(renamed(&quad(&n("person/c"), owl::SAME_AS, &q)), None);
        assert_eq!(
            renamed(&quad(&minter.link(&n("person/c")), rdf::OBJECT, &q)),
            None
        );
        assert_eq!(
            renamed(&quad(&n("person/f"), owl::SAME_AS, &q)),
            Some("same".into())
        );
    }
}
