//! EXTRACT: what an article says, read from its [`Document`]. Pure: no I/O, cannot fail.
//!
//! Each extractor is a function from the document (and the language data it needs) to plain
//! facts that point into the body by byte ranges; [`crate::rdf`] turns them into triples.

pub mod dates;
mod gazetteer;
pub mod speech;

use std::ops::Range;

pub use gazetteer::Gazetteer;

use crate::reference::Reference;
use crate::text::Document;

/// A named entity found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name in the body.
    pub range: Range<usize>,
    /// Index of the entity in [`Reference::entities`].
    pub entity: usize,
    pub confidence: f64,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub mentions: Vec<Mention>,
}

/// The extractors with the data they are built from, made once per run.
#[derive(Debug)]
pub struct Extractor {
    gazetteer: Gazetteer,
}

impl Extractor {
    pub fn new(reference: &Reference) -> Self {
        Extractor {
            gazetteer: Gazetteer::new(reference),
        }
    }

    /// Runs every extractor over a document.
    pub fn extract(&self, document: &Document) -> Extraction {
        let mentions = self.gazetteer.find(&document.body);
        Extraction { mentions }
    }
}
