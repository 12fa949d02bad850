//! `path` and `rank`: the graph questions SPARQL answers poorly, on the seeds and examples.

use expect_test::expect_file;

use crate::support::{article, root, seeds, Sandbox};

/// The hop lines of a `path` output: indented, with an arrow.
fn hops(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.starts_with("  ")).collect()
}

#[test]
fn path_links_two_people_through_a_meeting_or_a_claim() {
    let sb = Sandbox::new();
    sb.ingest(&[&seeds().join("dated")]);
    let out = sb.ok(&["path", "Witkoff", "Peskov"]);
    let first = out.lines().next().expect("a header");
    assert!(
        first.starts_with("1. Steve Witkoff → Dmitri Peskov · "),
        "{out}"
    );
    let hops = hops(&out);
    assert!(
        hops.iter()
            .any(|h| h.contains("Rencontre") || h.contains("—claimant→") || h.contains("←about—")),
        "{out}"
    );
    // A meeting or a claim is cheaper than an article mentioning both.
    assert!(!out.contains("mentions"), "{out}");
    for hop in &hops {
        let (_, articles) = hop.rsplit_once("   [").expect("the hop's articles");
        assert!(
            articles.ends_with(".txt]") && articles.contains('_'),
            "{hop}"
        );
    }
    assert_eq!(sb.ok(&["path", "Witkoff", "Peskov"]), out, "deterministic");
    let back = sb.ok(&["path", "Peskov", "Witkoff", "--limit", "1"]);
    assert!(
        back.starts_with("1. Dmitri Peskov → Steve Witkoff · "),
        "{back}"
    );
    let headers = back.lines().filter(|l| l.contains(" · cost ")).count();
    assert_eq!(headers, 1, "{back}");
}

#[test]
fn path_fails_when_nothing_is_close_enough() {
    let sb = Sandbox::new();
    sb.ingest(&[&seeds().join("dated")]);
    let out = sb
        .cmd(&["path", "Witkoff", "Peskov", "--max-hops", "1"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no chain of at most 1 hop links Steve Witkoff and Dmitri Peskov"),
        "{stderr}"
    );
    let same = sb
        .cmd(&["path", "Witkoff", "Steve Witkoff"])
        .output()
        .expect("run");
    assert_eq!(same.status.code(), Some(2), "{same:?}");
}

#[test]
fn path_falls_back_on_an_article_that_mentions_both() {
    let sb = Sandbox::new();
    let a = sb.file(
        "a.txt",
        article(
            "a",
            "2025-03-11",
            "Emmanuel Macron était à Kiev. Keir Starmer était à Londres.",
        ),
    );
    sb.ingest(&[&a]);
    let out = sb.ok(&["path", "Emmanuel Macron", "Keir Starmer"]);
    assert!(out.contains("· 2 hops · cost 4"), "{out}");
    let hops = hops(&out);
    assert_eq!(hops.len(), 2, "{out}");
    assert!(
        hops[0].starts_with("  Emmanuel Macron  ←mentions—  ") && hops[0].ends_with("   [a.txt]"),
        "{out}"
    );
    assert!(
        hops[1].contains("  —mentions→  Keir Starmer   [a.txt]"),
        "{out}"
    );
}

/// `path` on the examples, whole: standard output, standard error and exit code, against the
/// files of `tests/data/path` (written by the version that read every link of the store, before
/// `path` read only the links around its two ends).
#[test]
fn path_on_the_examples_gives_the_chains_of_the_whole_graph() {
    let sb = Sandbox::new();
    sb.ingest(&[&root().join("examples/articles")]);
    let cases: [(&str, &[&str]); 6] = [
        ("witkoff-peskov.txt", &["Witkoff", "Peskov", "--limit", "2"]),
        (
            "zelensky-poutine.txt",
            &["Zelensky", "Poutine", "--limit", "3"],
        ),
        // Through a meeting, and through the role of a title.
        ("kremlin-ouchakov.txt", &["Kremlin", "Ouchakov"]),
        // Only articles that mention both.
        (
            "zelensky-floride.txt",
            &["Zelensky", "Floride", "--limit", "2"],
        ),
        // Cheaper chains are too long: articles again.
        (
            "witkoff-zelensky-2-hops.txt",
            &["Witkoff", "Zelensky", "--max-hops", "2", "--limit", "2"],
        ),
        (
            "witkoff-peskov-1-hop.txt",
            &["Witkoff", "Peskov", "--max-hops", "1"],
        ),
    ];
    for (name, args) in cases {
        let mut all = vec!["path"];
        all.extend_from_slice(args);
        let out = sb.cmd(&all).output().expect("run");
        let text = format!(
            "{}{}exit {}\n",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            out.status.code().unwrap_or(-1)
        );
        expect_file![root().join("tests/data/path").join(name)].assert_eq(&text);
    }
}

/// The rows of a TSV output, split into cells.
fn tsv(out: &str) -> Vec<Vec<String>> {
    out.lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn rank_orders_the_people_of_the_examples() {
    let sb = Sandbox::new();
    sb.ingest(&[&root().join("examples/articles")]);
    let table = sb.ok(&["rank"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        [
            "rank",
            "person",
            "events",
            "degree",
            "pagerank",
            "betweenness"
        ]
    );
    assert_eq!(*lines.last().expect("rows"), "(20 rows)");
    let putin = lines
        .iter()
        .find(|l| l.contains("Vladimir Poutine"))
        .expect("Vladimir Poutine is ranked");
    let numbers: Vec<&str> = putin.split_whitespace().rev().take(2).collect();
    assert!(
        numbers.iter().all(|n| n.starts_with("0.") && n.len() == 6),
        "{putin}"
    );

    let rows = tsv(&sb.ok(&["rank", "--format", "tsv", "--limit", "0"]));
    assert_eq!(
        rows[0],
        [
            "rank",
            "person",
            "events",
            "degree",
            "pagerank",
            "betweenness",
            "iri"
        ]
    );
    assert!(rows.len() > 21, "every person is listed with --limit 0");
    assert!(rows[1..].iter().all(|r| r.len() == 7));
    let pagerank: Vec<f64> = rows[1..]
        .iter()
        .map(|r| r[4].parse().expect("a number"))
        .collect();
    assert!(pagerank.windows(2).all(|w| w[0] >= w[1]), "{pagerank:?}");
    let sum: f64 = pagerank.iter().sum();
    assert!((sum - 1.0).abs() < 0.01, "pagerank sums to {sum}");
    let putin = rows
        .iter()
        .find(|r| r[1] == "Vladimir Poutine")
        .expect("Vladimir Poutine");
    assert!(putin[2].parse::<usize>().expect("events") >= 5, "{putin:?}");
    assert_eq!(
        putin[6],
        "https://w3id.org/newsgraph/id/person/vladimir-putin"
    );

    // By events, Vladimir Poutine is among the first: he met or called someone in most
    // articles.
    let by_events = tsv(&sb.ok(&["rank", "--by", "events", "--format", "tsv", "--limit", "5"]));
    assert!(
        by_events[1..].iter().any(|r| r[1] == "Vladimir Poutine"),
        "{by_events:?}"
    );
    let events: Vec<usize> = by_events[1..]
        .iter()
        .map(|r| r[2].parse().expect("a count"))
        .collect();
    assert!(events.windows(2).all(|w| w[0] >= w[1]), "{events:?}");

    let json: serde_json::Value =
        serde_json::from_str(&sb.ok(&["rank", "--format", "json", "--limit", "3"])).expect("json");
    let array = json.as_array().expect("an array");
    assert_eq!(array.len(), 3);
    assert_eq!(array[0]["rank"], 1);
    for key in [
        "person",
        "iri",
        "events",
        "degree",
        "pagerank",
        "betweenness",
    ] {
        assert!(array[0].get(key).is_some(), "{key} missing: {json}");
    }
    assert!(array[0]["pagerank"].as_f64().expect("a number") > 0.0);
    assert_eq!(
        sb.ok(&["rank", "--format", "tsv", "--limit", "0"]),
        sb.ok(&["rank", "--format", "tsv", "--limit", "0"])
    );
}

#[test]
fn rank_of_a_store_without_meetings_is_empty() {
    let sb = Sandbox::new();
    let a = sb.file(
        "a.txt",
        article("a", "2025-03-11", "Emmanuel Macron était à Kiev."),
    );
    sb.ingest(&[&a]);
    let out = sb.cmd(&["rank"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no meeting or call"));
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("(0 rows)\n"));
    assert_eq!(sb.ok(&["rank", "--format", "json"]).trim(), "[]");
}
