//! Human labels for drawn nodes, and the periods the date selection compares.
//!
//! Pure functions over [`Facts`]: "Rencontre · 2025-04-25 · Moscou · 3 h", a claim's first
//! words, the name most articles use.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use super::model::Facts;

/// A claim label keeps this many words at most…
const CLAIM_WORDS: usize = 8;
/// …and this many characters.
const CLAIM_CHARS: usize = 60;

/// A stretch of days, both ends included: one day, a month, a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// Reads an `xsd:date`, `xsd:dateTime`, `xsd:gYearMonth` or `xsd:gYear` lexical form.
    pub fn parse(lexical: &str) -> Option<Period> {
        let day = lexical
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if let Some(day) = day {
            return Some(Period {
                start: day,
                end: day,
            });
        }
        let mut parts = lexical.splitn(3, '-');
        let year: i32 = parts.next()?.get(..4)?.parse().ok()?;
        match parts
            .next()
            .and_then(|m| m.get(..2))
            .and_then(|m| m.parse::<u32>().ok())
        {
            Some(month) => {
                let start = NaiveDate::from_ymd_opt(year, month, 1)?;
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                Some(Period {
                    start,
                    end: next.pred_opt()?,
                })
            }
            None => Some(Period {
                start: NaiveDate::from_ymd_opt(year, 1, 1)?,
                end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            }),
        }
    }

    pub fn overlaps(&self, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
        from.is_none_or(|from| self.end >= from) && to.is_none_or(|to| self.start <= to)
    }

    fn days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    /// The period as the store writes it: a day, a month or a year.
    pub fn lexical(&self) -> String {
        if self.start == self.end {
            self.start.format("%Y-%m-%d").to_string()
        } else if self.start.month() == self.end.month() && self.start.year() == self.end.year() {
            self.start.format("%Y-%m").to_string()
        } else if self.start.year() == self.end.year() && self.days() >= 364 {
            self.start.format("%Y").to_string()
        } else {
            format!(
                "{}/{}",
                self.start.format("%Y-%m-%d"),
                self.end.format("%Y-%m-%d")
            )
        }
    }
}

/// The most precise of several dates (the earliest among equals).
pub fn most_precise(dates: &BTreeSet<String>) -> Option<Period> {
    dates
        .iter()
        .filter_map(|d| Period::parse(d))
        .min_by_key(|p| (p.days(), p.start))
}

/// The period covering several dates.
pub fn span<'a>(dates: impl Iterator<Item = &'a String>) -> Option<Period> {
    dates
        .filter_map(|d| Period::parse(d))
        .reduce(|a, b| Period {
            start: a.start.min(b.start),
            end: a.end.max(b.end),
        })
}

/// The name most articles use: French first, then untagged, then English; among those the
/// most frequent, then the longest, then the first in alphabetical order.
pub fn best_label(labels: &[(String, String, usize)]) -> Option<String> {
    let mut counts: HashMap<(u8, &str), usize> = HashMap::new();
    for (value, lang, count) in labels {
        let rank = match lang.as_str() {
            "fr" => 0,
            "" => 1,
            "en" => 2,
            _ => 3,
        };
        *counts.entry((rank, value.as_str())).or_default() += count;
    }
    counts
        .into_iter()
        .min_by(|((ra, va), ca), ((rb, vb), cb)| {
            ra.cmp(rb)
                .then_with(|| cb.cmp(ca))
                .then_with(|| vb.chars().count().cmp(&va.chars().count()))
                .then_with(|| va.cmp(vb))
        })
        .map(|((_, value), _)| value.to_owned())
}

/// The last segment of an IRI, for nodes without a label.
pub fn local_name(iri: &str) -> String {
    let local = iri
        .trim_end_matches(['/', '#'])
        .rsplit(['/', '#'])
        .next()
        .unwrap_or(iri);
    if local.is_empty() { iri } else { local }.to_owned()
}

/// A name with the title most articles give, on a second line.
pub fn with_titles(name: &str, titles: &[String]) -> String {
    match titles.first() {
        Some(title) => format!("{name}\n{title}"),
        None => name.to_owned(),
    }
}

/// "Rencontre · 2025-04-25 · Moscou · 3 h"; "Appel prévu · 2025-05" for a planned call.
pub fn event(call: bool, facts: &Facts, places: &BTreeSet<String>) -> String {
    let planned = facts.planned && !facts.occurred;
    let kind = match (call, planned) {
        (false, false) => "Rencontre",
        (false, true) => "Rencontre prévue",
        (true, false) => "Appel",
        (true, true) => "Appel prévu",
    };
    let mut parts = vec![kind.to_owned()];
    parts.extend(most_precise(&facts.dates).map(|p| p.lexical()));
    if !places.is_empty() {
        parts.push(places.iter().cloned().collect::<Vec<_>>().join(" / "));
    }
    if let Some(duration) = facts.durations.iter().find_map(|d| duration(d)) {
        let sign = match facts.qualifiers.iter().next().map(String::as_str) {
            Some("atLeast") => "≥ ",
            Some("atMost") => "≤ ",
            Some("about") => "≈ ",
            _ => "",
        };
        parts.push(format!("{sign}{duration}"));
    }
    parts.join(" · ")
}

/// An `xsd:duration` as people write it: "3 h", "1 h 30", "45 min", "2 j".
pub fn duration(lexical: &str) -> Option<String> {
    let rest = lexical.strip_prefix('P')?;
    let (days, time) = match rest.split_once('T') {
        Some((days, time)) => (days, time),
        None => (rest, ""),
    };
    let number = |text: &str, unit: char| -> Option<u64> {
        let end = text.find(unit)?;
        let start = text[..end]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        text[start..end].parse().ok()
    };
    let (d, h, m) = (number(days, 'D'), number(time, 'H'), number(time, 'M'));
    let text = match (d, h, m) {
        (Some(d), None, None) => format!("{d} j"),
        (None, Some(h), None) => format!("{h} h"),
        (None, Some(h), Some(m)) => format!("{h} h {m:02}"),
        (None, None, Some(m)) => format!("{m} min"),
        _ => return None,
    };
    Some(text)
}

/// A claim's first words, in guillemets when it is a quotation.
pub fn claim(facts: &Facts) -> String {
    let text = facts.texts.iter().next().map_or("", String::as_str);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut cut = words
        .iter()
        .take(CLAIM_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut shortened = words.len() > CLAIM_WORDS;
    if cut.chars().count() > CLAIM_CHARS {
        cut = cut
            .chars()
            .take(CLAIM_CHARS)
            .collect::<String>()
            .trim_end()
            .to_owned();
        shortened = true;
    }
    if shortened {
        cut.push('…');
    }
    if facts.quoted {
        format!("« {cut} »")
    } else {
        cut
    }
}

/// An article's title (or file name) and publication date.
pub fn article(facts: &Facts, iri: &oxigraph::model::NamedNode) -> String {
    let name = facts
        .titles
        .iter()
        .chain(&facts.source_names)
        .next()
        .cloned()
        .unwrap_or_else(|| local_name(iri.as_str()));
    match span(facts.published.iter()) {
        Some(period) => format!("{name}\n{}", period.lexical()),
        None => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(f: impl FnOnce(&mut Facts)) -> Facts {
        let mut facts = Facts::default();
        f(&mut facts);
        facts
    }

    #[test]
    fn periods() {
        let p = |s| Period::parse(s).map(|p| (p.start.to_string(), p.end.to_string()));
        assert_eq!(
            p("2025-04-25"),
            Some(("2025-04-25".into(), "2025-04-25".into()))
        );
        assert_eq!(
            p("2025-04-25T10:00:00Z"),
            Some(("2025-04-25".into(), "2025-04-25".into()))
        );
        assert_eq!(
            p("2024-02"),
            Some(("2024-02-01".into(), "2024-02-29".into()))
        );
        assert_eq!(
            p("2025-12"),
            Some(("2025-12-01".into(), "2025-12-31".into()))
        );
        assert_eq!(p("2025"), Some(("2025-01-01".into(), "2025-12-31".into())));
        assert_eq!(p("soon"), None);
        assert_eq!(
            Period::parse("2025-12").map(|p| p.lexical()),
            Some("2025-12".into())
        );
        assert_eq!(
            Period::parse("2025").map(|p| p.lexical()),
            Some("2025".into())
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration("PT3H").as_deref(), Some("3 h"));
        assert_eq!(duration("PT1H30M").as_deref(), Some("1 h 30"));
        assert_eq!(duration("PT45M").as_deref(), Some("45 min"));
        assert_eq!(duration("P2D").as_deref(), Some("2 j"));
        assert_eq!(duration("3 hours"), None);
    }

    #[test]
    fn event_labels() {
        let held = facts(|f| {
            f.dates.insert("2025-04".into());
            f.dates.insert("2025-04-25".into());
            f.durations.insert("PT3H".into());
            f.qualifiers.insert("atLeast".into());
            f.occurred = true;
            f.planned = true;
        });
        let places = BTreeSet::from(["Moscou".to_owned()]);
        assert_eq!(
            event(false, &held, &places),
            "Rencontre · 2025-04-25 · Moscou · ≥ 3 h"
        );
        let planned = facts(|f| f.planned = true);
        assert_eq!(event(true, &planned, &BTreeSet::new()), "Appel prévu");
    }

    #[test]
    fn claim_labels_keep_the_first_words() {
        let quote = facts(|f| {
            f.quoted = true;
            f.texts.insert(
                "Nous avons eu une conversation très utile et constructive sur tout".into(),
            );
        });
        assert_eq!(
            claim(&quote),
            "« Nous avons eu une conversation très utile et… »"
        );
        let short = facts(|f| {
            f.texts.insert("la rencontre aura lieu".into());
        });
        assert_eq!(claim(&short), "la rencontre aura lieu");
    }

    #[test]
    fn the_label_most_articles_use_wins() {
        let labels = vec![
            ("Vladimir Putin".to_owned(), "en".to_owned(), 1),
            ("Poutine".to_owned(), "fr".to_owned(), 1),
            ("Vladimir Poutine".to_owned(), "fr".to_owned(), 2),
        ];
        assert_eq!(best_label(&labels).as_deref(), Some("Vladimir Poutine"));
        assert_eq!(local_name("http://x/person/ab-cd"), "ab-cd");
        assert_eq!(local_name("http://x/ns#Thing"), "Thing");
    }
}
