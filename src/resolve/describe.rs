//! The entities graph: one description of each entity and event for the whole store.
//!
//! Every article graph restates the type and label of each entity it names, and the facts of
//! each meeting it reports, so a question over the union of graphs gets one row per article
//! that says a thing. Resolution therefore keeps, in `<base>graph/entities`, one description
//! per resolved IRI, read in one hop:
//!
//! - a person, place or organization: its class, one `skos:prefLabel` per language (the
//!   reference data's label in that language, else the first in alphabetical order of the
//!   labels the articles give it), every other name as `skos:altLabel`, its `owl:sameAs` links
//!   (reference data, GeoNames, `newsgraph link`), its coordinates, and `ng:articleCount`, the
//!   number of articles that mention it;
//! - a meeting or call: its class, the consolidated date (the latest, most precise one that
//!   any report gives: `"2025-08-15"` after `"2025-08"`), every place, duration and participant
//!   any report names, the status (`ng:Occurred` as soon as one report says it took place,
//!   else `ng:Planned`), a label, and `ng:articleCount`, the number of articles reporting it.
//!
//! The articles behind each value stay in their graphs: `GRAPH ?a { <event> ng:date ?d }`.
//! [`description`] is pure; [`Describer`] reads what it needs for one IRI from the store.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::rdf::Minter;
use crate::store::{GraphStore, StoreError};
use crate::vocab::{geo, ng, owl, skos};

/// Where a statement about an IRI comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The bundled reference data.
    Reference,
    /// The links `newsgraph link` found.
    Links,
    /// Articles' graphs.
    Article,
}

/// Everything the store says about one IRI that its description needs.
#[derive(Debug, Clone, Default)]
pub struct Said {
    /// `(source, predicate, object, how many graphs of that source state it)` for each
    /// distinct statement whose subject is the IRI.
    pub statements: Vec<(Source, NamedNode, Term, usize)>,
    /// How many articles mention it (`ng:mentions`).
    pub mentions: usize,
}

/// The properties a description is made from.
const PREDICATES: [oxigraph::model::NamedNodeRef<'static>; 11] = [
    rdf::TYPE,
    rdfs::LABEL,
    skos::ALT_LABEL,
    owl::SAME_AS,
    geo::LAT,
    geo::LONG,
    ng::DATE,
    ng::STATUS,
    ng::LOCATION,
    ng::PARTICIPANT,
    ng::DURATION,
];

/// The classes a description is written for.
const ENTITY_CLASSES: [oxigraph::model::NamedNodeRef<'static>; 3] =
    [ng::PERSON, ng::PLACE, ng::ORGANIZATION];
const EVENT_CLASSES: [oxigraph::model::NamedNodeRef<'static>; 2] = [ng::MEETING, ng::CALL];

/// Whether a class gets a description in the entities graph.
pub fn is_described(class: &NamedNode) -> bool {
    ENTITY_CLASSES
        .iter()
        .chain(&EVENT_CLASSES)
        .any(|c| *c == class.as_ref())
}

/// The description of `iri` in `graph`, sorted; empty when no article types it (it is gone).
pub fn description(iri: &NamedNode, said: &Said, graph: &NamedNode) -> Vec<Quad> {
    let from_articles = |p: oxigraph::model::NamedNodeRef<'static>| {
        said.statements
            .iter()
            .filter(move |(s, q, _, _)| *s == Source::Article && q.as_ref() == p)
            .map(|(_, _, o, n)| (*n, o))
    };
    let classes: BTreeSet<&NamedNode> = from_articles(rdf::TYPE)
        .filter_map(|(_, o)| match o {
            Term::NamedNode(c) if is_described(c) => Some(c),
            _ => None,
        })
        .collect();
    if classes.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut add = |p: oxigraph::model::NamedNodeRef<'_>, o: Term| {
        out.push(Quad::new(
            NamedOrBlankNode::NamedNode(iri.clone()),
            p.into_owned(),
            o,
            GraphName::NamedNode(graph.clone()),
        ));
    };
    for class in &classes {
        add(rdf::TYPE, Term::NamedNode((*class).clone()));
    }
    let event = classes
        .iter()
        .any(|c| EVENT_CLASSES.iter().any(|e| *e == c.as_ref()));
    // Distinct objects, in the order of their N-Triples form.
    let objects = |p: oxigraph::model::NamedNodeRef<'_>| -> Vec<Term> {
        let mut objects: BTreeMap<String, Term> = BTreeMap::new();
        for (_, q, o, _) in &said.statements {
            if q.as_ref() == p {
                objects.entry(o.to_string()).or_insert_with(|| o.clone());
            }
        }
        objects.into_values().collect()
    };
    if event {
        // The graphs typing it: each states its class once.
        let articles = from_articles(rdf::TYPE)
            .filter(|(_, o)| matches!(o, Term::NamedNode(c) if is_described(c)))
            .map(|(n, _)| n)
            .max()
            .unwrap_or(0);
        add(ng::ARTICLE_COUNT, Literal::from(articles as i64).into());
        // The latest, most precise date: "2025-08-15" sorts after "2025-08".
        if let Some(date) = from_articles(ng::DATE)
            .filter_map(|(_, o)| match o {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .max_by(|a, b| a.value().cmp(b.value()))
        {
            add(ng::DATE, date.clone().into());
        }
        let statuses: Vec<&Term> = from_articles(ng::STATUS).map(|(_, o)| o).collect();
        let occurred = Term::NamedNode(ng::OCCURRED.into_owned());
        let planned = Term::NamedNode(ng::PLANNED.into_owned());
        if statuses.contains(&&occurred) {
            add(ng::STATUS, occurred);
        } else if statuses.contains(&&planned) {
            add(ng::STATUS, planned);
        }
        for p in [ng::LOCATION, ng::PARTICIPANT, ng::DURATION] {
            for o in objects(p) {
                add(p, o);
            }
        }
        // The report's own label ("Rencontre · 2025-08-15 · Anchorage"): the fullest one.
        if let Some(label) = from_articles(rdfs::LABEL)
            .filter_map(|(_, o)| match o {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .max_by(|a, b| {
                (a.value().len(), std::cmp::Reverse(a.value()))
                    .cmp(&(b.value().len(), std::cmp::Reverse(b.value())))
            })
        {
            add(skos::PREF_LABEL, label.clone().into());
        }
        out.sort_by_cached_key(|q| q.to_string());
        out.dedup();
        return out;
    }

    add(
        ng::ARTICLE_COUNT,
        Literal::from(said.mentions as i64).into(),
    );
    // One preferred label per language: the reference data's, else the first article label.
    let mut preferred: BTreeMap<String, Literal> = BTreeMap::new();
    let mut names: BTreeMap<(String, String), Literal> = BTreeMap::new();
    let mut by_source = |reference: bool| {
        let mut labels: Vec<&Literal> = said
            .statements
            .iter()
            .filter(|(s, p, _, _)| {
                (*s == Source::Reference) == reference && p.as_ref() == rdfs::LABEL
            })
            .filter_map(|(_, _, o, _)| match o {
                Term::Literal(l) => Some(l),
                _ => None,
            })
            .collect();
        labels.sort_by(|a, b| a.value().cmp(b.value()));
        for label in labels {
            let lang = label.language().unwrap_or_default().to_owned();
            preferred.entry(lang).or_insert_with(|| label.clone());
        }
    };
    by_source(true);
    by_source(false);
    for (_, p, o, _) in &said.statements {
        if let (Term::Literal(l), true) = (
            o,
            p.as_ref() == rdfs::LABEL || p.as_ref() == skos::ALT_LABEL,
        ) {
            let key = (
                l.value().to_owned(),
                l.language().unwrap_or_default().to_owned(),
            );
            names.entry(key).or_insert_with(|| l.clone());
        }
    }
    let preferred_names: HashSet<&str> = preferred.values().map(|l| l.value()).collect();
    let mut alternatives: Vec<Literal> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for ((value, _), literal) in &names {
        // A name written the same in several languages (or none) is one alternative.
        if !preferred_names.contains(value.as_str()) && seen.insert(value) {
            alternatives.push(literal.clone());
        }
    }
    for label in preferred.into_values() {
        add(skos::PREF_LABEL, label.into());
    }
    for label in alternatives {
        add(skos::ALT_LABEL, label.into());
    }
    for link in objects(owl::SAME_AS) {
        add(owl::SAME_AS, link);
    }
    // Coordinates: the reference data's, else the first an article gives.
    for p in [geo::LAT, geo::LONG] {
        let mut values: Vec<(Source, &Term)> = said
            .statements
            .iter()
            .filter(|(_, q, _, _)| q.as_ref() == p)
            .map(|(s, _, o, _)| (*s, o))
            .collect();
        values.sort_by_key(|(s, o)| (*s != Source::Reference, o.to_string()));
        if let Some((_, value)) = values.first() {
            add(p, (*value).clone());
        }
    }
    out.sort_by_cached_key(|q| q.to_string());
    out.dedup();
    out
}

/// Reads from the store what the description of an IRI needs, and writes descriptions.
pub struct Describer<'a> {
    store: &'a GraphStore,
    minter: &'a Minter,
    graph: NamedNode,
    reference: NamedNode,
    links: NamedNode,
}

/// What a rewrite of descriptions changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rewritten {
    /// IRIs whose description changed, appeared or went.
    pub changed: usize,
    pub described: usize,
}

/// Quads written per transaction when many descriptions change (the entities graph is derived
/// data: a run killed between two chunks leaves some descriptions stale until the next
/// `newsgraph resolve`, never an article half-written). A transaction holds about 1.8 KB per
/// quad until it commits (every index of the quad, and its strings), so this bounds the memory
/// of a resolve that describes a whole archive to some 20 MB.
const CHUNK: usize = 10_000;

impl<'a> Describer<'a> {
    pub fn new(store: &'a GraphStore, minter: &'a Minter, reference: &NamedNode) -> Self {
        Describer {
            store,
            minter,
            graph: minter.entities_graph(),
            reference: reference.clone(),
            links: minter.links_graph(),
        }
    }

    /// What the store says about `iri`: each distinct statement once per kind of graph that
    /// states it, counted inside SPARQL on encoded terms, so that a place named by thousands
    /// of articles costs one decoded row per distinct statement, not one per article.
    fn said(&self, iri: &NamedNode) -> Result<Said, StoreError> {
        let query = format!(
            "SELECT ?p ?o ?from (COUNT(*) AS ?n) WHERE {{
               GRAPH ?g {{ <{iri}> ?p ?o }}
               VALUES ?p {{ {predicates} }}
               FILTER(?g != <{graph}>)
               BIND(IF(?g = <{reference}>, 'reference', IF(?g = <{links}>, 'links', 'article')) AS ?from)
             }} GROUP BY ?p ?o ?from",
            iri = iri.as_str(),
            predicates = PREDICATES
                .iter()
                .map(|p| format!("<{}>", p.as_str()))
                .collect::<Vec<_>>()
                .join(" "),
            graph = self.graph.as_str(),
            reference = self.reference.as_str(),
            links = self.links.as_str(),
        );
        let mut said = Said::default();
        for row in self.store.select_rows(&query, self.minter.base())? {
            let [Some(Term::NamedNode(p)), Some(o), Some(Term::Literal(from)), n] = &row[..] else {
                continue;
            };
            let source = match from.value() {
                "reference" => Source::Reference,
                "links" => Source::Links,
                _ => Source::Article,
            };
            let n = match n {
                Some(Term::Literal(n)) => n.value().parse().unwrap_or(1),
                _ => 1,
            };
            said.statements.push((source, p.clone(), o.clone(), n));
        }
        let is_entity = said.statements.iter().any(|(source, p, o, _)| {
            *source == Source::Article
                && p.as_ref() == rdf::TYPE
                && matches!(o, Term::NamedNode(c) if ENTITY_CLASSES.iter().any(|e| *e == c.as_ref()))
        });
        if is_entity {
            let count = format!(
                "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?a {{ ?a <{}> <{}> }} }}",
                ng::MENTIONS.as_str(),
                iri.as_str()
            );
            said.mentions = self.store.count(&count, self.minter.base())?;
        }
        Ok(said)
    }

    /// Every IRI some article types as a person, place, organization, meeting or call, and
    /// every IRI the entities graph describes now.
    pub fn everything(&self) -> Result<BTreeSet<NamedNode>, StoreError> {
        let mut iris = BTreeSet::new();
        for class in ENTITY_CLASSES.iter().chain(&EVENT_CLASSES) {
            for quad in self
                .store
                .quads_matching(None, Some(rdf::TYPE), Some(*class), None)?
            {
                if let NamedOrBlankNode::NamedNode(s) = quad.subject {
                    iris.insert(s);
                }
            }
        }
        for quad in
            self.store
                .quads_matching(None, Some(rdf::TYPE), None, Some(self.graph.as_ref()))?
        {
            if let NamedOrBlankNode::NamedNode(s) = quad.subject {
                iris.insert(s);
            }
        }
        Ok(iris)
    }

    /// Rewrites the descriptions of `iris` where they changed.
    pub fn rewrite(&self, iris: &BTreeSet<NamedNode>) -> Result<Rewritten, StoreError> {
        use rayon::prelude::*;
        let mut done = Rewritten::default();
        let (mut remove, mut insert) = (Vec::new(), Vec::new());
        let iris: Vec<&NamedNode> = iris.iter().collect();
        // Each description is read on its own (the store serves readers on every core); the
        // differences are gathered in IRI order, so the writes do not depend on the threads.
        for chunk in iris.chunks(1024) {
            let read: Vec<(Vec<Quad>, Vec<Quad>)> = chunk
                .par_iter()
                .map(|iri| -> Result<_, StoreError> {
                    let new = description(iri, &self.said(iri)?, &self.graph);
                    let old = self.store.quads_matching(
                        Some(iri.as_ref()),
                        None,
                        None,
                        Some(self.graph.as_ref()),
                    )?;
                    Ok((new, old))
                })
                .collect::<Result<_, _>>()?;
            for (new, old) in read {
                done.described += usize::from(!new.is_empty());
                let old_set: HashSet<&Quad> = old.iter().collect();
                let new_set: HashSet<&Quad> = new.iter().collect();
                let before = remove.len() + insert.len();
                remove.extend(old.iter().filter(|q| !new_set.contains(q)).cloned());
                insert.extend(new.iter().filter(|q| !old_set.contains(q)).cloned());
                done.changed += usize::from(remove.len() + insert.len() > before);
            }
            if remove.len() + insert.len() >= CHUNK {
                self.store.apply(&remove, &insert)?;
                remove.clear();
                insert.clear();
            }
        }
        self.store.apply(&remove, &insert)?;
        Ok(done)
    }
}

/// The IRIs some article graphs type as a person, place, organization, meeting or call: what
/// their descriptions depend on. Read before an article is replaced, so that what it no longer
/// names is described again.
pub fn named_in(
    store: &GraphStore,
    articles: &[NamedNode],
) -> Result<BTreeSet<NamedNode>, StoreError> {
    let mut iris = BTreeSet::new();
    for article in articles {
        for quad in store.quads_matching(None, Some(rdf::TYPE), None, Some(article.as_ref()))? {
            if let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(c)) =
                (quad.subject, quad.object)
            {
                if is_described(&c) {
                    iris.insert(s);
                }
            }
        }
    }
    Ok(iris)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(s: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://example.org/{s}"))
    }

    fn fr(s: &str) -> Term {
        Literal::new_language_tagged_literal_unchecked(s, "fr").into()
    }

    fn stated(
        p: oxigraph::model::NamedNodeRef<'_>,
        o: Term,
        n: usize,
    ) -> (Source, NamedNode, Term, usize) {
        (Source::Article, p.into_owned(), o, n)
    }

    fn lines(quads: &[Quad]) -> Vec<String> {
        quads
            .iter()
            .map(|q| format!("{} {}", q.predicate, q.object))
            .collect()
    }

    #[test]
    fn an_entity_gets_one_label_per_language_and_its_count() {
        let said = Said {
            statements: vec![
                stated(rdf::TYPE, ng::PERSON.into_owned().into(), 2),
                stated(rdfs::LABEL, fr("Steve Witkoff"), 1),
                stated(rdfs::LABEL, fr("Steven Witkoff"), 1),
                stated(
                    skos::ALT_LABEL,
                    Literal::new_simple_literal("M. Witkoff").into(),
                    1,
                ),
                (
                    Source::Reference,
                    rdfs::LABEL.into_owned(),
                    Literal::new_language_tagged_literal_unchecked("Steve Witkoff", "en").into(),
                    1,
                ),
            ],
            mentions: 2,
        };
        let quads = description(&node("p"), &said, &node("g"));
        assert_eq!(
            lines(&quads),
            [
                "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newsgraph/ontology#Person>",
                "<http://www.w3.org/2004/02/skos/core#altLabel> \"M. Witkoff\"",
                "<http://www.w3.org/2004/02/skos/core#altLabel> \"Steven Witkoff\"@fr",
                "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Steve Witkoff\"@en",
                "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Steve Witkoff\"@fr",
                "<https://w3id.org/newsgraph/ontology#articleCount> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            ]
        );
    }

    #[test]
    fn an_event_reported_as_planned_then_held_occurred() {
        let date = |d: &str, t: &str| -> Term {
            Literal::new_typed_literal(
                d,
                NamedNode::new_unchecked(format!("http://www.w3.org/2001/XMLSchema#{t}")),
            )
            .into()
        };
        let said = Said {
            statements: vec![
                stated(rdf::TYPE, ng::MEETING.into_owned().into(), 2),
                stated(ng::DATE, date("2025-08", "gYearMonth"), 1),
                stated(ng::DATE, date("2025-08-15", "date"), 1),
                stated(ng::STATUS, ng::PLANNED.into_owned().into(), 1),
                stated(ng::STATUS, ng::OCCURRED.into_owned().into(), 1),
                stated(ng::PARTICIPANT, node("trump").into(), 2),
            ],
            mentions: 0,
        };
        let quads = description(&node("m"), &said, &node("g"));
        assert_eq!(
            lines(&quads),
            [
                "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newsgraph/ontology#Meeting>",
                "<https://w3id.org/newsgraph/ontology#articleCount> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "<https://w3id.org/newsgraph/ontology#date> \"2025-08-15\"^^<http://www.w3.org/2001/XMLSchema#date>",
                "<https://w3id.org/newsgraph/ontology#participant> <http://example.org/trump>",
                "<https://w3id.org/newsgraph/ontology#status> <https://w3id.org/newsgraph/ontology#Occurred>",
            ]
        );
    }

    #[test]
    fn what_no_article_types_has_no_description() {
        let said = Said {
            statements: vec![(
                Source::Reference,
                rdfs::LABEL.into_owned(),
                fr("Kremlin"),
                1,
            )],
            mentions: 0,
        };
        assert!(description(&node("k"), &said, &node("g")).is_empty());
    }
}
