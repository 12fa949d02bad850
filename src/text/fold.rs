//! Accent- and case-folded text with a map back to the original offsets.
//!
//! Matching names ignores case, accents, apostrophe styles and hyphens ("Saint Pétersbourg"
//! is "saint-petersbourg"); the map lets a match in the folded text point back into the body.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// How a fold treats what names and dates read differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folding {
    /// For names and words: hyphens are spaces ("Saint Pétersbourg" is "saint-petersbourg").
    Words,
    /// For dates: hyphens are kept ("2025-03-13", "mi-janvier"), and quotation marks and
    /// other typographic punctuation, which no date form holds, fold to one ASCII mark
    /// ([`PUNCTUATION`]) that no form holds either, so that the regex engine searches a text
    /// of ASCII characters, fast.
    Dates,
}

/// What typographic punctuation folds to in [`Folding::Dates`].
pub const PUNCTUATION: char = '#';

/// Folded text and, for each of its bytes, the byte range of the original char it came from.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    origin: Vec<(u32, u32)>,
}

impl Folded {
    /// The original byte range of a folded byte range (a match found in `text`). An empty
    /// range, or one at the end, maps to an empty range where it stands.
    pub fn original(&self, folded: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let end_of_text = self.origin.last().map_or(0, |o| o.1 as usize);
        let start = self
            .origin
            .get(folded.start)
            .map_or(end_of_text, |o| o.0 as usize);
        if folded.is_empty() {
            return start..start;
        }
        let end = self
            .origin
            .get(folded.end - 1)
            .map_or(end_of_text, |o| o.1 as usize);
        start..end
    }
}

/// Folds text: lower case, no diacritics, plain apostrophes, hyphens as spaces, ligatures
/// spelt out.
pub fn fold(text: &str) -> Folded {
    fold_as(text, Folding::Words)
}

/// Folds text the given way (see [`Folding`]).
pub fn fold_as(text: &str, folding: Folding) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut at = 0;
    while at < text.len() {
        // A run that folds to itself keeps its bytes, each its own origin.
        let run = unchanged_run(&text[at..], folding);
        folded.text.push_str(&text[at..at + run]);
        folded
            .origin
            .extend((at..at + run).map(|i| (i as u32, i as u32 + 1)));
        at += run;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let span = (at as u32, (at + c.len_utf8()) as u32);
        let before = folded.text.len();
        fold_char(c, folding, &mut folded.text);
        let added = folded.text.len() - before;
        folded.origin.extend(std::iter::repeat_n(span, added));
        at += c.len_utf8();
    }
    folded
}

/// The length of the ASCII text at the start of `text` that folding leaves as it is: no
/// capitals, and no hyphens where they fold to spaces.
fn unchanged_run(text: &str, folding: Folding) -> usize {
    let hyphens = folding == Folding::Words;
    text.bytes()
        .position(|b| !b.is_ascii() || b.is_ascii_uppercase() || (hyphens && b == b'-'))
        .unwrap_or(text.len())
}

/// The folded text alone, for looking words up in tables: borrowed when folding changes
/// nothing (a word in lower-case ASCII, as most words already folded are), so that a lookup
/// allocates nothing.
pub fn fold_text(text: &str) -> Cow<'_, str> {
    let mut at = unchanged_run(text, Folding::Words);
    if at == text.len() {
        return Cow::Borrowed(text);
    }
    if text.is_ascii() {
        // Capitals and hyphens are all an ASCII text has to fold ("Aaron", "Jean-Marc").
        let lower = text.to_ascii_lowercase();
        return Cow::Owned(if lower.contains('-') {
            lower.replace('-', " ")
        } else {
            lower
        });
    }
    let mut folded = String::with_capacity(text.len());
    folded.push_str(&text[..at]);
    // A word folds in the runs that folding leaves as they are; a paragraph in its runs of
    // ASCII up to the next hyphen or letter beyond ASCII, copied whole and lowered where they
    // lie, so that capitals, one or two a sentence, do not cut them.
    let long = text.len() >= 64;
    while let Some(c) = text[at..].chars().next() {
        fold_char(c, Folding::Words, &mut folded);
        at += c.len_utf8();
        if long {
            let run = ascii_run(&text[at..]);
            let start = folded.len();
            folded.push_str(&text[at..at + run]);
            folded[start..].make_ascii_lowercase();
            at += run;
        } else {
            let run = unchanged_run(&text[at..], Folding::Words);
            folded.push_str(&text[at..at + run]);
            at += run;
        }
    }
    Cow::Owned(folded)
}

/// The length of the ASCII text without hyphens at the start of `text`.
fn ascii_run(text: &str) -> usize {
    run_while(text, |b| !b.is_ascii() || b == b'-')
}

/// The length of the start of `text` where no byte `stops`: sixteen bytes at a time while
/// none does (a test of a whole block that the compiler turns into a few vector
/// instructions), then byte by byte. For long texts: a paragraph folds in runs of a few dozen
/// bytes.
#[inline(always)]
fn run_while(text: &str, stops: impl Fn(u8) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    for block in bytes.chunks_exact(16) {
        if block.iter().fold(false, |any, &b| any | stops(b)) {
            break;
        }
        at += 16;
    }
    at + bytes[at..]
        .iter()
        .position(|&b| stops(b))
        .unwrap_or(bytes.len() - at)
}

/// Whether lower case leaves a character as it is ("é", "'"), so that a word of such
/// characters needs no lower-case copy. Titlecase letters ("ǅ") change although they are not
/// upper case, hence the test on the mapping itself.
pub fn lowercase_keeps(c: char) -> bool {
    // The lower-case letters of Latin-1 ("é", "ß"), most of those in French text, first.
    if ('ß'..='ÿ').contains(&c) {
        return true;
    }
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

#[inline]
fn fold_char(c: char, folding: Folding, out: &mut String) {
    match c {
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => out.push(match folding {
            Folding::Words => ' ',
            Folding::Dates => '-',
        }),
        '\u{00A0}' | '\u{202F}' if folding == Folding::Dates => out.push(' '),
        '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '—' | '…' | '·' | '•'
            if folding == Folding::Dates =>
        {
            out.push(PUNCTUATION)
        }
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        // Letters that carry their mark in their shape, not as a combining one ("Kalın",
        // "Wałęsa", "Løkke"): Unicode does not decompose them.
        'ı' => out.push('i'),
        'ł' | 'Ł' => out.push('l'),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ħ' | 'Ħ' => out.push('h'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => strip_diacritics(c, out),
    }
}

/// The Latin letters with diacritics of Unicode's Latin-1, Extended-A and Extended-B blocks,
/// and the marks of Latin-1 before them ("«", "»", "°"), which fold to themselves.
const LATIN: std::ops::Range<char> = '\u{80}'..'\u{250}';

/// What [`strip_diacritics`] makes of each character of [`LATIN`], worked out once: most
/// letters with diacritics in news text are there.
static LATIN_STRIPPED: LazyLock<Vec<String>> = LazyLock::new(|| {
    (LATIN.start as u32..LATIN.end as u32)
        .map(|u| {
            let mut stripped = String::new();
            if let Some(c) = char::from_u32(u) {
                decompose_lower(c, &mut stripped);
            }
            stripped
        })
        .collect()
});

/// A character without its diacritics, in lower case: the last step of folding.
fn strip_diacritics(c: char, out: &mut String) {
    if LATIN.contains(&c) {
        let stripped = &LATIN_STRIPPED[c as usize - LATIN.start as usize];
        // Most are one ASCII letter ("é" → "e"): pushed as a char, without a copy call.
        match stripped.as_bytes() {
            &[b] => out.push(char::from(b)),
            _ => out.push_str(stripped),
        }
    } else {
        decompose_lower(c, out);
    }
}

fn decompose_lower(c: char, out: &mut String) {
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_hyphens() {
        assert_eq!(
            fold("Saint-Pétersbourg, KYÏV, Œuvre").text,
            "saint petersbourg, kyiv, oeuvre"
        );
    }

    #[test]
    fn folded_text_alone_is_the_same() {
        for text in [
            "Saint-Pétersbourg, KYÏV, Œuvre",
            "déjà",
            "l'envoyé",
            "plain words",
            "ß—x",
            "Jean-Noël",
            "Jean-Paul II",
            "L'ONU et Al-Qaida, 12 Mai",
        ] {
            assert_eq!(fold_text(text), fold(text).text);
        }
        assert!(matches!(fold_text("plain words"), Cow::Borrowed(_)));
    }

    #[test]
    fn latin_letters_are_stripped_as_any_other() {
        for c in LATIN {
            let (mut table, mut direct) = (String::new(), String::new());
            strip_diacritics(c, &mut table);
            decompose_lower(c, &mut direct);
            assert_eq!(table, direct);
        }
    }

    #[test]
    fn maps_back_to_original_bytes() {
        let text = "à Kyïv.";
        let f = fold(text);
        let start = f.text.find("kyiv").expect("present");
        let range = f.original(start..start + 4);
        assert_eq!(&text[range], "Kyïv");
    }
}
