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
use super::lexicon::{Class, Pos};
use super::modality;
use super::names::{
    complement_end, eligible, eligible_around, is_bare, names_in, trigger_at, NameInfo,
};
use super::tokens::{Gov, Hit, Sentence};
use super::Focus;
use crate::extract::EventKind;
use crate::reference::EntityClass;

/// The people linked to a trigger.
pub(super) struct Linked {
    /// Entity indices, sorted.
    pub entities: Vec<usize>,
    /// Whether some came from the trigger's own arguments (a verb's subject or objects, a
    /// noun's complement) rather than from the subject of the clause a noun stands in.
    pub own: bool,
    /// The named subjects of a verb, entity indices.
    pub subjects: Vec<usize>,
    /// When the verb's objects met the subject one after the other ("a reçu séparément X et
    /// Y", "s'est entretenu avec X, puis avec Y"): each group of objects, with the token span
    /// that tells of it. Empty otherwise.
    pub separate: Vec<(Vec<usize>, Range<usize>)>,
    /// The people linked only as someone's retinue ("accompagné de son épouse X"), entity
    /// indices.
    pub retinue: Vec<usize>,
}

/// The people linked to a trigger.
pub(super) fn participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    hits: &[Hit<'_>],
    info: &[NameInfo],
    focus: &Focus,
) -> Linked {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let mut subjects = Vec::new();
    let mut retinue = Vec::new();
    let (mut linked, mut own) = match hit.pos {
        Pos::Noun => noun_participants(s, hit, hits, info, &clause),
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
    // Companions and leaders anywhere in the clause: "accompagné de Jared Kushner", "les
    // discussions étaient menées par X". They are more people of a noun named before, not
    // its own complement: "la réunion, en présence de X" still refers back.
    for n in names_in(s, clause.clone()) {
        if let Gov::Prep(_, g) = &info[n].gov {
            // "accompagné de X"; "sous la médiation de l'émir du Qatar X", whose phrase
            // starts at the governing preposition.
            let first = s.names[n].tokens.start;
            let companion = s.class_before(*g + 1, Class::Companion).is_some()
                || s.class_at(*g, Class::Companion)
                    .is_some_and(|end| end <= first);
            // A leader leads the event named right before its phrase: "la réunion,
            // coprésidée par X et Y, qui y participait par visioconférence" (X and Y lead the
            // meeting, not the call).
            let led = info[n].leader
                && hit.tokens.end <= *g
                && !(hit.tokens.end..*g).any(|j| trigger_at(s, j));
            if (companion || led) && eligible(s, info, n, hit) {
                if !led && s.class_before(*g + 1, Class::Retinue).is_some() {
                    retinue.push(s.names[n].entity);
                }
                linked.push(n);
                own |= hit.pos != Pos::Noun;
            }
        }
    }
    let mut entities: Vec<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let (resolved, resolved_own) = focus::resolve(s, hit, info, focus, &clause, &linked);
    own |= resolved_own && !resolved.is_empty();
    let mut objects: Vec<(usize, usize)> = linked
        .iter()
        .filter(|&&n| s.names[n].tokens.start >= hit.tokens.end)
        .map(|&n| (s.names[n].entity, s.names[n].tokens.start))
        .collect();
    // "a reçu séparément les deux chefs d'État": the pair is the object.
    if hit.pos != Pos::Noun && focus::pair_after(s, hit, &clause) {
        objects.extend(resolved.iter().map(|&e| (e, hit.tokens.end)));
    }
    entities.extend(resolved);
    entities.sort_unstable();
    entities.dedup();
    let separate = if hit.pos == Pos::Noun {
        Vec::new()
    } else {
        separate(s, hit, &clause, &objects)
    };
    // Someone named as a subject or an object too is more than a retinue.
    let counterparts: Vec<usize> = linked
        .iter()
        .filter(|&&n| !matches!(&info[n].gov, Gov::Prep(_, g) if s.class_before(*g + 1, Class::Retinue).is_some()))
        .map(|&n| s.names[n].entity)
        .collect();
    retinue.retain(|e| !counterparts.contains(e));
    retinue.sort_unstable();
    retinue.dedup();
    Linked {
        entities,
        own,
        subjects,
        separate,
        retinue,
    }
}

/// The groups of objects a verb met one after the other: those between the "puis" of its
/// clause ("s'est entretenu samedi avec X, puis avec Y"), else, with "séparément", each
/// object alone ("a reçu séparément X et Y").
fn separate(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    clause: &Range<usize>,
    objects: &[(usize, usize)],
) -> Vec<(Vec<usize>, Range<usize>)> {
    if objects.len() < 2 {
        return Vec::new();
    }
    let mut bounds = vec![hit.tokens.end];
    bounds.extend((hit.tokens.end..clause.end).filter(|&j| s.tokens[j].is(Class::Sequence)));
    bounds.push(clause.end);
    let groups: Vec<(Vec<usize>, Range<usize>)> = bounds
        .windows(2)
        .map(|w| {
            let span = w[0]..w[1];
            let group: Vec<usize> = objects
                .iter()
                .filter(|(_, at)| span.contains(at))
                .map(|&(e, _)| e)
                .collect();
            (group, span)
        })
        .filter(|(group, _)| !group.is_empty())
        .collect();
    if groups.len() >= 2 {
        return groups;
    }
    let around = clause.start.max(hit.tokens.start.saturating_sub(6))..clause.end;
    if !s.has_class(around, Class::Separately) {
        return Vec::new();
    }
    let mut sorted = objects.to_vec();
    sorted.sort_by_key(|&(e, at)| (at, e));
    sorted.dedup();
    (0..sorted.len())
        .map(|i| {
            let end = sorted
                .get(i + 1)
                .map_or(clause.end, |&(_, at)| at.max(sorted[i].1 + 1));
            (vec![sorted[i].0], sorted[i].1..end)
        })
        .collect()
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

fn verb_participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> Vec<usize> {
    let objects = hit.trigger.objects;
    // The subject: the nearest bare name before the verb and the names joined to it ("X et Y
    // se sont parlé, puis X a appelé Z": X alone calls Z).
    let mut linked = if modifies_noun(s, hit) {
        Vec::new()
    } else {
        subject_chain(s, info, hit, clause.start..hit.tokens.start, false)
    };
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

/// The people a journey's purpose is done with, after "pour" or "afin de" in its clause ("est
/// attendu à Abuja pour en finaliser l'organisation avec M. Tuggar", "se rendra à Doha afin
/// de préparer le sommet avec l'émir"), as entity indices. A trigger in the purpose makes an
/// event of its own ("pour une rencontre avec X"), so its people are left to it.
pub(super) fn purpose_partners(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> Vec<usize> {
    let Some(purpose) = (hit.tokens.end..clause.end)
        .find(|&j| s.tokens[j].word && matches!(s.tokens[j].key.as_str(), "pour" | "afin"))
    else {
        return Vec::new();
    };
    names_in(s, purpose..clause.end)
        .filter(|&n| {
            matches!(&info[n].gov, Gov::Prep(p, g) if p == "avec" && *g > purpose
                && !(purpose..*g).any(|j| trigger_at(s, j)))
                && info[n].person
                && eligible(s, info, n, hit)
        })
        .map(|n| s.names[n].entity)
        .collect()
}

/// Nouns of adverbial phrases that may stand between an auxiliary and its participle ("a
/// pour sa part rencontré", "a de son côté reçu", "se sont à leur tour parlé").
const ADVERBIAL_NOUNS: &[&str] = &["part", "cote", "tour", "fois", "reprise", "reprises"];

/// Whether a verb trigger is a past participle right after a noun and its determiner ("selon
/// un communiqué signé par son conseiller X", "l'accord signé par X et Y"): the noun is its
/// subject, so the names before it are not, and only its agents take part.
fn modifies_noun(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let at = hit.tokens.start;
    let participle = ["e", "es", "u", "us", "ue", "ues", "i", "is", "ie", "ies"]
        .iter()
        .any(|end| s.tokens[at].key.ends_with(end));
    let noun = at.checked_sub(1).map(|j| &s.tokens[j]).is_some_and(|t| {
        t.word
            && !t.upper
            && !t.is(Class::Finite)
            && !t.is(Class::Modifier)
            && !ADVERBIAL_NOUNS.contains(&t.key.as_str())
            && s.name_at[at - 1].is_none()
    });
    let determiner = at.checked_sub(2).map(|j| &s.tokens[j]).is_some_and(|t| {
        t.word
            && [
                Class::Definite,
                Class::Indefinite,
                Class::Demonstrative,
                Class::Possessive,
            ]
            .iter()
            .any(|&c| t.is(c))
    });
    participle && noun && determiner
}

fn noun_participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    hits: &[Hit<'_>],
    info: &[NameInfo],
    clause: &Range<usize>,
) -> (Vec<usize>, bool) {
    let stop = complement_end(s, hit, clause);
    let mut between = Vec::new();
    let mut others = Vec::new();
    // People beside the noun's own complement: companions ("une cérémonie aux côtés de X")
    // and leaders ("la réunion, présidée par X").
    let mut beside = Vec::new();
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
            // "pour une cérémonie aux côtés de X": like "avec", the subject takes part.
            Gov::Prep(_, g) if s.class_before(*g + 1, Class::Companion).is_some() => {
                avec = true;
                beside.push(n);
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
            Gov::Prep(..) if info[n].leader => beside.push(n),
            Gov::Bare => others.push(n),
            Gov::Prep(..) => {}
        }
    }
    // "les consultations …, auxquelles ont participé X et Y": the people of an attendance
    // clause after the noun.
    others.extend(attendants(s, info, hit, clause));
    if !between.is_empty() {
        between.extend(beside);
        return (between, true);
    }
    // The agent of "ouverte par" is a participant, but not the noun's own complement: "la
    // réunion, ouverte par X" still refers back.
    let own = !others.is_empty();
    others.extend(beside);
    let determiner = modality::determiner(s, hit);
    let support = s.has_class(clause.start..hit.tokens.start, Class::Support);
    if avec || determiner.possessive || support {
        others.extend(subject_chain(
            s,
            info,
            hit,
            clause.start..subject_end(s, hit, clause),
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
            // "Avant les pourparlers, X a reçu séparément A et B": when the phrase is about
            // another time and the clause's verb tells a meeting of its own, the phrase only
            // dates that meeting by another event, which the subject did not take part in
            // ("Dans le cadre de la visite, X et Y ont signé …" still takes them).
            let first = (0..hit.tokens.start).find(|&j| s.tokens[j].word);
            let elsewhere = first.is_some_and(|f| s.class_at(f, Class::Excursion).is_some());
            let own_event = elsewhere
                && hits
                    .iter()
                    .any(|h| h.pos != Pos::Noun && (verb..verb + 3).contains(&h.tokens.start));
            let subject = if own_event {
                Vec::new()
            } else {
                subject_chain(s, info, hit, comma + 1..verb, false)
            };
            others.extend(
                subject
                    .into_iter()
                    .filter(|n| !others.contains(n))
                    .collect::<Vec<_>>(),
            );
        }
    }
    // "X a salué à l'issue de la réunion …", "X et Y se sont quittés au terme de trois heures
    // de discussions": a noun in a circumstance of the clause's verb takes its subject.
    if others.len() < 2 && !opens_sentence(s, hit) {
        if let Some(at) = circumstance(s, hit, clause) {
            for n in subject_chain(s, info, hit, clause.start..at, false) {
                if !others.contains(&n) {
                    others.push(n);
                }
            }
            // "X l'avait redit à Y lors d'un entretien téléphonique": on a call, whom the
            // subject spoke to is the other party.
            if others.len() == 1 && hit.trigger.kind == EventKind::Call && !hit.trigger.open {
                let addressee = names_in(s, clause.start..at).find(|&n| {
                    matches!(&info[n].gov, Gov::Prep(p, _) if matches!(p.as_str(), "à" | "au"))
                        && info[n].person
                        && eligible(s, info, n, hit)
                        && !others.contains(&n)
                });
                others.extend(addressee);
            }
        }
    }
    // "X a dit que les pourparlers avec Y ont été constructifs": in someone's words, a noun
    // with "avec" and no subject of its own has the speaker for its subject.
    // A definite noun so completed still names an event told before ("Dmitriev a décrit les
    // discussions de vendredi avec Witkoff comme productives"): it refers back, with its
    // speaker.
    let mut own = own;
    if others.len() == 1 && (avec || determiner.possessive) {
        let speaker = (0..s.names.len()).find(|&n| {
            let at = s.tokens[hit.tokens.start].range.start;
            info[n].person && info[n].speaks.iter().any(|c| c.contains(&at))
        });
        if let Some(n) = speaker.filter(|n| !others.contains(n)) {
            others.push(n);
            own &= !determiner.refers_back() || determiner.possessive;
        }
    }
    (others, own)
}

/// Where a circumstance phrase before a trigger noun starts ("à l'issue de la réunion", "au
/// terme de près de trois heures de discussions", "lors d'une réunion d'urgence").
fn circumstance(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> Option<usize> {
    let mut end = hit.tokens.start;
    for _ in 0..8 {
        if end <= clause.start || !s.tokens[end - 1].word {
            return None;
        }
        if let Some(start) = s.class_before(end, Class::Circumstance) {
            return Some(start);
        }
        end -= 1;
    }
    None
}

/// The people of an attendance clause after a trigger noun ("…, auxquels participaient
/// notamment X et Y", "à laquelle ont assisté X et Y"): the names after a relative of
/// attendance and a support verb.
fn attendants(
    s: &Sentence<'_>,
    info: &[NameInfo],
    hit: &Hit<'_>,
    clause: &Range<usize>,
) -> Vec<usize> {
    // Right after the noun, or after a comma that closes its complement ("des consultations
    // tenues à Kuala Lumpur par X et Y, auxquelles ont participé Z").
    let relative = (hit.tokens.end..clause.end)
        .take_while(|&j| !s.tokens[j].punct(&['.', ';', ':']))
        .filter(|&j| j < hit.tokens.end + 12 || s.tokens[j - 1].punct(&[',']))
        .find_map(|j| s.class_at(j, Class::Attendance));
    let Some(after) = relative else {
        return Vec::new();
    };
    // The relative is about the nearest noun before it.
    if (hit.tokens.end..after).any(|j| trigger_at(s, j)) {
        return Vec::new();
    }
    let support =
        (after..clause.end.min(after + 4)).any(|j| s.class_at(j, Class::Support).is_some());
    if !support {
        return Vec::new();
    }
    names_in(s, after..clause.end)
        .filter(|&n| eligible(s, info, n, hit) && is_bare(&info[n]))
        .collect()
}

/// Where the subject of a noun's clause is looked for: before the noun, or, when the noun is
/// the object of an infinitive ("X a reçu Y, avant de participer à une visioconférence avec
/// Z", "après avoir eu un entretien avec Z"), before the clause's first verb, whose subject
/// the infinitive shares.
fn subject_end(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> usize {
    let before = clause.start..hit.tokens.start;
    let infinitive = before
        .clone()
        .rev()
        .filter(|&j| s.tokens[j].word)
        .take(6)
        .any(|j| {
            s.tokens[j].is(Class::InfinitiveMarker)
                || (matches!(s.tokens[j].key.as_str(), "de" | "d")
                    && s.tokens.get(j + 1).is_some_and(|v| {
                        v.word
                            && v.is(Class::Support)
                            && ["er", "ir", "re"].iter().any(|e| v.key.ends_with(e))
                    }))
        });
    if !infinitive {
        return before.end;
    }
    let first_verb = before
        .clone()
        .find(|&j| s.tokens[j].word && s.name_at[j].is_none() && s.tokens[j].is(Class::Finite));
    first_verb.unwrap_or(before.end)
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
    // A noun in a phrase about another time takes the subject outside it: "X a été suspendue
    // après un appel avec Y" (X and Y spoke).
    let candidates: Vec<usize> = names_in(s, range)
        .filter(|&n| {
            let speaker_ok = owner && info[n].person && !info[n].excluded;
            let outside = hit.pos == Pos::Noun && eligible_around(s, info, n, hit);
            (eligible(s, info, n, hit) || speaker_ok || outside) && is_bare(&info[n])
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
        // "X, Y et Z ont …": a comma alone joins the names of a list, or commas around the
        // apposition of the name before ("X, l'émir du Qatar, cheikh Y, et Z").
        let apposition = s.tokens[gap.start].punct(&[','])
            && s.tokens[gap.end - 1].punct(&[','])
            && gap.len() <= 9
            && s.tokens[gap.clone()]
                .iter()
                .enumerate()
                .all(|(k, t)| !t.word || !t.upper || s.name_at[gap.start + k].is_some());
        let list = (gap.len() == 1 && s.tokens[gap.start].punct(&[','])) || apposition;
        let separated = list
            || s.tokens[gap]
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

/// Whether a trigger noun stands in a phrase that opens the sentence ("Lors d'une rencontre
/// avec …, ", "À l'issue de l'entretien, ").
pub(super) fn opens_sentence(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let first = (0..hit.tokens.start).find(|&j| s.tokens[j].word);
    first.is_some_and(|f| s.tokens[f].is(Class::Preposition) || s.tokens[f].key == "lors")
        && !(0..hit.tokens.start).any(|j| s.tokens[j].punct(&[',']))
}
