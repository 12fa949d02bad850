//! Reading one sentence: its triggers, and for each the people it links to the event.
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

use std::collections::BTreeSet;
use std::ops::Range;

use super::facts;
use super::lexicon::{Class, Pos, Role, Trigger, LEXICON};
use super::tokens::{Gov, Sentence};
use super::{Context, Focus, Reading, ReadingRole};
use crate::extract::speech::{find_speech, Speaker};
use crate::reference::EntityClass;

/// A trigger found in a sentence.
pub(super) struct Hit<'l> {
    pub trigger: &'l Trigger,
    /// Token range.
    pub tokens: Range<usize>,
    pub pos: Pos,
}

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
struct Linked {
    /// Entity indices, sorted.
    entities: Vec<usize>,
    /// Whether some came from the trigger's own arguments (a verb's subject or objects, a
    /// noun's complement) rather than from the subject of the clause a noun stands in.
    own: bool,
}

/// What one trigger will give, before its facts are read.
struct Plan {
    hit: usize,
    role: Option<ReadingRole>,
    entities: Vec<usize>,
    modality: facts::Modality,
    determiner: facts::Determiner,
}

/// Everything one sentence gives: its readings, in order.
pub(super) fn read_sentence(
    s: &Sentence<'_>,
    context: &Context<'_>,
    focus: &mut Focus,
    paragraph: usize,
) -> Vec<Reading> {
    let hits = find_hits(s);
    if !has_finite_verb(s, &hits) {
        return Vec::new();
    }
    let info = name_info(s, context, &hits);
    let mut plans = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        let linked = participants(s, hit, &info, focus);
        let modality = facts::modality(s, hit);
        if linked.entities.len() == 2 {
            focus.pair = Some([linked.entities[0], linked.entities[1]]);
        }
        let determiner = facts::determiner(s, hit);
        let mut entities = linked.entities.clone();
        let role = if modality.negated || modality.hypothetical {
            None
        } else {
            role(s, hit, &info, &linked, &determiner, &mut entities)
        };
        plans.push(Plan {
            hit: h,
            role,
            entities,
            modality,
            determiner,
        });
    }
    // Dates, places and durations go to the nearest trigger that says something, denied and
    // hypothetical ones included ("… mardi, mais aucune rencontre n'est prévue jeudi").
    let live: Vec<usize> = plans
        .iter()
        .filter(|p| p.role.is_some() || p.modality.negated || p.modality.hypothetical)
        .map(|p| p.hit)
        .collect();
    let mut readings = Vec::new();
    for plan in plans {
        let Some(role) = plan.role else { continue };
        let hit = &hits[plan.hit];
        let mut reading = facts::reading(s, plan.hit, &hits, &live, context, role, &plan.modality);
        reading.participants = plan.entities;
        reading.paragraph = paragraph;
        reading.demonstrative = plan.determiner.demonstrative;
        reading.definite = plan.determiner.refers_back() && hit.pos == Pos::Noun;
        let seed = role == ReadingRole::Event && reading.participants.is_empty();
        if seed && reading.date.is_none() && reading.place.is_none() {
            continue;
        }
        readings.push(reading);
    }
    update_focus(s, &info, focus);
    readings
}

/// What a trigger that is neither denied nor hypothetical may do, from the people it links.
fn role(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    linked: &Linked,
    determiner: &facts::Determiner,
    entities: &mut Vec<usize>,
) -> Option<ReadingRole> {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let n = linked.entities.len();
    match hit.trigger.role {
        Role::Several => None,
        Role::Travel => Some(ReadingRole::Travel),
        Role::Companion => (n >= 1).then_some(ReadingRole::Companion),
        Role::Delegation => {
            // "a reçu X, puis une délégation : Y, Z": in a clause with an event of its own,
            // the delegation's people join that event, not the event before.
            let other = (clause.start..clause.end).any(|j| {
                let t = &s.tokens[j];
                !hit.tokens.contains(&j)
                    && t.word
                    && LEXICON.triggers_from(&t.key).iter().any(|&i| {
                        let trigger = &LEXICON.triggers[i];
                        trigger.role == Role::Event && s.form_at(j, &trigger.words).is_some()
                    })
            });
            *entities = delegation(s, hit, info, &clause);
            if entities.is_empty() {
                None
            } else if other {
                Some(ReadingRole::Companion)
            } else {
                Some(ReadingRole::Delegation)
            }
        }
        Role::Event | Role::Anaphor => {
            let noun = hit.pos == Pos::Noun;
            let back = noun
                && determiner.refers_back()
                && (determiner.demonstrative || !foreign(s, hit, &clause));
            if back && !linked.own {
                // "Ouchakov et Dmitriev assistaient à l'entretien": the event named before,
                // with more people.
                return Some(ReadingRole::Anaphor);
            }
            if n >= 2 {
                return Some(ReadingRole::Event);
            }
            if n == 1 {
                return Some(ReadingRole::Partial);
            }
            if back {
                return Some(ReadingRole::Anaphor);
            }
            // A new event nobody is named in yet: "une journée de discussions mardi à
            // Djeddah". Kept only with a date or a place (see `read_sentence`).
            let nobody = s.names.iter().all(|n| n.class != EntityClass::Person);
            let new = hit.pos == Pos::Phrase || (noun && !determiner.refers_back());
            let seed =
                hit.trigger.role == Role::Event && nobody && new && !foreign(s, hit, &clause);
            seed.then_some(ReadingRole::Event)
        }
    }
}

/// Every person of a delegation's clause, and of the list after a colon that ends it ("une
/// délégation européenne : Emmanuel Macron, …").
fn delegation(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> Vec<usize> {
    let mut range = clause.clone();
    if range.end > 0 && s.tokens[range.end - 1].punct(&[':']) {
        let next = s.clause[range.end - 1] + 1;
        if let Some(c) = s.clauses.get(next) {
            range.end = c.end;
        }
    }
    let mut entities: Vec<usize> = names_in(s, range)
        .filter(|&n| eligible(s, info, n, hit))
        .map(|n| s.names[n].entity)
        .collect();
    entities.sort_unstable();
    entities.dedup();
    entities
}

/// The triggers of a sentence, longest first where they overlap.
fn find_hits(s: &Sentence<'_>) -> Vec<Hit<'static>> {
    let lexicon = &*LEXICON;
    let mut hits = Vec::new();
    let mut i = 0;
    while i < s.tokens.len() {
        let token = &s.tokens[i];
        if !token.word || s.name_at[i].is_some() {
            i += 1;
            continue;
        }
        let mut best: Vec<(&Trigger, usize)> = Vec::new();
        for &t in lexicon.triggers_from(&token.key) {
            let trigger = &lexicon.triggers[t];
            let Some(end) = s.form_at(i, &trigger.words) else {
                continue;
            };
            let longest = best.first().map_or(0, |b| b.1);
            if end > longest {
                best.clear();
            }
            if end >= longest {
                best.push((trigger, end));
            }
        }
        let Some(&(_, end)) = best.first() else {
            i += 1;
            continue;
        };
        let noun_here = reads_as_noun(s, i);
        let chosen = best
            .iter()
            .find(|(t, _)| (t.pos == Pos::Noun) == noun_here)
            .or(best.first())
            .map(|(t, _)| *t);
        if let Some(trigger) = chosen.filter(|t| applies(s, t, i, end)) {
            hits.push(Hit {
                trigger,
                tokens: i..end,
                pos: trigger.pos,
            });
        }
        i = end;
    }
    hits
}

/// Whether a word that can be a noun or a verb ("rencontre", "arrivée") is a noun here: after
/// a determiner, an adjective, a preposition, or at the start of a line.
fn reads_as_noun(s: &Sentence<'_>, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &s.tokens[p]) else {
        return true;
    };
    if !prev.word {
        return !prev.punct(&[',']);
    }
    [
        Class::Definite,
        Class::Demonstrative,
        Class::Possessive,
        Class::Indefinite,
        Class::Modifier,
        Class::Preposition,
    ]
    .iter()
    .any(|&c| prev.is(c))
        || super::lexicon::ordinal(&prev.key).is_some()
}

/// The conditions of a trigger's row: a reflexive pronoun before it, no blocking word after.
fn applies(s: &Sentence<'_>, trigger: &Trigger, start: usize, end: usize) -> bool {
    if trigger
        .not_before
        .iter()
        .any(|f| s.form_at(end, f).is_some())
    {
        return false;
    }
    if trigger.reflexive {
        let before = (0..start).rev().filter(|&j| s.tokens[j].word).take(3);
        let reflexive = before.into_iter().any(|j| {
            matches!(
                s.tokens[j].key.as_str(),
                "se" | "s" | "nous" | "vous" | "me" | "m"
            )
        });
        if !reflexive {
            return false;
        }
    }
    true
}

/// A sentence with no finite verb is a caption or a heading ("Visite surprise à
/// Saint-Pétersbourg", "Vladimir Poutine lors d'une rencontre avec …"): it starts no event.
/// A finite verb is one of the `finite` words, a trigger verb in a finite form, a speech
/// verb, or, for a line that ends like a sentence and has six words or more, any verb at
/// all (the lists cannot hold every verb). A list of a delegation ("Face à eux, X, Y et
/// Z.") needs no verb.
fn has_finite_verb(s: &Sentence<'_>, hits: &[Hit<'_>]) -> bool {
    if s.tokens.iter().any(|t| t.is(Class::Finite)) {
        return true;
    }
    let finite_trigger = hits.iter().any(|h| {
        let last = &s.tokens[h.tokens.end - 1].key;
        h.pos == Pos::Verb
            && ![
                "er", "ir", "re", "ant", "é", "ée", "és", "ées", "u", "ue", "us", "i", "ie", "is",
            ]
            .iter()
            .any(|e| last.ends_with(e))
    });
    let delegation = hits.iter().any(|h| h.trigger.role == Role::Delegation);
    let sentence_like = s.tokens.iter().filter(|t| t.word).count() >= 6
        && s.tokens
            .last()
            .is_some_and(|t| t.punct(&['.', '!', '?', '…']));
    finite_trigger || delegation || sentence_like || !find_speech(s.text, s.range.start).is_empty()
}

/// Whether a paragraph is a photo caption or credit ("(Photo by … / AFP)"): none of its
/// sentences starts an event.
pub(super) fn caption(paragraph: &str) -> bool {
    let folded = crate::text::fold(paragraph).text;
    LEXICON.captions.iter().any(|c| folded.contains(c.as_str()))
}

fn name_info(s: &Sentence<'_>, context: &Context<'_>, hits: &[Hit<'_>]) -> Vec<NameInfo> {
    let speeches = find_speech(s.text, s.range.start);
    (0..s.names.len())
        .map(|n| {
            let name = &s.names[n];
            let range =
                s.tokens[name.tokens.start].range.start..s.tokens[name.tokens.end - 1].range.end;
            let gov = s.governor(n);
            let speaks: Vec<Range<usize>> = speeches
                .iter()
                .filter(|sp| match &sp.speaker {
                    Speaker::Phrase(r) => r.start <= range.start && range.end <= r.end,
                    Speaker::Pronoun(_) => false,
                })
                .map(|sp| sp.content.clone())
                .collect();
            // A speaker is left out only of the events told in his own words (`eligible`):
            // "Lors d'une rencontre avec X, Y a déclaré que …" has Y take part.
            let in_excluded = speaks.is_empty()
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

/// Whether a genitive preposition at token `g` completes a title ("l'envoyé spécial du
/// président", "le gendre de"): a title noun stands among the three words before it, and no
/// trigger noun or companion word.
fn in_title(s: &Sentence<'_>, g: usize, hits: &[Hit<'_>]) -> bool {
    if s.class_before(g + 1, Class::Companion).is_some() {
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
fn eligible(s: &Sentence<'_>, info: &[NameInfo], n: usize, hit: &Hit<'_>) -> bool {
    let i = &info[n];
    let at = s.tokens[hit.tokens.start].range.start;
    i.person
        && !i.excluded
        && s.visible(s.names[n].tokens.start, hit.tokens.start, hit.tokens.end)
        && !i.speaks.iter().any(|c| c.contains(&at))
}

/// The people linked to a trigger.
fn participants(s: &Sentence<'_>, hit: &Hit<'_>, info: &[NameInfo], focus: &Focus) -> Linked {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let (mut linked, mut own) = match hit.pos {
        Pos::Noun => noun_participants(s, hit, info, &clause),
        Pos::Verb | Pos::Phrase => {
            let linked = verb_participants(s, hit, info, &clause);
            let own = !linked.is_empty();
            (linked, own)
        }
    };
    // Companions anywhere in the clause: "accompagné de Jared Kushner".
    for n in names_in(s, clause.clone()) {
        if let Gov::Prep(_, g) = &info[n].gov {
            let companion = s.class_before(*g + 1, Class::Companion).is_some();
            if companion && eligible(s, info, n, hit) {
                linked.push(n);
                own = true;
            }
        }
    }
    let mut entities: Vec<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let (resolved, resolved_own) = resolve(s, hit, info, focus, &clause, &linked);
    own |= resolved_own && !resolved.is_empty();
    entities.extend(resolved);
    entities.sort_unstable();
    entities.dedup();
    Linked { entities, own }
}

/// Whether a trigger noun's complement names other parties than people ("des pourparlers
/// entre Kiev et Moscou"): such a noun is another event, not one named before.
fn foreign(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> bool {
    if hit.pos != Pos::Noun {
        return false;
    }
    let stop = complement_end(s, hit, clause);
    let linker =
        (hit.tokens.end..stop).any(|j| matches!(s.tokens[j].key.as_str(), "entre" | "avec"));
    let person = names_in(s, hit.tokens.end..stop).any(|n| s.names[n].class == EntityClass::Person);
    linker && !person && !pair_words(s, hit.tokens.end..stop)
}

/// Names of persons whose first token lies in a token range.
fn names_in<'s>(s: &'s Sentence<'_>, range: Range<usize>) -> impl Iterator<Item = usize> + 's {
    (0..s.names.len()).filter(move |&n| range.contains(&s.names[n].tokens.start))
}

fn is_bare(info: &NameInfo) -> bool {
    info.gov == Gov::Bare || info.leader
}

fn verb_participants(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    clause: &Range<usize>,
) -> Vec<usize> {
    let objects = hit.trigger.objects;
    let mut linked: Vec<usize> = names_in(s, clause.start..hit.tokens.start)
        .filter(|&n| eligible(s, info, n, hit) && is_bare(&info[n]))
        .collect();
    for n in names_in(s, hit.tokens.end..clause.end) {
        if !eligible(s, info, n, hit) {
            continue;
        }
        let allowed = match &info[n].gov {
            Gov::Bare => objects.direct,
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
    let determiner = facts::determiner(s, hit);
    let support = s.has_class(clause.start..hit.tokens.start, Class::Support);
    if avec || determiner.possessive || support {
        others.extend(
            names_in(s, clause.start..hit.tokens.start)
                .filter(|&n| eligible(s, info, n, hit) && is_bare(&info[n])),
        );
    }
    if others.len() < 2 && opens_sentence(s, hit) {
        // "Lors d'une rencontre avec X, Y a …": the subject after the comma.
        let comma = (stop..clause.end).find(|&j| s.tokens[j].punct(&[',']));
        if let Some(comma) = comma {
            let subject = names_in(s, comma + 1..clause.end)
                .find(|&n| eligible(s, info, n, hit) && is_bare(&info[n]));
            others.extend(subject);
        }
    }
    (others, own)
}

/// Where a noun's complement ends: at a verb or clause word, a date, a comma that no name
/// follows, or ten words after the last name.
fn complement_end(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> usize {
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
            // "l'entretien à Moscou entre …": a place inside the complement.
            let place = (j + 1..(j + 4).min(clause.end)).find(|&k| s.name_at[k].is_some());
            if let Some(k) = place
                .filter(|&k| s.name_at[k].is_some_and(|n| s.names[n].class == EntityClass::Place))
            {
                j = s.names[s.name_at[k].unwrap_or_default()].tokens.end;
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
fn opens_sentence(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let first = (0..hit.tokens.start).find(|&j| s.tokens[j].word);
    first.is_some_and(|f| s.tokens[f].is(Class::Preposition) || s.tokens[f].key == "lors")
        && !(0..hit.tokens.start).any(|j| s.tokens[j].punct(&[',']))
}

/// People the trigger's pronouns and pair nouns stand for, as entity indices, and whether
/// they are the trigger's own arguments ("entre les deux", a verb's subject) rather than a
/// possessive's owner ("leur entretien").
fn resolve(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    focus: &Focus,
    clause: &Range<usize>,
    linked: &[usize],
) -> (Vec<usize>, bool) {
    let linked_entities: BTreeSet<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let before = clause.start..hit.tokens.start;
    let complement =
        hit.pos == Pos::Noun && pair_words(s, hit.tokens.end..complement_end(s, hit, clause));
    // "Les deux ministres se sont contentés d'une conversation": for a noun, a pair before
    // it stands for its subject.
    let pair_here = pair_words(s, before.clone()) || complement;
    let possessive_plural = facts::determiner(s, hit).plural_possessive;
    let mut out = Vec::new();
    if pair_here || possessive_plural {
        if let Some(pair) = focus.pair {
            out.extend(pair.iter().filter(|e| !linked_entities.contains(e)));
        }
        return (out, pair_here && (hit.pos != Pos::Noun || complement));
    }
    let subject_missing = hit.pos != Pos::Noun
        && names_in(s, before.clone()).all(|n| !(eligible(s, info, n, hit) && is_bare(&info[n])));
    if subject_missing {
        let pronoun = before
            .clone()
            .rev()
            .filter(|&j| s.tokens[j].word)
            .take(6)
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
            out.extend(subject_before(s, info, p).or(focus.subject));
        } else if infinitive(s, hit) {
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

/// "les deux hommes", "les deux", "tous deux" in a token range.
fn pair_words(s: &Sentence<'_>, range: Range<usize>) -> bool {
    range.clone().any(|j| {
        let t = &s.tokens[j];
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

/// "Poutine le reçoit", "doit le recevoir", "l'a reçu", "lui a parlé".
fn object_pronoun(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let mut j = hit.tokens.start;
    for _ in 0..3 {
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
        if !(t.is(Class::Finite) || matches!(t.key.as_str(), "ne" | "n" | "y" | "en" | "se" | "s"))
        {
            return false;
        }
        j = p;
    }
    false
}

fn update_focus(s: &Sentence<'_>, info: &[NameInfo], focus: &mut Focus) {
    let persons: Vec<usize> = (0..s.names.len())
        .filter(|&n| info[n].person && !info[n].excluded)
        .collect();
    if let Some(&n) = persons.iter().find(|&&n| is_bare(&info[n])) {
        focus.subject = Some(s.names[n].entity);
    }
    for n in persons {
        let e = s.names[n].entity;
        focus.recent.retain(|&r| r != e);
        focus.recent.push(e);
    }
}
