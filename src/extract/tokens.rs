//! Words of a sentence with their byte ranges, the unit the name and role rules work on.

use std::ops::Range;

use crate::text::fold_text;

/// A word or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the body.
    pub range: Range<usize>,
    /// Lower case, no accents, hyphens as spaces.
    pub folded: String,
    /// Lower case with accents, hyphens as spaces: how title words are compared.
    pub lower: String,
    pub word: bool,
    /// Starts with a capital letter.
    pub capitalised: bool,
    /// Every letter a capital, at least two letters ("KAZAKOV", "RTVI").
    pub upper: bool,
}

/// Splits a stretch of the body into tokens. Elided articles and prepositions ("l'", "d'",
/// "qu'") are tokens of their own; hyphens and inner apostrophes stay inside words
/// ("Saint-Pétersbourg", "aujourd'hui").
pub fn tokenize(body: &str, range: Range<usize>) -> Vec<Token> {
    let text = &body[range.clone()];
    // About one token every five bytes of French text: room for most sentences at once.
    let mut tokens = Vec::with_capacity(range.len() / 4);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
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
            let joins = matches!(d, '-' | '\'' | '.')
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric());
            if d.is_alphanumeric() || (joins && d != '.') || (d == '.' && is_acronym_dot(&chars, j))
            {
                // An elided article or preposition ends its own token: "l'Ukraine" → "l'", "Ukraine".
                if d == '\'' && is_elision(&text[start..chars[j].0]) {
                    j += 1;
                    break;
                }
                j += 1;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |c| c.0);
        tokens.push(token(body, range.start + start..range.start + end, true));
        i = j;
    }
    tokens
}

fn is_acronym_dot(chars: &[(usize, char)], j: usize) -> bool {
    // "U.S." style: a single letter, a dot, a letter.
    j >= 1
        && chars[j - 1].1.is_uppercase()
        && chars.get(j + 1).is_some_and(|n| n.1.is_uppercase())
        && (j < 2 || !chars[j - 2].1.is_alphanumeric() || chars[j - 2].1 == '.')
}

fn is_elision(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "l" | "d"
            | "j"
            | "m"
            | "n"
            | "s"
            | "t"
            | "c"
            | "qu"
            | "jusqu"
            | "lorsqu"
            | "puisqu"
            | "quoiqu"
    )
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
