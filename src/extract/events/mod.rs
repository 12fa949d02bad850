//! Meetings and calls: who met whom, where, when, for how long, done or planned.
//!
//! [`find_events`] reads every sentence of a document in order, finds its triggers (the
//! words of `src/lang/fr/events/triggers.tsv`: "rencontre", "s'est entretenu", "a
//! téléphoné"…) and reads, for each, a [`Reading`]: the people it links, and the place,
//! date, duration, status and ordinal its sentence gives. Readings are then merged into one
//! [`Event`] per real event of the article. The language knowledge lives in the tables of
//! `src/lang/fr/events/`; this code knows the shapes of sentences.
//!
//! Code map, in the order of dependence (each module reads only those before it, and
//! [`lexicon`], the tables): [`tokens`] (the events view of the sentence's words, the
//! triggers found, names, clauses, what governs a name) → [`names`] (what each name may be
//! to a trigger) → [`modality`] (denied, hypothetical, planned) → [`focus`] (pronouns and
//! pairs) → [`people`] (participants) → [`facts`] (kind, place, date, duration, status,
//! ordinal) → [`read`] (triggers, and what each gives) → [`merge`] (one event per real
//! event).
//!
//! Decisions the tables do not show, each tested in `tests.rs`:
//! - An event needs two named participants (persons; organizations never take part). A
//!   reading with one ("la visite de Witkoff", "X s'est rendu à Moscou") never stands alone:
//!   it adds its facts to an event of the same person that agrees with it, or is dropped. A
//!   visit without a named counterpart is not a meeting the graph can state.
//! - "parler", "s'entretenir", "discuter", "entretien", "conversation" fit both kinds: a
//!   phone or video word in the clause makes a call, an in-person word or a place near the
//!   trigger makes a meeting; without either, an event of the article about the same people
//!   decides, else the row's default: a call for "parler" and "conversation" ("les deux
//!   dirigeants ont parlé le 18 mars": leaders who speak without meeting speak on the phone),
//!   a meeting for the others.
//! - Denied, cancelled, postponed, hypothetical and wished events are not events
//!   (`modality.tsv`), but their participants still become "the two people in focus" that a
//!   later "les deux dirigeants" stands for, and their day the day of a later "le même jour".
//! - A sentence the page prints a second time (a paragraph repeated below the links) is read
//!   once.
//! - A sentence without a finite verb (a heading, "X lors d'une rencontre avec Y") and every
//!   sentence of a paragraph that carries a photo credit start no event.
//! - A noun with a definite, demonstrative or possessive determiner and no complement of its
//!   own ("la réunion, qui a duré trois heures", "Ouchakov et Dmitriev assistaient à
//!   l'entretien") refers to the latest event of its kind before it, passing over events the
//!   article only recalls; the people of its clause join that event.
//! - A reading that recalls an earlier event ("pour la dernière fois le 25 avril", "déjà")
//!   merges only with an event of the same date. A reading that states a plan does not join
//!   an event the article reports as done, nor the reverse.
//! - A trigger that names nobody in a sentence that names no one, but gives a date or a
//!   place ("une journée de discussions mardi à Djeddah", "les délégations se sont réunies
//!   dimanche à Genève"), opens an event that the delegations named next may fill ("la
//!   délégation américaine était conduite par …"). It is dropped if no one fills it.
//! - An event reported as held in the passé composé, whose readings give no place, took
//!   place at the article's dateline ("BERLIN, 9 avril 2025 — …"), if it has one.
//! - A speaker is not a participant of the event told in his own words ("…, a déclaré
//!   Ouchakov"), but is one of an event outside them ("Lors d'une rencontre avec X, Y a
//!   déclaré que …") or told in his infinitive clause ("X a annoncé avoir eu un entretien
//!   avec Y"). The excluded ranges of the context are trusted for names after a preposition
//!   (a title's complement); a bare name heads its own phrase.
//! - Status: a strong date after the publication date is a plan, one before it a past event;
//!   else the trigger's tense (a present tense reads its weekday forward: "Poutine le reçoit
//!   jeudi") and the planned cues decide, the event's own readings before the others.
//! - An event told in the passé composé whose sentence names no day happened on the day the
//!   story is about: a day its sentence names for another trigger, else the day of the last
//!   trigger of this paragraph or the one before, else the publication date. That date is
//!   weak (it keeps no readings apart and says nothing of the status); a plan, an event told
//!   in the past perfect or recalled is given none. "Le même jour" is the day of the last
//!   trigger of this paragraph or the one before, "la veille" the day before it, "dans
//!   l'après-midi" that day (else, in the passé composé, the publication's); "en marge de la
//!   conférence" the date and place of the last conference or summit named without its
//!   people.

mod facts;
mod focus;
mod lead;
mod lexicon;
mod merge;
mod modality;
mod names;
mod people;
mod read;
mod tokens;

#[cfg(test)]
mod attribute_tests;
#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::ops::Range;

use chrono::NaiveDate;

use super::dates::{DateValue, Qualifier};
use super::speech::Speech;
use super::{Entity, Event, EventKind, Mention, Status};
use crate::text::Document;
use lexicon::PlaceRank;

/// What the event extractor needs from the earlier stages.
pub struct Context<'a> {
    pub entities: &'a [Entity],
    /// Sorted by range.
    pub mentions: &'a [Mention],
    /// Byte ranges whose persons are not participants: role complements ("l'envoyé de Donald
    /// Trump") and speaker phrases ("a déclaré Iouri Ouchakov").
    pub excluded: &'a [Range<usize>],
    /// The publication date, anchoring relative dates.
    pub anchor: Option<NaiveDate>,
    /// The speech each sentence of the document reports ([`find_speech`]), in sentence order.
    ///
    /// [`find_speech`]: crate::extract::speech::find_speech
    pub speech: &'a [Vec<Speech>],
    /// The tokens of each sentence of the document ([`crate::extract::tokens::tokenize`]), in
    /// sentence order.
    pub tokens: &'a [Vec<crate::extract::tokens::Token>],
}

/// The shortest sentence, in bytes, whose second occurrence is taken for a repeat of the
/// page rather than words the story says twice ("Il a refusé.").
const REPEATED_MIN: usize = 40;

/// Every meeting and call of a document, one per real event, in the order the article first
/// speaks of them.
pub fn find_events(document: &Document, context: &Context<'_>) -> Vec<Event> {
    let mut focus = Focus::default();
    let mut readings = Vec::new();
    let captions: Vec<bool> = (0..document.paragraphs.len())
        .map(|p| read::caption(document.folded_paragraph(p)))
        .collect();
    let dateline = lead::dateline(document, context);
    let parts = lead::entries(document, context);
    let mut entry = None;
    let mut seen: HashSet<&str> = HashSet::new();
    for (n, range) in document.sentences.iter().enumerate() {
        let paragraph = document
            .paragraphs
            .partition_point(|p| p.end <= range.start);
        let part = parts.get(paragraph).copied().unwrap_or_default();
        if captions.get(paragraph).copied().unwrap_or(false) || part.header {
            continue;
        }
        // A page that repeats a paragraph of its story (a lead printed again below the
        // links) tells nothing new, and its "les deux hommes" would read a later focus.
        let text = document.body[range.clone()].trim();
        if text.len() >= REPEATED_MIN && !seen.insert(text) {
            continue;
        }
        // Each entry of a live page is a dispatch of its own: nothing said before it is what
        // "les deux hommes", "le même jour" or "en marge du sommet" mean in it.
        if part.entry != entry {
            entry = part.entry;
            focus = Focus::default();
        }
        let local = Context {
            anchor: entry.and_then(|e| e.day).or(context.anchor),
            ..*context
        };
        let speech = local.speech.get(n).map_or(&[][..], Vec::as_slice);
        let shared = local.tokens.get(n).map_or(&[][..], Vec::as_slice);
        let sentence = tokens::Sentence::new(&document.body, range.clone(), shared, speech, &local);
        let told_from = entry.map_or(dateline, |e| e.place);
        readings.extend(
            read::read_sentence(&sentence, &local, &mut focus, paragraph)
                .into_iter()
                .map(|r| Reading {
                    dateline: told_from,
                    ..r
                }),
        );
    }
    merge::merge(readings, context.anchor)
}

/// What a reading may do when readings are merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReadingRole {
    /// Two participants or more: may start an event.
    Event,
    /// One participant: adds to an event of that person.
    Partial,
    /// No participant, a definite noun: adds to the latest event before it.
    Anaphor,
    /// A journey: adds its place, date and companions to an event of the traveller.
    Travel,
    /// "accompagné de": adds people to an event of one of them, else to the latest event of
    /// the paragraph.
    Companion,
    /// "la délégation … conduite par X": adds people to the latest event of the paragraph.
    Delegation,
    /// "X et Y étaient présents": adds people to the latest gathering told without its people.
    Attendance,
    /// "une conférence jeudi à Bruxelles": no event, but the date and place of what happens
    /// "en marge de la conférence".
    Setting,
}

/// One trigger of one sentence, with what the sentence says about its event.
#[derive(Debug, Clone)]
struct Reading {
    kind: EventKind,
    /// The kind is only a default (see [`lexicon::Trigger::open`]).
    open: bool,
    role: ReadingRole,
    /// Entity indices, sorted.
    participants: Vec<usize>,
    place: Option<(usize, PlaceRank)>,
    /// The town its clause also names when the place is a building or a seat ("au palais
    /// Merdeka, à Jakarta").
    town: Option<usize>,
    /// The date, and whether it is strong: in the trigger's own clause and not the date of a
    /// report.
    date: Option<(DateValue, bool)>,
    duration: Option<(String, Qualifier)>,
    status: Status,
    /// Whether a tense or a cue says the status; a bare present does not.
    explicit: bool,
    ordinal: Option<u32>,
    /// Recalls an earlier event.
    previous: bool,
    /// One of several meetings of a subject with people met one after the other.
    alone: bool,
    /// Its clause says where or when it took place ("s'était tenu le 12 avril à Mascate").
    located: bool,
    /// Told in the past perfect ("avait rencontré"): background to the article's news.
    pluperfect: bool,
    /// A noun with a definite, demonstrative or possessive determiner.
    definite: bool,
    demonstrative: bool,
    /// The sentence's byte range.
    sentence: Range<usize>,
    paragraph: usize,
    /// Byte offset of the trigger.
    position: usize,
    /// Where the story is told from: the dateline of the article or of its entry.
    dateline: Option<usize>,
    /// Where the story of its paragraph is, when its own sentence places nothing: a place an
    /// earlier sentence named.
    scene_place: Option<usize>,
    strength: f64,
}

/// The people a pronoun or "les deux hommes" may stand for, carried from sentence to
/// sentence.
#[derive(Debug, Default)]
struct Focus {
    /// The two participants of the latest trigger that linked exactly two.
    pair: Option<[usize; 2]>,
    /// Every pair that has been in focus, sorted, in the order first set: the people the
    /// article has told meeting.
    pairs: Vec<[usize; 2]>,
    /// The latest sentence subject.
    subject: Option<usize>,
    /// Persons in the order they were last named.
    recent: Vec<usize>,
    /// Persons with the title the article gives them right before their name ("le président
    /// roumain, Nicușor Dan"): who "les deux présidents" are.
    titles: Vec<(usize, &'static str)>,
    /// The last day a sentence named, and the paragraph it is in: what "le même jour" means.
    last_day: Option<(NaiveDate, usize)>,
    /// The last day an event was told on as news (held, not recalled nor in the past
    /// perfect): the day of the story, what "en fin de journée" means paragraphs later.
    told_day: Option<NaiveDate>,
    /// The latest conference, summit or other setting named without its people: what "en
    /// marge de la conférence" means.
    setting: Option<Setting>,
    /// The byte ranges of the sentences without a trigger read so far in the current
    /// paragraph, and its index: where the day and place the story is about are looked for
    /// when no trigger named them.
    earlier: Vec<Range<usize>>,
    paragraph: usize,
}

impl Focus {
    /// Puts two people in focus, the pair a later "les deux hommes" stands for.
    fn set_pair(&mut self, [a, b]: [usize; 2]) {
        self.pair = Some([a, b]);
        let sorted = [a.min(b), a.max(b)];
        if !self.pairs.contains(&sorted) {
            self.pairs.push(sorted);
        }
    }
}

/// The date and place of a setting.
#[derive(Debug, Clone, Copy)]
struct Setting {
    date: Option<DateValue>,
    place: Option<(usize, PlaceRank)>,
}
