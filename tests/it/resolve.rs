//! Cross-document resolution: the corpus in `tests/data/resolve/` has pairs of mentions and
//! events that must share an IRI and pairs that must not (`expected.tsv`), and every ingest
//! order must give the same graph.

use std::path::PathBuf;

use crate::support::{root, sorted_files, Sandbox};

const BASE: &str = "https://w3id.org/newsgraph/id/";

fn articles() -> Vec<PathBuf> {
    let paths = sorted_files(&root().join("tests/data/resolve"), Some("txt"));
    assert!(paths.len() >= 10, "the corpus has its articles");
    paths
}

fn literal(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The IRIs a row's selector picks in one article's graph.
fn select(sandbox: &Sandbox, class: &str, article: &str, selector: &str) -> Vec<String> {
    let graph = format!("<{BASE}article/{article}>");
    let query = match class {
        "person" | "place" | "organization" => format!(
            "SELECT DISTINCT ?x WHERE {{ GRAPH {graph} {{ ?s ng:excerpt {} ; ng:denotes ?x }} }}",
            literal(selector)
        ),
        kind => {
            let class = if kind == "call" { "Call" } else { "Meeting" };
            let (date, who) = match selector.split_once('+') {
                Some((date, who)) => (date, Some(who.to_lowercase())),
                None => (selector, None),
            };
            let who = who
                .map(|w| {
                    format!(
                        "?x ng:participant ?p . {{ ?p rdfs:label ?l }} UNION {{ ?p skos:altLabel ?l }} \
                         FILTER(CONTAINS(LCASE(STR(?l)), {}))",
                        literal(&w)
                    )
                })
                .unwrap_or_default();
            format!(
                "SELECT DISTINCT ?x WHERE {{ GRAPH {graph} {{ ?x a ng:{class} ; ng:date ?d . \
                 FILTER(STR(?d) = {}) {who} }} }}",
                literal(date)
            )
        }
    };
    sandbox.select(&query)
}

#[test]
fn any_ingest_order_gives_the_same_graph() {
    let paths = articles();
    let batch = Sandbox::new();
    let refs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
    batch.ingest(&refs);

    let reversed = Sandbox::new();
    for path in paths.iter().rev() {
        reversed.ingest(&[path]);
    }

    // Every third article first, then the rest in two batches.
    let shuffled = Sandbox::new();
    let (thirds, rest): (Vec<_>, Vec<_>) = refs.iter().enumerate().partition(|(n, _)| n % 3 == 2);
    let thirds: Vec<&std::path::Path> = thirds.into_iter().map(|(_, p)| *p).collect();
    let rest: Vec<&std::path::Path> = rest.into_iter().map(|(_, p)| *p).collect();
    shuffled.ingest(&thirds);
    let (late, early) = rest.split_at(rest.len() / 2);
    shuffled.ingest(early);
    shuffled.ingest(late);

    // Ingested without resolving, then resolved once.
    let deferred = Sandbox::new();
    for path in paths.iter().rev() {
        deferred.ok(&["ingest", "-q", "--no-resolve", &path.display().to_string()]);
    }
    let resolved = deferred.ok(&["resolve"]);
    assert!(resolved.starts_with("resolved: "), "{resolved}");

    let expected = batch.sorted_export();
    assert_eq!(
        deferred.sorted_export(),
        expected,
        "ingest --no-resolve, then resolve"
    );
    assert_eq!(
        reversed.sorted_export(),
        expected,
        "reverse order, one by one"
    );
    assert_eq!(shuffled.sorted_export(), expected, "shuffled batches");

    // Ingesting everything again changes nothing.
    batch.ingest(&refs);
    assert_eq!(batch.sorted_export(), expected, "re-ingest");
}

#[test]
fn pairs_that_must_merge_merge_and_the_others_stay_apart() {
    let paths = articles();
    let sandbox = Sandbox::new();
    let refs: Vec<&std::path::Path> = paths.iter().map(PathBuf::as_path).collect();
    sandbox.ingest(&refs);

    let table = std::fs::read_to_string(root().join("tests/data/resolve/expected.tsv"))
        .expect("expected.tsv");
    let (mut checked, mut skipped, mut failures) = (0, Vec::new(), Vec::new());
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [verdict, class, a, sel_a, b, sel_b, comment] = fields[..] else {
            panic!("malformed row: {line}");
        };
        // An `apart call` row pairs a call with a meeting.
        let class_b = if verdict == "apart" && class == "call" {
            "meeting"
        } else {
            class
        };
        let (x, y) = (
            select(&sandbox, class, a, sel_a),
            select(&sandbox, class_b, b, sel_b),
        );
        if comment.contains("[extraction miss") {
            skipped.push(line.to_owned());
            continue;
        }
        if x.len() != 1 || y.len() != 1 {
            failures.push(format!("selector not found once: {line} → {x:?} / {y:?}"));
            continue;
        }
        let same = x[0] == y[0];
        match (verdict, same) {
            ("merge", true) | ("apart", false) => checked += 1,
            _ => failures.push(format!("{verdict} failed: {line} → {} / {}", x[0], y[0])),
        }
    }
    eprintln!(
        "{checked} rows hold; {} rows wait for extraction: {skipped:#?}",
        skipped.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked >= 40, "{checked} rows checked");
}
