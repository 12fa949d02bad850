//! NORMALISE: an article's raw text becomes a [`Document`]: clean text, paragraphs, sentences.
//!
//! The body built here is the one stored as `ng:body`; every later span indexes it and no
//! later stage rewrites it. Normalisation is Unicode NFC, plain apostrophes, plain spaces
//! (French typography puts non-breaking spaces before `: ; ! ? »`), collapsed white space,
//! syndication boilerplate removed and verbatim-repeated paragraphs dropped.

mod boilerplate;
mod fold;
mod sentences;

use std::ops::Range;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub use fold::{fold, fold_as, fold_text, lowercase_keeps, Folded, Folding, PUNCTUATION};
pub use sentences::is_abbreviation_word;

/// A normalised article body with its structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The analysed text: paragraphs separated by a blank line.
    pub body: String,
    /// Byte ranges of the paragraphs in `body`.
    pub paragraphs: Vec<Range<usize>>,
    /// Byte ranges of the sentences in `body`, in order; none crosses a paragraph.
    pub sentences: Vec<Range<usize>>,
    /// Byte offset → offset in Unicode scalar values, for `body.len() + 1` positions.
    char_offsets: Vec<u32>,
    /// Each paragraph folded ([`fold_text`]): folded once here, where repeated paragraphs are
    /// found, for the rules that read whole paragraphs folded.
    folded_paragraphs: Vec<String>,
}

/// What normalisation left out, for the ingest report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Removed {
    pub boilerplate_lines: usize,
    pub repeated_paragraphs: usize,
}

impl Document {
    /// The offset in Unicode scalar values of a byte offset of `body` (a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_offsets[byte] as usize
    }

    /// The paragraph of index `p` of [`Document::paragraphs`], folded ([`fold_text`]).
    pub fn folded_paragraph(&self, p: usize) -> &str {
        self.folded_paragraphs.get(p).map_or("", String::as_str)
    }

    /// The text of a byte range of the body.
    pub fn slice(&self, range: Range<usize>) -> &str {
        &self.body[range]
    }

    /// The sentence that contains a byte offset.
    pub fn sentence_at(&self, byte: usize) -> Option<Range<usize>> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        self.sentences.get(i).filter(|s| s.start <= byte).cloned()
    }
}

/// Normalises one article's text into a [`Document`].
pub fn normalise(text: &str) -> (Document, Removed) {
    let clean = normalise_chars(text);
    let mut removed = Removed::default();
    let lines: Vec<&str> = clean.lines().map(str::trim).collect();
    let lines = boilerplate::strip(&lines, &mut removed.boilerplate_lines);
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let paragraphs = join_paragraphs(&lines);

    let mut body = String::with_capacity(clean.len());
    let mut ranges = Vec::new();
    // The standard hash: the tables' (`lang`) come after this stage, and a few paragraphs an
    // article do not need a faster one.
    let mut seen = std::collections::HashSet::new();
    let mut folded_paragraphs = Vec::with_capacity(paragraphs.len());
    for paragraph in paragraphs {
        let folded = fold_text(&paragraph).into_owned();
        // A paragraph repeated verbatim (a common syndication glitch) is analysed once.
        // Short lines such as a repeated section title are kept: they carry no facts twice.
        if paragraph.chars().count() >= 40 && !seen.insert(folded.clone()) {
            removed.repeated_paragraphs += 1;
            continue;
        }
        folded_paragraphs.push(folded);
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(&paragraph);
        ranges.push(start..body.len());
    }
    let sentences = ranges
        .iter()
        .flat_map(|p| {
            sentences::split(&body[p.clone()])
                .into_iter()
                .map(move |s| s.start + p.start..s.end + p.start)
        })
        .collect();
    let char_offsets = char_offsets(&body);
    let document = Document {
        body,
        paragraphs: ranges,
        sentences,
        char_offsets,
        folded_paragraphs,
    };
    (document, removed)
}

/// Normalises a one-line field such as a title: the same character rules, one line.
pub fn normalise_inline(text: &str) -> String {
    normalise_chars(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// NFC, plain apostrophes, hyphens and spaces, no invisible characters, line by line.
fn normalise_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // One character, with its rules; runs of spaces inside lines collapse to one as they go.
    let push = |c: char, out: &mut String| {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' => '\'',
            // Unicode hyphens join words as the hyphen-minus does ("Saint‑Pétersbourg").
            '\u{2010}' | '\u{2011}' => '-',
            // Zero-width characters, soft hyphens and byte-order marks carry nothing.
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return,
            '\r' => return,
            '\n' => '\n',
            c if c.is_whitespace() => ' ',
            c if c.is_control() => return,
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            return;
        }
        out.push(c);
    };
    // Most text is in NFC already, and is read as it is: runs of visible ASCII and of single
    // spaces between visible characters, which stay as they are, copied whole.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            push(c, &mut out);
            rest = &rest[c.len_utf8()..];
            let visible = plain_run(rest.as_bytes());
            out.push_str(&rest[..visible]);
            rest = &rest[visible..];
        }
    } else {
        text.nfc().for_each(|c| push(c, &mut out));
    }
    out
}

/// The length of the plain text at the start of `bytes`, which normalisation leaves as it is:
/// visible ASCII, and spaces that follow a visible character of the run (the first space of a
/// run of them, which stays; the next ones collapse).
fn plain_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(&b) = bytes.get(n) {
        let kept = b.is_ascii_graphic() || (b == b' ' && n > 0 && bytes[n - 1] != b' ');
        if !kept {
            break;
        }
        n += 1;
    }
    n
}

/// Groups lines into paragraphs.
///
/// Blank lines separate paragraphs. Scraped news often puts one paragraph per line, so a
/// line break also ends a paragraph, unless the text was hard-wrapped: a line that does not
/// end a sentence followed by one that starts in lower case continues the same paragraph.
fn join_paragraphs(lines: &[&str]) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in lines {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let continues = !current.is_empty()
            && !current.ends_with(['.', '!', '?', ':', '»', '"', '…'])
            && line.chars().next().is_some_and(char::is_lowercase);
        if continues {
            current.push(' ');
            current.push_str(line);
        } else {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}

fn char_offsets(body: &str) -> Vec<u32> {
    let mut offsets = Vec::with_capacity(body.len() + 1);
    // The chars begun so far: each byte belongs to the last one begun.
    let mut count = 0u32;
    for &b in body.as_bytes() {
        let continuation = b & 0xC0 == 0x80;
        count += u32::from(!continuation);
        offsets.push(count - 1);
    }
    offsets.push(count);
    offsets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typography_is_normalised() {
        let (doc, _) = normalise("L\u{2019}envoy\u{e9}\u{a0}: \u{ab}\u{202f}oui\u{202f}\u{bb}  !");
        assert_eq!(doc.body, "L'envoyé : « oui » !");
    }

    #[test]
    fn decomposed_accents_are_composed() {
        let (doc, _) = normalise("Moscou e\u{301}tait calme.");
        assert_eq!(doc.body, "Moscou était calme.");
    }

    #[test]
    fn repeated_paragraphs_are_analysed_once() {
        let p = "Le ministre a rencontré son homologue à Genève pendant deux heures.";
        let (doc, removed) = normalise(&format!("{p}\n\nAutre chose ici.\n\n{p}"));
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(removed.repeated_paragraphs, 1);
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let (doc, _) = normalise("Le président a reçu\nson homologue hier.\nNouveau paragraphe.");
        assert_eq!(
            doc.body,
            "Le président a reçu son homologue hier.\n\nNouveau paragraphe."
        );
    }

    #[test]
    fn char_offsets_count_scalar_values() {
        let (doc, _) = normalise("Émile à Kyïv.");
        let byte = doc.body.find("Kyïv").expect("present");
        assert_eq!(doc.char_offset(byte), 8);
        assert_eq!(doc.char_offset(doc.body.len()), doc.body.chars().count());
    }
}
