//! Case- and accent-folded text with a map back to the original bytes.
//!
//! `crate::text::fold` turns hyphens into spaces, which would break "2025-03-13" and
//! "mi-janvier"; dates need hyphens kept, so this module folds its own way.

use std::ops::Range;

use crate::text::strip_diacritics;

/// What typographic punctuation folds to (see `fold_char`).
const PUNCTUATION: char = '#';

/// Folded text and, for each of its bytes, the byte range of the original char it came from.
pub(super) struct Folded {
    pub text: String,
    origin: Vec<(usize, usize)>,
}

impl Folded {
    /// The original byte range of a range of the folded text.
    pub fn original(&self, folded: Range<usize>) -> Range<usize> {
        let end_of_text = self.origin.last().map_or(0, |o| o.1);
        let start = self.origin.get(folded.start).map_or(end_of_text, |o| o.0);
        if folded.is_empty() {
            return start..start;
        }
        let end = self.origin.get(folded.end - 1).map_or(end_of_text, |o| o.1);
        start..end
    }
}

/// Lower case, no diacritics, typographic apostrophes and hyphens made plain.
pub(super) fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut at = 0;
    while at < text.len() {
        // ASCII without capitals folds to itself, each byte its own origin.
        let run = text[at..]
            .bytes()
            .position(|b| !b.is_ascii() || b.is_ascii_uppercase())
            .unwrap_or(text.len() - at);
        folded.text.push_str(&text[at..at + run]);
        folded.origin.extend((at..at + run).map(|i| (i, i + 1)));
        at += run;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let before = folded.text.len();
        fold_char(c, &mut folded.text);
        let span = (at, at + c.len_utf8());
        folded
            .origin
            .extend(std::iter::repeat_n(span, folded.text.len() - before));
        at += c.len_utf8();
    }
    folded
}

/// Folds a table entry the same way as the text it is matched against.
pub(super) fn fold_str(text: &str) -> String {
    fold(text).text
}

fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push('-'),
        '\u{00A0}' | '\u{202F}' => out.push(' '),
        // Quotation marks and other typographic punctuation, which no form of the tables
        // holds, are read as one ASCII mark that no form holds either: the patterns' `\b` is
        // Unicode-aware, and the regex engine searches fast only a text of ASCII characters.
        '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '—' | '…' | '·' | '•' => {
            out.push(PUNCTUATION)
        }
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => strip_diacritics(c, out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_table_holds_what_punctuation_folds_to() {
        let tables = [
            include_str!("../../lang/fr/dates/months.tsv"),
            include_str!("../../lang/fr/dates/weekdays.tsv"),
            include_str!("../../lang/fr/dates/numbers.tsv"),
            include_str!("../../lang/fr/dates/relative.tsv"),
            include_str!("../../lang/fr/dates/markers.tsv"),
            include_str!("../../lang/fr/dates/qualifiers.tsv"),
            include_str!("../../lang/fr/dates/units.tsv"),
        ];
        for line in tables.iter().flat_map(|t| t.lines()) {
            if !line.starts_with('#') {
                assert!(!fold_str(line).contains(PUNCTUATION), "{line}");
            }
        }
    }
}
