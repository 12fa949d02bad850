//! What a sentence says about the event of one trigger besides its people and modality: its
//! kind, place, date, duration, status and ordinal.

use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::{key, ordinal, Class, PlaceRank, Pos, LEXICON};
use super::modality::{cue_word, Modality};
use super::tokens::{Gov, Hit, Sentence};
use super::{Context, Focus, Reading, ReadingRole};
use crate::extract::dates::{find_dates, tense, DateValue, Tense};
use crate::extract::{EventKind, Status};
use crate::reference::EntityClass;

/// Shortest and longest durations a meeting or call can have, in minutes.
const DURATIONS: Range<f64> = 10.0..(3.0 * 24.0 * 60.0 + 1.0);

/// A sentence with what a trigger's facts are read against.
pub(super) struct Scene<'a, 'b> {
    pub sentence: &'a Sentence<'b>,
    pub hits: &'a [Hit<'static>],
    /// The triggers that say something (see `Owner`).
    pub live: &'a [usize],
    pub context: &'a Context<'a>,
    pub focus: &'a Focus,
    pub paragraph: usize,
}

/// Everything but the participants.
pub(super) fn reading(
    scene: &Scene<'_, '_>,
    index: usize,
    role: ReadingRole,
    modality: &Modality,
    named: bool,
) -> Reading {
    let Scene {
        sentence: s,
        hits,
        live,
        context,
        focus,
        paragraph,
    } = *scene;
    let hit = &hits[index];
    // A setting ("Bruxelles accueille jeudi une conférence") takes every date and place of
    // its clause, whichever trigger is nearer.
    let everyone: Vec<usize> = (0..hits.len()).collect();
    let owner = if role == ReadingRole::Setting {
        Owner {
            hits,
            live: &everyone[index..=index],
            index,
        }
    } else {
        Owner { hits, live, index }
    };
    let clause = s.clauses[s.clause[hit.tokens.start]].clone();
    let clause_tense =
        verb_tense(s, hit).unwrap_or_else(|| s.clause_tense(s.clause[hit.tokens.start]));
    let (mut place, mut town) = place(
        s,
        hit,
        &owner,
        context,
        &clause,
        role == ReadingRole::Setting,
    );
    // A noun that refers back takes a place from "a eu lieu à", "s'est tenue à", or right
    // after it; other places of its clause are about other things ("après la rencontre, X a
    // déclaré à Paris").
    if role == ReadingRole::Anaphor && place.is_some() {
        let located = s.has_class(clause.clone(), Class::LocationVerb);
        // Right after it, or in its own complement ("les négociations de mercredi à Sharm
        // el-Sheikh").
        let own = if hit.pos == Pos::Noun {
            super::names::complement_end(s, hit, &clause)
        } else {
            hit.tokens.end
        };
        // In the complement, only names, grammar words and a date may stand before the place
        // ("au menu des discussions figuraient le soutien à l'Ukraine" is no place).
        let plain = |from: usize, to: usize| {
            let other = (from..to)
                .filter(|&j| {
                    let t = &s.tokens[j];
                    t.word
                        && s.name_at[j].is_none()
                        && t.key != "et"
                        && ![Class::Preposition, Class::Definite, Class::Possessive]
                            .iter()
                            .any(|&c| t.is(c))
                })
                .count();
            other <= 1
        };
        // Or in a relative clause about it ("l'entretien, qui a duré deux heures au palais du
        // Peuple").
        let about = s
            .relatives
            .iter()
            .find(|r| about_trigger(s, hit, r))
            .cloned()
            .unwrap_or(0..0);
        let near = |entity: usize| {
            s.names.iter().any(|n| {
                n.entity == entity
                    && n.tokens.start >= hit.tokens.end
                    && (n.tokens.start <= hit.tokens.end + 2
                        || about.contains(&n.tokens.start)
                        || (n.tokens.end <= own && plain(hit.tokens.end, n.tokens.start)))
            })
        };
        place = place.filter(|&(entity, _)| located || near(entity));
        town = town.filter(|&entity| place.is_some() && (located || near(entity)));
    }
    let (kind, open) = kind(s, hit, &clause, place.is_some());
    let mut scene_place = None;
    // A noun that refers back is dated by "a eu lieu mardi", its own complement ("la
    // rencontre de mardi"), a relative clause about it, or a day right after it when it opens
    // its clause ("La rencontre mardi entre X et Y a duré …"); other days of its clause date
    // something else ("X avait préparé la visite jeudi lors d'une visioconférence", "la
    // feuille de route présentée le 21 août").
    let anaphor_day = |at: usize| {
        role != ReadingRole::Anaphor
            || s.has_class(clause.clone(), Class::LocationVerb)
            || own_day(s, hit, &clause, at)
    };
    // "Les deux hommes sont convenus de se retrouver en octobre", "ont décidé de se rencontrer
    // jeudi": an infinitive that a past decision plans is later than the decision; its day or
    // month is read forward.
    let date_tense = if modality.planned && clause_tense == Tense::Past && infinitive(s, hit) {
        Tense::Future
    } else {
        clause_tense
    };
    let mut date = date(s, hit, &owner, context, date_tense, &anaphor_day);
    // "X doit se rendre jeudi à Shanghai, où il rencontrera Y": a clause opened by "où" is on
    // the day of the clause before, whichever trigger that day is nearer.
    let ou = s.tokens.get(clause.start).is_some_and(|t| t.key == "où") && clause.start > 0;
    if date.is_none() && ou {
        date = sentence_day(scene, index, date_tense).map(|d| (DateValue::Day(d), true));
    }
    // A noun in a relative clause hung on a name tells that person's stay, which the talks
    // fall within: "X a tenu des pourparlers avec Y, qui se trouve en visite d'État du 6 au
    // 13 juillet" does not date the talks on the 6th. Its day is only a guess.
    let stay = hit.pos == Pos::Noun
        && s.relatives.iter().any(|r| {
            r.contains(&hit.tokens.start)
                && r.start
                    .checked_sub(2)
                    .is_some_and(|j| s.name_at[j].is_some())
        });
    if stay {
        date = date.map(|(d, _)| (d, false));
    }
    // "Le même jour", "le lendemain": the last day named in this paragraph or the one before.
    // A trigger in a phrase about another time is out of its reach: "La veille, X s'était
    // entretenu avec Y avant les consultations" dates the call, not the consultations.
    let t0 = hit.tokens.start;
    // "La veille de la visite, X et Y s'étaient parlé": the noun of the complement is the
    // event the day is counted from, not one on that day.
    let of_event = |j: usize, e: usize| {
        s.tokens.get(e).is_some_and(|t| t.is(Class::Genitive))
            && (e..complement_of(s, e, &clause)).contains(&t0)
            && j < t0
    };
    let relative = |class: Class| {
        clause.clone().any(|j| {
            s.class_at(j, class)
                .is_some_and(|e| e <= clause.end && !of_event(j, e))
                && s.excursions
                    .iter()
                    .all(|r| !r.contains(&t0) || r.contains(&j) || s.infinitives.contains(r))
        })
    };
    // Whether the day is counted from an event its complement names ("la veille de la
    // visite", "au lendemain du sommet"): with no day named just before, that event is the
    // story's, whose day is the one the article last told an event on.
    let counted_from_event = |class: Class| {
        clause.clone().any(|j| {
            s.class_at(j, class)
                .is_some_and(|e| s.tokens.get(e).is_some_and(|t| t.is(Class::Genitive)))
        })
    };
    if date.is_none() {
        let last = focus
            .last_day
            .filter(|(_, p)| p + 1 >= paragraph)
            .map(|(d, _)| d);
        if relative(Class::SameDay) {
            date = last.map(|d| (DateValue::Day(d), true));
        } else if relative(Class::NextDay) {
            date = last
                .or_else(|| {
                    recent_told(focus, context).filter(|_| counted_from_event(Class::NextDay))
                })
                .and_then(|d| d.succ_opt())
                .map(|d| (DateValue::Day(d), true));
        } else if relative(Class::PreviousDay) {
            // With no day named just before, "la veille" is the eve of the story's day, the
            // day the article last told an event on in the week before the news ("X a été
            // reçu mercredi par le président. La veille, il s'était entretenu avec le Premier
            // ministre" in Thursday's paper), else the eve of the news.
            date = last
                .or_else(|| recent_told(focus, context))
                .or(context.anchor)
                .and_then(|d| d.pred_opt())
                .map(|d| (DateValue::Day(d), true));
        } else if relative(Class::TimeOfDay) {
            // "Dans l'après-midi, X s'est entretenu …": a part of the day the story is
            // about: a day this sentence names for another trigger ("Arrivé mercredi à Kiev,
            // X s'est entretenu dans la soirée avec Y"), else one named in this paragraph,
            // else, told in the passé composé, the day of the news (the publication's), else
            // one named in the paragraph before.
            let news = (clause_tense == Tense::Past && !pluperfect(s, hit))
                .then_some(context.anchor)
                .flatten();
            let here = focus
                .last_day
                .filter(|(_, p)| *p == paragraph)
                .map(|(d, _)| d);
            // The day the article last told an event on, in the week before the news, is the
            // story's day ("Jeudi, les ministres ont tenu leurs consultations. […] En fin de
            // journée, X a reçu Y" in Friday's paper is Thursday's evening).
            let recent = recent_told(focus, context);
            // "Plus tôt dans la journée": failing all these, the day named last, however far.
            date = sentence_day(scene, index, clause_tense)
                .or(here)
                .or_else(|| story_day(scene))
                .or(recent.filter(|_| news.is_some()))
                .or(news)
                .or(last)
                .or(focus.last_day.map(|(d, _)| d))
                .map(|d| (DateValue::Day(d), true));
        }
    }
    // "En marge de la conférence": the setting's date and place, when the sentence gives none.
    if s.has_class(clause.clone(), Class::Sidelines) {
        if let Some(setting) = focus.setting {
            date = date.or(setting.date.map(|d| (d, true)));
            place = place.or(setting.place);
        }
    }
    // An event of named people told in the passé composé without a day of its own happened
    // on the day the story is about: a day its sentence names, else the day named last in
    // this paragraph or the one before, else the day of the news, the publication's. The
    // date is weak: it never keeps two readings apart nor says the status.
    if date.is_none()
        && named
        && matches!(role, ReadingRole::Event | ReadingRole::Partial)
        && clause_tense == Tense::Past
        && !modality.planned
        && !modality.previous
        && !pluperfect(s, hit)
    {
        let last = |here: bool| {
            focus
                .last_day
                .filter(|(_, p)| {
                    if here {
                        *p == paragraph
                    } else {
                        p + 1 >= paragraph
                    }
                })
                .map(|(d, _)| (d, false))
        };
        if place.is_none() {
            scene_place = story_place(scene);
        }
        date = sentence_day(scene, index, clause_tense)
            .map(|d| (d, false))
            .or_else(|| last(true))
            .or_else(|| story_day(scene).map(|d| (d, false)))
            .or_else(|| last(false))
            .or(recent_told(focus, context).map(|d| (d, false)))
            .or(context.anchor.map(|d| (d, false)))
            .map(|(d, strong)| (DateValue::Day(d), strong));
    }
    let explicit = modality.planned || clause_tense != Tense::Present;
    let status = if modality.planned || clause_tense == Tense::Future {
        Status::Planned
    } else {
        Status::Occurred
    };
    Reading {
        kind,
        open,
        role,
        participants: Vec::new(),
        place,
        town,
        date,
        duration: duration(s, hit, &owner),
        status,
        explicit,
        ordinal: ordinal_of(s, hit),
        previous: modality.previous,
        alone: {
            let near = clause.start.max(hit.tokens.start.saturating_sub(6))
                ..clause.end.min(hit.tokens.end + 6);
            s.has_class(near, Class::Exclusive)
        },
        located: role == ReadingRole::Anaphor
            && ordinal_of(s, hit).is_some()
            && s.has_class(clause.clone(), Class::LocationVerb),
        pluperfect: pluperfect(s, hit),
        definite: false,
        demonstrative: false,
        sentence: s.range.clone(),
        paragraph,
        position: s.tokens[hit.tokens.start].range.start,
        dateline: None,
        scene_place,
        strength: hit.trigger.strength,
    }
}

/// Where the complement that opens at token `e` ends: at the next comma or the end of the
/// clause.
fn complement_of(s: &Sentence<'_>, e: usize, clause: &Range<usize>) -> usize {
    (e..clause.end)
        .find(|&j| s.tokens[j].punct(&[',', ';', ':']))
        .unwrap_or(clause.end)
}

/// The day the article last told an event on as news, if it lies in the week before the
/// publication: the day of the story, which a later event told without a day of its own is
/// on ("Aliyev et Pashinyan se sont rencontrés jeudi à Abu Dhabi. […] Avant les pourparlers,
/// X a reçu séparément Aliyev et Pashinyan" in Friday's paper).
fn recent_told(focus: &Focus, context: &Context<'_>) -> Option<NaiveDate> {
    focus.told_day.filter(|&d| {
        context
            .anchor
            .is_some_and(|a| d <= a && (a - d).num_days() <= 7)
    })
}

/// The day a sentence without a trigger tells, in the passé composé, something happened on,
/// if it lies in the week before the news ("Sidi Ould Tah a pris lundi ses fonctions"): the
/// day of the story, which a later event told without a day of its own is on ("Quelques
/// heures plus tard, M. Ould Tah a été reçu par …").
pub(super) fn day_told(s: &Sentence<'_>, context: &Context<'_>) -> Option<NaiveDate> {
    let anchor = context.anchor?;
    let filed = dateline_end(s);
    (0..s.clauses.len())
        .filter(|&c| !s.clauses[c].is_empty() && s.clause_tense(c) == Tense::Past)
        .find_map(|c| {
            s.clause_dates(c, Tense::Past, Some(anchor))
                .into_iter()
                .find_map(|found| {
                    let at = s
                        .tokens
                        .iter()
                        .position(|t| t.range.start >= found.range.start)?;
                    match found.value {
                        DateValue::Day(d)
                            if at >= filed && d <= anchor && (anchor - d).num_days() <= 7 =>
                        {
                            Some(d)
                        }
                        _ => None,
                    }
                })
        })
}

/// The first date in a token range of a trigger's clause, read in the trigger's tense.
pub(super) fn date_in(
    scene: &Scene<'_, '_>,
    index: usize,
    span: Range<usize>,
) -> Option<DateValue> {
    let s = scene.sentence;
    let hit = &scene.hits[index];
    let c = s.clause[hit.tokens.start];
    let tense = match verb_tense(s, hit).unwrap_or_else(|| s.clause_tense(c)) {
        Tense::Present => Tense::Future,
        tense => tense,
    };
    s.clause_dates(c, tense, scene.context.anchor)
        .into_iter()
        .find(|found| {
            s.tokens
                .iter()
                .position(|t| t.range.start >= found.range.start)
                .is_some_and(|at| span.contains(&at))
        })
        .map(|found| found.value)
}

/// The day the story is about when no trigger named it: the first day the nearest earlier
/// sentence of the paragraph without an event of its own names ("La Turquie et la Syrie ont affiché mercredi à Ankara un
/// front commun. Hakan Fidan a reçu son homologue …").
fn story_day(scene: &Scene<'_, '_>) -> Option<NaiveDate> {
    let s = scene.sentence;
    let focus = scene.focus;
    if focus.paragraph != scene.paragraph {
        return None;
    }
    focus.earlier.iter().rev().find_map(|range| {
        let text = s.body.get(range.clone())?;
        let dates = find_dates(text, range.start, scene.context.anchor, tense(text));
        dates.into_iter().find_map(|d| match d.value {
            DateValue::Day(day) => Some(day),
            _ => None,
        })
    })
}

/// The place the story is in when no trigger placed it: a place after "à", "au" or "en" in
/// the nearest earlier sentence of the paragraph without an event of its own that names one
/// ("La Turquie et la Syrie ont
/// affiché mercredi à Ankara un front commun. Hakan Fidan a reçu son homologue …").
fn story_place(scene: &Scene<'_, '_>) -> Option<usize> {
    let s = scene.sentence;
    let focus = scene.focus;
    let context = scene.context;
    if focus.paragraph != scene.paragraph {
        return None;
    }
    focus.earlier.iter().rev().find_map(|range| {
        let first = context
            .mentions
            .partition_point(|m| m.range.start < range.start);
        context.mentions[first..]
            .iter()
            .take_while(|m| m.range.end <= range.end)
            .find(|m| {
                let before = s.body[range.start..m.range.start].trim_end();
                context.entities[m.entity].class == EntityClass::Place
                    && [" à", " au", " aux", " en"]
                        .iter()
                        .any(|p| before.ends_with(p))
            })
            .map(|m| m.entity)
    })
}

/// A day the sentence names for any of its triggers ("X et Y se sont parlé dimanche, puis X a
/// appelé Z"): the day of a trigger that names none.
fn sentence_day(scene: &Scene<'_, '_>, index: usize, tense: Tense) -> Option<NaiveDate> {
    let alone = [index];
    let owner = Owner {
        hits: scene.hits,
        live: &alone,
        index,
    };
    let hit = &scene.hits[index];
    match date(scene.sentence, hit, &owner, scene.context, tense, &|_| true) {
        Some((DateValue::Day(d), _)) => Some(d),
        _ => None,
    }
}

/// Whether a relative clause set off by commas is about the trigger: it opens right after
/// it, or after an adjective or two of its ("L'entretien bilatéral, qui a duré une quarantaine
/// de minutes à l'hôtel Shangri-La").
fn about_trigger(s: &Sentence<'_>, hit: &Hit<'_>, r: &Range<usize>) -> bool {
    let after = hit.tokens.end;
    let Some(comma) = r.start.checked_sub(1) else {
        return false;
    };
    comma >= after
        && comma <= after + 2
        && (after..comma).all(|j| s.tokens[j].word && s.name_at[j].is_none())
}

/// Which trigger a date, place or duration at a token belongs to: the nearest of the
/// sentence's triggers that say something, the one before it on a tie ("X a rencontré Y
/// lundi, puis s'est entretenu avec Z mardi").
struct Owner<'h, 'l> {
    hits: &'h [Hit<'l>],
    live: &'h [usize],
    index: usize,
}

impl Owner<'_, '_> {
    /// Whether the day or place at token `at` is this trigger's: as [`Owner::owns`], passing
    /// over a noun that refers back when the day or place stands before it ("X va rencontrer
    /// Y à Washington la semaine prochaine pour continuer les pourparlers" dates and places
    /// the meeting, "il avait rencontré Aliyev le 4 juillet à Khankendi en marge du sommet"
    /// places it).
    fn owns_day(&self, s: &Sentence<'_>, at: usize) -> bool {
        let others: Vec<usize> = self
            .live
            .iter()
            .copied()
            .filter(|&h| {
                let hit = &self.hits[h];
                let clause = &s.clauses[s.clause[hit.tokens.start]];
                h == self.index
                    || !refers_back(s, hit)
                    || at >= hit.tokens.start
                    || s.has_class(clause.clone(), Class::LocationVerb)
            })
            .collect();
        Owner {
            hits: self.hits,
            live: &others,
            index: self.index,
        }
        .owns(at)
    }

    fn owns(&self, at: usize) -> bool {
        let distance = |h: &Hit<'_>| {
            if at < h.tokens.start {
                (h.tokens.start - at, 1)
            } else {
                (at.saturating_sub(h.tokens.end - 1), 0)
            }
        };
        let nearest = self
            .live
            .iter()
            .min_by_key(|&&h| distance(&self.hits[h]))
            .copied();
        nearest.is_none_or(|h| h == self.index)
    }
}

/// Whether a verb trigger is an infinitive ("se retrouver", "rencontrer", "recevoir").
fn infinitive(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    hit.pos == Pos::Verb && {
        let written = s.written(hit.tokens.end - 1);
        ["er", "ir", "re"].iter().any(|e| written.ends_with(e))
    }
}

/// "avait rencontré", "s'était rendu", "avaient été reçus": an auxiliary in the imperfect
/// just before the trigger.
fn pluperfect(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    (0..hit.tokens.start)
        .rev()
        .filter(|&j| s.tokens[j].word)
        .take(4)
        .any(|j| {
            matches!(
                s.tokens[j].key.as_str(),
                "avait" | "avaient" | "etait" | "etaient"
            )
        })
}

/// The tense a verb trigger shows by its own form: a participle after an auxiliary ("a
/// rencontré", "a pour sa part rencontré", "sera reçu"), or a futur simple ("rencontrera").
/// `None` for other forms, which the clause's tense decides.
fn verb_tense(s: &Sentence<'_>, hit: &Hit<'_>) -> Option<Tense> {
    if hit.pos == Pos::Noun {
        return None;
    }
    let written = s.written(hit.tokens.end - 1);
    let last = written.as_str();
    let future = ["ra", "ront", "rai", "rons", "rez", "rait", "raient"];
    if last.chars().count() > 5 && future.iter().any(|e| last.ends_with(e)) {
        // A futur simple, or a conditional that reports one ("il a dit qu'il rencontrerait").
        return Some(Tense::Future);
    }
    if last.ends_with("ait") || last.ends_with("aient") {
        return None;
    }
    // An infinitive after a future auxiliary ("doit rencontrer", "va se rendre") is a plan,
    // whatever verb comes first in its clause ("X, qui s'était entretenu dimanche avec Y,
    // doit rencontrer jeudi Z").
    if ["er", "ir", "re"].iter().any(|e| last.ends_with(e)) {
        let from = (0..hit.tokens.start)
            .rev()
            .filter(|&j| s.tokens[j].word)
            .take(3)
            .last()
            .unwrap_or(hit.tokens.start);
        let group = &s.body[s.tokens[from].range.start..s.tokens[hit.tokens.end - 1].range.end];
        if tense(group) == Tense::Future {
            return Some(Tense::Future);
        }
    }
    let participle = [
        "é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "it",
    ]
    .iter()
    .any(|e| last.ends_with(e));
    if !participle {
        return None;
    }
    let before: Vec<usize> = (0..hit.tokens.start)
        .rev()
        .filter(|&j| s.tokens[j].word)
        .take(5)
        .collect();
    // A participle that opens the sentence tells what was done before the main verb
    // ("Arrivé lundi à Delhi, le ministre a eu …", "Reçu mardi par le roi, X a …").
    if before.is_empty() {
        return Some(Tense::Past);
    }
    let reflexive = before
        .iter()
        .any(|&j| matches!(s.tokens[j].key.as_str(), "s" | "se"));
    // "est" before a participle is a past for a reflexive or a verb of motion ("s'est
    // entretenu", "est arrivé"), a passive present otherwise ("est attendu", "est reçu"),
    // which the clause's tense decides.
    let motion = hit.trigger.role == super::lexicon::Role::Travel
        && !matches!(last, "attendu" | "attendue" | "attendus" | "attendues");
    before.iter().find_map(|&j| match s.tokens[j].key.as_str() {
        "a" | "ont" | "avait" | "avaient" | "eut" => Some(Tense::Past),
        "est" | "sont" | "etait" | "etaient" | "fut" if reflexive || motion => Some(Tense::Past),
        "aura" | "auront" | "sera" | "seront" => Some(Tense::Future),
        _ => None,
    })
}

/// The kind of the event: fixed by the trigger, or for an open one by the words around it.
fn kind(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>, placed: bool) -> (EventKind, bool) {
    if !hit.trigger.open {
        return (hit.trigger.kind, false);
    }
    if s.has_class(clause.clone(), Class::Phone) {
        return (EventKind::Call, false);
    }
    // In-person words count near the trigger only: "ont parlé le 18 mars et ont exprimé la
    // disposition de se rencontrer en personne" is a call.
    let near =
        clause.start.max(hit.tokens.start.saturating_sub(12))..clause.end.min(hit.tokens.end + 12);
    if placed || s.has_class(near, Class::InPerson) {
        return (EventKind::Meeting, false);
    }
    (hit.trigger.kind, true)
}

/// The place: a Place name after "à", "au", "en" or "dans" in the trigger's clause (or, for a
/// clause opened by "où", in the clause before), not the complement of a noun such as
/// "guerre" ("la guerre en Ukraine"), or the complement of the trigger noun itself ("le
/// sommet de Budapest"); the most specific, then the nearest. When that is a building or a
/// seat and the clause also names a town ("au palais Merdeka, à Jakarta"), the town comes
/// second: annotators and readers name either, and both are true.
fn place(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    owner: &Owner<'_, '_>,
    context: &Context<'_>,
    clause: &Range<usize>,
    setting: bool,
) -> (Option<(usize, PlaceRank)>, Option<usize>) {
    // "à Moscou, où Witkoff a été reçu": the place of "où" is in the clause before; the one
    // right before it first ("avant de s'envoler pour Doha, où il sera reçu").
    let ou = s.tokens.get(clause.start).is_some_and(|t| t.key == "où") && clause.start > 0;
    if ou {
        let comma = clause.start - 1;
        let last = if s.tokens[comma].punct(&[',']) {
            comma.checked_sub(1)
        } else {
            Some(comma)
        };
        let antecedent = last
            .and_then(|j| s.name_at[j])
            .filter(|&n| s.names[n].class == EntityClass::Place);
        if let Some(n) = antecedent {
            let entity = s.names[n].entity;
            return (Some((entity, rank_of(context, entity))), None);
        }
    }
    let (t0, t1) = (hit.tokens.start, hit.tokens.end);
    // "s'est rendu au Palais royal pour y être reçu par le roi": "y" is the place named
    // before it in its clause or the one before (not the "y" of "il y a").
    let y = (clause.start..t0)
        .rev()
        .filter(|&j| s.tokens[j].word)
        .take(3)
        .find(|&j| {
            s.tokens[j].key == "y"
                && !(j > 0
                    && s.tokens[j - 1].key == "il"
                    && s.tokens.get(j + 1).is_some_and(|t| {
                        matches!(t.key.as_str(), "a" | "avait" | "aura" | "aurait" | "eut")
                    }))
        });
    let before = if ou {
        Some(s.clauses[s.clause[clause.start - 1]].clone())
    } else {
        y.map(|y| {
            let c = s.clause[y];
            s.clauses[c.saturating_sub(1)].start..y
        })
    };
    // "L'entretien, qui a duré deux heures au palais du Peuple": a relative clause about the
    // trigger is its own.
    let about = s.relatives.iter().find(|r| about_trigger(s, hit, r));
    let candidates: Vec<(usize, PlaceRank, usize)> = (0..s.names.len())
        .filter(|&n| s.names[n].class == EntityClass::Place || seat(s, context, n))
        .filter(|&n| {
            let at = s.names[n].tokens.start;
            let own = (clause.contains(&at) && owner.owns_day(s, at))
                || about.is_some_and(|r| r.contains(&at));
            own || before.as_ref().is_some_and(|b| b.contains(&at))
        })
        .filter(|&n| {
            let at = s.names[n].tokens.start;
            s.visible(at, t0, t1)
                || before.as_ref().is_some_and(|b| b.contains(&at))
                || about.is_some_and(|r| r.contains(&at))
        })
        .filter(|&n| {
            // "dans la capitale Muscat", "dans la ville de Gaza": a place in apposition to the
            // noun of a town or building after a place preposition.
            let start = s.names[n].tokens.start;
            let noun = start
                .checked_sub(1)
                .and_then(|j| {
                    if s.tokens[j].is(Class::Genitive) {
                        j.checked_sub(1)
                    } else {
                        Some(j)
                    }
                })
                .filter(|&j| s.tokens[j].is(Class::Venue));
            let apposed = noun.and_then(|j| j.checked_sub(2)).is_some_and(|j| {
                s.tokens[j].is(Class::PlacePreposition) && s.tokens[j + 1].is(Class::Definite)
            });
            if apposed && s.names[n].class == EntityClass::Place {
                return true;
            }
            let Gov::Prep(_, g) = s.governor(n) else {
                // "Bruxelles accueille une conférence": a setting's host city.
                return setting;
            };
            // "au palais de Koulouba": a seat named after its building's noun.
            let building = s.tokens[g].is(Class::Genitive)
                && s.genitive_head(g).is_some_and(|h| {
                    s.tokens[h].is(Class::Seat)
                        && (h.saturating_sub(2)..h).any(|j| s.tokens[j].is(Class::PlacePreposition))
                });
            // "dans les salons feutrés du palais présidentiel d'Ankara", "dans le bureau
            // ovale de la Maison Blanche": a building named after a room one meets in.
            let room = s.tokens[g].is(Class::Genitive)
                && rank_of(context, s.names[n].entity) == PlaceRank::Seat
                && (g.saturating_sub(3)..g)
                    .rev()
                    .find(|&h| s.tokens[h].is(Class::Venue))
                    .is_some_and(|h| {
                        (h.saturating_sub(2)..h).any(|j| s.tokens[j].is(Class::PlacePreposition))
                    });
            let building = building || room;
            let near = s.class_before(g + 1, Class::Near).is_some();
            // "au Palais national de Mexico": the town right after a building's name.
            let town_of_building = town_after_building(s, context, n, g);
            let governed =
                s.tokens[g].is(Class::PlacePreposition) || building || near || town_of_building;
            let blocked = s.class_before(g, Class::PlaceBlocker).is_some();
            // "le sommet de Budapest", "les discussions de Riyad".
            let of_trigger = s.tokens[g].is(Class::Genitive)
                && hit.pos == Pos::Noun
                && s.genitive_head(g).is_some_and(|h| hit.tokens.contains(&h));
            (governed && !blocked) || of_trigger
        })
        .map(|n| {
            let entity = s.names[n].entity;
            let distance = s.names[n].tokens.start.abs_diff(t0);
            (entity, rank_of(context, entity), distance)
        })
        .collect();
    // "au Nasrec Expo Centre de Johannesburg": the town after a building's name.
    let building_towns: Vec<usize> = (0..s.names.len())
        .filter(|&n| match s.governor(n) {
            Gov::Prep(_, g) => town_after_building(s, context, n, g),
            _ => false,
        })
        .map(|n| s.names[n].entity)
        .collect();
    let best = |ranks: &[PlaceRank]| {
        candidates
            .iter()
            .filter(|(_, rank, _)| ranks.contains(rank))
            .max_by_key(|&&(_, rank, distance)| (rank, std::cmp::Reverse(distance)))
            .map(|&(entity, rank, _)| (entity, rank))
    };
    let primary = best(&[
        PlaceRank::Country,
        PlaceRank::Region,
        PlaceRank::Local,
        PlaceRank::Seat,
    ]);
    // "au palais Merdeka, à Jakarta": a building and its town are both where the event was;
    // so is the town a building's own name ends with ("au centre des congrès de Durban").
    let town = primary.and_then(|(entity, rank)| match rank {
        PlaceRank::Seat => best(&[PlaceRank::Region, PlaceRank::Local])
            .map(|(town, _)| town)
            .or_else(|| town_of(context, entity))
            // "dans la basilique Saint-Pierre, au Vatican": a city-state, or the country the
            // text gives for want of a town.
            .or_else(|| best(&[PlaceRank::Country]).map(|(country, _)| country)),
        // "au Centre des congrès de Durban": a place named after its town; "au Nasrec Expo
        // Centre de Johannesburg": a place the tables do not know, then its town.
        PlaceRank::Local => town_of(context, entity).or_else(|| {
            candidates
                .iter()
                .find(|&&(town, _, _)| town != entity && building_towns.contains(&town))
                .map(|&(town, _, _)| town)
        }),
        _ => None,
    });
    // A place standing in the town named after it is a building or a site of that town.
    let primary = match primary {
        Some((entity, PlaceRank::Local)) if town.is_some() => Some((entity, PlaceRank::Seat)),
        other => other,
    };
    (primary, town)
}

/// Whether name `n`, governed by the "de" at token `g`, is the town a building stands in: a
/// town or region the tables know right after the name of a building ("au Palais national de
/// Mexico") or of a place they do not know, whose name it completes ("au Nasrec Expo Centre de
/// Johannesburg").
fn town_after_building(s: &Sentence<'_>, context: &Context<'_>, n: usize, g: usize) -> bool {
    let town = &context.entities[s.names[n].entity];
    let known_town = town.class == EntityClass::Place
        && (town.place.is_some() || town.reference.is_some())
        && matches!(
            rank_of(context, s.names[n].entity),
            PlaceRank::Local | PlaceRank::Region
        );
    s.tokens[g].is(Class::Genitive)
        && g.checked_sub(1)
            .and_then(|j| s.name_at[j])
            .filter(|&b| b != n)
            .is_some_and(|b| {
                let before = &context.entities[s.names[b].entity];
                building(&before.label)
                    || (known_town
                        && before.class == EntityClass::Place
                        && before.place.is_none()
                        && before.label.contains(' '))
            })
}

/// The town a building's name ends with, when the article names that town: "Centre des
/// congrès de Durban" is in Durban.
fn town_of(context: &Context<'_>, seat: usize) -> Option<usize> {
    let label = crate::text::fold_text(&context.entities[seat].label).into_owned();
    context.entities.iter().position(|e| {
        let town = crate::text::fold_text(&e.label);
        let Some(rest) = label.strip_suffix(town.as_ref()) else {
            return false;
        };
        e.class == EntityClass::Place
            && !town.is_empty()
            && !building(&e.label)
            && matches!(
                LEXICON.place_rank(&e.label),
                PlaceRank::Local | PlaceRank::Region
            )
            && [" de ", " d'", " du "].iter().any(|p| rest.ends_with(p))
    })
}

/// How specific a place is: a seat, a city, a region or a country.
fn rank_of(context: &Context<'_>, entity: usize) -> PlaceRank {
    let e = &context.entities[entity];
    // An organization one meets in is a seat, as is a named building (below).
    if e.class == EntityClass::Organization {
        return PlaceRank::Seat;
    }
    match &e.place {
        Some(known) if known.country => PlaceRank::Country,
        // "le palais Merdeka", "la villa Saladin": a building is within a town.
        _ if building(&e.label) => PlaceRank::Seat,
        _ => LEXICON.place_rank(&e.label),
    }
}

/// Whether a name is a building's: its first word says so ("palais", "villa", "résidence").
fn building(label: &str) -> bool {
    let is = |w: &str, class: Class| LEXICON.classes(&key(w)).is & class.bit() != 0;
    let mut words = label.split([' ', '-', '\'']);
    // "le Grand Palais du Peuple", "la Grande Mosquée": an adjective may come first.
    match words.next() {
        Some(w) if is(w, Class::Seat) => true,
        Some(w) if is(w, Class::Modifier) => words.next().is_some_and(|w| is(w, Class::Seat)),
        _ => false,
    }
}

/// Whether name `n` is an organization that is a building one meets in ("palais Chigi",
/// "Maison Blanche", "ministère des Affaires étrangères"): its first word says so.
fn seat(s: &Sentence<'_>, context: &Context<'_>, n: usize) -> bool {
    let e = &context.entities[s.names[n].entity];
    e.class == EntityClass::Organization && building(&e.label)
}

/// The date: the nearest in the trigger's clause that does not date a report ("a déclaré
/// mercredi"), else the nearest elsewhere in the sentence, marked weak. A verb in the present
/// reads its weekday forward: news tells a coming meeting in the present ("Poutine le reçoit
/// jeudi"), and a past one in the passé composé.
fn date(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    owner: &Owner<'_, '_>,
    context: &Context<'_>,
    clause_tense: Tense,
    accept: &dyn Fn(usize) -> bool,
) -> Option<(DateValue, bool)> {
    let own = s.clause[hit.tokens.start];
    let mut best: Option<(bool, usize, DateValue)> = None;
    // A dateline's day ("Bamako, 23 mai (APS) – …") is the day the story was filed, not the
    // day of what it tells.
    let filed = dateline_end(s);
    // The trigger's clause, and the clauses before it ("Le Kremlin a déclaré mercredi que la
    // rencontre …"); a clause after it is another statement.
    for (c, clause) in s.clauses.iter().enumerate().take(own + 1) {
        if clause.is_empty() {
            continue;
        }
        // A noun has no tense of its own: "le travail commence après sa rencontre de mardi"
        // is the nearest Tuesday.
        let tense = if c == own {
            if clause_tense == Tense::Present && hit.pos != Pos::Noun {
                Tense::Future
            } else {
                clause_tense
            }
        } else {
            s.clause_tense(c)
        };
        for found in s.clause_dates(c, tense, context.anchor) {
            let Some(at) = s
                .tokens
                .iter()
                .position(|t| t.range.start >= found.range.start)
            else {
                continue;
            };
            if !s.visible(at, hit.tokens.start, hit.tokens.end)
                || (c == own && !owner.owns_day(s, at))
                || at < filed
                || !accept(at)
            {
                continue;
            }
            let strong = c == own && !reports(s, at, owner.hits);
            let distance = at.abs_diff(hit.tokens.start);
            let better = best.as_ref().is_none_or(|(bs, bd, _)| {
                (strong, std::cmp::Reverse(distance)) > (*bs, std::cmp::Reverse(*bd))
            });
            if better {
                best = Some((strong, distance, found.value));
            }
        }
    }
    best.map(|(strong, _, value)| (value, strong))
}

/// Whether the date at token `at` is a noun trigger's own: in a relative clause right after
/// it ("l'entretien, qui s'est tenu mardi,"), in its complement ("la rencontre de mardi",
/// "l'entretien du 12 mai"), or right after a noun that opens its clause ("La rencontre mardi
/// entre X et Y").
fn own_day(s: &Sentence<'_>, hit: &Hit<'_>, clause: &Range<usize>, at: usize) -> bool {
    let after = hit.tokens.end;
    if s.relatives
        .iter()
        .any(|r| about_trigger(s, hit, r) && r.contains(&at))
    {
        return true;
    }
    if at < after {
        return false;
    }
    let between: Vec<&super::tokens::Token> =
        s.tokens[after..at].iter().filter(|t| t.word).collect();
    let genitive = !between.is_empty()
        && between.len() <= 2
        && between
            .iter()
            .all(|t| t.is(Class::Genitive) || t.is(Class::Definite));
    let opens = (clause.start..hit.tokens.start).all(|j| {
        let t = &s.tokens[j];
        !t.word
            || [
                Class::Definite,
                Class::Demonstrative,
                Class::Possessive,
                Class::Modifier,
            ]
            .iter()
            .any(|&c| t.is(c))
            || ordinal(&t.key).is_some()
    });
    // "les pourparlers avec Witkoff samedi dans Oman", "leur rencontre au Vatican, le 26
    // avril": in or right after a complement that names someone or somewhere.
    let complement = super::names::complement_end(s, hit, clause);
    let named = (after..complement).any(|j| s.name_at[j].is_some());
    let next = (complement..at).all(|j| !s.tokens[j].word || s.tokens[j].is(Class::Definite));
    genitive || (between.is_empty() && at == after && opens) || (named && next)
}

/// Whether a trigger is a noun with a definite, demonstrative or possessive determiner right
/// before it ("la visite", "cette rencontre", "leur entretien"): one that may refer back.
fn refers_back(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    hit.pos == Pos::Noun
        && (hit.tokens.start.saturating_sub(2)..hit.tokens.start).any(|j| {
            [Class::Definite, Class::Demonstrative, Class::Possessive]
                .iter()
                .any(|&c| s.tokens[j].is(c))
        })
}

/// The token after a dateline that opens the sentence: a capitalised place and a comma, then
/// within a few words a dash ("Bamako, 23 mai (APS) – …", "NEW DELHI, 11 mai (Reuters) - …");
/// 0 without one.
fn dateline_end(s: &Sentence<'_>) -> usize {
    let capital = |j: usize| {
        s.tokens.get(j).is_some_and(|t| {
            t.word
                && s.text[t.range.start - s.range.start..].starts_with(|c: char| c.is_uppercase())
        })
    };
    let comma = (1..4).find(|&j| s.tokens.get(j).is_some_and(|t| t.punct(&[','])));
    if !comma.is_some_and(|c| (0..c).all(capital)) {
        return 0;
    }
    s.tokens
        .iter()
        .take(12)
        .position(|t| t.punct(&['–', '—', '-']))
        .map_or(0, |j| j + 1)
}

/// Whether the date at token `at` dates a report: a reporting word stands before it in its
/// clause, with no trigger between ("a déclaré ce 25 avril", "annoncée par Karoline Leavitt
/// le 22 avril", "selon l'annonce du Kremlin mercredi"); or something else said of a person
/// in an apposition, the participle right before it ("en présence du Premier ministre X,
/// nommé lundi").
fn reports(s: &Sentence<'_>, at: usize, hits: &[Hit<'_>]) -> bool {
    let clause = s.clauses[s.clause[at]].clone();
    let from = at.saturating_sub(14).max(clause.start);
    let aside = (at.saturating_sub(2).max(clause.start)..at).any(|j| {
        s.class_at(j, Class::Aside)
            .is_some_and(|e| e + 1 >= at && e <= at)
    });
    aside
        || (from..at).any(|j| {
            s.class_at(j, Class::Frame).is_some_and(|e| e <= at)
                && !hits
                    .iter()
                    .any(|h| h.tokens.start >= j && h.tokens.start < at)
        })
}

/// The duration nearest the trigger, between ten minutes and three days.
fn duration(
    s: &Sentence<'_>,
    hit: &Hit<'_>,
    owner: &Owner<'_, '_>,
) -> Option<(String, crate::extract::dates::Qualifier)> {
    s.durations()
        .iter()
        .filter(|d| minutes(&d.iso).is_some_and(|m| DURATIONS.contains(&m)))
        .filter(|d| !offset(s, &d.range))
        .filter_map(|d| {
            let at = s
                .tokens
                .iter()
                .position(|t| t.range.start >= d.range.start)?;
            (s.visible(at, hit.tokens.start, hit.tokens.end)
                && owner.owns(at)
                && !days_of_another_noun(s, hit, at, &d.iso))
            .then(|| (at.abs_diff(hit.tokens.start), d))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, d)| (d.iso.clone(), d.qualifier))
}

/// Whether a length of days at token `at` is that of a stay the meeting falls within: it
/// completes a noun other than the trigger that stands itself in a complement ("X a rencontré
/// Y au deuxième jour d'une visite de trois jours", "dans le cadre d'une visite d'État de
/// deux jours"). The meeting told there lasts hours, not the stay's days; a noun told for
/// itself keeps them ("un sommet de deux jours", "deux jours de pourparlers").
fn days_of_another_noun(s: &Sentence<'_>, hit: &Hit<'_>, at: usize, iso: &str) -> bool {
    let days = iso
        .strip_prefix('P')
        .is_some_and(|rest| rest.split('T').next().is_some_and(|d| d.ends_with('D')));
    if !days || at == 0 {
        return false;
    }
    // The "de" of "visite de trois jours" may be read as the length's qualifier, inside its
    // range.
    let genitive = if s.tokens[at].is(Class::Genitive) {
        at
    } else {
        at - 1
    };
    if !s.tokens[genitive].is(Class::Genitive) {
        return false;
    }
    // "d'une visite [d'État] de": a determiner after "de" opens the noun phrase, a word or
    // three before the length's "de".
    (genitive.saturating_sub(5)..genitive.saturating_sub(2)).any(|k| {
        let noun = k + 2..genitive;
        s.tokens[k].is(Class::Genitive)
            && (s.tokens[k + 1].is(Class::Indefinite) || s.tokens[k + 1].is(Class::Definite))
            && s.tokens[k + 2].word
            && !noun.contains(&hit.tokens.start)
    })
}

/// Whether a length is a distance in time rather than a duration: "deux jours avant
/// l'expiration", "il y a deux heures", "dans trois jours".
fn offset(s: &Sentence<'_>, range: &Range<usize>) -> bool {
    let first = s.tokens.iter().position(|t| t.range.start >= range.start);
    let after = s.tokens.iter().position(|t| t.range.start >= range.end);
    let before = first.is_some_and(|f| s.class_before(f, Class::OffsetBefore).is_some());
    let after = after.is_some_and(|a| s.class_at(a, Class::OffsetAfter).is_some());
    before || after
}

/// The length of an xsd:duration of days, hours and minutes, in minutes.
pub(super) fn minutes(iso: &str) -> Option<f64> {
    let rest = iso.strip_prefix('P')?;
    let (days, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut total = 0.0;
    if !days.is_empty() {
        total += days.strip_suffix('D')?.parse::<f64>().ok()? * 1440.0;
    }
    let mut number = String::new();
    for c in time.chars() {
        match c {
            'H' => total += number.parse::<f64>().ok()? * 60.0,
            'M' => total += number.parse::<f64>().ok()?,
            'S' => total += number.parse::<f64>().ok()? / 60.0,
            _ => {
                number.push(c);
                continue;
            }
        }
        number.clear();
    }
    Some(total)
}

/// "la troisième réunion", "sa 5e visite", "premier contact".
fn ordinal_of(s: &Sentence<'_>, hit: &Hit<'_>) -> Option<u32> {
    if hit.pos != Pos::Noun {
        return None;
    }
    let mut j = hit.tokens.start;
    for _ in 0..3 {
        let p = j.checked_sub(1)?;
        let t = &s.tokens[p];
        if !t.word {
            return None;
        }
        if let Some(value) = ordinal(&t.key) {
            return Some(value);
        }
        if let Some(value) = p.checked_sub(1).and_then(|b| {
            LEXICON
                .ordinals
                .get(&format!("{} {}", s.tokens[b].key, t.key))
                .copied()
        }) {
            return Some(value);
        }
        if !(t.is(Class::Modifier) || cue_word(&t.key)) {
            return None;
        }
        j = p;
    }
    None
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::extract::{Extraction, Extractor};
    use crate::reference::Reference;
    use crate::text::normalise;

    fn extract(text: &str, published: &str) -> Extraction {
        let (doc, _) = normalise(text);
        let reference = Reference::bundled("https://w3id.org/newsgraph/id/")
            .expect("the bundled reference data parses");
        let date = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("a test date");
        Extractor::new(&reference).extract(&doc, Some(date))
    }

    /// The labels of the places of each event, the place first.
    fn places(text: &str, published: &str) -> Vec<Vec<String>> {
        let ex = extract(text, published);
        ex.events
            .iter()
            .map(|e| {
                [e.place, e.town]
                    .into_iter()
                    .flatten()
                    .map(|p| ex.entities[p].label.clone())
                    .collect()
            })
            .collect()
    }

    /// The dates of the events, in order.
    fn dates(text: &str, published: &str) -> Vec<String> {
        extract(text, published)
            .events
            .iter()
            .map(|e| e.date.map_or_else(String::new, |d| d.xsd().0))
            .collect()
    }

    #[test]
    fn a_plan_agreed_in_the_past_is_dated_forward() {
        assert_eq!(
            dates(
                "Le 2 septembre, Pedro Sánchez s'est entretenu avec Luís Montenegro. Les deux dirigeants sont convenus de se retrouver en novembre à Lisbonne.",
                "2025-09-04",
            ),
            ["2025-09-02", "2025-11"]
        );
    }

    #[test]
    fn a_clause_opened_by_ou_is_on_the_day_of_the_clause_before() {
        assert_eq!(
            dates(
                "Le président kényan William Ruto doit se rendre vendredi à Pretoria, où il rencontrera Cyril Ramaphosa.",
                "2025-03-04",
            ),
            ["2025-03-07"]
        );
    }

    #[test]
    fn the_eve_is_counted_from_the_day_of_the_story() {
        assert_eq!(
            dates(
                "Le ministre Ahmed Benali a été reçu mardi par le président Kaïs Saïed.\n\nLa veille, Ahmed Benali s'était entretenu avec le Premier ministre Kamel Madouri.",
                "2025-03-06",
            ),
            ["2025-03-04", "2025-03-03"]
        );
    }

    #[test]
    fn a_place_the_tables_do_not_know_then_its_town() {
        assert_eq!(
            places(
                "Le président Cyril Ramaphosa a reçu samedi Keir Starmer au Tshwane Events Centre de Pretoria.",
                "2025-06-09",
            ),
            [["Tshwane Events Centre", "Pretoria"]]
        );
    }
}
