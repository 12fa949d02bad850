//! When two written names may stand for the same thing.
//!
//! Names are compared word by word on their transliteration keys ([`super::key`]); spellings
//! the keys do not unify ("Witkoff" / "Whitkoff") are compared with Jaro-Winkler similarity
//! (the `strsim` crate) under guards that keep short and differently-starting words apart.
//! Pure: no I/O.

use super::key::word_key;
use crate::text::fold;

/// Jaro-Winkler similarity from which two long keys count as one spelling.
const SIMILAR: f64 = 0.92;
/// Keys shorter than this must be equal: "Kim" and "Kin" are two names.
const MIN_FUZZY_LEN: usize = 5;

/// A name cut into keyed words: "Iouri Ouchakov" → ["yuri", "ushakov"].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub words: Vec<String>,
}

/// Words written before a name that are not part of it ("Sayyid Badr Al Busaidi", "Datuk
/// Seri Anwar Ibrahim", "Sir Keir Starmer"), folded.
const HONORIFICS: &[&str] = &[
    "sayyid",
    "sayed",
    "cheikh",
    "sheikh",
    "cheik",
    "prince",
    "princesse",
    "sir",
    "dame",
    "datuk",
    "seri",
    "tun",
    "dr",
    "pr",
    "m",
    "mme",
    "mr",
    "mrs",
];

/// Articles inside Arabic names, written apart, hyphenated or glued to the next word ("Al
/// Busaidi", "al-Busaidi", "Albusaidi", "el-Chareh"): a name is compared without them.
const ARTICLES: &[&str] = &["al", "el", "ul", "ad", "ed", "as", "ash", "ez", "az"];

impl Name {
    pub fn new(text: &str) -> Self {
        let folded = fold(text).text;
        let mut raw: Vec<&str> = folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        while raw.len() > 2 && HONORIFICS.contains(&raw[0]) {
            raw.remove(0);
        }
        let words = raw
            .iter()
            .enumerate()
            .filter(|&(i, w)| i == 0 || !ARTICLES.contains(w))
            .map(
                |(i, w)| match (i, w.strip_prefix("al").or_else(|| w.strip_prefix("el"))) {
                    (i, Some(rest)) if i > 0 && rest.len() >= 5 => loose_key(rest),
                    _ => loose_key(w),
                },
            )
            .collect();
        Name { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// A person's surname: the last word.
    pub fn surname(&self) -> Option<&str> {
        self.words.last().map(String::as_str)
    }

    /// A person's given names: every word but the last.
    pub fn given(&self) -> &[String] {
        &self.words[..self.words.len().saturating_sub(1)]
    }

    /// The words run together, for names whose word breaks vary ("Pokrovs'k" / "Pokrovsk").
    fn joined(&self) -> String {
        self.words.concat()
    }
}

/// A word's key with the variants of Arabic and Persian transliteration made one: "gh" and
/// "q" ("Araghchi" / "Araqchi"), a final "eh" and "a" ("Chareh" / "Charaa").
fn loose_key(word: &str) -> String {
    let key = word_key(word);
    let key = key.replace("gh", "k");
    match key.strip_suffix("eh") {
        Some(stem) if stem.len() >= 3 => format!("{stem}a"),
        _ => key,
    }
}

/// Names that may fit each other share this: the first letter of a person's surname, of the
/// words of a place or organization run together. Comparing only names of one block keeps
/// resolution near linear in the number of names.
pub fn block(person: bool, name: &Name) -> Option<char> {
    match person {
        true => name.surname()?.chars().next(),
        false => name.words.first()?.chars().next(),
    }
}

/// Two keyed words are one spelling: equal, or long, similar and starting alike.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    a.len().min(b.len()) >= MIN_FUZZY_LEN
        && a.chars().next() == b.chars().next()
        && strsim::jaro_winkler(a, b) >= SIMILAR
}

/// Two given names do not disagree: the same name, or an initial of it ("Y." / "Yuri").
fn same_given(a: &str, b: &str) -> bool {
    if a.len() == 1 || b.len() == 1 {
        return a.chars().next() == b.chars().next();
    }
    a == b || strsim::jaro_winkler(a, b) >= 0.9
}

/// Two full names of people (given name and surname) stand for one person: the surnames are
/// one spelling and the first given names do not disagree.
pub fn same_person(a: &Name, b: &Name) -> bool {
    let (Some(sa), Some(sb)) = (a.surname(), b.surname()) else {
        return false;
    };
    if !same_word(sa, sb) {
        return false;
    }
    match (a.given().first(), b.given().first()) {
        (Some(ga), Some(gb)) => same_given(ga, gb),
        // A surname alone is compared by the caller, which needs a single candidate.
        _ => false,
    }
}

/// A surname alone ("Oumerov") fits a full name whose surname is the same spelling.
pub fn surname_fits(surname: &Name, full: &Name) -> bool {
    match (surname.words.as_slice(), full.surname()) {
        ([word], Some(last)) => same_word(word, last),
        _ => false,
    }
}

/// Two names of places or organizations stand for one thing: the same words, or the same
/// letters once run together and compared as one long word.
pub fn same_thing(a: &Name, b: &Name) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a.words == b.words || same_word(&a.joined(), &b.joined())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(a: &str, b: &str) -> bool {
        same_person(&Name::new(a), &Name::new(b))
    }

    #[test]
    fn spellings_of_one_person() {
        for (a, b) in [
            ("Badr Albusaidi", "Sayyid Badr Al Busaidi"),
            ("Badr al-Busaidi", "Badr Albusaidi"),
            ("Abbas Araghchi", "Abbas Araqchi"),
            ("Ahmed al-Charaa", "Ahmed el-Chareh"),
            ("Ibrahim Kalin", "İbrahim Kalın"),
            ("Anwar Ibrahim", "Datuk Seri Anwar Ibrahim"),
            ("Keir Starmer", "Sir Keir Starmer"),
            ("Steve Witkoff", "Steve Whitkoff"),
            ("Iouri Ouchakov", "Yuri Ushakov"),
            ("Iouri Ouchakov", "Y. Ouchakov"),
            ("Roustem Oumerov", "Rustem Umerov"),
            ("Andriï Iermak", "Andriy Yermak"),
            ("Steve Witkoff", "Steven Witkoff"),
            ("Kirill Dmitriev", "Kirill Dmitriyev"),
        ] {
            assert!(person(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn different_people_stay_apart() {
        for (a, b) in [
            ("Jared Kushner", "Charles Kushner"),
            ("Dmitri Peskov", "Dmitri Medvedev"),
            ("Kim Jong-un", "Kim Yo-jong"),
            ("Marco Rubio", "Carlos Rubio"),
            ("Oleg Kim", "Oleg Kin"),
            ("Mohammed ben Salmane", "Mohammed ben Abdelrahmane"),
            ("Tamim ben Hamad", "Hamad ben Jassim"),
            // A surname alone is never a full match.
            ("Kushner", "Jared Kushner"),
        ] {
            assert!(!person(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn surnames_alone() {
        assert!(surname_fits(
            &Name::new("Oumerov"),
            &Name::new("Rustem Umerov")
        ));
        assert!(!surname_fits(
            &Name::new("Oumerov"),
            &Name::new("Rustem Oumarov Kanev")
        ));
        assert!(!surname_fits(
            &Name::new("Jared Kushner"),
            &Name::new("Jared Kushner")
        ));
    }

    #[test]
    fn places_and_organizations() {
        let thing = |a: &str, b: &str| same_thing(&Name::new(a), &Name::new(b));
        assert!(thing("Koupiansk", "Kupiansk"));
        assert!(thing("Pokrovs'k", "Pokrovsk"));
        assert!(thing("Zaporojie", "Zaporozhye"));
        assert!(!thing("Kherson", "Kharkiv"));
        assert!(!thing("Ukraine", "Russie"));
    }
}
