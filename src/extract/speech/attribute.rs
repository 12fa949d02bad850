//! The attribution rules, applied to one sentence in three passes: speech verbs, then
//! "selon"-type cues, then quotations after a colon that no verb claimed.

use std::ops::Range;

use super::content::Until;
use super::lexicon::{Class, CueKind, Form};
use super::phrase::{Place, Who};
use super::sentence::Sentence;
use super::verbs::{Complement, VerbCue};

/// One attribution, in byte ranges of the sentence.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Found {
    pub who: Who,
    pub content: Range<usize>,
    pub quoted: bool,
    pub cue: Range<usize>,
    pub confidence: f64,
}

/// A quotation inside reported content gets a speech of its own from this many words on:
/// shorter ones ("« productives »") are a word of the reported content, not a statement.
const OWN_QUOTE_WORDS: usize = 4;

/// A quotation of at most this many words right after "dit" between commas is a nickname.
const NICKNAME_WORDS: usize = 3;

/// Confidence of a quotation attributed only because a colon or an earlier attribution in
/// the same sentence stands before it.
const WEAK: f64 = 0.6;

struct Pass<'s, 'a> {
    s: &'s Sentence<'a>,
    out: Vec<Found>,
    /// Token ranges already attributed (contents, cues, speakers): no later cue reads there.
    covered: Vec<Range<usize>>,
    /// Quotations already given to a speaker, alone or inside reported content.
    used: Vec<bool>,
    /// The speaker of the last verb, for a gerund that follows it ("…, ajoutant que").
    last: Option<Who>,
    /// First tokens of every cue, verbs and "selon" alike: content never runs past one.
    starts: Vec<usize>,
    /// First tokens of the speech verbs only.
    verbs: Vec<usize>,
    /// Byte ranges of contents that are a verb's object or infinitive ("a exhorté X à …",
    /// "a demandé de …"): what someone did in words, which a "selon" at the head of the
    /// sentence reports in turn.
    objects: Vec<Range<usize>>,
}

/// Every attribution in a sentence.
pub(super) fn attribute(s: &Sentence<'_>) -> Vec<Found> {
    let cues = s.verb_cues();
    let verbs: Vec<usize> = cues.iter().map(|c| c.first).collect();
    let mut starts = verbs.clone();
    starts.extend(
        (0..s.len()).filter(|&i| s.cue_at(i, &[CueKind::Source, CueKind::Relay]).is_some()),
    );
    starts.sort_unstable();
    let mut pass = Pass {
        s,
        out: Vec::new(),
        covered: Vec::new(),
        used: vec![false; s.quotes.list.len()],
        last: None,
        starts,
        verbs,
        objects: Vec::new(),
    };
    for cue in &cues {
        if !pass.is_covered(cue.first) {
            pass.verb(cue);
        }
    }
    pass.sources();
    pass.colon_quotes();
    let mut out = pass.out;
    out.sort_by_key(|f| (f.content.start, f.content.end));
    out.dedup_by(|a, b| a.content == b.content && a.quoted == b.quoted && a.who == b.who);
    out
}

impl Pass<'_, '_> {
    fn is_covered(&self, k: usize) -> bool {
        self.covered.iter().any(|r| r.contains(&k))
    }

    fn overlaps(&self, r: &Range<usize>) -> bool {
        self.covered
            .iter()
            .any(|c| c.start < r.end && r.start < c.end)
    }

    /// Indices of the quotations that lie entirely within a token range.
    fn quotes_in(&self, r: Range<usize>) -> Vec<usize> {
        (0..self.s.quotes.list.len())
            .filter(|&q| {
                self.s.quotes.list[q].open >= r.start && self.s.quotes.list[q].close < r.end
            })
            .collect()
    }

    fn has_name(&self, who: &Who) -> bool {
        match who {
            Who::Pronoun(_) => true,
            Who::Phrase(r) => r.clone().any(|k| self.s.name_word(k)),
        }
    }

    /// A quoted speech for quotation `q`.
    fn quote(&mut self, who: &Who, q: usize, cue: Range<usize>, confidence: f64) {
        let Some(quote) = self.s.quotes.list.get(q).copied() else {
            return;
        };
        if std::mem::replace(&mut self.used[q], true) {
            return;
        }
        let inner = self.s.trim(quote.open + 1..quote.close);
        if !self.s.has_word(inner.clone()) {
            return;
        }
        // "la « mañanera »": a quoted word after an article is a name, not words said.
        if quote.open > 0
            && self.s.is(quote.open - 1, Class::Determiner)
            && self.s.word_count(inner.clone()) <= 2
        {
            return;
        }
        self.covered.push(quote.open..quote.close + 1);
        let content = self.s.bytes(inner);
        self.out.push(Found {
            who: who.clone(),
            content,
            quoted: true,
            cue,
            confidence,
        });
    }

    /// A reported speech for a token range, with a quoted speech for each long quotation in
    /// it. Content that is one quotation and nothing else is quoted speech. With `tells`,
    /// the cue may only tell what happened (a source, an inverted verb, an infinitive) rather
    /// than open a statement ("a dit que").
    fn reported(
        &mut self,
        who: &Who,
        r: Range<usize>,
        cue: Range<usize>,
        confidence: f64,
        tells: bool,
    ) {
        let r = self.s.trim(r);
        if !self.s.has_word(r.clone()) {
            return;
        }
        if let Some(q) = self
            .s
            .opens(r.start)
            .filter(|&q| self.s.quotes.list[q].close + 1 == r.end)
        {
            self.quote(who, q, cue, confidence);
            return;
        }
        self.covered.push(r.clone());
        // "X s'est entretenu mardi avec Y, a indiqué la présidence": the source tells what
        // happened; only the long quotations in it are words said.
        if !(tells && self.narrates_meeting(r.clone())) {
            let content = self.s.bytes(r.clone());
            self.out.push(Found {
                who: who.clone(),
                content,
                quoted: false,
                cue: cue.clone(),
                confidence,
            });
        }
        for q in self.quotes_in(r) {
            let quote = self.s.quotes.list[q];
            if self.s.word_count(quote.open + 1..quote.close) >= OWN_QUOTE_WORDS {
                self.quote(who, q, cue.clone(), confidence * 0.9);
            }
            self.used[q] = true;
        }
    }

    /// Whether reported content tells a meeting or a call in the past: a narrative
    /// participle (grammar table) right after an auxiliary, past the fillers between them
    /// ("s'est par ailleurs entretenu", "avait eu des entretiens", "s'être entretenu").
    /// A negation between them ("ne s'est pas entretenu") is a statement, and stays one; so
    /// is a meeting told with its subject ("… pour coordonner la réponse", "…, évoquant la
    /// situation"), which the source reports as what was said; a relative clause ("le
    /// sommet, qui a été accueilli à Rio") tells nothing of the content.
    fn narrates_meeting(&self, r: Range<usize>) -> bool {
        const AUXILIARY: [&str; 3] = ["être", "avoir", "été"];
        const TOPIC: [&str; 6] = ["sur", "pour", "évoquant", "afin", "concernant", "abordant"];
        let s = self.s;
        let narrative = |k: usize| {
            s.is(k, Class::Narrative)
                || s.lex
                    .class_phrases(s.w(k))
                    .iter()
                    .any(|(p, c)| *c == Class::Narrative && s.matches(k, p))
        };
        let after_auxiliary = |k: usize| {
            let mut j = k;
            while j > r.start {
                if s.is(j - 1, Class::Stressed) {
                    j -= 1;
                    continue;
                }
                match (1..=3).find(|&n| j >= r.start + n && s.skip_len(j - n) == n) {
                    Some(n) => j -= n,
                    None => break,
                }
            }
            let auxiliary = j > r.start
                && (s.is(j - 1, Class::Auxiliary)
                    || s.is(j - 1, Class::Etre)
                    || AUXILIARY.contains(&s.w(j - 1)));
            let relative = (j.saturating_sub(4).max(r.start)..j).any(|i| s.is(i, Class::Relative));
            auxiliary && !relative
        };
        // The topic belongs to the meeting, not to a relative clause after it: "…, qui l'a
        // félicité pour l'accord" tells more of the meeting, not what it was about.
        let topic = |k: usize| {
            (k..r.end)
                .take_while(|&i| !s.is(i, Class::Relative))
                .any(|i| !s.quoted(i) && TOPIC.contains(&s.w(i)))
        };
        r.clone()
            .any(|k| !s.quoted(k) && narrative(k) && after_auxiliary(k) && !topic(k))
    }

    fn verb(&mut self, cue: &VerbCue) {
        let s = self.s;
        let Some(verb) = s.lex.verbs.get(cue.verb) else {
            return;
        };
        let mut confidence = verb.confidence;
        if matches!(cue.form, Form::Present | Form::Simple) {
            confidence *= 0.95;
        }
        if cue.form == Form::Gerund {
            self.gerund(cue, confidence * 0.9);
            return;
        }
        let prev = s.prev(cue.first);
        let closes = |k: usize| s.closes(k).is_some();
        let after_quote = prev.is_some_and(|k| {
            closes(k) || (s.punct(k) == Some(',') && s.prev(k).is_some_and(closes))
        });
        if cue.pronoun.is_some() {
            self.inverted(cue, confidence);
            return;
        }
        if after_quote && self.inverted(cue, confidence) {
            return;
        }
        let Some(prev) = prev else { return };
        let mut complement = s.complement(cue, &self.starts);
        // "Le président l'a annoncé vendredi sur son réseau": the object is the pronoun, and
        // what follows the verb is a circumstance, not what was said.
        let object_pronoun = matches!(s.w(cue.first.wrapping_sub(1)), "l'" | "le" | "la" | "les");
        if object_pronoun && matches!(complement, Some(Complement::Object(..))) {
            complement = None;
        }
        if s.punct(prev) == Some(',') && self.nickname(cue, complement) {
            return;
        }
        if s.punct(prev) == Some(',') {
            // "Dmitriev, qui conseille Poutine, a décrit …" (a subject and its apposition)
            // or "Les échanges ont été utiles, a déclaré Leavitt" (the speaker after the verb).
            // Without a complement the verb can only close an inverted attribution, unless a
            // relative clause shows that a subject and its apposition stand before it ("Doug
            // Ford, qui critique …, a salué la performance de Carney").
            // Without a complement, a subject and its appositions stand before the verb too
            // when no one is named after it ("Son ministre, X, a de son côté évoqué une
            // possible contribution"): what follows is an object, not a speaker.
            let subject_first = match complement {
                Some(Complement::Que(_) | Complement::Quotes(_)) => true,
                Some(_) => self.apposition_before(cue.first, false),
                None => {
                    self.apposition_before(cue.first, true)
                        || (self.apposition_before(cue.first, false)
                            && !s
                                .speaker_after(cue.end, Place::Inverted)
                                .is_some_and(|(who, _)| self.has_name(&who)))
                }
            };
            if !subject_first && self.inverted(cue, confidence) {
                return;
            }
        }
        let Some(complement) = complement else { return };
        // "X a qualifié la rencontre de « très bonne » et a dit espérer …": a verb coordinated
        // with the one before shares its speaker.
        let coordinated = matches!(s.w(prev), "et" | "puis");
        let voice = self.voice_after(cue).or_else(|| self.voice_before(cue));
        let who = match self.last.clone().filter(|_| coordinated) {
            Some(who) => who,
            None => match s
                .subject_before(cue.first)
                .or_else(|| self.relative_of_last(prev))
                .or_else(|| voice.clone())
            {
                Some(who) => who,
                None => return,
            },
        };
        let who = voice.unwrap_or(who);
        self.complement(&who, cue, complement, confidence);
    }

    /// "Le ministère a affirmé, par la voix de sa porte-parole Mao Ning, que …": the person
    /// who spoke for the subject, named between the verb and what was said.
    fn voice_after(&self, cue: &VerbCue) -> Option<Who> {
        const WITHIN: usize = 8;
        let s = self.s;
        let k = (cue.end..(cue.end + WITHIN).min(s.len()))
            .take_while(|&k| !matches!(s.punct(k), Some('.' | ';' | ':')) && !s.is(k, Class::Que))
            .find(|&k| s.cue_at(k, &[CueKind::Voice]).is_some())?;
        let voice = s.cue_at(k, &[CueKind::Voice])?;
        let (who, _) = s.speaker_after(k + voice.words.len(), Place::Inverted)?;
        self.has_name(&who).then_some(who)
    }

    /// "L'opposition, par la voix de l'ancien ministre Amadou Ba, accuse …": the person who
    /// spoke for the subject, named between the subject and the verb.
    fn voice_before(&self, cue: &VerbCue) -> Option<Who> {
        const WITHIN: usize = 12;
        let s = self.s;
        let k = (cue.first.saturating_sub(WITHIN)..cue.first)
            .rev()
            .take_while(|&k| {
                !matches!(s.punct(k), Some('.' | ';' | ':')) && !s.is(k, Class::Que) && !s.quoted(k)
            })
            .find(|&k| s.cue_at(k, &[CueKind::Voice]).is_some())?;
        let voice = s.cue_at(k, &[CueKind::Voice])?;
        let (who, end) = s.speaker_after(k + voice.words.len(), Place::Inverted)?;
        (end <= cue.first && self.has_name(&who)).then_some(who)
    }

    /// The "que" clauses of reported content: "a dit que A et que B" reports two things, each
    /// a claim of its own.
    fn que_clauses(&self, r: Range<usize>) -> Vec<Range<usize>> {
        let s = self.s;
        let mut parts = Vec::new();
        let mut start = r.start;
        for k in r.clone() {
            let joins = !s.quoted(k) && matches!(s.w(k), "et" | "mais") && s.is(k + 1, Class::Que);
            if !joins || k <= start {
                continue;
            }
            let cut = match s.prev(k) {
                Some(c) if s.punct(c) == Some(',') => c,
                _ => k,
            };
            parts.push(start..cut);
            start = k + 2;
        }
        parts.push(start..r.end);
        parts
    }

    /// "…, a regretté l'élue, qui salue « … »": a "qui" right after the speaker of the
    /// attribution before stands for that speaker.
    fn relative_of_last(&self, qui: usize) -> Option<Who> {
        let s = self.s;
        if s.w(qui) != "qui" {
            return None;
        }
        let comma = s.prev(qui).filter(|&c| s.punct(c) == Some(','))?;
        match &self.last {
            Some(Who::Phrase(r)) if r.end == comma => self.last.clone(),
            _ => None,
        }
    }

    /// "le général Daglo, dit « Hemedti », chef des …": a verb in the present after a comma,
    /// then a quotation of a few words closed by a comma or a bracket, gives a name, not a
    /// statement.
    fn nickname(&self, cue: &VerbCue, complement: Option<Complement>) -> bool {
        let s = self.s;
        if !matches!(cue.form, Form::Present | Form::Simple) {
            return false;
        }
        let Some(Complement::Quotes(j)) = complement else {
            return false;
        };
        let Some(quote) = s.opens(j).and_then(|q| s.quotes.list.get(q)) else {
            return false;
        };
        let after = s.next(quote.close + 1);
        s.word_count(quote.open + 1..quote.close) <= NICKNAME_WORDS
            && (after >= s.len() || matches!(s.punct(after), Some(',' | ')' | ';')))
    }

    /// Whether the text before a verb (ending with a comma) is a subject and its
    /// appositions rather than a clause: every part is a noun phrase or a relative clause;
    /// with `relative`, one of them at least holds a relative clause.
    fn apposition_before(&self, verb: usize, relative: bool) -> bool {
        let s = self.s;
        let parts: Vec<Range<usize>> = s
            .split_commas(s.clause_start(verb)..verb)
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect();
        let noun_phrase = |r: &Range<usize>| {
            r.len() <= 12
                && r.clone().all(|k| {
                    !(s.is(k, Class::Finite)
                        || s.is(k, Class::Auxiliary)
                        || s.is(k, Class::Etre)
                        || s.is(k, Class::Que)
                        || s.punct(k).is_some_and(|c| "«»“”\"„".contains(c))
                        || self.starts.contains(&k))
                })
        };
        // "coalition politico-militaire dont fait partie le M23": a noun and its relative clause.
        let noun_and_relative = |r: &Range<usize>| {
            r.clone()
                .skip(1)
                .any(|k| s.is(k, Class::Relative) && !s.quoted(k))
                && r.clone().all(|k| {
                    !(s.punct(k).is_some_and(|c| "«»“”\"„".contains(c)) || self.starts.contains(&k))
                })
        };
        let apposition = |r: &Range<usize>| {
            let first = r.clone().find(|&k| s.punct(k).is_none()).unwrap_or(r.start);
            s.is(first, Class::Relative)
                || s.cue_at(first, &[CueKind::Via]).is_some()
                || noun_phrase(r)
                || noun_and_relative(r)
        };
        let has_relative = |r: &Range<usize>| r.clone().any(|k| s.is(k, Class::Relative));
        parts.len() >= 2
            && noun_phrase(&parts[0])
            && parts[1..].iter().all(apposition)
            && (!relative || parts[1..].iter().any(has_relative))
    }

    /// "« … », a déclaré X", "…, a indiqué le Kremlin", "« … », a-t-il précisé".
    fn inverted(&mut self, cue: &VerbCue, confidence: f64) -> bool {
        let s = self.s;
        let (who, speaker_end) = match &cue.pronoun {
            Some(r) => (Who::Pronoun(r.clone()), cue.end),
            None => match s.speaker_after(cue.end, Place::Inverted) {
                Some(found) => found,
                None => return false,
            },
        };
        // A present tense after a comma is often no verb at all ("…, note la presse"); it
        // must name someone.
        if matches!(cue.form, Form::Present | Form::Simple)
            && cue.pronoun.is_none()
            && !self.has_name(&who)
        {
            return false;
        }
        let content = s.trim(s.clause_start(cue.first)..cue.first);
        if !s.has_word(content.clone()) {
            return false;
        }
        let cue_bytes = s.bytes(cue.first..cue.end);
        let quotes = self.quotes_in(content.clone());
        let quoted_words: usize = quotes
            .iter()
            .map(|&q| {
                let quote = s.quotes.list[q];
                s.word_count(quote.open + 1..quote.close)
            })
            .sum();
        // "… des négociations.« On ne peut pas … », a-t-il lancé": a quotation that opens a
        // new sentence the text ran into the one before is all the attribution covers.
        let run_on = quotes.last().copied().filter(|&q| {
            let quote = s.quotes.list[q];
            quote.open > content.start
                && s.punct(quote.open - 1) == Some('.')
                && (quote.close + 1..cue.first).all(|k| s.punct(k) == Some(','))
        });
        if let Some(q) = run_on {
            self.quote(&who, q, cue_bytes.clone(), confidence);
        } else if !quotes.is_empty() && quoted_words * 2 >= s.word_count(content.clone()) {
            // Mostly quotation: one speech per quotation. Mostly prose: one reported speech.
            for q in quotes {
                self.quote(&who, q, cue_bytes.clone(), confidence);
            }
        } else {
            self.reported(
                &who,
                content.clone(),
                cue_bytes.clone(),
                confidence * 0.9,
                true,
            );
        }
        self.covered.push(content.start..speaker_end);
        // Quotations after the speaker, before any other cue, are the same speaker's words:
        // "a déclaré X après une réunion « franche »".
        let next = self
            .starts
            .iter()
            .copied()
            .find(|&k| k >= speaker_end)
            .unwrap_or(s.len());
        let end = s.content_end(speaker_end, Until::Clause).min(next);
        let right_after = s.next(if s.punct(speaker_end) == Some(',') {
            speaker_end + 1
        } else {
            speaker_end
        });
        for q in self.quotes_in(speaker_end..end) {
            // "« … », a-t-il dit, « … »": a quotation that resumes right after the
            // attribution is as sure as the first one.
            let sure = s.quotes.list[q].open == right_after;
            self.quote(
                &who,
                q,
                cue_bytes.clone(),
                if sure { confidence } else { WEAK },
            );
        }
        self.last = Some(who);
        true
    }

    /// A gerund reports for the speaker of the verb before it, else for the subject of the
    /// sentence: "Le général Kellogg aurait repoussé, soulignant que …".
    fn gerund(&mut self, cue: &VerbCue, confidence: f64) {
        let s = self.s;
        let Some(complement) = s.complement(cue, &self.starts) else {
            return;
        };
        let who = match self.last.clone() {
            Some(who) => who,
            None => {
                let start = s.clause_start(cue.first);
                let verb = (start..cue.first).find(|&k| {
                    !s.quoted(k)
                        && (s.is(k, Class::Auxiliary)
                            || s.is(k, Class::Etre)
                            || s.is(k, Class::Finite)
                            || s.is(k, Class::Reflexive))
                });
                match verb.and_then(|k| s.subject_before(k)) {
                    Some(who) => who,
                    None => return,
                }
            }
        };
        self.complement(&who, cue, complement, confidence);
    }

    /// Content ends before a comma that opens another speaker's clause: "X a annoncé …, et
    /// le Kremlin a confirmé …", "…, a ajouté Y". A comma before "que" ("…, et que …") goes
    /// on reporting the same speaker.
    fn before_next_clause(&self, start: usize, end: usize) -> usize {
        let s = self.s;
        let Some(&next) = self.verbs.iter().find(|&&k| k > start && k < end) else {
            return end;
        };
        // "… et a dit espérer …": the second verb of the same speaker starts its own speech.
        if let Some(k) = s
            .prev(next)
            .filter(|&k| k > start && matches!(s.w(k), "et" | "puis"))
        {
            return k;
        }
        let comma = (start..next)
            .rev()
            .find(|&k| s.punct(k) == Some(',') && !s.quoted(k));
        let Some(comma) = comma else { return end };
        let after = s.next(comma + 1);
        let goes_on = s.is(after, Class::Que)
            || (s.is(after, Class::Subordinator) && s.is(after + 1, Class::Que));
        if goes_on {
            end
        } else {
            comma
        }
    }

    fn complement(&mut self, who: &Who, cue: &VerbCue, complement: Complement, confidence: f64) {
        let s = self.s;
        let cue_bytes = s.bytes(cue.first..cue.end);
        self.covered.push(cue.first..cue.end);
        match complement {
            Complement::Que(start) => {
                let end = self.before_next_clause(start, s.content_end(start, Until::Clause));
                for part in self.que_clauses(start..end) {
                    self.reported(who, part, cue_bytes.clone(), confidence, false);
                }
            }
            Complement::Quotes(from) => {
                let end = s.content_end(from, Until::Clause);
                // "a demandé « des résultats rapides »": the quotation is the object of a verb
                // that takes one, a deed in words as much as an object without quotes.
                let takes_object = s
                    .lex
                    .verbs
                    .get(cue.verb)
                    .is_some_and(|v| v.complements.object || v.complements.object_to);
                if takes_object && s.punct(from.saturating_sub(1)) != Some(':') {
                    self.objects.push(s.bytes(s.trim(from..end)));
                }
                // "a dénoncé « … » et promis une opposition « résolue »": after the first
                // quotation, a word or two in quotation marks qualifies what follows the verb;
                // it is no statement of its own.
                for (n, q) in self.quotes_in(from..end).into_iter().enumerate() {
                    let quote = s.quotes.list[q];
                    if n > 0 && s.word_count(quote.open + 1..quote.close) < OWN_QUOTE_WORDS {
                        self.used[q] = true;
                        continue;
                    }
                    self.quote(who, q, cue_bytes.clone(), confidence);
                }
            }
            Complement::Object(start, up_to_quote) => {
                let mut end = self.before_next_clause(start, s.content_end(start, Until::Object));
                if up_to_quote {
                    match self.quotes_in(start..end).last() {
                        Some(&q) => end = s.quotes.list[q].close + 1,
                        None => return,
                    }
                }
                // "a confirmé l'accord", "a réclamé des élections": an object alone says
                // nothing; what was said is the verb and its object. A verb in the present
                // ("Witkoff rapporte des progrès") is mostly a headline's, whose object the
                // article says again.
                // A reflexive verb ("s'est dit prêt à …") says nothing more than its
                // attribute.
                let reflexive = (cue.first..cue.end).any(|k| s.is(k, Class::Reflexive));
                let start = match cue.form {
                    Form::Participle | Form::Gerund if !reflexive => self.verb_word(cue).min(start),
                    _ => start,
                };
                self.objects.push(s.bytes(s.trim(start..end)));
                self.reported(who, start..end, cue_bytes, confidence * 0.9, false);
            }
            Complement::Infinitive(start) => {
                let end = self.before_next_clause(start, s.content_end(start, Until::Clause));
                self.objects.push(s.bytes(s.trim(start..end)));
                self.reported(who, start..end, cue_bytes, confidence * 0.85, true);
            }
        }
        self.last = Some(who.clone());
    }

    /// The first word of the verb itself in a cue: past the auxiliary, a reflexive pronoun,
    /// the "en" of a gerund and the words that may stand between them ("a de son côté
    /// évoqué", "tout en appelant").
    fn verb_word(&self, cue: &VerbCue) -> usize {
        let s = self.s;
        let mut k = cue.first;
        while k + 1 < cue.end {
            let skip = s.skip_len(k);
            if skip > 0 {
                k += skip;
            } else if s.is(k, Class::Auxiliary)
                || s.is(k, Class::Etre)
                || s.is(k, Class::Reflexive)
                || s.is(k, Class::Negation)
                || s.punct(k).is_some()
                || matches!(s.w(k), "en" | "tout")
            {
                k += 1;
            } else {
                break;
            }
        }
        k.min(cue.end.saturating_sub(1))
    }

    /// "Selon X, …", "…, selon X", "D'après X, …", "…, comme le rapporte X".
    fn sources(&mut self) {
        let s = self.s;
        for i in 0..s.len() {
            if self.is_covered(i) {
                continue;
            }
            let Some(cue) = s.cue_at(i, &[CueKind::Source, CueKind::Lead, CueKind::Relay]) else {
                continue;
            };
            let after = i + cue.words.len();
            let cue_bytes = s.bytes(i..after);
            let start = s.clause_start(i);
            let (who, content) = if cue.kind == CueKind::Lead {
                // "Pour Orban, content.": only at the head of the sentence, a name, a comma.
                if !s.strip(0..i).is_empty() {
                    continue;
                }
                let Some((who, speaker_end)) = s.speaker_after(after, Place::Selon) else {
                    continue;
                };
                let comma = s.next(speaker_end);
                if !self.has_name(&who) || s.punct(comma) != Some(',') {
                    continue;
                }
                (who, comma + 1..s.content_end(comma + 1, Until::Clause))
            } else if cue.kind == CueKind::Source {
                let Some((who, speaker_end)) = s.speaker_after(after, Place::Selon) else {
                    continue;
                };
                let after_comma = s.next(speaker_end);
                let after_comma = if s.punct(after_comma) == Some(',') {
                    Some(s.next(after_comma + 1))
                } else {
                    None
                };
                let content = if s.strip(start..i).is_empty() {
                    // "Selon X, content."; "Selon l'ambassade du Japon à Tokyo, content.": a
                    // complement the speaker phrase left out is part of the source's name.
                    let c = match after_comma {
                        Some(c) => c,
                        None => self.past_source_complement(speaker_end),
                    };
                    c..s.content_end(c, Until::Clause)
                } else if s.tail_is_empty(speaker_end) {
                    // "Content, selon X."
                    start..i
                } else if let Some(q) = after_comma
                    .and_then(|c| s.opens(c))
                    .map(|q| s.quotes.list[q])
                {
                    // "… pour, selon la présidence, « définir les priorités »": the words
                    // the source is quoted in, not the narrative around them.
                    q.open..q.close + 1
                } else {
                    // "Content, selon X, content.": the whole clause.
                    start..s.content_end(speaker_end, Until::Clause)
                };
                (who, content)
            } else {
                let Some((who, _)) = s.speaker_after(after, Place::Inverted) else {
                    continue;
                };
                (who, start..i)
            };
            let content = s.trim(content);
            // "Selon un responsable cité par Reuters, le président a demandé aux Européens de
            // cesser …": a named source at the head of the sentence reports what someone did
            // in words (an object, an infinitive); a statement of its own ("Selon le Kremlin,
            // Poutine a déclaré que …") stays its speaker's.
            let bytes = s.bytes(content.clone());
            let inside = |f: &Found| bytes.start <= f.content.start && f.content.end <= bytes.end;
            let reports_deeds = cue.kind == CueKind::Source
                && s.strip(0..i).is_empty()
                && self.has_name(&who)
                && !matches!(who, Who::Pronoun(_))
                && self.out.iter().any(&inside)
                && self.out.iter().filter(|f| inside(f)).all(|f| {
                    self.objects
                        .iter()
                        .any(|o| o.start <= f.content.start && f.content.end <= o.end)
                });
            if reports_deeds {
                self.out.retain(|f| !inside(f));
            } else if self.overlaps(&content)
                || self
                    .starts
                    .iter()
                    .any(|k| content.contains(k) && *k != i && !self.verbs.contains(k))
                || self
                    .out
                    .iter()
                    .any(|f| bytes.start <= f.cue.start && f.cue.end <= bytes.end)
            {
                // Content that overlaps another attribution: the cue names the channel of
                // someone else's words ("X a déclaré que …, selon les médias"), not a speaker.
                // A speech verb that attributed nothing ("les deux hommes ont évoqué …, selon
                // la présidence") is part of what the source said.
                continue;
            }
            let mut confidence = cue.confidence;
            if !self.has_name(&who) {
                // "selon des sources", "selon les médias", "selon l'issue des négociations".
                confidence *= 0.6;
            }
            self.covered.push(i..after);
            self.reported(&who, content, cue_bytes, confidence, true);
        }
    }

    /// Where the content of "Selon X …, content" starts when no comma follows the speaker
    /// phrase: past a comma a few words on ("Selon la Commission électorale nationale
    /// indépendante (INEC), …"), when no verb stands before it; else right after the phrase.
    fn past_source_complement(&self, speaker_end: usize) -> usize {
        const NAME_WORDS: usize = 8;
        let s = self.s;
        let end = (speaker_end + NAME_WORDS).min(s.len());
        let comma = (speaker_end..end)
            .take_while(|&k| {
                !s.quoted(k)
                    && !s.clause_mark(k)
                    && s.opens(k).is_none()
                    && !s.is(k, Class::Auxiliary)
                    && !s.is(k, Class::Etre)
                    && !s.is(k, Class::Finite)
                    && !s.is(k, Class::Relative)
                    && !s.is(k, Class::Que)
            })
            .find(|&k| s.punct(k) == Some(','));
        match comma {
            Some(k) => s.next(k + 1),
            None => s.next(speaker_end),
        }
    }

    /// A quotation after a colon that no verb claimed, given to the subject of the clause
    /// before the colon: "Rubio s'est montré prudent : « … »".
    fn colon_quotes(&mut self) {
        let s = self.s;
        for k in 0..s.len() {
            if s.quoted(k) || s.punct(k) != Some(':') || self.is_covered(k) {
                continue;
            }
            let Some(q) = s.opens(s.next(k + 1)) else {
                continue;
            };
            if self.used.get(q).copied().unwrap_or(true) {
                continue;
            }
            let start = s.clause_start(k);
            let verb = (start..k).find(|&f| {
                !s.quoted(f)
                    && (s.is(f, Class::Auxiliary)
                        || s.is(f, Class::Etre)
                        || s.is(f, Class::Finite)
                        || s.is(f, Class::Reflexive))
            });
            let (who, cue, confidence) = match verb {
                Some(f) => {
                    let Some(who) = s.subject_before(f) else {
                        continue;
                    };
                    let mut e = f + 1;
                    if s.is(f, Class::Reflexive) {
                        e += 1;
                    }
                    (who, s.bytes(f..(e + 1).min(k)), WEAK)
                }
                // A headline: "Witkoff : « … »".
                None if s.word_count(start..k) <= 6 => {
                    let Some(who) = s.phrase_of(start..k, Place::Subject) else {
                        continue;
                    };
                    (who, s.bytes(k..k + 1), WEAK * 0.8)
                }
                None => continue,
            };
            if !self.has_name(&who) {
                continue;
            }
            let end = s.content_end(k + 1, Until::Clause);
            for q in self.quotes_in(k + 1..end) {
                self.quote(&who, q, cue.clone(), confidence);
            }
        }
    }
}
