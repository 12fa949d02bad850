//! GRAPH: the store seen as a graph of people, places, organizations, meetings, calls and
//! claims, for pictures and for the questions SPARQL answers poorly.
//!
//! 1. [`read`] reads nodes and their links from the store (or from a CONSTRUCT result loaded
//!    into a store of its own) into a [`Model`]: plain data ([`model`]), keyed by IRI, sorted;
//!    [`label`] words a node's facts for people ("Rencontre · 2025-04-25 · Moscou").
//! 2. [`select`] picks the part of the store to draw: a neighbourhood, some classes, a period.
//! 3. [`dot`] writes a model as Graphviz DOT through `petgraph::dot`, with escaping that holds
//!    for any label.
//! 4. [`path`] and [`rank`] answer graph questions on a petgraph graph: the shortest chains
//!    between two entities, and who is central in the meeting graph.

pub mod dot;
pub mod label;
pub mod model;
pub mod path;
pub mod rank;
pub mod read;
pub mod select;

pub use model::{Class, Edge, Model, Node};
pub use read::Reader;
