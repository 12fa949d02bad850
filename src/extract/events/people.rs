//! The people a trigger links to its event.
//!
//! A verb takes as participants its subject (the bare names before it in its clause, or the
//! person a pronoun stands for) and the objects its table row allows ("a rencontré Poutine",
//! "s'est entretenu avec Poutine", "a été reçu par Poutine"). A noun takes the names of its
//! complement ("entre X et Y", "de X avec Y", "Rencontre X – Y"), and also the subject of its
//! clause when the complement is "avec" only, when a possessive stands before it ("sa
//! visite"), when a support verb governs it ("ont eu une conversation") or when it opens the
//! sentence ("Lors d'une rencontre avec X, Y …"). Names in a title ("l'envoyé du président
//! Donald Trump"), in the excluded ranges of the context, or speaking the words the trigger
//! is in ("… a déclaré Iouri Ouchakov") are never participants.

use std::ops::Range;

use super::focus;
use super::lexicon::{Class, Pos, LEXICON};
use super::modality;
use super::read::Hit;
use super::tokens::{Gov, Sentence};
use super::{Context, Focus};
use crate::extract::speech::Speaker;
use crate::extract::EventKind;
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

/// The people linked to a trigger.
pub(super) struct Linked {
    /// Entity indices, sorted.
    pub entities: Vec<usize>,
    /// Whether some came from the trigger's own arguments (a verb's subject or objects, a
    /// noun's complement) rather than from the subject of the clause a noun stands in.
    pub own: bool,
    /// The named subjects of a verb, entity indices.
    pub subjects: Vec<usize>,
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
                .map(|sp| sp.content.clone())
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
                Gov::Prep(p, g) if p == "par" => {
                    (false, s.class_before(*g + 1, Class::Leader).is_some())
                }
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

/// Whether the words at a byte offset open an infinitive clause ("avoir eu", "espérer
/// s'entretenir").
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
    let inside = s
        .excursions
        .iter()
        .all(|r| !r.contains(&hit.tokens.start) || r.contains(&first));
    i.person
        && !i.excluded
        && s.visible(first, hit.tokens.start, hit.tokens.end)
        && inside
        && !i.speaks.iter().any(|c| c.contains(&at))
}

/// The people linked to a trigger.
pub(super) fn participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    focus: &Focus,
) -> Linked {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let mut subjects = Vec::new();
    let (mut linked, mut own) = match hit.pos {
        Pos::Noun => noun_participants(s, hit, info, &clause),
        Pos::Verb | Pos::Phrase => {
            let linked = verb_participants(s, hit, info, &clause);
            subjects = linked
                .iter()
                .filter(|&&n| s.names[n].tokens.end <= hit.tokens.start)
                .map(|&n| s.names[n].entity)
                .collect();
            subjects.sort_unstable();
            subjects.dedup();
            let own = !linked.is_empty();
            (linked, own)
        }
    };
    // Companions anywhere in the clause: "accompagné de Jared Kushner".
    for n in names_in(s, clause.clone()) {
        if let Gov::Prep(_, g) = &info[n].gov {
            // "accompagné de X"; "sous la médiation de l'émir du Qatar X", whose phrase
            // starts at the governing preposition.
            let first = s.names[n].tokens.start;
            let companion = s.class_before(*g + 1, Class::Companion).is_some()
                || s.class_at(*g, Class::Companion)
                    .is_some_and(|end| end <= first);
            if companion && eligible(s, info, n, hit) {
                linked.push(n);
                own = true;
            }
        }
    }
    let mut entities: Vec<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let (resolved, resolved_own) = focus::resolve(s, hit, info, focus, &clause, &linked);
    own |= resolved_own && !resolved.is_empty();
    entities.extend(resolved);
    entities.sort_unstable();
    entities.dedup();
    Linked {
        entities,
        own,
        subjects,
    }
}

/// Whether a trigger noun's complement names other parties than people ("des pourparlers
/// entre Kiev et Moscou"): such a noun is another event, not one named before.
pub(super) fn foreign(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> bool {
    if hit.pos != Pos::Noun {
        return false;
    }
    let stop = complement_end(s, hit, clause);
    let linker =
        (hit.tokens.end..stop).any(|j| matches!(s.tokens[j].key.as_str(), "entre" | "avec"));
    let person = names_in(s, hit.tokens.end..stop).any(|n| s.names[n].class == EntityClass::Person);
    linker && !person && !focus::pair_words(s, hit.tokens.end..stop)
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

fn verb_participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> Vec<usize> {
    let objects = hit.trigger.objects;
    // The subject: the nearest bare name before the verb and the names joined to it ("X et Y
    // se sont parlé, puis X a appelé Z": X alone calls Z).
    let mut linked = subject_chain(s, info, hit, clause.start..hit.tokens.start, false);
    for n in names_in(s, hit.tokens.end..clause.end) {
        if !eligible(s, info, n, hit) {
            continue;
        }
        let allowed = match &info[n].gov {
            Gov::Bare => objects.direct,
            // A preposition before the verb governs the verb, not the name: "pour rencontrer
            // Emmanuel Macron", "afin de recevoir X" make X a direct object.
            Gov::Prep(_, g) if *g < hit.tokens.start => objects.direct,
            Gov::Prep(p, _) => match p.as_str() {
                "avec" => objects.avec,
                "à" | "au" | "aux" => objects.a,
                "par" => objects.par,
                "de" | "du" | "d" | "des" => objects.de,
                _ => false,
            },
        };
        if allowed {
            linked.push(n);
        }
    }
    linked
}

fn noun_participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> (Vec<usize>, bool) {
    let stop = complement_end(s, hit, clause);
    let mut between = Vec::new();
    let mut others = Vec::new();
    let mut avec = false;
    // A bare name is a complement right after the noun ("Rencontre Poutine – Witkoff") or
    // after such a name; after a comma it is the subject of what follows ("Avant
    // l'entretien, Donald Trump a …").
    let mut bare_end = hit.tokens.end;
    for n in names_in(s, hit.tokens.end..stop) {
        if !eligible(s, info, n, hit) {
            continue;
        }
        let first = s.names[n].tokens.start;
        let gap = bare_end..first;
        let close = gap.len() <= 3 && !gap.clone().any(|j| s.tokens[j].punct(&[',']));
        if info[n].gov == Gov::Bare && !info[n].leader {
            if close {
                others.push(n);
                bare_end = s.names[n].tokens.end;
            }
            continue;
        }
        match &info[n].gov {
            Gov::Prep(p, g) if p == "entre" && *g >= hit.tokens.end => between.push(n),
            Gov::Prep(p, _) if p == "avec" => {
                avec = true;
                others.push(n);
            }
            // "un coup de fil à Vladimir Poutine".
            Gov::Prep(p, _)
                if matches!(p.as_str(), "à" | "au")
                    && hit.trigger.kind == EventKind::Call
                    && !hit.trigger.open =>
            {
                avec = true;
                others.push(n);
            }
            Gov::Prep(_, g) if s.tokens[*g].is(Class::Genitive) => {
                if s.genitive_head(*g).is_some_and(|h| hit.tokens.contains(&h)) {
                    others.push(n);
                }
            }
            Gov::Prep(..) if info[n].leader => others.push(n),
            Gov::Bare => others.push(n),
            Gov::Prep(..) => {}
        }
    }
    if !between.is_empty() {
        return (between, true);
    }
    // The agent of "ouverte par" is a participant, but not the noun's own complement: "la
    // réunion, ouverte par X" still refers back.
    let own = others.iter().any(|&n| !info[n].leader);
    let determiner = modality::determiner(s, hit);
    let support = s.has_class(clause.start..hit.tokens.start, Class::Support);
    if avec || determiner.possessive || support {
        others.extend(subject_chain(
            s,
            info,
            hit,
            clause.start..hit.tokens.start,
            determiner.possessive,
        ));
    }
    if others.len() < 2 && opens_sentence(s, hit) {
        // "Lors d'une rencontre avec X, Y a …": the subject after the comma.
        let comma = (hit.tokens.end..clause.end).find(|&j| s.tokens[j].punct(&[',']));
        if let Some(comma) = comma {
            // The whole subject: "Lors d'un appel lundi, X et Y ont évoqué …".
            let verb = (comma + 1..clause.end)
                .find(|&j| {
                    let t = &s.tokens[j];
                    t.word
                        && s.name_at[j].is_none()
                        && (t.is(Class::Finite) || t.is(Class::TitleStop))
                })
                .unwrap_or(clause.end);
            let subject = subject_chain(s, info, hit, comma + 1..verb, false);
            others.extend(
                subject
                    .into_iter()
                    .filter(|n| !others.contains(n))
                    .collect::<Vec<_>>(),
            );
        }
    }
    (others, own)
}

/// The subject a noun's clause gives it: the nearest bare name before it, with the names
/// coordinated with that one ("Emmanuel Macron et Donald Trump ont eu une conversation"), not
/// every name before it ("Macron a félicité Zelensky pour sa rencontre avec Trump": Zelensky).
fn subject_chain(
    s: &Sentence<'_>,
    info: &[NameInfo],
    hit: &Hit<'_>,
    range: Range<usize>,
    owner: bool,
) -> Vec<usize> {
    // The owner of a possessive may be the speaker ("X a qualifié sa conversation avec Y de
    // « très bonne »").
    let candidates: Vec<usize> = names_in(s, range)
        .filter(|&n| {
            let speaker_ok = owner && info[n].person && !info[n].excluded;
            (eligible(s, info, n, hit) || speaker_ok) && is_bare(&info[n])
        })
        .collect();
    let Some(&last) = candidates.last() else {
        return Vec::new();
    };
    let mut chain = vec![last];
    for &n in candidates.iter().rev().skip(1) {
        let gap = s.names[n].tokens.end..s.names[chain[chain.len() - 1]].tokens.start;
        // Joined by "et" with no verb between: "X et le ministre … Y ont eu …".
        // A title's own words ("en exercice", "par intérim") are no verb or clause word.
        let mut joined = true;
        let mut j = gap.start;
        while j < gap.end {
            if let Some(end) = s.class_at(j, Class::Title) {
                j = end;
                continue;
            }
            let t = &s.tokens[j];
            if t.word && (t.is(Class::TitleStop) || t.is(Class::Finite)) {
                joined = false;
                break;
            }
            j += 1;
        }
        let separated = s.tokens[gap]
            .iter()
            .any(|t| t.word && matches!(t.key.as_str(), "et" | "ainsi"));
        if joined && separated {
            chain.push(n);
        } else {
            break;
        }
    }
    chain
}

/// Where a noun's complement ends: at a verb or clause word, a date, a comma that no name
/// follows, or ten words after the last name.
pub(super) fn complement_end(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> usize {
    let mut j = hit.tokens.end;
    let mut last = j;
    while j < clause.end {
        let t = &s.tokens[j];
        // Another trigger starts its own complement.
        let trigger = t.word
            && LEXICON
                .triggers_from(&t.key)
                .iter()
                .any(|&i| s.form_at(j, &LEXICON.triggers[i].words).is_some());
        if trigger {
            break;
        }
        if s.name_at[j].is_some() {
            last = j;
            j += 1;
            continue;
        }
        if let Some(end) = s
            .class_at(j, Class::InPerson)
            .or_else(|| s.class_at(j, Class::Phone))
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
        if t.word && t.is(Class::TitleStop) {
            break;
        }
        if s.words_between(last..j) > 10 {
            break;
        }
        j += 1;
    }
    j
}

/// Whether a trigger noun stands in a phrase that opens the sentence ("Lors d'une rencontre
/// avec …, ", "À l'issue de l'entretien, ").
pub(super) fn opens_sentence(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let first = (0..hit.tokens.start).find(|&j| s.tokens[j].word);
    first.is_some_and(|f| s.tokens[f].is(Class::Preposition) || s.tokens[f].key == "lors")
        && !(0..hit.tokens.start).any(|j| s.tokens[j].punct(&[',']))
}
