//! The exact-label query for a batch of entities, and the candidates read from its answer.
//!
//! The query must stay fast on Wikidata's query service, which holds over a hundred million
//! items: no FILTER over labels, only index lookups. Each name of each entity is a row of a
//! VALUES block, as a literal tagged `fr`, `en` and `mul` (Wikidata's label for all languages),
//! next to the entity's position in the batch, so one request serves up to [`BATCH`] entities.
//! The item must carry the name as a label or an alias and be of the class's type: a human
//! (`wdt:P31 wd:Q5`), a geographic entity (`wd:Q27096213`) or an organization (`wd:Q43229`),
//! the last two through any chain of `wdt:P279` subclasses. Names reach the query only as
//! escaped string literals ([`literal`]); nothing else in it comes from the store.

use std::collections::BTreeMap;

use super::endpoint::Solution;
use super::Entity;
use crate::reference::EntityClass;

/// The most entities one request asks about.
pub const BATCH: usize = 20;
/// The languages a name is tried in.
const LANGUAGES: [&str; 3] = ["fr", "en", "mul"];
/// The Wikidata entity namespace: an item's IRI is this and its Q-id.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";

/// How an item carries one of the entity's names, from strongest to weakest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// The item's French label.
    FrenchLabel,
    /// Its English label, or its label for all languages (`mul`).
    OtherLabel,
    /// One of its aliases (`skos:altLabel`), or a label in a language not tried here.
    Alias,
}

/// An item that carries at least one of an entity's names and has the entity's type.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// "Q567".
    pub qid: String,
    /// The item's French, English and `mul` labels, where it has them.
    pub labels: [Option<String>; 3],
    /// Its French and English descriptions.
    pub descriptions: [Option<String>; 2],
    pub sitelinks: u64,
    /// Index into the entity's names → how the item carries that name.
    pub matches: BTreeMap<usize, Match>,
}

impl Candidate {
    /// What Wikidata calls the item: French label, else English, else `mul`, else its Q-id.
    pub fn label(&self) -> &str {
        self.labels.iter().flatten().next().unwrap_or(&self.qid)
    }

    /// Its French description, else its English one.
    pub fn description(&self) -> Option<&str> {
        self.descriptions
            .iter()
            .flatten()
            .next()
            .map(String::as_str)
    }

    /// How the item carries the entity's name best.
    pub fn best_match(&self) -> Match {
        self.matches.values().copied().min().unwrap_or(Match::Alias)
    }
}

/// A string as a SPARQL string literal, quoted and escaped, safe to put in any query.
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The type constraint of a class: a pattern on `?item`.
fn type_constraint(class: EntityClass) -> &'static str {
    match class {
        // Humans are typed directly; a path through subclasses would only slow the query.
        EntityClass::Person => "?item wdt:P31 wd:Q5 .",
        EntityClass::Place => "?item wdt:P31/wdt:P279* wd:Q27096213 .",
        EntityClass::Organization => "?item wdt:P31/wdt:P279* wd:Q43229 .",
    }
}

/// The query that finds the items carrying the names of a batch of entities of one class.
pub fn candidates_query(class: EntityClass, batch: &[&Entity]) -> String {
    let mut rows = String::new();
    for (n, entity) in batch.iter().enumerate() {
        for name in &entity.names {
            for lang in LANGUAGES {
                rows.push_str(&format!("    ({n} {}@{lang})\n", literal(name)));
            }
        }
    }
    format!(
        "PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?n ?name ?item ?frLabel ?enLabel ?mulLabel ?frDesc ?enDesc ?sitelinks WHERE {{
  VALUES (?n ?name) {{
{rows}  }}
  ?item rdfs:label|skos:altLabel ?name .
  {}
  OPTIONAL {{ ?item rdfs:label ?frLabel FILTER(LANG(?frLabel) = \"fr\") }}
  OPTIONAL {{ ?item rdfs:label ?enLabel FILTER(LANG(?enLabel) = \"en\") }}
  OPTIONAL {{ ?item rdfs:label ?mulLabel FILTER(LANG(?mulLabel) = \"mul\") }}
  OPTIONAL {{ ?item schema:description ?frDesc FILTER(LANG(?frDesc) = \"fr\") }}
  OPTIONAL {{ ?item schema:description ?enDesc FILTER(LANG(?enDesc) = \"en\") }}
  OPTIONAL {{ ?item wikibase:sitelinks ?sitelinks }}
}}
",
        type_constraint(class)
    )
}

/// The candidates of each entity of the batch, read from the query's solutions, sorted by
/// Q-id. Rows that do not fit (another entity index, a name not asked, an IRI that is no
/// Wikidata item) are ignored: an odd answer gives fewer candidates, not an error.
pub fn candidates(solutions: &[Solution], batch: &[&Entity]) -> Vec<Vec<Candidate>> {
    let mut found: Vec<BTreeMap<u64, Candidate>> = vec![BTreeMap::new(); batch.len()];
    for row in solutions {
        let value = |var: &str| row.get(var).map(|b| b.value.clone());
        let Some(n) = value("n").and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let (Some(entity), Some(item), Some(name)) =
            (batch.get(n), row.get("item"), row.get("name"))
        else {
            continue;
        };
        let Some(number) = item
            .value
            .strip_prefix(WIKIDATA_ENTITY)
            .and_then(|id| id.strip_prefix('Q'))
            .and_then(|digits| digits.parse::<u64>().ok())
        else {
            continue;
        };
        let Some(index) = entity.names.iter().position(|n| *n == name.value) else {
            continue;
        };
        let labels = [value("frLabel"), value("enLabel"), value("mulLabel")];
        let carried = match name.lang.as_deref() {
            Some("fr") if labels[0].as_ref() == Some(&name.value) => Match::FrenchLabel,
            Some("en") if labels[1].as_ref() == Some(&name.value) => Match::OtherLabel,
            Some("mul") if labels[2].as_ref() == Some(&name.value) => Match::OtherLabel,
            _ => Match::Alias,
        };
        let candidate = found[n].entry(number).or_insert_with(|| Candidate {
            qid: format!("Q{number}"),
            labels,
            descriptions: [value("frDesc"), value("enDesc")],
            sitelinks: value("sitelinks").and_then(|s| s.parse().ok()).unwrap_or(0),
            matches: BTreeMap::new(),
        });
        let best = candidate.matches.entry(index).or_insert(carried);
        *best = (*best).min(carried);
    }
    found
        .into_iter()
        .map(|by_number| by_number.into_values().collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::endpoint::parse_results;
    use oxigraph::model::NamedNode;

    fn entity(class: EntityClass, names: &[&str]) -> Entity {
        Entity {
            iri: NamedNode::new_unchecked("https://w3id.org/newsgraph/id/x"),
            class,
            label: names[0].to_owned(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            hints: Vec::new(),
        }
    }

    #[test]
    fn literals_are_escaped() {
        assert_eq!(literal("Kirill Dmitriev"), "\"Kirill Dmitriev\"");
        assert_eq!(literal("l'\"Ours\""), r#""l'\"Ours\"""#);
        assert_eq!(literal(r"a\b"), r#""a\\b""#);
        assert_eq!(literal("deux\nlignes\r\tfin"), r#""deux\nlignes\r\tfin""#);
        assert_eq!(literal("x\" } DROP ALL #"), r#""x\" } DROP ALL #""#);
    }

    /// Every escaped string reads back, through a real SPARQL parser, as the same string.
    #[test]
    fn escaped_literals_parse_back_to_the_same_string() {
        for text in [
            "\"",
            "\\",
            "\\\"",
            "a\nb",
            "tab\there",
            "x\" } DROP ALL #",
            "é€𝄞",
            "\u{8}\u{c}",
        ] {
            let query = format!("SELECT ?x WHERE {{ BIND({} AS ?x) }}", literal(text));
            let store = oxigraph::store::Store::new().expect("in-memory store");
            let results = oxigraph::sparql::SparqlEvaluator::new()
                .parse_query(&query)
                .unwrap_or_else(|e| panic!("{query}: {e}"))
                .on_store(&store)
                .execute()
                .expect("evaluates");
            let oxigraph::sparql::QueryResults::Solutions(mut rows) = results else {
                panic!("a select");
            };
            let row = rows.next().expect("one row").expect("no error");
            match row.get("x") {
                Some(oxigraph::model::Term::Literal(l)) => assert_eq!(l.value(), text),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn the_query_asks_each_name_in_each_language_with_the_class_type() {
        let a = entity(EntityClass::Person, &["Angela Merkel"]);
        let b = entity(EntityClass::Person, &["Iouri Belov", "Youri \"Belov\""]);
        let query = candidates_query(EntityClass::Person, &[&a, &b]);
        assert!(query.contains("(0 \"Angela Merkel\"@fr)"), "{query}");
        assert!(query.contains("(0 \"Angela Merkel\"@en)"), "{query}");
        assert!(query.contains("(1 \"Youri \\\"Belov\\\"\"@mul)"), "{query}");
        assert!(query.contains("?item wdt:P31 wd:Q5 ."), "{query}");
        assert!(!query.contains("P279"), "{query}");
        assert!(!query.contains("FILTER(CONTAINS") && !query.contains("REGEX"));
        let place = candidates_query(EntityClass::Place, &[&a]);
        assert!(place.contains("?item wdt:P31/wdt:P279* wd:Q27096213 ."));
        let org = candidates_query(EntityClass::Organization, &[&a]);
        assert!(org.contains("?item wdt:P31/wdt:P279* wd:Q43229 ."));
        // The query parses as SPARQL.
        if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(&query) {
            panic!("{e}\n{query}");
        }
    }

    #[test]
    fn candidates_are_read_per_entity_with_how_they_match() {
        let a = entity(EntityClass::Person, &["Youri Belov", "Iouri Belov"]);
        let b = entity(EntityClass::Person, &["Ingrid Halvorsen"]);
        let wd =
            |q: &str| format!(r#"{{"type":"uri","value":"http://www.wikidata.org/entity/{q}"}}"#);
        let lit = |v: &str, lang: &str| {
            format!(r#"{{"type":"literal","value":"{v}","xml:lang":"{lang}"}}"#)
        };
        let n = |i: u32| {
            format!(
                r#"{{"type":"literal","value":"{i}","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}"#
            )
        };
        let body = format!(
            r#"{{"head":{{"vars":[]}},"results":{{"bindings":[
              {{"n":{},"name":{},"item":{},"frLabel":{},"enLabel":{},"frDesc":{},"sitelinks":{}}},
              {{"n":{},"name":{},"item":{},"frLabel":{},"enLabel":{},"frDesc":{},"sitelinks":{}}},
              {{"n":{},"name":{},"item":{},"frLabel":{},"enLabel":{},"frDesc":{},"sitelinks":{}}},
              {{"n":{},"name":{},"item":{},"frLabel":{}}},
              {{"n":{},"name":{},"item":{{"type":"uri","value":"http://www.wikidata.org/entity/L5"}}}},
              {{"n":{},"name":{},"item":{}}}
            ]}}}}"#,
            n(0),
            lit("Youri Belov", "fr"),
            wd("Q42"),
            lit("Iouri Belov", "fr"),
            lit("Yuri Belov", "en"),
            lit("porte-parole", "fr"),
            n(3),
            n(0),
            lit("Iouri Belov", "fr"),
            wd("Q42"),
            lit("Iouri Belov", "fr"),
            lit("Yuri Belov", "en"),
            lit("porte-parole", "fr"),
            n(3),
            n(0),
            lit("Iouri Belov", "en"),
            wd("Q42"),
            lit("Iouri Belov", "fr"),
            lit("Yuri Belov", "en"),
            lit("porte-parole", "fr"),
            n(3),
            n(1),
            lit("Ingrid Halvorsen", "fr"),
            wd("Q7"),
            lit("Ingrid Halvorsen", "fr"),
            n(1),
            lit("Ingrid Halvorsen", "fr"),
            n(5),
            lit("Ingrid Halvorsen", "fr"),
            wd("Q8"),
        );
        let solutions = parse_results(&body).expect("valid");
        let found = candidates(&solutions, &[&a, &b]);
        assert_eq!(found.len(), 2);
        let belov = &found[0][0];
        assert_eq!(belov.qid, "Q42");
        assert_eq!(belov.sitelinks, 3);
        assert_eq!(belov.label(), "Iouri Belov");
        assert_eq!(belov.description(), Some("porte-parole"));
        assert_eq!(
            belov.matches,
            BTreeMap::from([(0, Match::Alias), (1, Match::FrenchLabel)])
        );
        assert_eq!(
            found[1].len(),
            1,
            "the lexeme and the unknown index are ignored"
        );
        assert_eq!(found[1][0].best_match(), Match::FrenchLabel);
    }
}
