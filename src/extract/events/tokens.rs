//! One sentence as words with byte ranges, the names in it, and the questions the readers
//! ask about them: which clause a word is in, what governs a name, whether a form stands at
//! a place.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use super::lexicon::{key, Class, Pos, Trigger, WordClasses, LEXICON};
use super::Context;
use chrono::NaiveDate;

use crate::extract::dates::{
    find_dates, find_durations, tense, DateMention, DurationMention, Tense,
};
use crate::extract::speech::Speech;
use crate::extract::tokens::Token as SharedToken;
use crate::reference::EntityClass;

#[derive(Debug, Clone)]
pub(super) struct Token {
    /// The word's key, or the punctuation character.
    pub key: String,
    /// Byte range in the body.
    pub range: Range<usize>,
    pub word: bool,
    pub upper: bool,
    /// The classes of `grammar.tsv` the word belongs to, and those whose multi-word forms it
    /// starts and ends (see [`super::lexicon::Lexicon::classes`]); none for punctuation.
    classes: WordClasses,
}

impl Token {
    pub fn is(&self, class: Class) -> bool {
        self.classes.is & class.bit() != 0
    }

    /// Whether a multi-word form of a class may start at this token.
    fn opens(&self, class: Class) -> bool {
        self.classes.opens & class.bit() != 0
    }

    /// Whether a multi-word form of a class may end at this token.
    fn closes(&self, class: Class) -> bool {
        self.classes.closes & class.bit() != 0
    }

    pub fn punct(&self, chars: &[char]) -> bool {
        !self.word && self.key.chars().next().is_some_and(|c| chars.contains(&c))
    }
}

/// A trigger found in a sentence.
pub(super) struct Hit<'l> {
    pub trigger: &'l Trigger,
    /// Token range.
    pub tokens: Range<usize>,
    pub pos: Pos,
}

/// A name of the reference data in the sentence.
#[derive(Debug, Clone)]
pub(super) struct Name {
    pub entity: usize,
    pub class: EntityClass,
    /// Token range.
    pub tokens: Range<usize>,
}

/// The events view of a sentence's tokens ([`crate::extract::tokens::tokenize`]): a compound
/// word is read as its parts ("tête-à-tête" → "tête" "à" "tête", "l'" → "l"), so that a
/// table form matches however the text joins its words, and apostrophes are dropped.
pub(super) fn view(body: &str, shared: &[SharedToken]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(shared.len() + shared.len() / 8);
    for t in shared {
        let text = &body[t.range.clone()];
        if !t.word {
            if !text.starts_with(crate::extract::tokens::is_apostrophe) {
                tokens.push(Token {
                    key: text.to_owned(),
                    range: t.range.clone(),
                    word: false,
                    upper: false,
                    classes: WordClasses::default(),
                });
            }
            continue;
        }
        // Most words are one part: their key is a form the shared token already holds.
        let whole = text.chars().all(char::is_alphanumeric);
        let mut part = |from: usize, to: usize| {
            let word = &text[from..to];
            let key = if !whole {
                key(word)
            } else if word.chars().nth(3).is_none() {
                t.lower.clone()
            } else {
                t.folded.clone()
            };
            let classes = LEXICON.classes(&key);
            tokens.push(Token {
                key,
                range: t.range.start + from..t.range.start + to,
                word: true,
                upper: word.chars().next().is_some_and(char::is_uppercase),
                classes,
            });
        };
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if let Some(from) = start.take() {
                part(from, i);
            }
        }
        if let Some(from) = start {
            part(from, text.len());
        }
    }
    tokens
}

/// What stands before a name: the preposition that governs it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Gov {
    /// Nothing: a subject or a direct object.
    Bare,
    /// A preposition (its key and token index).
    Prep(String, usize),
}

/// A sentence ready for reading.
pub(super) struct Sentence<'a> {
    /// The document's body, which `range` indexes.
    pub body: &'a str,
    pub text: &'a str,
    pub range: Range<usize>,
    /// What the sentence reports as speech.
    pub speech: &'a [Speech],
    pub tokens: Vec<Token>,
    pub names: Vec<Name>,
    /// For each token, the name it belongs to.
    pub name_at: Vec<Option<usize>>,
    /// For each token, the index of its clause.
    pub clause: Vec<usize>,
    /// Token ranges of the clauses.
    pub clauses: Vec<Range<usize>>,
    /// Token ranges of phrases about another time ("après celles de février").
    pub excursions: Vec<Range<usize>>,
    /// Those of them that are an infinitive sharing the clause's subject ("avant de participer
    /// à une visioconférence"): their own dates and places, but the clause's people.
    pub infinitives: Vec<Range<usize>>,
    /// Token ranges of relative clauses between commas (", qui conseille Poutine,").
    pub relatives: Vec<Range<usize>>,
    /// Token ranges of asides in parentheses ("(RDC)", "(AFP)"), brackets included.
    pub asides: Vec<Range<usize>>,
    /// The lengths of time the sentence gives, read when a trigger first asks.
    durations: OnceCell<Vec<DurationMention>>,
    /// The tense of each clause, and the dates of a clause read in a tense, read once.
    tenses: Vec<OnceCell<Tense>>,
    dates: RefCell<Vec<(usize, Tense, Vec<DateMention>)>>,
}

impl<'a> Sentence<'a> {
    pub fn new(
        body: &'a str,
        range: Range<usize>,
        shared: &[SharedToken],
        speech: &'a [Speech],
        context: &Context<'_>,
    ) -> Sentence<'a> {
        let text = &body[range.clone()];
        let tokens = view(body, shared);
        let mut names = Vec::new();
        let mut name_at = vec![None; tokens.len()];
        let first = context
            .mentions
            .partition_point(|m| m.range.start < range.start);
        for mention in context.mentions[first..]
            .iter()
            .take_while(|m| m.range.start < range.end)
        {
            // Tokens follow one another, so those inside the mention are a run.
            let from = tokens.partition_point(|t| t.range.start < mention.range.start);
            let inside: Vec<usize> = (from..tokens.len())
                .take_while(|&i| tokens[i].range.end <= mention.range.end)
                .filter(|&i| tokens[i].word)
                .collect();
            let (Some(&a), Some(&b)) = (inside.first(), inside.last()) else {
                continue;
            };
            if (a..=b).any(|i| name_at[i].is_some()) {
                continue;
            }
            let class = context.entities[mention.entity].class;
            // "le secrétaire au Trésor américain Scott Bessent", where the title is a mention
            // of the same person: one name, from the title on.
            if let Some(last) = names.last_mut().filter(|n: &&mut Name| {
                n.entity == mention.entity
                    && n.tokens.end <= a
                    && a - n.tokens.end <= 2
                    && tokens[n.tokens.end..a].iter().all(|t| t.word)
            }) {
                let index = name_at[last.tokens.start];
                for slot in &mut name_at[last.tokens.end..=b] {
                    *slot = index;
                }
                last.tokens.end = b + 1;
                continue;
            }
            for slot in &mut name_at[a..=b] {
                *slot = Some(names.len());
            }
            names.push(Name {
                entity: mention.entity,
                class,
                tokens: a..b + 1,
            });
        }
        let mut sentence = Sentence {
            body,
            text,
            range,
            speech,
            tokens,
            names,
            name_at,
            clause: Vec::new(),
            clauses: Vec::new(),
            excursions: Vec::new(),
            infinitives: Vec::new(),
            relatives: Vec::new(),
            asides: Vec::new(),
            durations: OnceCell::new(),
            tenses: Vec::new(),
            dates: RefCell::new(Vec::new()),
        };
        sentence.split_clauses();
        sentence.tenses = vec![OnceCell::new(); sentence.clauses.len()];
        sentence.find_excursions();
        sentence.find_relatives();
        sentence.find_asides();
        sentence
    }

    /// The lengths of time the sentence gives ([`find_durations`]).
    pub fn durations(&self) -> &[DurationMention] {
        self.durations
            .get_or_init(|| find_durations(self.text, self.range.start))
    }

    /// The text of clause `c`.
    fn clause_text(&self, c: usize) -> &'a str {
        let range = &self.clauses[c];
        if range.is_empty() {
            return "";
        }
        let start = self.tokens[range.start].range.start - self.range.start;
        let end = self.tokens[range.end - 1].range.end - self.range.start;
        &self.text[start..end]
    }

    /// The tense of clause `c` ([`tense`]).
    pub fn clause_tense(&self, c: usize) -> Tense {
        *self.tenses[c].get_or_init(|| tense(self.clause_text(c)))
    }

    /// The dates of clause `c` read in a tense ([`find_dates`]).
    pub fn clause_dates(
        &self,
        c: usize,
        tense: Tense,
        anchor: Option<NaiveDate>,
    ) -> Vec<DateMention> {
        let read = self.dates.borrow();
        if let Some((_, _, dates)) = read.iter().find(|(k, t, _)| *k == c && *t == tense) {
            return dates.clone();
        }
        drop(read);
        let offset = self.tokens[self.clauses[c].start].range.start;
        let dates = find_dates(self.clause_text(c), offset, anchor, tense);
        self.dates.borrow_mut().push((c, tense, dates.clone()));
        dates
    }

    /// Token `i` as written, in lower case with its accents (a key drops the accents of long
    /// words: the key of "rencontré" is "rencontre").
    pub fn written(&self, i: usize) -> String {
        let r = &self.tokens[i].range;
        self.text[r.start - self.range.start..r.end - self.range.start].to_lowercase()
    }

    /// The end (exclusive) of a form that starts at token `i`, words only.
    pub fn form_at(&self, i: usize, form: &[String]) -> Option<usize> {
        let mut j = i;
        for word in form {
            let t = self.tokens.get(j)?;
            if !t.word || &t.key != word {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The start of a form that ends right before token `end`.
    pub fn form_before(&self, end: usize, form: &[String]) -> Option<usize> {
        let start = end.checked_sub(form.len())?;
        self.form_at(start, form)
            .filter(|&e| e == end)
            .map(|_| start)
    }

    /// The longest form of a class starting at `i`.
    pub fn class_at(&self, i: usize, class: Class) -> Option<usize> {
        let token = self.tokens.get(i)?;
        let longer = || {
            LEXICON
                .phrases_from(class, &token.key)
                .filter_map(|f| self.form_at(i, f))
                .max()
        };
        let longer = if token.opens(class) { longer() } else { None };
        if token.is(class) {
            return Some(longer.unwrap_or(i + 1));
        }
        longer
    }

    /// Whether a form of a class ends right before `end`.
    pub fn class_before(&self, end: usize, class: Class) -> Option<usize> {
        if end > 0 && self.tokens[end - 1].is(class) {
            return Some(end - 1);
        }
        if end == 0 || !self.tokens[end - 1].closes(class) {
            return None;
        }
        LEXICON
            .phrases_to(class, &self.tokens[end - 1].key)
            .filter_map(|f| self.form_before(end, f))
            .min()
    }

    /// Whether a form of a class occurs in a token range.
    pub fn has_class(&self, range: Range<usize>, class: Class) -> bool {
        range
            .clone()
            .any(|i| self.class_at(i, class).is_some_and(|e| e <= range.end))
    }

    pub fn words_between(&self, range: Range<usize>) -> usize {
        self.tokens[range].iter().filter(|t| t.word).count()
    }

    /// Clauses are cut at strong punctuation and at the words that open a clause ("que",
    /// "où", "lorsque"), unless a word before makes them none ("ainsi que"). An aside in
    /// parentheses cuts nothing: the words after it go on with the clause it interrupts ("ont
    /// signé à Washington des accords sur l'est de la RDC (République démocratique du Congo),
    /// en présence de Donald Trump").
    fn split_clauses(&mut self) {
        let mut clause = 0;
        let mut start = 0;
        // A "ne" not yet closed by "pas", "jamais"…: the "que" that closes it restricts ("ne
        // s'étaient parlé qu'au téléphone, le 16 août") and opens no clause. Nor does the "que"
        // of a cleft ("La veille, c'est à Ankara que X a rencontré Y"): the words before it
        // are the clause's own.
        let mut restriction = false;
        for i in 0..self.tokens.len() {
            let t = &self.tokens[i];
            let restricts = restriction && matches!(t.key.as_str(), "que" | "qu");
            let cleft = t.key == "c"
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.key.as_str(), "est" | "etait" | "sera" | "fut"));
            if t.word && (matches!(t.key.as_str(), "ne" | "n") || cleft) {
                restriction = true;
            } else if t.is(Class::Negative) || restricts {
                restriction = false;
            }
            // "…, et il a rencontré Z": a coordinator followed by a subject pronoun opens a
            // clause with a subject of its own.
            let pronoun_next = self.tokens.get(i + 1).is_some_and(|n| {
                n.word && (n.is(Class::SubjectPronoun) || n.is(Class::PluralPronoun))
            });
            let boundary = t.is(Class::Boundary)
                && !(i > 0 && self.tokens[i - 1].is(Class::NotBoundary))
                && !restricts;
            let cut_before = (boundary && !self.inclusion(i) && !self.object_relative(i, start)
                || t.is(Class::Coordinator) && pronoun_next)
                && i > start;
            if cut_before {
                self.clauses.push(start..i);
                clause += 1;
                start = i;
                restriction = false;
            }
            self.clause.push(clause);
            if t.punct(&['.', ';', ':', '!', '?']) && !self.abbreviation(i) {
                self.clauses.push(start..i + 1);
                clause += 1;
                start = i + 1;
                restriction = false;
            }
        }
        if start < self.tokens.len() || self.clauses.is_empty() {
            self.clauses.push(start..self.tokens.len());
        }
    }

    /// Whether a "que" at `i` opens a short relative set off by commas, about the noun before
    /// it ("Les deux hommes, que tout oppose, se sont entretenus"): it opens no clause, so the
    /// verb after it keeps its subject. After a reporting word of its clause ("a précisé,
    /// mercredi, que X, …") it is the "que" of what is reported.
    fn object_relative(&self, i: usize, start: usize) -> bool {
        if i == 0 || !matches!(self.tokens[i].key.as_str(), "que" | "qu") {
            return false;
        }
        if !self.tokens[i - 1].punct(&[',']) {
            return false;
        }
        let Some(end) = (i + 1..self.tokens.len())
            .find(|&j| self.tokens[j].punct(&[',', '.', ';', ':', '!', '?']))
        else {
            return false;
        };
        let words = (i + 1..end).filter(|&j| self.tokens[j].word).count();
        self.tokens[end].punct(&[','])
            && (1..=4).contains(&words)
            && !(i + 1..end).any(|j| self.tokens[j].is(Class::Boundary))
            && !(start..i).any(|j| self.class_at(j, Class::Frame).is_some())
    }

    /// Whether a "dont" at `i`, after a comma, only picks some out of the group before it
    /// ("doit rencontrer les dirigeants des partis, dont le président du PC, X, et Y"): no
    /// verb follows it before the sentence or its clause ends, so it opens no clause and its
    /// names are the group's, objects of the verb before.
    fn inclusion(&self, i: usize) -> bool {
        if self.tokens[i].key != "dont" || i == 0 || !self.tokens[i - 1].punct(&[',']) {
            return false;
        }
        // "X, dit « Prachanda »": a nickname, not a verb.
        let nickname = |j: usize| {
            self.tokens
                .get(j + 1)
                .is_some_and(|n| n.punct(&['«', '"', '“']))
        };
        (i + 1..self.tokens.len())
            .take_while(|&j| {
                let t = &self.tokens[j];
                !t.punct(&['.', ';', ':', '!', '?']) && !t.is(Class::Boundary)
            })
            .all(|j| {
                let t = &self.tokens[j];
                !t.word
                    || !(t.is(Class::Finite) || t.is(Class::SubjectPronoun))
                    || (matches!(t.key.as_str(), "dit" | "dite") && nickname(j))
            })
    }

    /// Whether the token at `i` is the full stop of a civility, an initial or an abbreviation
    /// the sentence splitter reads as one ("MM. X et Y", "Donald J. Trump", "Ferdinand Marcos
    /// Jr. se sont entretenus"), which ends no clause.
    fn abbreviation(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if !t.punct(&['.']) || i == 0 || self.tokens[i - 1].range.end != t.range.start {
            return false;
        }
        let before = &self.tokens[i - 1];
        (before.upper && (before.is(Class::Honorific) || before.key.chars().count() == 1))
            || crate::text::is_abbreviation_word(&self.body[before.range.clone()])
    }

    /// An excursion runs from its opening word to the next comma or the end of the clause.
    /// "avant de", "après avoir" open an infinitive whose subject is the clause's ("X a reçu
    /// Y, avant de participer à une visioconférence"), noted as such.
    fn find_excursions(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            // ", réélue fin octobre lors d'un scrutin contesté, l'a reçu": an apposition's
            // participle after a comma speaks of another time, like "depuis".
            let aside = i > 0 && self.tokens[i - 1].punct(&[',']);
            let Some(end) = self
                .class_at(i, Class::Excursion)
                .or_else(|| aside.then(|| self.class_at(i, Class::Aside)).flatten())
            else {
                i += 1;
                continue;
            };
            // "la veille de la visite" is about another time; "s'était entretenu la veille
            // avec X" only dates the verb: inside a clause, a marker that is a noun with its
            // article speaks of another time through its complement alone.
            let nominal = self.tokens[i].word && self.tokens[i].is(Class::Definite);
            let complement = self
                .tokens
                .get(end)
                .is_some_and(|t| t.word && t.is(Class::Genitive));
            let inside = i > 0 && self.tokens[i - 1].word;
            // "mardi après-midi", "l'avant-veille": a marker that is the first part of a
            // compound word is no preposition.
            let compound = self.body[self.tokens[end - 1].range.end..].starts_with('-')
                && self.tokens.get(end).is_some_and(|t| t.word);
            if (nominal && !complement && inside) || compound {
                i = end;
                continue;
            }
            let infinitive = end == i + 1 && self.infinitive_after(end);
            let clause_end = self.clauses[self.clause[i]].end;
            let stop = (end..clause_end)
                .find(|&j| self.tokens[j].punct(&[',', '–', '—']))
                .unwrap_or(clause_end);
            // "Le cessez-le-feu en vigueur depuis vendredi découle de l'accord conclu …": a
            // date right after the opening word ends the phrase when the sentence goes on
            // without a comma.
            let stop = if infinitive {
                stop
            } else {
                self.date_right_after(end, stop).unwrap_or(stop)
            };
            if infinitive {
                self.infinitives.push(i..stop);
            }
            self.excursions.push(i..stop);
            i = stop.max(i + 1);
        }
    }

    /// The token after a date that starts at token `at` and ends before `stop` with a word
    /// after it ("depuis vendredi découle"), if there is one. Only the span of the date
    /// matters, not its day: any anchor reads it.
    fn date_right_after(&self, at: usize, stop: usize) -> Option<usize> {
        let first = self.tokens.get(at).filter(|t| t.word)?;
        let last = self.tokens.get(stop.checked_sub(1)?)?;
        let from = first.range.start - self.range.start;
        let text = self.text.get(from..last.range.end - self.range.start)?;
        let any = NaiveDate::from_ymd_opt(2000, 1, 1);
        let date = find_dates(text, first.range.start, any, Tense::Past)
            .into_iter()
            .next()
            .filter(|d| d.range.start == first.range.start)?;
        let after = (at..stop).find(|&j| self.tokens[j].range.start >= date.range.end)?;
        self.tokens[after].word.then_some(after)
    }

    /// ", qui … ," and ", dont … ,": a relative clause set off by commas.
    fn find_relatives(&mut self) {
        for i in 1..self.tokens.len() {
            let opens = self.tokens[i].word
                && (matches!(self.tokens[i].key.as_str(), "qui" | "dont")
                    || self.object_relative(i, self.clauses[self.clause[i]].start));
            if !opens || !self.tokens[i - 1].punct(&[',']) || self.inclusion(i) {
                continue;
            }
            let end = (i + 1..self.tokens.len())
                .find(|&j| self.tokens[j].punct(&[',', '.', ';', ':']))
                .unwrap_or(self.tokens.len());
            self.relatives.push(i..end);
        }
    }

    /// Whether an infinitive opens at token `j`: "avoir", "être", or "de" before a verb in
    /// -er, -ir, -re ("avant de participer", "après avoir signé").
    fn infinitive_after(&self, j: usize) -> bool {
        let word = |k: usize| self.tokens.get(k).filter(|t| t.word);
        let Some(t) = word(j) else {
            return false;
        };
        if t.is(Class::InfinitiveMarker) {
            return true;
        }
        let verb = |k: usize| {
            word(k).is_some_and(|v| {
                v.key.chars().count() > 3 && ["er", "ir", "re"].iter().any(|e| v.key.ends_with(e))
            })
        };
        // "avant de se rendre", "avant de les recevoir".
        let next = if word(j + 1)
            .is_some_and(|p| p.is(Class::ObjectPronoun) || p.key == "se" || p.key == "s")
        {
            j + 2
        } else {
            j + 1
        };
        matches!(t.key.as_str(), "de" | "d") && verb(next)
    }

    /// "( … )": an aside, brackets included; one left open runs to the end of the sentence.
    fn find_asides(&mut self) {
        let mut open = None;
        for (i, t) in self.tokens.iter().enumerate() {
            if t.word {
                continue;
            }
            match t.key.as_bytes().first() {
                Some(b'(' | b'[') => {
                    open.get_or_insert(i);
                }
                Some(b')' | b']') => {
                    if let Some(start) = open.take() {
                        self.asides.push(start..i + 1);
                    }
                }
                _ => {}
            }
        }
        if let Some(start) = open {
            self.asides.push(start..self.tokens.len());
        }
    }

    /// Whether something at token `i` may belong to a trigger at tokens `t0..t1`: it is not in
    /// an excursion, aside or relative clause that does not also hold the trigger, unless the
    /// relative clause is about the trigger itself ("la réunion, qui a duré trois heures,").
    pub fn visible(&self, i: usize, t0: usize, t1: usize) -> bool {
        let excursions = self
            .excursions
            .iter()
            .chain(&self.asides)
            .all(|r| !r.contains(&i) || r.contains(&t0));
        let relatives = self
            .relatives
            .iter()
            .all(|r| !r.contains(&i) || r.contains(&t0) || r.start == t1 + 1);
        excursions && relatives
    }

    /// What governs a name: the preposition before it, looking back over title words,
    /// determiners and adjectives ("avec le président Vladimir Poutine" → avec). A name in
    /// apposition after a comma takes the preposition of the phrase it stands beside ("avec
    /// le représentant spécial du président Donald Trump, Stephen Witkoff" → avec); a name
    /// after "et" takes that of the name before it.
    pub fn governor(&self, name: usize) -> Gov {
        self.governor_from(self.names[name].tokens.start, 0)
    }

    /// Whether punctuation, or nothing, follows the name that starts at token `first`: a name
    /// in apposition is closed ("le ministre russe, Sergueï Lavrov, a …"), a subject after a
    /// phrase that opens the sentence is not ("Le même jour, Volodymyr Zelensky a reçu …").
    fn closed(&self, first: usize) -> bool {
        let end = self.name_at[first].map_or(first + 1, |n| self.names[n].tokens.end);
        self.tokens.get(end).is_none_or(|t| !t.word)
    }

    fn governor_from(&self, first: usize, depth: usize) -> Gov {
        let mut apposition = false;
        let mut crossed_name = false;
        let mut crossed_person = false;
        let mut determiner = false;
        let mut steps = 0;
        let mut k = first;
        while k > 0 {
            k -= 1;
            steps += 1;
            if steps > if apposition { 16 } else { 8 } {
                return Gov::Bare;
            }
            let t = &self.tokens[k];
            if !t.word {
                if t.punct(&[',']) && k + 1 == first && !apposition && self.closed(first) {
                    apposition = true;
                    continue;
                }
                // ", le prince Fayçal ben Farhane,", ", cheikh Tamim": an apposition whose own
                // title words stand between the comma and the name.
                if t.punct(&[',']) && !apposition && !crossed_name && self.apposed_title(k, first) {
                    apposition = true;
                    determiner = false;
                    continue;
                }
                // A list: "avec Marco Rubio, l'émissaire Steve Witkoff et Jared Kushner".
                // Not a name its verb follows: "Accompagné de son épouse Y, le chancelier X a
                // dîné …" has X head the sentence.
                let end = self.name_at[first].map_or(first + 1, |n| self.names[n].tokens.end);
                let subject = self.tokens.get(end).is_some_and(|t| t.is(Class::Finite));
                if t.punct(&[',']) && k + 1 < first && depth < 4 && !subject {
                    let person_before = k.checked_sub(1).and_then(|p| self.name_at[p]);
                    if person_before.is_some_and(|n| self.names[n].class == EntityClass::Person) {
                        return self.coordinated(k, depth);
                    }
                }
                if t.punct(&['–', '—', '-']) && k + 1 == first && depth < 4 {
                    return self.coordinated(k, depth);
                }
                if t.punct(&['«', '»', '"', '“', '”']) {
                    continue;
                }
                // The stop of a civility: "entre MM. X et Y", "avec M. X".
                if self.abbreviation(k) {
                    continue;
                }
                return Gov::Bare;
            }
            // "M.", "Mme": a civility is no word of the phrase.
            if t.is(Class::Honorific) {
                continue;
            }
            if let Some(n) = self.name_at[k] {
                if self.names[n].class == EntityClass::Person && !apposition {
                    return Gov::Bare;
                }
                // A name before the determiner of the phrase ends it: "à Genève le ministre
                // …, Andriï Sybiha" is governed by nothing; so does a place after its own
                // preposition ("à Paris Emmanuel Macron").
                let placed = matches!(
                    self.names[n].class,
                    EntityClass::Place | EntityClass::Organization
                ) && self.placed_name(self.names[n].tokens.start);
                // "a reçu, vendredi à Paris, le chancelier X": a person is no apposition to the
                // town of a circumstance, unless the town is a title's field ("l'ambassadeur
                // de France à Washington, X").
                let person =
                    self.name_at[first].is_some_and(|m| self.names[m].class == EntityClass::Person);
                let circumstance = placed
                    && apposition
                    && person
                    && self.names[n].class == EntityClass::Place
                    && !self.title_field(self.names[n].tokens.start - 1);
                if determiner || (placed && !apposition) || circumstance {
                    return Gov::Bare;
                }
                crossed_name = true;
                crossed_person |= self.names[n].class == EntityClass::Person;
                k = self.names[n].tokens.start;
                continue;
            }
            // "a reçu en audience X", "reçu en tête-à-tête par X": a manner phrase is passed
            // whole, its preposition governs no name.
            if let Some(start) = self.class_before(k + 1, Class::InPerson).filter(|&s| s < k) {
                k = start;
                continue;
            }
            // "a reçu dans la soirée le président X": a time of day is a phrase of its own.
            if let Some(start) = self
                .class_before(k + 1, Class::TimeOfDay)
                .filter(|&s| s < k)
            {
                k = start;
                continue;
            }
            // A title with a preposition inside ("chef de la diplomatie", "secrétaire d'État")
            // is passed whole: its preposition governs a word of the title, not the name.
            if let Some(start) = self.class_before(k + 1, Class::Title).filter(|&s| s < k) {
                k = start;
                continue;
            }
            if matches!(t.key.as_str(), "et" | "ou" | "ni") && depth < 4 {
                // "avec le ministre de la Défense et président du CDS-PP, X": a title noun with
                // no determiner after "et" is a second title of the same person, not a second
                // person; the phrase goes on before it. So does "et de" in an apposition, with
                // the field of a title ("le ministre chargé de la Santé et de l'Accès aux
                // soins, X").
                let second_title = k + 1 < first
                    && (self.tokens[k + 1].is(Class::TitleHead)
                        || self.class_at(k + 1, Class::Title).is_some()
                        || (apposition
                            && !crossed_person
                            && self.tokens[k + 1].is(Class::Genitive)
                            && self.in_title(k)));
                if !second_title {
                    return self.coordinated(k, depth);
                }
                // The determiner seen was the second title's, not the phrase's.
                determiner = false;
                continue;
            }
            if t.is(Class::Preposition) {
                // "a rencontré pendant une heure le président X": "pendant" and "durant" govern
                // a length of time, never a person; the name's phrase starts after it.
                // So does "pendant une heure X": words between, whatever their determiner.
                if (determiner || k + 1 < first)
                    && t.is(Class::Circumstance)
                    && !t.is(Class::Genitive)
                {
                    return Gov::Bare;
                }
                // "entouré de son ministre …, X", "aux côtés du président X": a companion
                // phrase governs the whole phrase after it.
                if self.class_before(k + 1, Class::Companion).is_some() {
                    return Gov::Prep(t.key.clone(), k);
                }
                if t.is(Class::Genitive) && (crossed_name || apposition) {
                    continue;
                }
                // "le secrétaire au Trésor X", "le représentant spécial de l'UE pour le
                // dialogue …, X": the preposition joins a title to its field.
                if (crossed_name || apposition || determiner) && self.title_field(k) {
                    continue;
                }
                // ", le ministre chargé de la Santé et de l'Accès aux soins, X": in an
                // apposition, a preposition after a title noun is part of the title.
                if apposition && !crossed_person && self.in_title(k) {
                    determiner = false;
                    continue;
                }
                // "les négociateurs de X": X's team stands for X, who takes the place of the
                // whole phrase; "… de X et de Y": Y takes X's.
                if t.is(Class::Genitive) && !apposition {
                    if self.genitive_head(k).is_some_and(|h| {
                        self.tokens[h].is(Class::DelegationHead)
                            || self.class_before(h + 1, Class::DelegationHead).is_some()
                    }) {
                        crossed_name = true;
                        continue;
                    }
                    let after_and = k
                        .checked_sub(1)
                        .is_some_and(|p| matches!(self.tokens[p].key.as_str(), "et" | "ou"));
                    if after_and && depth < 4 {
                        return self.coordinated(k - 1, depth);
                    }
                }
                // "a reçu au palais présidentiel le président X": the place phrase ends
                // before the name, which the preposition does not govern.
                if t.is(Class::PlacePreposition) && self.venue_after(k, first) {
                    return Gov::Bare;
                }
                return Gov::Prep(t.key.clone(), k);
            }
            if t.is(Class::TitleStop) {
                return Gov::Bare;
            }
            if t.is(Class::Definite) || t.is(Class::Possessive) || t.is(Class::Demonstrative) {
                determiner = true;
            } else if t.upper && k > 0 {
                // Before the determiner, a capitalised word is a name the gazetteer does not
                // know ("à Berlin le Premier ministre X"): the phrase starts after it. After
                // it, it is a word of a title ("des Affaires étrangères", "d'État") that a
                // preposition before it governs.
                if determiner {
                    return Gov::Bare;
                }
                crossed_name = true;
            }
        }
        Gov::Bare
    }

    /// Whether the words between a comma at `comma` and a name at `first` are the lower-case
    /// title of an apposition (", le prince X", ", cheikh X"), the name closed after it.
    /// A title with a preposition inside is passed whole (", le général de division X").
    fn apposed_title(&self, comma: usize, first: usize) -> bool {
        if first <= comma + 1 || first - comma - 1 > 6 {
            return false;
        }
        let mut words = 0;
        let mut j = comma + 1;
        while j < first {
            if let Some(end) = self.class_at(j, Class::Title).filter(|&e| e <= first) {
                words += 1;
                j = end;
                continue;
            }
            let t = &self.tokens[j];
            if !t.word || t.upper || t.is(Class::Preposition) || t.is(Class::Finite) {
                return false;
            }
            words += 1;
            j += 1;
        }
        words <= 4 && self.closed(first)
    }

    /// Whether a title noun stands among the twelve words before token `k`, with no verb,
    /// clause word, name or punctuation between: the words from it to `k` are a title's.
    fn in_title(&self, k: usize) -> bool {
        for j in (k.saturating_sub(12)..k).rev() {
            let t = &self.tokens[j];
            // A name ends the title ("le président X à huis clos dans sa ville natale, Y").
            if (!t.word && !t.punct(&['\'', '’']))
                || t.is(Class::Finite)
                || self.name_at[j].is_some()
            {
                return false;
            }
            if t.is(Class::TitleHead) || self.class_before(j + 1, Class::TitleHead).is_some() {
                return true;
            }
            if t.is(Class::TitleStop) && !t.is(Class::Preposition) {
                return false;
            }
        }
        false
    }

    /// Whether a preposition at `k` joins a title to its field: it is a title preposition and
    /// a title noun stands among the six words before it, with no verb or punctuation between
    /// ("secrétaire au Trésor", "représentant spécial de l'UE pour le dialogue").
    pub fn title_field(&self, k: usize) -> bool {
        let preposition = self.tokens[k].is(Class::TitlePreposition)
            || self.class_before(k + 1, Class::TitlePreposition).is_some();
        if !preposition {
            return false;
        }
        for j in (k.saturating_sub(6)..k).rev() {
            let t = &self.tokens[j];
            if !t.word || t.is(Class::TitleStop) || t.is(Class::Finite) {
                return false;
            }
            if t.is(Class::TitleHead) || self.class_before(j + 1, Class::TitleHead).is_some() {
                return true;
            }
        }
        false
    }

    /// Whether the name that starts at token `start` follows a place preposition, with or
    /// without its article ("à Paris", "à l'Élysée", "à la Maison Blanche").
    fn placed_name(&self, start: usize) -> bool {
        let Some(before) = start.checked_sub(1) else {
            return false;
        };
        if self.tokens[before].is(Class::PlacePreposition) {
            return true;
        }
        self.tokens[before].is(Class::Definite)
            && before
                .checked_sub(1)
                .is_some_and(|p| self.tokens[p].is(Class::PlacePreposition))
    }

    /// Whether the phrase a place preposition at `k` opens names a building ("au palais
    /// présidentiel", "dans la résidence") before token `first`.
    /// So does a place the gazetteer does not know, its capitalised words right before the
    /// name ("a reçu à la Hofburg X"), unless they are a title ("au Président X").
    fn venue_after(&self, k: usize, first: usize) -> bool {
        let words = || {
            (k + 1..first)
                .filter(|&j| self.tokens[j].word)
                .skip_while(|&j| self.tokens[j].is(Class::Definite))
        };
        let person =
            self.name_at[first].is_some_and(|n| self.names[n].class == EntityClass::Person);
        let named = person
            && words().next().is_some()
            && words().all(|j| {
                let t = &self.tokens[j];
                t.upper && !t.is(Class::TitleHead) && !t.is(Class::Honorific)
            })
            && (k + 1..first).all(|j| self.tokens[j].word || self.tokens[j].punct(&['\'', '’']));
        named
            || words()
                .next()
                .is_some_and(|j| self.tokens[j].is(Class::Venue))
    }

    /// The governor of the name before a coordination at token `k`.
    fn coordinated(&self, k: usize, depth: usize) -> Gov {
        let before = (0..k).rev().take(16).find_map(|j| {
            self.name_at[j]
                .filter(|&n| self.names[n].class == EntityClass::Person)
                .map(|n| self.names[n].tokens.start)
        });
        match before {
            Some(first) => self.governor_from(first, depth + 1),
            None => Gov::Bare,
        }
    }

    /// The token of the noun a genitive preposition at `g` hangs from, skipping adjectives.
    pub fn genitive_head(&self, g: usize) -> Option<usize> {
        (0..g).rev().take(3).find(|&j| {
            let t = &self.tokens[j];
            t.word && !t.is(Class::Modifier)
        })
    }
}
