//! The bundled reference data: known people, places and organizations with their names and links.
//!
//! `ontology/entities.ttl` is compiled into the binary and parsed against the store's base IRI,
//! so its relative IRIs (`<person/vladimir-putin>`) follow `--base`. It is loaded into the
//! reference graph and gives the first extractor its names.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::vocab::{ng, skos};

/// The bundled entity data, Turtle with IRIs relative to the base.
pub const ENTITIES_TTL: &str = include_str!("../ontology/entities.ttl");

/// The three kinds of named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityClass {
    Person,
    Place,
    Organization,
}

impl EntityClass {
    pub const ALL: [EntityClass; 3] = [
        EntityClass::Person,
        EntityClass::Place,
        EntityClass::Organization,
    ];

    /// The ontology class.
    pub fn iri(self) -> oxigraph::model::NamedNodeRef<'static> {
        match self {
            EntityClass::Person => ng::PERSON,
            EntityClass::Place => ng::PLACE,
            EntityClass::Organization => ng::ORGANIZATION,
        }
    }

    /// The path segment of minted IRIs and the name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            EntityClass::Person => "person",
            EntityClass::Place => "place",
            EntityClass::Organization => "organization",
        }
    }

    pub(crate) fn from_iri(iri: &NamedNode) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.iri() == iri.as_ref())
    }

    /// The class a [`Self::name`] names.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// One entity of the reference data.
#[derive(Debug, Clone)]
pub struct RefEntity {
    pub iri: NamedNode,
    pub key: String,
    pub class: EntityClass,
    /// The canonical name: the French label, else the English one, else the key.
    pub label: String,
    /// Every name: labels in all languages and aliases.
    pub names: Vec<String>,
    /// The data gives coordinates: for an organization, a seat one can meet in (the Kremlin,
    /// the White House).
    pub located: bool,
}

/// The parsed reference data.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The reference graph's name.
    pub graph: NamedNode,
    /// Entities sorted by IRI.
    pub entities: Vec<RefEntity>,
    /// Every triple of the data, placed in the reference graph.
    pub quads: Vec<Quad>,
    /// A checksum of the data and base, so the store reloads it only when it changed.
    pub digest: String,
}

/// The bundled data could not be read: a build defect, or a base IRI that breaks it.
#[derive(Debug, thiserror::Error)]
#[error("reference data under base {base}: {message}")]
pub struct ReferenceError {
    pub base: String,
    pub message: String,
}

impl Reference {
    /// Parses the bundled data with relative IRIs resolved against `base`.
    pub fn bundled(base: &str) -> Result<Self, ReferenceError> {
        Self::parse(ENTITIES_TTL, base)
    }

    /// Parses reference data in Turtle.
    pub fn parse(turtle: &str, base: &str) -> Result<Self, ReferenceError> {
        let error = |message: String| ReferenceError {
            base: base.to_owned(),
            message,
        };
        let graph =
            NamedNode::new(format!("{base}graph/reference")).map_err(|e| error(e.to_string()))?;
        let parser = RdfParser::from_format(RdfFormat::Turtle)
            .with_base_iri(base)
            .map_err(|e| error(e.to_string()))?
            .with_default_graph(GraphName::NamedNode(graph.clone()));
        let mut quads = Vec::new();
        for quad in parser.for_slice(turtle.as_bytes()) {
            quads.push(quad.map_err(|e| error(e.to_string()))?);
        }
        quads.sort_by_cached_key(|q| q.to_string());

        let mut entities: std::collections::BTreeMap<String, RefEntity> = Default::default();
        let mut fr_labels = std::collections::HashMap::new();
        for quad in &quads {
            let NamedOrBlankNode::NamedNode(s) = &quad.subject else {
                continue;
            };
            let entry = || RefEntity {
                iri: s.clone(),
                key: String::new(),
                class: EntityClass::Person,
                label: String::new(),
                names: Vec::new(),
                located: false,
            };
            let p = quad.predicate.as_ref();
            match &quad.object {
                Term::NamedNode(o) if p == rdf::TYPE => {
                    if let Some(class) = EntityClass::from_iri(o) {
                        entities.entry(s.to_string()).or_insert_with(entry).class = class;
                    }
                }
                Term::Literal(_) if p == crate::vocab::geo::LAT => {
                    entities.entry(s.to_string()).or_insert_with(entry).located = true;
                }
                Term::Literal(l) if p == ng::REFERENCE_KEY => {
                    entities.entry(s.to_string()).or_insert_with(entry).key = l.value().to_owned();
                }
                Term::Literal(l) if p == rdfs::LABEL || p == skos::ALT_LABEL => {
                    let e = entities.entry(s.to_string()).or_insert_with(entry);
                    e.names.push(l.value().to_owned());
                    if p == rdfs::LABEL {
                        if l.language() == Some("fr") {
                            fr_labels.insert(s.to_string(), l.value().to_owned());
                        } else if e.label.is_empty() {
                            e.label = l.value().to_owned();
                        }
                    }
                }
                _ => {}
            }
        }
        let entities: Vec<RefEntity> = entities
            .into_iter()
            .filter(|(_, e)| !e.key.is_empty())
            .map(|(iri, mut e)| {
                if let Some(fr) = fr_labels.remove(&iri) {
                    e.label = fr;
                }
                if e.label.is_empty() {
                    e.label = e.key.clone();
                }
                e.names.sort();
                e.names.dedup();
                e
            })
            .collect();

        let mut hasher = Sha256::new();
        hasher.update(base.as_bytes());
        hasher.update(turtle.as_bytes());
        let digest = hex(&hasher.finalize()[..16]);
        Ok(Reference {
            graph,
            entities,
            quads,
            digest,
        })
    }
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_parses_with_any_base() {
        for base in [crate::vocab::DEFAULT_BASE, "http://example.org/kg/"] {
            let reference = Reference::bundled(base).expect("bundled data parses");
            assert!(reference.entities.len() >= 50);
            let putin = reference
                .entities
                .iter()
                .find(|e| e.key == "vladimir-putin")
                .expect("Putin is in the data");
            assert_eq!(putin.label, "Vladimir Poutine");
            assert_eq!(putin.class, EntityClass::Person);
            assert!(putin.iri.as_str().starts_with(base));
            assert!(putin.names.iter().any(|n| n == "Putin"));
        }
    }
}
