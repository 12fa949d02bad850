//! The languages newsgraph reads, as a value handed to the extractor.
//!
//! A language is its tables (the word lists and grammar of `src/lang/<code>/`) plus the rules
//! that read them. French is the one there is: a second language is a second table set and
//! its rules, chosen here, not a fork of the extractor.

use std::fmt;

use super::Lexicon;

/// A language the extractor has tables and rules for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    #[default]
    French,
}

impl Language {
    /// Every language there are tables for.
    pub const ALL: [Language; 1] = [Language::French];

    /// The BCP 47 primary language subtag ("fr").
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
        }
    }

    /// The language of a tag as articles give it ("fr", "FR", "fr-FR", "fr_CA"), if there are
    /// tables for it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The word tables of the language, parsed on first use.
    pub fn lexicon(self) -> &'static Lexicon {
        match self {
            Language::French => &super::FR,
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_name_their_language_whatever_their_case_and_region() {
        for tag in ["fr", "FR", "fr-FR", "fr_CA", " fr "] {
            assert_eq!(Language::from_tag(tag), Some(Language::French), "{tag}");
        }
        for tag in ["en", "", "fra-x", "de-FR"] {
            assert_eq!(Language::from_tag(tag), None, "{tag}");
        }
    }
}
