//! The generated corpus (`scripts/gen_corpus.py`): its known truth holds after ingest (no
//! person or event split across articles, none merged with another), and ingesting it in
//! batches, in another order, gives the same quads as one batch.

use std::path::PathBuf;

use crate::support::{python_script, Sandbox};

/// Writes `n` generated articles and their truth into the sandbox.
fn generate(sb: &Sandbox, n: usize) -> (PathBuf, PathBuf) {
    let corpus = sb.dir.path().join("corpus.jsonl");
    let truth = sb.dir.path().join("truth.tsv");
    let n = n.to_string();
    python_script(
        "gen_corpus.py",
        &[
            n.as_ref(),
            corpus.as_ref(),
            "--truth".as_ref(),
            truth.as_ref(),
        ],
    );
    (corpus, truth)
}

#[test]
fn the_generated_truth_holds_and_batches_in_any_order_give_the_same_quads() {
    let one = Sandbox::new();
    let (corpus, truth) = generate(&one, 400);
    one.ok(&["ingest", "-q", &corpus.display().to_string()]);

    let store = one.store();
    let report = python_script(
        "check_truth.py",
        &[
            store.as_ref(),
            truth.as_ref(),
            "--cli".as_ref(),
            env!("CARGO_BIN_EXE_newsgraph").as_ref(),
        ],
    );
    assert!(report.contains("wrong merges: 0"), "{report}");

    // Four batches, the last first.
    let batches = Sandbox::new();
    let lines: Vec<String> = std::fs::read_to_string(&corpus)
        .expect("corpus")
        .lines()
        .map(str::to_owned)
        .collect();
    let chunks: Vec<PathBuf> = lines
        .chunks(100)
        .enumerate()
        .map(|(n, chunk)| batches.file(&format!("batch-{n}.jsonl"), chunk.join("\n") + "\n"))
        .collect();
    for chunk in chunks.iter().rev() {
        batches.ok(&["ingest", "-q", &chunk.display().to_string()]);
    }
    // The file names differ (`corpus.jsonl:7`, `batch-0.jsonl:7`): compare without them.
    let strip = |lines: Vec<String>| -> Vec<String> {
        lines
            .into_iter()
            .filter(|l| !l.contains("#sourceName>"))
            .collect()
    };
    assert_eq!(strip(batches.sorted_export()), strip(one.sorted_export()));
}
