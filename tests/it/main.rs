//! Integration tests: the built `newsgraph` binary on temporary stores, and the ontology files.

mod bad_input;
mod dot;
mod entities_graph;
mod generated;
mod golden;
mod graph_queries;
mod ingest;
mod link;
mod ontology;
mod pipeline;
mod query_export;
mod resolve;
mod support;
mod tidy;
