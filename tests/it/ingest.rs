//! Ingest through every reader, idempotence, replacement, and the span invariant.

use crate::support::{article, seeds, Sandbox, PREFIXES};

const BODY: &str = "Le secrétaire d'État américain Marco Rubio s'est entretenu mardi à Djeddah avec une délégation ukrainienne.\n\nSelon l'AFP, les discussions ont duré plus de huit heures.";

#[test]
fn text_with_front_matter_becomes_an_article_graph() {
    let sb = Sandbox::new();
    let f = sb.file("a.txt", article("rubio-jeddah", "2025-03-11", BODY));
    let out = sb.ingest(&[&f]);
    assert!(out.contains("ingested 1 article(s), 0 failed"), "{out}");
    let rows = sb.select(&format!(
        "{PREFIXES} SELECT ?name ?date WHERE {{ GRAPH ?a {{ ?a ng:sourceName ?name ; ng:published ?date }} }}"
    ));
    assert_eq!(
        rows,
        vec!["\"a.txt\"\t\"2025-03-11\"^^<http://www.w3.org/2001/XMLSchema#date>"]
    );
    let rows = sb.select(&format!(
        "{PREFIXES} SELECT ?a WHERE {{ GRAPH ?a {{ ?a a ng:Article }} }}"
    ));
    assert_eq!(
        rows,
        vec!["<https://w3id.org/newsgraph/id/article/rubio-jeddah>"]
    );
}

#[test]
fn reference_entities_are_mentioned_typed_and_labelled() {
    let sb = Sandbox::new();
    let f = sb.file("a.txt", article("x", "2025-03-11", BODY));
    sb.ingest(&[&f]);
    let rows = sb.select(&format!(
        "{PREFIXES} SELECT ?class ?label WHERE {{ GRAPH ?a {{ ?a ng:mentions ?e . ?e a ?class ; rdfs:label ?label }} }} ORDER BY ?label"
    ));
    assert_eq!(
        rows,
        vec![
            "<https://w3id.org/newsgraph/ontology#Organization>\t\"Agence France-Presse\"@fr",
            "<https://w3id.org/newsgraph/ontology#Place>\t\"Djeddah\"@fr",
            "<https://w3id.org/newsgraph/ontology#Person>\t\"Marco Rubio\"@fr",
        ]
    );
    let aliases = sb.select(&format!("{PREFIXES} SELECT ?alias WHERE {{ GRAPH ?a {{ ?a a ng:Article . ?e skos:altLabel ?alias }} }}"));
    assert_eq!(aliases, vec!["\"AFP\""]);
}

#[test]
fn every_reader_and_stdin_feed_the_store() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("in");
    sb.file(
        "in/b/plain",
        "Vladimir Poutine a reçu Steve Witkoff au Kremlin.\n",
    );
    sb.file(
        "in/a.md",
        article("md-1", "2025-08-06", "Iouri Ouchakov a parlé à Moscou."),
    );
    sb.file(
        "in/c.html",
        "<html lang=\"fr\"><head><meta property=\"og:title\" content=\"Titre\"><meta property=\"article:published_time\" content=\"2025-04-25T10:00:00+03:00\"><script>var x = 'Kiev';</script></head><body><nav>Accueil Kiev Moscou</nav><article><p>Karoline Leavitt s'est exprimée à Washington.</p></article><footer>Mentions légales</footer></body></html>",
    );
    sb.file(
        "in/d.jsonl",
        "{\"id\":\"j1\",\"date\":\"2025-02-18\",\"text\":\"Sergueï Lavrov était à Riyad.\"}\n{\"text\":\"Marco Rubio aussi.\"}\n",
    );
    sb.file("in/ignored.csv", "Poutine,Trump\n");
    let out = sb.ingest(&[&dir]);
    assert!(out.contains("ingested 5 article(s), 0 failed"), "{out}");
    let mut stdin = sb.cmd(&["ingest", "-", "--published", "2025-03-13"]);
    stdin.write_stdin("Donald Trump a appelé Emmanuel Macron.");
    stdin.assert().success();
    let names = sb.select(&format!(
        "{PREFIXES} SELECT ?name WHERE {{ GRAPH ?a {{ ?a ng:sourceName ?name }} }} ORDER BY ?name"
    ));
    assert_eq!(
        names,
        vec![
            "\"-\"",
            "\"a.md\"",
            "\"c.html\"",
            "\"d.jsonl:1\"",
            "\"d.jsonl:2\"",
            "\"plain\""
        ]
    );
    // HTML navigation and scripts stay out of the body.
    let places = sb.select(&format!(
        "{PREFIXES} SELECT ?l WHERE {{ GRAPH ?a {{ ?a ng:sourceName \"c.html\" ; ng:mentions ?e . ?e rdfs:label ?l }} }} ORDER BY ?l"
    ));
    assert_eq!(places, vec!["\"Karoline Leavitt\"@fr", "\"Washington\"@fr"]);
}

#[test]
fn reingesting_is_idempotent_and_an_edit_replaces_old_facts() {
    let sb = Sandbox::new();
    let f = sb.file("a.txt", article("stable-id", "2025-03-11", BODY));
    sb.ingest(&[&f]);
    let triples =
        |sb: &Sandbox| sb.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    let before = triples(&sb);
    sb.ingest(&[&f]);
    assert_eq!(triples(&sb), before);
    sb.file(
        "a.txt",
        article("stable-id", "2025-03-11", "Emmanuel Macron était à Kiev."),
    );
    sb.ingest(&[&f]);
    let labels = sb.select(&format!(
        "{PREFIXES} SELECT ?l WHERE {{ GRAPH ?a {{ ?a ng:mentions ?e . ?e rdfs:label ?l }} }} ORDER BY ?l"
    ));
    assert_eq!(labels, vec!["\"Emmanuel Macron\"@fr", "\"Kiev\"@fr"]);
}

#[test]
fn every_span_points_into_the_body() {
    let sb = Sandbox::new();
    let dated = seeds().join("dated");
    let examples = crate::support::root().join("examples/articles");
    sb.ingest(&[&dated, &examples]);
    let spans = sb.count(&format!(
        "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ ?s a ng:TextSpan }}"
    ));
    assert!(spans > 100, "only {spans} spans");
    let broken = sb.select(&format!(
        "{PREFIXES} SELECT ?s ?x WHERE {{ GRAPH ?a {{ ?a ng:body ?body . ?s ng:start ?st ; ng:end ?en ; ng:excerpt ?x }}
           FILTER(SUBSTR(?body, ?st + 1, ?en - ?st) != ?x) }}"
    ));
    assert!(broken.is_empty(), "{broken:?}");
}

#[test]
fn seeds_ingest_with_their_source_names() {
    let sb = Sandbox::new();
    let out = sb.ingest(&[&seeds().join("dated")]);
    assert!(out.contains("ingested 5 article(s), 0 failed"), "{out}");
    let names = sb.select(&format!(
        "{PREFIXES} SELECT ?n WHERE {{ GRAPH ?a {{ ?a ng:sourceName ?n }} }} ORDER BY ?n"
    ));
    assert_eq!(names.len(), 5);
    assert!(names[0].starts_with("\"000_"));
    // The repeated paragraphs of one seed are analysed once.
    let bodies = sb.select(&format!("{PREFIXES} SELECT ?b WHERE {{ ?a ng:sourceName ?n ; ng:body ?b FILTER(STRSTARTS(?n, \"002\")) }}"));
    let paragraphs: Vec<&str> = bodies[0].split("\\n\\n").collect();
    let unique: std::collections::HashSet<&&str> = paragraphs.iter().collect();
    assert!(paragraphs.len() >= 3);
    assert_eq!(unique.len(), paragraphs.len());
}

#[test]
fn an_unknown_person_has_one_iri_in_every_transliteration() {
    let sb = Sandbox::new();
    let a = sb.file(
        "a.txt",
        article(
            "a",
            "2025-05-02",
            "Le ministre Sergueï Choïgou a parlé à Moscou.",
        ),
    );
    let b = sb.file(
        "b.txt",
        article(
            "b",
            "2025-05-03",
            "Selon Sergei Shoigu, la situation est stable.",
        ),
    );
    sb.ingest(&[&a, &b]);
    let rows = sb.select(&format!(
        "{PREFIXES} SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE {{ GRAPH ?a {{ ?a ng:mentions ?e . ?e a ng:Person }} }} GROUP BY ?e"
    ));
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].ends_with("\t2"), "{rows:?}");
}

#[test]
fn an_article_in_a_language_without_tables_is_read_with_a_warning() {
    let sb = Sandbox::new();
    let french = sb.file(
        "fr.txt",
        format!("---\nid: fr\ndate: 2025-03-11\nlang: fr-FR\n---\n{BODY}\n"),
    );
    let english = sb.file(
        "en.txt",
        format!("---\nid: en\ndate: 2025-03-11\nlang: en\n---\n{BODY}\n"),
    );
    let out = sb
        .cmd(&[
            "ingest",
            &french.display().to_string(),
            &english.display().to_string(),
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("en.txt: no tables for language \"en\": read with the fr ones"),
        "{stderr}"
    );
    assert!(!stderr.contains("fr.txt"), "{stderr}");
    let rows = sb.select(&format!(
        "{PREFIXES} SELECT ?lang WHERE {{ GRAPH ?a {{ ?a ng:language ?lang }} }} ORDER BY ?lang"
    ));
    assert_eq!(rows, vec!["\"en\"", "\"fr-fr\""]);
}
