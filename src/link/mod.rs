//! LINK: `owl:sameAs` links from the store's people, places and organizations to Wikidata,
//! found through a SPARQL endpoint shaped like Wikidata's query service.
//!
//! The stages, in order:
//! 1. [`unlinked`] reads from the store every entity without a Wikidata link, with the names
//!    to look up and the hints that describe it (a person's titles, a place's country);
//! 2. [`query::candidates_query`] turns a batch of entities of one class into one exact-label
//!    query, [`endpoint::Endpoint::select`] sends it (rate limit, retries, back-off) and
//!    [`query::candidates`] reads the items of the answer;
//! 3. [`rank::decide`] scores them and links the entity, or calls it ambiguous (pure);
//! 4. [`link_quads`] maps the links to the quads of the links graph, `<base>graph/links`,
//!    which the command writes in one transaction with the links already there ([`merge`]).
//!
//! Everything is computed before anything is written: an endpoint that fails half-way leaves
//! the store as it was.

pub mod endpoint;
pub mod query;
pub mod rank;

use std::collections::BTreeMap;

use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use oxigraph::sparql::QueryResults;

use crate::lang::Language;
use crate::rdf::{decimal, Minter};
use crate::reference::EntityClass;
use crate::store::{GraphStore, StoreError};
use crate::vocab::{ng, owl};
use endpoint::{Endpoint, EndpointError};
use query::WIKIDATA_ENTITY;
use rank::Decision;

/// The most names of one entity that are looked up.
pub const MAX_NAMES: usize = 8;

/// An entity of the store that has no Wikidata link yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub iri: NamedNode,
    pub class: EntityClass,
    /// What the store calls it: its French label, else another label.
    pub label: String,
    /// The names to look up, labels before aliases.
    pub names: Vec<String>,
    /// What the store knows that a description may say: a person's titles, a place's country.
    pub hints: Vec<String>,
}

/// An entity and what ranking decided for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub entity: &'a Entity,
    pub decision: Decision,
}

/// What the store holds about one entity, gathered before the names are chosen.
#[derive(Default)]
struct Gathered {
    classes: Vec<EntityClass>,
    /// (French first, the label) for labels, then aliases.
    labels: Vec<(bool, String)>,
    aliases: Vec<String>,
    hints: Vec<String>,
    geonames: Vec<String>,
}

/// Every person, place and organization without an `owl:sameAs` to a Wikidata item in any
/// graph, sorted by IRI, with the names and hints read from all graphs.
pub fn unlinked(store: &GraphStore, base: &str) -> Result<Vec<Entity>, StoreError> {
    let mut gathered: BTreeMap<String, Gathered> = BTreeMap::new();
    let names = format!(
        "SELECT ?e ?class ?name ?alias WHERE {{
           VALUES ?class {{ ng:Person ng:Place ng:Organization }}
           ?e a ?class .
           FILTER NOT EXISTS {{ ?e owl:sameAs ?w FILTER(STRSTARTS(STR(?w), \"{WIKIDATA_ENTITY}Q\")) }}
           {{ ?e rdfs:label ?name BIND(false AS ?alias) }} UNION {{ ?e skos:altLabel ?name BIND(true AS ?alias) }}
         }}"
    );
    for row in select(store, &names, base)? {
        let (Some(Term::NamedNode(e)), Some(Term::NamedNode(class)), Some(Term::Literal(name))) =
            (row.get("e"), row.get("class"), row.get("name"))
        else {
            continue;
        };
        let Some(class) = EntityClass::ALL
            .into_iter()
            .find(|c| c.iri() == class.as_ref())
        else {
            continue;
        };
        let entry = gathered.entry(e.as_str().to_owned()).or_default();
        entry.classes.push(class);
        let name = name_text(name.value());
        if matches!(row.get("alias"), Some(Term::Literal(l)) if l.value() == "true") {
            entry.aliases.push(name);
        } else {
            let french =
                matches!(row.get("name"), Some(Term::Literal(l)) if l.language() == Some("fr"));
            entry.labels.push((french, name));
        }
    }
    let roles = "SELECT ?e ?role WHERE { ?e a ng:Person ; ng:holdsRole ?r . ?r rdfs:label ?role }";
    for row in select(store, roles, base)? {
        if let (Some(Term::NamedNode(e)), Some(Term::Literal(role))) =
            (row.get("e"), row.get("role"))
        {
            if let Some(entry) = gathered.get_mut(e.as_str()) {
                entry.hints.push(role.value().to_owned());
            }
        }
    }
    let geonames = "SELECT ?e ?g WHERE { ?e a ng:Place ; owl:sameAs ?g FILTER(STRSTARTS(STR(?g), \"https://sws.geonames.org/\")) }";
    for row in select(store, geonames, base)? {
        if let (Some(Term::NamedNode(e)), Some(Term::NamedNode(g))) = (row.get("e"), row.get("g")) {
            if let Some(entry) = gathered.get_mut(e.as_str()) {
                if let Some(id) = g.as_str().strip_prefix("https://sws.geonames.org/") {
                    entry.geonames.push(id.trim_end_matches('/').to_owned());
                }
            }
        }
    }
    Ok(gathered
        .into_iter()
        .filter_map(|(iri, g)| entity(NamedNode::new_unchecked(iri), g))
        .collect())
}

/// Chooses an entity's class, label, names and hints from what the store holds.
fn entity(iri: NamedNode, mut g: Gathered) -> Option<Entity> {
    // An IRI typed twice keeps the first class in the order person, place, organization.
    let class = g.classes.iter().copied().min()?;
    g.labels
        .sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    g.aliases.sort();
    let label = g
        .labels
        .first()
        .map(|(_, l)| l.clone())
        .or_else(|| g.aliases.first().cloned())?;
    let mut names: Vec<String> = Vec::new();
    for name in g.labels.into_iter().map(|(_, l)| l).chain(g.aliases) {
        let length = name.chars().count();
        if (2..=120).contains(&length) && !names.contains(&name) {
            names.push(name);
        }
    }
    // A surname alone ("Merkel") finds every namesake; a person's fuller name is enough.
    if class == EntityClass::Person && names.iter().any(|n| n.contains(' ')) {
        names.retain(|n| n.contains(' '));
    }
    names.truncate(MAX_NAMES);
    let mut hints = g.hints;
    if class == EntityClass::Place {
        let geonames = g.geonames.first().map(String::as_str);
        // Place labels are written by the French tables, which also know their countries.
        if let Some((fr, en)) = Language::French.lexicon().country_of(geonames, &label) {
            hints.extend([fr.to_owned(), en.to_owned()]);
        }
    }
    hints.sort();
    hints.dedup();
    Some(Entity {
        iri,
        class,
        label,
        names,
        hints,
    })
}

/// A name as one line of plain spaces.
fn name_text(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn select(
    store: &GraphStore,
    query: &str,
    base: &str,
) -> Result<Vec<oxigraph::sparql::QuerySolution>, StoreError> {
    match store.query(query, base)? {
        QueryResults::Solutions(rows) => rows
            .collect::<Result<_, _>>()
            .map_err(|e| StoreError::Query(format!("query evaluation failed: {e}"))),
        _ => Ok(Vec::new()),
    }
}

/// Asks the endpoint about every entity, a batch of one class at a time, and decides.
/// Outcomes come in the order of `entities` within each class, classes in their order.
pub fn find_links<'a>(
    entities: &'a [Entity],
    endpoint: &mut Endpoint,
) -> Result<Vec<Outcome<'a>>, EndpointError> {
    let mut outcomes = Vec::with_capacity(entities.len());
    for class in EntityClass::ALL {
        let of_class: Vec<&Entity> = entities.iter().filter(|e| e.class == class).collect();
        for batch in of_class.chunks(query::BATCH) {
            let solutions = endpoint.select(&query::candidates_query(class, batch))?;
            let found = query::candidates(&solutions, batch);
            for (entity, candidates) in batch.iter().zip(found) {
                outcomes.push(Outcome {
                    entity,
                    decision: rank::decide(entity, candidates),
                });
            }
        }
    }
    Ok(outcomes)
}

/// The quads of the links decided: for each, `<entity> owl:sameAs <wd:Q…>` and the
/// `rdf:Statement` that reifies it with its `ng:confidence` and `ng:method`, in the links graph.
pub fn link_quads(minter: &Minter, outcomes: &[Outcome<'_>]) -> Vec<Quad> {
    let graph = GraphName::NamedNode(minter.links_graph());
    let mut quads = Vec::new();
    for outcome in outcomes {
        let Decision::Linked { best, confidence } = &outcome.decision else {
            continue;
        };
        let entity = &outcome.entity.iri;
        let item = NamedNode::new_unchecked(format!("{WIKIDATA_ENTITY}{}", best.candidate.qid));
        let statement = minter.link(entity);
        let mut add = |s: &NamedNode, p, o: Term| {
            quads.push(Quad::new(s.clone(), p, o, graph.clone()));
        };
        add(entity, owl::SAME_AS.into_owned(), item.clone().into());
        add(
            &statement,
            rdf::TYPE.into_owned(),
            rdf::STATEMENT.into_owned().into(),
        );
        add(&statement, rdf::SUBJECT.into_owned(), entity.clone().into());
        add(
            &statement,
            rdf::PREDICATE.into_owned(),
            owl::SAME_AS.into_owned().into(),
        );
        add(&statement, rdf::OBJECT.into_owned(), item.into());
        add(
            &statement,
            ng::CONFIDENCE.into_owned(),
            decimal(*confidence).into(),
        );
        add(
            &statement,
            ng::METHOD.into_owned(),
            Literal::new_simple_literal(best.method()).into(),
        );
    }
    quads
}

/// The links graph's old quads and the new ones, sorted, without duplicates.
pub fn merge(old: Vec<Quad>, new: Vec<Quad>) -> Vec<Quad> {
    let mut all = old;
    all.extend(new);
    all.sort_by_cached_key(|q| q.to_string());
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gathered(class: EntityClass, labels: &[(bool, &str)], aliases: &[&str]) -> Gathered {
        Gathered {
            classes: vec![class],
            labels: labels.iter().map(|(f, l)| (*f, (*l).to_owned())).collect(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            ..Gathered::default()
        }
    }

    fn iri(path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("https://w3id.org/newsgraph/id/{path}"))
    }

    #[test]
    fn names_put_the_french_label_first_and_drop_a_bare_surname() {
        let g = gathered(
            EntityClass::Person,
            &[(false, "Kirill Dmitriev"), (true, "Kirill Dmitriev")],
            &["Dmitriev", "Kirill Dmitriyev"],
        );
        let e = entity(iri("person/kirill-dmitriev"), g).expect("an entity");
        assert_eq!(e.label, "Kirill Dmitriev");
        assert_eq!(e.names, ["Kirill Dmitriev", "Kirill Dmitriyev"]);
        // An organization keeps its one-word names.
        let g = gathered(
            EntityClass::Organization,
            &[(true, "Reuters")],
            &["agence Reuters"],
        );
        let e = entity(iri("organization/reuters"), g).expect("an entity");
        assert_eq!(e.names, ["Reuters", "agence Reuters"]);
    }

    #[test]
    fn a_place_is_described_by_its_country() {
        let mut g = gathered(EntityClass::Place, &[(true, "Berlin")], &[]);
        g.geonames.push("2950159".to_owned());
        let e = entity(iri("place/geonames-2950159"), g).expect("an entity");
        assert_eq!(e.hints, ["Allemagne", "Germany"]);
    }

    #[test]
    fn a_link_is_a_same_as_and_its_reified_statement() {
        let e = entity(
            iri("person/angela-merkel"),
            gathered(EntityClass::Person, &[(true, "Angela Merkel")], &[]),
        )
        .expect("an entity");
        let candidate = query::Candidate {
            qid: "Q567".to_owned(),
            labels: [Some("Angela Merkel".to_owned()), None, None],
            descriptions: [None, None],
            sitelinks: 0,
            matches: BTreeMap::from([(0, query::Match::FrenchLabel)]),
        };
        let outcome = Outcome {
            entity: &e,
            decision: rank::decide(&e, vec![candidate]),
        };
        let minter = Minter::new(crate::vocab::DEFAULT_BASE);
        let quads = merge(Vec::new(), link_quads(&minter, &[outcome]));
        let lines: Vec<String> = quads.iter().map(ToString::to_string).collect();
        let id = "https://w3id.org/newsgraph/id/";
        let wd = "<http://www.wikidata.org/entity/Q567>";
        let g = format!("<{id}graph/links>");
        let st = format!("<{id}link/person-angela-merkel>");
        assert!(lines.contains(&format!(
            "<{id}person/angela-merkel> <http://www.w3.org/2002/07/owl#sameAs> {wd} {g}"
        )));
        assert!(lines.contains(&format!(
            "{st} <https://w3id.org/newsgraph/ontology#confidence> \"0.60\"^^<http://www.w3.org/2001/XMLSchema#decimal> {g}"
        )));
        assert!(lines.contains(&format!(
            "{st} <https://w3id.org/newsgraph/ontology#method> \"label+type\" {g}"
        )));
        assert_eq!(lines.len(), 7, "{lines:#?}");
        // Merging the same links again changes nothing.
        assert_eq!(merge(quads.clone(), quads.clone()), quads);
    }
}
