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
    /// In an excluded range, or only part of someone's title.
    pub excluded: bool,
    /// The byte ranges of the words this name is said to have spoken.
    pub speaks: Vec<Range<usize>>,
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
    let mut readings = Vec::new();
    for hit in &hits {
        let entities = participants(s, hit, &info, focus);
        let modality = facts::modality(s, hit);
        if entities.len() == 2 {
            focus.pair = Some([entities[0], entities[1]]);
        }
        if modality.negated || modality.hypothetical {
            continue;
        }
        let determiner = facts::determiner(s, hit);
        let clause = s.clauses[s.clause[hit.tokens.start]].clone();
        let back =
            determiner.refers_back() && (determiner.demonstrative || !foreign(s, hit, &clause));
        let role = match (hit.trigger.role, entities.len()) {
            (Role::Several, _) => continue,
            (Role::Travel, _) => ReadingRole::Travel,
            (Role::Companion, n) if n >= 2 => ReadingRole::Companion,
            (Role::Companion, _) => continue,
            (_, n) if n >= 2 => ReadingRole::Event,
            (_, 1) => ReadingRole::Partial,
            _ if hit.pos == Pos::Noun && back => ReadingRole::Anaphor,
            _ => continue,
        };
        let mut reading = facts::reading(s, hit, &hits, context, role, &modality);
        reading.participants = entities;
        reading.paragraph = paragraph;
        reading.demonstrative = determiner.demonstrative;
        reading.definite = determiner.refers_back();
        readings.push(reading);
    }
    update_focus(s, &info, focus);
    readings
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
fn has_finite_verb(s: &Sentence<'_>, hits: &[Hit<'_>]) -> bool {
    let folded = crate::text::fold(s.text).text;
    if LEXICON.captions.iter().any(|c| folded.contains(c.as_str())) {
        return false;
    }
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
    finite_trigger
        || crate::extract::dates::tense(s.text) != crate::extract::dates::Tense::Present
        || !find_speech(s.text, s.range.start).is_empty()
}

fn name_info(s: &Sentence<'_>, context: &Context<'_>, hits: &[Hit<'_>]) -> Vec<NameInfo> {
    let speeches = find_speech(s.text, s.range.start);
    (0..s.names.len())
        .map(|n| {
            let name = &s.names[n];
            let range =
                s.tokens[name.tokens.start].range.start..s.tokens[name.tokens.end - 1].range.end;
            let gov = s.governor(n);
            let in_excluded = context
                .excluded
                .iter()
                .any(|x| x.start < range.end && range.start < x.end);
            let title = match &gov {
                Gov::Prep(_, g) if s.tokens[*g].is(Class::Genitive) => {
                    let head = s.genitive_head(*g);
                    let trigger_head = head.is_some_and(|h| {
                        hits.iter()
                            .any(|hit| hit.pos == Pos::Noun && hit.tokens.contains(&h))
                    });
                    let companion = s.class_before(*g + 1, Class::Companion).is_some();
                    !trigger_head && !companion
                }
                _ => false,
            };
            let speaks = speeches
                .iter()
                .filter(|sp| match &sp.speaker {
                    Speaker::Phrase(r) => r.start <= range.start && range.end <= r.end,
                    Speaker::Pronoun(_) => false,
                })
                .map(|sp| sp.content.clone())
                .collect();
            NameInfo {
                person: name.class == EntityClass::Person,
                gov,
                excluded: in_excluded || title,
                speaks,
            }
        })
        .collect()
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

/// The people (entity indices, sorted) linked to a trigger.
fn participants(s: &Sentence<'_>, hit: &Hit<'_>, info: &[NameInfo], focus: &Focus) -> Vec<usize> {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let mut linked = match hit.pos {
        Pos::Noun => noun_participants(s, hit, info, &clause),
        Pos::Verb | Pos::Phrase => verb_participants(s, hit, info, &clause),
    };
    // Companions anywhere in the clause: "accompagné de Jared Kushner".
    for n in names_in(s, clause.clone()) {
        if let Gov::Prep(_, g) = &info[n].gov {
            let companion = s.class_before(*g + 1, Class::Companion).is_some();
            if companion && eligible(s, info, n, hit) {
                linked.push(n);
            }
        }
    }
    let mut entities: Vec<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    entities.extend(resolve(s, hit, info, focus, &clause, &linked));
    entities.sort_unstable();
    entities.dedup();
    entities
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
    info.gov == Gov::Bare
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
) -> Vec<usize> {
    let stop = complement_end(s, hit, clause);
    let mut between = Vec::new();
    let mut others = Vec::new();
    let mut avec = false;
    for n in names_in(s, hit.tokens.end..stop) {
        if !eligible(s, info, n, hit) {
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
            Gov::Bare => others.push(n),
            Gov::Prep(..) => {}
        }
    }
    if !between.is_empty() {
        return between;
    }
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
    others
}

/// Where a noun's complement ends: at a verb or clause word, a date, a comma that no name
/// follows, or ten words after the last name.
fn complement_end(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>) -> usize {
    let mut j = hit.tokens.end;
    let mut last = j;
    while j < clause.end {
        let t = &s.tokens[j];
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

/// People the trigger's pronouns and pair nouns stand for, as entity indices.
fn resolve(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    focus: &Focus,
    clause: &Range<usize>,
    linked: &[usize],
) -> Vec<usize> {
    let linked_entities: BTreeSet<usize> = linked.iter().map(|&n| s.names[n].entity).collect();
    let before = clause.start..hit.tokens.start;
    let pair_here = pair_words(s, before.clone())
        || (hit.pos == Pos::Noun
            && pair_words(s, hit.tokens.end..clause.end.min(hit.tokens.end + 5)));
    let possessive_plural = facts::determiner(s, hit).plural_possessive;
    let mut out = Vec::new();
    if pair_here || possessive_plural {
        if let Some(pair) = focus.pair {
            out.extend(pair.iter().filter(|e| !linked_entities.contains(e)));
        }
        return out;
    }
    let subject_missing = hit.pos != Pos::Noun
        && names_in(s, before.clone()).all(|n| !(eligible(s, info, n, hit) && is_bare(&info[n])));
    if subject_missing {
        let pronoun = (before.clone())
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
        let earlier = focus
            .recent
            .iter()
            .rev()
            .find(|e| !subject.contains(e))
            .copied();
        out.extend(in_sentence.or(earlier));
    }
    out.retain(|e| !linked_entities.contains(e));
    out
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
    (0..s.names.len())
        .filter(|&n| s.names[n].tokens.end <= end)
        .find(|&n| info[n].person && !info[n].excluded && is_bare(&info[n]))
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
