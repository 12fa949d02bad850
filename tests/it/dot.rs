//! `newsgraph dot`: golden DOT of a small fixture store, every selection rendered to SVG by the
//! real Graphviz, and labels built to break DOT files.
//!
//! The SVG tests need Graphviz's `dot` on the PATH (`.ci/run` installs it).

use std::path::Path;
use std::sync::LazyLock;

use expect_test::expect_file;

use crate::support::{root, Sandbox};

/// The fixture articles of `tests/data/dot`, ingested once per test.
fn fixture() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.ingest(&[&root().join("tests/data/dot")]);
    sandbox
}

fn examples() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.ingest(&[&root().join("examples/articles")]);
    sandbox
}

/// The text lines of an SVG drawing, XML entities decoded.
fn svg_texts(svg: &str) -> Vec<String> {
    static TEXT: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?s)<text[^>]*>(.*?)</text>").expect("regex"));
    static ENTITY: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"&(#x?[0-9a-fA-F]+|[a-z]+);").expect("regex"));
    TEXT.captures_iter(svg)
        .map(|c| {
            ENTITY
                .replace_all(&c[1], |e: &regex::Captures<'_>| {
                    let name = &e[1];
                    let code = if let Some(hex) = name.strip_prefix("#x") {
                        u32::from_str_radix(hex, 16).ok()
                    } else if let Some(dec) = name.strip_prefix('#') {
                        dec.parse().ok()
                    } else {
                        match name {
                            "amp" => Some('&' as u32),
                            "lt" => Some('<' as u32),
                            "gt" => Some('>' as u32),
                            "quot" => Some('"' as u32),
                            "apos" => Some('\'' as u32),
                            "nbsp" => Some(0xa0),
                            _ => None,
                        }
                    };
                    code.and_then(char::from_u32)
                        .map(String::from)
                        .unwrap_or_else(|| e[0].to_owned())
                })
                .into_owned()
        })
        .collect()
}

/// Runs `dot ARGS… --format svg` and returns the text lines of the drawing.
fn render(sandbox: &Sandbox, args: &[&str]) -> Vec<String> {
    let mut all = vec!["dot", "--format", "svg"];
    all.extend_from_slice(args);
    let out = sandbox.cmd(&all).output().expect("run");
    assert!(
        out.status.success(),
        "newsgraph {all:?} failed (is Graphviz installed? apt-get install graphviz): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).expect("utf-8 svg");
    assert!(
        svg.contains("<svg"),
        "not an SVG drawing: {}",
        &svg[..svg.len().min(200)]
    );
    svg_texts(&svg)
}

fn assert_has(texts: &[String], wanted: &[&str], context: &str) {
    for w in wanted {
        assert!(
            texts.iter().any(|t| t == w),
            "{context}: no node or edge reads {w:?} in {texts:#?}"
        );
    }
}

fn assert_lacks(texts: &[String], unwanted: &[&str], context: &str) {
    for u in unwanted {
        assert!(
            !texts.iter().any(|t| t == u),
            "{context}: {u:?} should not be drawn"
        );
    }
}

#[test]
fn golden_dot_of_the_fixture_store() {
    let sandbox = fixture();
    let cases: [(&str, &[&str]); 7] = [
        ("all.dot", &[]),
        ("focus-peskov.dot", &["--focus", "Peskov", "--hops", "1"]),
        ("class-person-meeting-call.dot", &["--class", "person,meeting,call", "--no-legend"]),
        ("from-to.dot", &["--from", "2025-06-03", "--to", "2025-06-30"]),
        // People without their meetings and calls: who met whom.
        ("class-person.dot", &["--class", "person"]),
        ("article.dot", &["--article", "2025-06-02-geneve-lavrov-rubio.txt", "--class", "person,place,meeting,role,article"]),
        (
            "construct.dot",
            &["--construct", "CONSTRUCT { ?m ng:participant ?p . ?m ng:location ?l } WHERE { ?m a ng:Meeting ; ng:participant ?p . OPTIONAL { ?m ng:location ?l } }"],
        ),
    ];
    for (name, args) in cases {
        let mut all = vec!["dot"];
        all.extend_from_slice(args);
        let dot = sandbox.ok(&all);
        expect_file![root().join("tests/data/dot").join(name)].assert_eq(&dot);
    }
}

#[test]
fn the_same_store_draws_the_same_bytes() {
    let sandbox = fixture();
    let first = sandbox.ok(&["dot"]);
    let again = sandbox.ok(&["dot"]);
    assert_eq!(first, again);
    // Ingesting in another order changes nothing either.
    let other = Sandbox::new();
    let dir = root().join("tests/data/dot");
    for name in [
        "hostile-labels.txt",
        "2025-06-05-appel-trump-poutine.txt",
        "2025-06-02-geneve-lavrov-rubio.txt",
    ] {
        other.ingest(&[&dir.join(name)]);
    }
    assert_eq!(first, other.ok(&["dot"]));
}

#[test]
fn every_selection_of_the_examples_renders_with_graphviz() {
    let sandbox = examples();
    let all = render(&sandbox, &[]);
    assert_has(
        &all,
        &[
            "Steve Witkoff",
            "Vladimir Poutine",
            "Rencontre · 2025-08-15 · Alaska / Anchorage · ≈ 3 h",
            "legend",
            "participant",
        ],
        "whole store",
    );

    let focus = render(&sandbox, &["--focus", "Witkoff", "--hops", "1"]);
    assert_has(
        &focus,
        &["Steve Witkoff", "Rencontre · 2025-12-02 · Kremlin · ≈ 5 h"],
        "--focus",
    );
    assert_lacks(&focus, &["Keith Kellogg"], "--focus Witkoff --hops 1");

    let classes = render(&sandbox, &["--class", "person,call"]);
    assert_has(
        &classes,
        &["Donald Trump", "Appel · 2025-03-18 · ≥ 2 h"],
        "--class",
    );
    assert!(
        !classes.iter().any(|t| t.starts_with("Rencontre")),
        "--class person,call draws no meeting"
    );

    let met = render(
        &sandbox,
        &["--class", "person", "--focus", "Witkoff", "--hops", "1"],
    );
    assert_has(
        &met,
        &["Steve Witkoff", "Vladimir Poutine", "met ×5"],
        "who met whom",
    );

    let period = render(&sandbox, &["--from", "2025-08-01", "--to", "2025-08-31"]);
    assert_has(
        &period,
        &["Rencontre · 2025-08-15 · Alaska / Anchorage · ≈ 3 h"],
        "--from/--to",
    );
    assert!(
        !period.iter().any(|t| t.contains("2025-02-18")),
        "a February meeting is outside August"
    );

    let article = render(
        &sandbox,
        &["--article", "2025-02-18-riyad-rubio-lavrov.txt"],
    );
    assert_has(&article, &["Marco Rubio", "Riyad"], "--article");
    assert_lacks(&article, &["Jared Kushner"], "--article Riyad");

    let construct = render(
        &sandbox,
        &[
            "--construct",
            "CONSTRUCT { ?c ng:participant ?p } WHERE { ?c a ng:Call ; ng:participant ?p }",
        ],
    );
    assert_has(
        &construct,
        &["Donald Trump", "Vladimir Poutine", "participant"],
        "--construct",
    );
}

#[test]
fn hostile_labels_give_a_drawing_graphviz_accepts() {
    let sandbox = fixture();
    // A quotation full of DOT's special characters, drawn from an article.
    let texts = render(&sandbox, &["--class", "claim,person,article"]);
    assert_has(
        &texts,
        &[
            "« Le dossier \"Zapad\\Est\" n'est pas <clos> : {rien}… »",
            "Le \"dossier\" <Zapad> & {rien} | tout",
        ],
        "hostile article",
    );
    // Labels no article would hold, drawn from a CONSTRUCT result.
    let query = r#"CONSTRUCT {
        <urn:x:a> a ng:Person ; rdfs:label "quote \" backslash \\ end\\" .
        <urn:x:b> a ng:Person ; rdfs:label "first line\nsecond\r\nthird" .
        <urn:x:c> a ng:Organization ; rdfs:label "<b>{x}|y</b> & &amp; &#65;" .
        <urn:x:d> a ng:Place ; rdfs:label "Путин 普京 ☃ 😀 עברית" .
        <urn:x:e> a ng:Place ; rdfs:label "\\N \\G \\l \\L tab\there" .
        <urn:x:a> ng:participant <urn:x:b> . <urn:x:c> ng:about <urn:x:d> . <urn:x:e> ng:location <urn:x:a> .
    } WHERE {}"#;
    let texts = render(&sandbox, &["--construct", query]);
    assert_has(
        &texts,
        &[
            "quote \" backslash \\ end\\",
            "first line",
            "second",
            "third",
            "<b>{x}|y</b> & &amp; &#65;",
            "Путин 普京 ☃ 😀 עברית",
            "\\N \\G \\l \\L tab here",
        ],
        "hostile construct",
    );
}

#[test]
fn output_files_follow_their_extension_and_are_whole() {
    let sandbox = fixture();
    let svg = sandbox.dir.path().join("graph.svg");
    let dot = sandbox.dir.path().join("graph.dot");
    sandbox.ok(&["dot", "-o", &svg.display().to_string()]);
    sandbox.ok(&["dot", "-o", &dot.display().to_string()]);
    let svg = std::fs::read_to_string(svg).expect("svg written");
    assert!(svg.contains("<svg") && svg.trim_end().ends_with("</svg>"));
    let dot = std::fs::read_to_string(dot).expect("dot written");
    assert!(dot.starts_with("digraph newsgraph {"));
    let png = sandbox.dir.path().join("graph.png");
    sandbox.ok(&["dot", "--format", "png", "-o", &png.display().to_string()]);
    assert!(std::fs::read(png).expect("png").starts_with(b"\x89PNG"));
    // An extension newsgraph does not write is refused (no DOT text in a .jpg), unless
    // --format says what to write.
    let jpg = sandbox.dir.path().join("graph.jpg");
    let out = sandbox
        .cmd(&["dot", "-o", &jpg.display().to_string()])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("graph.jpg: newsgraph writes .dot"));
    assert!(!jpg.exists());
    sandbox.ok(&["dot", "--format", "dot", "-o", &jpg.display().to_string()]);
    assert!(std::fs::read_to_string(&jpg)
        .expect("written")
        .starts_with("digraph"));
}

#[test]
fn clear_errors_without_graphviz_or_with_bad_selections() {
    let sandbox = fixture();
    // No `dot` on the PATH: one line saying what to install; DOT still works.
    let empty = sandbox.dir.path().join("no-bin");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let out = sandbox
        .cmd(&["dot", "--format", "svg"])
        .env("PATH", &empty)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Graphviz") && stderr.contains("--format dot"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(sandbox
        .cmd(&["dot"])
        .env("PATH", &empty)
        .output()
        .expect("run")
        .status
        .success());

    let fails = |args: &[&str], code: i32, needle: &str| {
        let out = sandbox.cmd(args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    };
    fails(
        &["dot", "--focus", "Nobody Atall"],
        1,
        "no person, place or organization",
    );
    fails(
        &["dot", "--from", "2025-07-01", "--to", "2025-06-01"],
        2,
        "after",
    );
    fails(&["dot", "--class", "unicorn"], 2, "expected one of");
    fails(&["dot", "--article", "missing.txt"], 1, "no article");
    fails(
        &["dot", "--construct", "SELECT * WHERE { ?s ?p ?o }"],
        1,
        "CONSTRUCT",
    );
    let out = sandbox.dir.path().join("never.svg");
    let result = sandbox
        .cmd(&["dot", "-o", &out.display().to_string()])
        .env("PATH", &empty)
        .output()
        .expect("run");
    assert_eq!(result.status.code(), Some(1));
    assert!(
        !Path::new(&out).exists(),
        "a failed rendering leaves no file"
    );
}
