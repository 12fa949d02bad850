//! SPEECH: who is said to have said what in one French sentence, quoted or reported.
//!
//! [`find_speech`] reads one normalised sentence and returns every attribution it makes:
//!
//! - a quotation and its attribution, either order: `« … », a déclaré X`, `« … » a ajouté X`,
//!   `« … », a-t-il précisé`, `X a confirmé la nouvelle à la télévision : « … »`;
//! - reported speech: `X a déclaré que …`, `X a annoncé la reprise de …`,
//!   `X a décrit les discussions comme « productives »`, `…, a indiqué le Kremlin`,
//!   `…, soulignant que …` (for the subject of the sentence);
//! - source cues: `Selon X, …`, `…, selon X`, `D'après X, …`, `…, comme le rapporte X`.
//!
//! The speaker is returned as the phrase that names it, or as a pronoun for the caller to
//! resolve; nothing here knows who anyone is. The language knowledge (speech verbs and their
//! forms, cues, pronouns, skippable adverbs, grammar words) lives in the tables of
//! `src/lang/fr/speech/`, so that a linguist can add a verb without reading this code.
//!
//! The analysis is a simple one on purpose: words with byte ranges, paired quotation marks,
//! and rules about what stands before and after a cue. It does no parsing, so it is fast
//! and total: any string, however broken, gives a (possibly empty) list and never a panic.
//!
//! Code map, in reading order: [`tokens`] (the speech view of the sentence's words, and its
//! quotations) → [`sentence`] (questions about tokens) → [`phrase`] (speaker phrases) →
//! [`content`] (where reported content ends) → [`verbs`] (speech verbs and their
//! complements) → [`attribute`] (the rules); [`lexicon`] (the tables) is read by all.

mod attribute;
mod content;
mod lexicon;
mod phrase;
mod sentence;
mod tokens;
mod verbs;

#[cfg(test)]
mod tests;

use std::ops::Range;

use phrase::Who;
use sentence::Sentence;

/// Who a piece of speech is attributed to, as the text names it. The caller resolves it to
/// a person or an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// The phrase naming the speaker, e.g. "Iouri Ouchakov", "Reuters", "le Kremlin",
    /// "le ministère russe de la Défense" (byte range, with `offset` added). When a title
    /// stands before a name ("le conseiller diplomatique Iouri Ouchakov") the range covers
    /// the name only; otherwise it covers the whole noun phrase.
    Phrase(Range<usize>),
    /// A subject pronoun ("Il", "elle", the "il" of "a-t-il", "lui" of "selon lui") standing
    /// for someone named earlier: the caller resolves it.
    Pronoun(Range<usize>),
}

/// One attribution of speech.
///
/// `Eq` is not derived because `confidence` is a float.
#[derive(Debug, Clone, PartialEq)]
pub struct Speech {
    pub speaker: Speaker,
    /// The claim's text: the inside of the quotation marks, or the reported content (the
    /// "que …" clause, the object of "a annoncé …", the rest of the sentence after
    /// "Selon X,"), trimmed of spaces and of the final period.
    pub content: Range<usize>,
    /// A direct quotation, as opposed to reported speech.
    pub quoted: bool,
    /// The speech verb or cue as written ("a déclaré", "selon", "a-t-il ajouté").
    pub cue: Range<usize>,
    /// In [0, 1]: about 0.9 for "X a déclaré que", 0.8 for "selon X", lower for weaker cues.
    pub confidence: f64,
}

impl Speech {
    fn shift(&mut self, offset: usize) {
        let shift = |r: &mut Range<usize>| *r = r.start + offset..r.end + offset;
        match &mut self.speaker {
            Speaker::Phrase(r) | Speaker::Pronoun(r) => shift(r),
        }
        shift(&mut self.content);
        shift(&mut self.cue);
    }
}

/// Every piece of speech in one sentence.
///
/// `sentence` is one sentence of normalised text (NFC, straight apostrophes, plain spaces;
/// quotation marks « » “ ” " kept as written); `offset` is its byte offset in the body and
/// is added to every range. A quotation with no attribution in the sentence gives nothing:
/// attributing it from the paragraph is the caller's job.
pub fn find_speech(sentence: &str, offset: usize) -> Vec<Speech> {
    let tokens = crate::extract::tokens::tokenize(sentence, 0..sentence.len());
    let mut speech = find_speech_in(sentence, 0..sentence.len(), &tokens);
    for s in &mut speech {
        s.shift(offset);
    }
    speech
}

/// Every piece of speech in one sentence of the body, whose tokens are given
/// ([`crate::extract::tokens::tokenize`]): the ranges are the body's.
pub fn find_speech_in(
    body: &str,
    range: Range<usize>,
    tokens: &[crate::extract::tokens::Token],
) -> Vec<Speech> {
    let offset = range.start;
    let sentence = Sentence::new(&body[range], offset, tokens, &lexicon::LEXICON);
    let shift = |r: Range<usize>| r.start + offset..r.end + offset;
    attribute::attribute(&sentence)
        .into_iter()
        .map(|found| Speech {
            speaker: match found.who {
                Who::Phrase(tokens) => Speaker::Phrase(shift(sentence.bytes(tokens))),
                Who::Pronoun(bytes) => Speaker::Pronoun(shift(bytes)),
            },
            content: shift(found.content),
            quoted: found.quoted,
            cue: shift(found.cue),
            confidence: found.confidence.clamp(0.0, 1.0),
        })
        .collect()
}
