//! What resolution compares in one article graph, kept in the graph itself as one literal.
//!
//! Resolution compares *units* (an entity's class, label, titles and, for a known person, what
//! the article wrote for it; an event's kind, date, participants and place). Reading them from
//! the quads means decoding most of the store on every ingest; so MAP writes them once, as a
//! compact JSON literal on the article (`ng:resolutionUnits`), and every rename pass that
//! rewrites a graph writes it again from the renamed quads. A resolution then reads one
//! literal per article.
//!
//! [`of_quads`] is the one definition of a graph's units: MAP calls it on the quads it is
//! about to write, the rename pass on the quads it wrote, and a store made before summaries
//! existed on the quads it reads. Pure.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use serde::de::Error as _;
use serde::{Deserialize, Serialize};

use crate::vocab::{ng, owl, skos};

/// The version of the summary's form: a summary of another version (written by an older
/// newsgraph, which recorded less) is read again from its graph's quads and written anew.
const VERSION: u32 = 2;

/// The units of one article graph, sorted, with the IRIs the graph holds now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphUnits {
    /// [`VERSION`]; summaries written before versions existed have none, and are not read.
    #[serde(rename = "n")]
    pub version: u32,
    #[serde(rename = "e", default)]
    pub entities: Vec<EntityRecord>,
    #[serde(rename = "v", default)]
    pub events: Vec<EventRecord>,
    /// `(holder, role)` for every `ng:holdsRole`.
    #[serde(rename = "r", default)]
    pub roles: Vec<(String, String)>,
}

/// A person, place or organization as one article's graph holds it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRecord {
    #[serde(rename = "i")]
    pub iri: String,
    /// `person`, `place` or `organization`.
    #[serde(rename = "c")]
    pub class: String,
    /// The first of its labels in alphabetical order ("" when it has none).
    #[serde(rename = "l")]
    pub label: String,
    /// The extractor tied it to a GeoNames place.
    #[serde(rename = "g", default, skip_serializing_if = "std::ops::Not::not")]
    pub geonames: bool,
    /// For a person the article names only by one word ("Kushner", "M. Kushner"): that word.
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// The titles the article gives it.
    #[serde(rename = "r", default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// For an organization, the other forms the article writes it in (`skos:altLabel`:
    /// "FDLR" for "Forces démocratiques de libération du Rwanda"), sorted.
    #[serde(rename = "a", default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
}

/// A meeting or call as one article's graph holds it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EventRecord {
    #[serde(rename = "i")]
    pub iri: String,
    /// `meeting` or `call`.
    #[serde(rename = "k")]
    pub kind: String,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(rename = "p", default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    #[serde(rename = "l", default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

impl Default for GraphUnits {
    fn default() -> Self {
        GraphUnits {
            version: VERSION,
            entities: Vec::new(),
            events: Vec::new(),
            roles: Vec::new(),
        }
    }
}

impl GraphUnits {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("units serialize to JSON")
    }

    /// The units a summary records; an error for one of another version.
    pub fn from_json(text: &str) -> Result<Self, serde_json::Error> {
        let units: GraphUnits = serde_json::from_str(text)?;
        if units.version != VERSION {
            return Err(serde_json::Error::custom(format!(
                "summary version {} is not {VERSION}",
                units.version
            )));
        }
        Ok(units)
    }

    /// The quad that carries these units in the article's graph.
    pub fn quad(&self, article: &NamedNode) -> Quad {
        Quad::new(
            article.clone(),
            ng::RESOLUTION_UNITS,
            Literal::new_simple_literal(self.to_json()),
            GraphName::NamedNode(article.clone()),
        )
    }
}

/// The class names of the entities and events a summary records, in the order the classes
/// are listed for one subject.
const CLASSES: [(oxigraph::model::NamedNodeRef<'static>, &str, bool); 5] = [
    (ng::PERSON, "person", false),
    (ng::PLACE, "place", false),
    (ng::ORGANIZATION, "organization", false),
    (ng::MEETING, "meeting", true),
    (ng::CALL, "call", true),
];

/// The units of an article graph, from its quads (in any order; other graphs' quads and an
/// earlier summary are ignored).
pub fn of_quads(quads: &[Quad], article: &NamedNode) -> GraphUnits {
    #[derive(Default)]
    struct Subject<'a> {
        classes: BTreeSet<usize>,
        labels: BTreeSet<&'a str>,
        alt_labels: BTreeSet<&'a str>,
        geonames: bool,
        dates: BTreeSet<&'a str>,
        participants: BTreeSet<&'a str>,
        places: BTreeSet<&'a str>,
        roles: BTreeSet<&'a str>,
        denoted_by: Vec<&'a str>,
    }
    let graph = GraphName::NamedNode(article.clone());
    let mut subjects: BTreeMap<&str, Subject<'_>> = BTreeMap::new();
    let mut excerpts: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for quad in quads.iter().filter(|q| q.graph_name == graph) {
        let NamedOrBlankNode::NamedNode(s) = &quad.subject else {
            continue;
        };
        let (s, p) = (s.as_str(), quad.predicate.as_ref());
        let iri = match &quad.object {
            Term::NamedNode(o) => Some(o.as_str()),
            _ => None,
        };
        let literal = match &quad.object {
            Term::Literal(l) => Some(l.value()),
            _ => None,
        };
        if p == rdf::TYPE {
            if let Some(c) = CLASSES.iter().position(|(c, _, _)| Some(c.as_str()) == iri) {
                subjects.entry(s).or_default().classes.insert(c);
            }
        } else if p == rdfs::LABEL {
            subjects.entry(s).or_default().labels.extend(literal);
        } else if p == skos::ALT_LABEL {
            subjects.entry(s).or_default().alt_labels.extend(literal);
        } else if p == owl::SAME_AS {
            if iri.is_some_and(|o| o.starts_with("https://sws.geonames.org/")) {
                subjects.entry(s).or_default().geonames = true;
            }
        } else if p == ng::DATE {
            subjects.entry(s).or_default().dates.extend(literal);
        } else if p == ng::PARTICIPANT {
            subjects.entry(s).or_default().participants.extend(iri);
        } else if p == ng::LOCATION {
            subjects.entry(s).or_default().places.extend(iri);
        } else if p == ng::HOLDS_ROLE {
            subjects.entry(s).or_default().roles.extend(iri);
        } else if p == ng::DENOTES {
            if let Some(entity) = iri {
                subjects.entry(entity).or_default().denoted_by.push(s);
            }
        } else if p == ng::EXCERPT {
            excerpts.entry(s).or_default().extend(literal);
        }
    }
    let first_label = |iri: &str| -> Option<String> {
        subjects
            .get(iri)
            .and_then(|s| s.labels.iter().next())
            .map(|l| (*l).to_owned())
    };
    let mut units = GraphUnits::default();
    for (iri, subject) in &subjects {
        for role in &subject.roles {
            units.roles.push(((*iri).to_owned(), (*role).to_owned()));
        }
        for &c in &subject.classes {
            let (_, class, event) = CLASSES[c];
            if event {
                units.events.push(EventRecord {
                    iri: (*iri).to_owned(),
                    kind: class.to_owned(),
                    date: subject.dates.iter().next().map(|d| (*d).to_owned()),
                    participants: subject
                        .participants
                        .iter()
                        .map(|p| (*p).to_owned())
                        .collect(),
                    place: subject.places.iter().next().map(|p| (*p).to_owned()),
                });
                continue;
            }
            let surname = match class {
                "person" => {
                    let written: Vec<String> = subject
                        .denoted_by
                        .iter()
                        .flat_map(|span| excerpts.get(span).into_iter().flatten())
                        .map(|w| (*w).to_owned())
                        .collect();
                    surname_only(&written)
                }
                _ => None,
            };
            units.entities.push(EntityRecord {
                iri: (*iri).to_owned(),
                class: class.to_owned(),
                label: subject
                    .labels
                    .iter()
                    .next()
                    .map(|l| (*l).to_owned())
                    .unwrap_or_default(),
                geonames: subject.geonames,
                surname,
                roles: subject
                    .roles
                    .iter()
                    .filter_map(|role| first_label(role))
                    .collect(),
                names: match class {
                    "organization" => subject.alt_labels.iter().map(|l| (*l).to_owned()).collect(),
                    _ => Vec::new(),
                },
            });
        }
    }
    units
}

/// The surname, when every name written for a person is one word ("Kushner", "M. Kushner");
/// `None` when a fuller name is written, or no name at all (a title alone: "le chef du Kremlin").
pub fn surname_only(written: &[String]) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://example.org/{s}"))
    }

    #[test]
    fn units_are_read_from_the_quads_and_round_trip_through_json() {
        let g = n("article/a");
        let quad = |s: &str, p: oxigraph::model::NamedNodeRef<'_>, o: Term| {
            Quad::new(n(s), p.into_owned(), o, GraphName::NamedNode(g.clone()))
        };
        let fr = |s: &str| Term::from(Literal::new_language_tagged_literal_unchecked(s, "fr"));
        let quads = vec![
            quad("person/k", rdf::TYPE, ng::PERSON.into_owned().into()),
            quad("person/k", rdfs::LABEL, fr("Jared Kushner")),
            quad("person/k", ng::HOLDS_ROLE, n("role/k--gendre").into()),
            quad("role/k--gendre", rdfs::LABEL, fr("gendre")),
            quad("a#span-1-8", ng::DENOTES, n("person/k").into()),
            quad(
                "a#span-1-8",
                ng::EXCERPT,
                Literal::new_simple_literal("M. Kushner").into(),
            ),
            quad("meeting/m", rdf::TYPE, ng::MEETING.into_owned().into()),
            quad("meeting/m", ng::PARTICIPANT, n("person/k").into()),
            quad(
                "meeting/m",
                ng::DATE,
                Literal::new_typed_literal("2025-12-02", oxigraph::model::vocab::xsd::DATE).into(),
            ),
        ];
        let units = of_quads(&quads, &g);
        assert_eq!(units.entities.len(), 1);
        assert_eq!(units.entities[0].surname.as_deref(), Some("Kushner"));
        assert_eq!(units.entities[0].roles, ["gendre"]);
        assert_eq!(units.events[0].date.as_deref(), Some("2025-12-02"));
        assert_eq!(units.roles.len(), 1);
        let json = units.to_json();
        assert_eq!(GraphUnits::from_json(&json).expect("parses"), units);
    }

    #[test]
    fn an_organization_keeps_its_other_forms() {
        let g = n("article/a");
        let quad = |s: &str, p: oxigraph::model::NamedNodeRef<'_>, o: Term| {
            Quad::new(n(s), p.into_owned(), o, GraphName::NamedNode(g.clone()))
        };
        let plain = |s: &str| Term::from(Literal::new_simple_literal(s));
        let quads = vec![
            quad(
                "organization/f",
                rdf::TYPE,
                ng::ORGANIZATION.into_owned().into(),
            ),
            quad("organization/f", rdfs::LABEL, plain("Force ouvrière")),
            quad("organization/f", skos::ALT_LABEL, plain("FO")),
            quad("person/p", rdf::TYPE, ng::PERSON.into_owned().into()),
            quad("person/p", rdfs::LABEL, plain("Frédéric Souillot")),
            quad("person/p", skos::ALT_LABEL, plain("Souillot")),
        ];
        let units = of_quads(&quads, &g);
        let names: Vec<&[String]> = units.entities.iter().map(|e| &e.names[..]).collect();
        assert_eq!(names, [&["FO".to_owned()][..], &[]]);
    }

    #[test]
    fn a_summary_of_another_version_is_not_read() {
        assert!(GraphUnits::from_json(r#"{"e":[],"v":[]}"#).is_err());
        assert!(GraphUnits::from_json(r#"{"n":1,"e":[]}"#).is_err());
        assert!(GraphUnits::from_json(&GraphUnits::default().to_json()).is_ok());
    }
}
