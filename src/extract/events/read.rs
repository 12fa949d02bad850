//! Reading one sentence: its triggers, what each may do, and the readings they give.
//!
//! A trigger is the longest form of `triggers.tsv` at a word; a word that is both a noun and a
//! verb ("rencontre") is a noun after a determiner. A trigger counts unless its row's
//! conditions fail (a reflexive pronoun missing, a blocking word after it), and a sentence
//! without a finite verb (a caption, a heading) gives nothing. Each trigger's people come
//! from [`super::people`]; its modality and facts from [`super::facts`].

use std::ops::Range;

use super::facts;
use super::focus;
use super::lexicon::{Class, Pos, Role, Trigger, LEXICON};
use super::modality;
use super::names::{self, NameInfo};
use super::people;
use super::tokens::{Gov, Hit, Sentence};
use super::{Context, DateValue, Focus, Reading, ReadingRole, Setting};
use crate::extract::Status;
use crate::reference::EntityClass;

/// What one trigger will give, before its facts are read.
struct Plan {
    hit: usize,
    role: Option<ReadingRole>,
    entities: Vec<usize>,
    modality: modality::Modality,
    determiner: modality::Determiner,
    /// Groups of objects met one after the other ([`people::Linked::separate`]).
    separate: Vec<(Vec<usize>, Range<usize>)>,
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
    let info = names::name_info(s, context, &hits);
    let modalities = modality::modalities(s, &hits);
    let mut plans = Vec::new();
    let mut paired = false;
    let mut joined = false;
    for (h, hit) in hits.iter().enumerate() {
        let linked = people::participants(s, hit, &hits, &info, focus);
        let modality = modalities[h];
        let determiner = modality::determiner(s, hit);
        let mut entities = linked.entities.clone();
        let role = if modality.negated || modality.hypothetical || modality.repeated {
            None
        } else {
            role(s, hit, &info, &linked, &determiner, &mut entities)
        };
        let role = if role == Some(ReadingRole::Travel) && together(s, hit, &linked, focus) {
            Some(ReadingRole::Event)
        } else {
            role
        };
        // "les deux hommes" will stand for the two people of this trigger, or for its two
        // subjects ("Witkoff et Kushner doivent rencontrer Poutine"); not for people who only
        // join an event named before ("Rubio et Lutnick assistaient à la rencontre").
        // A noun that refers back with two people of its own names the pair too ("X a dit que
        // les pourparlers avec Y …"), unless they only attend it ("X et Y assistaient à la
        // rencontre").
        let attended = hit.pos == Pos::Noun
            && (hit.tokens.start.saturating_sub(4)..hit.tokens.start)
                .any(|j| s.tokens[j].is(Class::Support));
        let own_pair = role == Some(ReadingRole::Anaphor) && !attended;
        if matches!(role, None | Some(ReadingRole::Event)) || own_pair {
            if let [a, b] = linked.entities[..] {
                focus.set_pair([a, b]);
                paired = true;
            } else if let [a, b] = linked.subjects[..] {
                focus.set_pair([a, b]);
                paired = true;
            }
        }
        // "Rubio et Lutnick assistaient à la rencontre": people who join an event named
        // before do not displace its pair.
        joined |= focus.pair.is_some()
            && matches!(
                role,
                Some(
                    ReadingRole::Anaphor
                        | ReadingRole::Attendance
                        | ReadingRole::Companion
                        | ReadingRole::Delegation
                )
            );
        plans.push(Plan {
            hit: h,
            role,
            entities,
            modality,
            determiner,
            separate: linked.separate,
        });
    }
    // Dates, places and durations go to the nearest trigger that says something, denied and
    // hypothetical ones included ("… mardi, mais aucune rencontre n'est prévue jeudi").
    let live: Vec<usize> = plans
        .iter()
        .filter(|p| {
            (p.role.is_some() && p.role != Some(ReadingRole::Setting))
                || p.modality.negated
                || p.modality.hypothetical
                || p.modality.repeated
        })
        .map(|p| p.hit)
        .collect();
    // The day of the last trigger that says something, denied ones included: what a later
    // "le même jour" means ("Jeudi, le Kremlin a fait savoir qu'aucune rencontre n'était
    // prévue. Zelensky a été reçu le même jour à Ankara").
    let mut last_day = None;
    let mut told = None;
    let mut readings = Vec::new();
    // The trigger of each reading, in step with `readings`.
    let mut read_from = Vec::new();
    for plan in plans {
        let scene = facts::Scene {
            sentence: s,
            hits: &hits,
            live: &live,
            context,
            focus,
            paragraph,
        };
        let is_live = live.contains(&plan.hit);
        if plan.role.is_none() && !is_live {
            continue;
        }
        let read_as = plan.role.unwrap_or(ReadingRole::Partial);
        let named = !plan.entities.is_empty();
        let mut reading = facts::reading(&scene, plan.hit, read_as, &plan.modality, named);
        if let (true, Some((DateValue::Day(day), _))) = (is_live, reading.date) {
            last_day = Some(day);
            if reading.status == Status::Occurred && !reading.pluperfect && !reading.previous {
                told = Some(day);
            }
        }
        let Some(role) = plan.role else { continue };
        let hit = &hits[plan.hit];
        reading.participants = plan.entities;
        reading.demonstrative = plan.determiner.demonstrative;
        reading.definite = plan.determiner.refers_back() && hit.pos == Pos::Noun;
        if role == ReadingRole::Event && !plan.separate.is_empty() {
            let parts = separately(&scene, plan.hit, &reading, &plan.separate);
            read_from.extend(std::iter::repeat_n(plan.hit, parts.len()));
            readings.extend(parts);
            continue;
        }
        let seed = role == ReadingRole::Event && reading.participants.is_empty();
        if (seed || role == ReadingRole::Setting)
            && (reading.date.is_some() || reading.place.is_some())
        {
            focus.setting = Some(Setting {
                date: reading.date.map(|d| d.0),
                place: reading.place,
            });
        }
        if (seed && reading.date.is_none() && reading.place.is_none())
            || role == ReadingRole::Setting
        {
            continue;
        }
        readings.push(reading);
        read_from.push(plan.hit);
    }
    subject_noun(s, &hits, &read_from, &mut readings);
    same_event_same_day(&mut readings);
    // A sentence whose triggers set no pair ("X et Y se sont fixé un objectif, au premier jour
    // d'une visite") may still name the pair by its two subjects.
    focus::update_focus(s, &info, focus, paired || joined);
    if focus.paragraph != paragraph {
        focus.paragraph = paragraph;
        focus.earlier.clear();
    }
    // A sentence that tells an event has its own day and place; those of a sentence that
    // tells none are the story's.
    if hits.is_empty() {
        focus.earlier.push(s.range.clone());
    }
    if let Some(day) = last_day {
        focus.last_day = Some((day, paragraph));
    }
    if told.is_some() {
        focus.told_day = told;
    } else if readings.is_empty() && focus.told_day.is_none() {
        // The lead's day, before any event is told ("X a pris lundi ses fonctions lors d'une
        // cérémonie").
        focus.told_day = facts::day_told(s, context);
    }
    readings
}

/// "Samedi, M. X doit se rendre avec M. Y à Sendai", "X et Y ont voyagé ensemble jusqu'à
/// Sendai": a journey two people the article has told meeting make together (a pair of its
/// meetings) is another meeting of theirs. A traveller's aide or minister is not that
/// pair, so his journey stays a journey.
fn together(s: &Sentence<'_>, hit: &Hit<'_>, linked: &people::Linked, focus: &Focus) -> bool {
    let [a, b] = linked.entities[..] else {
        return false;
    };
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let with = (hit.tokens.start.saturating_sub(3)..clause.end.min(hit.tokens.end + 4))
        .any(|j| s.tokens[j].word && matches!(s.tokens[j].key.as_str(), "avec" | "ensemble"));
    with && focus.pairs.contains(&[a.min(b), a.max(b)])
}

/// One sentence often tells one event through two words: "X avait été reçu mercredi soir à
/// l'Élysée pour un dîner de travail avec Y". An event reading without a day of its own takes
/// the day of a reading of one of its people in the same sentence, reported the same way. A
/// journey told before it without its traveller ("Arrivée jeudi soir à Montevideo, X avait
/// dîné avec Y") is the subject's: the event takes its day, and its place if it has none.
fn same_event_same_day(readings: &mut [Reading]) {
    for i in 0..readings.len() {
        let r = &readings[i];
        if r.role != ReadingRole::Event || r.date.is_some_and(|(_, strong)| strong) {
            continue;
        }
        let found = readings.iter().find_map(|o| {
            let partial = matches!(o.role, ReadingRole::Partial | ReadingRole::Travel);
            let shared = o.participants.iter().any(|p| r.participants.contains(p));
            let journey = o.role == ReadingRole::Travel
                && o.participants.is_empty()
                && o.position < r.position;
            let strong = o.date.filter(|(_, strong)| *strong);
            (partial && (shared || journey) && o.status == r.status && o.explicit)
                .then_some(strong.map(|day| (day, journey.then_some(o.place).flatten())))
                .flatten()
        });
        if let Some((day, place)) = found {
            readings[i].date = Some(day);
            if readings[i].place.is_none() {
                readings[i].place = place;
            }
        }
    }
}

/// "Les négociations de mercredi à Sharm el-Sheikh ont réuni X, Y et Z": a noun that opens
/// the sentence as the subject of a trigger verb is the verb's event, and its own complement
/// or relative clause gives that event's place, day and duration when the verb's clause does
/// not.
fn subject_noun(s: &Sentence<'_>, hits: &[Hit<'_>], read_from: &[usize], readings: &mut [Reading]) {
    let Some((first, &noun)) = read_from.iter().enumerate().next() else {
        return;
    };
    let hit = &hits[noun];
    let opens = (0..hit.tokens.start).all(|j| {
        let t = &s.tokens[j];
        !t.word
            || [Class::Definite, Class::Demonstrative, Class::Possessive]
                .iter()
                .any(|&c| t.is(c))
    });
    if hit.pos != Pos::Noun || !opens || readings[first].role != ReadingRole::Anaphor {
        return;
    }
    // The verb right after the noun's phrase: no other trigger between, and no comma but
    // those around a relative clause ("Le sommet, qui s'est tenu au palais, a réuni …").
    let Some(verb) = (noun + 1..hits.len()).next() else {
        return;
    };
    let between = hit.tokens.end..hits[verb].tokens.start;
    let aside = |j: usize| {
        s.relatives
            .iter()
            .any(|r| r.contains(&j) || r.start == j + 1 || r.end == j)
    };
    if hits[verb].pos == Pos::Noun
        || between
            .clone()
            .any(|j| s.tokens[j].punct(&[',', ';', ':']) && !aside(j))
    {
        return;
    }
    let own = readings[first].clone();
    for (r, &from) in readings.iter_mut().zip(read_from).skip(first + 1) {
        if from != verb || r.role != ReadingRole::Event {
            continue;
        }
        if r.place.is_none() {
            r.place = own.place;
            r.town = own.town;
        }
        if !r.date.is_some_and(|(_, strong)| strong) && own.date.is_some_and(|(_, strong)| strong) {
            r.date = own.date;
        }
        if r.duration.is_none() {
            r.duration.clone_from(&own.duration);
        }
    }
}

/// One reading per group of objects a verb met one after the other: the subject with each
/// group, dated by the date of the group's own part of the sentence if it names one ("doit
/// s'entretenir vendredi avec X, puis samedi avec Y").
fn separately(
    scene: &facts::Scene<'_, '_>,
    hit: usize,
    reading: &Reading,
    groups: &[(Vec<usize>, Range<usize>)],
) -> Vec<Reading> {
    let objects: Vec<usize> = groups.iter().flat_map(|(g, _)| g.iter().copied()).collect();
    let subject: Vec<usize> = reading
        .participants
        .iter()
        .copied()
        .filter(|e| !objects.contains(e))
        .collect();
    groups
        .iter()
        .map(|(group, span)| {
            let mut r = reading.clone();
            r.alone = true;
            r.participants = subject.iter().chain(group).copied().collect();
            r.participants.sort_unstable();
            r.participants.dedup();
            if let Some(date) = facts::date_in(scene, hit, span.clone()) {
                r.date = Some((date, true));
            }
            r
        })
        .collect()
}

/// What a trigger that is neither denied nor hypothetical may do, from the people it links.
fn role(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    info: &[NameInfo],
    linked: &people::Linked,
    determiner: &modality::Determiner,
    entities: &mut Vec<usize>,
) -> Option<ReadingRole> {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let n = linked.entities.len();
    match hit.trigger.role {
        Role::Several => None,
        // "où il est attendu à la Casa Rosada par le président Javier Milei": a traveller
        // awaited by a named host meets him.
        Role::Travel if hit.trigger.objects.par && n >= 2 && agent(s, hit, info, linked) => {
            Some(ReadingRole::Event)
        }
        // "est attendu à Abuja pour en finaliser l'organisation avec M. Tuggar": a journey
        // whose purpose is done with someone is a meeting with them.
        Role::Travel if n >= 1 => {
            let partners = people::purpose_partners(s, hit, info, &clause);
            let before = entities.len();
            entities.extend(partners);
            entities.sort_unstable();
            entities.dedup();
            Some(if entities.len() > before {
                ReadingRole::Event
            } else {
                ReadingRole::Travel
            })
        }
        Role::Travel => Some(ReadingRole::Travel),
        Role::Companion => (n >= 1).then_some(ReadingRole::Companion),
        Role::Setting => Some(ReadingRole::Setting),
        Role::Attendance => {
            // "représenté par X": the agent alone; "X, Y et Z, dont …, étaient présents": the
            // subjects, before the trigger in the sentence. A name that opens a clause of its
            // own ("…, le président Xi Jinping n'ayant pas fait le déplacement") is not one.
            let agent = s.tokens[hit.tokens.end - 1].key == "par";
            let range = if agent {
                hit.tokens.end..clause.end
            } else {
                0..hit.tokens.start
            };
            let absent = |n: usize| {
                let end = s.names[n].tokens.end;
                (end..(end + 2).min(s.tokens.len())).any(|j| {
                    s.tokens[j].word
                        && matches!(s.tokens[j].key.as_str(), "n" | "ne" | "ayant" | "etant")
                })
            };
            *entities = names::names_in(s, range)
                .filter(|&n| names::eligible(s, info, n, hit) && !absent(n))
                .map(|n| s.names[n].entity)
                .collect();
            entities.sort_unstable();
            entities.dedup();
            (!entities.is_empty()).then_some(ReadingRole::Attendance)
        }
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
                && (determiner.demonstrative || !people::foreign(s, hit, &clause));
            // "X et Y ont tenu leur premier sommet jeudi": the owners of "leur" are the
            // event's people, which may be told here for the first time.
            let owned = determiner.possessive && !determiner.demonstrative && n >= 2;
            // A new event nobody is named in yet: "une journée de discussions mardi à
            // Djeddah". Kept only with a date or a place (see `read_sentence`). Nobody is a
            // person who cannot take part, or only completes another noun ("des négociations
            // sur le plan de Donald Trump").
            let nobody = (0..s.names.len()).all(|m| {
                let other_noun = matches!(&info[m].gov, Gov::Prep(_, g)
                    if s.tokens[*g].is(Class::Genitive)
                        && s.genitive_head(*g).is_some_and(|h| !hit.tokens.contains(&h)));
                s.names[m].class != EntityClass::Person
                    || !names::eligible(s, info, m, hit)
                    || other_noun
                    || reporter(s, m)
            });
            // "L'Iran et les États-Unis ont tenu samedi leurs premiers pourparlers": owners the
            // text does not name, of an event told for the first time.
            let fresh = nobody
                && determiner.possessive
                && !determiner.demonstrative
                && linked.entities.is_empty();
            if back && !linked.own && !owned && !fresh {
                // "Ouchakov et Dmitriev assistaient à l'entretien": the event named before,
                // with more people.
                return Some(ReadingRole::Anaphor);
            }
            // "Accompagné de son épouse X, le chancelier a dîné …": a traveller and his
            // retinue are one party; the event needs another.
            let parties = n - linked.retinue.len().min(n);
            if parties >= 2 {
                return Some(ReadingRole::Event);
            }
            if n >= 1 {
                return Some(ReadingRole::Partial);
            }
            if back && !fresh {
                return Some(ReadingRole::Anaphor);
            }
            // "Les délégations se sont réunies dimanche à Genève" opens one too.
            let new = !noun || !determiner.refers_back() || fresh;
            let seed = hit.trigger.role == Role::Event
                && nobody
                && new
                && !people::foreign(s, hit, &clause);
            seed.then_some(ReadingRole::Event)
        }
    }
}

/// Whether a person the trigger links is the agent of its verb ("attendu par X").
fn agent(s: &Sentence<'_>, hit: &Hit<'_>, info: &[NameInfo], linked: &people::Linked) -> bool {
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    names::names_in(s, hit.tokens.end..clause.end).any(|m| {
        matches!(&info[m].gov, Gov::Prep(p, g) if p == "par" && *g >= hit.tokens.end)
            && linked.entities.contains(&s.names[m].entity)
    })
}

/// Whether name `n` is who reports: it follows a reporting verb of its clause with no trigger
/// between (", a annoncé le Premier ministre Anwar Ibrahim").
fn reporter(s: &Sentence<'_>, n: usize) -> bool {
    let first = s.names[n].tokens.start;
    let clause = &s.clauses[s.clause[first]];
    let from = first.saturating_sub(8).max(clause.start);
    (from..first).any(|j| {
        s.class_at(j, Class::Frame).is_some_and(|e| e <= first)
            && !(j..first).any(|k| names::trigger_at(s, k))
    })
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
    let mut entities: Vec<usize> = names::names_in(s, range)
        .filter(|&n| names::eligible(s, info, n, hit))
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
    if trigger.exhortation && urges(s, end) {
        return false;
    }
    if trigger.reflexive {
        // "s'est entretenu", "s'est lui aussi entretenu", "s'est pour sa part entretenu".
        let before = (0..start)
            .rev()
            .take_while(|&j| s.tokens[j].word && s.name_at[j].is_none())
            .take(5);
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

/// Whether "à" and an infinitive follow a verb's object, within ten words after token `end`
/// ("a appelé les deux parties à « mettre en œuvre »").
fn urges(s: &Sentence<'_>, end: usize) -> bool {
    let stop = (end..s.tokens.len())
        .find(|&j| s.tokens[j].punct(&['.', ';', ':', '?', '!']))
        .unwrap_or(s.tokens.len())
        .min(end + 12);
    (end..stop).any(|j| {
        let t = &s.tokens[j];
        if !(t.word && t.key == "à") {
            return false;
        }
        let next = (j + 1..stop).find(|&k| s.tokens[k].word);
        next.is_some_and(|k| {
            let v = &s.tokens[k].key;
            v.chars().count() > 3 && ["er", "ir", "re"].iter().any(|e| v.ends_with(e))
        })
    })
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
        let last = s.written(h.tokens.end - 1);
        h.pos == Pos::Verb
            && ![
                "er", "ir", "re", "ant", "é", "ée", "és", "ées", "u", "ue", "us", "i", "ie", "is",
            ]
            .iter()
            .any(|e| last.ends_with(e))
    });
    let delegation = hits.iter().any(|h| h.trigger.role == Role::Delegation);
    // "Vladimir Poutine lors d'une rencontre avec …": the shape of a caption.
    let during = hits.iter().any(|h| {
        h.pos == Pos::Noun
            && (h.tokens.start.saturating_sub(4)..h.tokens.start)
                .any(|j| matches!(s.tokens[j].key.as_str(), "lors" | "pendant" | "durant"))
    });
    let sentence_like = s.tokens.iter().filter(|t| t.word).count() >= 6
        && s.tokens
            .last()
            .is_some_and(|t| t.punct(&['.', '!', '?', '…']));
    finite_trigger || delegation || (sentence_like && !during) || !s.speech.is_empty()
}

/// Whether a paragraph is a photo caption or credit ("(Photo by … / AFP)"): none of its
/// sentences starts an event. Reads the paragraph folded ([`crate::text::fold_text`]).
pub(super) fn caption(folded: &str) -> bool {
    LEXICON.captions.iter().any(|c| folded.contains(c.as_str()))
}
