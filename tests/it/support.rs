//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The files of a directory (with that extension, when one is given), sorted by path.
pub fn sorted_files(dir: &Path, extension: Option<&str>) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| extension.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
        .collect();
    paths.sort();
    paths
}

/// Runs one of the repository's Python scripts (`scripts/NAME`), which must succeed, and
/// returns its standard output.
pub fn python_script(name: &str, args: &[&std::ffi::OsStr]) -> String {
    let out = std::process::Command::new("python3")
        .arg(root().join("scripts").join(name))
        .args(args)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{name}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The seeds shared with the product team, present beside the repository in CI.
pub fn seeds() -> PathBuf {
    root().join("../shared/seeds")
}

/// A temporary directory holding a store path (not created until the first ingest).
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    /// Writes a file under the sandbox and returns its path.
    pub fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, content).expect("write");
        path
    }

    /// `newsgraph --store <sandbox store> ARGS…`
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("newsgraph").expect("binary built");
        cmd.env_remove("NEWSGRAPH_STORE")
            .arg("--store")
            .arg(self.store())
            .args(args);
        cmd
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        assert!(
            out.status.success(),
            "newsgraph {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }

    /// Ingests paths that must all go in.
    pub fn ingest(&self, paths: &[&Path]) -> String {
        let mut args = vec!["ingest".to_owned()];
        args.extend(paths.iter().map(|p| p.display().to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.ok(&args)
    }

    /// A SELECT query's rows as tab-separated values without the header (`--format tsv`).
    pub fn select(&self, query: &str) -> Vec<String> {
        let out = self.ok(&["query", "--format", "tsv", query]);
        out.lines().skip(1).map(str::to_owned).collect()
    }

    /// The store's quads as sorted N-Quads lines: two stores are equal when these are.
    pub fn sorted_export(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .ok(&["export", "--format", "nquads"])
            .lines()
            .map(str::to_owned)
            .collect();
        lines.sort();
        lines
    }

    /// A single-number SELECT (`?n`).
    pub fn count(&self, query: &str) -> usize {
        let rows = self.select(query);
        let cell = rows.first().expect("one row");
        let value = cell
            .trim_start_matches('"')
            .split(['"', '^'])
            .next()
            .unwrap_or(cell);
        value
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {cell}"))
    }
}

pub const PREFIXES: &str = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
";

/// A small article in the register of the corpus, with front matter.
pub fn article(id: &str, date: &str, body: &str) -> String {
    format!("---\nid: {id}\ndate: {date}\nlang: fr\n---\n{body}\n")
}
