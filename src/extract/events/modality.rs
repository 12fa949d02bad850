//! Modality: whether a trigger is denied, hypothetical, planned or recalls an earlier event,
//! from the cues of `modality.tsv` around it, "ne … pas", conditionals and "si"; and the
//! determiner of a trigger noun, which tells a new event from one named before.

use std::ops::Range;

use super::lexicon::{ordinal, Class, CueKind, Pos, Scope, LEXICON};
use super::tokens::{Hit, Sentence};

/// The cues around a trigger.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Modality {
    pub negated: bool,
    pub hypothetical: bool,
    /// "à six reprises", "régulièrement": several events told as one, none of them dated.
    pub repeated: bool,
    pub planned: bool,
    pub previous: bool,
}

/// The determiner of a trigger noun.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Determiner {
    pub definite: bool,
    pub demonstrative: bool,
    pub possessive: bool,
    /// "leur", "leurs": the two people in focus.
    pub plural_possessive: bool,
}

impl Determiner {
    pub fn refers_back(&self) -> bool {
        self.definite || self.demonstrative || self.possessive
    }
}

pub(super) fn determiner(s: &Sentence<'_>, hit: &Hit<'_>) -> Determiner {
    let mut d = Determiner::default();
    if hit.pos != Pos::Noun {
        return d;
    }
    let mut j = hit.tokens.start;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else {
            return d;
        };
        let t = &s.tokens[p];
        if !t.word {
            return d;
        }
        let skip = t.is(Class::Modifier) || ordinal(&t.key).is_some() || cue_word(&t.key);
        if skip {
            j = p;
            continue;
        }
        if t.is(Class::Demonstrative) {
            d.demonstrative = true;
        } else if t.is(Class::Possessive) {
            d.possessive = true;
            d.plural_possessive = matches!(t.key.as_str(), "leur" | "leurs");
        } else if t.key == "des" {
            // "des" after a noun is "de les" ("la substance des discussions"); after a
            // preposition, a verb or a name it is the indefinite plural ("pour des
            // entretiens", "ont entamé lundi à Doha des négociations").
            let before = p.checked_sub(1);
            d.definite = before.is_some_and(|b| {
                let t = &s.tokens[b];
                t.word
                    && s.name_at[b].is_none()
                    && !t.is(Class::Preposition)
                    && !t.is(Class::Finite)
                    && !t.is(Class::Support)
            });
        } else if t.is(Class::Definite) {
            d.definite = true;
        }
        return d;
    }
    d
}

/// Words of the hypothetical cues that may stand between a determiner and its noun ("une
/// éventuelle rencontre").
pub(super) fn cue_word(key: &str) -> bool {
    LEXICON
        .cues_from(key)
        .iter()
        .map(|&c| &LEXICON.cues[c])
        .any(|c| c.words.len() == 1 && c.kind != CueKind::Planned)
}

/// The modality of each trigger of a sentence. A verb of purpose ("pour rencontrer", "afin
/// de s'entretenir") is as denied, supposed or planned as the verb it serves: "il pourrait
/// se rendre à Damas pour y rencontrer X" is no more than possible.
pub(super) fn modalities(s: &Sentence<'_>, hits: &[Hit<'_>]) -> Vec<Modality> {
    let mut all: Vec<Modality> = hits.iter().map(|hit| modality(s, hit)).collect();
    for h in 0..hits.len() {
        if hits[h].pos == Pos::Noun {
            // "n'est pas attendu à Berlin pour préparer le sommet avec X": a noun in the
            // purpose of a denied or supposed verb is no more certain than the verb.
            if let Some(g) = purpose_of(s, hits, h) {
                let m = all[g];
                all[h].negated |= m.negated;
                all[h].hypothetical |= m.hypothetical;
            }
            continue;
        }
        if !purpose(s, &hits[h]) {
            continue;
        }
        let clause = s.clause[hits[h].tokens.start];
        let served = (0..h)
            .rev()
            .find(|&g| hits[g].pos != Pos::Noun && s.clause[hits[g].tokens.start] == clause);
        if let Some(g) = served {
            let m = all[g];
            all[h].negated |= m.negated;
            all[h].hypothetical |= m.hypothetical;
            all[h].planned |= m.planned;
        }
    }
    all
}

/// The verb trigger whose purpose phrase ("pour …", "afin de …") a trigger noun stands in:
/// the nearest verb before it in its clause, with "pour" or "afin" between them and no other
/// trigger.
fn purpose_of(s: &Sentence<'_>, hits: &[Hit<'_>], h: usize) -> Option<usize> {
    let noun = &hits[h];
    let clause = s.clause[noun.tokens.start];
    let g = (0..h)
        .rev()
        .find(|&g| s.clause[hits[g].tokens.start] == clause)?;
    let verb = &hits[g];
    let between = verb.tokens.end..noun.tokens.start;
    let purpose = between
        .clone()
        .any(|j| s.tokens[j].word && matches!(s.tokens[j].key.as_str(), "pour" | "afin"));
    (verb.pos != Pos::Noun && purpose).then_some(g)
}

/// Whether a verb trigger is an infinitive of purpose: "pour" or "afin de" before it, past
/// its pronouns ("pour y rencontrer", "afin de s'entretenir").
fn purpose(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let mut j = hit.tokens.start;
    while let Some(p) = j.checked_sub(1) {
        let t = &s.tokens[p];
        if !t.word {
            return false;
        }
        match t.key.as_str() {
            "y" | "se" | "s" | "le" | "la" | "l" | "les" | "lui" | "leur" => j = p,
            "pour" => return true,
            "de" | "d" => {
                return p > 0 && s.tokens[p - 1].key == "afin";
            }
            _ => return false,
        }
    }
    false
}

pub(super) fn modality(s: &Sentence<'_>, hit: &Hit<'_>) -> Modality {
    let mut m = Modality::default();
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let (t0, t1) = (hit.tokens.start, hit.tokens.end);
    // The words after the trigger, up to the next comma that ends what is said of it. The
    // names of a noun's complement do not count ("un appel entre X et Y reste théoriquement
    // possible"), and a relative clause about the trigger does not end it ("un sommet entre X
    // et Y, qui pourrait se tenir …", "les négociations, qui piétinent, pourraient …").
    // So are the pair words of a complement ("une rencontre entre les deux présidents
    // pourrait avoir lieu").
    let own_end = if hit.pos == Pos::Noun {
        let end = super::names::complement_end(s, hit, &clause);
        let names = s
            .names
            .iter()
            .filter(|n| n.tokens.start >= t1 && n.tokens.end <= end)
            .map(|n| n.tokens.end);
        let pair = (t1..end)
            .filter(|&j| {
                s.tokens[j].key == "deux" && s.tokens.get(j + 1).is_some_and(|n| n.is(Class::Pair))
            })
            .map(|j| j + 2);
        names.chain(pair).max().unwrap_or(t1)
    } else {
        t1
    };
    let about_trigger = |r: &Range<usize>| r.start == t1 + 1 || r.start == own_end + 1;
    let after_end = (own_end..clause.end)
        .find(|&j| {
            s.tokens[j].punct(&[','])
                && !s
                    .relatives
                    .iter()
                    .any(|r| about_trigger(r) && (r.start == j + 1 || r.end == j))
        })
        .unwrap_or(clause.end);
    let words_after = |j: usize| {
        (own_end.max(t1)..j)
            .filter(|&k| s.tokens[k].word && s.name_at[k].is_none())
            .count()
    };
    // The cues that start at each word before the trigger and after it (a cue starts with its
    // first word, so only those are tried).
    let cues_at = |j: usize| {
        let t = &s.tokens[j];
        let cues = if t.word {
            LEXICON.cues_from(&t.key)
        } else {
            &[]
        };
        cues.iter().map(move |&c| (j, &LEXICON.cues[c]))
    };
    let before = (clause.start..t0).flat_map(cues_at).filter(|(j, cue)| {
        matches!(cue.scope, Scope::Before | Scope::Around)
            && s.form_at(*j, &cue.words)
                .is_some_and(|e| e <= t0 && s.words_between(e..t0) <= cue.window)
    });
    let after = (t1..after_end).flat_map(cues_at).filter(|(j, cue)| {
        matches!(cue.scope, Scope::After | Scope::Around)
            && words_after(*j) <= cue.window
            && s.form_at(*j, &cue.words).is_some()
    });
    // "Il n'est pas prévu qu'il rencontre X": the cue governs the "que" clause the trigger
    // stands in, from the clause before it.
    let governed = clause.start > 0
        && s.tokens[clause.start].word
        && matches!(s.tokens[clause.start].key.as_str(), "que" | "qu");
    let governing = if governed {
        s.clauses[s.clause[clause.start - 1]].clone()
    } else {
        0..0
    };
    let above = governing.flat_map(cues_at).filter(|(j, cue)| {
        cue.scope == Scope::Governing
            && s.form_at(*j, &cue.words).is_some_and(|e| {
                e <= clause.start && s.words_between(e..clause.start) <= cue.window
            })
    });
    for (_, cue) in before.chain(after).chain(above) {
        match cue.kind {
            CueKind::Negation => m.negated = true,
            CueKind::Hypothetical => m.hypothetical = true,
            CueKind::Repeated => m.repeated = true,
            CueKind::Planned => m.planned = true,
            CueKind::Previous => m.previous = true,
        }
    }
    m.negated |= negated(s, hit, &clause, after_end);
    m.hypothetical |= conditional(s, hit, &clause);
    m
}

/// "ne … pas" around a verb or before a noun ("n'a pas participé aux discussions"), and "ne"
/// in the predicate after a noun ("une conversation … n'était pas prévue").
fn negated(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>, after_end: usize) -> bool {
    let (t0, t1) = (hit.tokens.start, hit.tokens.end);
    let is_ne = |j: usize| s.tokens[j].word && matches!(s.tokens[j].key.as_str(), "ne" | "n");
    let negative_in = |r: Range<usize>| r.clone().any(|j| s.tokens[j].is(Class::Negative));
    let window = if hit.pos == Pos::Noun { 6 } else { 5 };
    let ne_before = (clause.start..t0)
        .rev()
        .take_while(|&j| !s.tokens[j].punct(&[',']))
        .filter(|&j| s.tokens[j].word)
        .take(window)
        .find(|&j| is_ne(j));
    if let Some(ne) = ne_before {
        let end = (t1 + 3).min(clause.end);
        if negative_in(ne..end) {
            return true;
        }
    }
    if hit.pos == Pos::Noun {
        let scan = t1..after_end.min(t1 + 14);
        // An aside between commas may stand between the noun and its predicate: "une
        // rencontre entre X et Y, un temps évoquée, n'aura pas lieu".
        let aside = s
            .tokens
            .get(after_end)
            .is_some_and(|t| t.punct(&[',']))
            .then(|| (after_end + 1..clause.end.min(after_end + 8)).find(|&j| !s.tokens[j].word))
            .flatten()
            .filter(|&close| {
                s.tokens[close].punct(&[','])
                    && (after_end + 1..close)
                        .all(|j| s.name_at[j].is_none() && !s.tokens[j].is(Class::Finite))
            });
        let predicate = aside.map_or(0..0, |close| close + 1..clause.end.min(close + 2));
        if let Some(ne) = scan.chain(predicate).find(|&j| is_ne(j)) {
            // "n'a duré qu'une heure" restricts, it does not deny. The "que" is looked for past
            // the clause end, since "que" is where clauses are cut.
            let tail = (ne + 5).min(s.tokens.len());
            let restrictive = (ne + 1..tail)
                .any(|j| matches!(s.tokens[j].key.as_str(), "que" | "qu"))
                && !negative_in(ne..tail);
            return !restrictive;
        }
    }
    false
}

/// A verb in the conditional before the trigger ("accepterait de rencontrer") makes it
/// hypothetical, unless the clause is reported ("a dit qu'il se rendrait"), where the
/// conditional is a future seen from the past; "aurait", "serait" and "devrait" report or
/// plan rather than suppose.
fn conditional(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> bool {
    let reported = matches!(s.tokens[clause.start].key.as_str(), "que" | "qu");
    if reported {
        return false;
    }
    let conditional = |key: &str| {
        key.chars().count() >= 6
            && (key.ends_with("rait") || key.ends_with("raient"))
            && ![
                "aurait",
                "auraient",
                "serait",
                "seraient",
                "devrait",
                "devraient",
            ]
            .contains(&key)
    };
    let before = (clause.start..hit.tokens.end)
        .rev()
        .filter(|&j| s.tokens[j].word)
        .take(6)
        .any(|j| conditional(&s.tokens[j].key));
    // "si Poutine rencontre Zelensky": a condition.
    let si = (clause.start..hit.tokens.start).any(|j| {
        s.tokens[j].key == "si"
            && s.tokens.get(j + 1).is_some_and(|n| {
                n.upper
                    || [
                        "le", "la", "les", "l", "un", "une", "ce", "cette", "il", "elle", "ils",
                        "elles", "on",
                    ]
                    .contains(&n.key.as_str())
            })
    });
    before || si
}
