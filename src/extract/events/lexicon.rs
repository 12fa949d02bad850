//! The French tables of `src/lang/fr/events/`, embedded at build time and parsed once.
//!
//! A malformed row is skipped and noted in [`Lexicon::errors`] rather than panicking (the
//! crate's one table reader, `lang::table`, does so for the layout, and this module for what
//! the cells mean): the extractor must not fail at run time, and a unit test asserts that the
//! bundled tables have no errors, so a bad edit is caught by `cargo test`.

use crate::lang::fr::events::{GRAMMAR, MODALITY, ORDINALS, TRIGGERS};
use crate::lang::fr::{COUNTRIES, REGIONS};
use crate::lang::{WordMap, WordSet};
use std::sync::LazyLock;

use crate::extract::EventKind;

/// The comparison key of a word: lower case, with its accents when it is short (so that "à"
/// is not "a", "où" not "ou", "dès" not "des"), without them otherwise (so that "reunion"
/// written without accents still matches "réunion").
pub(super) fn key(word: &str) -> String {
    if word.is_ascii() && word.len() <= 3 {
        word.to_ascii_lowercase()
    } else if word.chars().count() <= 3 {
        word.to_lowercase()
    } else {
        crate::text::fold_text(word).into_owned()
    }
}

/// The word keys of a table form: "s'est rendu" → ["s", "est", "rendu"], "tête-à-tête" →
/// ["tete", "à", "tete"].
pub(super) fn split_words(form: &str) -> Form {
    form.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(key)
        .collect()
}

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// A form as a sequence of word keys (see [`key`]).
pub(super) type Form = Vec<String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pos {
    Noun,
    Verb,
    /// A fixed expression read like a verb ("au téléphone").
    Phrase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Event,
    Anaphor,
    Several,
    Travel,
    Companion,
    Delegation,
    Attendance,
    Setting,
}

/// How a verb introduces its other participants.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Objects {
    pub direct: bool,
    pub avec: bool,
    pub a: bool,
    pub par: bool,
    pub de: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Trigger {
    pub words: Form,
    pub pos: Pos,
    pub kind: EventKind,
    /// The kind is only a default: phone or in-person words decide.
    pub open: bool,
    pub role: Role,
    pub objects: Objects,
    pub reflexive: bool,
    /// "appeler X à faire": the verb urges rather than calls when its object is followed by
    /// "à" and an infinitive.
    pub exhortation: bool,
    pub not_before: Vec<Form>,
    pub strength: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Negation,
    Hypothetical,
    Repeated,
    Planned,
    Previous,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    Before,
    After,
    Around,
    /// In the clause that governs the trigger's "que" clause, right before the "que" ("il
    /// n'est pas prévu qu'il rencontre X").
    Governing,
}

#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub kind: CueKind,
    pub scope: Scope,
    pub window: usize,
    pub words: Form,
}

/// The word classes of `grammar.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Class {
    Definite,
    Demonstrative,
    Possessive,
    Indefinite,
    Modifier,
    Preposition,
    Genitive,
    PlacePreposition,
    PlaceBlocker,
    Phone,
    InPerson,
    Companion,
    Support,
    SubjectPronoun,
    PluralPronoun,
    ObjectPronoun,
    Pair,
    Boundary,
    NotBoundary,
    Coordinator,
    Excursion,
    Frame,
    Negative,
    Finite,
    Caption,
    TitleStop,
    Title,
    OffsetBefore,
    OffsetAfter,
    TitleHead,
    Leader,
    LocationVerb,
    SameDay,
    NextDay,
    Sidelines,
    Venue,
    DelegationHead,
    TimeOfDay,
    PreviousDay,
    Honorific,
    InfinitiveMarker,
    TitlePreposition,
    Attendance,
    Sequence,
    Separately,
    Circumstance,
    Seat,
    Near,
    Exclusive,
    Retinue,
    Aside,
    Inserted,
}

impl Class {
    /// The class's bit in a set of classes (see [`Lexicon::classes`]).
    pub fn bit(self) -> u64 {
        1 << self as u32
    }

    fn parse(name: &str) -> Option<Class> {
        Some(match name {
            "definite" => Class::Definite,
            "demonstrative" => Class::Demonstrative,
            "possessive" => Class::Possessive,
            "indefinite" => Class::Indefinite,
            "modifier" => Class::Modifier,
            "preposition" => Class::Preposition,
            "genitive" => Class::Genitive,
            "place-preposition" => Class::PlacePreposition,
            "place-blocker" => Class::PlaceBlocker,
            "phone" => Class::Phone,
            "in-person" => Class::InPerson,
            "companion" => Class::Companion,
            "support" => Class::Support,
            "subject-pronoun" => Class::SubjectPronoun,
            "plural-pronoun" => Class::PluralPronoun,
            "object-pronoun" => Class::ObjectPronoun,
            "pair" => Class::Pair,
            "boundary" => Class::Boundary,
            "not-boundary" => Class::NotBoundary,
            "coordinator" => Class::Coordinator,
            "excursion" => Class::Excursion,
            "frame" => Class::Frame,
            "negative" => Class::Negative,
            "finite" => Class::Finite,
            "caption" => Class::Caption,
            "title-stop" => Class::TitleStop,
            "title" => Class::Title,
            "offset-before" => Class::OffsetBefore,
            "offset-after" => Class::OffsetAfter,
            "title-head" => Class::TitleHead,
            "leader" => Class::Leader,
            "location-verb" => Class::LocationVerb,
            "same-day" => Class::SameDay,
            "next-day" => Class::NextDay,
            "sidelines" => Class::Sidelines,
            "venue" => Class::Venue,
            "delegation-head" => Class::DelegationHead,
            "time-of-day" => Class::TimeOfDay,
            "previous-day" => Class::PreviousDay,
            "honorific" => Class::Honorific,
            "infinitive-marker" => Class::InfinitiveMarker,
            "title-preposition" => Class::TitlePreposition,
            "attendance" => Class::Attendance,
            "sequence" => Class::Sequence,
            "separately" => Class::Separately,
            "circumstance" => Class::Circumstance,
            "seat" => Class::Seat,
            "near" => Class::Near,
            "exclusive" => Class::Exclusive,
            "retinue" => Class::Retinue,
            "aside" => Class::Aside,
            "inserted" => Class::Inserted,
            _ => return None,
        })
    }
}

/// The classes of a word key, each a set of [`Class`] bits.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct WordClasses {
    /// The classes the word belongs to alone.
    pub is: u64,
    /// The classes of the multi-word forms it starts.
    pub opens: u64,
    /// The classes of the multi-word forms it ends.
    pub closes: u64,
}

/// How specific a place is: an event "à Moscou, en Russie" is in Moscou.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum PlaceRank {
    Country,
    Region,
    Local,
    /// A building or the organization it houses ("au palais de Koulouba", "à la Maison
    /// Blanche"): within a city, so it agrees with any.
    Seat,
}

#[derive(Debug, Default)]
pub(super) struct Lexicon {
    pub triggers: Vec<Trigger>,
    /// First word key → indices in `triggers`.
    by_first: WordMap<String, Vec<usize>>,
    pub cues: Vec<Cue>,
    /// Ordinal forms (one word key each) → value.
    pub ordinals: WordMap<String, u32>,
    /// Multi-word forms by class; single words are in `words`.
    forms: WordMap<Class, Vec<Form>>,
    /// Word key → its classes, and those of the multi-word forms it starts and ends.
    words: WordMap<String, WordClasses>,
    /// First and last word key → the multi-word forms that start or end with it, with their
    /// class: a rule asks only the forms that may match where it looks.
    by_first_word: WordMap<String, Vec<(Class, Form)>>,
    by_last_word: WordMap<String, Vec<(Class, Form)>>,
    /// First word key → indices in `cues`.
    cues_by_first: WordMap<String, Vec<usize>>,
    /// Folded names of countries and regions.
    countries: WordSet<String>,
    regions: WordSet<String>,
    /// Caption markers as written (folded text, matched as substrings).
    pub captions: Vec<String>,
    pub errors: Vec<String>,
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lexicon = Lexicon::default();
        lexicon.load_triggers();
        lexicon.load_modality();
        lexicon.load_ordinals();
        lexicon.load_grammar();
        lexicon.load_places();
        for (i, cue) in lexicon.cues.iter().enumerate() {
            let first = cue.words[0].clone();
            lexicon.cues_by_first.entry(first).or_default().push(i);
        }
        for (class, forms) in &lexicon.forms {
            for form in forms {
                let (first, last) = (&form[0], &form[form.len() - 1]);
                lexicon.words.entry(first.clone()).or_default().opens |= class.bit();
                lexicon.words.entry(last.clone()).or_default().closes |= class.bit();
                let entry = (*class, form.clone());
                let starting = lexicon.by_first_word.entry(first.clone()).or_default();
                starting.push(entry.clone());
                lexicon
                    .by_last_word
                    .entry(last.clone())
                    .or_default()
                    .push(entry);
            }
        }
        lexicon
    }

    /// The triggers whose first word is this key.
    pub fn triggers_from(&self, key: &str) -> &[usize] {
        self.by_first.get(key).map_or(&[], Vec::as_slice)
    }

    /// The classes a word key belongs to, as a set of bits: the single words of `grammar.tsv`,
    /// and the classes whose multi-word forms it starts and ends. Tokens keep these, so that a
    /// rule asks a bit rather than the tables.
    pub fn classes(&self, key: &str) -> WordClasses {
        self.words.get(key).copied().unwrap_or_default()
    }

    /// The cues whose first word is this key.
    pub fn cues_from(&self, key: &str) -> &[usize] {
        self.cues_by_first.get(key).map_or(&[], Vec::as_slice)
    }

    /// The multi-word forms of a class that start with a word key.
    pub fn phrases_from<'a>(&'a self, class: Class, first: &str) -> impl Iterator<Item = &'a Form> {
        self.by_first_word
            .get(first)
            .into_iter()
            .flatten()
            .filter(move |(c, _)| *c == class)
            .map(|(_, form)| form)
    }

    /// The multi-word forms of a class that end with a word key.
    pub fn phrases_to<'a>(&'a self, class: Class, last: &str) -> impl Iterator<Item = &'a Form> {
        self.by_last_word
            .get(last)
            .into_iter()
            .flatten()
            .filter(move |(c, _)| *c == class)
            .map(|(_, form)| form)
    }

    pub fn place_rank(&self, label: &str) -> PlaceRank {
        let folded = crate::text::fold_text(label).into_owned();
        if self.countries.contains(&folded) {
            PlaceRank::Country
        } else if self.regions.contains(&folded) {
            PlaceRank::Region
        } else {
            PlaceRank::Local
        }
    }

    fn load_triggers(&mut self) {
        for row in TRIGGERS.rows(&mut self.errors) {
            let cells = &row.cells;
            let [_lemma, pos, forms, kind, medium, role, objects, flags, strength] = cells[..]
            else {
                self.errors.push(row.problem("expected 9 cells"));
                continue;
            };
            let pos = match pos {
                "noun" => Pos::Noun,
                "verb" => Pos::Verb,
                "phrase" => Pos::Phrase,
                _ => {
                    self.errors.push(row.problem(format_args!("bad pos {pos}")));
                    continue;
                }
            };
            let kind = match kind {
                "meeting" => EventKind::Meeting,
                "call" => EventKind::Call,
                _ => {
                    self.errors
                        .push(row.problem(format_args!("bad kind {kind}")));
                    continue;
                }
            };
            let role = match role {
                "event" => Role::Event,
                "anaphor" => Role::Anaphor,
                "several" => Role::Several,
                "travel" => Role::Travel,
                "companion" => Role::Companion,
                "delegation" => Role::Delegation,
                "attendance" => Role::Attendance,
                "setting" => Role::Setting,
                _ => {
                    self.errors
                        .push(row.problem(format_args!("bad role {role}")));
                    continue;
                }
            };
            let mut parsed = Objects::default();
            for object in objects.split('|').filter(|o| !o.is_empty()) {
                match object {
                    "direct" => parsed.direct = true,
                    "avec" => parsed.avec = true,
                    "à" => parsed.a = true,
                    "par" => parsed.par = true,
                    "de" => parsed.de = true,
                    _ => self
                        .errors
                        .push(row.problem(format_args!("bad object {object}"))),
                }
            }
            // "reflexive", then "not-before=" and a list that may hold spaces, to the end.
            let (plain, not_before) = match flags.split_once("not-before=") {
                Some((plain, list)) => (plain, list.split('|').map(split_words).collect()),
                None => (flags, Vec::new()),
            };
            let mut reflexive = false;
            let mut exhortation = false;
            for flag in plain.split_whitespace() {
                if flag == "reflexive" {
                    reflexive = true;
                } else if flag == "exhortation" {
                    exhortation = true;
                } else {
                    self.errors
                        .push(row.problem(format_args!("bad flag {flag}")));
                }
            }
            let Ok(strength) = strength.parse::<f64>() else {
                self.errors.push(row.problem("bad strength"));
                continue;
            };
            for form in forms.split('|') {
                let words = split_words(form);
                if words.is_empty() {
                    continue;
                }
                let index = self.triggers.len();
                self.by_first
                    .entry(words[0].clone())
                    .or_default()
                    .push(index);
                self.triggers.push(Trigger {
                    words,
                    pos,
                    kind,
                    open: medium == "open",
                    role,
                    objects: parsed,
                    reflexive,
                    exhortation,
                    not_before: not_before.clone(),
                    strength,
                });
            }
        }
    }

    fn load_modality(&mut self) {
        for row in MODALITY.rows(&mut self.errors) {
            let cells = &row.cells;
            let [kind, scope, window, forms] = cells[..] else {
                self.errors.push(row.problem("expected 4 cells"));
                continue;
            };
            let kind = match kind {
                "negation" => CueKind::Negation,
                "hypothetical" => CueKind::Hypothetical,
                "repeated" => CueKind::Repeated,
                "planned" => CueKind::Planned,
                "previous" => CueKind::Previous,
                _ => {
                    self.errors
                        .push(row.problem(format_args!("bad kind {kind}")));
                    continue;
                }
            };
            let scope = match scope {
                "before" => Scope::Before,
                "after" => Scope::After,
                "around" => Scope::Around,
                "governing" => Scope::Governing,
                _ => {
                    self.errors
                        .push(row.problem(format_args!("bad scope {scope}")));
                    continue;
                }
            };
            let Ok(window) = window.parse::<usize>() else {
                self.errors.push(row.problem("bad window"));
                continue;
            };
            for form in forms.split('|') {
                let words = split_words(form);
                if !words.is_empty() {
                    self.cues.push(Cue {
                        kind,
                        scope,
                        window,
                        words,
                    });
                }
            }
        }
    }

    fn load_ordinals(&mut self) {
        for row in ORDINALS.rows(&mut self.errors) {
            let cells = &row.cells;
            let [value, forms] = cells[..] else {
                self.errors.push(row.problem("expected 2 cells"));
                continue;
            };
            let Ok(value) = value.parse::<u32>() else {
                self.errors.push(row.problem("bad value"));
                continue;
            };
            for form in forms.split('|') {
                // "dix-septième" is one ordinal: its words are joined back.
                let words = split_words(form);
                if !words.is_empty() {
                    self.ordinals.insert(words.join(" "), value);
                }
            }
        }
    }

    fn load_grammar(&mut self) {
        for row in GRAMMAR.rows(&mut self.errors) {
            let cells = &row.cells;
            let [class, forms] = cells[..] else {
                self.errors.push(row.problem("expected 2 cells"));
                continue;
            };
            let Some(class) = Class::parse(class) else {
                self.errors
                    .push(row.problem(format_args!("bad kind {class}")));
                continue;
            };
            for form in forms.split('|') {
                if class == Class::Caption {
                    self.captions
                        .push(crate::text::fold_text(form).into_owned());
                    continue;
                }
                let words = split_words(form);
                match words.len() {
                    0 => {}
                    1 => {
                        let word = words.into_iter().next().unwrap_or_default();
                        self.words.entry(word).or_default().is |= class.bit();
                    }
                    _ => self.forms.entry(class).or_default().push(words),
                }
            }
        }
    }

    fn load_places(&mut self) {
        for row in COUNTRIES.rows(&mut self.errors) {
            let cells = &row.cells;
            let (Some(name), Some(aliases)) = (cells.get(1), cells.get(3)) else {
                self.errors.push(row.problem("too few cells"));
                continue;
            };
            let names = std::iter::once(*name).chain(aliases.split('|'));
            for n in names.filter(|n| !n.is_empty()) {
                self.countries
                    .insert(crate::text::fold_text(n).into_owned());
            }
        }
        for row in REGIONS.rows(&mut self.errors) {
            let cells = &row.cells;
            let (Some(name), Some(aliases)) = (cells.first(), cells.get(3)) else {
                self.errors.push(row.problem("too few cells"));
                continue;
            };
            let names = std::iter::once(*name).chain(aliases.split('|'));
            for n in names.filter(|n| !n.is_empty()) {
                self.regions.insert(crate::text::fold_text(n).into_owned());
            }
        }
    }
}

/// Whether a word key is one of the lexicon's ordinals, or a digit ordinal ("3e", "1er").
pub(super) fn ordinal(word: &str) -> Option<u32> {
    if let Some(value) = LEXICON.ordinals.get(word) {
        return Some(*value);
    }
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &word[digits.len()..];
    let ordinal_suffix = ["e", "eme", "ème", "er", "re", "ieme", "ième"].contains(&suffix);
    if digits.is_empty() || !ordinal_suffix {
        return None;
    }
    digits.parse().ok()
}
