//! Reading nodes and their links from the store into a [`Model`](super::Model).
//!
//! A [`Reader`] asks the store about the nodes it is given (their own quads, and the links that
//! point at them), a few hundred per query, and caches what it learnt, so drawing the
//! neighbourhood of one person costs the size of that neighbourhood, not the size of the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

use super::label::{self, Period};
use super::model::{Arc, Class, Facts, Node};
use crate::store::{GraphStore, StoreError};
use crate::vocab::ng;

/// The properties that link two nodes of the news graph, with the name drawn on the edge.
pub const LINKS: [(NamedNodeRef<'static>, &str); 7] = [
    (ng::PARTICIPANT, "participant"),
    (ng::LOCATION, "location"),
    (ng::HOLDS_ROLE, "holds role"),
    (ng::ROLE_OF, "role of"),
    (ng::CLAIMANT, "claimant"),
    (ng::ABOUT, "about"),
    (ng::MENTIONS, "mentions"),
];

/// The links pointing at a node, as (subject, link).
pub type Incoming = Rc<Vec<(NamedNode, Arc)>>;

/// Where a [`Reader`] reads from.
pub enum Source<'a> {
    /// The store, every graph or one article's graph.
    Store {
        store: &'a GraphStore,
        graph: Option<NamedNode>,
    },
    /// A CONSTRUCT result (loaded into a store of its own) whose nodes are described by the
    /// store it was computed from: the result gives the nodes and links, the store the
    /// classes and labels the result leaves out.
    Construct {
        result: &'a GraphStore,
        store: &'a GraphStore,
    },
}

/// Reads nodes and links on demand and remembers them.
pub struct Reader<'a> {
    source: Source<'a>,
    /// The entities graph, left out: its consolidated descriptions would count as one more
    /// article.
    entities: NamedNode,
    facts: HashMap<NamedNode, Rc<Facts>>,
    names: HashMap<NamedNode, String>,
    incoming: HashMap<(NamedNode, bool), Incoming>,
}

impl<'a> Reader<'a> {
    /// A reader of the store minted with `base`, whose entities graph it leaves out.
    pub fn new(source: Source<'a>, base: &str) -> Self {
        Reader {
            source,
            entities: crate::rdf::Minter::new(base).entities_graph(),
            facts: HashMap::new(),
            names: HashMap::new(),
            incoming: HashMap::new(),
        }
    }

    /// Whether links may use any property (a CONSTRUCT result) or only newsgraph's [`LINKS`].
    fn any_property(&self) -> bool {
        matches!(self.source, Source::Construct { .. })
    }

    /// The nodes of some classes; for a CONSTRUCT result, every IRI it names.
    pub fn members(
        &mut self,
        classes: &BTreeSet<Class>,
    ) -> Result<BTreeSet<NamedNode>, StoreError> {
        let mut members = BTreeSet::new();
        match &self.source {
            Source::Store { store, graph } => {
                for class in classes {
                    // Typed in an article's graph: the reference data alone draws nothing.
                    let query = match graph {
                        Some(graph) => format!(
                            "SELECT DISTINCT ?s WHERE {{ GRAPH <{}> {{ ?s a <{}> }} }}",
                            graph.as_str(),
                            class.iri().as_str()
                        ),
                        None => format!(
                            "SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s a <{}> . ?g a <{}> }} }}",
                            class.iri().as_str(),
                            ng::ARTICLE.as_str()
                        ),
                    };
                    for row in select_rows(store, &query)? {
                        if let Some(Term::NamedNode(node)) = row.into_iter().next().flatten() {
                            members.insert(node);
                        }
                    }
                }
            }
            Source::Construct { result, .. } => {
                for quad in result.quads_matching(None, None, None, None)? {
                    if let NamedOrBlankNode::NamedNode(node) = quad.subject {
                        members.insert(node);
                    }
                    if let (Term::NamedNode(node), false) =
                        (quad.object, quad.predicate.as_ref() == rdf::TYPE)
                    {
                        members.insert(node);
                    }
                }
            }
        }
        Ok(members)
    }

    /// Everything a node's own quads say (cached).
    pub fn facts(&mut self, iri: &NamedNode) -> Result<Rc<Facts>, StoreError> {
        if let Some(facts) = self.facts.get(iri) {
            return Ok(Rc::clone(facts));
        }
        self.read(std::slice::from_ref(iri))?;
        Ok(Rc::clone(&self.facts[iri]))
    }

    /// Reads the facts of many nodes at once, a few hundred per query, and remembers them:
    /// one query per node costs more than the nodes' own rows when a drawing names hundreds.
    pub fn read<'n>(
        &mut self,
        iris: impl IntoIterator<Item = &'n NamedNode>,
    ) -> Result<(), StoreError> {
        let unread = distinct_unread(iris, |iri| self.facts.contains_key(iri));
        if unread.is_empty() {
            return Ok(());
        }
        let read = match &self.source {
            Source::Store { store, graph } => {
                let mut said = statements(store, &self.graphs(graph.as_ref()), &unread)?;
                unread
                    .iter()
                    .map(|iri| {
                        (
                            iri.clone(),
                            gather(&said.remove(iri).unwrap_or_default(), false),
                        )
                    })
                    .collect::<Vec<_>>()
            }
            Source::Construct { result, store } => {
                let mut said = statements(store, &self.graphs(None), &unread)?;
                let mut read = Vec::new();
                for iri in &unread {
                    let stated = gather(
                        &quad_statements(&result.quads_matching(
                            Some(iri.as_ref()),
                            None,
                            None,
                            None,
                        )?),
                        true,
                    );
                    let mut facts = gather(&said.remove(iri).unwrap_or_default(), false);
                    // The result's links, and its classes and labels where it gives some.
                    facts.out = stated.out;
                    if !stated.classes.is_empty() {
                        facts.classes = stated.classes;
                    }
                    if !stated.labels.is_empty() {
                        facts.labels = stated.labels;
                    }
                    read.push((iri.clone(), facts));
                }
                read
            }
        };
        for (iri, facts) in read {
            self.facts.insert(iri, Rc::new(facts));
        }
        Ok(())
    }

    /// The condition on `?g` that keeps the graphs read: one article's, or every graph but
    /// the entities graph (compared as an IRI, which Oxigraph does on encoded terms).
    fn graphs(&self, graph: Option<&NamedNode>) -> String {
        match graph {
            Some(graph) => format!("?g = {graph}"),
            None => format!("?g != {}", self.entities),
        }
    }

    /// Whether this reader draws a CONSTRUCT result.
    pub fn is_construct(&self) -> bool {
        self.any_property()
    }

    /// The links of a node in both directions, sorted: (the other node, the link, whether
    /// it leaves this node). Through `ng:mentions` only when asked.
    pub fn links(
        &mut self,
        iri: &NamedNode,
        mentions: bool,
    ) -> Result<Vec<(NamedNode, Arc, bool)>, StoreError> {
        let keep = |arc: &Arc| mentions || arc.property != "mentions";
        let mut links: Vec<(NamedNode, Arc, bool)> = self
            .facts(iri)?
            .out
            .iter()
            .filter(|arc| keep(arc) && arc.target != *iri)
            .map(|arc| (arc.target.clone(), arc.clone(), true))
            .collect();
        for (subject, arc) in self.incoming(iri, mentions)?.iter() {
            if keep(arc) && subject != iri {
                links.push((subject.clone(), arc.clone(), false));
            }
        }
        links.sort();
        Ok(links)
    }

    /// The links pointing at a node, as (subject, link); through `ng:mentions` only when
    /// asked, since every article mentions its entities.
    pub fn incoming(
        &mut self,
        iri: &NamedNode,
        mentions: bool,
    ) -> Result<Rc<Vec<(NamedNode, Arc)>>, StoreError> {
        let key = (iri.clone(), mentions);
        if let Some(links) = self.incoming.get(&key) {
            return Ok(Rc::clone(links));
        }
        self.read_incoming(std::slice::from_ref(iri), mentions)?;
        Ok(Rc::clone(&self.incoming[&key]))
    }

    /// Reads the links pointing at many nodes at once, and remembers them.
    pub fn read_incoming<'n>(
        &mut self,
        iris: impl IntoIterator<Item = &'n NamedNode>,
        mentions: bool,
    ) -> Result<(), StoreError> {
        let unread = distinct_unread(iris, |iri| {
            self.incoming.contains_key(&(iri.clone(), mentions))
        });
        if unread.is_empty() {
            return Ok(());
        }
        let mut read: HashMap<NamedNode, Vec<(NamedNode, Arc)>> = HashMap::new();
        match &self.source {
            Source::Store { store, graph } => {
                let pattern = each_property(
                    LINKS
                        .iter()
                        .filter(|(p, _)| mentions || *p != ng::MENTIONS)
                        .map(|(p, _)| p),
                    |p| format!("?s {p} ?x"),
                );
                let graphs = self.graphs(graph.as_ref());
                for chunk in unread.chunks(CHUNK) {
                    // Counted in the store, so that the thousands of articles naming a famous
                    // person are not read one by one.
                    let query = format!(
                        "SELECT ?x ?s ?p (COUNT(*) AS ?n) WHERE {{ VALUES ?x {{ {} }} {pattern} \
                         FILTER({graphs}) }} GROUP BY ?x ?s ?p",
                        values(chunk),
                    );
                    for row in select_rows(store, &query)? {
                        if let [Some(Term::NamedNode(iri)), Some(Term::NamedNode(subject)), Some(Term::NamedNode(p)), n] =
                            row.as_slice()
                        {
                            if let Some(property) = property_name(p.as_ref(), false) {
                                let arc = Arc {
                                    property,
                                    target: iri.clone(),
                                    count: count_of(n.as_ref()),
                                };
                                read.entry(iri.clone())
                                    .or_default()
                                    .push((subject.clone(), arc));
                            }
                        }
                    }
                }
            }
            Source::Construct { result, .. } => {
                for iri in &unread {
                    let links = read.entry(iri.clone()).or_default();
                    for quad in result.quads_matching(None, None, Some(iri.as_ref()), None)? {
                        let NamedOrBlankNode::NamedNode(subject) = quad.subject else {
                            continue;
                        };
                        if let Some(property) = property_name(quad.predicate.as_ref(), true) {
                            let arc = Arc {
                                property,
                                target: iri.clone(),
                                count: 1,
                            };
                            links.push((subject, arc));
                        }
                    }
                }
            }
        }
        for iri in unread {
            let mut links = read.remove(&iri).unwrap_or_default();
            links.sort();
            self.incoming.insert((iri, mentions), Rc::new(links));
        }
        Ok(())
    }

    /// A node's class, if it has one of newsgraph's.
    pub fn class(&mut self, iri: &NamedNode) -> Result<Option<Class>, StoreError> {
        Ok(self.facts(iri)?.classes.iter().next().copied())
    }

    /// The name a person reads for an entity (no titles, one line).
    pub fn name(&mut self, iri: &NamedNode) -> Result<String, StoreError> {
        if let Some(name) = self.names.get(iri) {
            return Ok(name.clone());
        }
        let facts = self.facts(iri)?;
        let name =
            label::best_label(&facts.labels).unwrap_or_else(|| label::local_name(iri.as_str()));
        self.names.insert(iri.clone(), name.clone());
        Ok(name)
    }

    /// A node as drawn: its class and its human label.
    pub fn node(&mut self, iri: &NamedNode, with_titles: bool) -> Result<Node, StoreError> {
        let facts = self.facts(iri)?;
        let class = facts.classes.iter().next().copied();
        let label = match class {
            Some(Class::Meeting | Class::Call) => {
                let mut places = BTreeSet::new();
                for arc in facts.out.iter().filter(|a| a.property == "location") {
                    places.insert(self.name(&arc.target)?);
                }
                label::event(class == Some(Class::Call), &facts, &places)
            }
            Some(Class::Claim) => label::claim(&facts),
            Some(Class::Article) => label::article(&facts, iri),
            Some(Class::Person) if with_titles => {
                let titles = self.titles(iri)?;
                label::with_titles(&self.name(iri)?, &titles)
            }
            _ => self.name(iri)?,
        };
        Ok(Node {
            iri: iri.clone(),
            class,
            label,
        })
    }

    /// When a node happened: an event's most precise date, an article's publication, or the
    /// publication of the article behind a claim. `None` for the other classes.
    pub fn period(&mut self, iri: &NamedNode) -> Result<Option<Period>, StoreError> {
        let facts = self.facts(iri)?;
        Ok(match facts.classes.iter().next() {
            Some(Class::Meeting | Class::Call) => label::most_precise(&facts.dates),
            Some(Class::Article) => label::span(facts.published.iter()),
            Some(Class::Claim) => match &facts.stated_in {
                Some(article) => label::span(self.facts(article)?.published.iter()),
                None => None,
            },
            _ => None,
        })
    }

    /// A person's titles, most often stated first.
    pub fn titles(&mut self, person: &NamedNode) -> Result<Vec<String>, StoreError> {
        let facts = self.facts(person)?;
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for arc in facts.out.iter().filter(|a| a.property == "holds role") {
            *counts.entry(self.name(&arc.target)?).or_default() += arc.count;
        }
        let mut titles: Vec<(usize, String)> = counts.into_iter().map(|(t, n)| (n, t)).collect();
        titles.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        Ok(titles.into_iter().map(|(_, t)| t).collect())
    }
}

/// The properties besides the [`LINKS`] that [`gather`] reads of a node.
const READ: [NamedNodeRef<'static>; 11] = [
    rdf::TYPE,
    rdfs::LABEL,
    ng::STATUS,
    ng::DATE,
    ng::DURATION,
    ng::DURATION_QUALIFIER,
    ng::TEXT,
    ng::QUOTED,
    ng::PUBLISHED,
    ng::TITLE,
    ng::SOURCE_NAME,
];

/// What the quads with a given subject state: (predicate, object, number of graphs, one of
/// those graphs).
type Statement = (NamedNode, Term, usize, Option<NamedNode>);

/// Nodes read in one query, given in a `VALUES` block (see [`each_property`]).
const CHUNK: usize = 500;

/// A `VALUES` block's IRIs.
fn values(iris: &[NamedNode]) -> String {
    iris.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `{ { GRAPH ?g { PATTERN } BIND(P AS ?p) } UNION … }`, the pattern written for each
/// property `P`: Oxigraph then looks each node and property up in its indexes. With `?p` left
/// open and filtered it would read every quad of the node, thousands for a place that every
/// article naming it restates; with a `VALUES` block of properties it joins the list against
/// the whole store.
fn each_property<'p>(
    properties: impl IntoIterator<Item = &'p NamedNodeRef<'static>>,
    pattern: impl Fn(&NamedNodeRef<'static>) -> String,
) -> String {
    let branches: Vec<String> = properties
        .into_iter()
        .map(|p| format!("{{ GRAPH ?g {{ {} }} BIND({p} AS ?p) }}", pattern(p)))
        .collect();
    format!("{{ {} }}", branches.join(" UNION "))
}

/// Some nodes' statements, counted per graph by the store itself: decoding one quad per
/// article for a person named in thousands of articles would cost seconds. Evidence spans and
/// article bodies are left out; nothing drawn needs them. `graphs` is the condition on `?g`
/// ([`Reader::graphs`]).
fn statements(
    store: &GraphStore,
    graphs: &str,
    iris: &[NamedNode],
) -> Result<HashMap<NamedNode, Vec<Statement>>, StoreError> {
    // Only the properties `gather` reads: a place restates its links and coordinates in every
    // article that names it, thousands of rows a drawing never uses.
    let pattern = each_property(READ.iter().chain(LINKS.iter().map(|(p, _)| p)), |p| {
        format!("?x {p} ?o")
    });
    let mut statements: HashMap<NamedNode, Vec<Statement>> = HashMap::new();
    for chunk in iris.chunks(CHUNK) {
        let query = format!(
            "SELECT ?x ?p ?o (COUNT(*) AS ?n) (SAMPLE(?g) AS ?some) WHERE {{ VALUES ?x {{ {} }} \
             {pattern} FILTER({graphs}) }} GROUP BY ?x ?p ?o",
            values(chunk),
        );
        for row in select_rows(store, &query)? {
            if let [Some(Term::NamedNode(iri)), Some(Term::NamedNode(p)), Some(o), n, some] =
                row.as_slice()
            {
                let some = match some {
                    Some(Term::NamedNode(g)) => Some(g.clone()),
                    _ => None,
                };
                statements.entry(iri.clone()).or_default().push((
                    p.clone(),
                    o.clone(),
                    count_of(n.as_ref()),
                    some,
                ));
            }
        }
    }
    Ok(statements)
}

/// The links of [`LINKS`] that touch some nodes, in either direction, as (subject, property's
/// name, object), each once however many graphs state it; the entities graph is left out.
pub fn links_touching(
    store: &GraphStore,
    entities: &NamedNode,
    iris: &[NamedNode],
) -> Result<Vec<(NamedNode, &'static str, NamedNode)>, StoreError> {
    // Both directions of each property, as in [`each_property`].
    let branches: Vec<String> = LINKS
        .iter()
        .flat_map(|(p, _)| {
            [
                format!("{{ GRAPH ?g {{ ?x {p} ?y }} BIND({p} AS ?p) BIND(true AS ?out) }}"),
                format!("{{ GRAPH ?g {{ ?y {p} ?x }} BIND({p} AS ?p) BIND(false AS ?out) }}"),
            ]
        })
        .collect();
    let pattern = format!("{{ {} }}", branches.join(" UNION "));
    let mut links = Vec::new();
    for chunk in iris.chunks(CHUNK) {
        let query = format!(
            "SELECT DISTINCT ?x ?p ?y ?out WHERE {{ VALUES ?x {{ {} }} {pattern} \
             FILTER(?g != {entities} && isIRI(?y)) }}",
            values(chunk),
        );
        for row in select_rows(store, &query)? {
            let [Some(Term::NamedNode(x)), Some(Term::NamedNode(p)), Some(Term::NamedNode(y)), Some(Term::Literal(out))] =
                row.as_slice()
            else {
                continue;
            };
            let Some((_, property)) = LINKS.iter().find(|(q, _)| *q == p.as_ref()) else {
                continue;
            };
            if out.value() == "true" {
                links.push((x.clone(), *property, y.clone()));
            } else {
                links.push((y.clone(), *property, x.clone()));
            }
        }
    }
    Ok(links)
}

/// The number of articles that mention each of some entities, or report each of some events
/// (`ng:articleCount` in the entities graph); nothing for the other nodes.
pub fn article_counts(
    store: &GraphStore,
    entities: &NamedNode,
    iris: &[NamedNode],
) -> Result<HashMap<NamedNode, usize>, StoreError> {
    let mut counts = HashMap::new();
    for chunk in iris.chunks(CHUNK) {
        let query = format!(
            "SELECT ?x ?n WHERE {{ VALUES ?x {{ {} }} GRAPH {entities} {{ ?x {} ?n }} }}",
            values(chunk),
            ng::ARTICLE_COUNT,
        );
        for row in select_rows(store, &query)? {
            if let [Some(Term::NamedNode(x)), n] = row.as_slice() {
                counts.insert(x.clone(), count_of(n.as_ref()));
            }
        }
    }
    Ok(counts)
}

/// The graphs that state a link, the entities graph left out.
pub fn graphs_stating(
    store: &GraphStore,
    entities: &NamedNode,
    (subject, property, object): (&NamedNode, &str, &NamedNode),
) -> Result<Vec<NamedNode>, StoreError> {
    let Some((predicate, _)) = LINKS.iter().find(|(_, name)| *name == property) else {
        return Ok(Vec::new());
    };
    let query = format!(
        "SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ {subject} {predicate} {object} }} FILTER(?g != {entities}) }}"
    );
    Ok(select_rows(store, &query)?
        .into_iter()
        .filter_map(|row| match row.into_iter().next().flatten() {
            Some(Term::NamedNode(graph)) => Some(graph),
            _ => None,
        })
        .collect())
}

/// The statements of some quads, one per quad.
fn quad_statements(quads: &[Quad]) -> Vec<Statement> {
    quads
        .iter()
        .map(|q| {
            let graph = match &q.graph_name {
                GraphName::NamedNode(g) => Some(g.clone()),
                _ => None,
            };
            (q.predicate.clone(), q.object.clone(), 1, graph)
        })
        .collect()
}

fn count_of(term: Option<&Term>) -> usize {
    match term {
        Some(Term::Literal(n)) => n.value().parse().unwrap_or(1),
        _ => 1,
    }
}

fn select_rows(store: &GraphStore, query: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    store.select_rows(query, crate::vocab::DEFAULT_BASE)
}

/// The name drawn for a property, or `None` when it is not a link between two nodes.
fn property_name(predicate: NamedNodeRef<'_>, any: bool) -> Option<String> {
    if let Some((_, name)) = LINKS.iter().find(|(p, _)| *p == predicate) {
        return Some((*name).to_owned());
    }
    let ignored = [
        rdf::TYPE,
        crate::vocab::ng::EVIDENCE,
        crate::vocab::owl::SAME_AS,
    ];
    (any && !ignored.contains(&predicate)).then(|| label::local_name(predicate.as_str()))
}

/// Sorts a node's statements into [`Facts`].
fn gather(statements: &[Statement], any_property: bool) -> Facts {
    let mut facts = Facts::default();
    for (p, object, count, some) in statements {
        let p = p.as_ref();
        match object {
            Term::NamedNode(object) => {
                if p == rdf::TYPE {
                    if let Some(class) = Class::from_iri(object.as_str()) {
                        facts.classes.insert(class);
                        if facts.stated_in.is_none() {
                            facts.stated_in = some.clone();
                        }
                    }
                } else if p == ng::STATUS {
                    facts.planned |= object.as_ref() == ng::PLANNED;
                    facts.occurred |= object.as_ref() == ng::OCCURRED;
                } else if let Some(property) = property_name(p, any_property) {
                    facts.out.push(Arc {
                        property,
                        target: object.clone(),
                        count: *count,
                    });
                }
            }
            Term::Literal(literal) => {
                let value = literal.value().to_owned();
                if p == rdfs::LABEL {
                    let lang = literal.language().unwrap_or_default().to_owned();
                    facts.labels.push((value, lang, *count));
                } else if p == ng::DATE {
                    facts.dates.insert(value);
                } else if p == ng::DURATION {
                    facts.durations.insert(value);
                } else if p == ng::DURATION_QUALIFIER {
                    facts.qualifiers.insert(value);
                } else if p == ng::TEXT {
                    facts.texts.insert(value);
                } else if p == ng::QUOTED {
                    facts.quoted |= literal.datatype() == xsd::BOOLEAN && value == "true";
                } else if p == ng::PUBLISHED {
                    facts.published.insert(value);
                } else if p == ng::TITLE {
                    facts.titles.insert(value);
                } else if p == ng::SOURCE_NAME {
                    facts.source_names.insert(value);
                }
            }
            _ => {}
        }
    }
    facts.out.sort();
    facts.labels.sort();
    facts
}

/// The IRIs not read yet, each once, in IRI order.
fn distinct_unread<'n>(
    iris: impl IntoIterator<Item = &'n NamedNode>,
    read: impl Fn(&NamedNode) -> bool,
) -> Vec<NamedNode> {
    iris.into_iter()
        .filter(|iri| !read(iri))
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
