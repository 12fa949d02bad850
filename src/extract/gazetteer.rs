//! Recognition of the reference data's names in a text, in one pass of a multi-pattern automaton.
//!
//! Every label and alias is folded (case, accents, hyphens) and compiled into one Aho-Corasick
//! automaton. A match counts only at word boundaries, and only if its written form looks like a
//! name: capitalised for a proper noun ("Moscou", not "moscou" inside a phrase), all capitals for
//! an acronym ("UE", never the participle "eu"). Overlapping matches keep the longest.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::reference::Reference;
use crate::text::{fold, fold_text};

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
    /// The entity is an organization (whose one-word names may open longer ones).
    organization: bool,
}

/// A reference name found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct RefMatch {
    /// Byte range of the name in the text.
    pub range: std::ops::Range<usize>,
    /// Index of the entity in [`Reference::entities`].
    pub reference: usize,
    pub confidence: f64,
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
            let derived = e.names.iter().filter_map(|n| short_form(n, e.class));
            let derived: Vec<String> = derived.collect();
            let names = e.names.iter().map(|n| (n.as_str(), false));
            let names = names.chain(derived.iter().map(|n| (n.as_str(), true)));
            for (name, is_derived) in names {
                let name = strip_article(name.trim());
                let folded = fold_text(name).into_owned();
                if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let shape = shape_of(name);
                let words = folded.split_whitespace().count();
                let confidence = match (shape, words) {
                    _ if is_derived => 0.75,
                    (Shape::Acronym, _) => 0.9,
                    (_, 1) => 0.85,
                    _ => 0.95,
                };
                // A name the data gives outright wins over a short form derived from another.
                let pattern = Pattern {
                    entity,
                    shape,
                    confidence,
                    organization: e.class == crate::reference::EntityClass::Organization,
                };
                match forms.get(&folded) {
                    Some(old) if old.confidence >= 0.8 || is_derived => {}
                    _ => {
                        forms.insert(folded, pattern);
                    }
                }
            }
        }
        let (keys, patterns): (Vec<String>, Vec<Pattern>) = forms.into_iter().unzip();
        // A DFA: every article's folded text is searched for overlapping matches, which the
        // DFA finds with one table lookup a byte; it takes longer to build, once.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keys)
            .expect("a few thousand short patterns always build");
        Gazetteer {
            automaton,
            patterns,
        }
    }

    /// Finds every reference name in a text, longest match first, without overlaps.
    pub fn find(&self, text: &str) -> Vec<RefMatch> {
        let folded = fold(text);
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(&folded.text)
            .filter(|m| {
                let before = folded.text[..m.start()].chars().next_back();
                let after = folded.text[m.end()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .filter(|m| {
                let original = folded.original(m.range());
                looks_like(self.patterns[m.pattern().as_usize()].shape, &text[original])
            })
            // "l'Alliance démocratique" is no "l'Alliance" (NATO): a one-word name with a capital
            // that a lower-case adjective follows is another, longer name.
            .filter(|m| {
                let p = &self.patterns[m.pattern().as_usize()];
                if !p.organization
                    || p.shape != Shape::Capitalised
                    || folded.text[m.range()].contains(' ')
                {
                    return true;
                }
                let rest = &text[folded.original(m.range()).end..];
                let Some(next) = rest.strip_prefix(' ') else {
                    return true;
                };
                let word: String = next
                    .chars()
                    .take_while(|c| c.is_alphabetic() || *c == '-')
                    .collect();
                !(word.starts_with(char::is_lowercase)
                    && crate::extract::names::is_adjective_word(&fold_text(&word)))
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        candidates.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut mentions = Vec::new();
        let mut last_end = 0;
        for (start, end, pattern) in candidates {
            if start < last_end {
                continue;
            }
            last_end = end;
            let p = &self.patterns[pattern];
            mentions.push(RefMatch {
                range: folded.original(start..end),
                reference: p.entity,
                confidence: p.confidence,
            });
        }
        mentions
    }
}

/// Region heads in reference names: "oblast de Donetsk", "Kursk region", "région de Koursk".
const REGION_HEADS_BEFORE: &[&str] = &[
    "oblast de ",
    "région de ",
    "oblast d'",
    "région d'",
    "province de ",
];
const REGION_HEADS_AFTER: &[&str] = &[" oblast", " region", " province"];

/// A shorter name that news uses for an entity whose full name has a generic head:
/// "Donetsk" for "oblast de Donetsk" (a region the reference data lists without a city of
/// that name), "RIA" for the agency "RIA Novosti".
fn short_form(name: &str, class: crate::reference::EntityClass) -> Option<String> {
    use crate::reference::EntityClass;
    let lower = name.to_lowercase();
    match class {
        EntityClass::Place => {
            for head in REGION_HEADS_BEFORE {
                if lower.starts_with(head) && name.is_char_boundary(head.len()) {
                    return Some(name[head.len()..].to_owned());
                }
            }
            for head in REGION_HEADS_AFTER {
                if lower.ends_with(head) && name.is_char_boundary(name.len() - head.len()) {
                    return Some(name[..name.len() - head.len()].to_owned());
                }
            }
            None
        }
        EntityClass::Organization => {
            let mut words = name.split_whitespace();
            let first = words.next()?;
            let letters = first.chars().filter(|c| c.is_alphabetic()).count();
            let acronym = letters >= 3
                && first
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic());
            (acronym && words.next().is_some()).then(|| first.to_owned())
        }
        EntityClass::Person => None,
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
        // "l'Otan": an acronym of four letters or more may be written as a word.
        Shape::Acronym => {
            written
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                || crate::extract::names::is_word_cased_acronym(written)
        }
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
            .map(|m| format!("{}={}", &text[m.range], reference.entities[m.reference].key))
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
        assert_eq!(
            names("la région de Koursk"),
            vec!["région de Koursk=kursk-oblast"]
        );
    }

    #[test]
    fn regions_and_agencies_are_found_by_their_short_names() {
        assert_eq!(
            names("Lugansk, Donetsk et l'agence RIA."),
            vec![
                "Lugansk=luhansk-oblast",
                "Donetsk=donetsk-oblast",
                "RIA=ria-novosti"
            ]
        );
    }

    #[test]
    fn a_one_word_name_an_adjective_follows_is_another_body() {
        assert!(names("Il siège à l'Alliance depuis 2019.")
            .iter()
            .any(|n| n.starts_with("Alliance=")));
        assert!(names("Son partenaire au sein de l'Alliance démocratique.").is_empty());
        // Places keep their name: "la Russie insiste" is Russia.
        assert!(names("La Russie insiste.")
            .iter()
            .any(|n| n.starts_with("Russie=")));
    }

    #[test]
    fn respects_word_boundaries() {
        assert!(names("Un Moscouvite et des Poutinistes.").is_empty());
    }

    #[test]
    fn short_aliases_need_their_written_shape() {
        assert!(names("Il a eu tort, nous avons eu raison.").is_empty());
        assert_eq!(
            names("Les pays de l'UE et l'AFP."),
            vec!["UE=european-union", "AFP=afp"]
        );
    }
}
