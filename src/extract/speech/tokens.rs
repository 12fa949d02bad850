//! Words, punctuation and quotations of one sentence, with byte ranges.

use crate::lang::WordSet;
use std::borrow::Cow;
use std::ops::Range;

/// A word or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token<'a> {
    pub range: Range<usize>,
    /// The text in lower case, with a straight apostrophe: borrowed from the sentence when it
    /// is written so already, as most words are.
    pub lower: Cow<'a, str>,
    /// Letters or digits, as opposed to one punctuation mark (or symbol, or emoji).
    pub word: bool,
    /// Starts with a capital letter.
    pub cap: bool,
}

impl Token<'_> {
    /// The punctuation mark, if this token is one.
    pub fn punct(&self) -> Option<char> {
        if self.word {
            None
        } else {
            self.lower.chars().next()
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits a sentence into tokens.
///
/// A word is a run of letters and digits, joined by hyphens and apostrophes that stand
/// between two of them ("porte-parole", "a-t-il", "aujourd'hui"). An elided word listed in
/// `elisions` is split off the word it is glued to ("l'agence" → "l'" "agence"), because
/// French glues articles and "que" to the next word. A capital initial keeps its period
/// ("M. Witkoff", "Y. Ouchakov") so that the period does not cut a name in two.
pub(super) fn tokenize<'a>(text: &'a str, elisions: &WordSet<String>) -> Vec<Token<'a>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    // About one token every five bytes of French text: room for most sentences at once.
    let mut out = Vec::with_capacity(text.len() / 4);
    let push_word = |range: Range<usize>, out: &mut Vec<Token<'a>>| {
        let slice = &text[range.clone()];
        let lower = if !slice.is_ascii() {
            Cow::Owned(slice.to_lowercase().replace('\u{2019}', "'"))
        } else if slice.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(slice.to_ascii_lowercase())
        } else {
            Cow::Borrowed(slice)
        };
        let cap = slice.chars().next().is_some_and(char::is_uppercase);
        out.push(Token {
            range,
            lower,
            word: true,
            cap,
        });
    };
    let mut k = 0;
    while k < chars.len() {
        let (b, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let range = b..b + c.len_utf8();
            let lower = if crate::text::lowercase_keeps(c) {
                Cow::Borrowed(&text[range.clone()])
            } else {
                Cow::Owned(c.to_lowercase().collect())
            };
            out.push(Token {
                range,
                lower,
                word: false,
                cap: false,
            });
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while let Some(&(_, c)) = chars.get(end) {
            let joins = (c == '-' || is_apostrophe(c))
                && chars
                    .get(end + 1)
                    .is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || joins {
                end += 1;
            } else {
                break;
            }
        }
        // An elided word at the end, before a space or nothing: "l' agence", or "qu'" in a table.
        if chars.get(end).is_some_and(|&(_, c)| is_apostrophe(c)) {
            let start = (k..end)
                .rev()
                .find(|&j| is_apostrophe(chars[j].1))
                .map_or(k, |j| j + 1);
            let head = text[byte(start)..byte(end + 1)]
                .to_lowercase()
                .replace('\u{2019}', "'");
            if elisions.contains(&head) {
                end += 1;
            }
        }
        let mut piece = k;
        for j in k..end {
            if is_apostrophe(chars[j].1) {
                let head = text[byte(piece)..byte(j + 1)]
                    .to_lowercase()
                    .replace('\u{2019}', "'");
                if elisions.contains(&head) {
                    push_word(byte(piece)..byte(j + 1), &mut out);
                    piece = j + 1;
                }
            }
        }
        let initial = end - piece == 1
            && chars[piece].1.is_uppercase()
            && chars.get(end).is_some_and(|x| x.1 == '.');
        if initial {
            push_word(byte(piece)..byte(end + 1), &mut out);
            k = end + 1;
        } else {
            if piece < end {
                push_word(byte(piece)..byte(end), &mut out);
            }
            k = end;
        }
    }
    out
}

/// A paired quotation: the token indices of its opening and closing marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Quote {
    pub open: usize,
    pub close: usize,
}

/// The quotations of a sentence.
#[derive(Debug, Clone, Default)]
pub(super) struct Quotes {
    pub list: Vec<Quote>,
    /// For each token, the quotation it stands strictly inside.
    pub inside: Vec<Option<usize>>,
    /// Quotation marks that pair with nothing (machine-translated text is full of them).
    pub stray: Vec<bool>,
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '„' | '"' | '‹' | '›')
}

/// Pairs quotation marks.
///
/// « » and “ ” may be mixed (« …” happens in careless text), " pairs with ", and marks of
/// the other family inside an open quotation are an inner quotation, ignored. A mark that
/// closes nothing, or opens and is never closed, is stray: it is ignored rather than
/// allowed to swallow the rest of the sentence.
pub(super) fn pair_quotes(toks: &[Token]) -> Quotes {
    let n = toks.len();
    let mut quotes = Quotes {
        list: Vec::new(),
        inside: vec![None; n],
        stray: vec![false; n],
    };
    // The open mark, and how many inner « or “ marks are open within it.
    let mut open: Option<(usize, char)> = None;
    let mut inner = 0usize;
    let mut inner_straight = false;
    for (i, t) in toks.iter().enumerate() {
        let Some(c) = t.punct().filter(|&c| is_quote_mark(c)) else {
            continue;
        };
        match open {
            None => {
                if matches!(c, '«' | '“' | '„' | '"' | '‹') {
                    open = Some((i, c));
                    inner = 0;
                    inner_straight = false;
                } else {
                    quotes.stray[i] = true;
                }
            }
            Some((o, oc)) => {
                let closes = if oc == '"' {
                    c == '"'
                } else if c == '"' {
                    inner_straight = !inner_straight;
                    false
                } else if matches!(c, '«' | '“' | '‹') && !(oc == '„' && c == '“') {
                    inner += 1;
                    false
                } else if inner > 0 {
                    inner -= 1;
                    false
                } else {
                    true
                };
                if closes {
                    let q = quotes.list.len();
                    quotes.list.push(Quote { open: o, close: i });
                    for slot in &mut quotes.inside[o + 1..i] {
                        *slot = Some(q);
                    }
                    open = None;
                }
            }
        }
    }
    if let Some((o, _)) = open {
        quotes.stray[o] = true;
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elisions() -> WordSet<String> {
        ["l'", "d'", "qu'", "s'", "n'"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        tokenize(text, &elisions())
            .into_iter()
            .map(|t| text[t.range].to_string())
            .collect()
    }

    #[test]
    fn splits_elisions_and_keeps_compounds() {
        assert_eq!(
            words("L'envoyé a-t-il dit qu'aujourd'hui M. Witkoff…"),
            [
                "L'",
                "envoyé",
                "a-t-il",
                "dit",
                "qu'",
                "aujourd'hui",
                "M.",
                "Witkoff",
                "…"
            ]
        );
    }

    #[test]
    fn pairs_mixed_and_stray_quotes() {
        let text = "«Un», “ mais « deux “trois” » et \"quatre\" ”";
        let toks = tokenize(text, &elisions());
        let q = pair_quotes(&toks);
        let inner: Vec<&str> = q
            .list
            .iter()
            .map(|q| &text[toks[q.open].range.start..toks[q.close].range.end])
            .collect();
        assert_eq!(inner, ["«Un»", "“ mais « deux “trois” » et \"quatre\" ”"]);
        let text = "«Un», “ mais rien";
        let toks = tokenize(text, &elisions());
        let q = pair_quotes(&toks);
        assert_eq!(q.list.len(), 1);
        assert!(q.stray[4]);
    }
}
