//! The ontology files parse, and every vocabulary constant of the code is declared in them.

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{Quad, Term};

use crate::support::{python_script, root, seeds, Sandbox};

fn parse(file: &str, base: Option<&str>) -> Vec<Quad> {
    let data = std::fs::read(root().join("ontology").join(file)).expect("ontology file");
    let mut parser = RdfParser::from_format(RdfFormat::Turtle);
    if let Some(base) = base {
        parser = parser.with_base_iri(base).expect("valid base");
    }
    parser
        .for_slice(&data)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_ng_term_is_declared_with_labels_in_english_and_french() {
    let ontology = parse("newsgraph.ttl", None);
    for term in newsgraph::vocab::ng::ALL {
        let about = |p| {
            ontology.iter().filter(move |q| {
                q.subject.to_string() == term.to_string() && q.predicate.as_ref() == p
            })
        };
        assert!(
            about(rdf::TYPE).next().is_some(),
            "{term} has no rdf:type in newsgraph.ttl"
        );
        for lang in ["en", "fr"] {
            for p in [rdfs::LABEL, rdfs::COMMENT] {
                assert!(
                    about(p).any(
                        |q| matches!(&q.object, Term::Literal(l) if l.language() == Some(lang))
                    ),
                    "{term} has no {p} in {lang}"
                );
            }
        }
    }
}

#[test]
fn shapes_and_entities_parse() {
    let shapes = parse("shapes.ttl", None);
    assert!(shapes
        .iter()
        .any(|q| q.object.to_string() == "<http://www.w3.org/ns/shacl#NodeShape>"));
    let entities = parse("entities.ttl", Some(newsgraph::vocab::DEFAULT_BASE));
    assert!(entities.len() > 300);
}

/// Every article graph newsgraph writes for the examples and the seeds conforms to
/// `ontology/shapes.ttl` (pyshacl, through `scripts/validate_shapes.py`).
#[test]
fn article_graphs_of_the_examples_and_seeds_conform_to_the_shapes() {
    let has_pyshacl = std::process::Command::new("python3")
        .args(["-c", "import pyshacl, rdflib"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pyshacl {
        assert!(
            std::env::var_os("CI").is_none(),
            "pyshacl is missing; CI installs it with `pip install pyshacl rdflib`"
        );
        eprintln!("skipped: python3 cannot import pyshacl and rdflib (pip install pyshacl rdflib)");
        return;
    }
    let sb = Sandbox::new();
    let examples = root().join("examples/articles");
    let seeds = seeds().join("dated");
    let mut inputs = vec![examples.as_path()];
    if seeds.is_dir() {
        inputs.push(seeds.as_path());
    }
    sb.ingest(&inputs);
    let export = sb.dir.path().join("export.nq");
    std::fs::write(&export, sb.ok(&["export", "--format", "nquads"])).expect("write export");
    let stdout = python_script("validate_shapes.py", &[export.as_ref()]);
    assert!(stdout.contains(" 0 violation(s)"), "{stdout}");
    assert!(!stdout.starts_with("0 article graphs"), "{stdout}");
}
