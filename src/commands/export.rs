//! `newsgraph export`: the store, or one graph, in an RDF syntax, to stdout or a file.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::NamedNode;

use crate::cli::{ExportArgs, ExportFormat};
use crate::store::{GraphStore, OpenMode};

pub fn run(store_path: &Path, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let format = match args.format {
        ExportFormat::Nquads => RdfFormat::NQuads,
        ExportFormat::Trig => RdfFormat::TriG,
        ExportFormat::Turtle => RdfFormat::Turtle,
        ExportFormat::Ntriples => RdfFormat::NTriples,
        ExportFormat::Rdfxml => RdfFormat::RdfXml,
        ExportFormat::Jsonld => RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        },
    };
    let graph = match &args.graph {
        Some(iri) => match NamedNode::new(iri) {
            Ok(graph) => Some(graph),
            Err(e) => return Ok(super::usage(&format!("--graph {iri}: not an IRI: {e}"))),
        },
        None => None,
    };
    let store = GraphStore::open(store_path, OpenMode::Existing)?;
    if let Some(graph) = &graph {
        anyhow::ensure!(
            store.graph_len(graph.as_ref())? > 0,
            "no graph <{}> in the store",
            graph.as_str()
        );
    }
    match &args.output {
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            store.export(format, graph.as_ref(), &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            // Write beside the target and rename, so a failed export leaves no half file.
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            // Readable as any file the user creates (0666 less the umask), not 0600 as a
            // temporary file would be.
            let mut builder = tempfile::Builder::new();
            #[cfg(unix)]
            builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
            let mut tmp = builder
                .tempfile_in(dir)
                .with_context(|| format!("creating a file in {}", dir.display()))?;
            {
                let mut out = std::io::BufWriter::new(tmp.as_file_mut());
                store.export(format, graph.as_ref(), &mut out)?;
                out.flush()
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            tmp.persist(path)
                .with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
