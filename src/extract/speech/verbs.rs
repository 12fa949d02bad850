//! Speech verbs in a sentence, and the complement that carries what was said.

use std::ops::Range;

use super::content::Until;
use super::lexicon::{Class, Form};
use super::sentence::Sentence;

/// A speech verb as written: "a déclaré", "a-t-il précisé", "précise", "tout en soulignant".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct VerbCue {
    /// First token: the auxiliary, the reflexive pronoun, "en", or the verb itself.
    pub first: usize,
    /// The token after the last one.
    pub end: usize,
    /// Index in the verb table.
    pub verb: usize,
    pub form: Form,
    /// Byte range of the subject pronoun of an inverted form ("a-t-il" → "il").
    pub pronoun: Option<Range<usize>>,
}

/// What carries a verb's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Complement {
    /// A "que" clause. The content starts at this token: after "que", or at an attribute
    /// that stands before it ("a estimé « symbolique » que …").
    Que(usize),
    /// Quotations from this token on: after a colon, or right after the verb.
    Quotes(usize),
    /// A direct object from this token on; `true` when it counts only up to its last
    /// quotation ("a décrit les discussions comme « productives »").
    Object(usize, bool),
    /// An infinitive clause: "a indiqué attendre le compte rendu".
    Infinitive(usize),
}

/// At most this many verbs are examined in one sentence.
const MAX_CUES: usize = 64;
/// How far after the verb its "que" or its colon may stand.
const MAX_GAP: usize = 25;

impl Sentence<'_> {
    /// Splits an inverted subject pronoun off a word: "a-t-il" → ("a", "il"), "dit-elle" →
    /// ("dit", "elle"), with the pronoun's byte range.
    fn split_inverted(&self, i: usize) -> (&str, Option<Range<usize>>) {
        let w = self.w(i);
        let (Some(dash), Some(tok)) = (w.rfind('-'), self.toks.get(i)) else {
            return (w, None);
        };
        let pronoun = &w[dash + 1..];
        let inverted = self
            .lex
            .pronouns(pronoun)
            .iter()
            .any(|p| p.words.len() == 1 && p.uses.inverted);
        let original_dash = self.text[tok.range.clone()].rfind('-');
        match original_dash {
            Some(d) if inverted => {
                let head = &w[..dash];
                let head = head.strip_suffix("-t").unwrap_or(head);
                (head, Some(tok.range.start + d + 1..tok.range.end))
            }
            _ => (w, None),
        }
    }

    /// A form of a speech verb at `i` whose first word is written `head`: the verb, its form
    /// and its length in tokens.
    fn form_at(
        &self,
        i: usize,
        head: &str,
        forms: &[Form],
        reflexive: bool,
    ) -> Option<(usize, Form, usize)> {
        self.lex
            .forms(head)
            .iter()
            .find(|f| {
                forms.contains(&f.form)
                    && self
                        .lex
                        .verbs
                        .get(f.verb)
                        .is_some_and(|v| v.reflexive == reflexive)
                    && self.matches(i + 1, &f.words[1..])
            })
            .map(|f| (f.verb, f.form, f.words.len()))
    }

    /// Every speech verb outside quotations, in order.
    pub fn verb_cues(&self) -> Vec<VerbCue> {
        let mut cues = Vec::new();
        let mut i = 0;
        while i < self.len() && cues.len() < MAX_CUES {
            match self.verb_cue_at(i) {
                Some(cue) => {
                    i = cue.end.max(i + 1);
                    cues.push(cue);
                }
                None => i += 1,
            }
        }
        cues
    }

    fn verb_cue_at(&self, i: usize) -> Option<VerbCue> {
        if self.w(i).is_empty() || self.quoted(i) {
            return None;
        }
        // (This runs on every word: the classes of the word before and of this one are looked
        // up once.)
        let before: &[Class] = if i > 0 {
            self.lex.classes_of(self.w(i - 1))
        } else {
            &[]
        };
        // "contrairement à ce qu'avaient rapporté des médias": a relative "que" right before
        // the verb is its object; what it says is not in the sentence.
        if before.contains(&Class::Que) {
            return None;
        }
        // A denial is still a statement ("a démenti"), but "n'a pas précisé" states nothing.
        let negated = before.contains(&Class::Negation);
        let (head, pronoun) = self.split_inverted(i);
        let word = self.lex.classes_of(self.w(i));
        let head_classes = if pronoun.is_none() {
            word
        } else {
            self.lex.classes_of(head)
        };
        if head_classes.contains(&Class::Auxiliary) {
            // "a déclaré", "a-t-il précisé", "a également noté", "a pour sa part raconté".
            let j = self.skip_fillers(i + 1);
            let (verb, form, len) = self.form_at(j, self.w(j), &[Form::Participle], false)?;
            return (!negated).then_some(VerbCue {
                first: i,
                end: j + len,
                verb,
                form,
                pronoun,
            });
        }
        if word.contains(&Class::Reflexive) {
            // "s'est dit", "se sont félicités", "se dit".
            let (head, pronoun) = self.split_inverted(i + 1);
            if self.lex.is(head, Class::Etre) {
                let j = self.skip_fillers(i + 2);
                let (verb, form, len) = self.form_at(j, self.w(j), &[Form::Participle], true)?;
                return (!negated).then_some(VerbCue {
                    first: i,
                    end: j + len,
                    verb,
                    form,
                    pronoun,
                });
            }
            let (verb, form, len) =
                self.form_at(i + 1, head, &[Form::Present, Form::Simple], true)?;
            return (!negated).then_some(VerbCue {
                first: i,
                end: i + 1 + len,
                verb,
                form,
                pronoun,
            });
        }
        if let Some((verb, form, len)) =
            self.form_at(i, head, &[Form::Present, Form::Simple], false)
        {
            // After an article or a preposition the word is a noun: "la note", "l'annonce".
            let noun = before
                .iter()
                .any(|c| matches!(c, Class::Determiner | Class::Preposition | Class::Reflexive));
            if negated || (noun && pronoun.is_none()) {
                return None;
            }
            return Some(VerbCue {
                first: i,
                end: i + len,
                verb,
                form,
                pronoun,
            });
        }
        if pronoun.is_none() {
            // "soulignant", "en dénonçant", "tout en reconnaissant": after a comma or "en".
            let (verb, form, len) = self.form_at(i, head, &[Form::Gerund], false)?;
            let mut first = i;
            if i > 0 && self.w(i - 1) == "en" {
                first = if i > 1 && self.w(i - 2) == "tout" {
                    i - 2
                } else {
                    i - 1
                };
            }
            let after_comma = self.prev(first).is_some_and(|k| self.punct(k) == Some(','));
            return (first < i || after_comma).then_some(VerbCue {
                first,
                end: i + len,
                verb,
                form,
                pronoun,
            });
        }
        None
    }

    /// The complement that carries what a verb reports, if any. `starts` are the first tokens
    /// of the sentence's speech verbs: a complement never runs past another verb.
    pub fn complement(&self, cue: &VerbCue, starts: &[usize]) -> Option<Complement> {
        let allow = self.lex.verbs.get(cue.verb)?.complements;
        let j = self.next(self.skip_addressees(cue.end));
        let first = self.toks.get(j)?;
        if let Some(q) = self.opens(j) {
            let close = self.quotes.list.get(q)?.close;
            if allow.que && self.is(self.skip_fillers(close + 1), Class::Que) {
                return Some(Complement::Que(j));
            }
            return Some(Complement::Quotes(j));
        }
        // "a confirmé la nouvelle à l'agence RIA : « … »".
        let mut k = j;
        while k < self.len() && k < j + MAX_GAP {
            if !self.quoted(k) {
                match self.punct(k) {
                    Some(':') => {
                        if self.opens(self.next(k + 1)).is_some() {
                            return Some(Complement::Quotes(k + 1));
                        }
                        break;
                    }
                    Some(';' | '.' | '!' | '?') => break,
                    _ => {}
                }
                if k > j && starts.contains(&k) {
                    break;
                }
            }
            k += 1;
        }
        if allow.object_to && first.word && self.calls_to(j) {
            return Some(Complement::Object(j, false));
        }
        let takes_object = allow.object || allow.quoted_object;
        if takes_object && self.is(j, Class::Determiner) {
            return self.object(j, allow.object);
        }
        if allow.que {
            if let Some(start) = self.que_after(j, starts) {
                return Some(Complement::Que(start));
            }
        }
        if takes_object && first.word {
            return self.object(j, allow.object);
        }
        if allow.infinitive && self.infinitive_at(j) {
            return Some(Complement::Infinitive(j));
        }
        None
    }

    fn object(&self, start: usize, any: bool) -> Option<Complement> {
        if any {
            return Some(Complement::Object(start, false));
        }
        let end = self.content_end(start, Until::Object);
        let quoted = self
            .quotes
            .list
            .iter()
            .any(|q| q.open >= start && q.close < end);
        quoted.then_some(Complement::Object(start, true))
    }

    /// The start of the content of a "que" clause that follows a verb at a short distance.
    ///
    /// Skipped on the way: adverbs and time words, commas, and phrases that start with a
    /// preposition ("à CNN, depuis Riyad, que"). Anything else is an
    /// attribute that belongs to the content ("jugeant peu probable qu'…").
    fn que_after(&self, j: usize, starts: &[usize]) -> Option<usize> {
        let mut k = j;
        let mut attribute: Option<usize> = None;
        while k < self.len() && k < j + MAX_GAP {
            if self.is(k, Class::Que) && !self.quoted(k) {
                return Some(attribute.unwrap_or(k + 1));
            }
            if let Some(q) = self.opens(k) {
                attribute.get_or_insert(k);
                k = self.quotes.list.get(q).map_or(k, |q| q.close) + 1;
                continue;
            }
            if self.stray(k) || self.punct(k) == Some(',') {
                k += 1;
                continue;
            }
            if self.punct(k).is_some()
                || (k > j && starts.contains(&k))
                || self.is(k, Class::Relative)
            {
                return None;
            }
            if attribute.is_none() {
                let skip = self.skip_len(k);
                if skip > 0 {
                    let to = matches!(self.w(k), "à" | "au" | "aux");
                    k += skip;
                    // "a indiqué à la Télévision Malagasy (TVM) que": a channel named after
                    // the word the table knows is still the addressee.
                    if to {
                        k = self.channel_name_end(k);
                    }
                    continue;
                }
                if self.is(k, Class::Preposition) {
                    k += 1;
                    while k < self.len() && !self.is(k, Class::Que) && self.punct(k) != Some(',') {
                        if matches!(self.punct(k), Some('.' | ';' | ':' | '!' | '?')) {
                            return None;
                        }
                        k += 1;
                    }
                    continue;
                }
                attribute = Some(k);
            }
            k += 1;
        }
        None
    }

    /// The first token at or after `i` past fillers, an addressee phrase ("à la radio") with
    /// the channel's own name included ("à la Radio Nationale (RNB)").
    fn skip_addressees(&self, mut i: usize) -> usize {
        loop {
            let n = self.skip_len(i);
            if n == 0 {
                return i;
            }
            let to = matches!(self.w(i), "à" | "au" | "aux");
            i += n;
            if to {
                i = self.channel_name_end(i);
            }
        }
    }

    /// The end of the name of a channel at `k` ("Joy FM", "Malagasy (TVM)"): its words with a
    /// capital initial and an acronym in parentheses after them; `k` itself when none.
    fn channel_name_end(&self, mut k: usize) -> usize {
        let cap = |i: usize| self.toks.get(i).is_some_and(|t| t.word && t.cap);
        let start = k;
        while cap(k) && !self.quoted(k) {
            k += 1;
        }
        if k > start && self.punct(k) == Some('(') && cap(k + 1) && self.punct(k + 2) == Some(')') {
            k += 3;
        }
        k
    }

    /// Whether the object from `j` on says what someone is called to: it opens with "à" ("à
    /// la retenue") or holds "à" and a lower-case word ("les parties à cesser le feu", "les
    /// parties à la retenue").
    fn calls_to(&self, j: usize) -> bool {
        let to = |k: usize| matches!(self.w(k), "à" | "au" | "aux");
        if to(j) {
            return true;
        }
        // "à la retenue", "au calme", "à cesser le feu"; not "à la Maison Blanche".
        let called = |k: usize| {
            let mut next = self.next(k + 1);
            // "a appelé les parties à « mettre en œuvre » l'accord": the quotation opens the call.
            if self.opens(next).is_some() {
                next = self.next(next + 1);
            }
            if self.is(next, Class::Determiner) {
                next = self.next(next + 1);
            }
            self.toks.get(next).is_some_and(|t| t.word && !t.cap)
        };
        let end = self.content_end(j, Until::Object);
        (j + 1..end).any(|k| !self.quoted(k) && to(k) && called(k))
    }

    /// Whether an infinitive clause starts at `j`: "attendre …", "s'attendre …", "être venu …",
    /// "de lui faire payer …".
    fn infinitive_at(&self, mut j: usize) -> bool {
        // "a menacé de lui faire payer", "a promis d'agir".
        if matches!(self.w(j), "de" | "d'") {
            j += 1;
            if self.is(j, Class::Clitic) {
                j += 1;
            }
        }
        if self.is(j, Class::Reflexive) || self.is(j, Class::Negation) {
            j += 1;
        }
        if self.w(j) == "pas" {
            j += 1;
        }
        let w = self.w(j);
        let plain = self.toks.get(j).is_some_and(|t| !t.cap)
            && !self.lex.is_grammar(w)
            && self.skip_len(j) == 0;
        plain
            && w.chars().count() >= 4
            && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
    }
}
