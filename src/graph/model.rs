//! The graph as plain data: the classes of node newsgraph draws, what a node's own quads say
//! ([`Facts`]), and the [`Model`] of nodes and edges that the reader fills and `dot` draws.
//!
//! Nothing here reads the store: [`super::read`] fills these types and [`super::label`] words
//! them, so both depend on this module and not on each other.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{NamedNode, NamedNodeRef};

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

    pub(super) fn from_iri(iri: &str) -> Option<Class> {
        Class::ALL
            .into_iter()
            .find(|class| class.iri().as_str() == iri)
    }
}

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
