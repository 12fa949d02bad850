//! Durations in a sentence: a number and a unit ("quatre heures", "40 min", "une
//! demi-heure"), with a smaller unit or a fraction after it ("4 h 30", "deux heures et
//! quarante minutes", "quatre heures et demie"), and the words around it that qualify it
//! ("plus de", "environ") or show it is a clock time ("à 15 heures").

use std::cmp::Reverse;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::tables::{
    alternation, key, suffix_alternation, QualifierWords, Qualifying, Unit, TABLES,
};
use super::{DurationMention, Qualifier};
use crate::text::{fold_as, Folding};

struct Patterns {
    /// A number and a unit.
    general: Regex,
    /// "4h30", "15 h 45": hours and minutes with the minutes bare.
    compact: Regex,
    /// What may come before a smaller unit after the first: the "et" of "et quarante
    /// minutes", which [`Patterns::general`] must follow.
    tail_lead: Regex,
    /// "et demie", "et quart".
    fraction: Regex,
    /// Bare minutes after hours: the "30" of "4 h 30".
    bare_minutes: Regex,
    /// The word after the start of a range of clock times, which a number and a unit follow:
    /// "de 10 h [à 12 h]".
    range_after: Regex,
    /// The word before the end of one, after a number and a unit: "[entre 10 h] et 12 h".
    range_before: Regex,
}

// The number words make `general` the one costly pattern to build (a few hundred forms): the
// patterns around it are read as a lead or a trail of `general` rather than built with it.

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let t = &*TABLES;
    let lengths = t
        .units
        .iter()
        .filter(|(_, unit)| matches!(unit, Unit::Length { .. }))
        .map(|(form, _)| form.as_str());
    let units = suffix_alternation(lengths);
    let fractions = t
        .units
        .iter()
        .filter(|(_, unit)| matches!(unit, Unit::Fraction(_)))
        .map(|(form, _)| form.as_str());
    let fractions = alternation(fractions);
    let words = alternation(t.numbers.keys().map(String::as_str));
    let number = format!(r"(?:\b\d+(?:,\d+)?|{words})");
    let regex = |pattern: &str| {
        Regex::new(pattern).expect("duration patterns are built from escaped table forms")
    };
    Patterns {
        general: regex(&format!(r"(?P<num>{number})\s*(?P<unit>{units})")),
        compact: regex(r"\b(?P<h>\d{1,2})\s?h\s?(?P<m>\d{2})\b"),
        tail_lead: regex(r"^(\s*)(?:et\s+)?"),
        fraction: regex(&format!(r"^\s*{fractions}")),
        bare_minutes: regex(r"^\s*(?P<m>\d{1,2})\b"),
        range_after: regex(r"^\s*(?:a|au|et|jusqu'a)\s+"),
        range_before: regex(r"\s+(?:a|au|et|jusqu'a)\s*$"),
    }
});

/// A length found, before its qualifier is read.
struct Length {
    /// Folded byte range of the number and its units.
    range: Range<usize>,
    minutes: f64,
    /// Counted in days ("deux jours" is "P2D", not "PT48H").
    days: bool,
    /// The qualifier an approximate number carries ("une dizaine de").
    approximate: Option<Qualifier>,
}

/// Durations in a sentence, in text order, with byte ranges shifted by `offset`.
///
/// Lengths of months and years are not read (no meeting lasts that long; see `units.tsv`), nor
/// clock times ("à 15 heures", "de 10 h à 12 h") and points in time ("il y a deux heures").
/// A duration with no qualifying word is "exactly".
pub fn find_durations(sentence: &str, offset: usize) -> Vec<DurationMention> {
    let folded = fold_as(sentence, Folding::Dates);
    let text = folded.text.as_str();
    let mut lengths = lengths(text);
    lengths.sort_by_key(|l| (Reverse(l.range.len()), l.range.start));
    let mut kept: Vec<Length> = Vec::new();
    for length in lengths {
        let r = &length.range;
        if kept
            .iter()
            .all(|k| k.range.end <= r.start || r.end <= k.range.start)
        {
            kept.push(length);
        }
    }
    kept.sort_by_key(|l| l.range.start);

    let t = &*TABLES;
    let mut mentions = Vec::new();
    for length in kept {
        let before_text = &text[..length.range.start];
        let after_text = &text[length.range.end..];
        if starts_range(after_text) || ends_range(before_text) {
            continue;
        }
        let before = qualifier_before(before_text, &t.before);
        let after = qualifier_after(after_text, &t.after);
        if matches!(before, Some((_, Qualifying::Skip)))
            || matches!(after, Some((_, Qualifying::Skip)))
        {
            continue;
        }
        let word = |q: Option<(usize, Qualifying)>| match q {
            Some((_, Qualifying::Qualifier(q))) => Some(q),
            _ => None,
        };
        // A word that bounds the length ("plus de") says more than an approximate number,
        // which says more than a plain "de" or "pendant".
        let qualifier = word(before)
            .filter(|q| *q != Qualifier::Exactly)
            .or(word(after))
            .or(length.approximate)
            .unwrap_or(Qualifier::Exactly);
        let start = before.map_or(length.range.start, |(start, _)| start);
        let end = after.map_or(length.range.end, |(len, _)| length.range.end + len);
        let Some(iso) = iso(length.minutes, length.days) else {
            continue;
        };
        let range = folded.original(start..end);
        mentions.push(DurationMention {
            range: range.start + offset..range.end + offset,
            iso,
            qualifier,
        });
    }
    mentions
}

/// Every number-and-unit in the folded text, overlapping ones included.
fn lengths(text: &str) -> Vec<Length> {
    let p = &*PATTERNS;
    let mut out = Vec::new();
    for c in p.general.captures_iter(text) {
        let (Some((value, approximate)), Some(unit)) = (value(&c), unit(&c)) else {
            continue;
        };
        let Unit::Length { minutes: per, days } = unit else {
            continue;
        };
        let range = whole(&c);
        let mut length = Length {
            range,
            minutes: value * per,
            days,
            approximate,
        };
        extend(&mut length, per, text);
        out.push(length);
    }
    // "14h30" needs digits (`\d` is any decimal digit), which most sentences lack.
    let digits = text.chars().any(char::is_numeric);
    for c in digits
        .then(|| p.compact.captures_iter(text))
        .into_iter()
        .flatten()
    {
        let (Some(h), Some(m)) = (number(&c, "h"), number(&c, "m")) else {
            continue;
        };
        if m < 60.0 {
            let range = whole(&c);
            out.push(Length {
                range,
                minutes: h * 60.0 + m,
                days: false,
                approximate: None,
            });
        }
    }
    out
}

/// Adds what follows a number-and-unit: a fraction ("et demie"), a smaller unit ("et
/// quarante minutes"), or bare minutes after hours ("4 h 30", "une heure quarante-cinq").
fn extend(length: &mut Length, per: f64, text: &str) {
    let p = &*PATTERNS;
    let rest = &text[length.range.end..];
    if let Some(m) = p.fraction.find(rest) {
        let fraction = TABLES.units.get(&key(m.as_str().trim()));
        if let Some(Unit::Fraction(part)) = fraction {
            length.minutes += part * per;
            length.range.end += m.end();
        }
        return;
    }
    if let Some(c) = tail(rest) {
        if let (Some((value, _)), Some(Unit::Length { minutes, .. })) = (value(&c), unit(&c)) {
            if minutes < per {
                length.minutes += value * minutes;
                length.range.end += whole(&c).end;
            }
        }
        return;
    }
    if per == 60.0 {
        if let Some(minutes) = p
            .bare_minutes
            .captures(rest)
            .filter(|c| number(c, "m").is_some_and(|m| m < 60.0))
        {
            length.minutes += number(&minutes, "m").unwrap_or(0.0);
            length.range.end += whole(&minutes).end;
            return;
        }
        // A whole number of minutes in one word, not an approximate one ("une dizaine"),
        // nor "une" ("deux heures une fois par mois"). The next word is looked up in the
        // table rather than matched by a regex of every number word, which would cost more
        // to build than all the sentences it reads.
        let word = rest.trim_start();
        let end = word
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(word.len());
        if end > 0 {
            if let Some(&(m, None)) = TABLES.numbers.get(&key(&word[..end])) {
                if (2.0..60.0).contains(&m) && m.fract() == 0.0 {
                    length.minutes += m;
                    length.range.end += rest.len() - word.len() + end;
                }
            }
        }
    }
}

/// A number and a unit that starts right at `at` of `text`: the match of `general` anchored
/// there, as a pattern that began with `^…` would find it (the leftmost match, if it starts
/// at `at`, is the one preferred there).
fn general_at(text: &str, at: usize) -> Option<Captures<'_>> {
    PATTERNS
        .general
        .captures_at(text, at)
        .filter(|c| c.get(0).is_some_and(|m| m.start() == at))
}

/// A smaller unit at the start of `rest`, after spaces and an optional "et".
fn tail(rest: &str) -> Option<Captures<'_>> {
    let lead = PATTERNS.tail_lead.captures(rest)?;
    let with_et = lead.get(0).map_or(0, |m| m.end());
    let spaces = lead.get(1).map_or(0, |m| m.end());
    general_at(rest, with_et).or_else(|| (spaces < with_et).then(|| general_at(rest, spaces))?)
}

/// Whether a number and a unit start `after` past a word that opens a range's end ("à").
fn starts_range(after: &str) -> bool {
    PATTERNS
        .range_after
        .find(after)
        .is_some_and(|lead| general_at(after, lead.end()).is_some())
}

/// Whether `before` ends with a number and a unit and a word that ends a range's start
/// ("entre 10 h et").
fn ends_range(before: &str) -> bool {
    PATTERNS.range_before.find(before).is_some_and(|trail| {
        PATTERNS
            .general
            .find_iter(before)
            .any(|m| m.end() == trail.start())
    })
}

fn whole(c: &Captures) -> Range<usize> {
    c.get(0).map_or(0..0, |m| m.range())
}

fn number(c: &Captures, name: &str) -> Option<f64> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The number of a match, in digits ("1,5") or words, with the qualifier of an approximate
/// number word.
fn value(c: &Captures) -> Option<(f64, Option<Qualifier>)> {
    let text = c.name("num")?.as_str();
    if text.starts_with(|ch: char| ch.is_ascii_digit()) {
        let value: f64 = text.replace(',', ".").parse().ok()?;
        return Some((value, None));
    }
    TABLES.numbers.get(&key(text)).copied()
}

fn unit(c: &Captures) -> Option<Unit> {
    TABLES.units.get(&key(c.name("unit")?.as_str())).copied()
}

/// The longest qualifying form that ends right before the number, with where it starts.
fn qualifier_before(text: &str, words: &QualifierWords) -> Option<(usize, Qualifying)> {
    let trimmed = text.trim_end();
    words.forms.iter().find_map(|(form, qualifying)| {
        let start = trimmed.strip_suffix(form.as_str())?.len();
        let boundary = !trimmed[..start].ends_with(char::is_alphanumeric);
        boundary.then_some((start, *qualifying))
    })
}

/// The longest qualifying form right after the unit, with the length it adds to the range.
fn qualifier_after(text: &str, words: &QualifierWords) -> Option<(usize, Qualifying)> {
    let trimmed = text.trim_start();
    let skipped = text.len() - trimmed.len();
    if skipped == 0 {
        return None;
    }
    words.forms.iter().find_map(|(form, qualifying)| {
        let rest = trimmed.strip_prefix(form.as_str())?;
        let boundary = !rest.starts_with(char::is_alphanumeric);
        boundary.then_some((skipped + form.len(), *qualifying))
    })
}

/// The xsd:duration of a length in minutes: "PT4H30M", "P2D", "P1DT12H". None for zero or for
/// a number too large to be a duration of this kind.
fn iso(minutes: f64, days: bool) -> Option<String> {
    let minutes = minutes.round();
    if !(1.0..=1.0e9).contains(&minutes) {
        return None;
    }
    // In range and rounded: the cast is exact.
    let minutes = minutes as u64;
    let (d, rest) = if days {
        (minutes / 1440, minutes % 1440)
    } else {
        (0, minutes)
    };
    let (h, m) = (rest / 60, rest % 60);
    let mut out = String::from("P");
    if d > 0 {
        out.push_str(&format!("{d}D"));
    }
    if h > 0 || m > 0 {
        out.push('T');
        if h > 0 {
            out.push_str(&format!("{h}H"));
        }
        if m > 0 {
            out.push_str(&format!("{m}M"));
        }
    }
    Some(out)
}
