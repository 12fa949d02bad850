//! The word model: one tokenised sentence, the unit every rule reads.
//!
//! A sentence is cut once into words and punctuation marks with their byte ranges in the
//! body. Names and roles read these tokens as they are; speech and events read views of
//! the same tokens ([`crate::extract::speech`] joins a capital initial to its period,
//! [`crate::extract::events`] reads the parts of a compound word), so that the three never
//! disagree on where a word starts and ends.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lang::WordSet;
use crate::text::fold_text;

/// The elided words of `src/lang/fr/elisions.txt`, without their apostrophe ("l", "qu").
static ELISIONS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    // A list can only be malformed in its layout, which the test of every bundled table checks
    // (`lang::fr`); a line it could not read is left out here too.
    crate::lang::fr::ELISIONS
        .items(&mut Vec::new())
        .into_iter()
        .map(|w| w.trim_end_matches('\'').to_lowercase())
        .collect()
});

/// A word or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the body.
    pub range: Range<usize>,
    /// Lower case, no accents, hyphens as spaces, plain apostrophes.
    pub folded: String,
    /// Lower case with accents, hyphens as spaces: how title words are compared.
    pub lower: String,
    /// Letters or digits, as opposed to one punctuation mark (or symbol, or emoji).
    pub word: bool,
    /// Starts with a capital letter.
    pub capitalised: bool,
    /// Every letter a capital, at least two letters ("KAZAKOV", "RTVI").
    pub upper: bool,
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Whether a word, lower case and without its apostrophe ("l", "qu"), is elided in French.
pub(crate) fn is_elision(word: &str) -> bool {
    ELISIONS.contains(word)
}

/// Splits a stretch of the body into tokens.
///
/// A word is a run of letters and digits, joined by hyphens and apostrophes that stand
/// between two of them ("Saint-Pétersbourg", "a-t-il", "aujourd'hui"), and by the periods
/// of an acronym written with them ("U.S"). An elided word of `elisions.txt` is split off
/// the word it is glued to ("l'Ukraine" → "l'" "Ukraine"), and keeps its apostrophe when a
/// space follows it ("l' agence").
pub fn tokenize(body: &str, range: Range<usize>) -> Vec<Token> {
    let text = &body[range.clone()];
    // About one token every five bytes of French text: room for most sentences at once.
    let mut tokens = Vec::with_capacity(range.len() / 4);
    let at = |k: usize| text[k..].chars().next();
    let mut i = 0;
    while let Some(c) = at(i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            tokens.push(token(body, range.start + start..range.start + i, false));
            continue;
        }
        while let Some(d) = at(i) {
            let next = i + d.len_utf8();
            if is_word_char(d) {
                i = next;
                continue;
            }
            if is_apostrophe(d)
                && is_elision(&text[start..i].to_lowercase())
                && !capital_n_of_a_name(&text[start..], i - start + d.len_utf8())
            {
                // An elided word ends its own token, with its apostrophe: "l'Ukraine" → "l'",
                // "Ukraine"; "l' agence" → "l'", "agence".
                i = next;
                break;
            }
            let joins = (d == '-' || is_apostrophe(d)) && at(next).is_some_and(is_word_char);
            if joins || (d == '.' && is_acronym_dot(text, i)) {
                i = next;
            } else {
                break;
            }
        }
        tokens.push(token(body, range.start + start..range.start + i, true));
    }
    tokens
}

/// Whether the "N'" that opens `word` is the first letters of a name ("N'Djamena", "N'Golo
/// Kanté") rather than the elided "ne": a capital N, and after the apostrophe a capital that a
/// lower-case letter follows (the elided "ne" comes before a verb; a headline in capitals
/// writes "N'A PAS").
fn capital_n_of_a_name(word: &str, after: usize) -> bool {
    let mut rest = word[after.min(word.len())..].chars();
    word.starts_with('N')
        && rest.next().is_some_and(char::is_uppercase)
        && rest.next().is_some_and(char::is_lowercase)
}

/// `char::is_alphanumeric`, answered without Unicode's tables for the letters of Latin-1
/// ("é", "à"), most of the letters beyond ASCII in French text: all of U+00C0 to U+00FF but
/// the signs "×" and "÷".
fn is_word_char(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        c => c.is_alphanumeric(),
    }
}

/// Whether the period at byte `dot` is one of an acronym written with them ("U.S"): a single
/// capital before it, a capital after it.
fn is_acronym_dot(text: &str, dot: usize) -> bool {
    let mut before = text[..dot].chars().rev();
    let (Some(previous), earlier) = (before.next(), before.next()) else {
        return false;
    };
    previous.is_uppercase()
        && text[dot + 1..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && earlier.is_none_or(|e| !e.is_alphanumeric() || e == '.')
}

fn token(body: &str, range: Range<usize>, word: bool) -> Token {
    let text = &body[range.clone()];
    if text.is_ascii() {
        // Counts and a lower-case copy over the bytes, a block at a time; an ASCII word folds
        // as it lowers.
        let bytes = text.as_bytes();
        let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
        let capitals = bytes.iter().filter(|b| b.is_ascii_uppercase()).count();
        let mut lower = text.to_ascii_lowercase();
        if bytes.contains(&b'-') {
            lower = lower.replace('-', " ");
        }
        return Token {
            folded: lower.clone(),
            lower,
            word,
            capitalised: text.as_bytes().first().is_some_and(u8::is_ascii_uppercase),
            upper: letters >= 2 && capitals == letters,
            range,
        };
    }
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
    Token {
        folded: fold_text(text).into_owned(),
        lower: lower(text),
        word,
        capitalised: text.chars().next().is_some_and(char::is_uppercase),
        upper,
        range,
    }
}

/// Lower case, hyphens as spaces, in one pass.
fn lower(text: &str) -> String {
    if text.is_ascii() {
        let lower = text.to_ascii_lowercase();
        return if lower.contains('-') {
            lower.replace('-', " ")
        } else {
            lower
        };
    }
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '-' => lower.push(' '),
            c if c.is_ascii() => lower.push(c.to_ascii_lowercase()),
            // A capital sigma lowers by its place in the word: left to the standard library.
            'Σ' => return text.to_lowercase().replace('-', " "),
            c => lower.extend(c.to_lowercase()),
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_letters_are_word_chars_as_unicode_says() {
        for c in '\u{0}'..='\u{2FF}' {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn splits_elisions_and_keeps_compounds() {
        let text = "l'émissaire de Saint-Pétersbourg, aujourd'hui (U.S.) KAZAKOV.";
        let words: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(
            words,
            vec![
                "l'",
                "émissaire",
                "de",
                "Saint-Pétersbourg",
                ",",
                "aujourd'hui",
                "(",
                "U.S",
                ".",
                ")",
                "KAZAKOV",
                "."
            ]
        );
    }

    #[test]
    fn keeps_a_name_that_opens_with_n_apostrophe() {
        let text = "N'Djamena n'a pas N'A PAS";
        let words: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(words, vec!["N'Djamena", "n'", "a", "pas", "N'", "A", "PAS"]);
    }
}
