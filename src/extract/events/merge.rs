//! One event per real event: readings that speak of the same meeting or call are merged.
//!
//! Readings with two participants or more come first, in text order: each joins the nearest
//! event it agrees with, or starts one. Two readings agree when their kinds agree (an open
//! kind agrees with both), one's people include the other's or they share two, their dates
//! agree (equal, one missing or weak, or a month that holds a day), their places agree (equal,
//! one missing, or one a country or region), their ordinals agree ("le premier sommet" is not
//! "le deuxième") and neither recalls an earlier event unless both give the same date. A reading that names nobody but gives a date or a place opens an event
//! that readings of its paragraph may fill. Then, in text order, readings with one
//! participant, journeys and companions join the nearest event of one of their people that
//! agrees with them, delegations (and companions of nobody known) the latest event of the
//! paragraph, and each definite noun without participants of its own the latest event of its
//! kind before it.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::lexicon::PlaceRank;
use super::{Reading, ReadingRole};
use crate::extract::dates::DateValue;
use crate::extract::{Event, EventKind, Status};

struct Draft {
    kind: EventKind,
    open: bool,
    previous: bool,
    /// Opened by a reading that named no one: a gathering the article tells without its
    /// people ("les dirigeants se sont réunis dimanche").
    gathering: bool,
    participants: BTreeSet<usize>,
    readings: Vec<Reading>,
}

impl Draft {
    fn new(reading: Reading) -> Draft {
        Draft {
            kind: reading.kind,
            open: reading.open,
            previous: reading.previous,
            gathering: reading.participants.is_empty(),
            participants: reading.participants.iter().copied().collect(),
            readings: vec![reading],
        }
    }

    fn add(&mut self, mut reading: Reading, people: bool) {
        if !places_agree(self.place(), reading.place) {
            reading.place = None;
            reading.town = None;
        }
        if self.open && !reading.open {
            self.kind = reading.kind;
            self.open = false;
        }
        if people {
            self.participants
                .extend(reading.participants.iter().copied());
        }
        self.readings.push(reading);
    }

    /// The most precise strong date, else the first weak one.
    fn date(&self) -> Option<(DateValue, bool)> {
        let strong = self
            .readings
            .iter()
            .filter_map(|r| r.date.filter(|d| d.1))
            .min_by_key(|(d, _)| precision(d));
        strong.or_else(|| self.readings.iter().find_map(|r| r.date))
    }

    /// The most specific place, the event's own readings first.
    fn place(&self) -> Option<(usize, PlaceRank)> {
        // A noun that refers back paragraphs away from the event's own report names a place
        // only for want of one: "les textes signés dans la capitale américaine […] revenir à
        // la table des négociations de Doha" is not in Doha.
        let own: Vec<usize> = self
            .readings
            .iter()
            .filter(|r| r.role == ReadingRole::Event && r.place.is_some())
            .map(|r| r.paragraph)
            .collect();
        let far = |r: &Reading| {
            r.role == ReadingRole::Anaphor && own.iter().all(|&p| p.abs_diff(r.paragraph) > 1)
        };
        let mut best: Option<(usize, PlaceRank, u8)> = None;
        for r in self.readings.iter().filter(|r| own.is_empty() || !far(r)) {
            let Some((entity, rank)) = r.place else {
                continue;
            };
            let priority = priority(r.role);
            let better = best.is_none_or(|(_, br, bp)| {
                (rank, std::cmp::Reverse(priority)) > (br, std::cmp::Reverse(bp))
            });
            if better {
                best = Some((entity, rank, priority));
            }
        }
        best.map(|(entity, rank, _)| (entity, rank))
    }

    /// The town of a building or seat place: named beside it, else the town a reading of the
    /// same paragraph places the event in ("à Jakarta … au palais Merdeka"), else the town
    /// the event's own report gives in another paragraph ("X s'est rendu lundi à Damas pour
    /// rencontrer Y. […] L'entretien, qui a duré deux heures au palais du Peuple"). A town
    /// only a reference or a partial reading gives paragraphs away may be another event's
    /// that this one absorbed.
    fn town(&self, place: Option<(usize, PlaceRank)>) -> Option<usize> {
        let (seat, PlaceRank::Seat) = place? else {
            return None;
        };
        let placed: Vec<&Reading> = self
            .readings
            .iter()
            .filter(|r| r.place.is_some_and(|(p, _)| p == seat))
            .collect();
        let town_of = |r: &Reading, near: bool| match r.place {
            Some((p, PlaceRank::Local | PlaceRank::Region)) if near => Some(p),
            _ => None,
        };
        placed
            .iter()
            .find_map(|r| r.town)
            .or_else(|| {
                self.readings
                    .iter()
                    .find_map(|r| town_of(r, placed.iter().any(|s| s.paragraph == r.paragraph)))
            })
            .or_else(|| {
                self.readings
                    .iter()
                    .find_map(|r| town_of(r, r.role == ReadingRole::Event))
            })
    }

    /// An event the article only recalls: every reading of its own is in the past perfect
    /// or recalls an earlier event.
    fn background(&self) -> bool {
        self.readings
            .iter()
            .filter(|r| matches!(r.role, ReadingRole::Event | ReadingRole::Partial))
            .all(|r| r.previous || r.pluperfect)
    }

    /// The status the event's own readings state, if they state one.
    fn told(&self) -> Option<Status> {
        let own = self
            .readings
            .iter()
            .filter(|r| r.explicit && r.role == ReadingRole::Event);
        let mut told = None;
        for r in own {
            if r.status == Status::Occurred {
                return Some(Status::Occurred);
            }
            told = Some(r.status);
        }
        told
    }

    fn first(&self) -> usize {
        self.readings.iter().map(|r| r.position).min().unwrap_or(0)
    }

    /// Whether the event's date is only guessed (weak) and the reading names another day.
    fn guessed_other_day(&self, r: &Reading) -> bool {
        match (self.date(), r.date) {
            (Some((a, false)), Some((b, true))) => !(contains(a, b) || contains(b, a)),
            _ => false,
        }
    }

    /// Whether the reading gives the same strong date as the event.
    fn same_day(&self, r: &Reading) -> bool {
        matches!((self.date(), r.date), (Some((a, true)), Some((b, true))) if a == b)
    }

    /// Where the article starts telling this event: its first reading of its own.
    fn opening(&self) -> usize {
        self.readings
            .iter()
            .filter(|r| r.role == ReadingRole::Event)
            .map(|r| r.position)
            .min()
            .unwrap_or_else(|| self.first())
    }

    /// The latest position of this event's readings before `position`, if any. Readings that
    /// joined it from before the article tells it ("la réunion …" joined by its people to a
    /// later event) do not count.
    fn last_before(&self, position: usize) -> Option<usize> {
        let opening = self.opening();
        self.readings
            .iter()
            .map(|r| r.position)
            .filter(|&p| p < position && p >= opening)
            .max()
    }

    fn distance(&self, position: usize) -> usize {
        self.readings
            .iter()
            .map(|r| r.position.abs_diff(position))
            .min()
            .unwrap_or(usize::MAX)
    }

    /// Whether a reading agrees with this event (people aside).
    fn agrees(&self, r: &Reading) -> bool {
        let kind = self.kind == r.kind || self.open || r.open;
        let dates = dates_agree(self.date(), r.date);
        // A noun that refers back ("les pourparlers … ont eu lieu à …") keeps to the event
        // named before even where its place is another name of it (a venue, a district).
        let places = r.definite || places_agree(self.place(), r.place);
        let same_day =
            matches!((self.date(), r.date), (Some((a, true)), Some((b, true))) if a == b);
        let previous = self.previous == r.previous || same_day;
        // "le premier sommet" is not "le deuxième sommet".
        let ordinals = match (self.readings.iter().find_map(|x| x.ordinal), r.ordinal) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        kind && dates && places && previous && ordinals
    }
}

/// Lower is more precise.
fn precision(d: &DateValue) -> u8 {
    match d {
        DateValue::Day(_) => 0,
        DateValue::Month { .. } => 1,
        DateValue::Year(_) => 2,
    }
}

/// Which reading's facts win: an event's own readings over partial ones, those over anaphors
/// and journeys.
fn priority(role: ReadingRole) -> u8 {
    match role {
        ReadingRole::Event => 0,
        ReadingRole::Partial => 1,
        ReadingRole::Anaphor => 2,
        ReadingRole::Companion
        | ReadingRole::Travel
        | ReadingRole::Delegation
        | ReadingRole::Attendance
        | ReadingRole::Setting => 3,
    }
}

fn dates_agree(a: Option<(DateValue, bool)>, b: Option<(DateValue, bool)>) -> bool {
    match (a, b) {
        (Some((a, true)), Some((b, true))) => contains(a, b) || contains(b, a),
        _ => true,
    }
}

/// Whether date `outer` holds date `inner` (a date holds itself).
fn contains(outer: DateValue, inner: DateValue) -> bool {
    let (year, month) = match inner {
        DateValue::Day(d) => (d.year(), Some(d.month())),
        DateValue::Month { year, month } => (year, Some(month)),
        DateValue::Year(year) => (year, None),
    };
    match outer {
        DateValue::Day(_) => outer == inner,
        DateValue::Month { year: y, month: m } => y == year && Some(m) == month,
        DateValue::Year(y) => y == year,
    }
}

fn places_agree(a: Option<(usize, PlaceRank)>, b: Option<(usize, PlaceRank)>) -> bool {
    match (a, b) {
        (Some((a, ra)), Some((b, rb))) => {
            a == b || ra != PlaceRank::Local || rb != PlaceRank::Local
        }
        _ => true,
    }
}

fn people_agree(event: &BTreeSet<usize>, reading: &[usize]) -> bool {
    let reading: BTreeSet<usize> = reading.iter().copied().collect();
    event.is_subset(&reading)
        || reading.is_subset(event)
        || event.intersection(&reading).count() >= 2
}

pub(super) fn merge(mut readings: Vec<Reading>, anchor: Option<NaiveDate>) -> Vec<Event> {
    readings.sort_by_key(|r| r.position);
    let mut drafts: Vec<Draft> = Vec::new();
    let (events, rest): (Vec<Reading>, Vec<Reading>) = readings
        .into_iter()
        .partition(|r| r.role == ReadingRole::Event);
    for reading in events {
        // An event nobody is named in yet takes people only from its own paragraph.
        let fits = |d: &Draft| {
            let empty = d.participants.is_empty() || reading.participants.is_empty();
            let near = d.readings.iter().any(|r| r.paragraph == reading.paragraph);
            // "Ils se sont vus lundi … Ils se reverront en juin": a plan told after a
            // meeting of the same people is another meeting.
            let tense = !reading.explicit || d.told().is_none_or(|s| s == reading.status);
            // A meeting of one of several people met one after the other ("a reçu séparément
            // X et Y"), or a tête-à-tête, is only itself: it joins no event of more people, nor
            // takes them.
            let same = d
                .participants
                .iter()
                .copied()
                .eq(reading.participants.iter().copied());
            let alone = !(reading.alone || d.readings.iter().any(|r| r.alone)) || same;
            d.agrees(&reading)
                && people_agree(&d.participants, &reading.participants)
                && (!empty || near)
                && tense
                && alone
        };
        let target = drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| fits(d))
            .min_by_key(|(_, d)| d.distance(reading.position))
            .map(|(i, _)| i);
        match target {
            Some(i) => drafts[i].add(reading, true),
            None => drafts.push(Draft::new(reading)),
        }
    }
    // In text order, so that people an anaphor brings ("Rubio menait les discussions") are
    // there for the readings after it ("À l'issue des pourparlers, Rubio a …").
    for reading in rest {
        if reading.role == ReadingRole::Anaphor {
            refer_back(&mut drafts, reading);
        } else {
            attach(&mut drafts, reading);
        }
    }
    series(&mut drafts);
    let mut events: Vec<(usize, Finished)> = drafts
        .into_iter()
        .filter(|d| d.participants.len() >= 2)
        .map(|d| (d.first(), finish(d, anchor)))
        .collect();
    events.sort_by_key(|(first, _)| *first);
    same_day_same_place(&mut events);
    events.into_iter().map(|(_, f)| f.event).collect()
}

/// An event and what a later pass needs to know of it.
struct Finished {
    event: Event,
    /// The place of the dateline it is told under, when it has none of its own nor its
    /// paragraph's: used only if no meeting of its day gives a town.
    dateline: Option<usize>,
    /// The town its own readings place it in: a town, or the town of a seat.
    town: Option<usize>,
    /// A meeting held that found no place of its own, nor its story's.
    placeless: bool,
    /// A meeting held in a building or seat whose clause names no town: where its town is
    /// looked for, the dateline it is told under, else the day's town.
    lone_seat: Option<Option<usize>>,
    /// It is reported as held, not only recalled or told in the past perfect.
    reported: bool,
}

/// A meeting held without a place took place in the town where the article's first meeting
/// of that day placed in a town did, before or after it ("Les dirigeants se sont réunis
/// mercredi à La Haye. […] En marge des travaux, X a rencontré Y"): the people of one day's
/// story are in one town. One told in the past perfect takes the town of a meeting of one of
/// its people that day ("Plus tôt dans la journée, il avait eu des entretiens avec Z"): a
/// live page tells many stories of one day, but one man is in one town. Failing that, a
/// meeting takes the town where one of its people met the next day.
fn same_day_same_place(events: &mut [(usize, Finished)]) {
    let towns: Vec<(NaiveDate, usize, Vec<usize>, Status)> = events
        .iter()
        .filter_map(|(_, f)| match (f.event.date, f.town) {
            (Some(DateValue::Day(day)), Some(town)) => {
                Some((day, town, f.event.participants.clone(), f.event.status))
            }
            _ => None,
        })
        .collect();
    for (_, f) in events.iter_mut() {
        let Some(DateValue::Day(day)) = f.event.date else {
            continue;
        };
        let town = towns
            .iter()
            .find(|(d, _, people, _)| {
                // Under a dateline, only one of its people's meetings: a live page's entries
                // tell other stories of the same day.
                let reported = f.reported && f.dateline.is_none();
                *d == day && (reported || people.iter().any(|p| f.event.participants.contains(p)))
            })
            .map(|&(_, town, _, _)| town)
            .or_else(|| {
                // "La veille, X avait dîné avec Y": one of its people met in a town the next
                // day, and was there the evening before. A journey planned for the next day
                // says nothing of where they are today.
                let next = day.succ_opt()?;
                towns
                    .iter()
                    .find(|(d, _, people, status)| {
                        *d == next
                            && *status == Status::Occurred
                            && people.iter().any(|p| f.event.participants.contains(p))
                    })
                    .map(|&(_, town, _, _)| town)
            });
        if let (None, Some(place), true) = (f.event.place, town, f.placeless) {
            f.event.place = Some(place);
        }
        // "Les deux hommes se sont entretenus au palais du gouvernement", under "BAGDAD —" or
        // after "ils se sont réunis mardi à Bagdad": the building is in the story's town.
        if let Some(told_from) = f.lone_seat {
            f.event.town = told_from.or(town).filter(|&t| Some(t) != f.event.place);
        }
    }
    for (_, f) in events.iter_mut() {
        f.event.place = f.event.place.or(f.dateline);
    }
}

/// A reading with one participant, a journey or a companion joins the nearest event of one of
/// its people that agrees with it; a delegation, or a companion of nobody known, the latest
/// event of its paragraph or the one before. A journey that names nobody ("l'arrivée à Moscou
/// de l'émissaire") joins the latest event before it when both give the same day.
fn attach(drafts: &mut [Draft], reading: Reading) {
    let target = if reading.participants.is_empty() {
        if reading.role != ReadingRole::Travel {
            return;
        }
        let latest = drafts
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.last_before(reading.position).map(|p| (i, p)))
            .max_by_key(|(_, p)| *p)
            .map(|(i, _)| i);
        latest.filter(|&i| {
            let d = &drafts[i];
            let same_day = matches!(
                (d.date(), reading.date),
                (Some((DateValue::Day(a), _)), Some((DateValue::Day(b), _))) if a == b
            );
            same_day && d.agrees(&reading)
        })
    } else {
        let by_person = drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                reading
                    .participants
                    .iter()
                    .any(|p| d.participants.contains(p))
            })
            .filter(|(_, d)| d.agrees(&reading))
            // One person's reading with a day of its own is another event than one dated only
            // by the story's day ("Hakan Fidan reçoit par ailleurs ce jeudi …"); so is a
            // journey of another day told in another paragraph ("Après Mexico, Rubio s'est
            // rendu jeudi à Quito"), while one told with the event dates it ("Arrivé lundi à
            // Abuja, il a rencontré …").
            .filter(|(_, d)| match reading.role {
                ReadingRole::Partial => !d.guessed_other_day(&reading),
                ReadingRole::Travel => {
                    !d.guessed_other_day(&reading)
                        || d.readings.iter().any(|r| r.paragraph == reading.paragraph)
                }
                _ => true,
            })
            // "doit retrouver les négociateurs en Floride" is not the meeting that took place.
            .filter(|(_, d)| !reading.explicit || d.told().is_none_or(|s| s == reading.status))
            // An event of the same day first ("les discussions de vendredi avec Witkoff"),
            // then the nearest.
            .min_by_key(|(_, d)| (!d.same_day(&reading), d.distance(reading.position)))
            .map(|(i, _)| i);
        let nearby = matches!(
            reading.role,
            ReadingRole::Companion | ReadingRole::Delegation
        );
        if reading.role == ReadingRole::Attendance {
            latest_nearby(drafts, &reading).filter(|&i| drafts[i].gathering)
        } else {
            by_person.or_else(|| {
                if nearby {
                    latest_nearby(drafts, &reading)
                } else {
                    None
                }
            })
        }
    };
    if let Some(i) = target {
        let people = matches!(
            reading.role,
            ReadingRole::Travel
                | ReadingRole::Companion
                | ReadingRole::Delegation
                | ReadingRole::Attendance
        );
        drafts[i].add(reading, people);
    }
}

/// The latest meeting before a reading, named in its paragraph or the one before, that
/// agrees with it: where a delegation or a companion without a known counterpart belongs.
fn latest_nearby(drafts: &[Draft], reading: &Reading) -> Option<usize> {
    drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EventKind::Meeting || d.open)
        .filter(|(_, d)| d.agrees(reading))
        .filter_map(|(i, d)| {
            let last = d.last_before(reading.position)?;
            let paragraph = d.readings.iter().find(|r| r.position == last)?.paragraph;
            (paragraph + 1 >= reading.paragraph).then_some((i, last))
        })
        .max_by_key(|(_, p)| *p)
        .map(|(i, _)| i)
}

/// A numbered event nobody is named in ("un deuxième cycle aurait lieu samedi", "le premier
/// cycle s'était tenu le 12 avril") is one of a series: it has the people of the nearest
/// meeting of the article with people.
fn series(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let numbered = drafts[i].readings.iter().any(|r| r.ordinal.is_some());
        if !numbered || !drafts[i].participants.is_empty() {
            continue;
        }
        let kind = drafts[i].kind;
        let at = drafts[i].first();
        let paragraphs: Vec<usize> = drafts[i].readings.iter().map(|r| r.paragraph).collect();
        let nearest = drafts
            .iter()
            .enumerate()
            .filter(|&(j, d)| j != i && d.participants.len() >= 2)
            .filter(|(_, d)| d.kind == kind || d.open || drafts[i].open)
            .min_by_key(|(_, d)| {
                let here = d.readings.iter().any(|r| paragraphs.contains(&r.paragraph));
                (!here, d.distance(at))
            })
            .map(|(j, _)| j);
        if let Some(j) = nearest {
            drafts[i].participants = drafts[j].participants.clone();
        }
    }
}

/// A definite noun without participants of its own joins the latest event of its kind before
/// it, passing over events the article only recalls ("il avait rencontré …") when one it
/// reports comes before; when none comes before, the first after it in the same paragraph;
/// when none agrees, an event of the people its clause names ("sa cinquième visite"). The
/// people of its clause join the event ("X et Y assistaient à l'entretien").
fn refer_back(drafts: &mut Vec<Draft>, reading: Reading) {
    // "La signature doit avoir lieu début mai" is not the meeting the article reports as
    // held, nor the reverse.
    // A noun with a day of its own, paragraphs after an event dated only by the story's day,
    // is another event ("Le premier sommet, en mai 2023 à Xi'an, …").
    let far_day = |d: &Draft| {
        let other_day = match (d.date(), reading.date) {
            (Some((a, false)), Some((b, true))) => !contains(a, b) && !contains(b, a),
            _ => false,
        };
        let told = d
            .readings
            .iter()
            .filter(|r| r.position < reading.position)
            .map(|r| r.paragraph)
            .max();
        other_day && told.is_some_and(|p| p + 1 < reading.paragraph)
    };
    let fits = |d: &Draft| {
        d.agrees(&reading)
            && (!reading.explicit || d.told().is_none_or(|s| s == reading.status))
            && !far_day(d)
    };
    let before = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| fits(d))
        .filter_map(|(i, d)| d.last_before(reading.position).map(|p| (i, p)))
        .max_by_key(|&(i, p)| (!drafts[i].background(), p))
        .map(|(i, _)| i);
    let after = || {
        drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| fits(d))
            .filter(|(_, d)| {
                d.readings
                    .iter()
                    .any(|r| r.paragraph == reading.paragraph && r.position > reading.position)
            })
            .min_by_key(|(_, d)| d.first())
            .map(|(i, _)| i)
    };
    // An event of the same people anywhere in the article, when none comes before ("Carney
    // dit que le travail commence après la rencontre avec Trump" in a headline).
    let same_people = || {
        drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| fits(d) && people_agree(&d.participants, &reading.participants))
            .filter(|_| reading.participants.len() >= 2)
            .min_by_key(|(_, d)| d.distance(reading.position))
            .map(|(i, _)| i)
    };
    if let Some(i) = before.or_else(after).or_else(same_people) {
        drafts[i].add(reading, true);
    } else if reading.participants.len() >= 2 {
        // "Araqchi a dit que les pourparlers avec Witkoff samedi ont été constructifs", with
        // nothing told before: the noun names the event itself.
        drafts.push(Draft::new(reading));
    } else if reading.ordinal.is_some()
        && reading.located
        && reading.participants.is_empty()
        && (reading.date.is_some_and(|(_, strong)| strong) || reading.place.is_some())
    {
        // "Le premier cycle s'était tenu le 12 avril à Mascate": one of a series, dated, that
        // no event told agrees with; [`series`] gives it its people.
        drafts.push(Draft::new(reading));
    } else if !reading.participants.is_empty() {
        attach(drafts, reading);
    }
}

fn finish(draft: Draft, anchor: Option<NaiveDate>) -> Finished {
    let date = draft.date();
    let status = status(&draft, date, anchor);
    // An event the article reports as held in the passé composé, without a place of its own,
    // took place where its paragraph's story is, else where the story is told from.
    let reported = draft.readings.iter().any(|r| {
        matches!(r.role, ReadingRole::Event | ReadingRole::Partial)
            && r.explicit
            && r.status == Status::Occurred
            && !r.pluperfect
            && !r.previous
    });
    let held = status == Status::Occurred && reported && draft.kind == EventKind::Meeting;
    let own = draft.place();
    let town = draft.town(own);
    let own_town = match own {
        Some((entity, PlaceRank::Local)) => Some(entity),
        Some((_, PlaceRank::Seat)) => town,
        _ => None,
    };
    // A call has no place (ng:location is for meetings).
    let scene = draft.readings.iter().find_map(|r| r.scene_place);
    let placed = own.map(|(entity, _)| entity).or(scene.filter(|_| held));
    // The dateline is where the story is filed from: the last resort, after the town of the
    // day's story ([`same_day_same_place`]).
    let dateline = draft
        .readings
        .iter()
        .find_map(|r| r.dateline)
        .filter(|_| held && placed.is_none());
    let place = placed.or(dateline);
    let mut by_priority: Vec<&Reading> = draft.readings.iter().collect();
    by_priority.sort_by_key(|r| (priority(r.role), r.position));
    let duration = by_priority.iter().find_map(|r| r.duration.clone());
    let mut by_position: Vec<&Reading> = draft.readings.iter().collect();
    by_position.sort_by_key(|r| r.position);
    let ordinal = by_position.iter().find_map(|r| r.ordinal);
    let mut evidence: Vec<std::ops::Range<usize>> =
        draft.readings.iter().map(|r| r.sentence.clone()).collect();
    evidence.sort_by_key(|r| r.start);
    evidence.dedup();
    let strength = draft
        .readings
        .iter()
        .map(|r| r.strength)
        .fold(0.0_f64, f64::max);
    let agreeing = [date.is_some(), place.is_some(), duration.is_some()]
        .iter()
        .filter(|&&b| b)
        .count();
    let confidence =
        (strength + 0.05 * (evidence.len() - 1) as f64 + 0.05 * agreeing as f64).clamp(0.5, 0.95);
    Finished {
        event: Event {
            kind: draft.kind,
            participants: draft.participants.into_iter().collect(),
            place: placed,
            town,
            date: date.map(|(d, _)| d),
            duration,
            status,
            ordinal,
            evidence,
            confidence: (confidence * 100.0).round() / 100.0,
        },
        dateline,
        town: own_town,
        reported,
        // Told in the past perfect or recalled, it may still be of the story's day ("La
        // veille, X avait reçu Y").
        placeless: status == Status::Occurred
            && draft.kind == EventKind::Meeting
            && placed.is_none(),
        lone_seat: match own {
            Some((_, PlaceRank::Seat)) if held && town.is_none() => {
                Some(draft.readings.iter().find_map(|r| r.dateline))
            }
            _ => None,
        },
    }
}

/// A strong date after the publication date is a plan, one before it a past event; otherwise
/// the readings say: a past tense wins over a plan (an article may announce a meeting and
/// report it), and a bare present is a past event.
fn status(draft: &Draft, date: Option<(DateValue, bool)>, anchor: Option<NaiveDate>) -> Status {
    if let (Some((date, true)), Some(anchor)) = (date, anchor) {
        let ordering = match date {
            DateValue::Day(d) => Some(d.cmp(&anchor)),
            DateValue::Month { year, month } => {
                Some((year, month).cmp(&(anchor.year(), anchor.month())))
            }
            DateValue::Year(_) => None,
        };
        match ordering {
            Some(std::cmp::Ordering::Greater) => return Status::Planned,
            Some(std::cmp::Ordering::Less) => return Status::Occurred,
            _ => {}
        }
    }
    // The event's own readings speak first; partial readings and anaphors only when those
    // say nothing ("la visite est liée à…" does not make a planned meeting a past one).
    for roles in [
        &[ReadingRole::Event][..],
        &[ReadingRole::Partial],
        &[ReadingRole::Anaphor],
    ] {
        let voting = draft
            .readings
            .iter()
            .filter(|r| r.explicit && roles.contains(&r.role));
        let mut planned = false;
        for r in voting {
            match r.status {
                Status::Occurred => return Status::Occurred,
                Status::Planned => planned = true,
            }
        }
        if planned {
            return Status::Planned;
        }
    }
    Status::Occurred
}
