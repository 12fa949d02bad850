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
//! Last, the entities graph ([`describe`]) gets one description of each entity and event the
//! renames or the new articles touched (of every one, for `newsgraph resolve`).
//!
//! The decision is a function of the set of units, which are read from what the articles
//! said, not from the IRIs they currently carry: the same articles ingested in any order give
//! the same graph.

pub mod describe;
mod entities;
mod events;
mod key;
mod names;
pub mod summary;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

pub use key::name_key;
pub use names::{same_person, Name};

use crate::extract::EventKind;
use crate::lang::{WordMap, WordSet};
use crate::rdf::Minter;
use crate::reference::{EntityClass, Reference};
use crate::store::{GraphStore, StoreError};
use crate::timing;
use crate::vocab::ng;
use entities::{Anchor, EntityUnit};
use events::EventUnit;
use summary::GraphUnits;

/// What a resolution changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Entities and events named by more than one article.
    pub shared_entities: usize,
    pub shared_events: usize,
    /// Graphs in which some IRI was renamed.
    pub rewritten: usize,
    /// Entities and events whose description in the entities graph changed.
    pub described: usize,
}

/// Which descriptions of the entities graph a resolution rewrites.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Every entity and event of the store (`newsgraph resolve`).
    Store,
    /// After an ingest: those the written article graphs name, those renamed, and those the
    /// replaced versions of re-ingested articles named (read before they were replaced).
    Articles {
        written: &'a [NamedNode],
        replaced: &'a BTreeSet<NamedNode>,
    },
}

/// The quad that says articles went into the store that resolution has not seen yet: written
/// before an ingest writes its first article, removed by the resolution that follows. A run
/// killed in between, or `ingest --no-resolve`, leaves it.
fn pending_marker(minter: &Minter) -> Quad {
    let graph = minter.entities_graph();
    Quad::new(
        graph.clone(),
        ng::RESOLUTION_PENDING,
        Literal::from(true),
        GraphName::NamedNode(graph),
    )
}

/// Whether the store holds articles that no resolution has seen.
pub fn is_pending(store: &GraphStore, minter: &Minter) -> Result<bool, StoreError> {
    store.contains(&pending_marker(minter))
}

/// Marks the store as holding articles that resolution has not seen yet.
pub fn mark_pending(store: &GraphStore, minter: &Minter) -> Result<(), StoreError> {
    store.apply(&[], &[pending_marker(minter)])
}

/// Takes the mark back, when an ingest wrote nothing after all.
pub fn unmark_pending(store: &GraphStore, minter: &Minter) -> Result<(), StoreError> {
    store.apply(&[pending_marker(minter)], &[])
}

/// Resolves the whole store, renames what changed, then describes what `scope` covers; the
/// store is then resolved (its pending mark goes).
pub fn resolve_store(
    store: &GraphStore,
    reference: &Reference,
    minter: &Minter,
    scope: Scope<'_>,
) -> Result<Summary, StoreError> {
    let clock = std::time::Instant::now();
    let (mut summary, renamed) = rename_store(store, reference, minter)?;
    timing(format_args!("resolve: renamed in {:.2?}", clock.elapsed()));
    let clock = std::time::Instant::now();
    let describer = describe::Describer::new(store, minter, &reference.graph);
    let iris = match scope {
        Scope::Store => describer.everything()?,
        Scope::Articles { written, replaced } => {
            // The graphs where a name changed: their events may list a renamed participant.
            let mut graphs = renamed.graphs;
            graphs.extend(written.iter().cloned());
            let graphs: Vec<NamedNode> = graphs.into_iter().collect();
            let mut iris = describe::named_in(store, &graphs)?;
            iris.extend(renamed.iris);
            iris.extend(replaced.iter().cloned());
            iris
        }
    };
    summary.described = describer.rewrite(&iris)?.changed;
    timing(format_args!(
        "resolve: {} descriptions read, {} rewritten in {:.2?}",
        iris.len(),
        summary.described,
        clock.elapsed()
    ));
    unmark_pending(store, minter)?;
    Ok(summary)
}

/// What a rename pass changed.
struct Renamed {
    /// Every IRI renamed, from or to.
    iris: BTreeSet<NamedNode>,
    /// The article graphs rewritten.
    graphs: BTreeSet<NamedNode>,
}

/// Resolves the whole store and renames what changed, in one transaction.
fn rename_store(
    store: &GraphStore,
    reference: &Reference,
    minter: &Minter,
) -> Result<(Summary, Renamed), StoreError> {
    let clock = std::time::Instant::now();
    let (units, mut missing) = Units::load(store, reference)?;
    let loaded = clock.elapsed();
    let renames = units.resolve(reference, minter);
    timing(format_args!(
        "resolve: {} units of {} articles read in {loaded:.2?}, clustered in {:.2?}",
        units.entities.len() + units.events.len(),
        units.graphs.len(),
        clock.elapsed() - loaded
    ));
    // Only the quads that name a renamed IRI change: they are removed and written anew, and
    // the graph's summary is written again from its renamed quads.
    let (mut remove, mut insert) = (Vec::new(), Vec::new());
    let mut rewritten = 0;
    for (g, map) in renames.by_graph.iter().enumerate() {
        if map.is_empty() {
            continue;
        }
        rewritten += 1;
        let article = &units.graphs[g];
        let mut after = Vec::new();
        for quad in store.graph_quads(article.as_ref())? {
            if quad.predicate.as_ref() == ng::RESOLUTION_UNITS {
                remove.push(quad);
            } else if let Some(renamed) = rename(&quad, map) {
                remove.push(quad);
                after.push(renamed.clone());
                insert.push(renamed);
            } else {
                after.push(quad);
            }
        }
        missing.remove(&g);
        insert.push(summary::of_quads(&after, article).quad(article));
    }
    // Graphs read from their quads get their summary, so the next resolution reads it; one
    // of an older version goes.
    for (g, read) in &missing {
        let article = &units.graphs[*g];
        remove.extend(store.quads_matching(
            Some(article.as_ref()),
            Some(ng::RESOLUTION_UNITS),
            None,
            Some(article.as_ref()),
        )?);
        insert.push(read.quad(article));
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
    let renamed = Renamed {
        iris: renames
            .by_graph
            .iter()
            .flat_map(|map| map.iter().flat_map(|(old, new)| [old, new]))
            .map(|iri| NamedNode::new_unchecked(iri.to_string()))
            .collect(),
        graphs: renames
            .by_graph
            .iter()
            .zip(&units.graphs)
            .filter(|(map, _)| !map.is_empty())
            .map(|(_, graph)| graph.clone())
            .collect(),
    };
    let summary = Summary {
        shared_entities: renames.shared_entities,
        shared_events: renames.shared_events,
        rewritten,
        described: 0,
    };
    Ok((summary, renamed))
}

/// An IRI or a label as resolution holds it: one allocation shared by every unit that names
/// it (an archive's million units name a few hundred thousand distinct strings).
pub(crate) type Iri = Arc<str>;

/// Gives each distinct string one shared allocation.
#[derive(Default)]
struct Interner(WordSet<Arc<str>>);

impl Interner {
    fn get(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(text);
        self.0.insert(shared.clone());
        shared
    }
}

/// Every unit of the store's article graphs.
struct Units {
    /// Article graphs, sorted: a unit's `graph` indexes this.
    graphs: Vec<NamedNode>,
    entities: Vec<EntityUnit>,
    events: Vec<EventUnit>,
    /// `(graph, holder, role)` for every `ng:holdsRole`.
    roles: Vec<(usize, Iri, Iri)>,
}

/// Per graph (index as in [`Units::graphs`]), the IRIs to rename.
struct Renames {
    by_graph: Vec<BTreeMap<Iri, Iri>>,
    /// Every entity IRI of the article graphs and the IRIs its units now have.
    global: WordMap<Iri, BTreeSet<Iri>>,
    shared_entities: usize,
    shared_events: usize,
}

impl Units {
    /// The units of every article graph, from the summaries the graphs carry ([`summary`]);
    /// also the graphs that carry none yet (a store written before summaries existed), whose
    /// units are read from their quads.
    fn load(
        store: &GraphStore,
        reference: &Reference,
    ) -> Result<(Self, BTreeMap<usize, GraphUnits>), StoreError> {
        let reference_labels: BTreeMap<(EntityClass, &str), &NamedNode> = reference
            .entities
            .iter()
            .map(|e| ((e.class, e.label.as_str()), &e.iri))
            .collect();
        let mut units = Units {
            graphs: Vec::new(),
            entities: Vec::new(),
            events: Vec::new(),
            roles: Vec::new(),
        };
        let mut strings = Interner::default();
        // Each summary becomes units as its row comes (through SPARQL, which decodes only the
        // two terms asked for; a quad read decodes four): the JSON of an archive is never held.
        // Graphs are numbered as they come, then renumbered in IRI order below.
        let query = format!(
            "SELECT ?g ?units WHERE {{ GRAPH ?g {{ ?g <{}> ?units }} }}",
            ng::RESOLUTION_UNITS.as_str()
        );
        store.for_each_row(&query, crate::vocab::DEFAULT_BASE, |row| {
            if let [Some(Term::NamedNode(g)), Some(Term::Literal(json))] = row {
                // One this version cannot read is read from the quads below.
                if let Ok(read) = GraphUnits::from_json(json.value()) {
                    units.add(units.graphs.len(), read, &reference_labels, &mut strings);
                    units.graphs.push(g.clone());
                }
            }
            Ok(())
        })?;
        // Every article carries its summary unless the store was written by an older version;
        // counting the articles (on encoded terms) tells, without decoding them.
        let articles = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?a a ng:Article } }";
        let counted = store.count(articles, crate::vocab::DEFAULT_BASE)?;
        let mut missing = BTreeMap::new();
        if counted != units.graphs.len() {
            let summarised: BTreeSet<NamedNode> = units.graphs.iter().cloned().collect();
            let mut unsummarised: Vec<NamedNode> = store
                .quads_matching(None, Some(rdf::TYPE), Some(ng::ARTICLE), None)?
                .into_iter()
                .filter_map(|quad| match (quad.subject, quad.graph_name) {
                    (NamedOrBlankNode::NamedNode(s), GraphName::NamedNode(g)) if s == g => Some(g),
                    _ => None,
                })
                .filter(|g| !summarised.contains(g))
                .collect();
            unsummarised.sort();
            unsummarised.dedup();
            // No summary yet, or one this version cannot read: from the quads, written back.
            for article in unsummarised {
                let read = summary::of_quads(&store.graph_quads(article.as_ref())?, &article);
                missing.insert(units.graphs.len(), read.clone());
                units.add(units.graphs.len(), read, &reference_labels, &mut strings);
                units.graphs.push(article);
            }
        }
        let renumbered = units.sort_graphs();
        let missing = missing
            .into_iter()
            .map(|(g, read)| (renumbered[g], read))
            .collect();
        Ok((units, missing))
    }

    /// Puts the graphs in IRI order, and the units in the order of their graphs (each graph's
    /// in its summary's order), so the decision never depends on the order rows came in.
    /// Returns the new number of each old one.
    fn sort_graphs(&mut self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.graphs.len()).collect();
        order.sort_by(|&a, &b| self.graphs[a].cmp(&self.graphs[b]));
        let mut renumbered = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            renumbered[old] = new;
        }
        self.graphs = order.iter().map(|&old| self.graphs[old].clone()).collect();
        for unit in &mut self.entities {
            unit.graph = renumbered[unit.graph];
        }
        for unit in &mut self.events {
            unit.graph = renumbered[unit.graph];
        }
        for (graph, _, _) in &mut self.roles {
            *graph = renumbered[*graph];
        }
        self.entities.sort_by_key(|unit| unit.graph);
        self.events.sort_by_key(|unit| unit.graph);
        self.roles.sort_by_key(|(graph, _, _)| *graph);
        renumbered
    }

    /// The units of one article graph, anchored where the reference data or GeoNames says.
    fn add(
        &mut self,
        graph: usize,
        read: GraphUnits,
        reference_labels: &BTreeMap<(EntityClass, &str), &NamedNode>,
        strings: &mut Interner,
    ) {
        for entity in read.entities {
            let Some(class) = EntityClass::from_name(&entity.class) else {
                continue;
            };
            let iri = strings.get(&entity.iri);
            let mut label = entity.label;
            // Anchored by the extractor: it gave the reference entity (whose label the article's
            // graph then carries, whatever IRI an earlier resolution gave it), or tied the place
            // to GeoNames.
            let mut anchor = reference_labels
                .get(&(class, label.as_str()))
                .map(|anchor| strings.get(anchor.as_str()));
            if entity.geonames {
                anchor = Some(iri.clone());
            }
            // A known person the article names only by surname ("Kushner") is a surname alone
            // like any other: it needs a single candidate.
            if anchor.is_some() && class == EntityClass::Person {
                if let Some(surname) = entity.surname {
                    anchor = None;
                    label = surname;
                }
            }
            self.entities.push(EntityUnit {
                graph,
                iri,
                class,
                label: strings.get(&label),
                names: entity
                    .names
                    .iter()
                    .filter(|name| names::names_elsewhere(name))
                    .map(|name| strings.get(name))
                    .collect(),
                anchor,
                roles: entity.roles.iter().map(|r| strings.get(r)).collect(),
            });
        }
        for event in read.events {
            let kind = match event.kind.as_str() {
                "meeting" => EventKind::Meeting,
                "call" => EventKind::Call,
                _ => continue,
            };
            self.events.push(EventUnit {
                graph,
                iri: strings.get(&event.iri),
                kind,
                date: event.date,
                participants: event.participants.iter().map(|p| strings.get(p)).collect(),
                place: event.place.map(|p| strings.get(&p)),
                region: None,
            });
        }
        for (holder, role) in read.roles {
            self.roles
                .push((graph, strings.get(&holder), strings.get(&role)));
        }
    }

    fn resolve(&self, reference: &Reference, minter: &Minter) -> Renames {
        let mut anchors: Vec<Anchor> = reference
            .entities
            .iter()
            .map(|e| Anchor {
                iri: e.iri.clone(),
                class: e.class,
                names: e.names.clone(),
                aliases: Vec::new(),
            })
            .collect();
        let known: BTreeSet<&str> = anchors.iter().map(|a| a.iri.as_str()).collect();
        let mut places: BTreeMap<&Iri, BTreeSet<&str>> = BTreeMap::new();
        for unit in &self.entities {
            if let Some(anchor) = unit.anchor.as_ref().filter(|a| !known.contains(&***a)) {
                places.entry(anchor).or_default().insert(&unit.label);
            }
        }
        // A city GeoNames identifies goes by every name the cities table gives it, so that a
        // spelling no table holds ("Oulaanbaatar") joins it by one of them.
        let lexicon = crate::lang::Language::French.lexicon();
        for (iri, names) in places {
            let aliases = minter
                .geonames_id(iri)
                .map_or(&[][..], |id| lexicon.city_names(id))
                .to_vec();
            anchors.push(Anchor {
                iri: NamedNode::new_unchecked(iri.to_string()),
                class: EntityClass::Place,
                names: names.into_iter().map(str::to_owned).collect(),
                aliases,
            });
        }

        let mut by_graph = vec![BTreeMap::new(); self.graphs.len()];
        let entity_iris = entities::resolve(&self.entities, &anchors, minter);
        let mut global: WordMap<Iri, BTreeSet<Iri>> = WordMap::default();
        for (unit, iri) in self.entities.iter().zip(&entity_iris) {
            global
                .entry(unit.iri.clone())
                .or_default()
                .insert(iri.clone());
            if *iri != unit.iri {
                by_graph[unit.graph].insert(unit.iri.clone(), iri.clone());
            }
        }
        // Events are compared with their participants' and place's resolved IRIs, and the
        // country their place lies in.
        let countries = countries_of_places(&self.entities, &entity_iris);
        let renamed = |graph: usize, iri: &Iri| -> Iri {
            by_graph[graph]
                .get(iri)
                .cloned()
                .unwrap_or_else(|| iri.clone())
        };
        let events: Vec<EventUnit> = self
            .events
            .iter()
            .map(|e| {
                let place = e.place.as_ref().map(|p| renamed(e.graph, p));
                EventUnit {
                    participants: e.participants.iter().map(|p| renamed(e.graph, p)).collect(),
                    region: place.as_ref().and_then(|p| countries.get(p)).cloned(),
                    place,
                    ..e.clone()
                }
            })
            .collect();
        let event_iris = events::resolve(&events, minter);
        for (graph, holder, role) in &self.roles {
            if let Some(moved) = by_graph[*graph].get(holder).and_then(|person| {
                minter.role_moved_to(
                    &NamedNode::new_unchecked(role.to_string()),
                    &NamedNode::new_unchecked(person.to_string()),
                )
            }) {
                by_graph[*graph].insert(role.clone(), Iri::from(moved.as_str()));
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

/// The country each place the articles name lies in (a city by its GeoNames id, a region by
/// its name), as the resolved IRI of that country where an article names it too: resolved
/// place → resolved country.
fn countries_of_places(units: &[EntityUnit], iris: &[Iri]) -> BTreeMap<Iri, Iri> {
    let lexicon = crate::lang::Language::French.lexicon();
    let mut seen: BTreeSet<(&Iri, &str)> = BTreeSet::new();
    let mut countries: BTreeMap<&str, &Iri> = BTreeMap::new();
    let mut lies_in: Vec<(&Iri, &str)> = Vec::new();
    for (unit, iri) in units.iter().zip(iris) {
        if unit.class != EntityClass::Place || !seen.insert((iri, &unit.label)) {
            continue;
        }
        let Some(place) = lexicon.place(&unit.label) else {
            continue;
        };
        if place.country {
            countries.entry(place.label.as_str()).or_insert(iri);
        } else if let Some((country, _)) =
            lexicon.country_of(place.geonames.as_deref(), &unit.label)
        {
            lies_in.push((iri, country));
        }
    }
    lies_in
        .into_iter()
        .filter_map(|(place, country)| {
            let country = countries.get(country)?;
            (*country != place).then(|| (place.clone(), (*country).clone()))
        })
        .collect()
}

/// How many IRIs more than one unit (so more than one article) carries.
fn shared(iris: &[Iri]) -> usize {
    let mut counts: WordMap<&str, usize> = WordMap::default();
    for iri in iris {
        *counts.entry(&**iri).or_default() += 1;
    }
    counts.values().filter(|&&c| c > 1).count()
}

/// What became of an IRI of the links graph.
enum Fate {
    Moved(NamedNode),
    /// Its units now have several IRIs: nobody knows which one the link was for.
    Split,
}

/// The fate of every entity IRI that changed, and of the statement reifying its link.
fn fates(global: &WordMap<Iri, BTreeSet<Iri>>, minter: &Minter) -> BTreeMap<NamedNode, Fate> {
    let node = |iri: &Iri| NamedNode::new_unchecked(iri.to_string());
    let mut fates = BTreeMap::new();
    for (old, new) in global {
        let fate = match new.iter().collect::<Vec<_>>()[..] {
            [one] if one == old => continue,
            [one] => (Fate::Moved(node(one)), Fate::Moved(minter.link(&node(one)))),
            _ => (Fate::Split, Fate::Split),
        };
        let old = node(old);
        fates.insert(minter.link(&old), fate.1);
        fates.insert(old, fate.0);
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
fn rename(quad: &Quad, map: &BTreeMap<Iri, Iri>) -> Option<Quad> {
    let renamed = |n: &NamedNode| {
        map.get(n.as_str())
            .map(|new| NamedNode::new_unchecked(new.to_string()))
    };
    let subject = match &quad.subject {
        NamedOrBlankNode::NamedNode(n) => renamed(n).map(NamedOrBlankNode::NamedNode),
        _ => None,
    };
    let object = match &quad.object {
        Term::NamedNode(n) => renamed(n).map(Term::NamedNode),
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
    use crate::vocab::owl;

    #[test]
    fn a_city_lies_in_the_country_an_article_names() {
        let place = |graph: usize, label: &str| EntityUnit {
            graph,
            iri: Iri::from(format!("http://example.org/place/{graph}")),
            class: EntityClass::Place,
            label: Arc::from(label),
            names: Vec::new(),
            anchor: None,
            roles: Vec::new(),
        };
        let units = [
            place(0, "Abou Dhabi"),
            place(1, "Émirats arabes unis"),
            place(2, "Berlin"),
            place(3, "Ankara"),
            place(4, "Turquie"),
        ];
        let iris: Vec<Iri> = units.iter().map(|u| u.iri.clone()).collect();
        let countries = countries_of_places(&units, &iris);
        assert_eq!(countries.get(&iris[0]), Some(&iris[1]));
        assert_eq!(countries.get(&iris[3]), Some(&iris[4]));
        // Germany is named by no article.
        assert_eq!(countries.get(&iris[2]), None);
        assert_eq!(countries.len(), 2);
    }

    #[test]
    fn links_follow_their_entity_or_go() {
        let minter = Minter::new("http://example.org/");
        let n = |p: &str| minter.node(p);
        let i = |p: &str| Iri::from(n(p).as_str());
        let global: WordMap<Iri, BTreeSet<Iri>> = [
            (i("person/a"), BTreeSet::from([i("person/b")])),
            (
                i("person/c"),
                BTreeSet::from([i("person/d"), i("person/e")]),
            ),
            (i("person/f"), BTreeSet::from([i("person/f")])),
        ]
        .into_iter()
        .collect();
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
