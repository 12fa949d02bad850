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

    /// The classes drawn when none are chosen. Roles are folded into "holds role" edges and
    /// into their holder's label; articles would link everything they mention.
    pub const DRAWN: [Class; 6] = [
        Class::Person,
        Class::Organization,
        Class::Place,
        Class::Meeting,
        Class::Call,
        Class::Claim,
    ];

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

/// One link leaving a node: the property's name, the node it points to, and the article
/// graph that states it (`None` for a CONSTRUCT result, which has no graphs).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Arc {
    pub property: String,
    pub target: NamedNode,
    pub graph: Option<NamedNode>,
}

/// What a node's own quads say, over every graph read.
#[derive(Debug, Default, Clone)]
pub struct Facts {
    pub classes: BTreeSet<Class>,
    /// Labels as (value, language tag, graph).
    pub labels: Vec<(String, String, Option<NamedNode>)>,
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
    /// The graphs that hold any quad about this node.
    pub graphs: BTreeSet<NamedNode>,
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
    /// When it happened: an event's date, or the publication of the articles behind a claim,
    /// role or article.
    pub period: Option<Period>,
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
    /// The article graphs stating the link; empty for a CONSTRUCT result.
    pub articles: BTreeSet<NamedNode>,
}

impl Edge {
    /// How many times the link was stated: once per article, at least once.
    pub fn count(&self) -> usize {
        self.articles.len().max(1)
    }
}

/// Nodes and edges, sorted by IRI so that every output built from them is deterministic.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub nodes: BTreeMap<NamedNode, Node>,
    pub edges: BTreeMap<EdgeKey, Edge>,
}

impl Model {
    /// Adds a link, merging it with the same link stated by other articles.
    pub fn link(
        &mut self,
        source: &NamedNode,
        property: &str,
        target: &NamedNode,
        graph: Option<&NamedNode>,
    ) {
        let edge = self
            .edges
            .entry((source.clone(), property.to_owned(), target.clone()))
            .or_insert_with(|| Edge {
                source: source.clone(),
                property: property.to_owned(),
                target: target.clone(),
                articles: BTreeSet::new(),
            });
        if let Some(graph) = graph {
            edge.articles.insert(graph.clone());
        }
    }
}

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
}

impl<'a> Reader<'a> {
    pub fn new(source: Source<'a>) -> Self {
        Reader {
            source,
            facts: HashMap::new(),
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
                    for quad in store.quads_matching(
                        None,
                        Some(rdf::TYPE),
                        Some(class.iri()),
                        graph.as_ref().map(NamedNode::as_ref),
                    )? {
                        if let NamedOrBlankNode::NamedNode(node) = quad.subject {
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
                let quads = store.quads_matching(
                    Some(iri.as_ref()),
                    None,
                    None,
                    graph.as_ref().map(NamedNode::as_ref),
                )?;
                gather(&quads, false)
            }
            Source::Construct { result, store } => {
                let stated = gather(
                    &result.quads_matching(Some(iri.as_ref()), None, None, None)?,
                    true,
                );
                let mut facts = gather(
                    &store.quads_matching(Some(iri.as_ref()), None, None, None)?,
                    false,
                );
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

    /// The nodes a node links to or is linked from, sorted; through `ng:mentions` only when
    /// asked.
    pub fn neighbours(
        &mut self,
        iri: &NamedNode,
        mentions: bool,
    ) -> Result<Vec<NamedNode>, StoreError> {
        let keep = |arc: &Arc| mentions || arc.property != "mentions";
        let mut neighbours: BTreeSet<NamedNode> = self
            .facts(iri)?
            .out
            .iter()
            .filter(|arc| keep(arc))
            .map(|arc| arc.target.clone())
            .collect();
        for (subject, arc) in self.incoming(iri, mentions)? {
            if keep(&arc) {
                neighbours.insert(subject);
            }
        }
        neighbours.remove(iri);
        Ok(neighbours.into_iter().collect())
    }

    /// The links pointing at a node, as (subject, link); through `ng:mentions` only when
    /// asked, since every article mentions its entities.
    pub fn incoming(
        &mut self,
        iri: &NamedNode,
        mentions: bool,
    ) -> Result<Vec<(NamedNode, Arc)>, StoreError> {
        let any = self.any_property();
        let (store, graph) = match &self.source {
            Source::Store { store, graph } => (*store, graph.clone()),
            Source::Construct { result, .. } => (*result, None),
        };
        let graph = graph.as_ref().map(NamedNode::as_ref);
        let quads = if any {
            store.quads_matching(None, None, Some(iri.as_ref()), graph)?
        } else {
            let mut quads = Vec::new();
            for (predicate, _) in LINKS.iter().filter(|(p, _)| mentions || *p != ng::MENTIONS) {
                quads.extend(store.quads_matching(
                    None,
                    Some(*predicate),
                    Some(iri.as_ref()),
                    graph,
                )?);
            }
            quads
        };
        let mut incoming = Vec::new();
        for quad in quads {
            let NamedOrBlankNode::NamedNode(subject) = quad.subject else {
                continue;
            };
            if let Some(property) = property_name(quad.predicate.as_ref(), any) {
                incoming.push((
                    subject,
                    Arc {
                        property,
                        target: iri.clone(),
                        graph: graph_of(&quad.graph_name),
                    },
                ));
            }
        }
        incoming.sort();
        Ok(incoming)
    }

    /// A node's class, if it has one of newsgraph's.
    pub fn class(&mut self, iri: &NamedNode) -> Result<Option<Class>, StoreError> {
        Ok(self.facts(iri)?.classes.iter().next().copied())
    }

    /// The name a person reads for an entity (no titles, one line).
    pub fn name(&mut self, iri: &NamedNode) -> Result<String, StoreError> {
        let facts = self.facts(iri)?;
        Ok(label::best_label(&facts.labels).unwrap_or_else(|| label::local_name(iri.as_str())))
    }

    /// A node as drawn: its class, its human label and its period.
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
        let period = match class {
            Some(Class::Meeting | Class::Call) => label::most_precise(&facts.dates),
            Some(Class::Article) => label::span(facts.published.iter()),
            Some(Class::Claim | Class::Role) => self.published(&facts.graphs)?,
            _ => None,
        };
        Ok(Node {
            iri: iri.clone(),
            class,
            label,
            period,
        })
    }

    /// A person's titles, most often stated first.
    pub fn titles(&mut self, person: &NamedNode) -> Result<Vec<String>, StoreError> {
        let facts = self.facts(person)?;
        let mut counts: BTreeMap<String, BTreeSet<Option<NamedNode>>> = BTreeMap::new();
        for arc in facts.out.iter().filter(|a| a.property == "holds role") {
            counts
                .entry(self.name(&arc.target)?)
                .or_default()
                .insert(arc.graph.clone());
        }
        let mut titles: Vec<(usize, String)> =
            counts.into_iter().map(|(t, g)| (g.len(), t)).collect();
        titles.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        Ok(titles.into_iter().map(|(_, t)| t).collect())
    }

    /// The span of publication dates of some article graphs.
    fn published(&mut self, graphs: &BTreeSet<NamedNode>) -> Result<Option<Period>, StoreError> {
        let mut dates = Vec::new();
        for graph in graphs {
            dates.extend(self.facts(graph)?.published.iter().cloned());
        }
        Ok(label::span(dates.iter()))
    }
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

fn graph_of(graph: &GraphName) -> Option<NamedNode> {
    match graph {
        GraphName::NamedNode(node) => Some(node.clone()),
        _ => None,
    }
}

/// Sorts a node's own quads into [`Facts`].
fn gather(quads: &[Quad], any_property: bool) -> Facts {
    let mut facts = Facts::default();
    for quad in quads {
        let graph = graph_of(&quad.graph_name);
        if let Some(graph) = &graph {
            facts.graphs.insert(graph.clone());
        }
        let p = quad.predicate.as_ref();
        match &quad.object {
            Term::NamedNode(object) => {
                if p == rdf::TYPE {
                    facts.classes.extend(Class::from_iri(object.as_str()));
                } else if p == ng::STATUS {
                    facts.planned |= object.as_ref() == ng::PLANNED;
                    facts.occurred |= object.as_ref() == ng::OCCURRED;
                } else if let Some(property) = property_name(p, any_property) {
                    facts.out.push(Arc {
                        property,
                        target: object.clone(),
                        graph,
                    });
                }
            }
            Term::Literal(literal) => {
                let value = literal.value().to_owned();
                if p == rdfs::LABEL {
                    let lang = literal.language().unwrap_or_default().to_owned();
                    facts.labels.push((value, lang, graph));
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
    facts.out.dedup();
    facts
}
