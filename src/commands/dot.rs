//! `newsgraph dot`: the graph, or a part of it, as Graphviz DOT, or rendered by Graphviz.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use anyhow::Context;
use oxigraph::model::{NamedNode, Term};

use crate::cli::{DotArgs, DotFormat};
use crate::graph::dot::{to_dot, DotOptions};
use crate::graph::read::Source;
use crate::graph::select::{select, Selection};
use crate::graph::Reader;
use crate::rdf::Minter;
use crate::store::{GraphStore, OpenMode};
use crate::vocab::ng;

pub fn run(store_path: &Path, base: &str, args: &DotArgs) -> anyhow::Result<ExitCode> {
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if from > to {
            return Ok(super::usage(&format!("--from {from} is after --to {to}")));
        }
    }
    let format = match (args.format, &args.output) {
        (Some(format), _) => format,
        (None, Some(output)) => match format_of(output) {
            Some(format) => format,
            None => {
                return Ok(super::usage(&format!(
                    "{}: newsgraph writes .dot, .gv, .svg, .png or .pdf; give --format for another name",
                    super::printable::printable(&output.display().to_string())
                )))
            }
        },
        (None, None) => DotFormat::Dot,
    };
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    let query = match (&args.construct, &args.file) {
        (Some(query), _) => Some(query.clone()),
        (None, Some(file)) => Some(
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?,
        ),
        (None, None) => None,
    };
    let result = match &query {
        Some(query) => Some(GraphStore::in_memory(&store.construct(query, base)?)?),
        None => None,
    };
    let source = match &result {
        Some(result) => Source::Construct {
            result,
            store: &store,
        },
        None => Source::Store {
            store: &store,
            graph: match &args.article {
                Some(article) => Some(article_graph(&store, base, article)?),
                None => None,
            },
        },
    };
    let selection = Selection {
        focus: match &args.focus {
            Some(name) => Some(super::lookup::entity(&store, base, name)?),
            None => None,
        },
        hops: args.hops,
        max_nodes: args.max_nodes,
        classes: (!args.class.is_empty())
            .then(|| args.class.iter().copied().collect::<BTreeSet<_>>()),
        isolated: args.isolated,
        from: args.from,
        to: args.to,
    };
    let (model, truncated) = select(&mut Reader::new(source, base), &selection)?;
    if truncated {
        eprintln!(
            "newsgraph: warning: the neighbourhood was cut at {} nodes, the nearest and most often \
             stated first (--max-nodes to draw more, --hops or --class to draw less)",
            args.max_nodes
        );
    }
    if model.nodes.is_empty() {
        eprintln!("newsgraph: warning: the selection holds nothing to draw");
    }
    let dot = to_dot(
        &model,
        DotOptions {
            legend: !args.no_legend,
        },
    );
    let bytes = match format {
        DotFormat::Dot => dot.into_bytes(),
        other => render(&dot, other)?,
    };
    match &args.output {
        Some(path) => write_atomically(path, &bytes)?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The format a file name asks for: `.svg`, `.png`, `.pdf`, else DOT.
/// The format a file name asks for; `None` for an extension newsgraph does not write
/// (`x.jpg` would otherwise get DOT text).
fn format_of(path: &Path) -> Option<DotFormat> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => Some(DotFormat::Svg),
        Some("png") => Some(DotFormat::Png),
        Some("pdf") => Some(DotFormat::Pdf),
        Some("dot" | "gv") | None => Some(DotFormat::Dot),
        Some(_) => None,
    }
}

/// An article's graph from its IRI, its key (`<base>article/KEY`) or its file name.
fn article_graph(store: &GraphStore, base: &str, article: &str) -> anyhow::Result<NamedNode> {
    let mut candidates = Vec::new();
    if let Ok(iri) = NamedNode::new(article) {
        candidates.push(iri);
    }
    candidates.extend(Minter::new(base).article_with_key(article));
    for iri in candidates {
        if store.has_article(iri.as_ref())? {
            return Ok(iri);
        }
    }
    let named: BTreeSet<NamedNode> = store
        .quads_matching(None, Some(ng::SOURCE_NAME), None, None)?
        .into_iter()
        .filter(|q| matches!(&q.object, Term::Literal(l) if l.value() == article))
        .filter_map(|q| match q.graph_name {
            oxigraph::model::GraphName::NamedNode(graph) => Some(graph),
            _ => None,
        })
        .collect();
    match named.len() {
        1 => Ok(named.into_iter().next().expect("one article")),
        0 => anyhow::bail!("no article {article:?} in the store (give its IRI, key or file name)"),
        n => anyhow::bail!("{n} articles come from files named {article:?}; give the IRI of one"),
    }
}

/// Runs Graphviz's `dot` on the DOT text and returns the rendered bytes.
fn render(dot: &str, format: DotFormat) -> anyhow::Result<Vec<u8>> {
    let kind = match format {
        DotFormat::Svg => "svg",
        DotFormat::Png => "png",
        DotFormat::Pdf => "pdf",
        DotFormat::Dot => return Ok(dot.as_bytes().to_vec()),
    };
    let mut child = match Command::new("dot")
        .arg(format!("-T{kind}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => anyhow::bail!(
            "rendering {kind} needs Graphviz's `dot` program, which is not installed \
             (apt-get install graphviz, brew install graphviz); --format dot writes DOT without it"
        ),
        Err(e) => return Err(e).context("starting Graphviz's `dot`"),
    };
    // Feed the text from another thread: `dot` may fill its output pipe before it has read
    // all of its input.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let text = dot.to_owned();
    let feeder = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child
        .wait_with_output()
        .context("running Graphviz's `dot`")?;
    let fed = feeder
        .join()
        .map_err(|_| anyhow::anyhow!("writing to Graphviz's `dot` failed"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let reason = stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no message");
        anyhow::bail!("Graphviz's `dot` failed ({}): {reason}", output.status);
    }
    fed.context("writing to Graphviz's `dot`")?;
    Ok(output.stdout)
}

/// Writes a file whole or not at all: into a temporary file beside it, then renamed over it.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .with_context(|| format!("writing {}: not a file name", path.display()))?;
    let mut temporary = name.to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = path.with_file_name(temporary);
    let written =
        std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written.with_context(|| format!("writing {}", path.display()))
}
