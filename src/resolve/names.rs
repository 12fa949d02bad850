//! When two written names may stand for the same thing.
//!
//! Names are compared word by word on their transliteration keys ([`super::key`]); spellings
//! the keys do not unify ("Witkoff" / "Whitkoff") are compared with Jaro-Winkler similarity
//! (the `strsim` crate) under guards that keep short and differently-starting words apart.
//! The names of places and organizations are compared as sets of words, their demonyms and
//! the place that closes them ("de la Syrie") read as that place, which must be the same
//! ("le ministère iranien des Affaires étrangères" = "le ministère des Affaires étrangères
//! iranien", but not "irakien"), and the other names of a state body read as one
//! (`src/lang/fr/institution_synonyms.tsv`). Pure: no I/O.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use super::key::loose_word_key;
use crate::lang::{fr, Language, Lexicon, WordClass};
use crate::reference::EntityClass;
use crate::text::fold_text;

/// Jaro-Winkler similarity from which two long keys count as one spelling.
const SIMILAR: f64 = 0.92;
/// Keys shorter than this must be equal: "Kim" and "Kin" are two names.
const MIN_FUZZY_LEN: usize = 5;
/// The first letter of a word that stands for a country or another place in a name: such
/// words never fit another by spelling ("@iran" / "@irak").
const PLACE: char = '@';

/// A name cut into keyed words: "Iouri Ouchakov" → ["yuri", "ushakov"].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub words: Vec<String>,
    /// Written as one word in capitals ("FDLR", "AFC/M23"): an acronym, which two
    /// organizations may share.
    pub acronym: bool,
    /// For a place or an organization, the words that carry its meaning, sorted: without the
    /// words that tie them ([`WordClass::NameLink`]), unless there are only those. Empty for a person.
    content: Vec<String>,
    /// A person's name of two words, not both of which a table knows as given names
    /// ("Gombojav Zandanshatar", "Shigeru Ishiba"): news writes such names in either order,
    /// the family name first in the person's country ("Zandanshatar Gombojav", "Ishiba
    /// Shigeru"); "Paul Thomas" and "Thomas Paul" are two people.
    reversible: bool,
}

/// The words that tie the words of a place's or an organization's name together
/// ([`WordClass::NameLink`]: the name is compared without them, "Conseil national de
/// sécurité" / "Conseil de sécurité nationale"), as the keys of a name's words write them
/// ("aux" is "auks").
static LINK_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(WordClass::NameLink));

/// The nouns that open the name of a body every state has ([`WordClass::StateBody`]: "le
/// ministère de la Défense", "la présidence", "le gouvernement", "l'armée"), as keys: written
/// without its country, such a name says whose it is only through the article around it, and
/// two articles may mean two states by it.
static STATE_BODY_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(WordClass::StateBody));

/// The words that say a state body is the nation's own ([`WordClass::National`]: "le
/// ministère de la Défense nationale"), as keys: news leaves them out where it names the
/// country instead ("le ministère turc de la Défense").
static NATIONAL_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys_of(WordClass::National));

/// The keys of a word class's words.
fn keys_of(class: WordClass) -> Vec<String> {
    french()
        .words(class)
        .iter()
        .map(|w| loose_word_key(w))
        .collect()
}

/// The ways news names one body of a state, as folded words, and the one they are compared
/// as (`src/lang/fr/institution_synonyms.tsv`).
static SYNONYMS: LazyLock<Vec<(Vec<String>, Vec<String>)>> = LazyLock::new(|| {
    let words =
        |text: &str| -> Vec<String> { split(&fold_text(text)).map(str::to_owned).collect() };
    fr::INSTITUTION_SYNONYMS
        .rows(&mut Vec::new())
        .into_iter()
        .filter_map(|row| match row.cells[..] {
            [form, same, ..] if !form.is_empty() && !same.is_empty() => {
                Some((words(form), words(same)))
            }
            _ => None,
        })
        .collect()
});

/// The acronyms of the organizations the tables know ("UA"), and their names written out
/// ("Union africaine"): a longer name that holds the acronym ("la Commission de l'UA") is
/// compared as the one that writes it out ("la Commission de l'Union africaine").
static KNOWN_ACRONYMS: LazyLock<BTreeMap<String, String>> = LazyLock::new(|| {
    let mut known = BTreeMap::new();
    for row in fr::ORGANIZATIONS.rows(&mut Vec::new()) {
        let [name, aliases, ..] = row.cells[..] else {
            continue;
        };
        for alias in aliases.split('|').chain([name]) {
            if is_acronym(alias) && alias.chars().all(char::is_alphabetic) && alias != name {
                known.insert(alias.to_owned(), name.to_owned());
            }
        }
    }
    known
});

/// `text` with the known acronyms inside it written out, if it has more words than the
/// acronym and holds one ([`KNOWN_ACRONYMS`]); `None` otherwise.
fn expand_acronyms(text: &str) -> Option<String> {
    if !text.trim().contains(' ') || !text.chars().any(char::is_uppercase) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut word = String::new();
    let mut flush = |word: &mut String, out: &mut String| {
        match KNOWN_ACRONYMS.get(word.as_str()) {
            Some(name) => {
                out.push_str(name);
                changed = true;
            }
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

/// The tables names are compared with: labels are written in French.
fn french() -> &'static Lexicon {
    Language::French.lexicon()
}

/// The words of folded text.
fn split(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether a name is written as an acronym: one word, capitals and digits, at least two
/// letters ("FDLR", "AFC/M23", "G20").
fn is_acronym(text: &str) -> bool {
    let text = text.trim();
    !text.contains(char::is_whitespace)
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !text.chars().any(char::is_lowercase)
}

/// Keys the words of a name, without the Arabic articles inside it (the first word is kept:
/// "Al-Qaïda").
fn keyed(raw: &[&str]) -> Vec<String> {
    raw.iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || !french().is(WordClass::NameArticle, w))
        .map(|(i, w)| {
            if w.starts_with(PLACE) {
                return (*w).to_owned();
            }
            match (i, w.strip_prefix("al").or_else(|| w.strip_prefix("el"))) {
                (i, Some(rest)) if i > 0 && rest.len() >= 5 => loose_word_key(rest),
                _ => loose_word_key(w),
            }
        })
        .collect()
}

impl Name {
    /// The name of a thing of `class`: a person's ([`Name::person`]), else a place's or an
    /// organization's ([`Name::thing`]).
    pub fn of(class: EntityClass, text: &str) -> Self {
        match class {
            EntityClass::Person => Name::person(text),
            _ => Name::thing(text),
        }
    }

    /// A person's name, without honorifics and without a demonym written before it as a
    /// noun ("le Gambien Omar Touray").
    pub fn person(text: &str) -> Self {
        let folded = fold_text(text);
        let mut raw: Vec<&str> = split(&folded).collect();
        while raw.len() > 2
            && (french().is(WordClass::Honorific, raw[0])
                || (french().demonym_country(raw[0]).is_some() && !french().is_given_name(raw[0])))
        {
            raw.remove(0);
        }
        let reversible = raw.len() == 2 && !raw.iter().all(|w| french().is_given_name(w));
        Name {
            words: keyed(&raw),
            acronym: is_acronym(text),
            content: Vec::new(),
            reversible,
        }
    }

    /// Same as [`Name::person`]: the name of a person.
    pub fn new(text: &str) -> Self {
        Name::person(text)
    }

    /// A place's or an organization's name: its demonyms, and a place that closes it ("de la
    /// Syrie", "de Gaza"), read as the place; the other ways news names a state body read as
    /// one ("le bureau du président ukrainien" as "la présidence ukrainienne").
    pub fn thing(text: &str) -> Self {
        let expanded = expand_acronyms(text);
        let folded = fold_text(expanded.as_deref().unwrap_or(text));
        let mut raw: Vec<String> = split(&folded).map(str::to_owned).collect();
        for (form, same) in SYNONYMS.iter() {
            if raw.len() > form.len() && raw.starts_with(form) {
                raw.splice(..form.len(), same.iter().cloned());
                break;
            }
        }
        close_with_place(&mut raw);
        read_demonyms(&mut raw);
        let raw: Vec<&str> = raw.iter().map(String::as_str).collect();
        let words = keyed(&raw);
        let mut content: Vec<String> = words
            .iter()
            .filter(|w| !LINK_KEYS.contains(w))
            .cloned()
            .collect();
        if content.is_empty() {
            content.clone_from(&words);
        }
        content.sort_unstable();
        Name {
            words,
            acronym: is_acronym(text),
            content,
            reversible: false,
        }
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
    pub fn joined(&self) -> String {
        self.words.concat()
    }
}

impl Name {
    /// The words of an organization's name that says whose it is by one country or place
    /// ("le ministère chinois du Commerce"), without that place: the words of the name news
    /// gives it where the place goes without saying ("le ministère du Commerce").
    pub fn without_place(&self) -> Option<Vec<String>> {
        let content = &self.content;
        let places = content.iter().filter(|w| w.starts_with(PLACE)).count();
        (places == 1 && content.len() >= 3 && !self.acronym).then(|| {
            content
                .iter()
                .filter(|w| !w.starts_with(PLACE))
                .cloned()
                .collect()
        })
    }

    /// The words of an organization's name of two words or more that says nowhere whose it
    /// is ("le ministère du Commerce"), as [`Name::without_place`] gives them.
    pub fn unplaced(&self) -> Option<Vec<String>> {
        let content = &self.content;
        let placed = content.iter().any(|w| w.starts_with(PLACE));
        (!placed && content.len() >= 2 && !self.acronym).then(|| content.clone())
    }
}

impl Name {
    /// The name of a body every state has, without the country or place it belongs to ("le
    /// ministère des Affaires étrangères", "la présidence"): which state's, only the article
    /// around it can say.
    pub fn is_unplaced_state_body(&self) -> bool {
        !self.acronym
            && self
                .words
                .iter()
                .find(|w| !LINK_KEYS.contains(w))
                .is_some_and(|w| STATE_BODY_KEYS.contains(w))
            && !self.content.iter().any(|w| w.starts_with(PLACE))
    }

    /// The countries and other places the name says it belongs to ("@chine" for "le ministère
    /// chinois du Commerce").
    pub fn places(&self) -> impl Iterator<Item = &str> {
        self.content
            .iter()
            .filter(|w| w.starts_with(PLACE))
            .map(String::as_str)
    }
}

/// The words of a state body's name ([`Name::without_place`], [`Name::unplaced`]) without
/// those that say it is the nation's own ("Défense nationale" → "Défense"), if there were any
/// and two words are left.
pub fn without_national(words: &[String]) -> Option<Vec<String>> {
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !NATIONAL_KEYS.contains(w))
        .cloned()
        .collect();
    (kept.len() < words.len() && kept.len() >= 2).then_some(kept)
}

/// The word a place's name stands for in the names of places and organizations ("Chine" →
/// "@chine", as "chinois" and "de la Chine" are read), for a place the tables know.
pub fn place_word_of(label: &str) -> Option<String> {
    french()
        .place(label)
        .map(|place| place_word(&fold_text(&place.label)))
}

/// The word that stands for a country or another place in a name ("@etats-unis").
fn place_word(folded_country: &str) -> String {
    let mut word = String::from(PLACE);
    word.extend(folded_country.chars().map(|c| match c {
        ' ' => '-',
        c => c,
    }));
    word
}

/// Reads the demonyms of a name as their country's place word, those of two words too
/// ("sud-africain", "nord-coréen").
fn read_demonyms(raw: &mut Vec<String>) {
    let mut at = 0;
    while at < raw.len() {
        if let Some(next) = raw.get(at + 1) {
            let pair = format!("{} {next}", raw[at]);
            if let Some(country) = french().demonym_country(&pair) {
                raw.splice(at..at + 2, [place_word(country)]);
                at += 1;
                continue;
            }
        }
        if let Some(country) = french().demonym_country(&raw[at]) {
            raw[at] = place_word(country);
        }
        at += 1;
    }
}

/// Reads a place that closes a name ("ministère de la Défense de l'Ukraine", "du Qatar",
/// "des États-Unis", "ministère de la Santé de Gaza") as one place word, a country as its
/// demonym would be.
fn close_with_place(raw: &mut Vec<String>) {
    for len in [3, 2, 1] {
        let Some(at) = raw.len().checked_sub(len) else {
            continue;
        };
        let Some(place) = french().place(&raw[at..].join(" ")) else {
            continue;
        };
        let mut from = at;
        if from > 0 && french().is(WordClass::PlaceArticle, &raw[from - 1]) {
            from -= 1;
        }
        // Only after a preposition, and never the whole name.
        if from < 2 || !french().is(WordClass::PlacePreposition, &raw[from - 1]) {
            continue;
        }
        let word = place_word(&fold_text(&place.label));
        raw.truncate(from - 1);
        raw.push(word);
        return;
    }
}

/// Whether another form an article writes an organization in may name it in other articles:
/// an acronym ("FDLR") or a name of several words ("Confédération des États du Sahel"), not
/// a common noun that stands for it in that article only ("l'Alliance" for NATO).
pub fn names_elsewhere(form: &str) -> bool {
    is_acronym(form) || split(&fold_text(form)).nth(1).is_some() || !french().is_common_word(form)
}

/// Names that may fit each other share one of these: the first letter of a person's
/// surname, and of every word after the first of a longer name (that may be written without
/// its last words: "Félix Antoine Tshisekedi Tshilombo"); for a place or organization, the
/// first letter of the first of its sorted words and of its words run together. Comparing
/// only names of one block keeps resolution near linear in the number of names.
pub fn blocks(class: EntityClass, name: &Name) -> Vec<char> {
    let mut blocks: Vec<char> = match class {
        EntityClass::Person => {
            let mut blocks: Vec<char> = name
                .surname()
                .and_then(|s| s.chars().next())
                .into_iter()
                .collect();
            if name.words.len() >= 3 {
                blocks.extend(name.words[1..].iter().filter_map(|w| w.chars().next()));
            }
            // Written the other way round, its first word is the surname.
            if name.reversible {
                blocks.extend(name.words.first().and_then(|w| w.chars().next()));
            }
            blocks
        }
        _ => [name.content.first(), name.words.first()]
            .into_iter()
            .flatten()
            .filter_map(|w| w.chars().next())
            .collect(),
    };
    blocks.sort_unstable();
    blocks.dedup();
    blocks
}

/// Two keyed words are one spelling: equal, or long, similar and starting alike; a country
/// only the same country.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    !a.starts_with(PLACE)
        && !b.starts_with(PLACE)
        && a.len().min(b.len()) >= MIN_FUZZY_LEN
        && a.chars().next() == b.chars().next()
        && strsim::jaro_winkler(a, b) >= SIMILAR
}

/// Two given names do not disagree: the same name, an initial of it ("Y." / "Yuri"), or the
/// short form a person goes by ("Tom" / "Thomas", "Giorgos" / "Georgios").
fn same_given(a: &str, b: &str) -> bool {
    if a.len() == 1 || b.len() == 1 {
        return a.chars().next() == b.chars().next();
    }
    if a == b || strsim::jaro_winkler(a, b) >= 0.9 {
        return true;
    }
    let forms = &*GIVEN_NAME_FORMS;
    matches!((forms.get(a), forms.get(b)), (Some(x), Some(y)) if x == y)
}

/// Given names and the short or native forms news also writes them in, one group a line: a
/// person named "Tom Barrack" by one outlet is "Thomas Barrack" in another. (Only forms no
/// spelling similarity joins; the groups are disjoint.)
const GIVEN_NAME_GROUPS: &[&[&str]] = &[
    &["thomas", "tom"],
    &["michael", "mike"],
    &["william", "bill"],
    &["robert", "bob", "rob"],
    &["james", "jim", "jimmy"],
    &["joseph", "joe"],
    &["daniel", "dan"],
    &["benjamin", "ben", "bibi"],
    &["anthony", "antony", "tony"],
    &["christopher", "chris"],
    &["nicholas", "nick"],
    &["richard", "rick", "dick"],
    &["edward", "ted", "ed"],
    &["elizabeth", "liz"],
    &["katherine", "catherine", "kate"],
    &["alexander", "alex"],
    &["matthew", "matt"],
    &["samuel", "sam"],
    &["jonathan", "jon"],
    &["timothy", "tim"],
    &["kenneth", "ken"],
    &["gregory", "greg"],
    &["douglas", "doug"],
    &["charles", "chuck"],
    &["georgios", "giorgos", "yorgos"],
    &["konstantinos", "kostas"],
    &["dimitrios", "dimitris"],
    &["panagiotis", "panos"],
];

/// Each keyed form of [`GIVEN_NAME_GROUPS`] with its group.
static GIVEN_NAME_FORMS: LazyLock<BTreeMap<String, usize>> = LazyLock::new(|| {
    GIVEN_NAME_GROUPS
        .iter()
        .enumerate()
        .flat_map(|(g, forms)| forms.iter().map(move |f| (loose_word_key(f), g)))
        .collect()
});

/// Two full names of people (given name and surname) stand for one person: the surnames are
/// one spelling and the first given names do not disagree, or one name is the other's end
/// ([`tail`]: "Tayyip Erdogan"); or one is the other with words left out ("Félix
/// Tshisekedi" / "Félix Antoine Tshisekedi Tshilombo").
pub fn same_person(a: &Name, b: &Name) -> bool {
    let (Some(sa), Some(sb)) = (a.surname(), b.surname()) else {
        return false;
    };
    if same_word(sa, sb) {
        return match (a.given().first(), b.given().first()) {
            (Some(ga), Some(gb)) => same_given(ga, gb) || tail(a, b) || tail(b, a),
            // A surname alone is compared by the caller, which needs a single candidate.
            _ => false,
        };
    }
    shortened(a, b) || shortened(b, a) || reversed(a, b)
}

/// Two names of two words are the same words in the other order ("Gombojav Zandanshatar" /
/// "Zandanshatar Gombojav"), not both known as given names: "Paul Thomas" is not "Thomas
/// Paul", but a family name written first, as in Mongolia, Japan, China or Hungary, is the
/// same person.
fn reversed(a: &Name, b: &Name) -> bool {
    match (a.words.as_slice(), b.words.as_slice()) {
        ([a0, a1], [b0, b1]) => {
            a.reversible && b.reversible && a0 != a1 && same_word(a0, b1) && same_word(a1, b0)
        }
        _ => false,
    }
}

/// `short` is the end of `long`, from a given name on ("Tayyip Erdogan" / "Recep Tayyip
/// Erdogan", "Lula da Silva" / "Luiz Inácio Lula da Silva"): two words at least, the first
/// no particle, and not after one in `long` ("Hamad Al Thani" is not "Tamim bin Hamad Al
/// Thani", his son).
fn tail(short: &Name, long: &Name) -> bool {
    let n = short.words.len();
    if n < 2 || long.words.len() <= n {
        return false;
    }
    let at = long.words.len() - n;
    let particle = |w: &str| french().is_particle(w) || french().is(WordClass::NameArticle, w);
    !particle(&short.words[0])
        && !particle(&long.words[at - 1])
        && short
            .words
            .iter()
            .zip(&long.words[at..])
            .all(|(a, b)| same_word(a, b))
}

/// `short` is `long` with words left out: at least a given name and a surname, the same first
/// word, and each other word found in `long` in order.
fn shortened(short: &Name, long: &Name) -> bool {
    if short.words.len() < 2 || long.words.len() <= short.words.len() {
        return false;
    }
    if !same_given(&short.words[0], &long.words[0]) {
        return false;
    }
    let mut rest = long.words[1..].iter();
    short.words[1..]
        .iter()
        .all(|word| rest.any(|other| same_word(word, other)))
}

/// A surname alone ("Oumerov") fits a full name whose surname is the same spelling.
pub fn surname_fits(surname: &Name, full: &Name) -> bool {
    match (surname.words.as_slice(), full.surname()) {
        ([word], Some(last)) => same_word(word, last),
        _ => false,
    }
}

/// A name of one word that no table knows as a given name ("Prabowo") fits a full name it
/// opens ("Prabowo Subianto"): people news names by a name that is not a family name.
/// `label` is the name as written, `single` its [`Name`].
pub fn first_name_fits(label: &str, single: &Name, full: &Name) -> bool {
    match (single.words.as_slice(), full.words.as_slice()) {
        ([word], [first, _, ..]) => {
            same_word(word, first) && !single.acronym && !french().is_given_name(label.trim())
        }
        _ => false,
    }
}

/// Two names of places or organizations stand for one thing: the same letters once run
/// together ("Pokrovs'k" / "Pokrovsk"), or, unless one is an acronym, the same words in any
/// order, each one spelling ([`same_word`]), the words that tie them aside.
pub fn same_thing(a: &Name, b: &Name) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.words == b.words || a.joined() == b.joined() {
        return true;
    }
    // An acronym is written one way: "UNHCR" is not "UNHRC".
    if a.acronym || b.acronym {
        return false;
    }
    let (x, y) = (&a.content, &b.content);
    if x.len() != y.len() {
        return false;
    }
    // Equal words pair first, then the others by spelling.
    let mut unpaired: Vec<&str> = Vec::new();
    let mut left: Vec<&str> = y.iter().map(String::as_str).collect();
    for word in x.iter().map(String::as_str) {
        match left.iter().position(|other| *other == word) {
            Some(at) => {
                left.remove(at);
            }
            None => unpaired.push(word),
        }
    }
    unpaired.into_iter().all(
        |word| match left.iter().position(|other| same_word(word, other)) {
            Some(at) => {
                left.remove(at);
                true
            }
            None => false,
        },
    )
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
            // Words left out: a second given name, a second surname, a patronymic.
            ("Félix Tshisekedi", "Félix-Antoine Tshisekedi Tshilombo"),
            ("Roustem Oumerov", "Roustem Enverovytch Oumerov"),
            ("Luiz Inácio da Silva", "Luiz Inácio Lula da Silva"),
            // A demonym written before the name as a noun.
            ("Sénégalais Macky Sall", "Macky Sall"),
            ("Ivoirien Alassane Ouattara", "Alassane Dramane Ouattara"),
            // The first given name left out, or an honorific before it.
            ("Tayyip Erdogan", "Recep Tayyip Erdoğan"),
            ("Lula da Silva", "Luiz Inácio Lula da Silva"),
            ("Ayatollah Ali Khamenei", "Ali Khamenei"),
            // The short form a person goes by.
            ("Tom Barrack", "Thomas Barrack"),
            ("Giorgos Gerapetritis", "Georgios Gerapetritis"),
            // The family name written first, as in the person's country.
            ("Gombojav Zandanshatar", "Zandanshatar Gombojav"),
            ("Ishiba Shigeru", "Shigeru Ishiba"),
            ("Iwaya Takeshi", "Takeshi Iwaya"),
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
            // Another first name, or a word of the shorter name missing from the longer.
            ("Joseph Kabila", "Laurent-Désiré Kabila Kabange"),
            ("Mohammed ben Zayed", "Mohammed ben Rachid Al Maktoum"),
            ("Hamad ben Jassim", "Hamad ben Khalifa Al Thani"),
            // The end of a longer name after a patronymic is the father's name.
            ("Hamad Al Thani", "Tamim ben Hamad Al Thani"),
            (
                "Hamad ben Khalifa Al Thani",
                "Tamim ben Hamad ben Khalifa Al Thani",
            ),
            ("Ali Khamenei", "Mojtaba Khamenei"),
            ("Fidel Castro", "Raúl Castro"),
            ("Tom Cotton", "Michael Cotton"),
            // Two given names in the other order are two people.
            ("Paul Thomas", "Thomas Paul"),
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
        let thing = |a: &str, b: &str| same_thing(&Name::thing(a), &Name::thing(b));
        assert!(thing("Koupiansk", "Kupiansk"));
        assert!(thing("Pokrovs'k", "Pokrovsk"));
        assert!(thing("Zaporojie", "Zaporozhye"));
        assert!(!thing("Kherson", "Kharkiv"));
        assert!(!thing("Ukraine", "Russie"));
        assert!(!thing("Corée du Sud", "Corée du Nord"));
    }

    #[test]
    fn a_name_of_one_word_that_opens_a_full_name() {
        assert!(first_name_fits(
            "Prabowo",
            &Name::new("Prabowo"),
            &Name::new("Prabowo Subianto")
        ));
        // A given name alone is anyone's ("le pape François", "François Bayrou").
        assert!(!first_name_fits(
            "François",
            &Name::new("François"),
            &Name::new("François Bayrou")
        ));
        assert!(!first_name_fits(
            "Subianto",
            &Name::new("Subianto"),
            &Name::new("Prabowo Subianto")
        ));
    }

    #[test]
    fn names_of_organizations_in_other_words() {
        let thing = |a: &str, b: &str| same_thing(&Name::thing(a), &Name::thing(b));
        for (a, b) in [
            // A known acronym inside a longer name.
            ("Commission de l'UA", "Commission de l'Union africaine"),
            // The demonym before or after the complement, or the country after "de".
            (
                "ministère iranien des Affaires étrangères",
                "ministère des Affaires étrangères iranien",
            ),
            (
                "ministère de la Défense de l'Ukraine",
                "ministère ukrainien de la Défense",
            ),
            (
                "ministère des Affaires étrangères du Qatar",
                "ministère qatari des Affaires étrangères",
            ),
            // Word order and agreement.
            (
                "Conseil national de sécurité et de défense",
                "Conseil de sécurité nationale et de défense",
            ),
            // The other names of one office (institution_synonyms.tsv).
            ("bureau du président ukrainien", "présidence ukrainienne"),
            (
                "diplomatie chinoise",
                "ministère chinois des Affaires étrangères",
            ),
            ("Forces armées de la RDC", "Forces armées de la RDC"),
        ] {
            assert!(thing(a, b), "{a} / {b}");
        }
        for (a, b) in [
            // Two countries, however alike their demonyms.
            (
                "ministère iranien des Affaires étrangères",
                "ministère irakien des Affaires étrangères",
            ),
            (
                "ministère iranien des Affaires étrangères",
                "ministère brésilien des Affaires étrangères",
            ),
            (
                "ministère de la Défense turc",
                "ministère de la Défense russe",
            ),
            // A name and the same name with a country or a place: compared elsewhere.
            (
                "ministère des Affaires étrangères",
                "ministère des Affaires étrangères allemand",
            ),
            ("ministère de la Santé", "ministère de la Santé de Gaza"),
            // Long names that share most of their letters.
            ("Conseil de sécurité", "Conseil de souveraineté"),
            ("ministère de l'Économie", "ministère de l'Écologie"),
            ("présidence malienne", "présidence syrienne"),
            ("Conseil de l'Europe", "Conseil européen"),
            // "le bureau du président" alone is no office of one country.
            ("bureau du président", "présidence"),
            // Acronyms are written one way.
            ("UNHCR", "UNHRC"),
        ] {
            assert!(!thing(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn placed_and_unplaced_names() {
        let placed = Name::thing("ministère chinois du Commerce");
        let unplaced = Name::thing("ministère du Commerce");
        assert!(placed.without_place().is_some());
        assert_eq!(placed.without_place(), unplaced.unplaced());
        assert_eq!(placed.unplaced(), None);
        assert_eq!(unplaced.without_place(), None);
        // One word says too little; an acronym is no name to place.
        assert_eq!(Name::thing("Parlement").unplaced(), None);
        assert_eq!(Name::thing("FMI").unplaced(), None);
    }

    #[test]
    fn demonyms_and_places_of_several_words() {
        let a = Name::thing("ministère sud-africain des Affaires étrangères");
        let b = Name::thing("ministère des Affaires étrangères de l'Afrique du Sud");
        assert!(!a.is_unplaced_state_body());
        assert_eq!(
            a.places().collect::<Vec<_>>(),
            b.places().collect::<Vec<_>>()
        );
        assert!(same_thing(&a, &b));
        let c = Name::thing("ministère sud-coréen des Affaires étrangères");
        assert!(!same_thing(&a, &c));
    }

    #[test]
    fn state_bodies_and_the_nation_s_own() {
        assert!(Name::thing("ministère de la Défense nationale").is_unplaced_state_body());
        assert!(Name::thing("la présidence").is_unplaced_state_body());
        assert!(!Name::thing("ministère de la Défense turc").is_unplaced_state_body());
        assert!(!Name::thing("Commission électorale indépendante").is_unplaced_state_body());
        let national = Name::thing("ministère de la Défense nationale").unplaced();
        let turkish = Name::thing("ministère turc de la Défense").without_place();
        assert_eq!(national.as_deref().and_then(without_national), turkish);
        assert_eq!(Name::thing("Chine").places().count(), 0);
        assert_eq!(
            place_word_of("Chine"),
            Name::thing("ministère chinois du Commerce")
                .places()
                .next()
                .map(str::to_owned)
        );
        // "Armée nationale" says too little once "nationale" is left out.
        let army = Name::thing("Armée nationale").unplaced();
        assert_eq!(army.as_deref().and_then(without_national), None);
    }

    #[test]
    fn forms_that_name_an_organization_elsewhere() {
        for form in [
            "FDLR",
            "AFC/M23",
            "Confédération des États du Sahel",
            "Anadolu",
        ] {
            assert!(names_elsewhere(form), "{form}");
        }
        // "l'Alliance" for NATO names it only where the article has named it.
        assert!(!names_elsewhere("Alliance"));
        assert!(Name::thing("FDLR").acronym);
        assert!(!Name::thing("UNION AFRICAINE").acronym);
        assert!(!Name::thing("Cédéao").acronym);
    }

    #[test]
    fn the_synonyms_table_loads_without_errors() {
        let mut problems = Vec::new();
        let data = fr::INSTITUTION_SYNONYMS.rows(&mut problems).len();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(data > 0);
        assert_eq!(
            SYNONYMS.len(),
            data,
            "every row has a form and what it is read as"
        );
        for (form, same) in SYNONYMS.iter() {
            assert!(form != same, "{form:?}");
        }
    }

    #[test]
    fn blocks_hold_the_names_that_may_fit() {
        let shared = |class: EntityClass, a: &str, b: &str| {
            let (a, b) = (Name::of(class, a), Name::of(class, b));
            let b = blocks(class, &b);
            blocks(class, &a).iter().any(|x| b.contains(x))
        };
        assert!(shared(
            EntityClass::Person,
            "Félix Tshisekedi",
            "Félix Antoine Tshisekedi Bolombo"
        ));
        assert!(shared(
            EntityClass::Organization,
            "ministère iranien des Affaires étrangères",
            "ministère des Affaires étrangères iranien"
        ));
        assert!(shared(EntityClass::Place, "Pokrovs'k", "Pokrovsk"));
    }
}
