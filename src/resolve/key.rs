//! A key per name that transliteration variants share.
//!
//! A person the reference data does not know gets an IRI from their name; the key built here
//! makes the transliterations French and English news use give the same IRI: "Iouri"/"Yuri"/
//! "Youri", "Ouchakov"/"Ushakov", "Dmitri"/"Dmitry", "Zelensky"/"Zelenskyy"/"Zelenski",
//! "Sergueï"/"Sergei". Pure: no I/O.

use crate::lang::is_regnal_number;
use crate::text::fold_text;

/// Spelling variants, most specific first, rewritten to one form. Applied to folded words.
const REWRITES: &[(&str, &str)] = &[
    ("iou", "yu"),
    ("you", "yu"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("ch", "sh"),
    ("kh", "h"),
    ("ou", "u"),
    // English writes "oo" the French "ou": "Yaqoob" / "Yacoub", "Mahmood" / "Mahmoud".
    ("oo", "u"),
    ("gue", "ge"),
    ("gui", "gi"),
    // "ye" before "ie": "Aliyev" → "aliev" must go on to "alev", as "Aliev" does.
    ("ye", "e"),
    ("ie", "e"),
    ("w", "v"),
    ("j", "zh"),
    ("x", "ks"),
    ("y", "i"),
    ("c", "k"),
    ("q", "k"),
];

/// A key for a name that transliteration variants share: "Iouri Ouchakov" and "Yuri Ushakov"
/// give the same key. Equal keys mean the same spelling up to transliteration; the form of the
/// key itself is an implementation detail.
pub fn name_key(name: &str) -> String {
    let folded = fold_text(name);
    // The words' keys joined by hyphens, written into one string.
    let mut key = String::with_capacity(folded.len() + 8);
    let words = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    for (i, w) in words.enumerate() {
        if i > 0 {
            key.push('-');
        }
        // A regnal number is no spelling to vary: "Charles III" is not "Charles I".
        match i > 0 && is_regnal_number(w) {
            true => key.push_str(w),
            false => key.push_str(&word_key(w)),
        }
    }
    key
}

/// Variants of transliteration that a word's key does not make one but names compare as
/// one ([`loose_word_key`]): "gh" and "q" ("Araghchi" / "Araqchi"); the French "dj" and the
/// English "j" ("Djaparov" / "Japarov", keyed "dzh" and "zh"); a doubled "j" ("Vejjayachai" /
/// "Wechayachai", keyed "zhzh"). Applied to keys.
const LOOSE_REWRITES: &[(&str, &str)] = &[("gh", "k"), ("dzh", "zh"), ("zhzh", "zh")];

/// A final syllable of Arabic and Persian names written "-eh" or "-a" ("Chareh" / "Charaa"):
/// names compare it as "a", on stems of at least this many letters.
const LOOSE_FINAL: (&str, &str, usize) = ("eh", "a", 3);

/// A word's key with the variants of [`LOOSE_REWRITES`] and [`LOOSE_FINAL`] made one: how
/// written names are compared ([`super::names`]), looser than the key that mints an IRI.
pub(crate) fn loose_word_key(word: &str) -> String {
    let mut key = word_key(word);
    for (from, to) in LOOSE_REWRITES {
        if key.contains(from) {
            key = key.replace(from, to);
        }
    }
    let (suffix, to, stem) = LOOSE_FINAL;
    match key.strip_suffix(suffix) {
        Some(rest) if rest.len() >= stem => format!("{rest}{to}"),
        _ => key,
    }
}

pub(crate) fn word_key(word: &str) -> String {
    let mut w = word.to_owned();
    // The letters the word holds, one bit each: a rewrite one of whose letters the word lacks
    // finds nothing, and most do (a name is keyed thousands of times a corpus).
    let letters = |w: &str| {
        w.bytes()
            .filter(u8::is_ascii_lowercase)
            .fold(0u32, |set, b| set | (1 << (b - b'a')))
    };
    let mut held = letters(&w);
    for (from, to) in REWRITES {
        let from_bytes = from.as_bytes();
        if from_bytes.iter().any(|&b| held & (1 << (b - b'a')) == 0) {
            continue;
        }
        // Compared byte by byte: a slice comparison calls `memcmp` for every window of every
        // word.
        if w.as_bytes()
            .windows(from_bytes.len())
            .any(|s| s.iter().zip(from_bytes).all(|(a, b)| a == b))
        {
            w = w.replace(from, to);
            held = letters(&w);
        }
    }
    // Doubled letters collapse ("Zelenskyy" → "zelenskii" → "zelenski").
    let mut key = String::with_capacity(w.len());
    for c in w.chars() {
        if key.ends_with(c) {
            continue;
        }
        key.push(c);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_key() {
        for (a, b) in [
            ("Iouri Ouchakov", "Yuri Ushakov"),
            ("Youri Ouchakov", "Yuri Ushakov"),
            ("Dmitri Peskov", "Dmitry Peskov"),
            ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
            ("Zelenski", "Zelensky"),
            ("Sergueï Lavrov", "Sergei Lavrov"),
            ("Mikhaïl Khodorkovski", "Mikhail Khodorkovsky"),
            ("Ilham Aliyev", "Ilham Aliev"),
            ("Kirill Dmitriyev", "Kirill Dmitriev"),
            ("Mohammad Yaqoob", "Mohammad Yacoub"),
        ] {
            assert_eq!(name_key(a), name_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn rewrites_are_of_lower_case_letters() {
        // `word_key` skips a rewrite by the letters it holds, one bit for each of a to z.
        for (from, _) in REWRITES {
            assert!(from.bytes().all(|b| b.is_ascii_lowercase()), "{from}");
        }
    }

    #[test]
    fn loose_keys_join_arabic_and_persian_variants() {
        assert_eq!(loose_word_key("araghchi"), loose_word_key("araqchi"));
        assert_eq!(loose_word_key("chareh"), loose_word_key("charaa"));
        assert_eq!(loose_word_key("djaparov"), loose_word_key("japarov"));
        assert_eq!(loose_word_key("vejjayachai"), "vezhaiashai");
        // A short stem keeps its ending: "Meh" is no "Ma".
        assert_ne!(loose_word_key("meh"), loose_word_key("ma"));
    }

    #[test]
    fn different_people_keep_different_keys() {
        for (a, b) in [
            ("Kim Jong-un", "Kim Yo-jong"),
            ("Marco Rubio", "Carlos Rubio"),
            ("Roustem Oumerov", "Rustam Umarov"),
            ("Charles III", "Charles I"),
            ("Léon XIV", "Léon XIII"),
        ] {
            assert_ne!(name_key(a), name_key(b), "{a} / {b}");
        }
        assert_eq!(name_key("Léon XIV"), "leon-xiv");
    }

    #[test]
    fn regnal_numbers() {
        for yes in ["i", "iii", "iv", "vi", "ix", "xiv", "xxxviii"] {
            assert!(is_regnal_number(yes), "{yes}");
        }
        for no in ["", "xxxx", "iiii", "vv", "il", "didi", "vix"] {
            assert!(!is_regnal_number(no), "{no}");
        }
    }
}
