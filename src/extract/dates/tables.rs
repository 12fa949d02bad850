//! The French tables of `src/lang/fr/dates/`, embedded at build time and parsed once.
//!
//! A malformed row is skipped and noted in [`Tables::errors`] rather than panicking (the
//! crate's one table reader, `lang::table`, does so for the layout, and this module for what
//! the cells mean): the extractor must not fail at run time, and a unit test asserts that the
//! bundled tables have no errors, so a bad edit is caught by `cargo test`.

use std::sync::LazyLock;

use chrono::Weekday;

use super::Qualifier;
use crate::lang::fr::dates::{
    MARKERS, MONTHS, NUMBERS, QUALIFIERS, RELATIVE, TENSE, UNITS, WEEKDAYS,
};
use crate::lang::table::{Row, Table};
use crate::lang::{WordMap, WordSet};
use crate::text::{fold_as, Folding};

pub(super) static TABLES: LazyLock<Tables> = LazyLock::new(Tables::load);

/// What a relative expression of `relative.tsv` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RelativeUnit {
    Day,
    Week,
    Weekend,
    /// "il y a quelques jours": the days of the week before base.
    Recent,
    Month,
    Year,
    None,
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Base {
    Anchor,
    Previous,
    PreviousOnly,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Relative {
    pub unit: RelativeUnit,
    pub offset: i32,
    pub base: Base,
}

/// The forms of `markers.tsv`, folded, by kind.
#[derive(Debug, Default)]
pub(super) struct Markers {
    pub this: Vec<String>,
    pub past: Vec<String>,
    pub future: Vec<String>,
    pub month_prefix: Vec<String>,
    pub year_prefix: Vec<String>,
    pub quantity: Vec<String>,
    pub onward_prefix: Vec<String>,
    pub backward_prefix: Vec<String>,
}

/// What a word next to a duration says: a qualifier, or that the number is no duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Qualifying {
    Qualifier(Qualifier),
    Skip,
}

/// The words of `qualifiers.tsv` on one side of a duration, folded, longest first.
#[derive(Debug, Default)]
pub(super) struct QualifierWords {
    pub forms: Vec<(String, Qualifying)>,
}

/// A unit of `units.tsv`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Unit {
    /// A length: how many minutes one of it is, and whether it counts in days.
    Length { minutes: f64, days: bool },
    /// A part of the unit before it ("et demie").
    Fraction(f64),
}

/// The words of `tense.tsv`, lower case with accents, by kind.
#[derive(Debug, Default)]
pub(super) struct TenseWords {
    pub future_aux: WordSet<String>,
    pub future: WordSet<String>,
    pub not_future: WordSet<String>,
    pub past_aux: WordSet<String>,
    pub past: WordSet<String>,
    pub participle: WordSet<String>,
    pub not_participle: WordSet<String>,
    pub not_imperfect: WordSet<String>,
    pub frame: WordSet<String>,
    pub skip: WordSet<String>,
}

/// Every table, with lookups keyed by [`key`] of the folded form.
#[derive(Debug, Default)]
pub(super) struct Tables {
    pub months: WordMap<String, u32>,
    pub weekdays: WordMap<String, Weekday>,
    /// Number words: value, and the qualifier an approximate number carries.
    pub numbers: WordMap<String, (f64, Option<Qualifier>)>,
    pub relative: WordMap<String, Relative>,
    pub markers: Markers,
    pub before: QualifierWords,
    pub after: QualifierWords,
    pub units: WordMap<String, Unit>,
    pub tense: TenseWords,
    /// Rows that could not be read, as "path:line: problem".
    pub errors: Vec<String>,
}

impl Tables {
    fn load() -> Tables {
        let mut t = Tables::default();
        t.load_months();
        t.load_weekdays();
        t.load_numbers();
        t.load_relative();
        t.load_markers();
        t.load_qualifiers();
        t.load_units();
        t.load_tense();
        t.before
            .forms
            .sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        t.after
            .forms
            .sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));
        t
    }

    fn load_months(&mut self) {
        for row in rows(&MONTHS, &mut self.errors) {
            match row.cells[0].parse::<u32>() {
                Ok(month @ 1..=12) => insert_forms(&mut self.months, row.cells[1], month),
                _ => self.errors.push(row.problem("month must be 1 to 12")),
            }
        }
    }

    fn load_weekdays(&mut self) {
        for row in rows(&WEEKDAYS, &mut self.errors) {
            let weekday = match row.cells[0] {
                "1" => Some(Weekday::Mon),
                "2" => Some(Weekday::Tue),
                "3" => Some(Weekday::Wed),
                "4" => Some(Weekday::Thu),
                "5" => Some(Weekday::Fri),
                "6" => Some(Weekday::Sat),
                "7" => Some(Weekday::Sun),
                _ => None,
            };
            match weekday {
                Some(weekday) => insert_forms(&mut self.weekdays, row.cells[1], weekday),
                None => self.errors.push(row.problem("weekday must be 1 to 7")),
            }
        }
    }

    fn load_numbers(&mut self) {
        for row in rows(&NUMBERS, &mut self.errors) {
            let qualifier = match row.cells.get(2).copied().unwrap_or("") {
                "" => Ok(None),
                other => parse_qualifier(other).map(Some),
            };
            match (row.cells[0].parse::<f64>(), qualifier) {
                (Ok(value), Ok(qualifier)) if value > 0.0 => {
                    insert_forms(&mut self.numbers, row.cells[1], (value, qualifier))
                }
                _ => self.errors.push(row.problem("bad value or qualifier")),
            }
        }
    }

    fn load_relative(&mut self) {
        for row in rows(&RELATIVE, &mut self.errors) {
            let unit = match row.cells[0] {
                "day" => Some(RelativeUnit::Day),
                "week" => Some(RelativeUnit::Week),
                "weekend" => Some(RelativeUnit::Weekend),
                "recent" => Some(RelativeUnit::Recent),
                "month" => Some(RelativeUnit::Month),
                "year" => Some(RelativeUnit::Year),
                "none" => Some(RelativeUnit::None),
                _ => None,
            };
            let base = match row.cells.get(2).copied() {
                Some("anchor") => Some(Base::Anchor),
                Some("previous") => Some(Base::Previous),
                Some("previous-only") => Some(Base::PreviousOnly),
                _ => None,
            };
            match (unit, row.cells[1].parse::<i32>(), base, row.cells.get(3)) {
                (Some(unit), Ok(offset), Some(base), Some(forms)) => {
                    insert_forms(&mut self.relative, forms, Relative { unit, offset, base })
                }
                _ => self
                    .errors
                    .push(row.problem("bad unit, offset, base or forms")),
            }
        }
    }

    fn load_markers(&mut self) {
        for row in rows(&MARKERS, &mut self.errors) {
            let list = match row.cells[0] {
                "this" => &mut self.markers.this,
                "past" => &mut self.markers.past,
                "future" => &mut self.markers.future,
                "month-prefix" => &mut self.markers.month_prefix,
                "year-prefix" => &mut self.markers.year_prefix,
                "quantity" => &mut self.markers.quantity,
                "onward-prefix" => &mut self.markers.onward_prefix,
                "backward-prefix" => &mut self.markers.backward_prefix,
                _ => {
                    self.errors.push(row.problem("unknown kind"));
                    continue;
                }
            };
            list.extend(forms(row.cells[1]));
        }
    }

    fn load_qualifiers(&mut self) {
        for row in rows(&QUALIFIERS, &mut self.errors) {
            let qualifying = match row.cells[0] {
                "skip" => Ok(Qualifying::Skip),
                other => parse_qualifier(other).map(Qualifying::Qualifier),
            };
            let side = match row.cells[1] {
                "before" => Some(&mut self.before),
                "after" => Some(&mut self.after),
                _ => None,
            };
            match (qualifying, side, row.cells.get(2)) {
                (Ok(qualifying), Some(side), Some(cell)) => side
                    .forms
                    .extend(forms(cell).map(|form| (form, qualifying))),
                _ => self
                    .errors
                    .push(row.problem("bad qualifier, position or forms")),
            }
        }
    }

    fn load_units(&mut self) {
        for row in rows(&UNITS, &mut self.errors) {
            let factor = row.cells[1].parse::<f64>().ok().filter(|f| *f > 0.0);
            let unit = match (row.cells[0], factor) {
                ("H", Some(f)) => Some(Unit::Length {
                    minutes: 60.0 * f,
                    days: false,
                }),
                ("M", Some(f)) => Some(Unit::Length {
                    minutes: f,
                    days: false,
                }),
                ("D", Some(f)) => Some(Unit::Length {
                    minutes: 1440.0 * f,
                    days: true,
                }),
                ("fraction", Some(f)) => Some(Unit::Fraction(f)),
                _ => None,
            };
            match (unit, row.cells.get(2)) {
                (Some(unit), Some(cell)) => insert_forms(&mut self.units, cell, unit),
                _ => self
                    .errors
                    .push(row.problem("bad designator, factor or forms")),
            }
        }
    }

    fn load_tense(&mut self) {
        for row in rows(&TENSE, &mut self.errors) {
            let t = &mut self.tense;
            let set = match row.cells[0] {
                "future-aux" => &mut t.future_aux,
                "future" => &mut t.future,
                "not-future" => &mut t.not_future,
                "past-aux" => &mut t.past_aux,
                "past" => &mut t.past,
                "participle" => &mut t.participle,
                "not-participle" => &mut t.not_participle,
                "not-imperfect" => &mut t.not_imperfect,
                "frame" => &mut t.frame,
                "skip" => &mut t.skip,
                _ => {
                    self.errors.push(row.problem("unknown kind"));
                    continue;
                }
            };
            // Tense words keep their accents: "espérons" (present) and "parlerons" (future)
            // differ only there.
            set.extend(
                row.cells[1]
                    .split('|')
                    .map(|form| form.trim().to_lowercase())
                    .filter(|form| !form.is_empty()),
            );
        }
    }
}

fn parse_qualifier(text: &str) -> Result<Qualifier, ()> {
    match text {
        "atLeast" => Ok(Qualifier::AtLeast),
        "about" => Ok(Qualifier::About),
        "exactly" => Ok(Qualifier::Exactly),
        "atMost" => Ok(Qualifier::AtMost),
        _ => Err(()),
    }
}

/// The data rows of a table, as the crate's reader gives them, with a second cell to read.
fn rows(table: &Table, errors: &mut Vec<String>) -> Vec<Row> {
    let mut rows = table.rows(errors);
    rows.retain(|row| {
        let empty = row.cells[1].is_empty();
        if empty {
            errors.push(row.problem("the second cell is empty"));
        }
        !empty
    });
    rows
}

/// The folded forms of a `|`-separated cell.
fn forms(cell: &str) -> impl Iterator<Item = String> + '_ {
    cell.split('|')
        .map(|form| fold_as(form.trim(), Folding::Dates).text)
        .filter(|form| !form.is_empty())
}

fn insert_forms<V: Copy>(map: &mut WordMap<String, V>, cell: &str, value: V) {
    for form in forms(cell) {
        map.insert(key(&form), value);
    }
}

/// The lookup key of folded text: runs of spaces and hyphens become one space, so a match of
/// "vingt quatre" finds the entry "vingt-quatre".
pub(super) fn key(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut gap = false;
    for c in folded.chars() {
        if c.is_whitespace() || c == '-' {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// A regex alternation of folded forms, longest first so that "vingt-quatre" is tried before
/// "vingt", with a space or hyphen matching any run of spaces and hyphens and word boundaries
/// where a form starts or ends with a letter or digit.
pub(super) fn alternation<'a>(forms: impl IntoIterator<Item = &'a str>) -> String {
    alternation_of(forms, true)
}

/// Like [`alternation`], without the word boundary at the start: for units glued to a number
/// ("4h", "40min").
pub(super) fn suffix_alternation<'a>(forms: impl IntoIterator<Item = &'a str>) -> String {
    alternation_of(forms, false)
}

fn alternation_of<'a>(forms: impl IntoIterator<Item = &'a str>, leading_boundary: bool) -> String {
    let mut forms: Vec<&str> = forms.into_iter().filter(|f| !f.is_empty()).collect();
    forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    forms.dedup();
    let patterns: Vec<String> = forms
        .into_iter()
        .map(|form| form_pattern(form, leading_boundary))
        .collect();
    format!("(?:{})", patterns.join("|"))
}

fn form_pattern(form: &str, leading_boundary: bool) -> String {
    let pieces: Vec<String> = form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|piece| !piece.is_empty())
        .map(regex::escape)
        .collect();
    let mut pattern = pieces.join(r"[\s-]+");
    if leading_boundary && form.chars().next().is_some_and(char::is_alphanumeric) {
        pattern.insert_str(0, r"\b");
    }
    if form.chars().last().is_some_and(char::is_alphanumeric) {
        pattern.push_str(r"\b");
    }
    pattern
}

#[cfg(test)]
mod fold_tests {
    use super::{MARKERS, MONTHS, NUMBERS, QUALIFIERS, RELATIVE, UNITS, WEEKDAYS};
    use crate::text::{fold_as, Folding, PUNCTUATION};

    #[test]
    fn no_table_holds_what_punctuation_folds_to() {
        let tables = [
            &MONTHS,
            &WEEKDAYS,
            &NUMBERS,
            &RELATIVE,
            &MARKERS,
            &QUALIFIERS,
            &UNITS,
        ];
        for line in tables.iter().flat_map(|t| t.text.lines()) {
            if !line.starts_with('#') {
                let folded = fold_as(line, Folding::Dates).text;
                assert!(!folded.contains(PUNCTUATION), "{line}");
            }
        }
    }
}
