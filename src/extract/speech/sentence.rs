//! One tokenised sentence and the small questions every rule asks about its tokens.

use std::ops::Range;

use super::lexicon::{Class, CueKind, Form, Lexicon};
use super::tokens::{pair_quotes, view, Quotes, Token};
use crate::extract::tokens::Token as SharedToken;

/// A real sentence has a few hundred tokens at most; past this, the rest is ignored so that
/// a pathological input (a whole book without a period) cannot make the scans quadratic.
const MAX_TOKENS: usize = 1500;

/// How far back (in tokens) a clause may start before its verb.
const MAX_CLAUSE: usize = 80;

/// A sentence, its tokens and its quotations.
pub(super) struct Sentence<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub toks: Vec<Token<'a>>,
    pub quotes: Quotes,
}

impl<'a> Sentence<'a> {
    /// The sentence `text`, whose tokens ([`crate::extract::tokens::tokenize`]) are given,
    /// with byte ranges in the body; `text` starts at `offset` in the body.
    pub fn new(text: &'a str, offset: usize, tokens: &'a [SharedToken], lex: &'a Lexicon) -> Self {
        let mut toks = view(text, offset, tokens);
        toks.truncate(MAX_TOKENS);
        let quotes = pair_quotes(&toks);
        Sentence {
            text,
            lex,
            toks,
            quotes,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-case word at `i`, or "" for punctuation and past the end.
    pub fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .filter(|t| t.word)
            .map_or("", |t| t.lower.as_ref())
    }

    pub fn is(&self, i: usize, class: Class) -> bool {
        let w = self.w(i);
        !w.is_empty() && self.lex.is(w, class)
    }

    /// Whether the word at `i` is an elided article or preposition ("l'", "d'").
    pub fn elided(&self, i: usize) -> bool {
        self.w(i)
            .strip_suffix('\'')
            .is_some_and(crate::extract::tokens::is_elision)
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i).and_then(Token::punct)
    }

    /// Whether token `i` stands inside a paired quotation.
    pub fn quoted(&self, i: usize) -> bool {
        self.quotes.inside.get(i).is_some_and(Option::is_some)
    }

    pub fn stray(&self, i: usize) -> bool {
        self.quotes.stray.get(i).copied().unwrap_or(false)
    }

    /// The quotation that token `i` opens.
    pub fn opens(&self, i: usize) -> Option<usize> {
        self.quotes.list.iter().position(|q| q.open == i)
    }

    /// The quotation that token `i` closes.
    pub fn closes(&self, i: usize) -> Option<usize> {
        self.quotes.list.iter().position(|q| q.close == i)
    }

    /// Whether the words of a table phrase stand at `i`.
    pub fn matches(&self, i: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, word)| {
            self.toks
                .get(i + k)
                .is_some_and(|t| t.word && t.lower == word.as_str())
                && self.quoted(i + k) == self.quoted(i)
        })
    }

    /// The byte range of a token range (empty ranges give an empty byte range).
    pub fn bytes(&self, r: Range<usize>) -> Range<usize> {
        let start = self
            .toks
            .get(r.start)
            .map_or(self.text.len(), |t| t.range.start);
        if r.end <= r.start {
            return start..start;
        }
        let end = self
            .toks
            .get(r.end - 1)
            .map_or(self.text.len(), |t| t.range.end);
        start..end.max(start)
    }

    fn is_number(&self, i: usize) -> bool {
        let w = self.w(i);
        !w.is_empty() && w.chars().next().is_some_and(|c| c.is_ascii_digit()) && w.len() <= 4
    }

    /// The length of a skippable word or phrase at `i` (an adverb, a time expression, an
    /// addressee such as "aux journalistes"), or 0.
    pub fn skip_len(&self, i: usize) -> usize {
        // ", de son côté,", ", elle,": a filler or a stressed pronoun between commas.
        if self.punct(i) == Some(',') && !self.quoted(i) {
            let inner = if self.is(i + 1, Class::Stressed) {
                1
            } else {
                self.skip_len(i + 1)
            };
            return if inner > 0 && self.punct(i + 1 + inner) == Some(',') {
                inner + 2
            } else {
                0
            };
        }
        let w = self.w(i);
        if w.is_empty() || self.quoted(i) {
            return 0;
        }
        if let Some(p) = self.lex.skips(w).iter().find(|p| self.matches(i, p)) {
            return p.len();
        }
        // "ce 3 mai", "le 22 mars", "3 mai": a number is a date in these places.
        if matches!(w, "ce" | "le" | "cette" | "du") && self.is_number(i + 1) {
            return 2;
        }
        if self.is_number(i) && self.lex.skips(self.w(i + 1)).iter().any(|p| p.len() == 1) {
            return 1;
        }
        0
    }

    /// The first token at or after `i` that is not skippable.
    pub fn skip_fillers(&self, mut i: usize) -> usize {
        loop {
            let n = self.skip_len(i);
            if n == 0 {
                return i;
            }
            i += n;
        }
    }

    /// The previous token before `i` that is not a stray quotation mark.
    pub fn prev(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&k| !self.stray(k))
    }

    /// The next token at or after `i` that is not a stray quotation mark.
    pub fn next(&self, i: usize) -> usize {
        (i..self.len())
            .find(|&k| !self.stray(k))
            .unwrap_or(self.len())
    }

    /// Whether a punctuation mark ends a clause within the sentence.
    pub fn clause_mark(&self, i: usize) -> bool {
        !self.quoted(i) && matches!(self.punct(i), Some(':' | ';'))
    }

    /// The first token of the clause that holds token `i`: after the last colon or semicolon
    /// outside quotations, at most [`MAX_CLAUSE`] tokens back.
    pub fn clause_start(&self, i: usize) -> usize {
        let floor = i.saturating_sub(MAX_CLAUSE);
        (floor..i)
            .rev()
            .find(|&k| self.clause_mark(k))
            .map_or(floor, |k| k + 1)
    }

    /// A cue of `cues.tsv` of the given kinds at `i`.
    pub fn cue_at(&self, i: usize, kinds: &[CueKind]) -> Option<&'a super::lexicon::Cue> {
        if self.quoted(i) {
            return None;
        }
        let lex: &'a Lexicon = self.lex;
        lex.cues(self.w(i))
            .iter()
            .find(|c| kinds.contains(&c.kind) && self.matches(i, &c.words))
    }

    /// A gerund speech cue at `i`, "en" and "tout en" included: "soulignant", "en dénonçant".
    pub fn gerund_at(&self, i: usize) -> bool {
        let mut k = i;
        if self.w(k) == "tout" && self.w(k + 1) == "en" {
            k += 2;
        } else if self.w(k) == "en" {
            k += 1;
        }
        self.lex
            .forms(self.w(k))
            .iter()
            .any(|f| f.form == Form::Gerund && self.matches(k, &f.words))
    }

    /// Whether nothing but adverbs and punctuation follows token `k` in its clause.
    pub fn tail_is_empty(&self, k: usize) -> bool {
        let k = self.skip_fillers(self.next(k));
        k >= self.len() || matches!(self.punct(k), Some('.' | '!' | '?' | ';' | ':' | ')'))
    }

    /// Token range without the punctuation, stray marks and spaces at its edges.
    pub fn trim(&self, mut r: Range<usize>) -> Range<usize> {
        let edge = |k: usize| {
            self.stray(k) || matches!(self.punct(k), Some(',' | ';' | ':' | '.' | '-' | '–' | '—'))
        };
        while r.start < r.end && edge(r.start) {
            r.start += 1;
        }
        while r.end > r.start && edge(r.end - 1) {
            r.end -= 1;
        }
        r
    }

    /// Whether a token range holds at least one word.
    pub fn has_word(&self, r: Range<usize>) -> bool {
        r.clone().any(|k| self.toks.get(k).is_some_and(|t| t.word))
    }

    /// Number of words in a token range.
    pub fn word_count(&self, r: Range<usize>) -> usize {
        r.filter(|&k| self.toks.get(k).is_some_and(|t| t.word))
            .count()
    }

    /// Splits a token range at the commas outside quotations and brackets. A comma at the
    /// very end leaves an empty last part, which tells that a comma stands before the verb.
    pub fn split_commas(&self, r: Range<usize>) -> Vec<Range<usize>> {
        let mut parts = Vec::new();
        let mut start = r.start;
        let mut depth = 0usize;
        for k in r.clone() {
            match self.punct(k) {
                Some('(' | '[') => depth += 1,
                Some(')' | ']') => depth = depth.saturating_sub(1),
                Some(',') if depth == 0 && !self.quoted(k) => {
                    parts.push(start..k);
                    start = k + 1;
                }
                _ => {}
            }
        }
        // Stray quotation marks between the last comma and the verb do not count.
        let rest = (start..r.end).filter(|&k| !self.stray(k)).count();
        parts.push(if rest == 0 {
            r.end..r.end
        } else {
            start..r.end
        });
        parts
    }
}
