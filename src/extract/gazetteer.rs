//! Recognition of the reference data's names in a text, in one pass of a multi-pattern automaton.
//!
//! Every label and alias is folded (case, accents, hyphens) and compiled into one Aho-Corasick
//! automaton. A match counts only at word boundaries, and only if its written form looks like a
//! name: capitalised for a proper noun ("Moscou", not "moscou" inside a phrase), all capitals for
//! an acronym ("UE", never the participle "eu"). Overlapping matches keep the longest.

use aho_corasick::{AhoCorasick, MatchKind};

use super::Mention;
use crate::reference::Reference;
use crate::text::fold;

/// Leading articles stripped from aliases such as "l'AFP" or "the Kremlin".
const ARTICLES: &[&str] = &["l'", "le ", "la ", "les ", "the "];

/// How the written form of a match must look for the match to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A proper noun: starts with a capital letter.
    Capitalised,
    /// An acronym such as "UE": every letter a capital.
    Acronym,
    /// A phrase the data writes in lower case ("oblast de Koursk"): any case.
    Phrase,
}

#[derive(Debug, Clone)]
struct Pattern {
    entity: usize,
    shape: Shape,
    confidence: f64,
}

/// The reference names compiled for matching.
#[derive(Debug)]
pub struct Gazetteer {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

impl Gazetteer {
    pub fn new(reference: &Reference) -> Self {
        // Folded form → pattern; the first entity (in IRI order) keeps a form two entities share.
        let mut forms: std::collections::BTreeMap<String, Pattern> = Default::default();
        for (entity, e) in reference.entities.iter().enumerate() {
            for name in &e.names {
                let name = strip_article(name.trim());
                let folded = fold(name).text;
                if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let shape = shape_of(name);
                let words = folded.split_whitespace().count();
                let confidence = match (shape, words) {
                    (Shape::Acronym, _) => 0.9,
                    (_, 1) => 0.85,
                    _ => 0.95,
                };
                forms.entry(folded).or_insert(Pattern { entity, shape, confidence });
            }
        }
        let (keys, patterns): (Vec<String>, Vec<Pattern>) = forms.into_iter().unzip();
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .expect("a few thousand short patterns always build");
        Gazetteer { automaton, patterns }
    }

    /// Finds every reference name in a text, longest match first, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let folded = fold(text);
        let bytes = folded.text.as_bytes();
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&folded.text)
            .filter(|m| {
                let before = folded.text[..m.start()].chars().next_back();
                let after = folded.text[m.end()..].chars().next();
                !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
            })
            .filter(|m| {
                let original = folded.original(m.range());
                looks_like(self.patterns[m.pattern().as_usize()].shape, &text[original])
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let _ = bytes;
        candidates.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut mentions = Vec::new();
        let mut last_end = 0;
        for (start, end, pattern) in candidates {
            if start < last_end {
                continue;
            }
            last_end = end;
            let p = &self.patterns[pattern];
            mentions.push(Mention {
                range: folded.original(start..end),
                entity: p.entity,
                confidence: p.confidence,
            });
        }
        mentions
    }
}

fn strip_article(name: &str) -> &str {
    for article in ARTICLES {
        if name.len() > article.len()
            && name.is_char_boundary(article.len())
            && name[..article.len()].eq_ignore_ascii_case(article)
        {
            return name[article.len()..].trim_start();
        }
    }
    name
}

fn shape_of(name: &str) -> Shape {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() <= 5 && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        Shape::Acronym
    } else if name.chars().next().is_some_and(char::is_lowercase) {
        Shape::Phrase
    } else {
        Shape::Capitalised
    }
}

fn looks_like(shape: Shape, written: &str) -> bool {
    match shape {
        Shape::Capitalised => written.chars().next().is_some_and(char::is_uppercase),
        Shape::Acronym => written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
        Shape::Phrase => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let reference = Reference::bundled(crate::vocab::DEFAULT_BASE).expect("bundled data");
        let gazetteer = Gazetteer::new(&reference);
        gazetteer
            .find(text)
            .into_iter()
            .map(|m| format!("{}={}", &text[m.range], reference.entities[m.entity].key))
            .collect()
    }

    #[test]
    fn finds_names_regardless_of_accents_and_case() {
        assert_eq!(
            names("Le président Vladimir Poutine a reçu à MOSCOU puis à Kyiv et Kyïv, Etats-Unis."),
            vec![
                "Vladimir Poutine=vladimir-putin",
                "MOSCOU=moscow",
                "Kyiv=kyiv",
                "Kyïv=kyiv",
                "Etats-Unis=united-states"
            ]
        );
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(names("la région de Koursk"), vec!["région de Koursk=kursk-oblast"]);
    }

    #[test]
    fn respects_word_boundaries() {
        assert!(names("Un Moscouvite et des Poutinistes.").is_empty());
    }

    #[test]
    fn short_aliases_need_their_written_shape() {
        assert!(names("Il a eu tort, nous avons eu raison.").is_empty());
        assert_eq!(names("Les pays de l'UE et l'AFP."), vec!["UE=european-union", "AFP=afp"]);
    }
}
