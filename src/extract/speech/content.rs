//! Where reported content ends: at a semicolon, or at a comma that opens another
//! statement ("…, mais a refusé", "…, selon les médias", "…, soulignant que …").

use super::lexicon::{Class, CueKind};
use super::phrase::Place;
use super::sentence::Sentence;

/// Where reported content may end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Until {
    /// A "que" clause or a "selon" sentence: runs to the end of the sentence, or to a clause
    /// that starts another statement.
    Clause,
    /// An object: also ends at a colon ("annonce un accord : la trêve commence lundi").
    Object,
}

impl Sentence<'_> {
    /// Where content that starts at `start` ends (exclusive token index).
    pub fn content_end(&self, start: usize, until: Until) -> usize {
        let mut k = start;
        while k < self.len() {
            if !self.quoted(k) {
                match self.punct(k) {
                    Some(';') => return k,
                    Some(':') if until == Until::Object => return k,
                    Some(',') if self.breaks_at(self.next(k + 1)) => return k,
                    _ => {}
                }
            }
            k += 1;
        }
        k
    }

    /// Whether a clause that starts another statement opens at `i` (just after a comma).
    fn breaks_at(&self, i: usize) -> bool {
        let phrase = |class: Class| {
            self.lex
                .class_phrases(self.w(i))
                .iter()
                .any(|(p, c)| *c == class && self.matches(i, p))
        };
        if phrase(Class::ClauseGoOn) {
            return false;
        }
        phrase(Class::ClauseBreak)
            || self.is(i, Class::ClauseBreak)
            || self.cue_at(i, &[CueKind::Relay]).is_some()
            || self.trailing_source(i)
            || self.gerund_at(i)
    }

    /// A "selon X" that ends its clause ("…, selon les médias."), as opposed to one set
    /// inside it ("tout dépendra, selon lui, des progrès").
    fn trailing_source(&self, i: usize) -> bool {
        let Some(cue) = self.cue_at(i, &[CueKind::Source]) else {
            return false;
        };
        self.speaker_after(i + cue.words.len(), Place::Selon)
            .is_some_and(|(_, end)| self.tail_is_empty(end))
    }
}
