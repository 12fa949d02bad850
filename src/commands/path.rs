//! `newsgraph path A B`: the shortest chains linking two entities, one hop per line with the
//! articles that state it.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use oxigraph::model::{NamedNode, Term};
use petgraph::graph::EdgeIndex;

use crate::cli::PathArgs;
use crate::graph::label::local_name;
use crate::graph::path::{shortest_chains, Chain, Link, LinkGraph};
use crate::graph::read::Source;
use crate::graph::Reader;
use crate::store::{GraphStore, OpenMode, StoreError};
use crate::vocab::ng;

/// A hop names at most this many articles, then how many more.
const ARTICLES_SHOWN: usize = 3;

pub fn run(store_path: &Path, base: &str, args: &PathArgs) -> anyhow::Result<ExitCode> {
    if args.limit == 0 {
        return Ok(super::usage("--limit must be at least 1"));
    }
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let from = super::lookup::entity(&store, base, &args.from)?;
    let to = super::lookup::entity(&store, base, &args.to)?;
    if from == to {
        return Ok(super::usage(&format!(
            "{:?} and {:?} both name <{}>; give two different entities",
            args.from,
            args.to,
            from.as_str()
        )));
    }
    let mut links = LinkGraph::around(&store, base, &from, &to, args.max_hops)?;
    let found = match (links.node(&from), links.node(&to)) {
        (Some(a), Some(b)) => {
            shortest_chains(&links.graph, a, b, args.max_hops, args.limit, Link::cost)
        }
        _ => None,
    };
    if let Some(found) = &found {
        let edges: BTreeSet<EdgeIndex> = found
            .chains
            .iter()
            .flat_map(|chain| chain.edges.iter().copied())
            .collect();
        links.read_graphs(&store, edges)?;
    }
    let mut words = Words::new(&store, base, &links);
    let Some(found) = found else {
        eprintln!(
            "newsgraph: no chain of at most {} hop{} links {} and {}",
            args.max_hops,
            if args.max_hops == 1 { "" } else { "s" },
            words.label(&from)?,
            words.label(&to)?
        );
        return Ok(ExitCode::from(super::FAILURE));
    };
    let mut out = std::io::stdout().lock();
    for (number, chain) in found.chains.iter().enumerate() {
        if number > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "{}. {} → {} · {} hop{} · cost {}",
            number + 1,
            words.label(&from)?,
            words.label(&to)?,
            chain.edges.len(),
            if chain.edges.len() == 1 { "" } else { "s" },
            found.cost
        )?;
        for line in words.hops(chain)? {
            writeln!(out, "  {line}")?;
        }
    }
    out.flush()?;
    if found.more {
        eprintln!(
            "newsgraph: note: more chains of cost {} link them; a higher --limit shows them",
            found.cost
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What a person reads for the nodes and graphs of the chains, each worked out once: the
/// chains of one search share most of their nodes, and a hop may be stated by a thousand
/// articles.
struct Words<'a> {
    store: &'a GraphStore,
    links: &'a LinkGraph,
    reader: Reader<'a>,
    labels: HashMap<NamedNode, String>,
    sources: HashMap<usize, String>,
}

impl<'a> Words<'a> {
    fn new(store: &'a GraphStore, base: &str, links: &'a LinkGraph) -> Self {
        Words {
            store,
            links,
            reader: Reader::new(Source::Store { store, graph: None }, base),
            labels: HashMap::new(),
            sources: HashMap::new(),
        }
    }

    /// A chain's hops, one line each, in the direction the store states each link:
    /// `Steve Witkoff  ←participant—  Rencontre · 2025-08-06 · Moscou   [a.txt, b.txt]`.
    fn hops(&mut self, chain: &Chain) -> Result<Vec<String>, StoreError> {
        let links = self.links;
        let mut lines = Vec::new();
        for (i, edge) in chain.edges.iter().enumerate() {
            let (here, next) = (chain.nodes[i], chain.nodes[i + 1]);
            let (subject, _) = links
                .graph
                .edge_endpoints(*edge)
                .expect("a chain's edges are in the graph");
            let link = &links.graph[*edge];
            let arrow = if subject == here {
                format!("—{}→", link.property)
            } else {
                format!("←{}—", link.property)
            };
            let mut sources = Vec::new();
            for graph in &link.graphs {
                sources.push(self.source(*graph)?);
            }
            sources.sort_by(|a, b| natural(a).cmp(&natural(b)).then_with(|| a.cmp(b)));
            sources.dedup();
            let mut line = format!(
                "{}  {arrow}  {}",
                self.label(&links.graph[here])?,
                self.label(&links.graph[next])?
            );
            if !sources.is_empty() {
                line.push_str(&format!("   [{}]", shortened(&sources)));
            }
            lines.push(line);
        }
        Ok(lines)
    }

    /// A node's human label on one line.
    fn label(&mut self, iri: &NamedNode) -> Result<String, StoreError> {
        if let Some(label) = self.labels.get(iri) {
            return Ok(label.clone());
        }
        let label = self.reader.node(iri, false)?.label.replace('\n', " · ");
        self.labels.insert(iri.clone(), label.clone());
        Ok(label)
    }

    /// The file an article graph was read from (its `ng:sourceName`, else its IRI); the last
    /// segment of any other graph's IRI ("reference", "links").
    fn source(&mut self, graph: usize) -> Result<String, StoreError> {
        if let Some(name) = self.sources.get(&graph) {
            return Ok(name.clone());
        }
        let iri = self.links.graphs[graph].as_ref();
        let quads = self
            .store
            .quads_matching(Some(iri), Some(ng::SOURCE_NAME), None, Some(iri))?;
        let stated = quads.iter().find_map(|quad| match &quad.object {
            Term::Literal(name) => Some(name.value().to_owned()),
            _ => None,
        });
        let name = match stated {
            Some(name) => name,
            None if self.store.has_article(iri)? => iri.as_str().to_owned(),
            None => local_name(iri.as_str()),
        };
        self.sources.insert(graph, name.clone());
        Ok(name)
    }
}

/// The first names of a sorted list, then how many more: "a.txt, b.txt, c.txt +2".
fn shortened(names: &[String]) -> String {
    let shown = names[..names.len().min(ARTICLES_SHOWN)].join(", ");
    match names.len().saturating_sub(ARTICLES_SHOWN) {
        0 => shown,
        more => format!("{shown} +{more}"),
    }
}

/// A key that orders the numbers in names by value: "news.jsonl:9" before "news.jsonl:10".
/// Digits and other text alternate; a run of digits compares by its length without leading
/// zeros, then by its digits.
fn natural(name: &str) -> Vec<(bool, usize, &str)> {
    let mut key = Vec::new();
    let mut rest = name;
    while let Some(first) = rest.chars().next() {
        let digits = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digits)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        if digits {
            let value = run.trim_start_matches('0');
            key.push((true, value.len(), value));
        } else {
            key.push((false, 0, run));
        }
        rest = tail;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_article_lists_are_shortened() {
        let names: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        assert_eq!(shortened(&names), "a, b, c +2");
        assert_eq!(shortened(&names[..3]), "a, b, c");
        assert_eq!(shortened(&[]), "");
    }

    #[test]
    fn numbers_in_names_sort_by_value() {
        let mut names = vec!["b.jsonl:10", "b.jsonl:9", "a.txt", "b.jsonl:009", "b.jsonl"];
        names.sort_by_key(|n| (natural(n), *n));
        assert_eq!(
            names,
            ["a.txt", "b.jsonl", "b.jsonl:009", "b.jsonl:9", "b.jsonl:10"]
        );
    }
}
