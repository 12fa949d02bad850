//! Dates in a sentence: found as raw shapes in the folded text, then resolved to a
//! [`DateValue`], against the publication date where the text leaves the year or the day open.
//!
//! The shapes, each one regex built from the tables:
//! - ISO "2025-03-13" and numeric "13/03/2025" (day first, as in French);
//! - a day and a month: "13 mars 2025", "lundi 17 mars", "ce 25 avril", "le 10 mars
//!   prochain", "les 15 et 16 août", "du 12 au 13 mars";
//! - a month with a prefix or a year: "en février 2022", "début décembre", "mi-janvier";
//! - a year with a prefix: "en 2024", "depuis 2014", "fin 2025";
//! - a weekday: "jeudi", "ce jeudi", "jeudi dernier";
//! - an expression of `relative.tsv`: "hier", "le mois dernier", "la veille".
//!
//! Where shapes overlap, the longest wins ("lundi 17 mars" over "lundi", "13 mars 2025" over
//! "mars 2025"). Times of day ("soir", "à 15 h") carry no date and are ignored, which is why
//! "dans la soirée du 13 mars" needs no rule of its own.

use std::cmp::Reverse;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};

use super::tables::{alternation, key, Base, Relative, RelativeUnit, TABLES};
use super::{DateMention, DateValue, Tense};
use crate::text::{fold_as, Folding};

/// Years outside this range are numbers, not years ("1100 kilomètres carrés").
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Which occurrence of a weekday, day-month or month the text means, when it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// "ce jeudi", "ce 25 avril": this week's, this year's.
    This,
    /// "jeudi dernier": strictly before the publication date.
    Past,
    /// "jeudi prochain": strictly after it.
    Future,
    /// "d'ici mai": the publication date's or a later one.
    Onward,
    /// "depuis mars": the publication date's or an earlier one.
    Backward,
}

/// A date as written, before it is resolved.
#[derive(Debug, Clone, Copy)]
enum Raw {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
        direction: Option<Direction>,
    },
    Month {
        year: Option<i32>,
        month: u32,
        direction: Option<Direction>,
    },
    Year(i32),
    Weekday {
        weekday: Weekday,
        direction: Option<Direction>,
    },
    Relative(Relative),
}

/// A shape found in the folded text.
struct Candidate {
    range: Range<usize>,
    raw: Raw,
}

struct Patterns {
    iso: Regex,
    numeric: Regex,
    day: Regex,
    month: Regex,
    year: Regex,
    weekday: Regex,
    relative: Regex,
    /// A quantity word right before a year prefix: "plus de 2000" is no year.
    quantity: Regex,
    /// A complement after "la veille", "le lendemain": "la veille du sommet".
    complement: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let t = &*TABLES;
    let m = &t.markers;
    let month = alternation(t.months.keys().map(String::as_str));
    let weekday = alternation(t.weekdays.keys().map(String::as_str));
    let this = alternation(m.this.iter().map(String::as_str));
    let past = alternation(m.past.iter().map(String::as_str));
    let future = alternation(m.future.iter().map(String::as_str));
    let month_prefix = alternation(m.month_prefix.iter().map(String::as_str));
    let year_prefix = alternation(m.year_prefix.iter().map(String::as_str));
    let quantity = alternation(m.quantity.iter().map(String::as_str));
    let relative = alternation(t.relative.keys().map(String::as_str));
    let direction = format!(r"(?:\s+(?:(?P<past>{past})|(?P<future>{future})))?");
    let day = r"(?:1er|1re|1ᵉʳ|\d{1,2})";
    let regex = |pattern: &str| {
        Regex::new(pattern).expect("date patterns are built from escaped table forms")
    };
    Patterns {
        iso: regex(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        numeric: regex(r"\b(?P<d>\d{1,2})([/.])(?P<m>\d{1,2})[/.](?P<y>\d{4})\b"),
        day: regex(&format!(
            r"(?:(?P<this>{this})\s+)?(?:(?P<wd>{weekday})\s+)?(?P<d1>\b{day})(?:\s*(?:,|et|au|a|-)\s*(?P<dn>\b{day}))*\s+(?P<month>{month})(?:\s+(?P<year>\d{{4}})\b)?{direction}"
        )),
        month: regex(&format!(
            r"(?:(?P<pre>{month_prefix})[\s-]*)?(?P<month>{month})(?:\s+(?P<year>\d{{4}})\b)?{direction}"
        )),
        year: regex(&format!(
            r"(?P<pre>{year_prefix})[\s-]*(?P<year>\b\d{{4}})\b"
        )),
        weekday: regex(&format!(
            r"(?:(?P<this>{this})\s+)?(?P<wd>{weekday}){direction}"
        )),
        relative: regex(&relative),
        quantity: regex(&format!(r"{quantity}\s*$")),
        complement: regex(r"^\s+(?:de|du|des|d')\b"),
    }
});

/// Dates in a sentence, in text order, with byte ranges shifted by `offset`.
///
/// `anchor` is the publication date. Without it, every date that needs it is left out rather
/// than guessed: weekdays, relative expressions, and a day or month without a year. `tense` is
/// the sentence's (see [`super::tense`]): it says on which side of the anchor a bare "jeudi" or
/// "le 25 avril" lies.
pub fn find_dates(
    sentence: &str,
    offset: usize,
    anchor: Option<NaiveDate>,
    tense: Tense,
) -> Vec<DateMention> {
    let folded = fold_as(sentence, Folding::Dates);
    let mut candidates = candidates(&folded.text);
    // The longest shape wins; among equals, the first.
    candidates.sort_by_key(|c| (Reverse(c.range.len()), c.range.start));
    let mut kept: Vec<Candidate> = Vec::new();
    for candidate in candidates {
        let r = &candidate.range;
        if kept
            .iter()
            .all(|k| k.range.end <= r.start || r.end <= k.range.start)
        {
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|c| c.range.start);

    let mut mentions = Vec::new();
    // The last day named so far, for "la veille" and "le lendemain".
    let mut previous: Option<(NaiveDate, bool)> = None;
    for candidate in kept {
        let Some((value, relative)) = resolve(candidate.raw, anchor, tense, previous) else {
            continue;
        };
        if let DateValue::Day(day) = value {
            previous = Some((day, relative));
        }
        let range = folded.original(candidate.range);
        mentions.push(DateMention {
            range: range.start + offset..range.end + offset,
            value,
            relative,
        });
    }
    mentions
}

/// Every shape in the folded text, overlapping ones included.
fn candidates(text: &str) -> Vec<Candidate> {
    let p = &*PATTERNS;
    let t = &*TABLES;
    let mut out = Vec::new();
    let mut push = |range: Range<usize>, raw: Raw| out.push(Candidate { range, raw });
    // The shapes with a day or a year need a digit (`\d` is any decimal digit): most clauses
    // have none, and are not searched for them.
    let digits = text.chars().any(char::is_numeric);
    let with_digits = |regex: &'static Regex| {
        digits
            .then(|| regex.captures_iter(text))
            .into_iter()
            .flatten()
    };

    for c in with_digits(&p.iso).chain(with_digits(&p.numeric)) {
        let (Some(year), Some(month), Some(day)) =
            (number(&c, "y"), number(&c, "m"), number(&c, "d"))
        else {
            continue;
        };
        if YEARS.contains(&(year as i32))
            && NaiveDate::from_ymd_opt(year as i32, month, day).is_some()
        {
            let raw = Raw::Day {
                year: Some(year as i32),
                month,
                day,
                weekday: None,
                direction: None,
            };
            push(whole(&c), raw);
        }
    }

    for c in with_digits(&p.day) {
        let Some(month) = c.name("month").and_then(|m| t.months.get(&key(m.as_str()))) else {
            continue;
        };
        let (Some(first), last) = (day_number(c.name("d1")), day_number(c.name("dn"))) else {
            continue;
        };
        let (year, end, direction) = year_and_direction(&c);
        let weekday = c
            .name("wd")
            .and_then(|w| t.weekdays.get(&key(w.as_str())))
            .copied();
        let direction = if c.name("this").is_some() {
            Some(Direction::This)
        } else {
            direction
        };
        // "du 30 avril au 2 mai" is written "du 30 au 2 mai": the first day is in the month
        // before the one named.
        let (year, month) = match last {
            Some(last) if last < first => previous_month(year, *month),
            _ => (year, *month),
        };
        let raw = Raw::Day {
            year,
            month,
            day: first,
            weekday,
            direction,
        };
        push(whole(&c).start..end, raw);
    }

    for c in p.month.captures_iter(text) {
        let Some(month) = c.name("month").and_then(|m| t.months.get(&key(m.as_str()))) else {
            continue;
        };
        let (year, end, direction) = year_and_direction(&c);
        let markers = &t.markers;
        let prefix = c.name("pre").map(|pre| key(pre.as_str()));
        let is = |list: &[String]| {
            prefix
                .as_ref()
                .is_some_and(|p| list.iter().any(|f| key(f) == *p))
        };
        let direction = direction.or(if is(&markers.onward_prefix) {
            Some(Direction::Onward)
        } else if is(&markers.backward_prefix) {
            Some(Direction::Backward)
        } else {
            None
        });
        // A month name alone is too weak ("mars" is also a planet, "mai" a verb in some
        // texts): it needs a prefix, a year or a direction word.
        if c.name("pre").is_some() || year.is_some() || direction.is_some() {
            push(
                whole(&c).start..end,
                Raw::Month {
                    year,
                    month: *month,
                    direction,
                },
            );
        }
    }

    for c in with_digits(&p.year) {
        let start = whole(&c).start;
        let Some(year) = number(&c, "year").map(|y| y as i32) else {
            continue;
        };
        if YEARS.contains(&year) && !p.quantity.is_match(&text[..start]) {
            push(whole(&c), Raw::Year(year));
        }
    }

    for c in p.weekday.captures_iter(text) {
        let Some(weekday) = c.name("wd").and_then(|w| t.weekdays.get(&key(w.as_str()))) else {
            continue;
        };
        let direction = if c.name("this").is_some() {
            Some(Direction::This)
        } else if c.name("past").is_some() {
            Some(Direction::Past)
        } else if c.name("future").is_some() {
            Some(Direction::Future)
        } else {
            None
        };
        push(
            whole(&c),
            Raw::Weekday {
                weekday: *weekday,
                direction,
            },
        );
    }

    for m in p.relative.find_iter(text) {
        let Some(relative) = t.relative.get(&key(m.as_str())) else {
            continue;
        };
        let rest = &text[m.end()..];
        // "ce jour-là" points back to another day, not to the publication date.
        if rest.starts_with('-') {
            continue;
        }
        if relative.base != Base::Anchor && p.complement.is_match(rest) {
            continue;
        }
        push(m.range(), Raw::Relative(*relative));
    }
    out
}

fn whole(c: &Captures) -> Range<usize> {
    c.get(0).map_or(0..0, |m| m.range())
}

fn number(c: &Captures, name: &str) -> Option<u32> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// "1er", "1re" and "1ᵉʳ" are the first; any other day is written in digits.
fn day_number(m: Option<regex::Match>) -> Option<u32> {
    let text = m?.as_str();
    let day = if text.starts_with('1') && text.len() > 1 && !text.as_bytes()[1].is_ascii_digit() {
        1
    } else {
        text.parse().ok()?
    };
    (1..=31).contains(&day).then_some(day)
}

/// The year and direction words after a month, and where the expression ends. A four-digit
/// number outside [`YEARS`] is no year, and the expression ends at the month.
fn year_and_direction(c: &Captures) -> (Option<i32>, usize, Option<Direction>) {
    let month_end = c.name("month").map_or(0, |m| m.end());
    let year = c.name("year").and_then(|y| y.as_str().parse::<i32>().ok());
    match year {
        Some(year) if !YEARS.contains(&year) => (None, month_end, None),
        _ => {
            let direction = if c.name("past").is_some() {
                Some(Direction::Past)
            } else if c.name("future").is_some() {
                Some(Direction::Future)
            } else {
                None
            };
            (year, whole(c).end, direction)
        }
    }
}

fn previous_month(year: Option<i32>, month: u32) -> (Option<i32>, u32) {
    if month == 1 {
        (year.map(|y| y - 1), 12)
    } else {
        (year, month - 1)
    }
}

/// The value of a shape, and whether it needed the publication date.
fn resolve(
    raw: Raw,
    anchor: Option<NaiveDate>,
    tense: Tense,
    previous: Option<(NaiveDate, bool)>,
) -> Option<(DateValue, bool)> {
    match raw {
        Raw::Day {
            year: Some(year),
            month,
            day,
            ..
        } => NaiveDate::from_ymd_opt(year, month, day).map(|d| (DateValue::Day(d), false)),
        Raw::Day {
            year: None,
            month,
            day,
            weekday,
            direction,
        } => {
            let anchor = anchor?;
            let years = anchor.year() - 1..=anchor.year() + 1;
            let mut dates: Vec<NaiveDate> = years
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .collect();
            // "lundi 17 mars": the weekday picks the year when one fits.
            if let Some(weekday) = weekday {
                if dates.iter().any(|d| d.weekday() == weekday) {
                    dates.retain(|d| d.weekday() == weekday);
                }
            }
            let this = NaiveDate::from_ymd_opt(anchor.year(), month, day);
            let distance = |a: NaiveDate, b: NaiveDate| (a - b).num_days().abs();
            let day = choose(&dates, anchor, this, direction, tense, distance)?;
            Some((DateValue::Day(day), true))
        }
        Raw::Month {
            year: Some(year),
            month,
            ..
        } => Some((DateValue::Month { year, month }, false)),
        Raw::Month {
            year: None,
            month,
            direction,
        } => {
            let anchor = anchor?;
            let index = |year: i32, month: u32| i64::from(year) * 12 + i64::from(month) - 1;
            let now = index(anchor.year(), anchor.month());
            let months: Vec<i64> = (-1..=1).map(|y| index(anchor.year() + y, month)).collect();
            let this = Some(index(anchor.year(), month));
            let chosen = choose(&months, now, this, direction, tense, |a, b| (a - b).abs())?;
            Some((month_value(chosen), true))
        }
        Raw::Year(year) => Some((DateValue::Year(year), false)),
        Raw::Weekday { weekday, direction } => {
            let day = resolve_weekday(anchor?, weekday, direction, tense)?;
            Some((DateValue::Day(day), true))
        }
        Raw::Relative(relative) => resolve_relative(relative, anchor, tense, previous),
    }
}

/// Picks among the possible dates (in increasing order) the one that the direction word, or
/// else the tense, points to; the nearest to the anchor when none fits.
fn choose<T: Copy + Ord>(
    candidates: &[T],
    anchor: T,
    this: Option<T>,
    direction: Option<Direction>,
    tense: Tense,
    distance: impl Fn(T, T) -> i64,
) -> Option<T> {
    let all = || candidates.iter().copied();
    // Ties go to the earlier date: news reports more than it announces.
    let nearest = || all().min_by_key(|&c| distance(c, anchor));
    let chosen = match (direction, tense) {
        (Some(Direction::This), _) => this.filter(|t| candidates.contains(t)),
        (Some(Direction::Past), _) => all().filter(|&c| c < anchor).max(),
        (Some(Direction::Future), _) => all().filter(|&c| c > anchor).min(),
        (Some(Direction::Backward), _) | (None, Tense::Past) => {
            all().filter(|&c| c <= anchor).max()
        }
        (Some(Direction::Onward), _) | (None, Tense::Future) => {
            all().filter(|&c| c >= anchor).min()
        }
        (None, Tense::Present) => nearest(),
    };
    chosen.or_else(nearest)
}

fn month_value(index: i64) -> DateValue {
    // An index built from an i32 year divided back by 12 fits an i32, and a remainder of 12
    // fits a u32: the casts cannot truncate.
    DateValue::Month {
        year: index.div_euclid(12) as i32,
        month: index.rem_euclid(12) as u32 + 1,
    }
}

/// A weekday near the anchor. The publication day itself counts in every tense ("jeudi" in
/// Thursday's paper is that day): articles are written the day things happen. Otherwise the
/// past and present look back (news in the present tense reports recent events), the future
/// looks ahead; "dernier" and "prochain" always move at least one day, "ce" with the present
/// takes the nearer side.
fn resolve_weekday(
    anchor: NaiveDate,
    weekday: Weekday,
    direction: Option<Direction>,
    tense: Tense,
) -> Option<NaiveDate> {
    let back = (i64::from(anchor.weekday().num_days_from_monday())
        - i64::from(weekday.num_days_from_monday()))
    .rem_euclid(7);
    let ahead = (7 - back) % 7;
    // Onward and Backward come from month prefixes only; read them as the tenses they imply.
    let (direction, tense) = match direction {
        Some(Direction::Onward) => (None, Tense::Future),
        Some(Direction::Backward) => (None, Tense::Past),
        other => (other, tense),
    };
    let shift = match (direction, tense) {
        (Some(Direction::Onward | Direction::Backward), _) => 0,
        (Some(Direction::Past), _) => -(if back == 0 { 7 } else { back }),
        (Some(Direction::Future), _) => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        (Some(Direction::This), Tense::Present) => {
            if ahead < back {
                ahead
            } else {
                -back
            }
        }
        (Some(Direction::This) | None, Tense::Future) => ahead,
        (Some(Direction::This) | None, Tense::Past | Tense::Present) => -back,
    };
    add_days(anchor, shift)
}

fn resolve_relative(
    relative: Relative,
    anchor: Option<NaiveDate>,
    tense: Tense,
    previous: Option<(NaiveDate, bool)>,
) -> Option<(DateValue, bool)> {
    let (base, is_relative) = match relative.base {
        Base::Anchor => (anchor?, true),
        Base::Previous => previous.or(anchor.map(|a| (a, true)))?,
        Base::PreviousOnly => previous?,
    };
    let offset = i64::from(relative.offset);
    let value = match relative.unit {
        RelativeUnit::Day => DateValue::Day(add_days(base, offset)?),
        RelativeUnit::Week => {
            // A week is no xsd value; its month is, when the week does not straddle two. Last
            // or next week that straddles two is the month that holds most of its days, its
            // Thursday's ("la semaine prochaine" of Friday 23 May, 26 May to 1 June, is May);
            // this week's is left out: it holds the publication day, and its words are more
            // often about something going on ("l'offensive lancée cette semaine") than about
            // an event, whose day the story gives.
            let day = add_days(base, 7 * offset)?;
            let monday = add_days(day, -i64::from(day.weekday().num_days_from_monday()))?;
            let sunday = add_days(monday, 6)?;
            if monday.month() != sunday.month() && offset == 0 {
                return None;
            }
            let thursday = add_days(monday, 3)?;
            DateValue::Month {
                year: thursday.year(),
                month: thursday.month(),
            }
        }
        RelativeUnit::Weekend => {
            // A weekend is two days, no xsd value; its month is, when both days lie in one.
            // "ce week-end" is the one just past when told in the past (a Monday's story of
            // "les négociations menées ce week-end"), the coming one otherwise; a weekend day's
            // own weekend either way.
            let day = i64::from(base.weekday().num_days_from_monday());
            let own = day >= 5;
            let shift = match (offset, tense) {
                (0, _) if own => 5 - day,
                (0, Tense::Past) => -(day + 2),
                (0, _) => 5 - day,
                (..0, _) => -(day + 2) + 7 * (offset + 1),
                _ => 5 - day + 7 * (offset - 1) + if own { 7 } else { 0 },
            };
            let saturday = add_days(base, shift)?;
            let sunday = add_days(saturday, 1)?;
            if saturday.month() != sunday.month() {
                return None;
            }
            DateValue::Month {
                year: saturday.year(),
                month: saturday.month(),
            }
        }
        RelativeUnit::Recent => {
            // "il y a quelques jours": one of the six days before base, no xsd value; their
            // month is, the month of most of them when they straddle two (that of base - 3).
            let day = add_days(base, -3)?;
            DateValue::Month {
                year: day.year(),
                month: day.month(),
            }
        }
        RelativeUnit::Month => {
            month_value(i64::from(base.year()) * 12 + i64::from(base.month0()) + offset)
        }
        RelativeUnit::Year => DateValue::Year(base.year().checked_add(relative.offset)?),
        RelativeUnit::None => return None,
    };
    Some((value, is_relative))
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}
