//! Roles, and titles that stand for a person: the holder of a title phrase in the article, a
//! country's office holder at the publication date, the same title said again.

use std::ops::Range;
use std::sync::LazyLock;

use super::{Analysis, Gender, Key};
use crate::extract::roles::{self, Named, Phrase};
use crate::extract::{names, Entity, Role};
use crate::lang::{Language, Lexicon};
use crate::reference::EntityClass;
use crate::text::fold_text;

impl Analysis<'_> {
    pub(super) fn named_in(&self, range: &Range<usize>) -> Vec<Named> {
        self.out
            .mentions
            .iter()
            .filter(|m| m.range.start >= range.start && m.range.end <= range.end)
            .map(|m| Named {
                range: m.range.clone(),
                entity: m.entity,
                class: self.out.entities[m.entity].class,
            })
            .collect()
    }

    /// Titles: given to the person they name, or standing alone for someone.
    pub fn add_roles(&mut self) {
        let sentences = self.document.sentences.clone();
        for (s, sentence) in sentences.iter().enumerate() {
            let named = self.named_in(sentence);
            let mut phrases = roles::find(self.lex, &self.document.body, &self.tokens[s], &named);
            for p in &mut phrases {
                self.excluded.extend(p.complements.iter().cloned());
                if p.person.is_none() && self.is_definite(s, &p.range) {
                    p.person = self.title_holder(p);
                    if let Some(person) = p.person.filter(|_| !p.nested) {
                        let head = self.title_head_range(&p.range);
                        self.mention(head, person, 0.6);
                    }
                }
                let Some(person) = p.person else { continue };
                if self.out.entities[person].class != EntityClass::Person {
                    continue;
                }
                // A nationality says whose minister "le ministre français de l'Europe" is
                // better than a place in the complement; an organization says it best.
                let of_place =
                    p.of.is_some_and(|o| self.out.entities[o].class == EntityClass::Place);
                let of = match (p.of, p.country.clone()) {
                    (Some(_), Some(c)) if of_place => self.country_entity(&c).or(p.of),
                    (Some(o), _) => Some(o),
                    (None, c) => c.and_then(|c| self.country_entity(&c)),
                };
                let role = Role {
                    person,
                    label: p.label.clone(),
                    range: p.range.clone(),
                    of,
                    evidence: sentence.clone(),
                    confidence: if p.nested { 0.7 } else { 0.8 },
                };
                if !self.out.roles.iter().any(|r| {
                    r.person == role.person && r.label == role.label && r.evidence == role.evidence
                }) {
                    self.out.roles.push(role);
                }
            }
            self.phrases.push(phrases);
        }
    }

    /// The part of a title phrase that no other mention covers: "président" in "président des
    /// États-Unis", whose country is a mention of its own (mentions never overlap).
    pub(super) fn title_head_range(&self, range: &Range<usize>) -> Range<usize> {
        let Some(inner) = self
            .out
            .mentions
            .iter()
            .find(|m| m.range.start > range.start && m.range.start < range.end)
        else {
            return range.clone();
        };
        let body = &self.document.body;
        let mut head = &body[range.start..inner.range.start];
        let mut complement = false;
        loop {
            let trimmed = head.trim_end();
            let cut = trimmed.trim_end_matches(|c: char| c.is_alphabetic() || c == '\'');
            let last = &trimmed[cut.len()..];
            if cut.len() < trimmed.len()
                && matches!(
                    last,
                    "de" | "du" | "des" | "d'" | "la" | "le" | "l'" | "les"
                )
            {
                head = cut;
                complement = true;
            } else {
                head = trimmed;
                break;
            }
        }
        // Only a complement of the title ("des États-Unis"); "l'envoyé américain à Moscou"
        // is a title and a place, not a title that names a country.
        if !complement {
            return range.clone();
        }
        range.start..range.start + head.len()
    }

    /// "le", "la", "l'", "du", "au" before a title: it names one known holder.
    pub(super) fn is_definite(&self, s: usize, range: &Range<usize>) -> bool {
        let tokens = &self.tokens[s];
        let i = tokens
            .iter()
            .position(|t| t.range.start == range.start)
            .unwrap_or(0);
        i > 0
            && matches!(
                tokens[i - 1].folded.as_str(),
                "le" | "la" | "l'" | "du" | "au" | "son" | "sa"
            )
    }

    /// The person a title alone stands for: someone the article already gave a title of the same
    /// kind and country, else the holder of that office at the publication date.
    pub(super) fn title_holder(&mut self, phrase: &Phrase) -> Option<usize> {
        let folded = fold_text(&phrase.label).into_owned();
        // Everyone the article already gave a title of the same kind and country; the title
        // stands for one of them only if there is exactly one.
        let mut holders: Vec<usize> = Vec::new();
        let mut exact: Vec<usize> = Vec::new();
        let head = title_head(self.lex, &phrase.label);
        // "le chef de la diplomatie turque" is whoever the article called "le ministre turc…";
        // a bare "le secrétaire d'État" needs the same title words.
        // Generic references ("l'envoyé spécial", "le conseiller") point back to whoever
        // holds a title of that family; specific offices ("le secrétaire d'État") need the
        // same title words.
        // Only a title without complement is generic: "la présidente de la Commission" is
        // nobody's "président ukrainien".
        // "le président des États-Unis" is of a country as much as "le président américain".
        let country = phrase.country.clone().or_else(|| {
            let of = &self.out.entities[phrase.of?];
            (of.class == EntityClass::Place).then(|| country_named(self.lex, &of.label))?
        });
        let bare = !folded
            .split_whitespace()
            .skip(head.split_whitespace().count())
            .any(|w| matches!(w, "de" | "du" | "des" | "d'" | "aux") || w.starts_with("d'"));
        let generic = bare
            && matches!(
                phrase.family.as_str(),
                "envoy" | "adviser" | "spokesperson" | "leader" | "kin"
            );
        for role in &self.out.roles {
            let before = role.range.start < phrase.range.start;
            if !before || holders.contains(&role.person) || exact.contains(&role.person) {
                continue;
            }
            let label = fold_text(&role.label);
            // Each test only when the ones before it leave the answer open.
            let same_kind = || match &country {
                // "son homologue syrien" is whoever holds any title of Syria.
                Some(c) => {
                    label
                        .split_whitespace()
                        .any(|w| self.lex.demonym_country(w) == Some(c.as_str()))
                        && (roles_family(self.lex, &role.label) == phrase.family
                            || head == "homologue")
                }
                // "le président de la Chambre" is whoever the article called president of
                // that Chamber, not the president it named before.
                None if phrase.of.is_some() => {
                    role.of == phrase.of
                        && !head.is_empty()
                        && title_head(self.lex, &role.label) == head
                }
                None => {
                    (!head.is_empty() && title_head(self.lex, &role.label) == head)
                        || (generic && roles_family(self.lex, &role.label) == phrase.family)
                }
            };
            if label == folded {
                exact.push(role.person);
            } else if same_kind() {
                holders.push(role.person);
            }
        }
        // The same title word for word outweighs a title of the same kind: "le président
        // égyptien" is whoever the article called so, not "le chef du renseignement égyptien".
        exact.dedup();
        if !exact.is_empty() {
            holders = exact;
        }
        match holders[..] {
            [one] => return Some(one),
            [] => {}
            _ if generic => return self.protagonist(&holders, phrase.range.start),
            _ => return None,
        }
        if let Some(leader) = country
            .as_deref()
            .and_then(|c| self.leader(&head, &folded, c))
        {
            return Some(leader);
        }
        let day = self.published;
        let (holder, _) =
            self.lex
                .office_holders
                .iter()
                .zip(offices(self.lex))
                .find(|(o, office)| {
                    let in_office =
                        day.is_none_or(|d| o.from <= d && o.to.is_none_or(|to| d <= to));
                    in_office
                        && (o.title == folded
                            || (office.family == phrase.family
                                && office.country.is_some()
                                && office.country == country))
                })?;
        let r = self
            .reference
            .entities
            .iter()
            .position(|e| e.key == holder.reference)?;
        // A title inside another ("l'envoyé du président américain") names its holder only if
        // the article names them too: it must not bring a new person into the article.
        if phrase.nested && !self.keys.contains_key(&Key::Reference(r)) {
            return None;
        }
        Some(self.reference_entity(r))
    }

    /// The person the article names who held, at the publication date, the office a title of a
    /// country names (`leaders.tsv`): "le dirigeant chinois" is Xi Jinping if the article
    /// names him. Never a person the article does not name.
    pub(super) fn leader(&self, head: &str, folded: &str, country: &str) -> Option<usize> {
        let office = match head {
            "dirigeant" | "dirigeante" | "homme fort" | "numéro un" => "leader",
            "président" | "présidente" | "chef de l'état" | "cheffe de l'état" => "state",
            "premier ministre"
            | "première ministre"
            | "chef du gouvernement"
            | "cheffe du gouvernement"
            | "chancelier"
            | "chancelière" => "government",
            "chef de la diplomatie" | "cheffe de la diplomatie" => "diplomacy",
            "ministre" if folded.contains("affaires etrangeres") => "diplomacy",
            _ => return None,
        };
        let day = self.published?;
        let names: Vec<&str> = self
            .lex
            .leaders
            .iter()
            .filter(|l| l.office == office && l.country == country)
            .filter(|l| l.from <= day && l.to.is_none_or(|to| day < to))
            .map(|l| l.name.as_str())
            .collect();
        let mut found = names.iter().flat_map(|name| {
            let wanted = crate::resolve::Name::new(name);
            self.out.entities.iter().enumerate().filter(move |(_, e)| {
                e.class == EntityClass::Person
                    && crate::resolve::same_person(&crate::resolve::Name::new(&e.label), &wanted)
            })
        });
        let (first, _) = found.next()?;
        found.all(|(e, _)| e == first).then_some(first)
    }

    /// Of several people a generic title could stand for ("le dirigeant libéral"), the one
    /// the article is about: named at least three times before `at`, and twice as often as
    /// any other. News calls its main character by such epithets; anyone else, it names.
    pub(super) fn protagonist(&self, candidates: &[usize], at: usize) -> Option<usize> {
        let mut counts: Vec<(usize, usize)> = candidates
            .iter()
            .map(|&c| {
                let n = self
                    .out
                    .mentions
                    .iter()
                    .take_while(|m| m.range.start < at)
                    .filter(|m| m.entity == c)
                    .count();
                (n, c)
            })
            .collect();
        counts.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        match counts[..] {
            [(first, person), (second, _), ..] if first >= 3 && first >= 2 * second => Some(person),
            _ => None,
        }
    }

    /// The gender the article shows for a person: a civility before one of their names ("Mme
    /// Sheinbaum"), else the gender of a title it gives them ("la présidente mexicaine").
    pub(super) fn gender_of(&self, person: usize) -> Option<Gender> {
        let body = &self.document.body;
        let civility = self
            .out
            .mentions
            .iter()
            .filter(|m| m.entity == person)
            .find_map(
                |m| match body[..m.range.start].split_whitespace().next_back()? {
                    "Mme" | "Madame" | "Mlle" | "Mademoiselle" | "Mmes" => Some(Gender::Feminine),
                    "M." | "Monsieur" | "MM." => Some(Gender::Masculine),
                    _ => None,
                },
            );
        civility.or_else(|| {
            self.out
                .roles
                .iter()
                .filter(|r| r.person == person)
                .find_map(|r| self.title_gender(&r.range))
        })
    }

    /// The gender of the title phrase at `range`: its article ("la", "le"), else the ending
    /// of its first word ("présidente", "directeur"); none for "l'homologue" or "ministre".
    pub(super) fn title_gender(&self, range: &Range<usize>) -> Option<Gender> {
        let body = &self.document.body;
        let article = body[..range.start]
            .split_whitespace()
            .next_back()
            .map(str::to_lowercase);
        match article.as_deref() {
            Some("la" | "une" | "cette" | "sa") => return Some(Gender::Feminine),
            Some("le" | "un" | "ce" | "du" | "au") => return Some(Gender::Masculine),
            _ => {}
        }
        let first = body[range.clone()]
            .split_whitespace()
            .next()?
            .to_lowercase();
        let word = first.rsplit('-').next().unwrap_or(&first);
        if FEMININE_ENDINGS.iter().any(|e| word.ends_with(e)) {
            Some(Gender::Feminine)
        } else if MASCULINE_ENDINGS.iter().any(|e| word.ends_with(e)) {
            Some(Gender::Masculine)
        } else {
            None
        }
    }

    /// The place entity of a country named by its demonym ("russe" → Russie).
    pub(super) fn country_entity(&mut self, folded_country: &str) -> Option<usize> {
        if let Some(r) =
            self.reference.entities.iter().position(|e| {
                e.class == EntityClass::Place && fold_text(&e.label) == folded_country
            })
        {
            return Some(self.reference_entity(r));
        }
        let place = self.lex.place(folded_country)?.clone();
        let label = place.label.clone();
        let entity = Entity {
            class: EntityClass::Place,
            label: label.clone(),
            reference: None,
            place: Some(place),
        };
        Some(self.entity(
            Key::New(EntityClass::Place, fold_text(&label).into_owned()),
            || entity,
        ))
    }
}

/// Endings of feminine title words ("présidente", "directrice", "chancelière", "envoyée",
/// "cheffe", "élue"), checked before the masculine ones; words of either gender
/// ("ministre", "porte-parole") have neither.
const FEMININE_ENDINGS: &[&str] = &[
    "rice", "ière", "euse", "esse", "ffe", "ente", "ante", "ée", "ue", "ienne", "eure", "aine",
    "onne", "ale", "ouse", "sœur", "mère", "fille", "reine",
];
const MASCULINE_ENDINGS: &[&str] = &[
    "eur", "ier", "ent", "ant", "é", "u", "ien", "ain", "on", "al", "oux", "roi", "fils", "frère",
];

/// What [`Analysis::title_holder`] compares of an office in `office_holders.tsv`.
struct Office {
    /// The family of the office's title ([`roles_family`]).
    family: String,
    /// The folded country of the title's demonym ("président russe" → "russie").
    country: Option<String>,
}

/// The offices of a language's [`Lexicon::office_holders`], in the same order, read once.
fn offices(lex: &Lexicon) -> &'static [Office] {
    static FRENCH: LazyLock<Vec<Office>> =
        LazyLock::new(|| read_offices(Language::French.lexicon()));
    match lex.language {
        Language::French => &FRENCH,
    }
}

fn read_offices(lex: &Lexicon) -> Vec<Office> {
    lex.office_holders
        .iter()
        .map(|o| Office {
            family: roles_family(lex, &o.title),
            country: o
                .title
                .split_whitespace()
                .find_map(|w| lex.demonym_country(w).map(str::to_owned))
                .or_else(|| country_complement(lex, &o.title)),
        })
        .collect()
}

/// The folded name of the country a place label names, if it is one ("États-Unis" →
/// "etats-unis").
fn country_named(lex: &Lexicon, label: &str) -> Option<String> {
    let folded = fold_text(label);
    lex.place(&folded)
        .filter(|p| p.country)
        .map(|p| fold_text(&p.label).into_owned())
}

/// The country a title names in a complement ("président des états-unis" → "etats-unis").
fn country_complement(lex: &Lexicon, title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let rest = if let Some(r) = w.strip_prefix("d'") {
            std::iter::once(r)
                .chain(words[i + 1..].iter().copied())
                .collect::<Vec<_>>()
        } else if matches!(*w, "de" | "du" | "des") {
            words[i + 1..].to_vec()
        } else {
            return None;
        };
        let rest = rest.join(" ");
        let rest = rest
            .strip_prefix("la ")
            .or_else(|| rest.strip_prefix("l'"))
            .unwrap_or(&rest);
        country_named(lex, rest)
    })
}

/// The head words of a title phrase, lower case ("secrétaire d'état" in "secrétaire d'État
/// américain").
fn title_head(lex: &Lexicon, label: &str) -> String {
    let words: Vec<String> = label
        .to_lowercase()
        .replace('-', " ")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    lex.longest_title(words.iter().map(String::as_str))
        .map(|(n, _)| names::join_words(&words[..n]))
        .unwrap_or_default()
}

/// The family of a title phrase's head (its first words).
fn roles_family(lex: &Lexicon, label: &str) -> String {
    lex.longest_title(fold_text(label).split_whitespace())
        .map(|(_, family)| family.0.clone())
        .unwrap_or_default()
}
