//! The speech view of a sentence's words, and its quotations, with byte ranges.

use crate::extract::tokens::Token as SharedToken;
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

/// The speech view of a sentence's tokens ([`crate::extract::tokens::tokenize`]), with byte
/// ranges in `text`, the sentence that starts at `offset` in the body.
///
/// A capital initial keeps its period ("M. Witkoff", "Y. Ouchakov") so that the period does
/// not cut a speaker's name in two.
pub(super) fn view<'a>(text: &'a str, offset: usize, tokens: &[SharedToken]) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'a>> = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let mut range = t.range.start - offset..t.range.end - offset;
        let slice = &text[range.clone()];
        if !t.word {
            let lower = match slice.chars().next() {
                Some(c) if !crate::text::lowercase_keeps(c) => {
                    Cow::Owned(c.to_lowercase().collect())
                }
                _ => Cow::Borrowed(slice),
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
        let mut chars = slice.chars();
        let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        let initial = single_capital
            && tokens.get(k + 1).is_some_and(|n| {
                n.range.start == t.range.end
                    && &text[n.range.start - offset..n.range.end - offset] == "."
            });
        if initial {
            range.end += 1;
            k += 1;
        }
        let slice = &text[range.clone()];
        let lower = if !slice.is_ascii() {
            Cow::Owned(slice.to_lowercase().replace('\u{2019}', "'"))
        } else if slice.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(slice.to_ascii_lowercase())
        } else {
            Cow::Borrowed(slice)
        };
        out.push(Token {
            range,
            lower,
            word: true,
            cap: t.capitalised,
        });
        k += 1;
    }
    out
}

/// Tokenises a sentence on its own (offset 0) and reads its speech view.
pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    view(
        text,
        0,
        &crate::extract::tokens::tokenize(text, 0..text.len()),
    )
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

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
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
        let toks = tokenize(text);
        let q = pair_quotes(&toks);
        let inner: Vec<&str> = q
            .list
            .iter()
            .map(|q| &text[toks[q.open].range.start..toks[q.close].range.end])
            .collect();
        assert_eq!(inner, ["«Un»", "“ mais « deux “trois” » et \"quatre\" ”"]);
        let text = "«Un», “ mais rien";
        let toks = tokenize(text);
        let q = pair_quotes(&toks);
        assert_eq!(q.list.len(), 1);
        assert!(q.stray[4]);
    }
}
