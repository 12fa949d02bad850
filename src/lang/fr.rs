//! Every French table of `src/lang/fr/` the binary holds, in one list: the only place that
//! compiles them in (`include_str!`), with the header each TSV table must have.
//!
//! The readers are where the knowledge is used ([`super::Lexicon`], `extract::tokens`,
//! `extract::dates`, `extract::speech`, `extract::events`, `link::rank`); they all read through
//! [`Table::rows`] and [`Table::items`]. The `*.manual.*` files that are not here are inputs of
//! `scripts/lexicon/build.py`, which merges them into the generated tables.

use super::table::Table;

/// A TSV table of `src/lang/fr/`, with its header.
macro_rules! tsv {
    ($file:literal, [$($column:literal),+ $(,)?]) => {
        Table {
            path: concat!("src/lang/fr/", $file),
            text: include_str!(concat!("fr/", $file)),
            columns: &[$($column),+],
        }
    };
}

/// A plain list of `src/lang/fr/`.
macro_rules! list {
    ($file:literal) => {
        Table {
            path: concat!("src/lang/fr/", $file),
            text: include_str!(concat!("fr/", $file)),
            columns: &[],
        }
    };
}

pub(crate) static GIVEN_NAMES: Table = list!("given_names.txt");
pub(crate) static GIVEN_NAMES_MANUAL: Table = list!("given_names.manual.txt");
pub(crate) static COMMON_WORDS: Table = list!("common_words.txt");
pub(crate) static TITLES: Table = tsv!("titles.tsv", ["form", "family", "office"]);
pub(crate) static TITLE_WORDS: Table = list!("title_words.txt");
pub(crate) static TITLE_PREMODIFIERS: Table = list!("title_premodifiers.txt");
pub(crate) static INSTITUTIONS: Table = list!("institutions.txt");
pub(crate) static INSTITUTION_HEADS: Table = list!("institution_heads.txt");
pub(crate) static ORG_HEADS: Table = list!("org_heads.txt");
pub(crate) static ORG_TAILS: Table = list!("org_tails.txt");
pub(crate) static ORGANIZATIONS: Table = tsv!("organizations.tsv", ["name", "aliases", "kind"]);
pub(crate) static COMMON_ACRONYMS: Table = list!("common_acronyms.txt");
pub(crate) static PLACE_HEADS: Table = tsv!("place_heads.tsv", ["word", "where"]);
pub(crate) static NAME_PARTICLES: Table = list!("name_particles.txt");
pub(crate) static WORD_CLASSES: Table = tsv!("word_classes.tsv", ["class", "word"]);
pub(crate) static ELISIONS: Table = list!("elisions.txt");
pub(crate) static INSTITUTION_SYNONYMS: Table =
    tsv!("institution_synonyms.tsv", ["form", "same_as"]);
pub(crate) static OFFICE_HOLDERS: Table =
    tsv!("office_holders.tsv", ["title", "reference", "from", "to"]);
pub(crate) static LEADERS: Table = tsv!("leaders.tsv", ["office", "country", "name", "from", "to"]);
pub(crate) static COUNTRIES: Table = tsv!(
    "countries.tsv",
    [
        "iso2",
        "name_fr",
        "name_en",
        "aliases_fr",
        "demonym_ms",
        "demonym_fs",
        "demonym_mp",
        "demonym_fp",
        "geonames_id",
        "wikidata",
    ]
);
pub(crate) static REGIONS: Table = tsv!(
    "regions.tsv",
    ["name", "kind", "country", "aliases", "geonames_id"]
);
pub(crate) static CITIES: Table = tsv!(
    "cities.tsv",
    [
        "geonames_id",
        "name",
        "ascii_name",
        "country",
        "population",
        "lat",
        "lon",
        "aliases"
    ]
);
pub(crate) static CITY_EXONYMS: Table = tsv!("city_exonyms.tsv", ["name", "geonames"]);
pub(crate) static CAPITALS: Table = tsv!("capitals.tsv", ["country", "geonames_id"]);
pub(crate) static LINK_IGNORED_WORDS: Table = list!("link_ignored_words.txt");

/// `src/lang/fr/dates/`, read by `extract::dates`.
pub(crate) mod dates {
    use super::Table;

    pub(crate) static MONTHS: Table = tsv!("dates/months.tsv", ["month", "forms"]);
    pub(crate) static WEEKDAYS: Table = tsv!("dates/weekdays.tsv", ["weekday", "forms"]);
    pub(crate) static NUMBERS: Table = tsv!("dates/numbers.tsv", ["value", "forms", "qualifier"]);
    pub(crate) static RELATIVE: Table =
        tsv!("dates/relative.tsv", ["unit", "offset", "base", "forms"]);
    pub(crate) static MARKERS: Table = tsv!("dates/markers.tsv", ["kind", "forms"]);
    pub(crate) static QUALIFIERS: Table =
        tsv!("dates/qualifiers.tsv", ["qualifier", "position", "forms"]);
    pub(crate) static UNITS: Table = tsv!("dates/units.tsv", ["designator", "factor", "forms"]);
    pub(crate) static TENSE: Table = tsv!("dates/tense.tsv", ["kind", "forms"]);
}

/// `src/lang/fr/speech/`, read by `extract::speech`.
pub(crate) mod speech {
    use super::Table;

    pub(crate) static VERBS: Table = tsv!(
        "speech/verbs.tsv",
        [
            "lemma",
            "participle",
            "present",
            "simple",
            "gerund",
            "complements",
            "confidence",
        ]
    );
    pub(crate) static CUES: Table = tsv!("speech/cues.tsv", ["cue", "kind", "confidence"]);
    pub(crate) static PRONOUNS: Table = tsv!("speech/pronouns.tsv", ["pronoun", "uses"]);
    pub(crate) static GRAMMAR: Table = tsv!("speech/grammar.tsv", ["word", "class"]);
    pub(crate) static SKIP: Table = list!("speech/skip.txt");
}

/// `src/lang/fr/events/`, read by `extract::events`.
pub(crate) mod events {
    use super::Table;

    pub(crate) static TRIGGERS: Table = tsv!(
        "events/triggers.tsv",
        ["lemma", "pos", "forms", "kind", "medium", "role", "objects", "flags", "strength",]
    );
    pub(crate) static MODALITY: Table =
        tsv!("events/modality.tsv", ["kind", "scope", "window", "forms"]);
    pub(crate) static ORDINALS: Table = tsv!("events/ordinals.tsv", ["value", "forms"]);
    pub(crate) static GRAMMAR: Table = tsv!("events/grammar.tsv", ["kind", "forms"]);
}

/// Every table above, for the test that reads them all.
#[cfg(test)]
pub(crate) static ALL: &[&Table] = &[
    &INSTITUTION_SYNONYMS,
    &GIVEN_NAMES,
    &GIVEN_NAMES_MANUAL,
    &COMMON_WORDS,
    &TITLES,
    &TITLE_WORDS,
    &TITLE_PREMODIFIERS,
    &INSTITUTIONS,
    &INSTITUTION_HEADS,
    &ORG_HEADS,
    &ORG_TAILS,
    &ORGANIZATIONS,
    &COMMON_ACRONYMS,
    &PLACE_HEADS,
    &NAME_PARTICLES,
    &WORD_CLASSES,
    &ELISIONS,
    &OFFICE_HOLDERS,
    &LEADERS,
    &COUNTRIES,
    &REGIONS,
    &CITIES,
    &CITY_EXONYMS,
    &CAPITALS,
    &LINK_IGNORED_WORDS,
    &dates::MONTHS,
    &dates::WEEKDAYS,
    &dates::NUMBERS,
    &dates::RELATIVE,
    &dates::MARKERS,
    &dates::QUALIFIERS,
    &dates::UNITS,
    &dates::TENSE,
    &speech::VERBS,
    &speech::CUES,
    &speech::PRONOUNS,
    &speech::GRAMMAR,
    &speech::SKIP,
    &events::TRIGGERS,
    &events::MODALITY,
    &events::ORDINALS,
    &events::GRAMMAR,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bundled table reads without a problem: its layout here, and what the French
    /// lexicon makes of it. (The date, speech and event extractors check their own readings
    /// in their `tables_load_without_errors` tests.)
    #[test]
    fn every_bundled_table_reads_clean() {
        let mut problems: Vec<String> = ALL.iter().flat_map(|table| table.problems()).collect();
        problems.extend(crate::lang::FR.problems.iter().cloned());
        // A bad layout is found twice, here and by the lexicon that reads the table.
        problems.sort();
        problems.dedup();
        assert_eq!(problems, Vec::<String>::new());
    }

    /// A table added to `src/lang/fr/` is either listed here, or a `*.manual.*` input of the
    /// lexicon script, which keeps the same layout (checked against its own header).
    #[test]
    fn every_table_of_the_folder_is_listed() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang/fr");
        let mut unlisted = Vec::new();
        let mut problems = Vec::new();
        let mut folders = vec![folder.clone()];
        while let Some(dir) = folders.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/lang/fr is readable") {
                let path = entry.expect("a folder entry").path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let relative = path
                    .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .expect("under the crate")
                    .to_string_lossy()
                    .into_owned();
                let is_table = relative.ends_with(".tsv") || relative.ends_with(".txt");
                if !is_table || ALL.iter().any(|t| t.path == relative) {
                    continue;
                }
                if !relative.contains(".manual.") {
                    unlisted.push(relative);
                    continue;
                }
                // A script input is read here only in this test: leaking it costs nothing.
                let text: &'static str = Box::leak(
                    std::fs::read_to_string(&path)
                        .expect("a table")
                        .into_boxed_str(),
                );
                let header = text
                    .lines()
                    .find(|l| !l.starts_with('#') && !l.trim().is_empty())
                    .unwrap_or_default();
                let columns: &'static [&'static str] = if relative.ends_with(".tsv") {
                    Box::leak(header.split('\t').map(str::trim).collect::<Vec<_>>().into())
                } else {
                    &[]
                };
                let path = Box::leak(relative.into_boxed_str());
                problems.extend(
                    Table {
                        path,
                        text,
                        columns,
                    }
                    .problems(),
                );
            }
        }
        assert_eq!(unlisted, Vec::<String>::new());
        assert_eq!(problems, Vec::<String>::new());
    }
}
