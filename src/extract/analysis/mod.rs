//! One article under analysis: the entity table, and the stages that fill it in order.
//!
//! Names first (reference data, then the name rules), then the mentions that stand for a name
//! already seen (a surname alone, a mis-spelling, a title alone, a pronoun before a speech
//! verb), then roles, claims and events, each reading what the stages before it found.
//!
//! Code map, in the order the stages run: this file (the entity table and its mentions) →
//! [`mentions`] (names, surnames, first words, mis-spellings) → [`titles`] (roles, and a
//! title alone standing for its holder) → [`claims`] (speakers) → [`meetings`] (events and
//! their seats). Each adds `impl Analysis` methods; none imports another.

use std::ops::Range;

use chrono::NaiveDate;

mod claims;
mod meetings;
mod mentions;
mod titles;

use super::roles::Phrase;
use super::speech::Speech;
use super::tokens::{tokenize, Token};
use super::{Entity, Extraction, Mention};
use crate::lang::{Lexicon, WordMap};
use crate::reference::{EntityClass, Reference};
use crate::text::{fold_text, Document};

/// The grammatical gender a title, a civility or a pronoun gives a person: "la présidente",
/// "Mme", "a-t-elle ajouté".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Feminine,
    Masculine,
}

/// The gender of a subject pronoun ("il", "elle", "ce dernier"), if it shows one.
fn pronoun_gender(pronoun: &str) -> Option<Gender> {
    match pronoun.split_whitespace().next()? {
        "il" | "ils" | "lui" | "eux" | "lui-même" | "ce" | "celui-ci" | "ceux-ci" => {
            Some(Gender::Masculine)
        }
        "elle" | "elles" | "elle-même" | "cette" | "celle-ci" | "celles-ci" => {
            Some(Gender::Feminine)
        }
        _ => None,
    }
}

/// How an entity is known inside one article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Reference(usize),
    New(EntityClass, String),
}

pub struct Analysis<'a> {
    reference: &'a Reference,
    document: &'a Document,
    published: Option<NaiveDate>,
    /// The outlet's name, folded.
    source: Option<String>,
    /// Tokens of each sentence, in sentence order.
    tokens: Vec<Vec<Token>>,
    /// The tables of the article's language.
    lex: &'static Lexicon,
    keys: WordMap<Key, usize>,
    out: Extraction,
    /// Title phrases of each sentence.
    phrases: Vec<Vec<Phrase>>,
    /// Byte ranges whose persons are not participants of events.
    excluded: Vec<Range<usize>>,
    /// The speech of each sentence, read once for claims and events.
    speech: Vec<Vec<Speech>>,
    /// What title resolution compares of each role of `out.roles`, in the same order, read
    /// once when the role is found.
    role_keys: Vec<RoleKey>,
}

/// A role's title as title resolution compares it.
struct RoleKey {
    /// The title, folded.
    folded: String,
    /// Its head words, lower case ("secrétaire d'état").
    head: String,
    /// The family of its head (`titles.tsv`).
    family: String,
    /// The office it names, if any.
    office: Option<String>,
    /// The folded name of the country it is of, if it says.
    country: Option<String>,
    /// The gender its article or its first word shows.
    gender: Option<Gender>,
    /// Given by an appointment ("a été nommé chef du gouvernement"): the one "le nouveau
    /// Premier ministre" stands for.
    appointed: bool,
}

impl<'a> Analysis<'a> {
    pub fn new(
        reference: &'a Reference,
        document: &'a Document,
        info: &super::ArticleInfo<'_>,
    ) -> Self {
        let tokens = document
            .sentences
            .iter()
            .map(|s| tokenize(&document.body, s.clone()))
            .collect();
        Analysis {
            reference,
            document,
            published: info.published,
            source: info.source.map(|s| fold_text(s.trim()).into_owned()),
            tokens,
            lex: info.language.lexicon(),
            keys: WordMap::default(),
            out: Extraction::default(),
            phrases: Vec::new(),
            excluded: Vec::new(),
            speech: Vec::new(),
            role_keys: Vec::new(),
        }
    }

    /// The keys of the roles the article gives entity `e`.
    fn role_keys_of(&self, e: usize) -> impl Iterator<Item = &RoleKey> {
        self.out
            .roles
            .iter()
            .zip(&self.role_keys)
            .filter(move |(r, _)| r.person == e)
            .map(|(_, k)| k)
    }

    fn entity(&mut self, key: Key, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&e) = self.keys.get(&key) {
            return e;
        }
        self.out.entities.push(make());
        let e = self.out.entities.len() - 1;
        self.keys.insert(key, e);
        e
    }

    fn reference_entity(&mut self, r: usize) -> usize {
        let e = &self.reference.entities[r];
        let entity = Entity {
            class: e.class,
            label: e.label.clone(),
            reference: Some(r),
            place: None,
        };
        self.entity(Key::Reference(r), || entity)
    }

    fn mention(&mut self, range: Range<usize>, entity: usize, confidence: f64) {
        if !self.covered(&range) {
            let at = self
                .out
                .mentions
                .partition_point(|m| m.range.start < range.start);
            self.out.mentions.insert(
                at,
                Mention {
                    range,
                    entity,
                    confidence,
                },
            );
        }
    }

    /// Whether a mention overlaps `range`. Mentions are kept in text order and never overlap
    /// ([`Analysis::mention`]), so the ends of those with some text are in order too: of the
    /// mentions that start before `range` ends, the last with some text reaches furthest.
    fn covered(&self, range: &Range<usize>) -> bool {
        let mentions = &self.out.mentions;
        let before = mentions.partition_point(|m| m.range.start < range.end);
        mentions[..before]
            .iter()
            .rev()
            .find(|m| !m.range.is_empty())
            .is_some_and(|m| range.start < m.range.end)
    }

    pub fn finish(self) -> Extraction {
        self.out
    }
}
