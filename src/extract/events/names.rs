//! The names of a sentence as the event rules see them: what governs each, whether it
//! speaks, stands in a title or is left out, and where a trigger noun's complement ends.
//!
//! Read by the participant, pronoun and modality rules, which therefore do not read one
//! another for these.

use std::ops::Range;

use super::lexicon::{Class, Pos, Role, LEXICON};
use super::tokens::{Gov, Hit, Sentence};
use super::Context;
use crate::extract::speech::{Speaker, Speech};
use crate::reference::EntityClass;

/// What the sentence says about each name in it.
pub(super) struct NameInfo {
    pub person: bool,
    pub gov: Gov,
    /// The agent of "conduite par", "ouverte par": a participant like a subject.
    pub leader: bool,
    /// In an excluded range (and not a speaker), or only part of someone's title.
    pub excluded: bool,
    /// The byte ranges of the words this name is said to have spoken.
    pub speaks: Vec<Range<usize>>,
}

pub(super) fn name_info(
    s: &Sentence<'_>,
    context: &Context<'_>,
    hits: &[Hit<'_>],
) -> Vec<NameInfo> {
    let speeches = s.speech;
    (0..s.names.len())
        .map(|n| {
            let name = &s.names[n];
            let range =
                s.tokens[name.tokens.start].range.start..s.tokens[name.tokens.end - 1].range.end;
            let gov = s.governor(n);
            // "X a annoncé avoir eu un entretien avec Y": words in an infinitive clause are the
            // speaker's own deeds, and he takes part in what they tell.
            let spoken: Vec<_> = speeches
                .iter()
                .filter(|sp| match &sp.speaker {
                    Speaker::Phrase(r) => r.start <= range.start && range.end <= r.end,
                    Speaker::Pronoun(_) => false,
                })
                .collect();
            let speaker = !spoken.is_empty();
            let speaks: Vec<Range<usize>> = spoken
                .into_iter()
                .filter(|sp| sp.quoted || !infinitive_clause(s, sp.content.start))
                .map(|sp| said(s, sp))
                .collect();
            // A speaker is left out only of the events told in his own words (`eligible`):
            // "Lors d'une rencontre avec X, Y a déclaré que …" has Y take part.
            // An excluded range is trusted for a name after a preposition (the complement of a
            // title); a bare name heads its own phrase ("le Premier ministre hongrois Viktor
            // Orban") and a speaker is judged by the words he speaks.
            let in_excluded = !speaker
                && gov != Gov::Bare
                && context
                    .excluded
                    .iter()
                    .any(|x| x.start < range.end && range.start < x.end);
            let (title, leader) = match &gov {
                Gov::Prep(_, g) if s.tokens[*g].is(Class::Genitive) => {
                    (in_title(s, *g, hits), false)
                }
                Gov::Prep(p, g) if p == "par" => (false, led_by(s, *g)),
                _ => (false, false),
            };
            NameInfo {
                person: name.class == EntityClass::Person,
                gov,
                leader,
                excluded: in_excluded || title,
                speaks,
            }
        })
        .collect()
}

/// Whether "par" at token `g` names who leads: right after a leader phrase ("conduite par"),
/// or after its participle with a date or a place between ("tenues les 25 et 26 octobre à
/// Kuala Lumpur par X").
fn led_by(s: &Sentence<'_>, g: usize) -> bool {
    if s.class_before(g + 1, Class::Leader).is_some() {
        return true;
    }
    for j in (g.saturating_sub(12)..g).rev() {
        let t = &s.tokens[j];
        if !t.word || t.is(Class::Finite) {
            return false;
        }
        let participle = LEXICON
            .phrases_to(Class::Leader, "par")
            .any(|f| f.len() == 2 && f[0] == t.key);
        if participle {
            return true;
        }
    }
    false
}

/// Whether the words at a byte offset open an infinitive clause ("avoir eu", "espérer
/// s'entretenir").
/// The words a speaker is said to speak. The object of a speech verb ends where a
/// circumstance of the verb begins: "X et Y ont annoncé jeudi un partenariat à l'issue d'un
/// entretien" tells what they announced and when, and the talks are theirs. A "que" clause
/// or a quotation keeps all its words ("X a dit que la réunion avec Y …").
fn said(s: &Sentence<'_>, sp: &Speech) -> Range<usize> {
    let content = sp.content.clone();
    if sp.quoted {
        return content;
    }
    let first = s.tokens.iter().position(|t| t.range.start >= content.start);
    let Some(first) = first else {
        return content;
    };
    let reported = first
        .checked_sub(1)
        .is_some_and(|p| matches!(s.tokens[p].key.as_str(), "que" | "qu" | ":" | ","))
        || s.tokens[first].key == "que"
        || s.tokens[first].key == "qu";
    if reported {
        return content;
    }
    let cut = (first..s.tokens.len())
        .take_while(|&j| s.tokens[j].range.start < content.end)
        .find(|&j| s.tokens[j].word && s.class_at(j, Class::Circumstance).is_some());
    match cut {
        Some(j) => content.start..s.tokens[j].range.start,
        None => content,
    }
}

fn infinitive_clause(s: &Sentence<'_>, at: usize) -> bool {
    let first = s.tokens.iter().find(|t| {
        t.word
            && t.range.start >= at
            && !matches!(
                t.key.as_str(),
                "s" | "se" | "l" | "le" | "la" | "les" | "lui" | "y" | "en" | "ne" | "n" | "pas"
            )
    });
    first.is_some_and(|t| {
        t.key.chars().count() >= 4 && ["er", "ir", "re", "oir"].iter().any(|e| t.key.ends_with(e))
    })
}

/// Whether a genitive preposition at token `g` completes a title ("l'envoyé spécial du
/// président", "le gendre de"): a title noun stands among the three words before it, and no
/// trigger noun or companion word.
pub(super) fn in_title(s: &Sentence<'_>, g: usize, hits: &[Hit<'_>]) -> bool {
    if s.class_before(g + 1, Class::Companion).is_some() {
        return false;
    }
    // "les négociateurs de X", "la délégation de X": X's team, X's side of the meeting.
    let team = (0..g)
        .rev()
        .take_while(|&j| s.tokens[j].word)
        .take(2)
        .any(|j| {
            s.tokens[j].is(Class::DelegationHead)
                || s.class_before(j + 1, Class::DelegationHead).is_some()
        });
    if team {
        return false;
    }
    let before: Vec<usize> = (0..g)
        .rev()
        .take_while(|&j| s.tokens[j].word)
        .take(3)
        .collect();
    let trigger = before.iter().any(|&j| {
        hits.iter()
            .any(|h| h.pos == Pos::Noun && h.tokens.contains(&j))
    });
    let title = before.iter().any(|&j| s.tokens[j].is(Class::TitleHead))
        || before
            .iter()
            .any(|&j| s.class_before(j + 1, Class::TitleHead).is_some());
    title && !trigger
}

/// Whether name `n` may take part in the event of a trigger.
pub(super) fn eligible(s: &Sentence<'_>, info: &[NameInfo], n: usize, hit: &Hit<'_>) -> bool {
    let i = &info[n];
    let at = s.tokens[hit.tokens.start].range.start;
    let first = s.names[n].tokens.start;
    // A trigger inside a phrase about another time takes no one from outside it ("repéré
    // aux côtés de X avant les pourparlers").
    // An infinitive after "avant de" shares the clause's people.
    let inside = s
        .excursions
        .iter()
        .all(|r| !r.contains(&hit.tokens.start) || r.contains(&first) || s.infinitives.contains(r));
    // A trigger in a relative clause takes no one after it: "X, qui s'était retrouvé jeudi
    // avec Y, doit rencontrer Z" (Z is not at the meeting with Y).
    let within = s
        .relatives
        .iter()
        .all(|r| !r.contains(&hit.tokens.start) || first < r.end);
    i.person
        && !i.excluded
        && s.visible(first, hit.tokens.start, hit.tokens.end)
        && inside
        && within
        && !i.speaks.iter().any(|c| c.contains(&at))
}

/// Whether name `n` may take part in the event of a trigger but for the phrase about another
/// time the trigger stands in: a noun's subject outside it ("X a été suspendue après un appel
/// avec Y").
pub(super) fn eligible_around(
    s: &Sentence<'_>,
    info: &[NameInfo],
    n: usize,
    hit: &Hit<'_>,
) -> bool {
    let i = &info[n];
    let at = s.tokens[hit.tokens.start].range.start;
    let first = s.names[n].tokens.start;
    let excursion = |r: &&Range<usize>| r.contains(&hit.tokens.start) && !r.contains(&first);
    let only_excursion = s.excursions.iter().any(|r| excursion(&r))
        && s.relatives
            .iter()
            .chain(&s.asides)
            .chain(&s.excursions)
            .all(|r| !r.contains(&first) || r.contains(&hit.tokens.start));
    i.person && !i.excluded && only_excursion && !i.speaks.iter().any(|c| c.contains(&at))
}

/// Names of persons whose first token lies in a token range.
pub(super) fn names_in<'s>(
    s: &'s Sentence<'_>,
    range: Range<usize>,
) -> impl Iterator<Item = usize> + 's {
    (0..s.names.len()).filter(move |&n| range.contains(&s.names[n].tokens.start))
}

pub(super) fn is_bare(info: &NameInfo) -> bool {
    info.gov == Gov::Bare || info.leader
}

/// Whether a trigger form starts at token `j`. A delegation is not one here: it is part of a
/// noun's complement ("des négociations entre une délégation conduite par X et une délégation
/// conduite par Y").
pub(super) fn trigger_at(s: &Sentence<'_>, j: usize) -> bool {
    let t = &s.tokens[j];
    t.word
        && LEXICON.triggers_from(&t.key).iter().any(|&i| {
            let trigger = &LEXICON.triggers[i];
            trigger.role != Role::Delegation && s.form_at(j, &trigger.words).is_some()
        })
}

/// Where a noun's complement ends: at a verb or clause word, a date, a comma that no name
/// follows, or ten words after the last name.
pub(super) fn complement_end(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> usize {
    let mut j = hit.tokens.end;
    let mut last = j;
    while j < clause.end {
        let t = &s.tokens[j];
        // Another trigger starts its own complement.
        if trigger_at(s, j) {
            break;
        }
        if s.name_at[j].is_some() {
            last = j;
            j += 1;
            continue;
        }
        // "en tête-à-tête", "par téléphone", "aux côtés de", "le secrétaire au Trésor":
        // manner, companion and title phrases belong to the complement.
        if let Some(end) = s
            .class_at(j, Class::InPerson)
            .or_else(|| s.class_at(j, Class::Phone))
            .or_else(|| s.class_at(j, Class::Companion))
            .or_else(|| s.class_at(j, Class::Title))
        {
            j = end;
            continue;
        }
        if t.word && t.is(Class::PlacePreposition) {
            // "l'entretien à Moscou entre …", "un coup de fil à Vladimir Poutine": a name
            // after the preposition stays inside the complement.
            let name = (j + 1..(j + 5).min(clause.end))
                .take_while(|&k| s.name_at[k].is_some() || (s.tokens[k].word && !s.tokens[k].upper))
                .find_map(|k| s.name_at[k]);
            if let Some(n) = name {
                j = s.names[n].tokens.end;
                last = j;
                continue;
            }
        }
        // "une séance de travail élargie aux délégations avec X": a participle's own
        // complement is passed, up to the "avec" or "entre" of the noun.
        if let Some(linker) = participle_phrase(s, hit, j, clause) {
            j = linker;
            continue;
        }
        // "le commissaire européen au Commerce X": the preposition of a title is no stop.
        if t.word && t.is(Class::TitleStop) && !s.title_field(j) {
            break;
        }
        if s.words_between(last..j) > 10 {
            break;
        }
        j += 1;
    }
    j
}

/// Where the "avec" or "entre" after a participle phrase that qualifies a trigger noun stands
/// ("une séance de travail élargie aux délégations avec X", "un entretien consacré au
/// commerce avec X"), when token `j` opens that phrase's complement: the participle right
/// after the noun (or its adjectives), then six words at most with no name, verb or
/// punctuation.
fn participle_phrase(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    j: usize,
    clause: &Range<usize>,
) -> Option<usize> {
    if !s.tokens[j].word || !s.tokens[j].is(Class::Preposition) {
        return None;
    }
    let prev = j.checked_sub(1).filter(|&p| p >= hit.tokens.end)?;
    let participle = &s.tokens[prev];
    if !participle.word || participle.upper || s.name_at[prev].is_some() {
        return None;
    }
    let ends = ["é", "ée", "és", "ées", "ie", "ies", "ue", "ues"];
    if !ends.iter().any(|e| s.written(prev).ends_with(e)) {
        return None;
    }
    (j + 1..clause.end.min(j + 7))
        .take_while(|&k| {
            let t = &s.tokens[k];
            t.word && s.name_at[k].is_none() && !t.is(Class::Finite) && !trigger_at(s, k)
        })
        .find(|&k| matches!(s.tokens[k].key.as_str(), "avec" | "entre"))
}
