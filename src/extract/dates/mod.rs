//! Dates, durations and tense in French news sentences, for `ng:date`, `ng:duration` and
//! `ng:durationQualifier`. Pure: no I/O, cannot fail.
//!
//! Three functions, each over one sentence of the normalised body:
//! - [`tense`] tells whether the sentence's main verb is past, present or future, which is what
//!   makes "jeudi" last Thursday or next Thursday;
//! - [`find_dates`] finds absolute dates ("13 mars 2025", "2025-03-13", "en février 2022") and,
//!   given the publication date, relative ones ("jeudi", "hier", "le 25 avril", "début
//!   décembre");
//! - [`find_durations`] finds lengths of time ("plus de quatre heures", "4 h 30").
//!
//! The French words live in the tables of `src/lang/fr/dates/` (months, weekdays, number words,
//! relative expressions, markers, qualifiers, units, tense words); this code only knows the
//! shapes of the expressions. Matching ignores case and accents.
//!
//! Choices the tables do not show, each tested in `tests.rs`:
//! - A range of days ("les 15 et 16 août", "dans la nuit du 12 au 13 mars") gives one mention,
//!   dated by its first day, whose range covers the whole expression: an event is dated by
//!   when it began, and a meeting that runs into the night began the evening before.
//! - A bare weekday that falls on the publication day is that day in every tense ("jeudi" in
//!   Thursday's paper is today); only "dernier" and "prochain" move it a week.
//! - A week ("la semaine dernière") has no xsd type: it gives its month when the whole week lies
//!   in one month; last or next week across two gives the month of most of its days (its
//!   Thursday's), this week across two nothing.
//! - Durations of months or years are left out ("depuis trois ans"); weeks become days.
//! - Byte ranges cover the whole expression, prefixes and modifiers included ("en février
//!   2022", "jeudi dernier", "plus de quatre heures"), and never a time of day ("soir").

mod calendar;
mod durations;
mod tables;
mod tense;
#[cfg(test)]
mod tests;

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

pub use calendar::find_dates;
pub use durations::find_durations;
pub use tense::tense;

/// The most precise date the text supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
    Year(i32),
}

impl DateValue {
    /// The lexical form and the name of its xsd datatype: `("2025-04-25", "date")`,
    /// `("2025-04", "gYearMonth")` or `("2025", "gYear")`.
    pub fn xsd(&self) -> (String, &'static str) {
        match *self {
            DateValue::Day(day) => (
                format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day()),
                "date",
            ),
            DateValue::Month { year, month } => (format!("{year:04}-{month:02}"), "gYearMonth"),
            DateValue::Year(year) => (format!("{year:04}"), "gYear"),
        }
    }
}

/// The tense of a sentence's main verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the sentence, plus the `offset` passed in.
    pub range: Range<usize>,
    pub value: DateValue,
    /// Whether the value was resolved against the publication date ("jeudi", "hier", and "le 25
    /// avril" without a year all are).
    pub relative: bool,
}

/// How exact a duration is, as `ng:durationQualifier` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    AtLeast,
    About,
    Exactly,
    AtMost,
}

impl Qualifier {
    /// The literal of `ng:durationQualifier`: "atLeast", "about", "exactly" or "atMost".
    pub fn as_str(&self) -> &'static str {
        match self {
            Qualifier::AtLeast => "atLeast",
            Qualifier::About => "about",
            Qualifier::Exactly => "exactly",
            Qualifier::AtMost => "atMost",
        }
    }
}

/// A length of time found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationMention {
    /// Byte range of the expression, qualifier words included, plus the `offset` passed in.
    pub range: Range<usize>,
    /// The length as an xsd:duration: "PT4H", "PT40M", "PT2H30M", "P2D".
    pub iso: String,
    pub qualifier: Qualifier,
}
