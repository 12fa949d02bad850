//! Pronouns and pairs: the people "il", "le", "leur" and "les deux hommes" stand for, from
//! the sentences before.
//!
//! "il" or "elle" before a verb is the first subject earlier in the sentence, else the last
//! sentence subject; an object pronoun ("Poutine le reçoit") is the last other person named;
//! "les deux hommes", "les deux dirigeants", "entre les deux" and "leur" are the two people
//! of the latest trigger that linked exactly two (or its two subjects). A denied or
//! hypothetical trigger still sets that pair.

use std::collections::BTreeSet;
use std::ops::Range;

use super::lexicon::{Class, Pos};
use super::modality;
use super::names::{complement_end, eligible, is_bare, names_in, NameInfo};
use super::tokens::{Gov, Hit, Sentence};
use super::Focus;
use crate::reference::EntityClass;

/// People the trigger's pronouns and pair nouns stand for, as entity indices, and whether
/// they are the trigger's own arguments ("entre les deux", a verb's subject) rather than a
/// possessive's owner ("leur entretien").
pub(super) fn resolve(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    focus: &Focus,
    clause: &Range<usize>,
    linked: &[usize],
) -> (Vec<usize>, bool) {
    let linked_entities: BTreeSet<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let before = clause.start..hit.tokens.start;
    let complement = hit.pos == Pos::Noun && pair_words(s, own_complement(s, hit, clause));
    // "Les deux ministres se sont contentés d'une conversation": for a noun, a pair before
    // it stands for its subject.
    // "Ils se sont entretenus": a plural subject pronoun right before a verb that names no
    // subject stands for the pair too.
    // "Les émissaires américains arrivaient de Floride, où ils avaient vu …": after a group
    // the sentence names by what its members are, the pronoun stands for that group, not for
    // the pair in focus.
    let group_before = (1..hit.tokens.start).any(|j| {
        s.tokens[j].is(Class::DelegationHead)
            && s.tokens[j - 1].word
            && matches!(
                s.tokens[j - 1].key.as_str(),
                "les" | "des" | "ces" | "leurs"
            )
    });
    let plural = hit.pos != Pos::Noun
        && !group_before
        && names_in(s, before.clone()).all(|n| !(eligible(s, info, n, hit) && is_bare(&info[n])))
        && before
            .clone()
            .rev()
            .filter(|&j| s.tokens[j].word)
            .take(4)
            .any(|j| s.tokens[j].is(Class::PluralPronoun));
    // A pair before a noun is its subject only through a support verb ("les deux hommes ont
    // eu un entretien"), not through any verb ("les deux ministres ont évoqué … pour une
    // signature").
    let pair_before = pair_words(s, before.clone())
        && (hit.pos != Pos::Noun || s.has_class(before.clone(), Class::Support));
    let pair_here = pair_before || complement || plural || pair_after(s, hit, clause);
    let possessive_plural = modality::determiner(s, hit).plural_possessive;
    let mut out = Vec::new();
    if pair_here || possessive_plural {
        if let Some(pair) = titled_pair(s, clause, focus).or(focus.pair) {
            out.extend(pair.iter().filter(|e| !linked_entities.contains(e)));
        }
        return (out, pair_here && (hit.pos != Pos::Noun || complement));
    }
    // A noun takes its clause's subject when "avec" or a support verb says so ("il a eu un
    // entretien avec X", "il est attendu à Y pour un entretien avec X").
    let noun_subject = hit.pos == Pos::Noun
        && (s.has_class(before.clone(), Class::Support)
            || (hit.tokens.end..complement_end(s, hit, clause)).any(|j| s.tokens[j].key == "avec"));
    let subject_missing = (hit.pos != Pos::Noun || noun_subject)
        && names_in(s, before.clone()).all(|n| !(eligible(s, info, n, hit) && is_bare(&info[n])));
    if subject_missing {
        let pronoun = before
            .clone()
            .rev()
            .filter(|&j| s.tokens[j].word)
            .take(if noun_subject { 10 } else { 6 })
            .find(|&j| s.tokens[j].is(Class::SubjectPronoun));
        let relative = s
            .relatives
            .iter()
            .find(|r| r.contains(&hit.tokens.start))
            .and_then(|r| r.start.checked_sub(2))
            .and_then(|j| s.name_at[j])
            .filter(|&n| info[n].person && !info[n].excluded)
            .map(|n| s.names[n].entity);
        if let Some(entity) = relative {
            out.push(entity);
        } else if let Some(p) = pronoun {
            // "Le président élu doit se rendre à Buenos Aires, où il est attendu par X": the
            // pronoun stands for the title the sentence opens with, whoever holds it, not for
            // the subject of the sentence before.
            let own = subject_before(s, info, p);
            let titled = own.is_none() && titled_subject(s, p);
            out.extend(own.or(focus.subject.filter(|_| !titled)));
        } else if hit.pos != Pos::Noun && infinitive(s, hit) {
            out.extend(subject_before(s, info, hit.tokens.start));
        }
    }
    if hit.pos != Pos::Noun && object_pronoun(s, hit) {
        let subject: BTreeSet<usize> = out
            .iter()
            .copied()
            .chain(linked_entities.iter().copied())
            .collect();
        let in_sentence = (0..s.names.len())
            .rev()
            .filter(|&n| s.names[n].tokens.end <= hit.tokens.start)
            .filter(|&n| info[n].person && !info[n].excluded)
            .map(|n| s.names[n].entity)
            .find(|e| !subject.contains(e));
        let earlier = focus.subject.filter(|e| !subject.contains(e)).or_else(|| {
            focus
                .recent
                .iter()
                .rev()
                .find(|e| !subject.contains(e))
                .copied()
        });
        out.extend(in_sentence.or(earlier));
    }
    out.retain(|e| !linked_entities.contains(e));
    (out, hit.pos != Pos::Noun)
}

/// The tokens of a noun's own complement. A comma after a name of it closes it: "le sommet
/// avec le Premier ministre X, les deux dirigeants s'accordant sur …" opens a clause of its
/// own, whose pair is not the noun's.
fn own_complement(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> Range<usize> {
    let end = complement_end(s, hit, clause);
    let mut named = false;
    for j in hit.tokens.end..end {
        if s.name_at[j].is_some() {
            named = true;
        } else if named && s.tokens[j].punct(&[',', ';']) {
            return hit.tokens.end..j;
        }
    }
    hit.tokens.end..end
}

/// "a reçu séparément les deux chefs d'État": a pair right after a verb, its object.
pub(super) fn pair_after(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> bool {
    hit.pos != Pos::Noun && pair_words(s, hit.tokens.end..clause.end.min(hit.tokens.end + 5))
}

/// "les deux hommes", "les deux", "tous deux" in a token range.
pub(super) fn pair_words(s: &Sentence<'_>, range: Range<usize>) -> bool {
    range.clone().any(|j| {
        let t = &s.tokens[j];
        // "les chefs de délégation": a pair noun of several words needs no "deux".
        if t.word && t.key == "les" {
            if let Some(end) = s.class_at(j + 1, Class::Pair) {
                if end > j + 2 && end <= range.end {
                    return true;
                }
            }
        }
        if !t.word || t.key != "deux" {
            return false;
        }
        let prev = j.checked_sub(1).map(|p| s.tokens[p].key.as_str());
        let next = s.tokens.get(j + 1);
        let pair_noun = next.is_some_and(|n| n.is(Class::Pair));
        let bare = matches!(prev, Some("les" | "tous" | "toutes"))
            && next.is_none_or(|n| {
                !n.word
                    || !n.key.chars().all(|c| c.is_alphabetic())
                    || n.is(Class::Pair)
                    || n.is(Class::TitleStop)
                    || n.is(Class::Preposition)
            });
        (matches!(prev, Some("les" | "deux" | "tous")) && pair_noun) || bare
    })
}

/// Whether a verb trigger has its subject elsewhere: an infinitive after "à", "de", "pour",
/// a modal ("doit rencontrer"), or a form in -er/-ir/-re.
fn infinitive(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let last = &s.tokens[hit.tokens.end - 1].key;
    ["er", "ir", "re", "oir"].iter().any(|e| last.ends_with(e)) || hit.pos == Pos::Phrase
}

/// The first bare person of the sentence before token `end`: the subject a pronoun or an
/// infinitive stands for.
fn subject_before(s: &Sentence<'_>, info: &[NameInfo], end: usize) -> Option<usize> {
    let persons = || {
        (0..s.names.len())
            .filter(move |&n| s.names[n].tokens.end <= end)
            .filter(|&n| info[n].person && !info[n].excluded)
    };
    // A bare name first; else the first name not introduced by "selon" ("le passage de
    // l'émissaire Steve Witkoff à Moscou, où il a été reçu").
    let source = |n: usize| matches!(&info[n].gov, Gov::Prep(p, _) if p == "selon");
    persons()
        .find(|&n| is_bare(&info[n]))
        .or_else(|| persons().find(|&n| !source(n)))
        .map(|n| s.names[n].entity)
}

/// Whether the sentence, before token `end`, opens with a title and no name: a definite
/// determiner and a title noun at its start or after a comma ("Le président élu doit …",
/// "Mardi, la diplomate a …").
fn titled_subject(s: &Sentence<'_>, end: usize) -> bool {
    (0..end).any(|j| {
        let t = &s.tokens[j];
        let opens = j == 0 || s.tokens[j - 1].punct(&[',']);
        opens
            && t.word
            && t.is(Class::Definite)
            && s.class_at(j + 1, Class::TitleHead).is_some()
            && s.name_at[j + 1].is_none()
    })
}

/// "Poutine le reçoit", "doit le recevoir", "l'a reçu", "lui a parlé", "l'a ensuite reçu".
fn object_pronoun(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let mut j = hit.tokens.start;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        let t = &s.tokens[p];
        if !t.word {
            return false;
        }
        if t.is(Class::ObjectPronoun) {
            let before = p.checked_sub(1).map(|b| &s.tokens[b]);
            return before.is_none_or(|b| !b.is(Class::Preposition) && !b.is(Class::Genitive));
        }
        // An adverb stands between the auxiliary and the participle ("l'a ensuite reçu"),
        // never right after the pronoun ("il est lui aussi attendu": "lui" is the subject).
        let inserted = t.is(Class::Inserted)
            && p.checked_sub(1)
                .is_some_and(|b| s.tokens[b].is(Class::Finite) || s.tokens[b].is(Class::Inserted));
        if !(t.is(Class::Finite)
            || inserted
            || matches!(t.key.as_str(), "ne" | "n" | "y" | "en" | "se" | "s"))
        {
            return false;
        }
        j = p;
    }
    false
}

/// `paired`: whether the sentence speaks of an event (its triggers set the pair). Else a
/// sentence whose subject is two people ("Donald Trump et Ursula von der Leyen ont scellé
/// dimanche un accord") makes them the pair that a later "ils" stands for.
pub(super) fn update_focus(s: &Sentence<'_>, info: &[NameInfo], focus: &mut Focus, paired: bool) {
    let persons: Vec<usize> = (0..s.names.len())
        .filter(|&n| info[n].person && !info[n].excluded)
        .collect();
    if !paired {
        if let Some(pair) = two_subjects(s, info) {
            focus.set_pair(pair);
        }
    }
    if let Some(&n) = persons.iter().find(|&&n| is_bare(&info[n])) {
        focus.subject = Some(s.names[n].entity);
    }
    for n in persons {
        let e = s.names[n].entity;
        focus.recent.retain(|&r| r != e);
        focus.recent.push(e);
        if let Some(title) = title_before(s, n) {
            if !focus.titles.contains(&(e, title)) {
                focus.titles.push((e, title));
            }
        }
    }
}

/// Pair nouns that are a title, and the title's key: "les deux présidents" are two people
/// the article calls "président" or "présidente".
const PAIR_TITLES: &[(&str, &str)] = &[
    ("presidents", "president"),
    ("presidentes", "president"),
    ("ministres", "ministre"),
];

/// The titles a person is given right before their name, by key.
const TITLES: &[(&str, &str)] = &[
    ("president", "president"),
    ("presidente", "president"),
    ("ministre", "ministre"),
];

/// The title right before name `n` ("le nouveau président roumain, Nicușor Dan", "le
/// Premier ministre Dorin Recean"), unless a possessive makes it another body's ("son
/// président, Igor Grosu": the president of the Parliament just named).
fn title_before(s: &Sentence<'_>, n: usize) -> Option<&'static str> {
    let start = s.names[n].tokens.start;
    for j in (start.saturating_sub(8)..start).rev() {
        let t = &s.tokens[j];
        // "la présidente de la République de Moldavie, Maia Sandu": the title's complement
        // may name a place or a body, not another person.
        let person = s.name_at[j].is_some_and(|m| s.names[m].class == EntityClass::Person);
        if person || t.is(Class::Finite) || (!t.word && t.key != ",") {
            return None;
        }
        if let Some(&(_, title)) = TITLES.iter().find(|(k, _)| *k == t.key) {
            // "le vice-président nigérian, Kashim Shettima" is no president.
            let owned = j.checked_sub(1).is_some_and(|p| {
                matches!(
                    s.tokens[p].key.as_str(),
                    "son" | "sa" | "ses" | "leur" | "leurs" | "notre" | "votre" | "vice"
                )
            });
            return (!owned).then_some(title);
        }
    }
    None
}

/// "les deux présidents": the two people last named with that title, unless the pair in
/// focus holds it; `None` when the clause's pair is no title or fewer than two hold it.
fn titled_pair(s: &Sentence<'_>, clause: &Range<usize>, focus: &Focus) -> Option<[usize; 2]> {
    let title = (clause.start..clause.end.saturating_sub(1)).find_map(|j| {
        if !(s.tokens[j].word && s.tokens[j].key == "deux") {
            return None;
        }
        // "les deux chefs d'État" are the two presidents the article named.
        let key = |k: usize| s.tokens.get(j + k).map(|t| t.key.as_str());
        if key(1) == Some("chefs") && key(2) == Some("d") && key(3) == Some("etat") {
            return Some("president");
        }
        PAIR_TITLES
            .iter()
            .find(|(k, _)| *k == s.tokens[j + 1].key)
            .map(|&(_, title)| title)
    })?;
    let holds = |e: &usize| focus.titles.contains(&(*e, title));
    if focus.pair.is_some_and(|p| p.iter().all(holds)) {
        return focus.pair;
    }
    let mut last = focus.recent.iter().rev().filter(|e| holds(e));
    let (a, b) = (*last.next()?, *last.next()?);
    Some([a.min(b), a.max(b)])
}

/// Two people joined by "et" before the sentence's first verb, its subject.
fn two_subjects(s: &Sentence<'_>, info: &[NameInfo]) -> Option<[usize; 2]> {
    let verb = (0..s.tokens.len()).find(|&j| {
        let t = &s.tokens[j];
        t.word && s.name_at[j].is_none() && (t.is(Class::Finite) || t.is(Class::TitleStop))
    })?;
    let subjects: Vec<usize> = (0..s.names.len())
        .filter(|&n| s.names[n].tokens.end <= verb)
        .filter(|&n| info[n].person && !info[n].excluded && is_bare(&info[n]))
        .collect();
    let [a, b] = subjects[..] else {
        return None;
    };
    let joined = (s.names[a].tokens.end..s.names[b].tokens.start)
        .any(|j| s.tokens[j].word && s.tokens[j].key == "et");
    let (x, y) = (s.names[a].entity, s.names[b].entity);
    (joined && x != y).then_some([x.min(y), x.max(y)])
}
