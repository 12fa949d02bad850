//! Language knowledge as data: the tables of `src/lang/fr/`, compiled in and parsed once.
//!
//! The engine asks questions ("is this a given name?", "is this a title head?"); the answers
//! live in the tables, which a linguist can extend without reading the extractors. [`fr`]
//! lists every table the binary holds and [`table`] is the one reader of them all; the date,
//! speech and event tables are read by their own modules (`extract::dates`, `extract::speech`,
//! `extract::events`).

pub(crate) mod fr;
pub(crate) mod table;

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;

use crate::text::fold_text;
use table::{values, Row, Table};

mod language;
pub use language::Language;

/// Whether a lower-case word is a regnal number in Roman numerals, one to thirty-nine ("iii",
/// "xiv", "vi"), as a monarch's or a pope's name ends with.
pub fn is_regnal_number(word: &str) -> bool {
    let tens = word.len() - word.trim_start_matches('x').len();
    let units = &word[tens..];
    !word.is_empty()
        && tens <= 3
        && matches!(
            units,
            "" | "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix"
        )
}

/// A small closed class of words the engine asks about by name
/// (`src/lang/fr/word_classes.tsv`): too few words each for a table of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum WordClass {
    /// Written before a person's name but not part of it ("Sayyid", "Datuk", "Sir", "M.").
    Honorific,
    /// An article inside an Arabic name ("al", "el").
    NameArticle,
    /// A word that ties the words of a place's or an organization's name ("de", "pour").
    NameLink,
    /// A noun that opens the name of a body every state has ("ministère", "gouvernement").
    StateBody,
    /// A word that says a state body is the nation's own ("nationale").
    National,
    /// A preposition before a place that closes a name ("de", "du").
    PlacePreposition,
    /// An article between that preposition and the place ("la", "l'").
    PlaceArticle,
    /// A noun an apposition calls a building by, besides the building heads of
    /// `place_heads.tsv` ("X, siège du gouvernement", "X, le complexe abritant …").
    AppositionBuilding,
}

impl WordClass {
    pub const ALL: [WordClass; 8] = [
        WordClass::Honorific,
        WordClass::NameArticle,
        WordClass::NameLink,
        WordClass::StateBody,
        WordClass::National,
        WordClass::PlacePreposition,
        WordClass::PlaceArticle,
        WordClass::AppositionBuilding,
    ];

    /// Its name in the table's `class` column.
    pub fn name(self) -> &'static str {
        match self {
            WordClass::Honorific => "honorific",
            WordClass::NameArticle => "name_article",
            WordClass::NameLink => "name_link",
            WordClass::StateBody => "state_body",
            WordClass::National => "national",
            WordClass::PlacePreposition => "place_preposition",
            WordClass::PlaceArticle => "place_article",
            WordClass::AppositionBuilding => "apposition_building",
        }
    }
}

/// The French tables ([`Language::French`]).
static FR: LazyLock<Lexicon> = LazyLock::new(Lexicon::french);

/// A map of the tables, keyed by words and hashed with [`WordHasher`].
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A set of the tables, hashed with [`WordHasher`].
pub(crate) type WordSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHasher>>;

/// The hash of the tables' maps and sets: the multiply-rotate hash of the Rust compiler's
/// `FxHasher`, some times faster than the standard SipHash on short words. The tables are
/// built into the binary and only looked up while reading articles, so SipHash's defence
/// against keys chosen to collide is not needed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher {
    hash: u64,
}

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The rest as a little-endian word padded with zeros, shifted in rather than copied
            // (a copy of a variable length is a call to `memcpy`).
            let word = rest
                .iter()
                .rev()
                .fold(0, |word, &b| (word << 8) | u64::from(b));
            self.add(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// What a title head is, so that a title alone can stand for the person who holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Family(pub String);

/// A place known to the language tables (a country, a city or a region), with its GeoNames id.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownPlace {
    pub label: String,
    pub geonames: Option<String>,
    pub coordinates: Option<(String, String)>,
    pub country: bool,
    pub population: u64,
}

/// An organization of `organizations.tsv`: its label and every form news writes it in.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownOrg {
    pub label: String,
    /// The label first, then the aliases, as written in the table.
    pub forms: Vec<String>,
    /// multilateral, agency, media, parliament, movement, party, government, ngo.
    pub kind: String,
}

/// Who holds an office a title and a country name (`leaders.tsv`).
#[derive(Debug, Clone)]
pub struct Leader {
    /// leader, state, government or diplomacy.
    pub office: String,
    /// Folded French country name ("chine").
    pub country: String,
    pub name: String,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// Who holds an office named by its title alone.
#[derive(Debug, Clone)]
pub struct OfficeHolder {
    /// Folded title.
    pub title: String,
    pub reference: String,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    /// The language these are the tables of.
    pub language: Language,
    given_names: WordSet<String>,
    common_words: WordSet<String>,
    /// Lower-case title form (accents kept) → family.
    titles: WordMap<String, Family>,
    /// The same, folded, for text written without accents.
    titles_folded: WordMap<String, Family>,
    /// The longest title form, in words.
    pub title_words: usize,
    /// The title forms, as `titles` and `titles_folded` write them, and every beginning of
    /// them where a longer form may go on (before a space, after an apostrophe): a walk over
    /// the words of a sentence stops at the first words that begin no title.
    title_prefixes: WordSet<String>,
    title_prefixes_folded: WordSet<String>,
    /// Folded title form → the office it names (`titles.tsv`'s third column).
    title_offices: WordMap<String, String>,
    /// Words that may continue a title after its head.
    title_continuations: WordSet<String>,
    org_heads: WordSet<String>,
    institution_heads: WordSet<String>,
    /// Organizations news names without a head noun (`organizations.tsv`).
    pub known_orgs: Vec<KnownOrg>,
    /// Folded words that end an organization's name ("SA", "Inc", "Airlines").
    org_tails: WordSet<String>,
    /// Acronyms in capitals that are common nouns ("PIB", "ONG"), not organizations.
    common_acronyms: WordSet<String>,
    /// Folded words that may stand between an article and a title head ("ancien", "ex").
    title_premodifiers: WordSet<String>,
    institutions: WordSet<String>,
    place_inside: WordSet<String>,
    place_before: WordSet<String>,
    /// The heads of `place_before` that are part of the name ("la mer Rouge", "les îles Cook").
    place_named: WordSet<String>,
    building_before: WordSet<String>,
    /// The last word of each building head, looked up before the head is.
    building_last_words: WordSet<String>,
    particles: WordSet<String>,
    /// The folded words of each [`WordClass`], in the table's order (a few each).
    word_classes: [Vec<String>; WordClass::ALL.len()],
    /// Folded demonym form → folded French country name.
    demonyms: WordMap<String, String>,
    /// Folded name or alias → place.
    /// (Shared: a city has many aliases.)
    places: WordMap<String, Arc<KnownPlace>>,
    /// Folded French country name → its capital ("la capitale kazakhe").
    capitals: WordMap<String, Arc<KnownPlace>>,
    /// The words a place's own name writes in lower case after its first ("saoudite" of
    /// "Arabie saoudite", "arabes" of "Émirats arabes unis"): the only words worth a look-up
    /// when a capitalised name goes on in lower case.
    place_lower_words: WordSet<String>,
    pub office_holders: Vec<OfficeHolder>,
    pub leaders: Vec<Leader>,
    /// Where places lie, for the linker: GeoNames id of a city or US state → ISO country code.
    country_by_geonames: WordMap<String, String>,
    /// GeoNames id of a city → its name and every alias the cities table gives it, for
    /// resolution to join a spelling no table holds to the city by any of its names.
    city_names: WordMap<String, Vec<String>>,
    /// The same for regions by folded name or alias (most regions carry no GeoNames id).
    country_by_region: WordMap<String, String>,
    /// ISO country code → (French name, English name).
    country_names: WordMap<String, (String, String)>,
    /// The rows of the tables that could not be read, as `path:line: problem` (none in the
    /// bundled tables: a test checks it).
    pub(crate) problems: Vec<String>,
}

fn folded(text: &str) -> String {
    fold_text(text).into_owned()
}

/// The items of a list, folded.
fn folded_items(table: &Table, problems: &mut Vec<String>) -> WordSet<String> {
    table.items(problems).into_iter().map(folded).collect()
}

/// A `YYYY-MM-DD` cell.
fn date(cell: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(cell, "%Y-%m-%d").ok()
}

/// The end of a term of office: empty while it lasts, else a date.
fn end_date(cell: &str) -> Result<Option<NaiveDate>, ()> {
    match cell {
        "" => Ok(None),
        cell => date(cell).map(Some).ok_or(()),
    }
}

/// A term of office from a row's start and end cells, or the row's problem when a date is not
/// one.
fn term(
    row: &table::Row,
    from: &str,
    to: &str,
    problems: &mut Vec<String>,
) -> Option<(NaiveDate, Option<NaiveDate>)> {
    match (date(from), end_date(to)) {
        (Some(from), Ok(to)) => Some((from, to)),
        _ => {
            problems.push(row.problem("dates must be YYYY-MM-DD"));
            None
        }
    }
}

/// Lower case with accents kept, hyphens as spaces, plain apostrophes: how titles are compared.
/// Borrowed when that changes nothing.
fn lower(text: &str) -> Cow<'_, str> {
    // Most forms looked up are words of the body already lowered ([`crate::extract::tokens`]):
    // a look at their bytes tells, before the look at each char.
    if text
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'-')
    {
        return Cow::Borrowed(text);
    }
    let kept = |c: char| match c {
        '-' | '\u{2019}' | '\u{2018}' => false,
        c if c.is_ascii() => !c.is_ascii_uppercase(),
        c => crate::text::lowercase_keeps(c),
    };
    if text.chars().all(kept) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.to_lowercase()
            .replace('-', " ")
            .replace(['\u{2019}', '\u{2018}'], "'"),
    )
}

/// A title form cut wherever a longer form of the same words may go on (before a space, after
/// an apostrophe), and whole.
fn form_prefixes(form: &str) -> impl Iterator<Item = String> + '_ {
    form.char_indices()
        .filter_map(|(i, c)| match c {
            ' ' => Some(&form[..i]),
            '\'' => Some(&form[..i + 1]),
            _ => None,
        })
        .chain([form])
        .map(str::to_owned)
}

impl Lexicon {
    fn french() -> Self {
        let mut lexicon = Lexicon {
            language: Language::French,
            ..Lexicon::default()
        };
        let mut problems = Vec::new();
        let given_names = [&fr::GIVEN_NAMES, &fr::GIVEN_NAMES_MANUAL];
        let lines = given_names.iter().map(|t| t.text.lines().count()).sum();
        lexicon.given_names.reserve(lines);
        for table in given_names {
            let items = table.items(&mut problems);
            lexicon.given_names.extend(items.into_iter().map(folded));
        }
        lexicon.common_words = folded_items(&fr::COMMON_WORDS, &mut problems);
        for row in fr::TITLES.rows(&mut problems) {
            let [form, family, office] = row.cells[..] else {
                continue;
            };
            if !office.is_empty() {
                lexicon
                    .title_offices
                    .insert(folded(form), office.to_owned());
            }
            let lower = lower(form);
            lexicon.title_words = lexicon.title_words.max(lower.split_whitespace().count());
            let folded = folded(form);
            lexicon.title_prefixes.extend(form_prefixes(&lower));
            lexicon.title_prefixes_folded.extend(form_prefixes(&folded));
            lexicon
                .titles_folded
                .insert(folded, Family(family.to_owned()));
            lexicon
                .titles
                .insert(lower.into_owned(), Family(family.to_owned()));
        }
        lexicon.title_continuations = folded_items(&fr::TITLE_WORDS, &mut problems);
        lexicon.institutions = folded_items(&fr::INSTITUTIONS, &mut problems);
        lexicon.org_heads = folded_items(&fr::ORG_HEADS, &mut problems);
        lexicon.institution_heads = folded_items(&fr::INSTITUTION_HEADS, &mut problems);
        for row in fr::ORGANIZATIONS.rows(&mut problems) {
            let [label, aliases, kind] = row.cells[..] else {
                continue;
            };
            let forms = std::iter::once(label)
                .chain(values(aliases))
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect();
            lexicon.known_orgs.push(KnownOrg {
                label: label.to_owned(),
                forms,
                kind: kind.to_owned(),
            });
        }
        lexicon.org_tails = folded_items(&fr::ORG_TAILS, &mut problems);
        lexicon.common_acronyms = folded_items(&fr::COMMON_ACRONYMS, &mut problems);
        lexicon.title_premodifiers = folded_items(&fr::TITLE_PREMODIFIERS, &mut problems);
        for row in fr::PLACE_HEADS.rows(&mut problems) {
            let [word, place] = row.cells[..] else {
                continue;
            };
            let set = match place {
                "inside" => &mut lexicon.place_inside,
                "building" => {
                    let last = folded(word)
                        .rsplit(' ')
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    lexicon.building_last_words.insert(last);
                    &mut lexicon.building_before
                }
                "before" => &mut lexicon.place_before,
                "named" => {
                    lexicon.place_named.insert(folded(word));
                    &mut lexicon.place_before
                }
                _ => {
                    problems.push(row.problem("where must be inside, before, named or building"));
                    continue;
                }
            };
            set.insert(folded(word));
        }
        lexicon.particles = folded_items(&fr::NAME_PARTICLES, &mut problems);
        for row in fr::WORD_CLASSES.rows(&mut problems) {
            let [class, word, ..] = row.cells[..] else {
                continue;
            };
            match WordClass::ALL.into_iter().find(|c| c.name() == class) {
                Some(class) => lexicon.word_classes[class as usize].push(folded(word)),
                None => problems.push(row.problem("class is not one lang::WordClass names")),
            }
        }
        let countries = fr::COUNTRIES.rows(&mut problems);
        let regions = fr::REGIONS.rows(&mut problems);
        let cities = fr::CITIES.rows(&mut problems);
        let exonyms = fr::CITY_EXONYMS.rows(&mut problems);
        lexicon.problems = problems;
        lexicon.load_places(&countries, &regions, &cities, &exonyms);
        lexicon.load_place_countries(&countries, &regions, &cities);
        let capitals = fr::CAPITALS.rows(&mut lexicon.problems);
        lexicon.load_capitals(&countries, &capitals);
        for row in fr::OFFICE_HOLDERS.rows(&mut lexicon.problems) {
            let [title, key, from, to] = row.cells[..] else {
                continue;
            };
            let Some((from, to)) = term(&row, from, to, &mut lexicon.problems) else {
                continue;
            };
            lexicon.office_holders.push(OfficeHolder {
                title: folded(title),
                reference: key.to_owned(),
                from,
                to,
            });
        }
        for row in fr::LEADERS.rows(&mut lexicon.problems) {
            let [office, country, name, from, to] = row.cells[..] else {
                continue;
            };
            let Some((from, to)) = term(&row, from, to, &mut lexicon.problems) else {
                continue;
            };
            lexicon.leaders.push(Leader {
                office: office.to_owned(),
                country: folded(country),
                name: name.to_owned(),
                from,
                to,
            });
        }
        lexicon
    }

    fn load_places(&mut self, countries: &[Row], regions: &[Row], cities: &[Row], exonyms: &[Row]) {
        for row in countries {
            let [_iso2, name_fr, name_en, aliases, ms, fs, mp, fp, geonames, _wikidata] =
                row.cells[..]
            else {
                continue;
            };
            let place = Arc::new(KnownPlace {
                label: name_fr.to_owned(),
                geonames: (!geonames.is_empty()).then(|| geonames.to_owned()),
                coordinates: None,
                country: true,
                population: u64::MAX,
            });
            for name in [name_fr, name_en].into_iter().chain(values(aliases)) {
                if name.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
                    self.places
                        .entry(folded(name))
                        .or_insert_with(|| place.clone());
                }
            }
            self.note_lower_words(name_fr);
            for demonym in [ms, fs, mp, fp].into_iter().flat_map(values) {
                self.demonyms.insert(folded(demonym), folded(name_fr));
            }
        }
        for row in regions {
            let [name, _kind, _country, aliases, geonames] = row.cells[..] else {
                continue;
            };
            self.note_lower_words(name);
            let place = Arc::new(KnownPlace {
                label: name.to_owned(),
                geonames: (!geonames.is_empty()).then(|| geonames.to_owned()),
                coordinates: None,
                country: false,
                population: 0,
            });
            for n in std::iter::once(name)
                .chain(values(aliases))
                .filter(|n| !n.is_empty())
            {
                self.places
                    .entry(folded(n))
                    .or_insert_with(|| place.clone());
            }
        }
        // A city's own name wins over another city's alias ("New Delhi" is not Delhi), and
        // among aliases the most populous city wins.
        let mut read: Vec<(Vec<&str>, Arc<KnownPlace>)> = Vec::with_capacity(cities.len());
        for row in cities {
            let [geonames, name, _ascii, _country, population, lat, lon, aliases] = row.cells[..]
            else {
                continue;
            };
            let Ok(population) = population.parse() else {
                self.problems
                    .push(row.problem("population must be a whole number"));
                continue;
            };
            let place = Arc::new(KnownPlace {
                label: name.to_owned(),
                geonames: Some(geonames.to_owned()),
                coordinates: Some((lat.to_owned(), lon.to_owned())),
                country: false,
                population,
            });
            let names = std::iter::once(name)
                .chain(values(aliases))
                .filter(|n| !n.is_empty());
            read.push((names.collect(), place));
        }
        let cities = read;
        let mut own_names = WordSet::default();
        for (names, place) in &cities {
            self.note_lower_words(names[0]);
            let key = folded(names[0]);
            let replace = match self.places.get(&key) {
                // Over a country never; over another city's own name only when more populous.
                Some(old) => {
                    !old.country && (!own_names.contains(&key) || old.population < place.population)
                }
                None => true,
            };
            if replace {
                self.places.insert(key.clone(), place.clone());
            }
            own_names.insert(key);
        }
        for (names, place) in &cities {
            for n in &names[1..] {
                let key = folded(n);
                let replace = match self.places.get(&key) {
                    Some(old) => {
                        !own_names.contains(&key)
                            && !old.country
                            && old.population < place.population
                    }
                    None => true,
                };
                if replace {
                    self.places.insert(key, place.clone());
                }
            }
        }
        // The names French news gives a city that GeoNames gives another place, or lacks.
        for row in exonyms {
            let [name, geonames] = row.cells[..] else {
                continue;
            };
            let meant = cities
                .iter()
                .find(|(_, place)| place.geonames.as_deref() == Some(geonames));
            match meant {
                Some((_, place)) => {
                    self.places.insert(folded(name), place.clone());
                }
                None => self
                    .problems
                    .push(row.problem("no city of cities.tsv has this id")),
            }
        }
    }

    /// Each country's capital, by the country's folded French name: the city of `places`
    /// with the GeoNames id `capitals.tsv` gives.
    fn load_capitals(&mut self, countries: &[Row], capitals: &[Row]) {
        let by_id: WordMap<&str, &Arc<KnownPlace>> = self
            .places
            .values()
            .filter(|p| !p.country)
            .filter_map(|p| Some((p.geonames.as_deref()?, p)))
            .collect();
        let names: WordMap<&str, &str> = countries
            .iter()
            .filter_map(|row| Some((*row.cells.first()?, *row.cells.get(1)?)))
            .collect();
        let mut found = Vec::new();
        for row in capitals {
            let [country, geonames] = row.cells[..] else {
                continue;
            };
            match (names.get(country), by_id.get(geonames)) {
                (Some(name), Some(city)) => found.push((folded(name), Arc::clone(city))),
                _ => self
                    .problems
                    .push(row.problem("no country of countries.tsv or city of cities.tsv")),
            }
        }
        self.capitals.extend(found);
    }

    /// The capital of a country given by its folded French name ("kazakhstan" → Astana).
    pub fn capital_of(&self, country: &str) -> Option<&KnownPlace> {
        self.capitals.get(country).map(Arc::as_ref)
    }

    /// Notes the words a place's own name writes in lower case after its first.
    fn note_lower_words(&mut self, label: &str) {
        if !label.contains(' ') {
            return;
        }
        let lower = label
            .split(' ')
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase));
        self.place_lower_words.extend(lower.map(folded));
    }

    /// Whether a folded word is written in lower case inside a place's name ("saoudite").
    pub fn is_place_lower_word(&self, folded_word: &str) -> bool {
        self.place_lower_words.contains(folded_word)
    }

    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(fold_text(word).as_ref())
    }

    pub fn is_common_word(&self, word: &str) -> bool {
        self.common_words.contains(fold_text(word).as_ref())
    }

    /// The family of a title form (several words allowed). Accents count ("jugé" is no
    /// "juge"), except in text written without any.
    pub fn title(&self, form: &str) -> Option<&Family> {
        let lower = lower(form);
        self.titles.get(lower.as_ref()).or_else(|| {
            let plain = lower.is_ascii();
            if plain {
                self.titles_folded.get(fold_text(form).as_ref())
            } else {
                None
            }
        })
    }

    /// The longest title form that the first words make (at most [`Self::title_words`] of
    /// them, joined as [`crate::extract::names::join_words`] joins them: by spaces, none after
    /// an elision), as [`Self::title`] reads it, with its number of words. The form grows one
    /// word at a time and the walk stops at the first words that begin no title form, so
    /// words that open none cost one lookup.
    pub fn longest_title<'w>(
        &self,
        words: impl IntoIterator<Item = &'w str>,
    ) -> Option<(usize, &Family)> {
        let mut words = words.into_iter().take(self.title_words);
        // Most words begin no title: the first is looked up as it is, without a copy.
        let first = words.next()?;
        let mut form = String::new();
        let mut longest = None;
        for (n, word) in std::iter::once(first).chain(words).enumerate() {
            if n == 1 {
                form.push_str(first);
            }
            if n > 0 {
                if !form.ends_with('\'') {
                    form.push(' ');
                }
                form.push_str(word);
            }
            let form = if n == 0 { first } else { form.as_str() };
            let lower = lower(form);
            // Text written without accents is compared folded. A lower-case ASCII form is its
            // own fold, and a beginning of a title in ASCII is one of its folded beginnings
            // too: one look-up tells.
            let folded = lower.is_ascii().then_some(lower.as_ref());
            let begins = match folded {
                Some(f) => self.title_prefixes_folded.contains(f),
                None => self.title_prefixes.contains(lower.as_ref()),
            };
            if !begins {
                break;
            }
            let family = self
                .titles
                .get(lower.as_ref())
                .or_else(|| folded.and_then(|f| self.titles_folded.get(f)));
            if let Some(family) = family {
                longest = Some((n + 1, family));
            }
        }
        longest
    }

    /// The office a title form names ("chef de l'État" → "state"), if `titles.tsv` says.
    pub fn title_office(&self, form: &str) -> Option<&str> {
        self.title_offices
            .get(fold_text(form).as_ref())
            .map(String::as_str)
    }

    /// Whether a word may continue a title: a listed word or a demonym.
    pub fn continues_title(&self, word: &str) -> bool {
        let word = fold_text(word);
        let word = word.as_ref();
        self.title_continuations.contains(word) || self.demonyms.contains_key(word)
    }

    /// Whether a noun names an institution that can speak ("le ministère", "la présidence").
    pub fn is_institution(&self, word: &str) -> bool {
        self.institutions.contains(fold_text(word).as_ref())
    }

    /// Whether a capitalised noun opens an institution's name written out in words ("le
    /// Conseil national de sécurité", "la Cour pénale internationale").
    pub fn is_institution_head(&self, word: &str) -> bool {
        self.institution_heads.contains(fold_text(word).as_ref())
    }

    pub fn is_org_head(&self, words: &str) -> bool {
        self.org_heads.contains(fold_text(words).as_ref())
    }

    /// Whether a word ends an organization's name ("Airbus SE", "Delta Air Lines").
    pub fn is_org_tail(&self, word: &str) -> bool {
        self.org_tails.contains(fold_text(word).as_ref())
    }

    /// Whether an acronym in capitals is a common noun ("le PIB", "une ONG").
    pub fn is_common_acronym(&self, word: &str) -> bool {
        self.common_acronyms.contains(fold_text(word).as_ref())
    }

    /// Whether a word may stand between an article and a title head ("l'ancien président").
    pub fn is_title_premodifier(&self, word: &str) -> bool {
        self.title_premodifiers.contains(fold_text(word).as_ref())
    }

    pub fn is_place_word_inside(&self, word: &str) -> bool {
        self.place_inside.contains(fold_text(word).as_ref())
    }

    /// Whether lower-case words before a name make it a building ("le palais de Koulouba").
    pub fn is_building_head_before(&self, words: &str) -> bool {
        self.building_before.contains(fold_text(words).as_ref())
    }

    /// Whether a folded word ends a building's head ("palais", "aérienne" of "base aérienne").
    pub fn ends_building_head(&self, folded_word: &str) -> bool {
        self.building_last_words.contains(folded_word)
    }

    pub fn is_place_head_before(&self, words: &str) -> bool {
        self.place_before.contains(fold_text(words).as_ref())
    }

    /// Whether a head before a name is part of the place's name ("mer", "îles", "aéroport").
    pub fn is_place_head_named(&self, words: &str) -> bool {
        self.place_named.contains(fold_text(words).as_ref())
    }

    /// The folded words of a class, in the table's order.
    pub fn words(&self, class: WordClass) -> &[String] {
        &self.word_classes[class as usize]
    }

    /// Whether a folded word is of a class.
    pub fn is(&self, class: WordClass, folded_word: &str) -> bool {
        self.words(class).iter().any(|w| w == folded_word)
    }

    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// The folded French country name of a demonym ("russe" → "russie").
    pub fn demonym_country(&self, word: &str) -> Option<&str> {
        self.demonyms
            .get(fold_text(word).as_ref())
            .map(String::as_str)
    }

    pub fn place(&self, name: &str) -> Option<&KnownPlace> {
        self.places.get(fold_text(name).as_ref()).map(Arc::as_ref)
    }

    /// The name and aliases of the city of a GeoNames id ("Ulan Bator": "Oulan-Bator",
    /// "Ulaanbaatar", …); none for an id the cities table does not hold.
    pub fn city_names(&self, geonames: &str) -> &[String] {
        self.city_names.get(geonames).map_or(&[], Vec::as_slice)
    }

    /// The French and English names of the country a place lies in: a city or US state by
    /// its GeoNames id, a region by its name. None for a country itself and for places the
    /// tables do not know.
    pub fn country_of(&self, geonames: Option<&str>, name: &str) -> Option<(&str, &str)> {
        let iso2 = geonames
            .and_then(|id| self.country_by_geonames.get(id))
            .or_else(|| self.country_by_region.get(fold_text(name).as_ref()))?;
        self.country_names
            .get(iso2)
            .map(|(fr, en)| (fr.as_str(), en.as_str()))
    }

    /// Reads the country columns of the place tables, which [`Self::load_places`] does not need.
    fn load_place_countries(&mut self, countries: &[Row], regions: &[Row], cities: &[Row]) {
        for row in countries {
            if let [iso2, name_fr, name_en, ..] = row.cells[..] {
                self.country_names
                    .insert(iso2.to_owned(), (name_fr.to_owned(), name_en.to_owned()));
            }
        }
        for row in cities {
            if let [geonames, name, _ascii, country, _population, _lat, _lon, aliases] =
                row.cells[..]
            {
                self.country_by_geonames
                    .insert(geonames.to_owned(), country.to_owned());
                let names = std::iter::once(name)
                    .chain(values(aliases))
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect();
                self.city_names.insert(geonames.to_owned(), names);
            }
        }
        for row in regions {
            let [name, _kind, country, aliases, geonames] = row.cells[..] else {
                continue;
            };
            if !geonames.is_empty() {
                self.country_by_geonames
                    .insert(geonames.to_owned(), country.to_owned());
            }
            for n in std::iter::once(name)
                .chain(values(aliases))
                .filter(|n| !n.is_empty())
            {
                self.country_by_region.insert(folded(n), country.to_owned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_answer() {
        assert!(
            FR.is_given_name("Iouri") && FR.is_given_name("Keith") && !FR.is_given_name("Selon")
        );
        assert!(FR.is_common_word("Selon") && FR.is_common_word("cette"));
        assert_eq!(
            FR.title("porte-parole").map(|f| f.0.as_str()),
            Some("spokesperson")
        );
        assert_eq!(FR.demonym_country("américaines"), Some("etats unis"));
        assert_eq!(
            FR.place("Genève").map(|p| p.geonames.as_deref()),
            Some(Some("2660646"))
        );
        assert_eq!(
            FR.country_of(Some("2950159"), "Berlin"),
            Some(("Allemagne", "Germany"))
        );
        assert_eq!(
            FR.country_of(None, "oblast de Koursk").map(|c| c.1),
            Some("Russia")
        );
        assert_eq!(FR.country_of(None, "Atlantide"), None);
        // Exonyms: "Odessa" is the Ukrainian port, not the Texan town GeoNames calls so.
        let geonames = |name: &str| FR.place(name).and_then(|p| p.geonames.clone());
        assert_eq!(geonames("Odessa").as_deref(), Some("698740"));
        assert_eq!(geonames("Abou Dhabi").as_deref(), Some("292968"));
        assert_eq!(geonames("Mexico").as_deref(), Some("3530597"));
        assert_eq!(geonames("New Delhi").as_deref(), Some("1261481"));
        assert!(FR.city_names("2028462").iter().any(|n| n == "Ulaanbaatar"));
        assert!(FR.city_names("0").is_empty());
        assert!(FR
            .office_holders
            .iter()
            .any(|o| o.title == "president russe"));
    }

    #[test]
    fn every_word_class_has_its_words() {
        for class in WordClass::ALL {
            assert!(!FR.words(class).is_empty(), "{}", class.name());
        }
        // Read folded: "ministère" is asked as "ministere".
        assert!(FR.is(WordClass::StateBody, "ministere"));
        assert!(FR.is(WordClass::Honorific, "datuk") && !FR.is(WordClass::Honorific, "anwar"));
    }
}
