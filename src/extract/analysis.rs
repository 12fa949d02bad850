//! One article under analysis: the entity table, and the stages that fill it in order.
//!
//! Names first (reference data, then the name rules), then the mentions that stand for a name
//! already seen (a surname alone, a mis-spelling, a title alone, a pronoun before a speech
//! verb), then roles, claims and events, each reading what the stages before it found.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;

use super::roles::{self, Named, Phrase};
use super::speech::{find_speech_in, Speaker, Speech};
use super::tokens::{tokenize, Token};
use super::{events, names, Claim, Entity, Extraction, Mention, RefMatch, Role};
use crate::lang::{Language, Lexicon, WordMap, WordSet};
use crate::reference::{EntityClass, Reference};
use crate::text::{fold_text, Document};

/// How an entity is known inside one article.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Reference(usize),
    New(EntityClass, String),
}

pub struct Analysis<'a> {
    reference: &'a Reference,
    document: &'a Document,
    published: Option<NaiveDate>,
    /// The outlet's name, folded.
    source: Option<String>,
    /// Tokens of each sentence, in sentence order.
    tokens: Vec<Vec<Token>>,
    /// The tables of the article's language.
    lex: &'static Lexicon,
    keys: WordMap<Key, usize>,
    out: Extraction,
    /// Title phrases of each sentence.
    phrases: Vec<Vec<Phrase>>,
    /// Byte ranges whose persons are not participants of events.
    excluded: Vec<Range<usize>>,
    /// The speech of each sentence, read once for claims and events.
    speech: Vec<Vec<Speech>>,
}

impl<'a> Analysis<'a> {
    pub fn new(
        reference: &'a Reference,
        document: &'a Document,
        info: &super::ArticleInfo<'_>,
    ) -> Self {
        let tokens = document
            .sentences
            .iter()
            .map(|s| tokenize(&document.body, s.clone()))
            .collect();
        Analysis {
            reference,
            document,
            published: info.published,
            source: info.source.map(|s| fold_text(s.trim()).into_owned()),
            tokens,
            lex: info.language.lexicon(),
            keys: WordMap::default(),
            out: Extraction::default(),
            phrases: Vec::new(),
            excluded: Vec::new(),
            speech: Vec::new(),
        }
    }

    fn entity(&mut self, key: Key, make: impl FnOnce() -> Entity) -> usize {
        if let Some(&e) = self.keys.get(&key) {
            return e;
        }
        self.out.entities.push(make());
        let e = self.out.entities.len() - 1;
        self.keys.insert(key, e);
        e
    }

    fn reference_entity(&mut self, r: usize) -> usize {
        let e = &self.reference.entities[r];
        let entity = Entity {
            class: e.class,
            label: e.label.clone(),
            reference: Some(r),
            place: None,
        };
        self.entity(Key::Reference(r), || entity)
    }

    fn mention(&mut self, range: Range<usize>, entity: usize, confidence: f64) {
        if !self.covered(&range) {
            let at = self
                .out
                .mentions
                .partition_point(|m| m.range.start < range.start);
            self.out.mentions.insert(
                at,
                Mention {
                    range,
                    entity,
                    confidence,
                },
            );
        }
    }

    /// Whether a mention overlaps `range`. Mentions are kept in text order and never overlap
    /// ([`Analysis::mention`]), so the ends of those with some text are in order too: of the
    /// mentions that start before `range` ends, the last with some text reaches furthest.
    fn covered(&self, range: &Range<usize>) -> bool {
        let mentions = &self.out.mentions;
        let before = mentions.partition_point(|m| m.range.start < range.end);
        mentions[..before]
            .iter()
            .rev()
            .find(|m| !m.range.is_empty())
            .is_some_and(|m| range.start < m.range.end)
    }

    /// Reference names; a given name written before a known surname joins it ("Stephen Witkoff").
    pub fn add_reference_names(&mut self, found: Vec<RefMatch>) {
        let body = &self.document.body;
        for m in found {
            let mut range = m.range.clone();
            let person = self.reference.entities[m.reference].class == EntityClass::Person;
            if person && !body[range.clone()].contains(' ') {
                let before = body[..range.start].trim_end_matches(' ');
                let word_start = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let word = &before[word_start..];
                if before.len() + 1 == range.start
                    && word.chars().next().is_some_and(char::is_uppercase)
                    && self.lex.is_given_name(word)
                {
                    // "Stephen Witkoff" is Steve Witkoff; "Carlos Rubio" is not Marco Rubio:
                    // a given name that disagrees with every known one makes another person,
                    // left to the name rules.
                    let initial = word.chars().next();
                    let agrees = self.reference.entities[m.reference]
                        .names
                        .iter()
                        .filter(|n| n.contains(' '))
                        .any(|n| n.chars().next() == initial);
                    if !agrees {
                        continue;
                    }
                    range.start = word_start;
                }
            }
            let e = self.reference_entity(m.reference);
            self.mention(range, e, m.confidence);
        }
    }

    /// People, places and organizations found by the name rules.
    pub fn add_new_names(&mut self) {
        let mut definitions = names::Definitions::default();
        for s in 0..self.tokens.len() {
            let covered = |r: &Range<usize>| self.covered(r);
            let candidates = names::find(
                self.lex,
                &self.document.body,
                &self.tokens[s],
                &covered,
                &mut definitions,
            );
            for mut c in candidates {
                if self.source.as_deref() == Some(fold_text(&c.label).as_ref()) {
                    c.class = EntityClass::Organization;
                }
                let key = Key::New(c.class, crate::resolve::name_key(&c.label));
                let entity = Entity {
                    class: c.class,
                    label: c.label.clone(),
                    reference: None,
                    place: c.place.clone(),
                };
                let e = self.entity(key, || entity);
                self.mention(c.range, e, c.confidence);
            }
        }
    }

    /// A known surname written alone ("Kushner") is the known person, unless the article names
    /// in full another person of that surname ("Charles Kushner") and never the known one:
    /// then the surname is that other person's, and the known one is not in the article.
    pub fn prefer_article_names(&mut self) {
        let body = &self.document.body;
        // Each entity's mentions, read once (not once per entity: a long article has thousands).
        // (A mention moved below goes to an entity without reference data, never visited.)
        let mut by_entity: Vec<Vec<usize>> = vec![Vec::new(); self.out.entities.len()];
        for (m, mention) in self.out.mentions.iter().enumerate() {
            by_entity[mention.entity].push(m);
        }
        for (r, mentions) in by_entity.into_iter().enumerate() {
            let entity = &self.out.entities[r];
            if entity.class != EntityClass::Person || entity.reference.is_none() {
                continue;
            }
            let written: Vec<&str> = mentions
                .iter()
                .map(|&m| body[self.out.mentions[m].range.clone()].trim())
                .collect();
            if written.is_empty() || written.iter().any(|w| w.contains(' ')) {
                continue;
            }
            let surname = fold_text(written[0]).into_owned();
            let others: Vec<usize> = (0..self.out.entities.len())
                .filter(|&o| {
                    let other = &self.out.entities[o];
                    other.class == EntityClass::Person
                        && other.reference.is_none()
                        && other.label.contains(' ')
                        && other
                            .label
                            .rsplit(' ')
                            .next()
                            .is_some_and(|last| fold_text(last) == surname)
                })
                .collect();
            let [other] = others[..] else {
                continue;
            };
            for &m in &mentions {
                self.out.mentions[m].entity = other;
            }
        }
        self.join_lone_surnames();
        self.drop_unmentioned();
    }

    /// A name the rules found alone ("le président Erdogan") is the one person of the article
    /// whose full name ends with it ("Recep Tayyip Erdogan"), not a second person.
    fn join_lone_surnames(&mut self) {
        let mut by_surname: WordMap<String, Vec<usize>> = WordMap::default();
        let mut by_first: WordMap<String, Vec<usize>> = WordMap::default();
        for (e, entity) in self.out.entities.iter().enumerate() {
            if entity.class != EntityClass::Person {
                continue;
            }
            let mut surnames: Vec<String> = self
                .names_of(entity)
                .filter(|n| n.contains(' '))
                .filter_map(|n| n.rsplit(' ').next())
                .map(|last| fold_text(last).into_owned())
                .collect();
            surnames.sort_unstable();
            surnames.dedup();
            for surname in surnames {
                by_surname.entry(surname).or_default().push(e);
            }
            // "le président Xi" for Xi Jinping: a family name written first.
            if let Some(first) = entity.label.split_whitespace().next() {
                let first = fold_text(first).into_owned();
                if entity.label.contains(' ') {
                    by_first.entry(first).or_default().push(e);
                }
            }
        }
        let lone: Vec<(usize, usize)> = self
            .out
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.class == EntityClass::Person && e.reference.is_none() && !e.label.contains(' ')
            })
            .filter_map(|(e, entity)| {
                let name = fold_text(&entity.label);
                let full = by_surname
                    .get(name.as_ref())
                    .or_else(|| by_first.get(name.as_ref()))?;
                (full.len() == 1 && full[0] != e).then(|| (e, full[0]))
            })
            .collect();
        for (from, to) in lone {
            for m in &mut self.out.mentions {
                if m.entity == from {
                    m.entity = to;
                }
            }
        }
    }

    /// Every name of an entity: the article's label, then the reference data's names.
    fn names_of<'e>(&'e self, entity: &'e Entity) -> impl Iterator<Item = &'e str> {
        let reference = entity.reference.map(|r| &self.reference.entities[r].names);
        std::iter::once(entity.label.as_str())
            .chain(reference.into_iter().flatten().map(String::as_str))
    }

    /// Removes entities no mention stands for any more (before roles, claims and events).
    fn drop_unmentioned(&mut self) {
        let used: WordSet<usize> = self.out.mentions.iter().map(|m| m.entity).collect();
        let mut new_index = vec![None; self.out.entities.len()];
        let mut kept = Vec::new();
        for (e, entity) in std::mem::take(&mut self.out.entities)
            .into_iter()
            .enumerate()
        {
            if used.contains(&e) {
                new_index[e] = Some(kept.len());
                kept.push(entity);
            }
        }
        self.out.entities = kept;
        for m in &mut self.out.mentions {
            m.entity = new_index[m.entity].expect("a mentioned entity is kept");
        }
        self.keys = std::mem::take(&mut self.keys)
            .into_iter()
            .filter_map(|(k, e)| new_index[e].map(|e| (k, e)))
            .collect();
    }

    /// A surname alone ("Ouchakov", "M. Kellogg") or a mis-spelt one ("Whitkoff") stands for the
    /// person named in full elsewhere in the article.
    pub fn resolve_surnames(&mut self) {
        let mut surnames: Vec<(String, usize)> = Vec::new();
        let mut listed: WordSet<(String, usize)> = WordSet::default();
        for (e, entity) in self.out.entities.iter().enumerate() {
            if entity.class != EntityClass::Person {
                continue;
            }
            for name in self.names_of(entity) {
                if let Some(last) = name.split_whitespace().last() {
                    let last = fold_text(last).into_owned();
                    if last.chars().count() >= 3 && listed.insert((last.clone(), e)) {
                        surnames.push((last, e));
                    }
                }
            }
        }
        // The first words of full names that no surname shares and that are not common words.
        let surname_words: WordSet<&str> = surnames.iter().map(|(s, _)| s.as_str()).collect();
        let mut firsts: WordMap<String, Vec<usize>> = WordMap::default();
        for (e, entity) in self.out.entities.iter().enumerate() {
            if entity.class != EntityClass::Person {
                continue;
            }
            // The first word, and a middle name of four letters or more that is no particle
            // ("Lula" in Luiz Inácio Lula da Silva).
            let words: Vec<&str> = entity.label.split_whitespace().collect();
            let Some((_, leading)) = words.split_last() else {
                continue;
            };
            for (i, word) in leading.iter().enumerate() {
                let word = fold_text(word).into_owned();
                let long_enough = word.chars().count() >= if i == 0 { 3 } else { 4 };
                if long_enough
                    && !self.lex.is_common_word(&word)
                    && !self.lex.is_particle(&word)
                    && !surname_words.contains(word.as_str())
                {
                    let list = firsts.entry(word).or_default();
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
            }
        }
        // The surnames by their text, and by their first letter for the misspelt ones, each list
        // in the order above (a surname that fits two people names neither).
        let mut exactly: WordMap<&str, Vec<usize>> = WordMap::default();
        let mut by_initial: WordMap<char, Vec<(&str, usize)>> = WordMap::default();
        for (surname, e) in &surnames {
            exactly.entry(surname.as_str()).or_default().push(*e);
            if let Some(initial) = surname.chars().next() {
                by_initial
                    .entry(initial)
                    .or_default()
                    .push((surname.as_str(), *e));
            }
        }
        let mut found = Vec::new();
        for tokens in &self.tokens {
            for (k, t) in tokens.iter().enumerate() {
                if !t.word
                    || !t.capitalised
                    || self.covered(&t.range)
                    || (k == 0 && self.lex.is_common_word(&t.folded))
                {
                    continue;
                }
                let exact: &[usize] = exactly.get(t.folded.as_str()).map_or(&[], Vec::as_slice);
                if let [e] = exact[..] {
                    found.push((t.range.clone(), e, 0.8));
                    continue;
                }
                // "Anwar" for Anwar Ibrahim, "le président Lee" for Lee Jae-myung: names written
                // given name or family name first are often cut to their first word.
                if exact.is_empty() {
                    if let Some([e]) = firsts.get(t.folded.as_str()).map(Vec::as_slice) {
                        found.push((t.range.clone(), *e, 0.7));
                        continue;
                    }
                }
                if exact.is_empty()
                    && t.folded.chars().count() >= 5
                    && !self.lex.is_common_word(&t.folded)
                {
                    let same_initial = t
                        .folded
                        .chars()
                        .next()
                        .and_then(|c| by_initial.get(&c))
                        .map_or(&[][..], Vec::as_slice);
                    let close: Vec<usize> = same_initial
                        .iter()
                        .filter(|(s, _)| s.chars().count() >= 5)
                        .filter(|(s, _)| strsim::jaro_winkler(s, &t.folded) >= 0.92)
                        .map(|(_, e)| *e)
                        .collect();
                    if let [e] = close[..] {
                        found.push((t.range.clone(), e, 0.6));
                    }
                }
            }
        }
        for (range, e, confidence) in found {
            self.mention(range, e, confidence);
        }
    }

    fn named_in(&self, range: &Range<usize>) -> Vec<Named> {
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
    fn title_head_range(&self, range: &Range<usize>) -> Range<usize> {
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
    fn is_definite(&self, s: usize, range: &Range<usize>) -> bool {
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
    fn title_holder(&mut self, phrase: &Phrase) -> Option<usize> {
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
    fn leader(&self, head: &str, folded: &str, country: &str) -> Option<usize> {
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
    fn protagonist(&self, candidates: &[usize], at: usize) -> Option<usize> {
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

    /// The place entity of a country named by its demonym ("russe" → Russie).
    fn country_entity(&mut self, folded_country: &str) -> Option<usize> {
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

    /// Quotations and reported speech, attributed to a person or an organization.
    pub fn add_claims(&mut self) {
        let sentences = self.document.sentences.clone();
        let body = &self.document.body;
        let speeches: Vec<Vec<Speech>> = sentences
            .iter()
            .zip(&self.tokens)
            .map(|(sentence, tokens)| find_speech_in(body, sentence.clone(), tokens))
            .collect();
        let mut last_speaker: Option<(usize, usize)> = None; // (sentence, entity)
        for (s, sentence) in sentences.iter().enumerate() {
            for speech in &speeches[s] {
                let claimant = match &speech.speaker {
                    Speaker::Phrase(range) => {
                        self.excluded.push(range.clone());
                        self.speaker_of(range)
                    }
                    Speaker::Pronoun(range) => last_speaker
                        .filter(|(at, _)| s - at <= 3)
                        .map(|(_, e)| e)
                        .or_else(|| self.last_person_before(range.start, sentence.start)),
                };
                let Some(claimant) = claimant else { continue };
                if speech.content.is_empty()
                    || self.document.body[speech.content.clone()]
                        .trim()
                        .chars()
                        .count()
                        < 2
                {
                    continue;
                }
                last_speaker = Some((s, claimant));
                self.out.claims.push(Claim {
                    claimant,
                    text: speech.content.clone(),
                    quoted: speech.quoted,
                    about: None,
                    evidence: sentence.clone(),
                    confidence: speech.confidence,
                });
            }
        }
        self.speech = speeches;
        self.dedupe_claims();
    }

    /// The entity a speaker phrase names: a person in it, else an organization, else a name the
    /// rules did not know (an acronym is an outlet or institution, two capitalised words a person).
    fn speaker_of(&mut self, range: &Range<usize>) -> Option<usize> {
        let inside: Vec<&Mention> = self
            .out
            .mentions
            .iter()
            .filter(|m| m.range.start < range.end && range.start < m.range.end)
            .collect();
        let class_of = |m: &&Mention| self.out.entities[m.entity].class;
        if let Some(m) = inside
            .iter()
            .rev()
            .find(|m| class_of(m) == EntityClass::Person)
        {
            return Some(m.entity);
        }
        if let Some(m) = inside
            .iter()
            .find(|m| class_of(m) == EntityClass::Organization)
        {
            return Some(m.entity);
        }
        if !inside.is_empty() {
            return None;
        }
        let text = self.document.body[range.clone()].trim();
        if let Some(e) = self.institution(range, text) {
            return Some(e);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let capitalised: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let last = *words.last()?;
        let letters = last.chars().filter(|c| c.is_alphabetic()).count();
        let acronym = (2..=6).contains(&letters)
            && last
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        let start = range.start
            + text.rfind(last).unwrap_or(0)
            + (self.document.body[range.clone()].len()
                - self.document.body[range.clone()].trim_start().len());
        if acronym {
            let entity = Entity {
                class: EntityClass::Organization,
                label: last.to_owned(),
                reference: None,
                place: None,
            };
            let e = self.entity(
                Key::New(EntityClass::Organization, fold_text(last).into_owned()),
                || entity,
            );
            self.mention(start..start + last.len(), e, 0.6);
            return Some(e);
        }
        if capitalised.len() >= 2
            && capitalised.len() == words.len()
            && !capitalised.iter().any(|w| self.lex.is_common_word(w))
        {
            let name = capitalised.join(" ");
            let offset = range.start
                + self.document.body[range.clone()]
                    .find(capitalised[0])
                    .unwrap_or(0);
            let entity = Entity {
                class: EntityClass::Person,
                label: name.clone(),
                reference: None,
                place: None,
            };
            let e = self.entity(
                Key::New(EntityClass::Person, fold_text(&name).into_owned()),
                || entity,
            );
            self.mention(offset..range.end.min(offset + text.len()), e, 0.6);
            return Some(e);
        }
        None
    }

    /// An institution speaking without a proper name: "le ministère" is the ministry the article
    /// named before; "la présidence égyptienne" or "le département d'État" is an organization
    /// of that name.
    fn institution(&mut self, range: &Range<usize>, text: &str) -> Option<usize> {
        let lower = text.to_lowercase();
        let rest = ["le ", "la ", "les ", "l'"]
            .iter()
            .find_map(|a| lower.strip_prefix(a))?;
        let head = rest.split([' ', '\'']).next()?;
        if !self.lex.is_institution(head) {
            return None;
        }
        let earlier = self.out.mentions.iter().rev().find(|m| {
            m.range.end <= range.start
                && self.out.entities[m.entity].class == EntityClass::Organization
                && fold_text(&self.out.entities[m.entity].label)
                    .starts_with(fold_text(head).as_ref())
        });
        if let Some(m) = earlier {
            return Some(m.entity);
        }
        if rest.split_whitespace().count() < 2 {
            return None;
        }
        let offset = text.len() - rest.len();
        let start = range.start
            + (self.document.body[range.clone()].len()
                - self.document.body[range.clone()].trim_start().len())
            + offset;
        let body = &self.document.body;
        if start + rest.len() > body.len()
            || !body.is_char_boundary(start)
            || !body.is_char_boundary(start + rest.len())
        {
            return None;
        }
        let label = body[start..start + rest.len()].to_owned();
        let entity = Entity {
            class: EntityClass::Organization,
            label: label.clone(),
            reference: None,
            place: None,
        };
        let e = self.entity(
            Key::New(EntityClass::Organization, fold_text(&label).into_owned()),
            || entity,
        );
        self.mention(start..start + rest.len(), e, 0.6);
        Some(e)
    }

    fn last_person_before(&self, at: usize, sentence_start: usize) -> Option<usize> {
        let previous_start = self
            .document
            .sentences
            .iter()
            .rev()
            .find(|s| s.end <= sentence_start)
            .map_or(sentence_start, |s| s.start);
        self.out
            .mentions
            .iter()
            .rev()
            .filter(|m| m.range.end <= at && m.range.start >= previous_start)
            .find(|m| self.out.entities[m.entity].class == EntityClass::Person)
            .map(|m| m.entity)
    }

    /// One claim per statement: of two claims by one claimant whose texts overlap, the longer.
    fn dedupe_claims(&mut self) {
        let claims = std::mem::take(&mut self.out.claims);
        let mut kept: Vec<Claim> = Vec::new();
        for claim in claims {
            let overlapping = kept.iter().position(|k| {
                k.claimant == claim.claimant
                    && k.text.start < claim.text.end
                    && claim.text.start < k.text.end
            });
            match overlapping {
                Some(i) if kept[i].text.len() >= claim.text.len() => {}
                Some(i) => kept[i] = claim,
                None => kept.push(claim),
            }
        }
        self.out.claims = kept;
    }

    /// Meetings and calls, and what each claim is about.
    pub fn add_events(&mut self) {
        let context = events::Context {
            entities: &self.out.entities,
            mentions: &self.out.mentions,
            excluded: &self.excluded,
            anchor: self.published,
            speech: &self.speech,
            tokens: &self.tokens,
        };
        self.out.events = events::find_events(self.document, &context);
        self.seat_locations();
        // A claim is about the first event of its sentence, else of its paragraph. Both are
        // looked up in maps built once: a long article has thousands of claims and events.
        let paragraphs = &self.document.paragraphs;
        let paragraph_of = |r: &Range<usize>| {
            // Paragraphs are in text order and do not overlap.
            let p = paragraphs.partition_point(|p| p.end <= r.start);
            paragraphs
                .get(p)
                .is_some_and(|p| p.start <= r.start && r.start < p.end)
                .then_some(p)
        };
        let mut by_sentence: WordMap<(usize, usize), usize> = WordMap::default();
        let mut by_paragraph: WordMap<Option<usize>, usize> = WordMap::default();
        for (n, event) in self.out.events.iter().enumerate() {
            for evidence in &event.evidence {
                by_sentence
                    .entry((evidence.start, evidence.end))
                    .or_insert(n);
                by_paragraph.entry(paragraph_of(evidence)).or_insert(n);
            }
        }
        for claim in &mut self.out.claims {
            let sentence = (claim.evidence.start, claim.evidence.end);
            claim.about = by_sentence
                .get(&sentence)
                .or_else(|| by_paragraph.get(&paragraph_of(&claim.evidence)))
                .copied();
        }
    }

    /// One meets "au Kremlin" or "à la Maison Blanche": an organization the reference data
    /// locates is the place of an event that has none, when the event's sentence puts it after
    /// a place preposition.
    fn seat_locations(&mut self) {
        for event in &mut self.out.events {
            // A call has no place: ng:location is for meetings.
            if event.place.is_some() || event.kind != super::EventKind::Meeting {
                continue;
            }
            let Some(sentence) = event.evidence.first() else {
                continue;
            };
            let seat = self.out.mentions.iter().find(|m| {
                if m.range.start < sentence.start || m.range.end > sentence.end {
                    return false;
                }
                let entity = &self.out.entities[m.entity];
                let located = entity
                    .reference
                    .is_some_and(|r| self.reference.entities[r].located);
                let before = self.document.body[sentence.start..m.range.start].to_lowercase();
                let at = ["à la ", "au ", "à l'", "dans le "]
                    .iter()
                    .any(|p| before.ends_with(p));
                // "la réunion de la Maison Blanche", but not "l'annonce du Kremlin".
                let of_meeting = ["de la ", "du "].iter().any(|p| {
                    before.strip_suffix(p).is_some_and(|b| {
                        let noun = b.trim_end().rsplit(' ').next().unwrap_or("");
                        matches!(
                            noun,
                            "réunion"
                                | "rencontre"
                                | "sommet"
                                | "entretien"
                                | "entretiens"
                                | "pourparlers"
                        )
                    })
                });
                let governed = at || of_meeting;
                entity.class == EntityClass::Organization && located && governed
            });
            event.place = seat.map(|m| m.entity);
        }
    }

    pub fn finish(self) -> Extraction {
        self.out
    }
}

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
