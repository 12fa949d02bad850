//! newsgraph turns news articles into an RDF knowledge graph stored in Oxigraph.
//!
//! The modules follow the pipeline, in reading order: READ ([`article`]) → NORMALISE
//! ([`text`]) → EXTRACT ([`extract`], with the [`reference`] data) → MAP ([`rdf`]) → STORE
//! ([`store`]) → RESOLVE ([`resolve`]), then GRAPH ([`graph`]: pictures, paths, centrality)
//! and LINK ([`link`]) from the store to Wikidata. [`cli`] and [`commands`] wire the stages to
//! the command line.

pub mod cli;
pub mod commands;

pub mod article;
pub mod extract;
pub mod lang;
pub mod rdf;
pub mod reference;
pub mod resolve;
pub mod store;
pub mod text;
pub mod vocab;

pub mod graph;
pub mod link;

/// With `NEWSGRAPH_TIMING` set in the environment, where a command spends its time goes to
/// stderr (the resolution's phases, `rank`'s); `BENCHMARKS.md` reads these lines.
pub(crate) fn timing(line: std::fmt::Arguments<'_>) {
    if std::env::var_os("NEWSGRAPH_TIMING").is_some() {
        eprintln!("{line}");
    }
}
