//! The ingest pipeline: any thread count gives the same output and store, a killed ingest run
//! again gives the store a clean one does, and no progress bar is drawn off a terminal.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::support::{root, Sandbox};

/// The example articles' texts, as (file stem, text without front matter).
fn example_texts() -> Vec<(String, String)> {
    let dir = root().join("examples/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p).expect("read example");
            let text = match raw.strip_prefix("---") {
                Some(rest) => rest
                    .split_once("\n---")
                    .map_or(rest, |(_, body)| body)
                    .to_owned(),
                None => raw,
            };
            let stem = p.file_stem().expect("stem").to_string_lossy().into_owned();
            (stem, text)
        })
        .collect()
}

/// `copies` × the examples as JSON Lines with distinct ids and dates, plus the inputs that
/// exercise the writer: a line that is not JSON, an article that is empty once cleaned, the
/// same id twice in a row (one batch) and once more at the end (a later batch).
fn corpus(copies: usize) -> String {
    let texts = example_texts();
    let line = |id: &str, day: usize, text: &str| {
        let date = format!("2025-{:02}-{:02}", 1 + day % 12, 1 + day % 28);
        serde_json::json!({ "id": id, "date": date, "lang": "fr", "text": text }).to_string() + "\n"
    };
    let mut out = String::new();
    for copy in 0..copies {
        for (i, (stem, text)) in texts.iter().enumerate() {
            out += &line(&format!("{stem}-{copy}"), copy * 7 + i, text);
        }
        if copy == 1 {
            out += "{not json\n";
            out += &line("vide", 0, " \n ");
            out += &line(
                "twice",
                3,
                "Emmanuel Macron a reçu Volodymyr Zelensky à Paris.",
            );
            out += &line("twice", 3, "Donald Trump a appelé Vladimir Poutine mardi.");
        }
    }
    out += &line(
        &format!("{}-0", texts[0].0),
        5,
        "Marco Rubio a rencontré Sergueï Lavrov à Riyad.",
    );
    out
}

fn ingest_output(sb: &Sandbox, args: &[&str]) -> (i32, String, String) {
    let out = sb.cmd(args).output().expect("run ingest");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

#[test]
fn every_thread_count_gives_the_same_output_and_store() {
    let inputs = Sandbox::new();
    let corpus = inputs.file("corpus.jsonl", corpus(40));
    let examples = root().join("examples/articles");
    let corpus = corpus.display().to_string();
    let examples = examples.display().to_string();
    let mut runs = Vec::new();
    for threads in ["1", "2", "4"] {
        let sb = Sandbox::new();
        let args = [
            "ingest",
            "--threads",
            threads,
            "--batch-quads",
            "20000",
            &examples,
            &corpus,
        ];
        let (code, stdout, stderr) = ingest_output(&sb, &args);
        runs.push((code, stdout, stderr, sb.sorted_export()));
    }
    let (code, stdout, stderr, quads) = &runs[0];
    assert_eq!(*code, 1, "the bad inputs fail the run: {stderr}");
    assert!(
        stdout.contains("ingested 337 article(s), 2 failed"),
        "{stdout}"
    );
    assert!(stderr.contains("corpus.jsonl:"), "{stderr}");
    assert_eq!(stderr.matches("same article as").count(), 2, "{stderr}");
    for other in &runs[1..] {
        assert_eq!(&other.0, code);
        assert_eq!(&other.1, stdout);
        assert_eq!(&other.2, stderr);
        assert!(&other.3 == quads, "the stores differ");
    }
    // The later of two inputs with one id is the one stored, in one batch or across batches.
    let twice: Vec<&String> = quads
        .iter()
        .filter(|q| q.contains("/article/twice>") && q.contains("#body>"))
        .collect();
    assert_eq!(twice.len(), 1, "{twice:?}");
    assert!(twice[0].contains("Donald Trump"), "{twice:?}");
    let first = quads
        .iter()
        .filter(|q| q.contains("-riyad-rubio-lavrov-0>") && q.contains("#body>"))
        .collect::<Vec<_>>();
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(first[0].contains("\"Marco Rubio a rencontré"), "{first:?}");
}

/// A delay between `low` and `high` that changes from run to run.
fn random_delay(low: u64, high: u64) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .subsec_nanos();
    Duration::from_millis(low + u64::from(nanos) % (high - low))
}

fn ingest_command(store: &Path, corpus: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    cmd.env_remove("NEWSGRAPH_STORE")
        .arg("--store")
        .arg(store)
        .args(["ingest", "-q", "--batch-quads", "10000"])
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn a_killed_ingest_run_again_gives_the_clean_store() {
    let inputs = Sandbox::new();
    let corpus = inputs.file("corpus.jsonl", corpus(25));
    let clean = Sandbox::new();
    let status = ingest_command(&clean.store(), &corpus)
        .status()
        .expect("run");
    assert_eq!(status.code(), Some(1), "two inputs of the corpus fail");
    let expected = clean.sorted_export();

    let killed = Sandbox::new();
    for (low, high) in [(50, 400), (300, 1500), (800, 3000), (1500, 5000)] {
        let mut child = ingest_command(&killed.store(), &corpus)
            .spawn()
            .expect("spawn");
        std::thread::sleep(random_delay(low, high));
        // SIGKILL: no destructor, no flush.
        let _ = child.kill();
        child.wait().expect("wait");
        if killed.store().join("CURRENT").is_file() {
            // The store opens and answers.
            killed.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        }
    }
    let status = ingest_command(&killed.store(), &corpus)
        .status()
        .expect("run");
    assert_eq!(status.code(), Some(1));
    assert!(killed.sorted_export() == expected, "the stores differ");
    let leftovers: Vec<_> = std::fs::read_dir(killed.store())
        .expect("store dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("bulk-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn no_progress_is_drawn_off_a_terminal() {
    let sb = Sandbox::new();
    let examples = root().join("examples/articles");
    let (code, stdout, stderr) = ingest_output(&sb, &["ingest", &examples.display().to_string()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("ingested 14 article(s)"), "{stdout}");
    assert!(!stderr.contains('\r'), "{stderr:?}");
    assert!(!stderr.contains("articles,"), "{stderr:?}");
    assert!(!stderr.contains("resolving"), "{stderr:?}");
    let (_, _, stderr) = ingest_output(&sb, &["resolve"]);
    assert!(stderr.is_empty(), "{stderr:?}");
}
