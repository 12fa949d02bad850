//! Every query result format, every export format, and a round trip through another RDF tool.

use crate::support::{article, seeds, Sandbox, PREFIXES};

fn sandbox_with_articles() -> Sandbox {
    let sb = Sandbox::new();
    let a = sb.file(
        "a.txt",
        article(
            "a",
            "2025-04-25",
            "Vladimir Poutine a reçu Steve Witkoff à Moscou.",
        ),
    );
    let b = sb.file(
        "b.txt",
        article(
            "b",
            "2025-04-26",
            "Iouri Ouchakov a parlé de Moscou et de Kiev.",
        ),
    );
    sb.ingest(&[&a, &b]);
    sb
}

const MENTIONS: &str = "SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a ng:mentions ?e } ?e rdfs:label ?label FILTER(LANG(?label) = 'fr') } GROUP BY ?label ORDER BY DESC(?n) ?label";

#[test]
fn select_prints_in_every_results_format() {
    let sb = sandbox_with_articles();
    let q = format!("{PREFIXES}{MENTIONS}");
    let table = sb.ok(&["query", "--format", "table", &q]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        vec!["label", "n"]
    );
    assert!(
        lines[2].starts_with("Moscou") && lines[2].ends_with('2'),
        "{table}"
    );
    assert_eq!(*lines.last().expect("rows"), "(5 rows)");

    let csv = sb.ok(&["query", "--format", "csv", &q]);
    assert!(csv.starts_with("label,n\r\nMoscou,2\r\n"), "{csv}");
    let tsv = sb.ok(&["query", "--format", "tsv", &q]);
    assert!(tsv.starts_with("?label\t?n\n\"Moscou\"@fr\t2\n"), "{tsv}");
    let json: serde_json::Value =
        serde_json::from_str(&sb.ok(&["query", "--format", "json", &q])).expect("json");
    assert_eq!(json["head"]["vars"], serde_json::json!(["label", "n"]));
    assert_eq!(json["results"]["bindings"][0]["label"]["value"], "Moscou");
    let xml = sb.ok(&["query", "--format", "xml", &q]);
    assert!(
        xml.contains("<sparql") && xml.contains("<literal xml:lang=\"fr\">Moscou</literal>"),
        "{xml}"
    );
}

#[test]
fn ask_construct_and_describe() {
    let sb = sandbox_with_articles();
    assert_eq!(
        sb.ok(&["query", "--format", "table", "ASK { ?s a ng:Person }"])
            .trim(),
        "true"
    );
    let json = sb.ok(&["query", "--format", "json", "ASK { ?s a ng:Call }"]);
    assert!(json.contains("\"boolean\":false"), "{json}");
    let q =
        "CONSTRUCT { ?e a ng:Person } WHERE { GRAPH ?a { ?a ng:mentions ?e . ?e a ng:Person } }";
    let turtle = sb.ok(&["query", q]);
    assert!(turtle.contains("a ng:Person"), "{turtle}");
    let nt = sb.ok(&["query", "--format", "ntriples", q]);
    assert_eq!(nt.lines().count(), 3, "{nt}");
    let nq = sb.ok(&["query", "--format", "nquads", q]);
    assert_eq!(nq.lines().count(), 3, "{nq}");
    let describe = sb.ok(&[
        "query",
        "--format",
        "ntriples",
        "DESCRIBE <https://w3id.org/newsgraph/id/person/yuri-ushakov>",
    ]);
    assert!(describe.contains("Ouchakov"), "{describe}");
}

#[test]
fn query_from_a_file_and_from_stdin() {
    let sb = sandbox_with_articles();
    let f = sb.file("q.rq", "ASK { ?s a ng:Place }");
    assert_eq!(
        sb.ok(&[
            "query",
            "--format",
            "table",
            "-f",
            f.to_str().expect("utf-8")
        ])
        .trim(),
        "true"
    );
    let out = sb
        .cmd(&["query", "--format", "table"])
        .write_stdin("ASK { ?s a ng:Call }")
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "false");
}

#[test]
fn a_dataset_clause_is_honoured() {
    let sb = sandbox_with_articles();
    let count = |q: &str| sb.count(&format!("{PREFIXES}{q}"));
    // No dataset clause: the default graph is the union of every graph.
    let all = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    assert!(all > 0);
    assert_eq!(
        count("SELECT (COUNT(*) AS ?n) FROM <urn:nothing> WHERE { ?s ?p ?o }"),
        0
    );
    let graphs = sb.select(&format!(
        "{PREFIXES}SELECT ?a WHERE {{ GRAPH ?a {{ ?a a ng:Article }} }} ORDER BY ?a"
    ));
    let first = graphs[0].trim_matches(|c| c == '<' || c == '>');
    let in_first = count(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{first}> {{ ?s ?p ?o }} }}"
    ));
    assert!(in_first > 0 && in_first < all);
    assert_eq!(
        count(&format!(
            "SELECT (COUNT(*) AS ?n) FROM <{first}> WHERE {{ ?s ?p ?o }}"
        )),
        in_first
    );
    // FROM NAMED alone: an empty default graph, and only the named graph for GRAPH.
    assert_eq!(
        count(&format!(
            "SELECT (COUNT(*) AS ?n) FROM NAMED <{first}> WHERE {{ ?s ?p ?o }}"
        )),
        0
    );
    assert_eq!(
        count(&format!(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) FROM NAMED <{first}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
        )),
        1
    );
}

#[test]
fn a_runaway_query_is_stopped_with_the_limit_it_hit() {
    let sb = sandbox_with_articles();
    // A cartesian product of the store with itself three times never ends.
    let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    for (limit, message) in [
        (["--timeout", "1"], "the query ran past its 1 s limit"),
        (
            ["--max-memory", "1"],
            "the query needed more than its 1 MB of memory",
        ),
    ] {
        let out = sb
            .cmd(&["query", limit[0], limit[1], runaway])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
    }
    // The store is untouched and answers the next query.
    assert!(
        sb.count(&format!(
            "{PREFIXES}SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}"
        )) > 0
    );
}

#[cfg(unix)]
#[test]
fn an_export_file_gets_the_permissions_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let sb = sandbox_with_articles();
    let out = sb.dir.path().join("export.nq");
    sb.ok(&["export", "-o", out.to_str().expect("utf-8 path")]);
    // A file created the ordinary way in the same place: 0666 less the umask.
    let ordinary = sb.file("ordinary.txt", "x");
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&out), mode(&ordinary));
    assert!(std::fs::metadata(&out).expect("metadata").len() > 0);
}

#[test]
fn a_syntax_error_shows_where() {
    let sb = sandbox_with_articles();
    let out = sb
        .cmd(&["query", "SELECT ?x WHERE {\n  ?x a \n}"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("syntax error") && stderr.contains("line 3"),
        "{stderr}"
    );
}

#[test]
fn a_results_format_that_does_not_fit_is_a_usage_error() {
    let sb = sandbox_with_articles();
    let out = sb
        .cmd(&["query", "--format", "turtle", "SELECT * WHERE { ?s ?p ?o }"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_in_every_format() {
    let sb = sandbox_with_articles();
    let total = sb.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let nq = sb.ok(&["export", "--format", "nquads"]);
    assert_eq!(nq.lines().count(), total);
    let trig = sb.ok(&["export", "--format", "trig"]);
    assert!(
        trig.contains("<https://w3id.org/newsgraph/id/article/a> {"),
        "{}",
        &trig[..300.min(trig.len())]
    );
    for (format, marker) in [
        ("turtle", "@prefix ng:"),
        ("ntriples", "<https://w3id.org/newsgraph/ontology#Article>"),
        ("rdfxml", "<rdf:RDF"),
        ("jsonld", "\"@id\""),
    ] {
        let out = sb.ok(&["export", "--format", format]);
        assert!(
            out.contains(marker),
            "{format}: {}",
            &out[..200.min(out.len())]
        );
    }
    let one = sb.ok(&[
        "export",
        "--format",
        "ntriples",
        "--graph",
        "https://w3id.org/newsgraph/id/article/a",
    ]);
    assert!(one.contains("Witkoff") && !one.contains("Ouchakov"));
    let missing = sb
        .cmd(&[
            "export",
            "--graph",
            "https://w3id.org/newsgraph/id/article/zzz",
        ])
        .output()
        .expect("run");
    assert_eq!(missing.status.code(), Some(1));
    let file = sb.dir.path().join("out.nq");
    sb.ok(&["export", "-o", file.to_str().expect("utf-8")]);
    assert_eq!(
        std::fs::read_to_string(&file)
            .expect("written")
            .lines()
            .count(),
        total
    );
}

#[test]
fn stats_counts_articles_and_entities() {
    let sb = sandbox_with_articles();
    let stats = sb.ok(&["stats"]);
    let get = |name: &str| -> String {
        stats
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().last())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(get("articles"), "2");
    assert_eq!(get("persons"), "3");
    assert_eq!(get("places"), "2");
}

/// The N-Quads export of the seeds loads into rdflib with the same number of quads.
#[test]
fn nquads_export_loads_into_rdflib() {
    let sb = Sandbox::new();
    sb.ingest(&[&seeds().join("dated")]);
    let file = sb.dir.path().join("seeds.nq");
    sb.ok(&[
        "export",
        "--format",
        "nquads",
        "-o",
        file.to_str().expect("utf-8"),
    ]);
    let expected = std::fs::read_to_string(&file)
        .expect("export")
        .lines()
        .count();
    let script = "import sys, rdflib\nd = rdflib.Dataset()\nd.parse(sys.argv[1], format='nquads')\nprint(len(list(d.quads((None, None, None, None)))))";
    let out = std::process::Command::new("python3")
        .args(["-c", script, file.to_str().expect("utf-8")])
        .output()
        .expect("python3 runs (CI installs rdflib)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let loaded: usize = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a count");
    assert_eq!(loaded, expected);
}

#[test]
fn entities_lists_everyone_by_number_of_articles() {
    let sb = sandbox_with_articles();
    let out = sb.ok(&["entities", "--class", "place"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[2].starts_with("id:place/moscow") && lines[2].ends_with('2'),
        "{out}"
    );
    assert_eq!(*lines.last().expect("rows"), "(2 rows)");
}

#[test]
fn show_finds_an_entity_by_any_spelling_and_profiles_it() {
    let sb = sandbox_with_articles();
    for name in [
        "ouchakov",
        "Iouri OUCHAKOV",
        "https://w3id.org/newsgraph/id/person/yuri-ushakov",
    ] {
        let out = sb.ok(&["show", name]);
        assert!(
            out.starts_with("https://w3id.org/newsgraph/id/person/yuri-ushakov"),
            "{out}"
        );
        assert!(
            out.contains("articles (1)") && out.contains("b.txt"),
            "{out}"
        );
    }
    let witkoff = sb.ok(&["show", "Witkoff"]);
    assert!(
        witkoff.contains("meetings and calls (1)") && witkoff.contains("Vladimir Poutine"),
        "{witkoff}"
    );
    // Meetings read as words, not as the vocabulary's IRIs.
    assert!(
        witkoff.contains("\n  meeting · 2025-04-25 · Moscou · Vladimir Poutine · 1 article\n"),
        "{witkoff}"
    );
    assert!(!witkoff.contains("ng:"), "{witkoff}");
    // A misspelt name gets a "did you mean"; a given name alone, who bears it.
    let error = |name: &str| {
        let out = sb.cmd(&["show", name]).output().expect("run");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let misspelt = error("Ouchakof");
    assert!(
        misspelt.contains(
            "did you mean Iouri Ouchakov <https://w3id.org/newsgraph/id/person/yuri-ushakov>?"
        ) || misspelt.contains("<https://w3id.org/newsgraph/id/person/yuri-ushakov>?"),
        "{misspelt}"
    );
    let steve = sb.ok(&["show", "Steve"]);
    assert!(
        steve.starts_with("https://w3id.org/newsgraph/id/person/steve-witkoff"),
        "{steve}"
    );
    // Long sections are cut, saying how much is left out.
    let short = sb.ok(&["show", "Witkoff", "--limit", "1"]);
    assert!(short.contains("more (--limit 0 shows all)"), "{short}");
    // A name is matched, never spliced into a query.
    let out = sb.cmd(&["show", "x\" } DROP ALL #"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no entity is named"));
}
