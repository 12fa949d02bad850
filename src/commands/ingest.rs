//! `newsgraph ingest`: READ → NORMALISE → EXTRACT → MAP → STORE, one article at a time, then
//! RESOLVE over the whole store.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crate::article::{read_inputs, Published, ReadOptions};
use crate::cli::IngestArgs;
use crate::extract::{ArticleInfo, Extractor};
use crate::rdf::{article_quads, ArticleFacts, Minter};
use crate::reference::Reference;
use crate::resolve::{resolve_store, Scope};
use crate::store::{GraphStore, OpenMode};
use crate::text::normalise;

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
        store
            .ensure_reference(&reference)
            .context("loading the reference data")?;
    }

    let options = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let (mut stored, mut failed, mut quads_written) = (0usize, 0usize, 0usize);
    // Article IRI → input that gave it, to tell when one input of a batch replaces another.
    let mut seen: HashMap<String, String> = HashMap::new();
    // The article graphs written, whose entities and events resolution describes anew.
    let mut written_graphs = Vec::new();
    // What the earlier versions of re-ingested articles named: described again too.
    let mut replaced = std::collections::BTreeSet::new();
    for input in read_inputs(&args.paths, &options) {
        let mut article = match input {
            Ok(article) => article,
            Err(err) => {
                eprintln!("newsgraph: error: {err}");
                failed += 1;
                continue;
            }
        };
        for warning in &article.warnings {
            eprintln!("newsgraph: warning: {}: {warning}", article.source_name);
        }
        if article.meta.date.is_none() {
            article.meta.date = args.published.map(Published::Date);
        }
        let (document, _removed) = normalise(&article.text);
        if document.body.is_empty() {
            eprintln!(
                "newsgraph: error: {}: empty article once boilerplate is removed",
                article.source_name
            );
            failed += 1;
            continue;
        }
        let published = article.meta.date.map(|d| d.day());
        let info = ArticleInfo {
            published,
            source: article.meta.source.as_deref(),
        };
        let extraction = extractor.extract_with(&document, &info);
        let facts = ArticleFacts {
            article: &article,
            document: &document,
            extraction: &extraction,
            reference: &reference,
        };
        let (iri, quads) = article_quads(&minter, &facts);
        if let Some(previous) = seen.insert(iri.as_str().to_owned(), article.source_name.clone()) {
            eprintln!(
                "newsgraph: warning: {}: same article as {previous} (same id, url or text); it replaces it",
                article.source_name
            );
        }
        let written = match &store {
            Some(store) => (|| {
                if store.has_article(iri.as_ref())? {
                    replaced.extend(crate::resolve::describe::named_in(store, &[iri.clone()])?);
                }
                store.replace_graph(iri.as_ref(), &quads)
            })(),
            None => Ok(()),
        };
        if let Err(err) = written {
            eprintln!("newsgraph: error: {}: {err}", article.source_name);
            failed += 1;
            continue;
        }
        stored += 1;
        quads_written += quads.len();
        written_graphs.push(iri.clone());
        if !args.quiet {
            writeln!(
                std::io::stdout(),
                "{}\t{} triples\t{} mentions\t{}",
                article.source_name,
                quads.len(),
                extraction.mentions.len(),
                iri.as_str()
            )?;
        }
    }
    match &store {
        Some(store) => {
            if !args.no_resolve {
                let resolved = resolve_store(
                    store,
                    &reference,
                    &minter,
                    Scope::Articles {
                        written: &written_graphs,
                        replaced: &replaced,
                    },
                )
                .context("resolving entities and events across articles")?;
                if !args.quiet {
                    super::resolve::print_summary(&resolved)?;
                }
            }
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
