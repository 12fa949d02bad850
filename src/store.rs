//! STORE: the Oxigraph store on disk. The only module that talks to Oxigraph's storage.
//!
//! Each article is one named graph, replaced in one transaction so that a reader never sees
//! half an article. The reference data lives in its own graph and is reloaded only when the
//! bundled data (or the base) changed. Queries see the union of all graphs as default graph.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, Quad, QuadRef, Term, Triple,
};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};

use crate::reference::Reference;
use crate::vocab::{ng, PREFIXES};

/// Errors of the store, each naming the store directory or graph at fault.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no newsgraph store at {} (run `newsgraph ingest` to create one)", .0.display())]
    Missing(PathBuf),
    #[error("{} exists and is not a newsgraph store", .0.display())]
    NotAStore(PathBuf),
    #[error("the store at {} is in use by another process; wait for it to finish", .0.display())]
    Locked(PathBuf),
    #[error("store at {}: {}", .path.display(), storage_message(.source))]
    Storage { path: PathBuf, source: StorageError },
    #[error("writing graph {graph}: {source}")]
    Write { graph: String, source: StorageError },
    #[error("writing {count} graph(s), the first {first}: {source}")]
    WriteBatch {
        first: String,
        count: usize,
        source: StorageError,
    },
    #[error("{0}")]
    Query(String),
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),
}

/// Whether opening may create a new store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the store if the directory is absent or empty (ingest).
    CreateIfMissing,
    /// The store must already exist (query, export, stats).
    Existing,
}

/// The bulk loader sorts up to this many megabytes' worth of quads at a time (a thousand quads
/// a megabyte, by its own reckoning): more than an ingest batch holds.
const BULK_LOAD_MEGABYTES: usize = 400;

/// Removes the files a bulk load killed half-way left behind (`bulk-<random>.sst`, written
/// beside the database before RocksDB takes them in). Called once the store is open, hence
/// locked: no other process can be loading them. A file that cannot be removed stays; it only
/// takes room.
fn remove_orphan_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether the directory's CURRENT file names a manifest that is there, as RocksDB's always
/// does (`MANIFEST-000005` and a newline).
fn names_its_manifest(path: &Path) -> bool {
    let Ok(current) = std::fs::read(path.join("CURRENT")) else {
        return false;
    };
    let Ok(name) = std::str::from_utf8(&current) else {
        return false;
    };
    let name = name.trim_end_matches('\n');
    name.strip_prefix("MANIFEST-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        && path.join(name).is_file()
}

/// RocksDB repeats a cause once per layer ("Corruption: X: Corruption: X"): said once.
fn storage_message(source: &StorageError) -> String {
    let text = source.to_string();
    let mut parts: Vec<&str> = Vec::new();
    for part in text.split(": ") {
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    parts.join(": ")
}

/// Whether a directory holds RocksDB data files (other than a bulk load's leftovers).
fn holds_sst_files(path: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(path) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        name.ends_with(".sst") && !name.starts_with("bulk-")
    })
}

/// An open newsgraph store.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

impl GraphStore {
    pub fn open(path: &Path, mode: OpenMode) -> Result<Self, StoreError> {
        // RocksDB marks a database directory with a CURRENT file, written last when it creates
        // one: a LOCK without it, and no data file, is a creation that was killed half-way.
        let is_store = path.join("CURRENT").is_file();
        // A CURRENT that names no manifest is no database: RocksDB would refuse it only after
        // writing its LOCK and LOG files into the directory.
        if is_store && !names_its_manifest(path) {
            return Err(StoreError::NotAStore(path.to_owned()));
        }
        let half_created = !is_store && path.join("LOCK").is_file() && !holds_sst_files(path);
        if !is_store {
            let empty = match std::fs::read_dir(path) {
                Ok(mut entries) => entries.next().is_none(),
                Err(_) => !path.exists(),
            };
            match mode {
                OpenMode::Existing => return Err(StoreError::Missing(path.to_owned())),
                OpenMode::CreateIfMissing if !empty && !half_created => {
                    return Err(StoreError::NotAStore(path.to_owned()))
                }
                OpenMode::CreateIfMissing => {}
            }
        }
        let store = Store::open(path).map_err(|source| {
            if source.to_string().to_ascii_lowercase().contains("lock") {
                StoreError::Locked(path.to_owned())
            } else {
                StoreError::Storage {
                    path: path.to_owned(),
                    source,
                }
            }
        })?;
        remove_orphan_bulk_files(path);
        Ok(GraphStore {
            store,
            path: path.to_owned(),
        })
    }

    /// The rows of a SELECT query, each as its values in projection order; no rows for an ASK
    /// or a CONSTRUCT.
    pub fn select_rows(
        &self,
        query: &str,
        base: &str,
    ) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
        let mut rows = Vec::new();
        self.for_each_row(query, base, |row| {
            rows.push(row.to_vec());
            Ok(())
        })?;
        Ok(rows)
    }

    /// Hands each row of a SELECT query to `each` as it comes, without holding them all.
    pub fn for_each_row(
        &self,
        query: &str,
        base: &str,
        mut each: impl FnMut(&[Option<Term>]) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let QueryResults::Solutions(solutions) = self.query(query, base)? else {
            return Ok(());
        };
        for solution in solutions {
            let solution =
                solution.map_err(|e| StoreError::Query(format!("query evaluation failed: {e}")))?;
            each(solution.values())?;
        }
        Ok(())
    }

    /// The number a `SELECT (COUNT(…) AS ?n)` query gives (its first value), 0 when it gives
    /// no row.
    pub fn count(&self, query: &str, base: &str) -> Result<usize, StoreError> {
        match self
            .select_rows(query, base)?
            .first()
            .and_then(|row| row.first())
        {
            Some(Some(Term::Literal(n))) => n
                .value()
                .parse()
                .map_err(|_| StoreError::Query(format!("not a count: {}", n.value()))),
            _ => Ok(0),
        }
    }

    /// A store in memory holding some triples in its default graph: a CONSTRUCT result, read
    /// back with the same methods as the store on disk.
    pub fn in_memory(triples: &[Triple]) -> Result<Self, StoreError> {
        let path = PathBuf::from("(memory)");
        let store = Store::new().map_err(|source| StoreError::Storage {
            path: path.clone(),
            source,
        })?;
        let memory = GraphStore { store, path };
        let quads: Vec<Quad> = triples
            .iter()
            .map(|t| t.clone().in_graph(GraphName::DefaultGraph))
            .collect();
        memory.apply(&[], &quads)?;
        Ok(memory)
    }

    /// The triples of a CONSTRUCT or DESCRIBE query, sorted and without repeats.
    pub fn construct(&self, query: &str, base: &str) -> Result<Vec<Triple>, StoreError> {
        let QueryResults::Graph(triples) = self.query(query, base)? else {
            return Err(StoreError::Query(
                "expected a CONSTRUCT or DESCRIBE query, which gives triples".into(),
            ));
        };
        let mut all = triples
            .collect::<Result<Vec<Triple>, _>>()
            .map_err(|e| StoreError::Query(format!("query evaluation failed: {e}")))?;
        all.sort_by_cached_key(|t| t.to_string());
        all.dedup();
        Ok(all)
    }

    fn storage_error(&self, source: StorageError) -> StoreError {
        StoreError::Storage {
            path: self.path.clone(),
            source,
        }
    }

    /// Loads the reference data into its graph unless the same data is already there.
    /// Returns whether it (re)loaded.
    pub fn ensure_reference(&self, reference: &Reference) -> Result<bool, StoreError> {
        let digest = Literal::new_simple_literal(&reference.digest);
        let marker = QuadRef::new(
            reference.graph.as_ref(),
            ng::DIGEST,
            digest.as_ref(),
            reference.graph.as_ref(),
        );
        if self
            .store
            .contains(marker)
            .map_err(|e| self.storage_error(e))?
        {
            return Ok(false);
        }
        let mut quads = reference.quads.clone();
        quads.push(marker.into_owned());
        // Through the bulk loader into a new store, in a transaction over an old version.
        self.write_graphs(vec![(reference.graph.clone(), quads)])?;
        Ok(true)
    }

    /// Replaces a named graph's content with `quads` in one transaction.
    pub fn replace_graph(&self, graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<(), StoreError> {
        let error = |source| StoreError::Write {
            graph: graph.as_str().to_owned(),
            source,
        };
        let mut transaction = self.store.start_transaction().map_err(error)?;
        transaction.clear_graph(graph).map_err(error)?;
        transaction.extend(quads);
        transaction.commit().map_err(error)
    }

    /// Writes article graphs, each replacing whatever its graph held: one batch of an ingest.
    ///
    /// Graphs the store does not hold yet go through Oxigraph's bulk loader, which sorts them
    /// into files that RocksDB takes in at once at commit: the whole batch or nothing, written
    /// at the store's own loading speed rather than through the write-ahead log and memtables.
    /// Graphs the store already holds are cleared and rewritten in one transaction, so a reader
    /// sees each old article or its new version, never half of each. A process killed between
    /// the two steps leaves some graphs of the batch written and the others absent: whole
    /// articles either way, and the same ingest run again rewrites the ones written.
    pub fn write_graphs(&self, graphs: Vec<(NamedNode, Vec<Quad>)>) -> Result<(), StoreError> {
        let Some((first, _)) = graphs.first() else {
            return Ok(());
        };
        let (first, count) = (first.as_str().to_owned(), graphs.len());
        let error = |source| StoreError::WriteBatch {
            first: first.clone(),
            count,
            source,
        };
        let (mut fresh, mut held) = (Vec::new(), Vec::new());
        for (graph, quads) in graphs {
            let empty = self
                .store
                .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                .next()
                .transpose()
                .map_err(error)?
                .is_none();
            match empty {
                true => fresh.push(quads),
                false => held.push((graph, quads)),
            }
        }
        if !held.is_empty() {
            let mut transaction = self.store.start_transaction().map_err(error)?;
            for (graph, quads) in &held {
                transaction.clear_graph(graph.as_ref()).map_err(error)?;
                transaction.extend(quads);
            }
            transaction.commit().map_err(error)?;
        }
        if !fresh.is_empty() {
            // One thread: the other cores are extracting the next articles meanwhile. The
            // memory setting only keeps the loader from splitting a batch of ours in two.
            let mut loader = self
                .store
                .bulk_loader()
                .with_num_threads(1)
                .with_max_memory_size_in_megabytes(BULK_LOAD_MEGABYTES);
            loader
                .load_quads(fresh.into_iter().flatten())
                .map_err(error)?;
            loader.commit().map_err(error)?;
        }
        Ok(())
    }

    /// Ends a command that wrote: RocksDB's memtables are written out to sorted files, so the
    /// next command opens the store without replaying a write-ahead log (after a large ingest
    /// that replay took most of a minute).
    pub fn finish_writes(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.storage_error(e))
    }

    /// Removes some quads and inserts others, in one transaction: all or none.
    pub fn apply(&self, remove: &[Quad], insert: &[Quad]) -> Result<(), StoreError> {
        let Some(first) = remove.first().or(insert.first()) else {
            return Ok(());
        };
        let error = |source| StoreError::Write {
            graph: first.graph_name.to_string(),
            source,
        };
        let mut transaction = self.store.start_transaction().map_err(error)?;
        for quad in remove {
            transaction.remove(quad);
        }
        transaction.extend(insert);
        transaction.commit().map_err(error)
    }

    /// Every quad of one named graph.
    pub fn graph_quads(&self, graph: NamedNodeRef<'_>) -> Result<Vec<Quad>, StoreError> {
        self.store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .map(|quad| quad.map_err(|e| self.storage_error(e)))
            .collect()
    }

    /// Every quad that matches a pattern (`None` matches anything).
    pub fn quads_matching(
        &self,
        subject: Option<NamedNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<NamedNodeRef<'_>>,
        graph: Option<NamedNodeRef<'_>>,
    ) -> Result<Vec<Quad>, StoreError> {
        self.store
            .quads_for_pattern(
                subject.map(Into::into),
                predicate,
                object.map(Into::into),
                graph.map(Into::into),
            )
            .map(|quad| quad.map_err(|e| self.storage_error(e)))
            .collect()
    }

    /// Removes a named graph and everything in it.
    pub fn remove_graph(&self, graph: NamedNodeRef<'_>) -> Result<(), StoreError> {
        self.store
            .remove_named_graph(graph)
            .map_err(|source| StoreError::Write {
                graph: graph.as_str().to_owned(),
                source,
            })
    }

    /// Number of quads in the whole store.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.store.len().map_err(|e| self.storage_error(e))
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Number of quads in one named graph.
    pub fn graph_len(&self, graph: NamedNodeRef<'_>) -> Result<usize, StoreError> {
        let mut n = 0;
        for quad in self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            quad.map_err(|e| self.storage_error(e))?;
            n += 1;
        }
        Ok(n)
    }

    /// Whether a named graph holds an article.
    /// Whether newsgraph wrote this store: it is empty, or holds the reference data's digest,
    /// which every ingest writes first (under whatever base).
    pub fn made_by_newsgraph(&self) -> Result<bool, StoreError> {
        let mut any = self.store.quads_for_pattern(None, None, None, None);
        if any
            .next()
            .transpose()
            .map_err(|e| self.storage_error(e))?
            .is_none()
        {
            return Ok(true);
        }
        let mut digests = self
            .store
            .quads_for_pattern(None, Some(ng::DIGEST), None, None);
        Ok(digests
            .next()
            .transpose()
            .map_err(|e| self.storage_error(e))?
            .is_some())
    }

    /// Whether the store holds this quad.
    pub fn contains(&self, quad: &Quad) -> Result<bool, StoreError> {
        self.store.contains(quad).map_err(|e| self.storage_error(e))
    }

    pub fn has_article(&self, article: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        self.store
            .contains(QuadRef::new(article, rdf::TYPE, ng::ARTICLE, article))
            .map_err(|e| self.storage_error(e))
    }

    /// Evaluates a SPARQL query with the union of all graphs as the default graph.
    pub fn query(&self, query: &str, base: &str) -> Result<QueryResults<'static>, StoreError> {
        self.query_cancellable(query, base, CancellationToken::new())
    }

    /// [`GraphStore::query`], stopped (its results then give `Cancelled`) when `cancel` is.
    pub fn query_cancellable(
        &self,
        query: &str,
        base: &str,
        cancel: CancellationToken,
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut evaluator = SparqlEvaluator::new().with_cancellation_token(cancel);
        for (prefix, iri) in PREFIXES {
            evaluator = evaluator
                .with_prefix(*prefix, *iri)
                .expect("the built-in prefixes are valid IRIs");
        }
        if let Ok(with_base) = evaluator.clone().with_base_iri(base) {
            evaluator = with_base;
        }
        let mut prepared = evaluator
            .parse_query(query)
            .map_err(|e| StoreError::Query(syntax_error_message(&e.to_string())))?;
        // The default graph is the union of all graphs, unless the query names its own
        // dataset (`FROM`, `FROM NAMED`), which is then honoured as SPARQL says.
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Query(format!("query evaluation failed: {e}")))
    }

    /// Writes the store, or one graph, in an RDF syntax.
    ///
    /// Formats without named graphs (Turtle, N-Triples, RDF/XML) get the union of all graphs
    /// when no graph is chosen.
    pub fn export(
        &self,
        format: RdfFormat,
        graph: Option<&NamedNode>,
        writer: &mut dyn std::io::Write,
    ) -> Result<(), StoreError> {
        let mut serializer = RdfSerializer::from_format(format);
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .expect("the built-in prefixes are valid IRIs");
        }
        let mut out = serializer.for_writer(writer);
        let pattern = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        let mut seen = std::collections::HashSet::new();
        for quad in self.store.quads_for_pattern(None, None, None, pattern) {
            let quad = quad.map_err(|e| self.storage_error(e))?;
            if format.supports_datasets() && graph.is_none() {
                out.serialize_quad(&quad)?;
            } else {
                let triple = oxigraph::model::Triple::from(quad);
                // The same triple may stand in several graphs; write it once.
                if seen.insert(triple.clone()) {
                    out.serialize_triple(&triple)?;
                }
            }
        }
        out.finish()?;
        Ok(())
    }

    /// The store's directory (dropping the `GraphStore` closes it).
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Oxigraph says "error at 3:2: expected …"; people read "line 3, column 2".
fn syntax_error_message(message: &str) -> String {
    let located = message.strip_prefix("error at ").and_then(|rest| {
        let (position, detail) = rest.split_once(": ")?;
        let (line, column) = position.split_once(':')?;
        Some(format!(
            "query syntax error at line {line}, column {column}: {}",
            one_line(detail)
        ))
    });
    located.unwrap_or_else(|| format!("query syntax error: {}", one_line(message)))
}

/// A parser's message on one short line: its list of expected tokens can run to many lines of
/// character classes.
fn one_line(detail: &str) -> String {
    const MAX: usize = 160;
    let flat = detail.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX {
        return flat;
    }
    let cut: String = flat.chars().take(MAX).collect();
    format!("{}…", cut.trim_end_matches([',', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn existing_mode_refuses_to_create() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nothing");
        assert!(matches!(
            GraphStore::open(&path, OpenMode::Existing),
            Err(StoreError::Missing(_))
        ));
        assert!(!path.exists());
    }

    #[test]
    fn a_creation_killed_half_way_is_done_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s");
        std::fs::create_dir(&path).expect("mkdir");
        std::fs::write(path.join("LOCK"), "").expect("write");
        std::fs::write(path.join("bulk-1.sst"), "").expect("write");
        GraphStore::open(&path, OpenMode::CreateIfMissing).expect("open");
        assert!(path.join("CURRENT").is_file());
        assert!(!path.join("bulk-1.sst").exists());
        let other = dir.path().join("t");
        std::fs::create_dir(&other).expect("mkdir");
        std::fs::write(other.join("LOCK"), "").expect("write");
        std::fs::write(other.join("000012.sst"), "").expect("write");
        assert!(matches!(
            GraphStore::open(&other, OpenMode::CreateIfMissing),
            Err(StoreError::NotAStore(_))
        ));
    }

    #[test]
    fn writing_graphs_replaces_held_ones_and_loads_new_ones() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store =
            GraphStore::open(&dir.path().join("s"), OpenMode::CreateIfMissing).expect("open");
        let g = |n: &str| NamedNode::new_unchecked(format!("http://example.org/{n}"));
        let quad =
            |graph: &NamedNode, o: &str| Quad::new(graph.clone(), rdf::TYPE, g(o), graph.clone());
        let (a, b) = (g("a"), g("b"));
        store
            .write_graphs(vec![(a.clone(), vec![quad(&a, "x"), quad(&a, "y")])])
            .expect("write");
        store
            .write_graphs(vec![
                (a.clone(), vec![quad(&a, "z")]),
                (b.clone(), vec![quad(&b, "x")]),
            ])
            .expect("write");
        assert_eq!(
            store.graph_quads(a.as_ref()).expect("read"),
            vec![quad(&a, "z")]
        );
        assert_eq!(
            store.graph_quads(b.as_ref()).expect("read"),
            vec![quad(&b, "x")]
        );
    }

    #[test]
    fn replacing_a_graph_is_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store =
            GraphStore::open(&dir.path().join("s"), OpenMode::CreateIfMissing).expect("open");
        let g = NamedNode::new_unchecked("http://example.org/g");
        let quad =
            |o: &str| Quad::new(g.clone(), rdf::TYPE, NamedNode::new_unchecked(o), g.clone());
        store
            .replace_graph(
                g.as_ref(),
                &[quad("http://example.org/a"), quad("http://example.org/b")],
            )
            .expect("write");
        store
            .replace_graph(g.as_ref(), &[quad("http://example.org/c")])
            .expect("write");
        assert_eq!(store.graph_len(g.as_ref()).expect("count"), 1);
    }
}
