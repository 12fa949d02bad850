//! The generated corpus (`scripts/gen_corpus.py`): its known truth holds after ingest (no
//! person or event split across articles, none merged with another), and ingesting it in
//! batches, in another order, gives the same quads as one batch.

use std::path::PathBuf;
use std::process::Command;

use crate::support::{root, Sandbox};

/// Writes `n` generated articles and their truth into the sandbox.
fn generate(sb: &Sandbox, n: usize) -> (PathBuf, PathBuf) {
    let corpus = sb.dir.path().join("corpus.jsonl");
    let truth = sb.dir.path().join("truth.tsv");
    let out = Command::new("python3")
        .arg(root().join("scripts/gen_corpus.py"))
        .arg(n.to_string())
        .arg(&corpus)
        .arg("--truth")
        .arg(&truth)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "gen_corpus.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (corpus, truth)
}

#[test]
fn the_generated_truth_holds_and_batches_in_any_order_give_the_same_quads() {
    let one = Sandbox::new();
    let (corpus, truth) = generate(&one, 400);
    one.ok(&["ingest", "-q", &corpus.display().to_string()]);

    let check = Command::new("python3")
        .arg(root().join("scripts/check_truth.py"))
        .arg(one.store())
        .arg(&truth)
        .arg("--cli")
        .arg(env!("CARGO_BIN_EXE_newsgraph"))
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "check_truth.py: {report}{}",
        String::from_utf8_lossy(&check.stderr)
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
