//! The entities graph: one description of each entity and event, the example queries read on
//! it without multiplied rows, and the counts it keeps.

use std::path::PathBuf;

use crate::support::{root, seeds, sorted_files, Sandbox, PREFIXES};

const ENTITIES: &str = "<https://w3id.org/newsgraph/id/graph/entities>";

fn examples_and_seeds() -> Sandbox {
    let sb = Sandbox::new();
    sb.ingest(&[&root().join("examples/articles"), &seeds().join("dated")]);
    sb
}

fn example_queries() -> Vec<PathBuf> {
    let queries = sorted_files(&root().join("examples/queries"), Some("rq"));
    assert!(queries.len() >= 7, "the example queries are there");
    queries
}

/// The example articles' files, sorted.
fn example_articles() -> Vec<PathBuf> {
    sorted_files(&root().join("examples/articles"), None)
}

fn sorted(mut rows: Vec<String>) -> Vec<String> {
    rows.sort();
    rows
}

/// Each example SELECT gives the same rows as its DISTINCT form: no entity named by several
/// articles, no label, multiplies a row. The ASK answers false (no broken span).
#[test]
fn example_queries_repeat_no_row() {
    let sb = examples_and_seeds();
    for path in example_queries() {
        let text = std::fs::read_to_string(&path).expect("query");
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        if text.contains("\nASK") {
            let out = sb.ok(&["query", "--format", "tsv", &text]);
            assert_eq!(out.trim(), "false", "{name}");
            continue;
        }
        let rows = sb.select(&text);
        assert!(rows.len() >= 5, "{name} gives rows: {rows:?}");
        let distinct = text.replacen("\nSELECT ", "\nSELECT DISTINCT ", 1);
        let distinct = distinct.replacen("SELECT DISTINCT DISTINCT", "SELECT DISTINCT", 1);
        assert_eq!(
            sorted(rows.clone()),
            sorted(sb.select(&distinct)),
            "{name}: some rows repeat"
        );
        if name != "claims.rq" && name != "roles.rq" {
            let set: std::collections::BTreeSet<&String> = rows.iter().collect();
            assert_eq!(set.len(), rows.len(), "{name}: some rows repeat");
        }
    }
}

/// One preferred French label per entity, and an article count that is the number of articles
/// mentioning it.
#[test]
fn every_entity_has_one_french_label_and_its_article_count() {
    let sb = examples_and_seeds();
    let labels = sb.select(&format!(
        "{PREFIXES}SELECT ?e (COUNT(?l) AS ?n) WHERE {{ GRAPH {ENTITIES} {{ ?e ng:articleCount ?c
           OPTIONAL {{ ?e skos:prefLabel ?l FILTER(LANG(?l) = 'fr') }} }} }} GROUP BY ?e HAVING(?n != 1)"
    ));
    assert!(labels.is_empty(), "not one French label: {labels:?}");
    let trump = sb.select(&format!(
        "{PREFIXES}SELECT ?l WHERE {{ GRAPH {ENTITIES} {{ <https://w3id.org/newsgraph/id/person/donald-trump> skos:prefLabel ?l }} }}"
    ));
    assert_eq!(trump.len(), 2, "French and English: {trump:?}");
    let wrong = sb.select(&format!(
        "{PREFIXES}SELECT ?e ?c ?n WHERE {{
           GRAPH {ENTITIES} {{ ?e a ?class ; ng:articleCount ?c VALUES ?class {{ ng:Person ng:Place ng:Organization }} }}
           {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?a ng:mentions ?e }} }} GROUP BY ?e }}
           FILTER(?c != ?n) }}"
    ));
    assert!(wrong.is_empty(), "wrong counts: {wrong:?}");
    let described = sb.count(&format!(
        "{PREFIXES}SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ENTITIES} {{ ?e a ng:Person }} }}"
    ));
    let mentioned = sb.count(&format!(
        "{PREFIXES}SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?a {{ ?a a ng:Article . ?e a ng:Person }} }}"
    ));
    assert_eq!(described, mentioned);
}

/// A meeting announced by one article and reported as held by another is one event, held, on
/// the day the later report gives; each article's graph keeps its own status.
#[test]
fn a_meeting_announced_then_held_is_described_as_held() {
    let sb = Sandbox::new();
    let announced = sb.file(
        "announce.txt",
        crate::support::article(
            "announce",
            "2025-08-09",
            "Donald Trump rencontrera Vladimir Poutine le 15 août en Alaska, a annoncé la Maison Blanche.",
        ),
    );
    let held = sb.file(
        "held.txt",
        crate::support::article(
            "held",
            "2025-08-16",
            "Donald Trump a rencontré Vladimir Poutine vendredi en Alaska pendant près de trois heures.",
        ),
    );
    sb.ingest(&[&announced, &held]);
    let rows = sb.select(&format!(
        "{PREFIXES}SELECT ?status ?date ?n WHERE {{ GRAPH {ENTITIES} {{ ?m a ng:Meeting ; ng:status ?status ; ng:date ?date ; ng:articleCount ?n }} }}"
    ));
    assert_eq!(
        rows,
        [
            "<https://w3id.org/newsgraph/ontology#Occurred>\t\"2025-08-15\"^^<http://www.w3.org/2001/XMLSchema#date>\t2"
        ]
    );
    let statuses = sb.select(&format!(
        "{PREFIXES}SELECT ?s WHERE {{ GRAPH ?a {{ ?m ng:status ?s }} FILTER(?a != {ENTITIES}) }} ORDER BY ?s"
    ));
    assert_eq!(statuses.len(), 2, "{statuses:?}");
}

/// Descriptions kept up to date one article at a time are those `resolve` writes from scratch.
#[test]
fn descriptions_updated_per_ingest_equal_a_full_rewrite() {
    let dir = root().join("examples/articles");
    let paths = example_articles();
    let one_by_one = Sandbox::new();
    for path in paths.iter().rev() {
        one_by_one.ingest(&[path.as_path()]);
    }
    let full = Sandbox::new();
    full.ok(&["ingest", "-q", "--no-resolve", &dir.display().to_string()]);
    let before = full.select(&format!(
        "{PREFIXES}SELECT ?s ?p ?o WHERE {{ GRAPH {ENTITIES} {{ ?s ?p ?o }} }}"
    ));
    assert_eq!(
        before,
        [format!(
            "{ENTITIES}\t<https://w3id.org/newsgraph/ontology#resolutionPending>\ttrue"
        )],
        "no description before resolution, only the mark that it is pending"
    );
    assert!(full.ok(&["stats"]).contains("resolution: pending"));
    full.ok(&["resolve"]);
    assert!(!full.ok(&["stats"]).contains("pending"));
    assert_eq!(one_by_one.sorted_export(), full.sorted_export());
    // A second full rewrite changes nothing.
    let again = full.ok(&["resolve"]);
    assert!(again.contains(" 0 description(s) rewritten"), "{again}");
}

/// Articles that went in unresolved (`--no-resolve`, or a run killed before its resolution
/// ended) are described by the next ingest, which ends with the same store as one clean run.
#[test]
fn the_ingest_after_an_unresolved_one_describes_everything() {
    let paths = example_articles();
    let (first, rest) = paths.split_at(paths.len() / 2);
    let args = |extra: &[&str], paths: &[PathBuf]| -> Vec<String> {
        let mut args: Vec<String> = ["ingest", "-q"].iter().map(|s| s.to_string()).collect();
        args.extend(extra.iter().map(|s| s.to_string()));
        args.extend(paths.iter().map(|p| p.display().to_string()));
        args
    };
    let run = |sb: &Sandbox, args: Vec<String>| {
        sb.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    };
    let split = Sandbox::new();
    run(&split, args(&["--no-resolve"], first));
    run(&split, args(&[], rest));
    let clean = Sandbox::new();
    run(&clean, args(&[], &paths));
    assert_eq!(split.sorted_export(), clean.sorted_export());
    assert!(!split.ok(&["stats"]).contains("pending"));
}

/// `stats` counts from the entities graph, and the quads only when asked.
#[test]
fn stats_counts_described_things_and_quads_on_request() {
    let sb = examples_and_seeds();
    let stats = sb.ok(&["stats"]);
    assert!(
        !stats.contains("quads") && !stats.contains("triples"),
        "{stats}"
    );
    let get = |out: &str, name: &str| -> usize {
        out.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().last())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {out}"))
    };
    assert_eq!(get(&stats, "articles"), 19);
    let meetings = sb.count(&format!(
        "{PREFIXES}SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH ?a {{ ?m a ng:Meeting }} }}"
    ));
    assert_eq!(get(&stats, "meetings"), meetings);
    let with_quads = sb.ok(&["stats", "--quads"]);
    let exported = sb.ok(&["export", "--format", "nquads"]).lines().count();
    assert_eq!(get(&with_quads, "quads"), exported);
}

/// An article ingested again without a name it had: the name's description goes, the count of
/// what it still names stays right.
#[test]
fn an_edited_article_leaves_no_stale_description() {
    let sb = Sandbox::new();
    let first = crate::support::article(
        "edited",
        "2025-04-26",
        "Iouri Ouchakov a reçu Kirill Dmitriev à Moscou.",
    );
    let path = sb.file("edited.txt", first);
    sb.ingest(&[&path]);
    let dmitriev = format!(
        "{PREFIXES}SELECT ?c WHERE {{ GRAPH {ENTITIES} {{ <https://w3id.org/newsgraph/id/person/kirill-dmitriev> ng:articleCount ?c }} }}"
    );
    assert_eq!(sb.select(&dmitriev).len(), 1);
    std::fs::write(
        &path,
        crate::support::article(
            "edited",
            "2025-04-26",
            "Iouri Ouchakov est arrivé à Moscou.",
        ),
    )
    .expect("rewrite");
    sb.ingest(&[&path]);
    assert!(sb.select(&dmitriev).is_empty(), "stale description");
    let full = Sandbox::new();
    full.ingest(&[&path]);
    assert_eq!(sb.sorted_export(), full.sorted_export());
}
