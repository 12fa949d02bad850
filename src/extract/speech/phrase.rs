//! Speaker phrases: the subject before a speech verb, the name after an inverted verb or after
//! "selon", trimmed to the name they contain.

use std::ops::Range;

use super::lexicon::{Class, CueKind};
use super::sentence::Sentence;

/// A speaker as found in the sentence, before the body offset is added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Who {
    /// Token range of the phrase that names the speaker.
    Phrase(Range<usize>),
    /// Byte range of a pronoun; it may be a part of a token, as in "a-t-il".
    Pronoun(Range<usize>),
}

/// Where a pronoun stands, which decides the pronouns that may stand for a speaker there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Subject,
    Inverted,
    Selon,
}

/// The longest subject the rules accept: a longer one is a misparse, not a speaker.
const MAX_SUBJECT: usize = 20;

impl Sentence<'_> {
    /// A word that may belong to a proper name: capitalised, and neither a grammar word nor a
    /// skippable one (a sentence-initial "Le", "Selon" or "Mercredi" is not a name).
    pub fn name_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.word
            && (t.cap || self.particle_prefixed(i))
            && !self.quoted(i)
            && !self.lex.is_grammar(&t.lower)
            && self.skip_len(i) == 0
            && self
                .cue_at(i, &[CueKind::Source, CueKind::Relay, CueKind::Via])
                .is_none()
    }

    /// A name written after a particle and a hyphen, which is not capitalised: "al-Chaibani",
    /// "ben-Gvir", "el-Sissi".
    fn particle_prefixed(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let word = &self.text[t.range.clone()];
        word.split_once('-').is_some_and(|(particle, rest)| {
            rest.chars().next().is_some_and(char::is_uppercase)
                && self.lex.is(&particle.to_lowercase(), Class::Particle)
        })
    }

    /// The length of a phrase that opens a contrasting clause at `i` ("tandis que", "alors
    /// que"), or `None`.
    fn clause_break_len(&self, i: usize) -> Option<usize> {
        self.lex
            .class_phrases(self.w(i))
            .iter()
            .find(|(p, c)| *c == Class::ClauseBreak && self.matches(i, p))
            .map(|(p, _)| p.len())
    }

    /// A particle inside a name, between two name words or in a chain of particles:
    /// "Mohammed ben Salmane", "Banque de France", "Ursula von der Leyen".
    pub fn joins_name(&self, i: usize) -> bool {
        const CHAIN: usize = 3;
        if !self.is(i, Class::Particle) {
            return false;
        }
        let left = (i.saturating_sub(CHAIN)..i)
            .rev()
            .find(|&k| !self.is(k, Class::Particle));
        let right = (i + 1..i + 1 + CHAIN).find(|&k| !self.is(k, Class::Particle));
        left.is_some_and(|k| self.name_word(k)) && right.is_some_and(|k| self.name_word(k))
    }

    /// The last run of name words in a token range.
    pub fn last_name(&self, r: Range<usize>) -> Option<Range<usize>> {
        let end = r.clone().rev().find(|&k| self.name_word(k))? + 1;
        let mut start = end - 1;
        while start > r.start && (self.name_word(start - 1) || self.joins_name(start - 1)) {
            start -= 1;
        }
        Some(start..end)
    }

    /// Whether a token range is a name and nothing else.
    pub fn pure_name(&self, r: Range<usize>) -> bool {
        !r.is_empty() && r.clone().all(|k| self.name_word(k) || self.joins_name(k))
    }

    /// The length of a pronoun that may stand for a speaker at `place`, at token `i`.
    pub fn pronoun_at(&self, i: usize, place: Place) -> Option<usize> {
        self.lex
            .pronouns(self.w(i))
            .iter()
            .find(|p| {
                let fits = match place {
                    Place::Subject => p.uses.subject,
                    Place::Inverted => p.uses.inverted,
                    Place::Selon => p.uses.selon,
                };
                // "le communiqué du Kremlin" names its author: only the bare phrase stands
                // for a source named before.
                let of = matches!(self.w(i + p.words.len()), "de" | "du" | "des" | "d'");
                fits && self.matches(i, &p.words) && !(p.words.len() > 1 && of)
            })
            .map(|p| p.words.len())
    }

    fn single_filler(&self, i: usize) -> bool {
        self.lex.skips(self.w(i)).iter().any(|p| p.len() == 1)
    }

    /// A phrase without the conjunctions, adverbs and punctuation at its edges, nor the
    /// object pronouns and negation that stand between a subject and its verb.
    pub fn strip(&self, mut r: Range<usize>) -> Range<usize> {
        while r.start < r.end {
            let skip = self.skip_len(r.start);
            if skip > 0 && r.start + skip <= r.end {
                r.start += skip;
            } else if self.is(r.start, Class::Subordinator) || self.punct(r.start).is_some() {
                r.start += 1;
            } else if let Some(len) = self
                .clause_break_len(r.start)
                .filter(|&n| r.start + n <= r.end)
            {
                // "…, tandis que le représentant de la Chine a …".
                r.start += len;
            } else {
                break;
            }
        }
        while r.end > r.start {
            let k = r.end - 1;
            // "Doug Ford (Ontario)": a parenthesis after a name says where or what it is.
            if self.punct(k) == Some(')') {
                if let Some(open) = (r.start..k).rev().find(|&o| self.punct(o) == Some('(')) {
                    if open > r.start {
                        r.end = open;
                        continue;
                    }
                }
            }
            let clitic = self.is(k, Class::Clitic) || self.is(k, Class::Negation);
            if self.punct(k).is_some() || self.single_filler(k) || (clitic && !self.name_word(k)) {
                r.end -= 1;
            } else {
                break;
            }
        }
        r
    }

    /// The speaker that a phrase names: its pronoun, or the name at its end when a title
    /// stands before it ("le conseiller diplomatique Iouri Ouchakov" → "Iouri Ouchakov"), or
    /// else the whole phrase ("le Kremlin", "le ministère russe de la Défense").
    pub fn phrase_of(&self, r: Range<usize>, place: Place) -> Option<Who> {
        // The pronoun first: the end of "ce dernier" would be stripped as a time word.
        let mut whole = self.strip(r.clone());
        whole.end = r.end;
        while whole.end > whole.start && self.punct(whole.end - 1).is_some() {
            whole.end -= 1;
        }
        if let Some(len) = self.pronoun_at(whole.start, place) {
            if whole.start + len == whole.end {
                return Some(Who::Pronoun(self.bytes(whole)));
            }
        }
        // A pronoun that cannot stand for a speaker here ("on", "nous"): no speaker.
        let unfit = self.lex.pronouns(self.w(whole.start)).iter().any(|p| {
            self.matches(whole.start, &p.words) && whole.start + p.words.len() == whole.end
        });
        if unfit {
            return None;
        }
        let r = self.strip(r);
        if r.is_empty() || r.len() > MAX_SUBJECT || !self.has_word(r.clone()) {
            return None;
        }
        if let Some(run) = self.last_name(r.clone()).filter(|run| run.end == r.end) {
            // A name after a determiner or a preposition is a complement ("de la Défense",
            // "le Kremlin"), not a name standing apart from its title...
            let before = run.start.checked_sub(1).filter(|&k| k >= r.start);
            let complement = before.is_some_and(|k| {
                self.is(k, Class::Determiner) || self.is(k, Class::Preposition) || self.elided(k)
            });
            if !complement {
                return Some(Who::Phrase(run));
            }
            // ... unless a person's name follows the complement: "le porte-parole du Kremlin
            // Dmitri Peskov", "la porte-parole de la Maison Blanche Karoline Leavitt". A run
            // of three capitalised words or more after a preposition ends with a first name
            // and a surname.
            let names = run.clone().filter(|&k| self.name_word(k)).count();
            let tail = run.end - 2..run.end;
            if names >= 3
                && before.is_some_and(|k| self.is(k, Class::Preposition))
                && self.pure_name(tail.clone())
            {
                return Some(Who::Phrase(tail));
            }
        }
        Some(Who::Phrase(r))
    }

    /// Whether a comma-separated part before a verb may hold the subject: relative clauses,
    /// introductory phrases ("À l'issue de …", "Mercredi"), intermediaries ("citant ses
    /// sources") and a lone "lui" are left out.
    fn may_be_subject(&self, r: Range<usize>) -> bool {
        let Some(f) = r.clone().find(|&k| self.punct(k).is_none()) else {
            return false;
        };
        let lone_tonic = self
            .pronoun_at(f, Place::Selon)
            .is_some_and(|len| f + len == r.end)
            && self.pronoun_at(f, Place::Subject).is_none();
        !(self.is(f, Class::Relative)
            || self.is(f, Class::Preposition)
            || self.skip_len(f) > 0
            || self.cue_at(f, &[CueKind::Via]).is_some()
            || lone_tonic)
    }

    /// The subject of the verb whose first token is `verb`.
    ///
    /// The clause runs from the sentence start (or the last colon) to the verb. When no comma
    /// stands right before the verb, the subject is the part after the last comma ("Mardi soir,
    /// Lavrov a souligné"). When one does, the parts are a subject and its
    /// appositions ("Dmitriev, qui conseille Poutine …, a décrit"; "Le porte-parole …, Dmitri
    /// Peskov, a confirmé"): the last part that is a bare name wins, else the first part.
    pub fn subject_before(&self, verb: usize) -> Option<Who> {
        let start = self.clause_start(verb);
        let mut end = verb;
        while end > start && (self.is(end - 1, Class::Clitic) || self.is(end - 1, Class::Negation))
        {
            end -= 1;
        }
        // "un dîner qu'il a qualifié de …", "où elle a déclaré": the pronoun of a subordinate
        // clause right before its verb is the speaker.
        if end > start + 1
            && (self.is(end - 2, Class::Que)
                || self.is(end - 2, Class::Relative)
                || self.is(end - 2, Class::Subordinator))
        {
            if let Some(1) = self.pronoun_at(end - 1, Place::Subject) {
                return Some(Who::Pronoun(self.bytes(end - 1..end)));
            }
        }
        let parts = self.split_commas(start..end);
        let last = parts.last()?.clone();
        if !last.is_empty() {
            let r = self.strip(last.clone());
            if r.len() == 1 && self.w(r.start) == "qui" {
                return self.antecedent(r.start);
            }
            return self.phrase_of(last, Place::Subject);
        }
        let candidates: Vec<Range<usize>> = parts[..parts.len() - 1]
            .iter()
            .filter(|p| self.may_be_subject((*p).clone()))
            .cloned()
            .collect();
        if let Some(name) = candidates
            .iter()
            .rev()
            .map(|p| self.strip(p.clone()))
            .find(|p| self.pure_name(p.clone()))
        {
            return Some(Who::Phrase(name));
        }
        candidates
            .first()
            .and_then(|p| self.phrase_of(p.clone(), Place::Subject))
    }

    /// The name that a relative "qui" stands for: "en l'absence de Donald Trump, qui a déclaré".
    fn antecedent(&self, qui: usize) -> Option<Who> {
        let mut k = self.prev(qui)?;
        if self.punct(k) == Some(',') {
            k = self.prev(k)?;
        }
        if !self.name_word(k) {
            return None;
        }
        self.last_name(self.clause_start(k)..k + 1).map(Who::Phrase)
    }

    /// The speaker named after a verb or a cue, from token `from`: "a déclaré le conseiller
    /// diplomatique Iouri Ouchakov, cité par …", "a-t-il", "selon le communiqué du Kremlin
    /// mardi". Returns the speaker and the token after its phrase.
    pub fn speaker_after(&self, from: usize, place: Place) -> Option<(Who, usize)> {
        let n = self.len();
        let mut j = self.skip_fillers(from);
        // An addressee or a circumstance missing from the skip table, before the speaker:
        // "a déclaré à la chaîne RT le ministre". The speaker starts at the next article.
        if place != Place::Selon && self.is(j, Class::Preposition) && !self.is(j, Class::Determiner)
        {
            let d = (j + 2..(j + 7).min(n))
                .find(|&k| self.punct(k).is_some() || self.is(k, Class::Determiner))?;
            if self.punct(d).is_some() {
                return None;
            }
            j = self.skip_fillers(d);
        }
        if !self.toks.get(j).is_some_and(|t| t.word) || self.quoted(j) {
            return None;
        }
        if let Some(len) = self.pronoun_at(j, place) {
            return Some((Who::Pronoun(self.bytes(j..j + len)), j + len));
        }
        if self.is(j, Class::Stop) || self.is(j, Class::Que) {
            return None;
        }
        if place == Place::Selon {
            // "selon le communiqué du Kremlin": a statement gives way to whoever made it.
            let s = if self.is(j, Class::Determiner) {
                j + 1
            } else {
                j
            };
            if let Some(cue) = self.cue_at(s, &[CueKind::Statement]) {
                let after = s + cue.words.len();
                if self.is(after, Class::Preposition)
                    && self.toks.get(after + 1).is_some_and(|t| t.word)
                {
                    j = after + 1;
                }
            }
        }
        let start = j;
        let mut k = j;
        let mut seen_name = false;
        // Lower-case words in a row after a name: "des Affaires étrangères" goes on, a
        // longer run is the rest of the sentence.
        let mut lower_run = 0;
        while k < n {
            if !self.toks[k].word || self.quoted(k) {
                break;
            }
            let ends = self.is(k, Class::Stop)
                || self.skip_len(k) > 0
                || self.cue_at(k, &[CueKind::Via]).is_some()
                || self.gerund_at(k);
            if k > start && ends {
                break;
            }
            let name = self.name_word(k);
            if seen_name && !name && !self.joins_name(k) {
                // After a name, a grammar word starts what follows it ("Iouri Ouchakov aux
                // journalistes"); an adjective belongs to it ("des Affaires étrangères").
                lower_run += 1;
                if self.lex.is_grammar(self.w(k)) {
                    break;
                }
                if lower_run > 2 {
                    k -= lower_run - 1;
                    break;
                }
            } else {
                lower_run = 0;
            }
            seen_name |= name;
            k += 1;
        }
        if k == start {
            return None;
        }
        let who = self.phrase_of(start..k, place)?;
        // A name apposed after a comma: "a confirmé le porte-parole du Kremlin, Dmitri
        // Peskov." It must end the attribution: in "Selon le département d'État, Moscou et
        // Washington ont …" the name after the comma starts the content.
        let whole = Who::Phrase(self.strip(start..k));
        let untitled = who == whole && !self.pure_name(self.strip(start..k));
        if place != Place::Subject
            && untitled
            && self.punct(k) == Some(',')
            && self.name_word(k + 1)
        {
            let mut e = k + 1;
            while self.name_word(e) || self.joins_name(e) {
                e += 1;
            }
            let ends = match place {
                // "Selon la porte-parole, Karoline Leavitt, Donald Trump a …": after "selon",
                // only a name closed by a second comma is an apposition.
                Place::Selon => self.punct(e) == Some(','),
                _ => {
                    e >= n
                        || self.punct(e).is_some()
                        || self.is(e, Class::Preposition)
                        || self.is(e, Class::Stop)
                        || self.skip_len(e) > 0
                }
            };
            if ends {
                return Some((Who::Phrase(k + 1..e), e));
            }
        }
        // "a précisé un conseiller militaire cité par la chaîne Al-Hadath": someone the text
        // does not name speaks through the outlet that quotes them. A named speaker keeps the
        // words, and the outlet is left out of what follows.
        if let Some(via) = self
            .cue_at(k, &[CueKind::Via])
            .filter(|c| c.words.last().is_some_and(|w| w == "par"))
        {
            if let Some((outlet, end)) = self
                .speaker_after(k + via.words.len(), Place::Inverted)
                .filter(|(outlet, _)| who_named(self, outlet))
            {
                let unnamed = !who_named(self, &who)
                    || matches!(
                        self.w(start),
                        "un" | "une" | "des" | "plusieurs" | "certains"
                    );
                return Some((if unnamed { outlet } else { who }, end));
            }
        }
        Some((who, k))
    }
}

/// Whether a speaker phrase holds a name (a pronoun counts as one: it stands for a name).
fn who_named(s: &Sentence<'_>, who: &Who) -> bool {
    match who {
        Who::Pronoun(_) => true,
        Who::Phrase(r) => r.clone().any(|k| s.name_word(k)),
    }
}
