//! The tense of a sentence, from its verbs: enough to tell "jeudi" last week from "jeudi" next
//! week.
//!
//! The sentence is read word by word for signals: a future auxiliary and an infinitive ("doit
//! rencontrer"), a futur simple ("rencontrera"), a past auxiliary and a participle ("a
//! rencontré"), an imperfect ("avait"). The first signal wins, except that a reporting verb
//! followed by "que" ("a annoncé que Poutine recevra…") only frames the clause after it, whose
//! own verb gives the tense; a frame counts only when the sentence has no other signal. No
//! signal at all is the present.
//!
//! Word lists are in `tense.tsv`; the ending rules below are the part a list cannot hold.
//! Words are compared in lower case with their accents, which is what tells the future
//! "parlerons" from the present "espérons".

use std::borrow::Cow;

use std::sync::LazyLock;

use super::tables::TABLES;
use super::Tense;
use crate::lang::WordMap;

/// The lists of `tense.tsv`, one bit each.
mod list {
    pub const FUTURE_AUX: u16 = 1;
    pub const FUTURE: u16 = 1 << 1;
    pub const NOT_FUTURE: u16 = 1 << 2;
    pub const PAST_AUX: u16 = 1 << 3;
    pub const PAST: u16 = 1 << 4;
    pub const PARTICIPLE: u16 = 1 << 5;
    pub const NOT_PARTICIPLE: u16 = 1 << 6;
    pub const NOT_IMPERFECT: u16 = 1 << 7;
    pub const FRAME: u16 = 1 << 8;
    pub const SKIP: u16 = 1 << 9;
}

/// Each word of the lists of `tense.tsv` and the lists it is on: a word of a sentence is looked
/// up once, not once per list.
static LISTS: LazyLock<WordMap<String, u16>> = LazyLock::new(|| {
    let t = &TABLES.tense;
    let mut lists: WordMap<String, u16> = WordMap::default();
    for (bit, words) in [
        (list::FUTURE_AUX, &t.future_aux),
        (list::FUTURE, &t.future),
        (list::NOT_FUTURE, &t.not_future),
        (list::PAST_AUX, &t.past_aux),
        (list::PAST, &t.past),
        (list::PARTICIPLE, &t.participle),
        (list::NOT_PARTICIPLE, &t.not_participle),
        (list::NOT_IMPERFECT, &t.not_imperfect),
        (list::FRAME, &t.frame),
        (list::SKIP, &t.skip),
    ] {
        for word in words {
            *lists.entry(word.clone()).or_default() |= bit;
        }
    }
    lists
});

impl Word<'_> {
    fn on(&self, list: u16) -> bool {
        self.lists & list != 0
    }
}

/// A word of the sentence.
struct Word<'a> {
    text: Cow<'a, str>,
    /// The lists of `tense.tsv` the word is on ([`LISTS`]).
    lists: u16,
    /// Capitalised words are mostly names ("Ankara", "Sierra"), so their endings say nothing.
    capitalised: bool,
}

#[derive(Debug, Clone, Copy)]
struct Signal {
    tense: Tense,
    /// A reporting verb followed by "que": its clause is not the one the sentence is about.
    frame: bool,
}

/// The tense of a sentence's main verb: the first verb that shows one, a reporting verb such as
/// "a déclaré que" giving way to the verb of its clause. [`Tense::Present`] when no verb shows a
/// tense.
pub fn tense(sentence: &str) -> Tense {
    let words = words(sentence);
    let mut signals = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match signal_at(&words, i) {
            Some((signal, next)) => {
                signals.push(signal);
                i = next;
            }
            None => i += 1,
        }
    }
    signals
        .iter()
        .find(|s| !s.frame)
        .or(signals.first())
        .map_or(Tense::Present, |s| s.tense)
}

/// Splits a sentence into lower-case words; apostrophes and hyphens separate words, so
/// "s'entretiendra" gives "s" and "entretiendra", "aura-t-il" gives "aura", "t", "il".
fn words(sentence: &str) -> Vec<Word<'_>> {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Most words are already in lower case: borrowed, they cost no copy.
            let text = if w.chars().all(crate::text::lowercase_keeps) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            };
            Word {
                lists: LISTS.get(text.as_ref()).copied().unwrap_or_default(),
                text,
                capitalised: w.chars().next().is_some_and(char::is_uppercase),
            }
        })
        .collect()
}

/// The signal that starts at word `i`, and the index of the word after it.
fn signal_at(words: &[Word], i: usize) -> Option<(Signal, usize)> {
    let future = Signal {
        tense: Tense::Future,
        frame: false,
    };
    let past = Signal {
        tense: Tense::Past,
        frame: false,
    };
    let word = &words[i];
    if word.on(list::FUTURE) {
        return Some((future, i + 1));
    }
    if word.on(list::FUTURE_AUX) {
        if let Some(j) = next_verb(words, i + 1) {
            if is_infinitive(&words[j].text) {
                return Some((future, j + 1));
            }
        }
    }
    if word.on(list::PAST_AUX) {
        if let Some(j) = next_verb(words, i + 1) {
            let verb = &words[j];
            // "est prévue", "sont attendus": a plan, not a past event.
            if verb.on(list::FUTURE) {
                return Some((future, j + 1));
            }
            if !verb.capitalised && is_participle(verb) {
                let frame = verb.on(list::FRAME)
                    && words[j + 1..]
                        .iter()
                        .any(|w| w.text == "que" || w.text == "qu");
                return Some((
                    Signal {
                        tense: Tense::Past,
                        frame,
                    },
                    j + 1,
                ));
            }
        }
    }
    if word.on(list::PAST) {
        return Some((past, i + 1));
    }
    if words[i].capitalised {
        return None;
    }
    if is_future_form(word) {
        return Some((future, i + 1));
    }
    if is_past_form(word) {
        return Some((past, i + 1));
    }
    None
}

/// The first word from `from` on that is not a pronoun, negation or adverb of the `skip` list
/// (or an adverb in -ment), looking at most four words ahead.
fn next_verb(words: &[Word], from: usize) -> Option<usize> {
    (from..words.len().min(from + 5)).find(|&j| {
        let w = words[j].text.as_ref();
        !(words[j].on(list::SKIP) || (w.ends_with("ment") && w.chars().count() > 5))
    })
}

fn is_infinitive(w: &str) -> bool {
    w.chars().count() >= 3 && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
}

/// A past participle: listed, or with a participle's ending and not listed as an exception.
fn is_participle(word: &Word) -> bool {
    let w = word.text.as_ref();
    if word.on(list::PARTICIPLE) {
        return true;
    }
    if word.on(list::NOT_PARTICIPLE) || w.chars().count() < 3 {
        return false;
    }
    if ["é", "és", "ée", "ées"].iter().any(|e| w.ends_with(e)) {
        return true;
    }
    // Endings of nouns and adverbs that no participle has: "lieu", "bureau", "trou", "lui",
    // "loi", "vrai", "droit", "depuis", "mois", "jamais", "que", "longue".
    let never = [
        "eu", "au", "ou", "ui", "oi", "ai", "oit", "uis", "ois", "ais", "ait", "que", "gue",
    ];
    if never.iter().any(|e| w.ends_with(e)) {
        return false;
    }
    let endings = [
        "i", "is", "ie", "ies", "it", "its", "ite", "ites", "ise", "ises", "u", "us", "ue", "ues",
    ];
    endings.iter().any(|e| w.ends_with(e))
}

/// A futur simple: an ending -ra, -rai, -rons, -rez or -ront after a stem that a future can
/// have. Passé simple and present forms share these endings ("rencontra", "déclarons"), and the
/// letters before the "r" are what tell them apart.
fn is_future_form(word: &Word) -> bool {
    let w = word.text.as_ref();
    if word.on(list::NOT_FUTURE) || w.chars().count() < 4 {
        return false;
    }
    ["ront", "rons", "rez", "rai", "ra"]
        .iter()
        .find_map(|ending| w.strip_suffix(ending))
        .is_some_and(future_stem)
}

/// Whether a stem, without the "r" of the ending, can come before a future or conditional
/// ending: "parle-ra", "fini-ra", "pour-ra", "vien-d-ra", "met-t-ra", "de-v-ra", "a-u-ra".
/// Passé simple and imperfect stems of -rer verbs end otherwise: "rencont-ra", "décla-ra",
/// "du-ra", "considé-ra" (accented é).
fn future_stem(stem: &str) -> bool {
    if stem.chars().count() < 2 {
        return false;
    }
    let mut back = stem.chars().rev();
    let (Some(c1), Some(c2)) = (back.next(), back.next()) else {
        return false;
    };
    match c1 {
        'e' | 'i' => true,
        'r' => matches!(c2, 'u' | 'e'),
        'd' => matches!(c2, 'n' | 'u' | 'r'),
        't' => matches!(c2, 't' | 'î'),
        'v' => c2 == 'e' || stem.ends_with("uiv") || stem.ends_with("viv"),
        'u' => matches!(c2, 'a' | 'l'),
        'p' | 'c' => c2 == 'n' || c2 == 'm',
        _ => false,
    }
}

/// An imperfect (-ait, -aient, not a conditional -rait) or a passé simple in -èrent.
fn is_past_form(word: &Word) -> bool {
    let w = word.text.as_ref();
    if w.ends_with("èrent") && w.chars().count() >= 6 {
        return true;
    }
    if word.on(list::NOT_IMPERFECT) {
        return false;
    }
    let Some(stem) = w.strip_suffix("aient").or_else(|| w.strip_suffix("ait")) else {
        return false;
    };
    if stem.chars().count() < 2 {
        return false;
    }
    // "serait", "aurait", "rencontrerait": a conditional, which reports without dating.
    !stem.strip_suffix('r').is_some_and(future_stem)
}
