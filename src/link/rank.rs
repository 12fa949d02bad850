//! RANK: scores the items that carry an entity's names and decides whether one is clearly it.
//!
//! Pure: candidates in, a [`Decision`] out. Every candidate already has the entity's type (the
//! query asks for it), so the score weighs the rest of the evidence, in four parts:
//!
//! | part | points | why |
//! | --- | --- | --- |
//! | match | 0.60 when a name of the entity is the item's French label, 0.50 its English or `mul` label, 0.35 one of its aliases | a label is what the item is called; an alias may be an old name, a nickname or a short form shared by others |
//! | names | +0.10 for each further name of the entity the item also carries, at most +0.20 | "Kirill Dmitriev" and "Kirill Dmitriyev" both found on one item say more than one name |
//! | context | +0.15 for each hint word the item's description shares, at most +0.30; the French and English descriptions are counted apart and the better one kept | a person's titles in the articles ("diplomate russe") and a place's country ("Allemagne") are what a description says |
//! | popularity | 0.05 × ln(1 + sitelinks) / ln(1 + 500), at most 0.05 | a weak prior for the better-known namesake, too small to decide on its own |
//!
//! Hint words are the words of the hints (role labels, country names) of four letters or more,
//! less the function words of `src/lang/fr/link_ignored_words.txt`; a hyphenated word is one
//! word ("porte-parole"). A hint word and a description word agree when they are equal once
//! case and accents are folded, or when both have six letters or more and share the first six:
//! a crude stem that also crosses languages ("diplomate" meets "diplomat", "ministre"
//! "minister", "américain" "American").
//!
//! The best candidate is linked when its score is at least [`MIN_SCORE`] (an alias alone is not
//! enough; an alias and one agreeing word are) and it leads the runner-up by at least
//! [`MARGIN`], which is more than the whole popularity prior: sitelinks never break a tie
//! alone. Otherwise the entity is ambiguous; with no candidate at all it has none.
//!
//! The confidence of a link is `min(1, best) × (1 − second / (2 × best))`: the best score,
//! less half the share of it the runner-up reaches. A lone candidate keeps its score; a
//! runner-up close behind brings it down towards half.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::query::{Candidate, Match};
use super::Entity;
use crate::text::fold;

/// The lowest score that may be linked.
pub const MIN_SCORE: f64 = 0.45;
/// How far the best candidate must lead the second to be linked.
pub const MARGIN: f64 = 0.15;

const FRENCH_LABEL: f64 = 0.60;
const OTHER_LABEL: f64 = 0.50;
const ALIAS: f64 = 0.35;
const PER_EXTRA_NAME: f64 = 0.10;
const MAX_EXTRA_NAMES: f64 = 0.20;
const PER_HINT_WORD: f64 = 0.15;
const MAX_HINT_WORDS: f64 = 0.30;
const POPULARITY: f64 = 0.05;
const POPULAR_SITELINKS: f64 = 500.0;
/// Letters two words must share at their start to agree without being equal.
const STEM: usize = 6;

/// Function words that say nothing about who or what an entity is.
static IGNORED: LazyLock<HashSet<String>> = LazyLock::new(|| {
    // A list can only be malformed in its layout, which the test of every bundled table checks
    // (`lang::fr`); a line it could not read is left out here too.
    crate::lang::fr::LINK_IGNORED_WORDS
        .items(&mut Vec::new())
        .into_iter()
        .map(|word| fold(word).text)
        .collect()
});

/// A candidate with its score and what made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub candidate: Candidate,
    pub score: f64,
    /// Hint words its description shares (in its better description).
    pub agreeing: usize,
}

impl Scored {
    /// How the link was found, for `ng:method`: "label+type", "alias+type+description"…
    pub fn method(&self) -> String {
        let name = match self.candidate.best_match() {
            Match::FrenchLabel | Match::OtherLabel => "label",
            Match::Alias => "alias",
        };
        let mut method = format!("{name}+type");
        if self.agreeing > 0 {
            method.push_str("+description");
        }
        method
    }
}

/// What to do with one entity.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// One candidate is clearly the entity.
    Linked { best: Scored, confidence: f64 },
    /// Candidates, best first, none clearly ahead (or the best too weak).
    Ambiguous(Vec<Scored>),
    /// No item carries the entity's names with its type.
    NoCandidate,
}

/// Scores the candidates of an entity and decides.
pub fn decide(entity: &Entity, candidates: Vec<Candidate>) -> Decision {
    let hints = hint_words(&entity.hints);
    let mut scored: Vec<Scored> = candidates
        .into_iter()
        .map(|candidate| score(candidate, &hints))
        .collect();
    // Best first; equal scores in Q-id order, so the output never depends on the answer's order.
    scored.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| qid_number(&a.candidate).cmp(&qid_number(&b.candidate)))
    });
    let Some(best) = scored.first() else {
        return Decision::NoCandidate;
    };
    let second = scored.get(1).map_or(0.0, |s| s.score);
    if best.score < MIN_SCORE || best.score - second < MARGIN - 1e-9 {
        return Decision::Ambiguous(scored);
    }
    let confidence = best.score.min(1.0) * (1.0 - second / (2.0 * best.score));
    Decision::Linked {
        best: scored.swap_remove(0),
        confidence,
    }
}

fn score(candidate: Candidate, hints: &[String]) -> Scored {
    let matched = match candidate.best_match() {
        Match::FrenchLabel => FRENCH_LABEL,
        Match::OtherLabel => OTHER_LABEL,
        Match::Alias => ALIAS,
    };
    let extra_names =
        (PER_EXTRA_NAME * candidate.matches.len().saturating_sub(1) as f64).min(MAX_EXTRA_NAMES);
    let agreeing = candidate
        .descriptions
        .iter()
        .flatten()
        .map(|description| agreeing_words(hints, description))
        .max()
        .unwrap_or(0);
    let context = (PER_HINT_WORD * agreeing as f64).min(MAX_HINT_WORDS);
    let popularity = POPULARITY
        * ((1.0 + candidate.sitelinks as f64).ln() / (1.0 + POPULAR_SITELINKS).ln()).min(1.0);
    Scored {
        candidate,
        score: matched + extra_names + context + popularity,
        agreeing,
    }
}

/// The words of a text, folded; a hyphenated word stays one word ("porte-parole" →
/// "porteparole"), an apostrophe splits ("d'Allemagne" → "d", "allemagne").
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| fold(w).text.replace(' ', ""))
        .filter(|w| !w.is_empty())
}

/// The distinct words of the hints worth looking for in a description.
fn hint_words(hints: &[String]) -> Vec<String> {
    let mut out: Vec<String> = hints
        .iter()
        .flat_map(|h| words(h))
        .filter(|w| w.chars().count() >= 4 && !IGNORED.contains(w))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How many hint words the description shares.
fn agreeing_words(hints: &[String], description: &str) -> usize {
    let described: Vec<String> = words(description).collect();
    hints
        .iter()
        .filter(|h| described.iter().any(|d| agree(h, d)))
        .count()
}

/// Equal, or sharing their first [`STEM`] letters when both are that long.
fn agree(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() >= STEM
            && b.chars().count() >= STEM
            && a.chars().take(STEM).eq(b.chars().take(STEM)))
}

fn qid_number(candidate: &Candidate) -> u64 {
    candidate.qid[1..].parse().unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use oxigraph::model::NamedNode;

    use super::*;
    use crate::reference::EntityClass;

    fn entity(names: &[&str], hints: &[&str]) -> Entity {
        Entity {
            iri: NamedNode::new_unchecked("https://w3id.org/newsgraph/id/person/x"),
            class: EntityClass::Person,
            label: names[0].to_owned(),
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            hints: hints.iter().map(|h| (*h).to_owned()).collect(),
        }
    }

    fn candidate(
        qid: &str,
        matches: &[(usize, Match)],
        description: &str,
        sitelinks: u64,
    ) -> Candidate {
        Candidate {
            qid: qid.to_owned(),
            labels: [Some(format!("label of {qid}")), None, None],
            descriptions: [Some(description.to_owned()), None],
            sitelinks,
            matches: matches.iter().copied().collect::<BTreeMap<_, _>>(),
        }
    }

    fn linked(decision: &Decision) -> Option<(&str, String)> {
        match decision {
            Decision::Linked { best, confidence } => {
                Some((best.candidate.qid.as_str(), format!("{confidence:.2}")))
            }
            _ => None,
        }
    }

    #[test]
    fn a_lone_label_match_is_linked_with_its_score() {
        let e = entity(&["Angela Merkel"], &[]);
        let d = decide(
            &e,
            vec![candidate(
                "Q567",
                &[(0, Match::FrenchLabel)],
                "femme d'État allemande",
                0,
            )],
        );
        assert_eq!(linked(&d), Some(("Q567", "0.60".to_owned())));
    }

    #[test]
    fn a_clear_winner_by_description_is_linked() {
        // The country of the place decides between two cities called Berlin.
        let e = entity(&["Berlin"], &["Allemagne", "Germany"]);
        let d = decide(
            &e,
            vec![
                candidate(
                    "Q999000005",
                    &[(0, Match::FrenchLabel)],
                    "ville du New Hampshire, aux États-Unis",
                    40,
                ),
                candidate(
                    "Q64",
                    &[(0, Match::FrenchLabel)],
                    "capitale et plus grande ville d'Allemagne",
                    240,
                ),
            ],
        );
        let Decision::Linked { best, confidence } = &d else {
            panic!("{d:?}");
        };
        assert_eq!(best.candidate.qid, "Q64");
        assert_eq!(best.method(), "label+type+description");
        assert!(
            *confidence > 0.4 && *confidence < best.score,
            "{confidence}"
        );
    }

    #[test]
    fn a_tie_is_ambiguous_whatever_the_sitelinks() {
        let e = entity(&["Pavel Orlov"], &["diplomate russe"]);
        let d = decide(
            &e,
            vec![
                candidate(
                    "Q999000002",
                    &[(0, Match::FrenchLabel)],
                    "diplomate russe, ambassadeur",
                    500,
                ),
                candidate(
                    "Q999000001",
                    &[(0, Match::FrenchLabel)],
                    "diplomate russe",
                    1,
                ),
            ],
        );
        let Decision::Ambiguous(list) = &d else {
            panic!("{d:?}");
        };
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].candidate.qid, "Q999000002", "best first");
        assert!(list[0].score - list[1].score < MARGIN);
    }

    #[test]
    fn equal_scores_are_ordered_by_qid() {
        let e = entity(&["Pavel Orlov"], &[]);
        let d = decide(
            &e,
            vec![
                candidate("Q20", &[(0, Match::FrenchLabel)], "", 0),
                candidate("Q3", &[(0, Match::FrenchLabel)], "", 0),
            ],
        );
        let Decision::Ambiguous(list) = &d else {
            panic!("{d:?}");
        };
        assert_eq!(list[0].candidate.qid, "Q3");
    }

    #[test]
    fn an_alias_alone_is_too_weak_but_an_alias_with_context_is_linked() {
        let weak = entity(&["Youri Belov"], &[]);
        let only = || {
            vec![candidate(
                "Q42",
                &[(0, Match::Alias)],
                "porte-parole russe",
                3,
            )]
        };
        assert!(matches!(decide(&weak, only()), Decision::Ambiguous(_)));
        let with_role = entity(&["Youri Belov"], &["porte-parole de la délégation"]);
        let d = decide(&with_role, only());
        assert_eq!(linked(&d).map(|l| l.0), Some("Q42"));
        let Decision::Linked { best, .. } = d else {
            unreachable!()
        };
        assert_eq!(best.method(), "alias+type+description");
    }

    #[test]
    fn more_names_matched_beat_one() {
        let e = entity(&["Kirill Dmitriev", "Kirill Dmitriyev"], &[]);
        let d = decide(
            &e,
            vec![
                candidate("Q1", &[(0, Match::OtherLabel)], "", 0),
                candidate("Q2", &[(0, Match::OtherLabel), (1, Match::Alias)], "", 0),
            ],
        );
        assert!(
            matches!(&d, Decision::Ambiguous(_)),
            "one extra name is less than the margin"
        );
        let e = entity(&["Kirill Dmitriev", "Kirill Dmitriyev", "K. Dmitriev"], &[]);
        let d = decide(
            &e,
            vec![
                candidate("Q1", &[(0, Match::OtherLabel)], "", 0),
                candidate(
                    "Q2",
                    &[(0, Match::OtherLabel), (1, Match::Alias), (2, Match::Alias)],
                    "",
                    0,
                ),
            ],
        );
        assert_eq!(linked(&d).map(|l| l.0), Some("Q2"));
    }

    /// The type filter is the query's (see `query::candidates_query`): what reaches ranking
    /// has the type. Without candidates there is nothing to link.
    #[test]
    fn no_candidate_of_the_type_means_none() {
        let e = entity(&["Tomas Berglund"], &["explorateur"]);
        assert_eq!(decide(&e, Vec::new()), Decision::NoCandidate);
    }

    #[test]
    fn hint_words_skip_function_words_and_agree_across_languages() {
        let hints = hint_words(&[
            "ministre des Affaires étrangères".to_owned(),
            "porte-parole du Kremlin".to_owned(),
        ]);
        assert_eq!(
            hints,
            [
                "affaires",
                "etrangeres",
                "kremlin",
                "ministre",
                "porteparole"
            ]
        );
        assert_eq!(
            agreeing_words(&hints, "Russian minister of foreign affairs"),
            2
        );
        assert_eq!(agreeing_words(&hints, "porte-parole du Kremlin"), 2);
        assert!(agree("diplomate", "diplomat") && agree("americain", "american"));
        assert!(!agree("russe", "russie"));
        let ignored = hint_words(&["représentant spécial pour la coopération".to_owned()]);
        assert!(!ignored.contains(&"pour".to_owned()), "{ignored:?}");
    }
}
