//! EXTRACT: what an article says, read from its [`Document`]. Pure: no I/O, cannot fail.
//!
//! Each extractor is a function from the document (and the language data it needs) to plain
//! facts that point into the body by byte ranges; [`crate::rdf`] turns them into triples.
//! The order is the order of dependence: names, then the entities they stand for (with
//! coreference inside the article), roles, speech and claims, dates, then events.

mod analysis;
pub mod dates;
pub mod events;
mod gazetteer;
mod names;
mod roles;
pub mod speech;
mod tokens;

use std::ops::Range;

use chrono::NaiveDate;

pub use gazetteer::{Gazetteer, RefMatch};

use crate::lang::Language;
use crate::reference::{EntityClass, Reference};
use crate::text::Document;
use dates::{DateValue, Qualifier};

/// A person, place or organization the article speaks of: one per real thing in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub class: EntityClass,
    /// The canonical name: the reference label, else the fullest form seen in the article.
    pub label: String,
    /// Index in [`Reference::entities`] when the reference data knows it.
    pub reference: Option<usize>,
    /// GeoNames id and coordinates of a place the language tables know.
    pub place: Option<crate::lang::KnownPlace>,
}

/// A stretch of the body that names (or stands for) an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the name in the body.
    pub range: Range<usize>,
    /// Index in [`Extraction::entities`].
    pub entity: usize,
    pub confidence: f64,
}

/// A title the text gives a person ("porte-parole du Kremlin").
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub person: usize,
    /// The title as written, without its article.
    pub label: String,
    /// Byte range of the title phrase.
    pub range: Range<usize>,
    /// Whom the title serves, where the text says (an entity index).
    pub of: Option<usize>,
    /// The sentence.
    pub evidence: Range<usize>,
    pub confidence: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// An in-person meeting, talks, a summit, a visit.
    Meeting,
    /// A phone or video call.
    Call,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Occurred,
    Planned,
}

/// A meeting or call, gathered from every sentence of the article that speaks of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub kind: EventKind,
    /// Entity indices of the named participants, sorted.
    pub participants: Vec<usize>,
    pub place: Option<usize>,
    /// The town of a place that is a building or a seat, when the text names both ("au
    /// palais Merdeka, à Jakarta"): a second `ng:location`, as true as the first.
    pub town: Option<usize>,
    pub date: Option<DateValue>,
    /// An `xsd:duration` and how exact it is.
    pub duration: Option<(String, Qualifier)>,
    pub status: Status,
    /// "la troisième réunion" → 3.
    pub ordinal: Option<u32>,
    /// The sentences that speak of it, in order.
    pub evidence: Vec<Range<usize>>,
    pub confidence: f64,
}

/// A statement attributed to a person or organization.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub claimant: usize,
    /// Byte range of what was said (the quotation, or the reported content).
    pub text: Range<usize>,
    pub quoted: bool,
    /// Index in [`Extraction::events`] of the meeting or call the claim is about.
    pub about: Option<usize>,
    pub evidence: Range<usize>,
    pub confidence: f64,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    /// Sorted by range.
    pub mentions: Vec<Mention>,
    pub roles: Vec<Role>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
}

impl Extraction {
    /// The mentions that lie inside a byte range.
    pub fn mentions_in(&self, range: Range<usize>) -> impl Iterator<Item = &Mention> {
        let first = self
            .mentions
            .partition_point(|m| m.range.start < range.start);
        self.mentions[first..]
            .iter()
            .take_while(move |m| m.range.start < range.end)
            .filter(move |m| m.range.end <= range.end)
    }
}

/// What the input says about an article that the extractors use.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleInfo<'a> {
    /// The publication date, anchoring relative dates.
    pub published: Option<NaiveDate>,
    /// The outlet: a name equal to it is that organization, not a person ("Avia Pro").
    pub source: Option<&'a str>,
    /// The language the article is written in, whose tables and rules read it.
    pub language: Language,
}

/// The extractors with the data they are built from, made once per run.
#[derive(Debug)]
pub struct Extractor {
    gazetteer: Gazetteer,
    reference: Reference,
}

impl Extractor {
    pub fn new(reference: &Reference) -> Self {
        Extractor {
            gazetteer: Gazetteer::new(reference),
            reference: reference.clone(),
        }
    }

    /// Runs every extractor over a document. `published` anchors relative dates; without it
    /// they are left out rather than guessed.
    pub fn extract(&self, document: &Document, published: Option<NaiveDate>) -> Extraction {
        self.extract_with(
            document,
            &ArticleInfo {
                published,
                ..ArticleInfo::default()
            },
        )
    }

    /// Runs every extractor over a document, with what the input says about the article.
    pub fn extract_with(&self, document: &Document, info: &ArticleInfo<'_>) -> Extraction {
        let mut article = analysis::Analysis::new(&self.reference, document, info);
        article.add_reference_names(self.gazetteer.find(&document.body));
        article.add_new_names(&self.gazetteer);
        article.prefer_article_names();
        article.resolve_surnames();
        article.add_roles();
        article.add_claims();
        article.add_events();
        article.finish()
    }
}
