//! Sentence splitting for French news text.
//!
//! A sentence ends at `.`, `!`, `?` or `…` followed by a space and a capital, a digit or an
//! opening quote, except after an abbreviation or an initial ("M. Witkoff", "Y. Ouchakov"),
//! and never inside a quotation, so that a quote stays with the speech verb after it.

use std::ops::Range;

/// Abbreviations that end with a period inside a sentence (compared without the period).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Sts", "J.-C",
    "av", "apr", "env", "etc", "cf", "p", "pp", "vol", "n", "no", "art", "al", "Jr", "Sr", "Inc",
    "Cie", "Co", "Corp", "Ltd", "gén", "Gén", "col", "Col", "lt", "Lt", "sgt", "cap", "min", "h",
    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "vs", "Mr", "Mrs", "Ms", "Prof",
    "U.S", "U.E", "ex", "éd",
];

/// Quotations longer than this are assumed to be unbalanced (a stray opening quote), so
/// that one missing closing mark cannot glue a whole paragraph into one sentence.
const MAX_QUOTE_CHARS: usize = 600;

/// Splits one paragraph into sentence byte ranges, trimmed of surrounding spaces. The time
/// stamp that opens a dispatch of a live page ("18h32 | Le président…") belongs to no
/// sentence: it is when the dispatch was posted, not what it tells.
pub(super) fn split(paragraph: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = stamp_end(paragraph);
    let mut quote_depth = 0usize;
    let mut quote_open_at = 0usize;
    let mut straight_open = false;
    // Read char by char, `k` counting them; what comes after a mark is read from the text.
    // Runs of ASCII that hold no mark and no quote change nothing, and are stepped over whole
    // (most of a paragraph: a char at a time cost more than the rest of the splitting).
    let bytes = paragraph.as_bytes();
    let (mut from, mut chars) = (0, 0);
    while from < bytes.len() {
        let run = bytes[from..]
            .iter()
            .position(|&b| !b.is_ascii() || matches!(b, b'.' | b'!' | b'?' | b'"'))
            .unwrap_or(bytes.len() - from);
        let (i, k) = (from + run, chars + run);
        let Some(c) = paragraph[i..].chars().next() else {
            break;
        };
        (from, chars) = (i + c.len_utf8(), k + 1);
        match c {
            '«' | '“' => {
                if quote_depth == 0 {
                    quote_open_at = k;
                }
                quote_depth += 1;
            }
            '»' | '”' => quote_depth = quote_depth.saturating_sub(1),
            '"' => {
                straight_open = !straight_open;
                if straight_open && quote_depth == 0 {
                    quote_open_at = k;
                }
            }
            _ => {}
        }
        let in_quote = (quote_depth > 0 || straight_open) && k - quote_open_at < MAX_QUOTE_CHARS;
        // Marks already swallowed by the previous sentence end ("?!", "..") start nothing.
        if in_quote || i < start || !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Look past closing quotes and brackets for the space and the next sentence's start.
        let after_mark = i + c.len_utf8();
        let Some(j) = paragraph[after_mark..]
            .find(|d| !matches!(d, '.' | '!' | '?' | '…' | ')' | '»' | '"' | '”'))
            .map(|n| after_mark + n)
        else {
            continue;
        };
        if c == '.' && run_together(paragraph, i, j) && !is_abbreviation(&paragraph[start..i]) {
            // "à Pékin.Selon": a page that lost the space after its periods.
            let end = j;
            push_trimmed(paragraph, start..end, &mut sentences);
            start = end;
            quote_depth = 0;
            straight_open = false;
            continue;
        }
        if !paragraph[j..].starts_with(' ') {
            continue;
        }
        let next = paragraph[j + 1..].chars().next();
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '«' | '"' | '“' | '(' | '-' | '–' | '—')
        });
        if !starts_sentence || (c == '.' && is_abbreviation(&paragraph[start..i])) {
            continue;
        }
        let end = j;
        push_trimmed(paragraph, start..end, &mut sentences);
        start = end;
        quote_depth = 0;
        straight_open = false;
    }
    push_trimmed(paragraph, start..paragraph.len(), &mut sentences);
    sentences
}

/// Whether the period at byte `dot` ends a sentence that the next one, at byte `next`, follows
/// without a space: a word of two lower-case letters or more (or a closing quote) before it, a
/// capitalised word of lower-case letters after it, and no address around it ("www.Site.com"
/// is not two sentences).
fn run_together(paragraph: &str, dot: usize, next: usize) -> bool {
    // Most periods are followed by a space: nothing runs together.
    if paragraph[next..].starts_with(char::is_whitespace) {
        return false;
    }
    let before: Vec<char> = paragraph[..dot]
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let after: Vec<char> = paragraph[next..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    // A word of two letters or more ends the sentence: lower case ("Pékin.Selon"), an acronym
    // ("l'agence SUNA.Selon") or a year ("depuis 2000.Selon"); a lone capital is an initial.
    let word: Vec<char> = before
        .iter()
        .copied()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let acronym = word.len() >= 2
        && word.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && word.iter().any(|c| c.is_uppercase());
    let year = word.len() == 4 && word.iter().all(char::is_ascii_digit);
    let lower_end = (before.len() >= 2 && before.iter().take(2).all(|c| c.is_lowercase()))
        || acronym
        || year
        || before
            .first()
            .is_some_and(|c| matches!(c, '»' | '"' | '”' | ')'));
    // A slash alone joins acronyms ("AFC/M23.Elle"); with a dot or a colon it is an address.
    let address = |w: &[char]| w.iter().any(|c| matches!(c, '@' | '.' | ':' | '_'));
    // "Planalto.L'appel": an elided article opens the next sentence.
    let word_after = after.get(1).is_some_and(|c| c.is_lowercase())
        || (after.get(1).is_some_and(|&c| c == '\'' || c == '\u{2019}')
            && after.get(2).is_some_and(|c| c.is_lowercase()));
    lower_end
        && after.len() >= 2
        && after[0].is_uppercase()
        && word_after
        && !address(&before)
        && !address(after_word(&after))
}

/// Where the time stamp of a live page's dispatch ends, with the mark that follows it ("18h32
/// | ", "9:05 – ", "14 h 10 - "), or 0 when the paragraph opens with none. A stamp is a time of
/// day (hours up to 23, two digits of minutes) and a separator: "18h32 Le président" without
/// one may be a sentence that opens with a time, and is left whole.
fn stamp_end(paragraph: &str) -> usize {
    let b = paragraph.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let spaces = |from: usize| b[from..].iter().take_while(|&&c| c == b' ').count();
    let mut i = spaces(0);
    let hours = digits(i);
    if hours == 0
        || hours > 2
        || paragraph[i..i + hours]
            .parse::<u32>()
            .map_or(true, |h| h > 23)
    {
        return 0;
    }
    i += hours;
    i += spaces(i);
    if !matches!(b.get(i), Some(b'h' | b'H' | b':')) {
        return 0;
    }
    i += 1;
    i += spaces(i);
    if digits(i) != 2 || paragraph[i..i + 2].parse::<u32>().map_or(true, |m| m > 59) {
        return 0;
    }
    i += 2;
    let gap = spaces(i);
    i += gap;
    let rest = &paragraph[i..];
    let Some(mark) = ['|', '–', '—', '-', '•', '>']
        .into_iter()
        .find(|&m| rest.starts_with(m))
    else {
        return 0;
    };
    // A hyphen joined to the minutes is a range ("18h30-19h"), not a separator.
    if mark == '-' && gap == 0 {
        return 0;
    }
    let after = i + mark.len_utf8();
    match paragraph[after..].starts_with(' ') {
        true => after + 1,
        false => 0,
    }
}

/// A word without the final marks of its sentence ("Voilà." → "Voilà").
fn after_word(after: &[char]) -> &[char] {
    let end = after
        .iter()
        .rposition(|c| !matches!(c, '.' | '!' | '?' | '…' | ',' | ';'))
        .map_or(0, |p| p + 1);
    &after[..end]
}

/// Whether a word is one of the abbreviations whose period ends no sentence ("M", "Jr"), or
/// initials run together ("J.D" of "J.D. Vance").
pub fn is_abbreviation_word(word: &str) -> bool {
    // Every abbreviation is short: most words are told by their length alone.
    if word.len() > 6 {
        return false;
    }
    let initials = word.contains('.')
        && word.split('.').all(|part| {
            let mut letters = part.chars();
            letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
        });
    initials || ABBREVIATIONS.contains(&word)
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '\'')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    // "J.-C" and "Y.-M" style compound initials.
    let compound_initial = word.len() <= 5 && word.contains(".-");
    initial || compound_initial || is_abbreviation_word(word)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_final_punctuation() {
        assert_eq!(
            check("Il est arrivé. Elle est partie ! Et lui ?"),
            vec!["Il est arrivé.", "Elle est partie !", "Et lui ?"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            check("M. Witkoff a vu Y. Ouchakov et Mme Leavitt, ce qui date de 300 av. J.-C. en Gaule. Puis il est parti."),
            vec!["M. Witkoff a vu Y. Ouchakov et Mme Leavitt, ce qui date de 300 av. J.-C. en Gaule.", "Puis il est parti."]
        );
    }

    #[test]
    fn keeps_quotations_with_their_speaker() {
        assert_eq!(
            check("« Nous avons parlé. Tout va bien », a déclaré le ministre. Fin."),
            vec![
                "« Nous avons parlé. Tout va bien », a déclaré le ministre.",
                "Fin."
            ]
        );
    }

    #[test]
    fn repeated_final_marks_end_one_sentence() {
        assert_eq!(
            check("Il a dit « oui ».. Puis il est parti ?! Fin."),
            vec!["Il a dit « oui »..", "Puis il est parti ?!", "Fin."]
        );
    }

    #[test]
    fn splits_sentences_run_together() {
        assert_eq!(
            check("Ils se sont vus à Pékin.Selon Xinhua, tout va bien.Le reste suit."),
            [
                "Ils se sont vus à Pékin.",
                "Selon Xinhua, tout va bien.",
                "Le reste suit."
            ]
        );
        assert_eq!(
            check("Il a parlé de « paix ».Les autres non."),
            ["Il a parlé de « paix ».", "Les autres non."]
        );
        assert_eq!(
            check("Selon l'agence ANP.Elle a vu le M23/AFC.Puis rien depuis 1990.Voilà."),
            [
                "Selon l'agence ANP.",
                "Elle a vu le M23/AFC.",
                "Puis rien depuis 1990.",
                "Voilà."
            ]
        );
        // Initials, abbreviations and addresses stay whole.
        for whole in [
            "Jamieson L.Greer a parlé.",
            "Voir www.lemonde.Fr pour tout.",
            "Le site exemple.org/Page dit non.",
            "Le groupe Martin et Cie.Durand a signé.",
        ] {
            assert_eq!(check(whole), [whole]);
        }
    }

    #[test]
    fn a_live_page_stamp_is_no_part_of_its_dispatch() {
        assert_eq!(
            check("18h32 | Le ministre a parlé. Il est parti."),
            ["Le ministre a parlé.", "Il est parti."]
        );
        assert_eq!(check("9:05 – Le vote a eu lieu."), ["Le vote a eu lieu."]);
        assert_eq!(
            check("14 h 10 - Le sommet s'ouvre."),
            ["Le sommet s'ouvre."]
        );
        // A time that opens a sentence, or a range, is part of it.
        for whole in [
            "18h30 Le président parle.",
            "18h30-19h : réunion du conseil.",
            "25h10 | rien.",
        ] {
            assert_eq!(check(whole), [whole]);
        }
    }

    #[test]
    fn initials_run_together_end_no_sentence() {
        assert_eq!(
            check("Le vice-président J.D. Vance a parlé. Il est parti."),
            ["Le vice-président J.D. Vance a parlé.", "Il est parti."]
        );
    }

    #[test]
    fn an_elided_article_opens_a_sentence_run_together() {
        assert_eq!(
            check("Il a appelé le Planalto.L'appel a duré une heure."),
            ["Il a appelé le Planalto.", "L'appel a duré une heure."]
        );
    }

    #[test]
    fn does_not_split_before_lower_case() {
        assert_eq!(
            check("Le 13 mars. à Moscou il pleuvait."),
            vec!["Le 13 mars. à Moscou il pleuvait."]
        );
    }
}
