//! `newsgraph ingest`: READ → NORMALISE → EXTRACT → MAP on every core, STORE on one writer,
//! then RESOLVE over the whole store.
//!
//! Three stages run at once, handing each other chunks of articles through channels that hold
//! a few chunks each, so memory is bounded whatever the input's size:
//!
//! ```text
//!  reader thread        read_inputs, CHUNK articles at a time
//!     │ chunk
//!  extractor thread     normalise, extract, map: the chunk shared among --threads workers
//!     │ outcomes, in input order
//!  this thread          messages, then article graphs written a batch at a time; stdout
//! ```
//!
//! The pure stages run in any order on any thread, but their outcomes are collected back in
//! input order and the writer alone prints and writes, so every thread count gives the same
//! output and the same store.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use anyhow::Context;
use oxigraph::model::{NamedNode, Quad};
use rayon::prelude::*;

use super::printable::printable;
use super::progress::{self, Progress};
use crate::article::{count_articles, read_inputs, Article, Published, ReadError, ReadOptions};
use crate::cli::IngestArgs;
use crate::extract::{ArticleInfo, Extractor};
use crate::lang::Language;
use crate::rdf::{article_quads, ArticleFacts, Minter};
use crate::reference::Reference;
use crate::resolve::{self, describe, resolve_store, Scope};
use crate::store::{GraphStore, OpenMode};
use crate::text::normalise;

/// Articles read, then extracted, together. Enough to keep every worker busy; few enough that
/// the articles in flight (a chunk read, one extracted, `OUTCOME_CHUNKS` waiting and the
/// writer's batch) stay a few tens of megabytes (an article's quads take about 100 KB).
const CHUNK: usize = 64;

/// Extracted chunks waiting for the writer: about one batch of articles (see `--batch-quads`).
const OUTCOME_CHUNKS: usize = 3;

pub fn run(store_path: &Path, base: &str, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let reference = Reference::bundled(base)?;
    let extractor = Extractor::new(&reference);
    let minter = Minter::new(base);
    // A dry run reads and extracts everything but opens no store.
    let store = match args.dry_run {
        true => None,
        false => Some(GraphStore::open(store_path, OpenMode::CreateIfMissing)?),
    };
    if let Some(store) = &store {
        if !store.made_by_newsgraph()? {
            eprintln!(
                "newsgraph: warning: {}: this store holds quads newsgraph did not write; they are kept, and the articles go in beside them",
                printable(&store_path.display().to_string())
            );
        }
        store
            .ensure_reference(&reference)
            .context("loading the reference data")?;
    }
    // Articles an earlier run wrote and no resolution saw (`--no-resolve`, or a run killed
    // before its resolution ended) need describing too: this run's resolution then describes
    // the whole store. The mark goes on before the first article, off when resolution ends.
    let was_pending = match &store {
        Some(store) => {
            let pending = resolve::is_pending(store, &minter)?;
            resolve::mark_pending(store, &minter)?;
            pending
        }
        None => false,
    };
    let threads = match args.threads {
        Some(n) => usize::try_from(n).expect("clap keeps --threads at most 1024"),
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("newsgraph-extract-{i}"))
        .build()
        .context("starting the extraction threads")?;

    let shown = progress::shown(args.quiet);
    let total = match shown {
        true => count_articles(&args.paths),
        false => None,
    };
    let stages = Stages {
        extractor: &extractor,
        reference: &reference,
        minter: &minter,
        published: args.published.map(Published::Date),
        keep_quads: store.is_some(),
    };
    let mut writer = Writer {
        store: store.as_ref(),
        progress: Progress::articles(total, shown),
        quiet: args.quiet,
        seen: HashMap::new(),
        batch: Batch::default(),
        batch_quads: args.batch_quads,
        stored: 0,
        failed: 0,
        written: Vec::new(),
        replaced: BTreeSet::new(),
        quads_written: 0,
    };
    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (chunks_tx, chunks_rx) = sync_channel(1);
        // Room for about a batch's worth of articles, so that extraction goes on while the
        // writer waits for the store.
        let (outcomes_tx, outcomes_rx) = sync_channel(OUTCOME_CHUNKS);
        scope.spawn(|| read_chunks(&args.paths, &options, chunks_tx));
        scope.spawn(|| pool.install(|| extract_chunks(&stages, chunks_rx, outcomes_tx)));
        // Returning early drops the receiver: the other stages see it and stop.
        for outcomes in outcomes_rx {
            for outcome in outcomes {
                writer.accept(outcome)?;
            }
        }
        writer.write_batch()
    })?;
    let Writer {
        progress,
        stored,
        failed,
        written,
        replaced,
        quads_written,
        ..
    } = writer;
    progress.finish();
    match &store {
        Some(store) => {
            if args.no_resolve && written.is_empty() && !was_pending {
                resolve::unmark_pending(store, &minter)?;
            }
            if !args.no_resolve {
                let spinner =
                    Progress::spinner("resolving entities and events across articles", shown);
                let scope = match was_pending {
                    true => Scope::Store,
                    false => Scope::Articles {
                        written: &written,
                        replaced: &replaced,
                    },
                };
                let resolved = resolve_store(store, &reference, &minter, scope)
                    .context("resolving entities and events across articles")?;
                spinner.finish();
                if !args.quiet {
                    super::resolve::print_summary(&resolved)?;
                }
            }
            let spinner = Progress::spinner("writing the store's memory to disk", shown);
            store.finish_writes().context("finishing the writes")?;
            spinner.finish();
            // Counting the whole store would read all of it: say what this run wrote.
            writeln!(
                std::io::stdout(),
                "ingested {stored} article(s), {failed} failed; {quads_written} quads written to their article graphs"
            )?;
        }
        None => writeln!(
            std::io::stdout(),
            "read {stored} article(s), {failed} failed; dry run, nothing stored"
        )?,
    }
    Ok(if failed > 0 {
        ExitCode::from(super::FAILURE)
    } else {
        ExitCode::SUCCESS
    })
}

/// READ, on its own thread: the inputs in order, CHUNK at a time.
fn read_chunks(
    paths: &[PathBuf],
    options: &ReadOptions,
    chunks: SyncSender<Vec<Result<Article, ReadError>>>,
) {
    let mut inputs = read_inputs(paths, options);
    loop {
        let chunk: Vec<_> = inputs.by_ref().take(CHUNK).collect();
        // An empty chunk is the end; a closed channel means the writer gave up.
        if chunk.is_empty() || chunks.send(chunk).is_err() {
            return;
        }
    }
}

/// NORMALISE → EXTRACT → MAP for each chunk, its articles shared among the pool's threads
/// and their outcomes collected back in input order.
fn extract_chunks(
    stages: &Stages<'_>,
    chunks: Receiver<Vec<Result<Article, ReadError>>>,
    outcomes: SyncSender<Vec<Outcome>>,
) {
    for chunk in chunks {
        let done: Vec<Outcome> = chunk
            .into_par_iter()
            .map(|input| stages.run(input))
            .collect();
        if outcomes.send(done).is_err() {
            return;
        }
    }
}

/// What the pure stages need, shared read-only by every extraction thread.
struct Stages<'a> {
    extractor: &'a Extractor,
    reference: &'a Reference,
    minter: &'a Minter,
    /// `--published`, for articles that carry no date.
    published: Option<Published>,
    /// Whether the writer needs the quads, or only their number (a dry run). Quads the
    /// extraction thread made are freed on that thread: freed by another, each of their
    /// strings costs the allocator a hand-over between threads (a quarter of a dry run's CPU
    /// time when the writer freed them, BENCHMARKS.md).
    keep_quads: bool,
}

/// What the pure stages made of one input.
struct Outcome {
    /// Lines for standard error, in the order a one-thread run prints them.
    messages: Vec<String>,
    /// The article's graph, or `None` when the input failed.
    graph: Option<ArticleGraph>,
}

/// One article's graph, ready to be written.
struct ArticleGraph {
    iri: NamedNode,
    /// The quads, or none in a dry run ([`Stages::keep_quads`]).
    quads: Vec<Quad>,
    /// How many quads the article's graph holds.
    quad_count: usize,
    source_name: String,
    mentions: usize,
}

impl Stages<'_> {
    fn run(&self, input: Result<Article, ReadError>) -> Outcome {
        let mut article = match input {
            Ok(article) => article,
            Err(err) => {
                return Outcome {
                    messages: vec![format!("newsgraph: error: {err}")],
                    graph: None,
                }
            }
        };
        let mut messages: Vec<String> = article
            .warnings
            .iter()
            .map(|warning| format!("newsgraph: warning: {}: {warning}", article.source_name))
            .collect();
        if article.meta.date.is_none() {
            article.meta.date = self.published;
        }
        if article.meta.date.is_none() {
            messages.push(format!(
                "newsgraph: warning: {}: no publication date (front matter `date:`, or --published): relative dates (\"hier\", \"jeudi\") are left out",
                article.source_name
            ));
        }
        let language = match article.meta.lang.as_deref() {
            None => Language::default(),
            Some(tag) => Language::from_tag(tag).unwrap_or_else(|| {
                messages.push(format!(
                    "newsgraph: warning: {}: no tables for language {tag:?}: read with the {} ones",
                    article.source_name,
                    Language::default()
                ));
                Language::default()
            }),
        };
        let (document, _removed) = normalise(&article.text);
        if document.body.is_empty() {
            messages.push(format!(
                "newsgraph: error: {}: empty article once boilerplate is removed",
                article.source_name
            ));
            return Outcome {
                messages,
                graph: None,
            };
        }
        let info = ArticleInfo {
            published: article.meta.date.map(|d| d.day()),
            source: article.meta.source.as_deref(),
            language,
        };
        let extraction = self.extractor.extract_with(&document, &info);
        let facts = ArticleFacts {
            article: &article,
            document: &document,
            extraction: &extraction,
            reference: self.reference,
        };
        let (iri, mut quads) = article_quads(self.minter, &facts);
        let quad_count = quads.len();
        if !self.keep_quads {
            quads = Vec::new();
        }
        Outcome {
            messages,
            graph: Some(ArticleGraph {
                iri,
                quads,
                quad_count,
                mentions: extraction.mentions.len(),
                source_name: article.source_name,
            }),
        }
    }
}

/// STORE: takes the outcomes in input order, prints their messages, and writes the graphs a
/// batch at a time.
struct Writer<'a> {
    store: Option<&'a GraphStore>,
    progress: Progress,
    quiet: bool,
    /// Article IRI → input that gave it, to tell when one input of a run replaces another.
    seen: HashMap<String, String>,
    batch: Batch,
    /// Write once the batch holds this many quads (`--batch-quads`, 50,000 by default: about
    /// 150 articles of the examples' length). Larger batches save little time (3% of the CPU
    /// at 1,000 articles for four times the batch) and cost memory (the batch and the bulk
    /// loader's sorted copy of it: 160 MB peak at 50,000, 280 MB at 200,000).
    batch_quads: usize,
    stored: usize,
    failed: usize,
    /// The article graphs written, whose entities and events resolution describes anew.
    written: Vec<NamedNode>,
    /// What the earlier versions of re-ingested articles named: described again too.
    replaced: BTreeSet<NamedNode>,
    quads_written: usize,
}

/// Article graphs waiting to be written, and the stdout lines to print once they are.
#[derive(Default)]
struct Batch {
    graphs: Vec<(NamedNode, Vec<Quad>)>,
    /// Article IRI → its place in `graphs`: a later input with the same IRI replaces it.
    index: HashMap<String, usize>,
    quads: usize,
    lines: Vec<String>,
}

impl Writer<'_> {
    fn accept(&mut self, outcome: Outcome) -> anyhow::Result<()> {
        for message in &outcome.messages {
            self.progress.eprintln(&printable(message));
        }
        let Some(graph) = outcome.graph else {
            self.failed += 1;
            self.progress.failed();
            return Ok(());
        };
        self.progress.done();
        let key = graph.iri.as_str().to_owned();
        if let Some(previous) = self.seen.insert(key.clone(), graph.source_name.clone()) {
            self.progress.eprintln(&printable(&format!(
                "newsgraph: warning: {}: same article as {previous} (same id, url or text); it replaces it",
                graph.source_name
            )));
        }
        self.batch.lines.push(format!(
            "{}\t{} triples\t{} mentions\t{}",
            printable(&graph.source_name),
            graph.quad_count,
            graph.mentions,
            graph.iri.as_str()
        ));
        self.batch.quads += graph.quad_count;
        match self.batch.index.get(&key) {
            // A dry run keeps nothing.
            _ if self.store.is_none() => {}
            // The same article twice in one batch: the later version is the one written.
            Some(&at) => self.batch.graphs[at].1 = graph.quads,
            None => {
                self.batch.index.insert(key, self.batch.graphs.len());
                self.batch.graphs.push((graph.iri, graph.quads));
            }
        }
        if self.batch.quads >= self.batch_quads {
            self.write_batch()?;
        }
        Ok(())
    }

    /// Writes the batch, then prints its lines: a line on stdout means the article is stored.
    fn write_batch(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        if let Some(store) = self.store {
            let iris: Vec<NamedNode> = batch.graphs.iter().map(|(iri, _)| iri.clone()).collect();
            let again: Vec<NamedNode> = iris
                .iter()
                .filter(|iri| store.has_article(iri.as_ref()).unwrap_or(true))
                .cloned()
                .collect();
            if !again.is_empty() {
                self.replaced.extend(describe::named_in(store, &again)?);
            }
            self.quads_written += batch.graphs.iter().map(|(_, q)| q.len()).sum::<usize>();
            store.write_graphs(batch.graphs)?;
            self.written.extend(iris);
        }
        self.stored += batch.lines.len();
        if !self.quiet {
            // Above the bar, when stdout and stderr are the same terminal.
            self.progress.suspend(|| -> std::io::Result<()> {
                let mut out = std::io::stdout().lock();
                for line in &batch.lines {
                    writeln!(out, "{line}")?;
                }
                out.flush()
            })?;
        }
        Ok(())
    }
}
