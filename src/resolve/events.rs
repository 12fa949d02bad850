//! Meetings and calls: which events of different articles are one.
//!
//! Two reports are of one event when they are of the same kind, their dates agree (the same
//! day; a month or year takes the single event of that period it fits), and they share
//! participants: two of them, or all of a report that names one or none. A report that shares
//! fewer than two participants or gives only a month must also not name another place (two
//! reports of one day with two shared participants may name the city and its region); a
//! city and the country it lies in are no other place ("Abou Dhabi" / "les Émirats arabes
//! unis"). A planned meeting and the report that it took place on that day are one event; each
//! article's graph keeps the status it gave. Undated events stay in their article.
//!
//! A day may be off by one: an article written in another time zone, or a relative date
//! ("mercredi") read against another day. So an event a single article gives a day to joins
//! the one event of the day before or after that names the same participants (two at least,
//! all of one report's) and no other place; an event that articles agree on is never moved,
//! and joins do not chain from day to day.
//! Like [`super::entities`], a pure function of the set of units: ingest order does not matter.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::NamedNode;

use super::Iri;
use crate::extract::EventKind;
use crate::rdf::Minter;

/// One meeting or call as one article's graph holds it, with resolved entity IRIs.
#[derive(Debug, Clone)]
pub struct EventUnit {
    pub graph: usize,
    pub iri: Iri,
    pub kind: EventKind,
    /// `2025-04-25`, `2025-04` or `2025`.
    pub date: Option<String>,
    pub participants: BTreeSet<Iri>,
    pub place: Option<Iri>,
    /// The country its place lies in, where the tables know it and an article names it.
    pub region: Option<Iri>,
}

struct Cluster {
    kind: EventKind,
    /// The most precise date of its members.
    date: String,
    participants: BTreeSet<Iri>,
    places: BTreeSet<Iri>,
    /// Its places and the countries they lie in.
    regions: BTreeSet<Iri>,
    graphs: BTreeSet<usize>,
    members: Vec<usize>,
}

impl Cluster {
    fn of(units: &[EventUnit], n: usize) -> Self {
        let unit = &units[n];
        Cluster {
            kind: unit.kind,
            date: unit.date.clone().unwrap_or_default(),
            participants: unit.participants.clone(),
            places: unit.place.iter().cloned().collect(),
            regions: unit.place.iter().chain(&unit.region).cloned().collect(),
            graphs: BTreeSet::from([unit.graph]),
            members: vec![n],
        }
    }

    /// Whether a report (`other`, no more precise than `self`) can be of this event.
    fn fits(&self, other: &Cluster) -> bool {
        let shared = self.participants.intersection(&other.participants).count();
        let enough = match other.participants.len() {
            0 | 1 => shared == other.participants.len(),
            _ => shared >= 2,
        };
        // Two reports of one day sharing two participants are one event even if one says
        // "Anchorage" and the other "Alaska"; a vaguer report must not name another place.
        let precise = shared >= 2 && other.date.len() == 10;
        let places = self.places_agree(other);
        self.kind == other.kind
            && within(&other.date, &self.date)
            && self.graphs.is_disjoint(&other.graphs)
            && (precise || places)
            && enough
    }

    /// The places of two clusters do not disagree: one names none, or every place of one is a
    /// place of the other or the country one of them lies in.
    fn places_agree(&self, other: &Cluster) -> bool {
        self.places.is_empty()
            || other.places.is_empty()
            || self.regions.is_superset(&other.places)
            || other.regions.is_superset(&self.places)
    }

    fn absorb(&mut self, other: Cluster) {
        if other.date.len() > self.date.len() {
            self.date = other.date;
        }
        self.participants.extend(other.participants);
        self.places.extend(other.places);
        self.regions.extend(other.regions);
        self.graphs.extend(other.graphs);
        self.members.extend(other.members);
    }
}

impl Cluster {
    /// Whether `other`, of a day before or after, may be the same event: the same kind, two
    /// shared participants who are all of one side's, and no other place.
    fn near(&self, other: &Cluster) -> bool {
        let shared = self.participants.intersection(&other.participants).count();
        let places = self.places_agree(other);
        self.kind == other.kind
            && self.graphs.is_disjoint(&other.graphs)
            && shared >= 2
            && (shared == self.participants.len() || shared == other.participants.len())
            && places
    }
}

/// The day before and the day after a day (`2025-04-25`); none for a month or a year.
fn next_days(date: &str) -> Vec<String> {
    let Ok(day) = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
        return Vec::new();
    };
    [day.pred_opt(), day.succ_opt()]
        .into_iter()
        .flatten()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect()
}

/// Joins an event that a single article gives a day to (whatever vaguer reports it has) to
/// the single event of the day before or after it is [`Cluster::near`] to: one that several
/// articles give their day to if there is one, else another such lone event if that one has
/// no other candidate either (the later joins the earlier). Decided on the events as they
/// were, so that joins never chain from day to day; the event keeps its day.
fn join_a_day_off(
    clusters: Vec<Cluster>,
    by_date: &BTreeMap<String, Vec<usize>>,
    units: &[EventUnit],
) -> Vec<Cluster> {
    let lone: Vec<bool> = clusters
        .iter()
        .map(|c| {
            let precise = c
                .members
                .iter()
                .filter(|&&m| units[m].date.as_deref().is_some_and(|d| d.len() == 10))
                .count();
            c.date.len() == 10 && precise == 1
        })
        .collect();
    let candidates = |c: usize| -> Vec<usize> {
        let near: Vec<usize> = next_days(&clusters[c].date)
            .iter()
            .filter_map(|day| by_date.get(day))
            .flatten()
            .copied()
            .filter(|&n| clusters[n].near(&clusters[c]))
            .collect();
        let agreed: Vec<usize> = near.iter().copied().filter(|&n| !lone[n]).collect();
        if agreed.is_empty() {
            near
        } else {
            agreed
        }
    };
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for c in (0..clusters.len()).filter(|&c| lone[c]) {
        let [target] = candidates(c)[..] else {
            continue;
        };
        let mutual = || candidates(target) == [c] && clusters[target].date < clusters[c].date;
        if !lone[target] || mutual() {
            joins.push((c, target));
        }
    }
    apply_joins(clusters, joins, Day::Longest)
}

/// How many days after an event a lone report of it may be dated: an article that gives no
/// day of its own ("la semaine dernière", a weekly review) is dated by its publication day.
const REPORT_DAYS: i64 = 7;

/// Joins an event that a single article gives a day to, and no other article, to the single
/// earlier event of the week before it that several articles agree on, of the same kind, with
/// the very same participants (two at least) and no other place: the lone article dated it by
/// the day it was written. Decided on the events as they were, so joins never chain.
fn join_a_later_report(clusters: Vec<Cluster>, units: &[EventUnit]) -> Vec<Cluster> {
    let day = |c: &Cluster| chrono::NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").ok();
    let precise = |c: &Cluster| {
        c.members
            .iter()
            .filter(|&&m| units[m].date.as_deref().is_some_and(|d| d.len() == 10))
            .count()
    };
    // The agreed events, by their participants: the only candidates a lone report has.
    let mut agreed: BTreeMap<(&BTreeSet<Iri>, EventKind), Vec<usize>> = BTreeMap::new();
    for (n, c) in clusters.iter().enumerate() {
        if c.participants.len() >= 2 && day(c).is_some() && precise(c) >= 2 {
            agreed.entry((&c.participants, c.kind)).or_default().push(n);
        }
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (n, c) in clusters.iter().enumerate() {
        let Some(when) = day(c) else { continue };
        if precise(c) != 1 {
            continue;
        }
        let Some(events) = agreed.get(&(&c.participants, c.kind)) else {
            continue;
        };
        let fit: Vec<usize> = events
            .iter()
            .copied()
            .filter(|&e| {
                let event = &clusters[e];
                let days = day(event).map(|d| (when - d).num_days());
                days.is_some_and(|d| (1..=REPORT_DAYS).contains(&d))
                    && event.graphs.is_disjoint(&c.graphs)
                    && event.places_agree(c)
            })
            .collect();
        if let [target] = fit[..] {
            joins.push((n, target));
        }
    }
    apply_joins(clusters, joins, Day::Event)
}

/// Which day a joined event keeps.
enum Day {
    /// The more precise of the two (a day over its month).
    Longest,
    /// The event's own: the day its articles agree on.
    Event,
}

/// Folds each lone cluster into its target, in the order of `joins`; a pair is skipped when
/// either side has already been folded away or when they share an article.
fn apply_joins(clusters: Vec<Cluster>, joins: Vec<(usize, usize)>, day: Day) -> Vec<Cluster> {
    let mut clusters: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    for (n, target) in joins {
        let admitted = match (&clusters[n], &clusters[target]) {
            (Some(lone), Some(event)) => event.graphs.is_disjoint(&lone.graphs),
            _ => false,
        };
        if admitted {
            let lone = clusters[n].take().expect("checked above");
            let event = clusters[target].as_mut().expect("checked above");
            let date = event.date.clone();
            event.absorb(lone);
            if let Day::Event = day {
                event.date = date;
            }
        }
    }
    clusters.into_iter().flatten().collect()
}

/// `date` lies within `period`: equal, or `period` is a month or year that contains it.
fn within(period: &str, date: &str) -> bool {
    date == period
        || (date.len() > period.len()
            && date.starts_with(period)
            && date.as_bytes()[period.len()] == b'-')
}

/// The IRI of every unit, in the order of `units`.
pub fn resolve(units: &[EventUnit], minter: &Minter) -> Vec<Iri> {
    let mut iris: Vec<Iri> = units.iter().map(|u| u.iri.clone()).collect();
    // Dated units from the most precise date down; in a fixed order within one date.
    let mut dated: Vec<usize> = (0..units.len())
        .filter(|&n| units[n].date.is_some())
        .collect();
    dated.sort_by_cached_key(|&n| {
        let u = &units[n];
        let date = u.date.clone().unwrap_or_default();
        (
            std::cmp::Reverse(date.len()),
            date,
            u.kind,
            std::cmp::Reverse(u.participants.len()),
            u.participants.iter().cloned().collect::<Vec<_>>(),
            u.graph,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    // Clusters by date: a report can only join an event of its day, or of a day of its month
    // or year. (Reports come most precise first, so a cluster's date never changes.)
    let mut by_date: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for n in dated {
        let report = Cluster::of(units, n);
        let mut candidates: Vec<usize> = by_date
            .range(report.date.clone()..)
            .take_while(|(date, _)| date.starts_with(&report.date))
            .filter(|(date, _)| within(&report.date, date))
            .flat_map(|(_, cs)| cs.iter().copied())
            .filter(|&c| clusters[c].fits(&report))
            .collect();
        candidates.sort_unstable();
        // A report naming several participants joins the first event it fits (events of one
        // day with two shared participants are one); a vaguer one needs a single candidate.
        let precise = report.participants.len() >= 2 && report.date.len() == 10;
        match candidates.as_slice() {
            [c] => clusters[*c].absorb(report),
            [c, ..] if precise => clusters[*c].absorb(report),
            _ => {
                by_date
                    .entry(report.date.clone())
                    .or_default()
                    .push(clusters.len());
                clusters.push(report);
            }
        }
    }

    let clusters = join_a_day_off(clusters, &by_date, units);
    let clusters = join_a_later_report(clusters, units);

    let mut named: Vec<(NamedNode, Cluster)> = clusters
        .into_iter()
        .map(|c| {
            let who: Vec<&str> = c.participants.iter().map(|p| &**p).collect();
            (minter.event(c.kind, &c.date, &who), c)
        })
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let mut taken = BTreeSet::new();
    for (base, cluster) in named {
        let mut iri = Iri::from(base.as_str());
        let mut n = 2;
        while !taken.insert(iri.clone()) {
            iri = Iri::from(minter.numbered(&base, n).as_str());
            n += 1;
        }
        for m in cluster.members {
            iris[m] = iri.clone();
        }
    }
    iris
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: &str) -> Iri {
        Iri::from(format!("http://example.org/person/{name}"))
    }

    fn event(graph: usize, date: &str, who: &[&str], place: Option<&str>) -> EventUnit {
        EventUnit {
            graph,
            iri: Iri::from(format!("http://example.org/meeting/a{graph}-{date}")),
            kind: EventKind::Meeting,
            date: (!date.is_empty()).then(|| date.to_owned()),
            participants: who.iter().map(|w| p(w)).collect(),
            place: place.map(|x| Iri::from(format!("http://example.org/place/{x}"))),
            region: None,
        }
    }

    fn in_country(unit: EventUnit, country: &str) -> EventUnit {
        EventUnit {
            region: Some(Iri::from(format!("http://example.org/place/{country}"))),
            ..unit
        }
    }

    #[test]
    fn a_city_and_its_country_are_no_other_place() {
        let units = [
            in_country(
                event(0, "2025-07-10", &["aliyev", "pashinyan"], Some("abu-dhabi")),
                "uae",
            ),
            event(1, "2025-07", &["aliyev", "pashinyan"], Some("uae")),
            event(2, "2025-07-10", &["aliyev"], Some("uae")),
            // Another city of the country is another place.
            in_country(
                event(3, "2025-07", &["aliyev", "pashinyan"], Some("dubai")),
                "uae",
            ),
            // A country named first, then its city.
            event(4, "2025-09-01", &["aliyev"], Some("uae")),
            in_country(
                event(5, "2025-09-01", &["aliyev"], Some("abu-dhabi")),
                "uae",
            ),
        ];
        let iris = run(&units);
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[0], iris[2]);
        assert_ne!(iris[0], iris[3]);
        assert_eq!(iris[4], iris[5]);
    }

    fn run(units: &[EventUnit]) -> Vec<Iri> {
        resolve(units, &Minter::new("http://example.org/"))
    }

    #[test]
    fn two_halves_of_one_meeting() {
        let units = [
            event(0, "2025-04-11", &["witkoff", "putin"], Some("spb")),
            event(1, "2025-04-11", &["witkoff", "putin", "dmitriev"], None),
            event(2, "2025-04", &["witkoff", "putin"], None),
            event(3, "2025-04-11", &["putin"], None),
        ];
        let iris = run(&units);
        assert!(iris.iter().all(|i| *i == iris[0]), "{iris:?}");
    }

    #[test]
    fn a_month_apart_and_a_different_place_stay_apart() {
        let units = [
            event(0, "2025-03-13", &["witkoff", "putin"], None),
            event(1, "2025-04-11", &["witkoff", "putin"], Some("spb")),
            // The city and its region, the same day, the same two people: one meeting.
            event(
                2,
                "2025-04-11",
                &["witkoff", "putin"],
                Some("leningrad-oblast"),
            ),
            // One shared participant and another place: another meeting.
            event(3, "2025-04-11", &["putin"], Some("moscow")),
            // Fits both the March and the April meeting? No: only April; but two April
            // meetings of the same people would leave it on its own.
            event(4, "2025-04", &["witkoff", "putin"], None),
            event(5, "2025-04-11", &["witkoff", "zelensky"], None),
        ];
        let iris = run(&units);
        assert_ne!(iris[0], iris[1]);
        assert_eq!(iris[1], iris[2]);
        assert_ne!(iris[1], iris[3]);
        assert_eq!(iris[1], iris[4]);
        assert!(!iris[..5].contains(&iris[5]));
    }

    #[test]
    fn a_vague_report_fitting_two_events_stays_apart() {
        let units = [
            event(0, "2025-04-11", &["witkoff", "putin"], None),
            event(1, "2025-04-25", &["witkoff", "putin"], None),
            event(2, "2025-04", &["witkoff", "putin"], None),
        ];
        let iris = run(&units);
        assert_ne!(iris[0], iris[1]);
        assert!(!iris[..2].contains(&iris[2]));
    }

    #[test]
    fn kinds_and_undated_events_stay_apart() {
        let mut call = event(1, "2025-03-18", &["trump", "putin"], None);
        call.kind = EventKind::Call;
        let units = [
            event(0, "2025-03-18", &["trump", "putin"], None),
            call,
            event(2, "", &["trump", "putin"], None),
            event(3, "", &["trump", "putin"], None),
        ];
        let iris = run(&units);
        assert_ne!(iris[0], iris[1]);
        assert_eq!(iris[2], units[2].iri);
        assert_eq!(iris[3], units[3].iri);
    }

    #[test]
    fn a_report_a_day_off_joins_the_event() {
        let units = [
            // Told by two articles on the 6th, by a third on the 7th (a relative date read
            // against another day), by a fourth on the 5th with another place.
            event(
                0,
                "2025-05-06",
                &["carney", "trump", "rubio"],
                Some("washington"),
            ),
            event(1, "2025-05-06", &["carney", "trump"], None),
            event(2, "2025-05-07", &["carney", "trump"], None),
            event(3, "2025-05-05", &["carney", "trump"], Some("ottawa")),
            // Two days off: another meeting.
            event(4, "2025-05-08", &["carney", "trump"], None),
        ];
        let iris = run(&units);
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[0], iris[2]);
        assert_ne!(iris[0], iris[3]);
        assert!(!iris[..4].contains(&iris[4]));
    }

    #[test]
    fn events_articles_agree_on_stay_on_their_day() {
        let units = [
            // The same two people on two days, each told by two articles: two meetings.
            event(0, "2025-06-02", &["medinsky", "umerov"], None),
            event(1, "2025-06-02", &["medinsky", "umerov"], None),
            event(2, "2025-06-03", &["medinsky", "umerov"], None),
            event(3, "2025-06-03", &["medinsky", "umerov"], None),
            // A lone report between two events: which one? Neither.
            event(4, "2025-07-11", &["witkoff", "putin"], None),
            event(5, "2025-07-12", &["witkoff", "putin"], None),
            event(6, "2025-07-13", &["witkoff", "putin"], None),
        ];
        let iris = run(&units);
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[2], iris[3]);
        assert_ne!(iris[0], iris[2]);
        assert_ne!(iris[5], iris[4]);
        assert_ne!(iris[5], iris[6]);
    }

    #[test]
    fn a_report_dated_by_its_publication_day_joins_the_event() {
        let units = [
            // Two articles agree on the 3rd; a weekly review dated the 9th tells it too.
            event(0, "2025-11-03", &["ruto", "museveni"], Some("kampala")),
            event(1, "2025-11-03", &["ruto", "museveni"], None),
            event(2, "2025-11-09", &["ruto", "museveni"], None),
            // With another participant, more than a week on, or another place: another
            // meeting.
            event(3, "2025-11-07", &["ruto", "museveni", "hassan"], None),
            event(4, "2025-11-12", &["ruto", "museveni"], None),
            event(5, "2025-11-05", &["ruto", "museveni"], Some("nairobi")),
        ];
        let iris = run(&units);
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[0], iris[2]);
        assert!(!iris[3..].contains(&iris[0]), "{iris:?}");
    }

    #[test]
    fn the_order_of_articles_does_not_matter() {
        let units = vec![
            event(0, "2025-08-15", &["trump", "putin"], Some("anchorage")),
            event(
                1,
                "2025-08-15",
                &["trump", "putin", "rubio", "witkoff"],
                None,
            ),
            event(2, "2025-08", &["putin"], None),
            event(3, "2025-08-15", &["rubio", "lavrov"], None),
        ];
        let forward = run(&units);
        let mut reversed = units.clone();
        reversed.reverse();
        let mut backward = run(&reversed);
        backward.reverse();
        assert_eq!(forward, backward);
        assert_eq!(forward[0], forward[1]);
        assert_ne!(forward[0], forward[3]);
    }
}
