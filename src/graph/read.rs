//! Reading nodes and their links from the store into a [`Model`].
//!
//! A [`Reader`] asks the store about one node at a time (its own quads, and the links that
//! point at it) and caches what it learnt, so drawing the neighbourhood of one person costs
//! the size of that neighbourhood, not the size of the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

use super::label::{self, Period};
use crate::store::{GraphStore, StoreError};
use crate::vocab::ng;

/// The kinds of node newsgraph draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Person,
    Organization,
    Place,
    Meeting,
    Call,
    Claim,
    Role,
    Article,
}

impl Class {
    pub const ALL: [Class; 8] = [
        Class::Person,
        Class::Organization,
        Class::Place,
        Class::Meeting,
        Class::Call,
        Class::Claim,
        Class::Role,
        Class::Article,
    ];

    /// The classes drawn when none are chosen: the first six. Roles are folded into "holds
    /// role" edges and into their holder's label; articles would link everything they mention.
    pub const DRAWN: &'static [Class] = Class::ALL.split_at(6).0;

    /// The name used on the command line and in the legend.
    pub fn name(self) -> &'static str {
        match self {
            Class::Person => "person",
            Class::Organization => "organization",
            Class::Place => "place",
            Class::Meeting => "meeting",
            Class::Call => "call",
            Class::Claim => "claim",
            Class::Role => "role",
            Class::Article => "article",
        }
    }

    /// A class from its name, singular or plural, ignoring case.
    pub fn parse(name: &str) -> Option<Class> {
        let name = name.trim().to_lowercase();
        let name = match name.as_str() {
            "org" | "orgs" | "organisation" | "organisations" => "organization",
            "people" => "person",
            other => other.strip_suffix('s').unwrap_or(other),
        };
        Class::ALL.into_iter().find(|class| class.name() == name)
    }

    pub fn iri(self) -> NamedNodeRef<'static> {
        match self {
            Class::Person => ng::PERSON,
            Class::Organization => ng::ORGANIZATION,
            Class::Place => ng::PLACE,
            Class::Meeting => ng::MEETING,
            Class::Call => ng::CALL,
            Class::Claim => ng::CLAIM,
            Class::Role => ng::ROLE,
            Class::Article => ng::ARTICLE,
        }
    }

    fn from_iri(iri: &str) -> Option<Class> {
        Class::ALL
            .into_iter()
            .find(|class| class.iri().as_str() == iri)
    }
}

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

/// One link leaving a node: the property's name, the node it points to, and how many graphs
/// state it (one for a CONSTRUCT result, which has no graphs).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Arc {
    pub property: String,
    pub target: NamedNode,
    pub count: usize,
}

/// What a node's own quads say, over every graph read.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    pub classes: BTreeSet<Class>,
    /// Labels as (value, language tag, number of graphs stating it).
    pub labels: Vec<(String, String, usize)>,
    pub dates: BTreeSet<String>,
    pub durations: BTreeSet<String>,
    pub qualifiers: BTreeSet<String>,
    pub planned: bool,
    pub occurred: bool,
    pub texts: BTreeSet<String>,
    pub quoted: bool,
    pub published: BTreeSet<String>,
    pub titles: BTreeSet<String>,
    pub source_names: BTreeSet<String>,
    /// The links leaving this node.
    pub out: Vec<Arc>,
    /// One graph that states the node's class: a claim's article.
    pub stated_in: Option<NamedNode>,
}

/// A node ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub iri: NamedNode,
    /// `None` for the nodes of a CONSTRUCT result that are none of newsgraph's classes.
    pub class: Option<Class>,
    /// What a person reads: a name, "Rencontre · 2025-04-25 · Moscou · 3 h", a claim's
    /// first words. May hold line breaks.
    pub label: String,
}

/// Links between the same two nodes through the same property, merged: the articles that
/// state it.
pub type EdgeKey = (NamedNode, String, NamedNode);

/// A drawn edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub source: NamedNode,
    pub property: String,
    pub target: NamedNode,
    /// How many times the link is stated: once per article graph.
    pub count: usize,
}

/// Nodes and edges, sorted by IRI so that every output built from them is deterministic.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub nodes: BTreeMap<NamedNode, Node>,
    pub edges: BTreeMap<EdgeKey, Edge>,
}

impl Model {
    /// Adds a link, merging it with the same link stated by other articles.
    pub fn link(&mut self, source: &NamedNode, property: &str, target: &NamedNode, count: usize) {
        self.edges
            .entry((source.clone(), property.to_owned(), target.clone()))
            .or_insert_with(|| Edge {
                source: source.clone(),
                property: property.to_owned(),
                target: target.clone(),
                count: 0,
            })
            .count += count.max(1);
    }
}

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
    facts: HashMap<NamedNode, Rc<Facts>>,
    names: HashMap<NamedNode, String>,
    incoming: HashMap<(NamedNode, bool), Incoming>,
}

impl<'a> Reader<'a> {
    pub fn new(source: Source<'a>) -> Self {
        Reader {
            source,
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
        let facts = match &self.source {
            Source::Store { store, graph } => {
                gather(&statements(store, graph.as_ref(), iri)?, false)
            }
            Source::Construct { result, store } => {
                let stated = gather(
                    &quad_statements(&result.quads_matching(
                        Some(iri.as_ref()),
                        None,
                        None,
                        None,
                    )?),
                    true,
                );
                let mut facts = gather(&statements(store, None, iri)?, false);
                // The result's links, and its classes and labels where it gives some.
                facts.out = stated.out;
                if !stated.classes.is_empty() {
                    facts.classes = stated.classes;
                }
                if !stated.labels.is_empty() {
                    facts.labels = stated.labels;
                }
                facts
            }
        };
        let facts = Rc::new(facts);
        self.facts.insert(iri.clone(), Rc::clone(&facts));
        Ok(facts)
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
        let links = match &self.source {
            Source::Store { store, graph } => {
                let properties: Vec<String> = LINKS
                    .iter()
                    .filter(|(p, _)| mentions || *p != ng::MENTIONS)
                    .map(|(p, _)| format!("<{}>", p.as_str()))
                    .collect();
                // Counted in the store, so that the thousands of articles naming a famous
                // person are not read one by one.
                let query = format!(
                    "SELECT ?s ?p (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p <{}> }} VALUES ?p {{ {} }} {} }} GROUP BY ?s ?p",
                    iri.as_str(),
                    properties.join(" "),
                    graph_filter(graph.as_ref()),
                );
                let mut links = Vec::new();
                for row in select_rows(store, &query)? {
                    if let [Some(Term::NamedNode(subject)), Some(Term::NamedNode(p)), n] =
                        row.as_slice()
                    {
                        if let Some(property) = property_name(p.as_ref(), false) {
                            let arc = Arc {
                                property,
                                target: iri.clone(),
                                count: count_of(n.as_ref()),
                            };
                            links.push((subject.clone(), arc));
                        }
                    }
                }
                links.sort();
                links
            }
            Source::Construct { result, .. } => {
                let mut links = Vec::new();
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
                links.sort();
                links
            }
        };
        let links = Rc::new(links);
        self.incoming.insert(key, Rc::clone(&links));
        Ok(links)
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

/// A node's statements, counted per graph by the store itself: decoding one quad per article
/// for a person named in thousands of articles would cost seconds. Evidence spans and article
/// bodies are left out; nothing drawn needs them. (One query per node: oxigraph joins a
/// `VALUES` list of nodes against the whole store rather than looking each one up.)
fn statements(
    store: &GraphStore,
    graph: Option<&NamedNode>,
    iri: &NamedNode,
) -> Result<Vec<Statement>, StoreError> {
    // Only the properties `gather` reads: a place restates its links and coordinates in every
    // article that names it, thousands of rows a drawing never uses.
    let read: Vec<String> = READ
        .iter()
        .chain(LINKS.iter().map(|(p, _)| p))
        .map(|p| format!("<{}>", p.as_str()))
        .collect();
    let query = format!(
        "SELECT ?p ?o (COUNT(*) AS ?n) (SAMPLE(?g) AS ?some) WHERE {{ GRAPH ?g {{ <{}> ?p ?o }} \
         VALUES ?p {{ {} }} {} }} GROUP BY ?p ?o",
        iri.as_str(),
        read.join(" "),
        graph_filter(graph),
    );
    let mut statements = Vec::new();
    for row in select_rows(store, &query)? {
        if let [Some(Term::NamedNode(p)), Some(o), n, some] = row.as_slice() {
            let some = match some {
                Some(Term::NamedNode(g)) => Some(g.clone()),
                _ => None,
            };
            statements.push((p.clone(), o.clone(), count_of(n.as_ref()), some));
        }
    }
    Ok(statements)
}

/// `FILTER(?g = <article>)` to read one article's graph; to read them all, every graph but the
/// entities graph, whose consolidated descriptions would count as one more article.
fn graph_filter(graph: Option<&NamedNode>) -> String {
    graph
        .map(|g| format!("FILTER(?g = <{}>)", g.as_str()))
        .unwrap_or_else(|| format!("FILTER(!STRENDS(STR(?g), \"{ENTITIES_GRAPH}\"))"))
}

/// The entities graph's name is `<base>graph/entities` ([`crate::rdf::Minter::entities_graph`]);
/// no article graph's name ends so, its key having `/` percent-encoded.
const ENTITIES_GRAPH: &str = "graph/entities";

/// Whether a graph is the entities graph, whatever the base.
pub fn is_entities_graph(graph: &NamedNode) -> bool {
    graph.as_str().ends_with(ENTITIES_GRAPH)
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
