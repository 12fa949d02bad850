//! Lines that syndicated and scraped news adds around an article and that are not its text.
//!
//! The phrase tables are data: extend them without touching the rules below.

use std::sync::LazyLock;

use regex::Regex;

use super::fold_text;

/// Tag-list headers: the line itself and the comma-only line that often follows are dropped.
const TAG_HEADERS: &[&str] = &[
    "etiquettes",
    "tags",
    "mots cles",
    "mots-cles",
    "sujets",
    "themes",
    "schlagworte",
    "tagi",
];

/// "Go to the original material" links left by aggregators, in the languages they use.
const ORIGINAL_LINKS: &[&str] = &[
    "aller au materiel original",
    "aller a l'article original",
    "voir l'article original",
    "lire l'article original",
    "lire l'article d'origine",
    "go to original material",
    "go to the original article",
    "read the original article",
    "idz do oryginalnego materialu",
    "przejdz do oryginalnego materialu",
    "zum originalartikel",
    "zum original material",
    "zum originalen material",
    "ir al material original",
    "ir al articulo original",
    "vai al materiale originale",
    "vai all'articolo originale",
    "ir para o material original",
    "naar het originele artikel",
    "перейти к оригинальному материалу",
    "перейти к оригиналу",
];

/// Headers of links to other articles ("Lire aussi : …"), dropped with the title they carry:
/// a related headline is not this article's news.
const RELATED_LINKS: &[&str] = &[
    "lire aussi",
    "a lire aussi",
    "lire egalement",
    "a lire egalement",
    "voir aussi",
    "a voir aussi",
    "sur le meme sujet",
    "notre article",
    "read more",
    "read also",
    "see also",
    "related",
    "czytaj takze",
    "czytaj tez",
    "lesen sie auch",
    "mehr zum thema",
    "lea tambien",
    "leer mas",
    "leggi anche",
    "читайте также",
];

/// Notes that an article was written or translated by a machine.
const MACHINE_NOTES: &[&str] = &[
    "intelligence artificielle",
    "artificial intelligence",
    "sztucznej inteligencji",
    "kunstlicher intelligenz",
    "traduit automatiquement",
    "traduction automatique",
    "automatically translated",
];

/// Words that, after a site name and a number, make a line a byline ("upday.com 4 heures").
const TIME_WORDS: &[&str] = &[
    "heure", "heures", "h", "minute", "minutes", "min", "jour", "jours", "hour", "hours", "minute",
    "minutes", "day", "days", "ago", "godzin", "godziny", "godzine", "minut", "temu", "dni",
    "stunden", "stunde", "tagen", "vor", "horas", "hace", "ore", "fa", "il", "y", "a",
];

/// A photo credit: "(Photo by X / AFP via Getty Images)", "(Photo : X/AFP)", "© Reuters".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\((?:photo|image|crédit|credit|illustration|©)[^()]*(?:/|via|©|afp|reuters|getty|ap\b|epa|sputnik|pool|ria)[^()]*\)(?:\s*(?:Getty Images|AFP|Reuters|AP|EPA|Sputnik)\b)?",
    )
    .expect("valid regex")
});

/// A credit line on its own: "Photo : Alexei Druzhinin / Sputnik / AFP", "© AFP".
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\(?(?:photo|crédit photo|credit photo|crédits?|image)\s*:|©)\s*\S.{0,120}$",
    )
    .expect("valid regex")
});

/// A site name: a word with a dot and a top-level domain.
static SITE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$").expect("valid regex"));

/// The most words a line read in its folded form has (a link to a related article and its
/// headline, the longest of them): a longer line is a paragraph of the article.
const SHORT_LINE_WORDS: usize = 30;

/// Removes boilerplate lines and photo credits, counting the lines dropped.
pub(super) fn strip(lines: &[&str], dropped: &mut usize) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut after_tags = false;
    for line in lines {
        if line.is_empty() {
            out.push(String::new());
            continue;
        }
        // What is read in the folded line is short (a header, a note, a link, a byline): a
        // paragraph of more words than any of them is not folded.
        let short = words(line) <= SHORT_LINE_WORDS;
        let folded = if short { fold_text(line) } else { "".into() };
        let folded = folded.trim_end_matches([':', ' ']).trim();
        let header = short && TAG_HEADERS.contains(&folded);
        // A line of commas (an empty tag list) always goes; so does one right after a header.
        let punctuation_only = line.chars().all(|c| !c.is_alphanumeric());
        if header
            || punctuation_only
            || (after_tags && line.chars().filter(|c| *c == ',').count() >= 2)
            || (short
                && (ORIGINAL_LINKS.contains(&folded)
                    || is_machine_note(folded)
                    || is_related_link(folded)
                    || is_byline(folded)))
            || CREDIT_LINE.is_match(line)
        {
            after_tags = header;
            *dropped += 1;
            continue;
        }
        after_tags = false;
        let without_credit = CREDIT.replace_all(line, "");
        let cleaned = without_credit.trim();
        if cleaned.is_empty() {
            *dropped += 1;
            continue;
        }
        // Normalised lines have no double spaces: only a credit taken out leaves one.
        out.push(match cleaned.contains("  ") {
            true => cleaned.replace("  ", " "),
            false => cleaned.to_owned(),
        });
    }
    out
}

/// The number of words of a normalised line, whose only white space is the space (counted
/// byte by byte, without a stop at each word as `split_whitespace` makes).
fn words(line: &str) -> usize {
    let mut words = 0;
    let mut after_space = true;
    for b in line.bytes() {
        let space = b == b' ';
        words += usize::from(after_space && !space);
        after_space = space;
    }
    words
}

fn is_machine_note(folded: &str) -> bool {
    let note = folded.starts_with("note")
        || folded.contains("cet article")
        || folded.contains("this article");
    note && folded.split_whitespace().count() <= 25
        && MACHINE_NOTES.iter().any(|m| folded.contains(m))
}

/// "Lire aussi : À Genève, Lavrov et Rubio se parlent", "LIRE AUSSI", "Voir aussi — …": a
/// header alone, or followed by a colon or dash and a headline.
fn is_related_link(folded: &str) -> bool {
    RELATED_LINKS.iter().any(|header| {
        folded.strip_prefix(header).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with([':', '-', '—', '–', '|', '>', '»'])
        }) && folded.split_whitespace().count() <= SHORT_LINE_WORDS
    })
}

/// "upday.com 4 godzin temu", "site.fr il y a 3 heures", "lemonde.fr 12 h".
fn is_byline(folded: &str) -> bool {
    let mut words = folded.split_whitespace();
    let Some(site) = words.next() else {
        return false;
    };
    site.contains('.')
        && words.clone().count() < 7
        && SITE.is_match(site)
        && words.all(|w| w.chars().all(|c| c.is_ascii_digit()) || TIME_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip_all(text: &str) -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        strip(&lines, &mut 0)
            .into_iter()
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn drops_tag_lists_notes_links_and_bylines() {
        let text = "Étiquettes\n\n, , ,\nLe texte.\nNote : Cet article a été généré à l'aide de l'Intelligence Artificielle (IA).\nZum Originalartikel\nexemple.fr 3 heures\nlesite.pl 5 godzin temu";
        assert_eq!(strip_all(text), vec!["Le texte."]);
    }

    #[test]
    fn drops_links_to_related_articles() {
        let text = "Lire aussi : À Genève, Lavrov et Rubio se parlent\nLe texte.\nÀ LIRE AUSSI\nVoir aussi — Le sommet d'Alaska\nIl faut lire aussi les notes du Kremlin.";
        assert_eq!(
            strip_all(text),
            vec!["Le texte.", "Il faut lire aussi les notes du Kremlin."]
        );
    }

    #[test]
    fn removes_photo_credits_inside_a_line() {
        let text =
            "Le ministre à Genève. (Photo by Fabrice COFFRINI / AFP via Getty Images) Getty Images";
        assert_eq!(strip_all(text), vec!["Le ministre à Genève."]);
    }

    #[test]
    fn keeps_ordinary_sentences_about_ai_and_sites() {
        let text = "Le ministre a évoqué l'intelligence artificielle lors du sommet de Paris.";
        assert_eq!(strip_all(text).len(), 1);
    }
}
