//! The command line, parsed with clap. Parsing only: [`crate::commands`] does the work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn news articles into a knowledge graph you can query with SPARQL.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, max_term_width = 100)]
pub struct Cli {
    /// The store directory (an Oxigraph RocksDB store).
    #[arg(
        long,
        global = true,
        env = "NEWSGRAPH_STORE",
        default_value = "./newsgraph-store"
    )]
    pub store: PathBuf,
    /// The base IRI of minted resources (must end with / or #).
    #[arg(long, global = true, default_value = crate::vocab::DEFAULT_BASE, value_parser = parse_base)]
    pub base: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles (files, directories, - for stdin) into the store.
    Ingest(IngestArgs),
    /// Run a SPARQL query (argument, -f FILE, or stdin) over all graphs.
    Query(QueryArgs),
    /// Write the store, or one graph, in an RDF syntax.
    Export(ExportArgs),
    /// Count articles, entities by class, meetings, calls, roles and claims (and quads).
    Stats(StatsArgs),
    /// Every person, place and organization with the number of articles naming it.
    Entities(EntitiesArgs),
    /// One entity's profile: names, links, roles, meetings, claims, articles.
    Show(ShowArgs),
    /// Link people, places and organizations to Wikidata through a SPARQL endpoint.
    Link(LinkArgs),
    /// Resolve entities and events across all articles (ingest does it unless --no-resolve).
    Resolve,
    /// Draw the graph, or part of it, for Graphviz (DOT, or SVG/PNG/PDF through `dot`).
    Dot(DotArgs),
    /// The shortest chains linking two entities, one hop per line with its articles.
    Path(PathArgs),
    /// People ordered by centrality in the meeting graph: degree, PageRank, betweenness.
    Rank(RankArgs),
}

#[derive(Debug, Args)]
pub struct DotArgs {
    /// Draw only the neighbourhood of this entity (a label, an alias or an IRI).
    #[arg(long, value_name = "NAME")]
    pub focus: Option<String>,
    /// With --focus: how many links away from it to draw.
    #[arg(long, value_name = "N", default_value_t = 2, requires = "focus")]
    pub hops: usize,
    /// With --focus: draw at most this many nodes, the nearest and most often stated first.
    #[arg(long, value_name = "N", default_value_t = 400, requires = "focus")]
    pub max_nodes: usize,
    /// Draw only these classes: person, organization, place, meeting, call, claim, role,
    /// article (comma-separated; default: all but role and article, roles being drawn as
    /// "holds role" edges). People without meetings and calls are joined by "met" and "spoke
    /// with" edges.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = parse_class)]
    pub class: Vec<crate::graph::Class>,
    /// Keep meetings and calls dated, and claims published, on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub from: Option<chrono::NaiveDate>,
    /// Keep meetings and calls dated, and claims published, on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub to: Option<chrono::NaiveDate>,
    /// Draw only what one article says (its IRI, its key, or its file name).
    #[arg(long, value_name = "IRI")]
    pub article: Option<String>,
    /// Draw the result of a SPARQL CONSTRUCT query.
    #[arg(long, value_name = "QUERY", conflicts_with_all = ["file", "article"])]
    pub construct: Option<String>,
    /// Read the CONSTRUCT query from a file.
    #[arg(
        short = 'f',
        long = "file",
        value_name = "FILE",
        conflicts_with = "article"
    )]
    pub file: Option<PathBuf>,
    /// Write to this file instead of stdout; the format follows its extension (.dot or .gv,
    /// .svg, .png, .pdf; another is refused) unless --format is given.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// dot writes DOT; svg, png and pdf run Graphviz's `dot`.
    #[arg(long, value_enum)]
    pub format: Option<DotFormat>,
    /// Leave out the legend.
    #[arg(long)]
    pub no_legend: bool,
    /// Also draw the nodes no drawn link reaches (left out by default when anything is linked).
    #[arg(long)]
    pub isolated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DotFormat {
    Dot,
    Svg,
    Png,
    Pdf,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    /// Where the chains start (a label, an alias or an IRI).
    pub from: String,
    /// Where they end.
    pub to: String,
    /// Longest chain to look for, in hops.
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub max_hops: usize,
    /// How many of the shortest chains to print.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct RankArgs {
    /// The measure people are ordered by.
    #[arg(long, value_enum, default_value = "pagerank")]
    pub by: RankBy,
    /// Print at most this many people (0: all).
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: RankFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankBy {
    Pagerank,
    Degree,
    Betweenness,
    Events,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankFormat {
    Table,
    Tsv,
    Json,
}

#[derive(Debug, Args)]
pub struct LinkArgs {
    /// The SPARQL endpoint, shaped like Wikidata's query service.
    #[arg(long, default_value = "https://query.wikidata.org/sparql", value_parser = parse_endpoint)]
    pub endpoint: String,
    /// Print what would be linked; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Give up on one request after this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,
    /// Try a failed request again this many times, waiting longer each time.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub retries: u32,
    /// Send at most this many requests per second.
    #[arg(long, value_name = "PER_SECOND", default_value_t = 1.0, value_parser = parse_rate)]
    pub rate: f64,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Also count the quads of every graph (reads the whole store: seconds on a large one).
    #[arg(long)]
    pub quads: bool,
}

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    /// Only this class.
    #[arg(long, value_enum)]
    pub class: Option<ClassArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClassArg {
    Person,
    Place,
    Organization,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A label, an alias (accents and case do not matter) or an IRI.
    pub name: String,
    /// Print at most this many lines per section (0: all).
    #[arg(long, value_name = "N", default_value_t = 25)]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories (walked recursively in sorted order) or - for one article on stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<chrono::NaiveDate>,
    /// Reject files larger than this many bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Read and extract without opening a store: check inputs, measure extraction.
    #[arg(long)]
    pub dry_run: bool,
    /// Print only the summary line, not one line per article, and no progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Extract on this many threads (default: one per core); the store is written by one more.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..1025))]
    pub threads: Option<u64>,
    /// Write to the store once this many quads wait (tests use small batches to cross many
    /// batch boundaries).
    #[arg(long, value_name = "N", default_value_t = 50_000, hide = true)]
    pub batch_quads: usize,
    /// Leave cross-article resolution for a later `newsgraph resolve` (several ingests into a
    /// large store, resolved once).
    #[arg(long)]
    pub no_resolve: bool,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SPARQL query; read from stdin when neither it nor -f is given.
    pub query: Option<String>,
    /// Read the query from a file.
    #[arg(short = 'f', long = "file", conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// Output format (default: table on a terminal, tsv otherwise; turtle for graphs).
    #[arg(long, value_enum)]
    pub format: Option<QueryFormat>,
    /// Stop the query after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 600)]
    pub timeout: u64,
    /// Stop the query once the process holds this many megabytes of memory (Linux).
    #[arg(long, value_name = "MB", default_value_t = 4096)]
    pub max_memory: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
    Turtle,
    Ntriples,
    Nquads,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value = "nquads")]
    pub format: ExportFormat,
    /// Export only this named graph (an article IRI, or the reference graph).
    #[arg(long)]
    pub graph: Option<String>,
    /// Write to this file instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Nquads,
    Trig,
    Turtle,
    Ntriples,
    Rdfxml,
    Jsonld,
}

fn parse_date(value: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn parse_class(value: &str) -> Result<crate::graph::Class, String> {
    crate::graph::Class::parse(value).ok_or_else(|| {
        let names: Vec<&str> = crate::graph::Class::ALL.iter().map(|c| c.name()).collect();
        format!("expected one of {}", names.join(", "))
    })
}

fn parse_endpoint(value: &str) -> Result<String, String> {
    let rest = value
        .strip_prefix("http://")
        .or_else(|| value.strip_prefix("https://"))
        .ok_or("expected an http:// or https:// URL")?;
    if rest.is_empty() || rest.starts_with('/') || value.contains(char::is_whitespace) {
        return Err("expected an http:// or https:// URL with a host".into());
    }
    Ok(value.to_owned())
}

fn parse_rate(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        // One request in a quarter of an hour at the slowest; never a wait too long to sleep.
        Ok(rate) if rate.is_finite() && rate >= 0.001 => Ok(rate),
        _ => Err("expected a number of requests per second, at least 0.001".into()),
    }
}

fn parse_base(value: &str) -> Result<String, String> {
    oxigraph::model::NamedNode::new(value).map_err(|e| format!("not an absolute IRI: {e}"))?;
    if !value.ends_with('/') && !value.ends_with('#') {
        return Err("the base IRI must end with / or #".into());
    }
    Ok(value.to_owned())
}
