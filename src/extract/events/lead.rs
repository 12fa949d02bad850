//! Where and when the parts of an article are told from: the dateline of a dispatch
//! ("BERLIN, 9 avril 2025 — …", "GENÈVE, 11 mai (Reuters) - …") and, on a live page or a
//! news wire ("le fil"), the header of each entry ("27/10 – 10h25 | KUALA LUMPUR",
//! "14/08/2025 – 07h52" then "ALASKA. Le sommet …"). An entry is a dispatch of its own: its
//! header's day anchors its relative dates and dates what it reports as done without a day,
//! and its header's place is its dateline.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::Context;
use crate::reference::EntityClass;
use crate::text::{fold_text, Document};

/// The header of an entry of a live page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Entry {
    /// The header's paragraph: what tells one entry from the next.
    pub paragraph: usize,
    pub day: Option<NaiveDate>,
    /// The entry's place, an entity index.
    pub place: Option<usize>,
}

/// What a paragraph is to the entries of a live page.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Part {
    /// The paragraph is an entry's header and nothing else ("17h40 – ASIE CENTRALE"); a
    /// header that opens its entry's text ("18h05 – VATICAN. Le roi …") is not.
    pub header: bool,
    /// The entry the paragraph belongs to.
    pub entry: Option<Entry>,
}

/// The place of a dateline: a place name that opens one of the first paragraphs, followed by
/// a comma, a parenthesis or a dash, with a dash soon after. It is where the story is told
/// from, the place of an event the article reports as held without placing it.
pub(super) fn dateline(document: &Document, context: &Context<'_>) -> Option<usize> {
    document
        .paragraphs
        .iter()
        .take(4)
        .find_map(|p| lead_place(document, context, p, false))
}

/// The entries of a live page, paragraph by paragraph: none unless the page has two entry
/// headers or more (a single date and time is a publication line).
pub(super) fn entries(document: &Document, context: &Context<'_>) -> Vec<Part> {
    let mut parts = vec![Part::default(); document.paragraphs.len()];
    let headers: Vec<(usize, Header)> = document
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| header(&document.body[p.clone()], context.anchor).map(|h| (i, h)))
        .collect();
    if headers.len() < 2 {
        return parts;
    }
    let mut current = None;
    for (i, p) in document.paragraphs.iter().enumerate() {
        if let Some(&(_, found)) = headers.iter().find(|(h, _)| *h == i) {
            let text = &document.body[p.clone()];
            let lead = p.start + (text.len() - text.trim_start().len());
            let place = match found.text {
                // "18h05 – VATICAN. Le roi …": the place is the label the text opens with.
                Some(offset) => lead_place(document, context, &(lead + offset..p.end), true),
                None => first_place(context, p).or_else(|| {
                    document
                        .paragraphs
                        .get(i + 1)
                        .and_then(|next| lead_place(document, context, next, true))
                }),
            };
            current = Some(Entry {
                paragraph: i,
                day: found.day,
                place,
            });
            parts[i].header = found.text.is_none();
            if found.text.is_none() {
                continue;
            }
        }
        parts[i].entry = current;
    }
    parts
}

/// An entry header read from the start of a paragraph.
#[derive(Debug, Clone, Copy)]
struct Header {
    /// The header's day, `None` when it gives no day ("17h40 – …") or its year cannot be told.
    day: Option<NaiveDate>,
    /// Where the entry's text starts in the trimmed paragraph, when the header opens it
    /// ("18h05 – VATICAN. Le roi …") rather than standing alone.
    text: Option<usize>,
}

/// The longest time header that stands alone as a paragraph ("16h05 – LIGUE ARABE"): past it, or with a sentence in it, the line is an
/// entry's header and its text.
const HEADER_LINE_MAX: usize = 80;

/// An entry header: a day and a time ([`header_day`]), or a time alone and a separator
/// ("17h40 – ASIE CENTRALE", "18h52 — MADAGASCAR. Le colonel …"), the form of a page of one
/// day's wire.
fn header(line: &str, anchor: Option<NaiveDate>) -> Option<Header> {
    let trimmed = line.trim();
    if let Some(day) = header_day(trimmed, anchor) {
        return Some(Header { day, text: None });
    }
    let rest = after_time(trimmed)?;
    let short = trimmed.len() <= HEADER_LINE_MAX && !rest.contains(". ");
    Some(Header {
        day: None,
        text: (!short).then_some(trimmed.len() - rest.len()),
    })
}

/// The rest of a line that opens with a time and a separator ("17h40 – ", "09:15 | "), its
/// label or text; `None` if it does not.
fn after_time(line: &str) -> Option<&str> {
    let hours: usize = line.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&hours) {
        return None;
    }
    let rest = line[hours..].strip_prefix(['h', 'H', ':'])?;
    let minutes: usize = rest.chars().take_while(char::is_ascii_digit).count();
    if minutes != 2 {
        return None;
    }
    let rest = rest[minutes..]
        .trim_start()
        .strip_prefix(['–', '—', '-', '·', '|'])?
        .trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// The day of an entry header: a line that opens with a day and a month ("27/10",
/// "05/09/2025"), then a separator and a time ("– 10h25", "· 08h40"), and may end with a
/// place. `Some(None)` when it is a header but its year cannot be told.
fn header_day(line: &str, anchor: Option<NaiveDate>) -> Option<Option<NaiveDate>> {
    let line = line.trim();
    if line.len() > 160 || !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut rest = line;
    let number = |rest: &mut &str, max: usize| -> Option<u32> {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > max {
            return None;
        }
        *rest = &rest[digits.len()..];
        digits.parse().ok()
    };
    let day = number(&mut rest, 2)?;
    rest = rest.strip_prefix('/')?;
    let month = number(&mut rest, 2)?;
    let year = match rest.strip_prefix('/') {
        Some(after) => {
            rest = after;
            Some(number(&mut rest, 4)?)
        }
        None => None,
    };
    let after_separator = rest
        .trim_start()
        .strip_prefix(['–', '—', '-', '·', '|', ','])?
        .trim_start();
    let mut time = after_separator;
    number(&mut time, 2)?;
    time = time.strip_prefix(['h', 'H', ':'])?;
    number(&mut time, 2)?;
    let year = match (year, anchor) {
        (Some(y), _) if y < 100 => Some(2000 + y as i32),
        (Some(y), _) => Some(y as i32),
        (None, Some(a)) => {
            // A day later than the publication is last year's ("28/12" in a January page).
            let this_year = NaiveDate::from_ymd_opt(a.year(), month, day);
            Some(match this_year {
                Some(d) if d > a + chrono::Duration::days(31) => a.year() - 1,
                _ => a.year(),
            })
        }
        (None, None) => None,
    };
    Some(year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)))
}

/// The first place named in a paragraph.
fn first_place(context: &Context<'_>, p: &Range<usize>) -> Option<usize> {
    let i = context
        .mentions
        .partition_point(|m| m.range.start < p.start);
    context.mentions[i..]
        .iter()
        .take_while(|m| m.range.end <= p.end)
        .find(|m| context.entities[m.entity].class == EntityClass::Place)
        .map(|m| m.entity)
}

/// A place that opens a paragraph as a dateline does: a place name followed by a comma, a
/// parenthesis or a dash (or, after an entry header, a full stop or a colon: "ALASKA. Le
/// sommet …", "Téhéran : Grossi reçu par Pezeshkian"). A
/// name in capitals the names pass did not read ("GENÈVE, 11 mai") is the place the article
/// names the same way elsewhere.
fn lead_place(
    document: &Document,
    context: &Context<'_>,
    p: &Range<usize>,
    entry: bool,
) -> Option<usize> {
    let text = &document.body[p.clone()];
    let start = p.start + (text.len() - text.trim_start().len());
    let i = context.mentions.partition_point(|m| m.range.start < start);
    let (entity, end) = match context.mentions.get(i).filter(|m| m.range.start == start) {
        Some(m) => (m.entity, m.range.end),
        None => {
            let caps: usize = document.body[start..p.end]
                .char_indices()
                .take_while(|&(_, c)| c.is_uppercase() || c == ' ' || c == '-' || c == '\'')
                .map(|(i, c)| i + c.len_utf8())
                .last()?;
            let written = document.body[start..start + caps].trim_end();
            if written.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                return None;
            }
            let folded = fold_text(written);
            let same = context.mentions.iter().find(|m| {
                context.entities[m.entity].class == EntityClass::Place
                    && fold_text(&document.body[m.range.clone()]) == folded
            })?;
            (same.entity, start + written.len())
        }
    };
    if context.entities[entity].class != EntityClass::Place {
        return None;
    }
    let rest = document.body.get(end..p.end)?;
    // "ALASKA. Le sommet …", "Téhéran : Grossi reçu par Pezeshkian".
    if entry && (rest.starts_with(". ") || rest.starts_with(" :") || rest.starts_with(": ")) {
        return Some(entity);
    }
    let dashes = ["—", "–", " - ", "--"];
    let opens = rest.starts_with(',')
        || rest.starts_with(" (")
        || [" —", " –"].iter().any(|d| rest.starts_with(d));
    let head: String = rest.chars().take(48).collect();
    let dash = dashes.iter().any(|d| head.contains(d));
    (opens && dash).then_some(entity)
}
