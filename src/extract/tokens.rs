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
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |k: usize| chars.get(k).map_or(text.len(), |c| c.0);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            let end = start + c.len_utf8();
            tokens.push(token(body, range.start + start..range.start + end, false));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let d = chars[j].1;
            let before_word = chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
            if is_apostrophe(d) && is_elision(&text[start..chars[j].0].to_lowercase()) {
                // An elided word ends its own token, with its apostrophe: "l'Ukraine" → "l'",
                // "Ukraine"; "l' agence" → "l'", "agence".
                j += 1;
                break;
            }
            let joins = (d == '-' || is_apostrophe(d)) && before_word;
            if d.is_alphanumeric() || joins || (d == '.' && is_acronym_dot(&chars, j)) {
                j += 1;
            } else {
                break;
            }
        }
        tokens.push(token(
            body,
            range.start + start..range.start + byte(j),
            true,
        ));
        i = j;
    }
    tokens
}

fn is_acronym_dot(chars: &[(usize, char)], j: usize) -> bool {
    // "U.S" style: a single letter, a dot, a letter.
    j >= 1
        && chars[j - 1].1.is_uppercase()
        && chars.get(j + 1).is_some_and(|n| n.1.is_uppercase())
        && (j < 2 || !chars[j - 2].1.is_alphanumeric() || chars[j - 2].1 == '.')
}

fn token(body: &str, range: Range<usize>, word: bool) -> Token {
    let text = &body[range.clone()];
    let mut letters = text.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().nth(1).is_some() && letters.all(char::is_uppercase);
    let lower = lower(text);
    // An ASCII word folds as it lowers: no accents to take off.
    let folded = if text.is_ascii() {
        lower.clone()
    } else {
        fold_text(text).into_owned()
    };
    Token {
        folded,
        lower,
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
}
