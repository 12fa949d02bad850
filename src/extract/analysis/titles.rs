//! Roles, and titles that stand for a person: the holder of a title phrase in the article, a
//! country's office holder at the publication date, the same title said again.

use std::ops::Range;
use std::sync::LazyLock;

use super::{Analysis, Gender, Key, RoleKey};
use crate::extract::roles::{self, Named, Phrase};
use crate::extract::{Entity, Role};
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
                let confidence = if p.nested { 0.7 } else { 0.8 };
                self.push_role(p, sentence, person, confidence);
                if let Some(second) = p.also {
                    self.push_role(p, sentence, second, confidence);
                }
            }
            self.phrases.push(phrases);
        }
    }

    /// The role a title phrase gives a person, once per title and sentence.
    fn push_role(&mut self, p: &Phrase, sentence: &Range<usize>, person: usize, confidence: f64) {
        if self.out.entities[person].class != EntityClass::Person {
            return;
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
            confidence,
        };
        if !self.out.roles.iter().any(|r| {
            r.person == role.person && r.label == role.label && r.evidence == role.evidence
        }) {
            let key = self.role_key(&role, p);
            self.role_keys.push(key);
            self.out.roles.push(role);
        }
    }

    /// An epithet title that [`Analysis::epithet_speaker`] read as `person` (title phrase `i`
    /// of sentence `s`): that person's role and a mention of them, as any title resolved.
    pub(super) fn epithet_role(&mut self, s: usize, i: usize, person: usize) {
        let Some(p) = self.phrases.get_mut(s).and_then(|ps| ps.get_mut(i)) else {
            return;
        };
        p.person = Some(person);
        let p = p.clone();
        let head = self.title_head_range(&p.range);
        self.mention(head, person, 0.6);
        let sentence = self.document.sentences[s].clone();
        self.push_role(&p, &sentence, person, 0.6);
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
        let term = term_of(&folded);
        let not_yet = folded.split_whitespace().any(|w| {
            matches!(
                w,
                "elu"
                    | "elue"
                    | "designe"
                    | "designee"
                    | "futur"
                    | "future"
                    | "pressenti"
                    | "pressentie"
            )
        });
        // Everyone the article already gave a title of the same kind and country; the title
        // stands for one of them only if there is exactly one.
        let mut holders: Vec<usize> = Vec::new();
        let mut exact: Vec<usize> = Vec::new();
        let mut loose: Vec<usize> = Vec::new();
        let head = phrase.head.clone();
        let office = office_of(self.lex, &head, &folded);
        // "son hôte salomonais" is, like "son homologue", whoever holds a title of that country
        // beside the person "son" stands for.
        let homologue = matches!(head.as_str(), "homologue" | "hôte");
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
        // "la diplomate" is an envoy the article named; "son homologue" is no one's alone.
        let generic = bare
            && (matches!(
                phrase.family.as_str(),
                "envoy" | "adviser" | "spokesperson" | "leader" | "kin"
            ) || (phrase.family == "diplomat" && !homologue));
        // "la dirigeante allemande" is no man the article named.
        let gender = self.title_gender(&phrase.range);
        let agrees = |this: &Self, person: usize| {
            gender.is_none() || this.gender_of(person).is_none_or(|g| Some(g) == gender)
        };
        // "son homologue syrien" holds the title of whoever "son" is: the person the sentence
        // named last before it.
        let possessor = homologue.then(|| self.possessor(phrase)).flatten();
        let possessor_keys = || {
            self.out
                .roles
                .iter()
                .zip(&self.role_keys)
                .filter(move |(r, _)| Some(r.person) == possessor)
                .map(|(_, k)| k)
        };
        // "entre Donald Trump et le raïs": a title joined to a name is someone else.
        let partner = self.coordinated(phrase);
        let possessor_families: Vec<&str> = possessor_keys().map(|k| k.family.as_str()).collect();
        let possessor_office = possessor_keys().find_map(|k| k.office.clone());
        for (role, key) in self.out.roles.iter().zip(&self.role_keys) {
            let before = role.range.start < phrase.range.start;
            if !before
                || Some(role.person) == partner
                || holders.contains(&role.person)
                || exact.contains(&role.person)
                || Some(role.person) == possessor
                || self.term_conflicts(role.person, term, &head, office.as_deref())
            {
                continue;
            }
            // "le président élu" is not whoever the article calls "président ivoirien" or "chef
            // de l'État ivoirien" with no term: a country's title said plainly is a sitting
            // holder's ("le nouveau président" may be one).
            let same_post = key.head == head
                || office
                    .as_deref()
                    .zip(key.office.as_deref())
                    .is_some_and(|(o, r)| offices_agree(o, r));
            // Unless the article says that holder was just appointed: "Andrej Babiš a été nommé
            // chef du gouvernement tchèque […] le futur Premier ministre".
            let newly_appointed = term == Some(Term::Incoming) && same_post && key.appointed;
            if not_yet
                && same_post
                && !newly_appointed
                && key.country.is_some()
                && term_of(&key.folded).is_none()
            {
                continue;
            }
            let same_office = || {
                office
                    .as_deref()
                    .zip(key.office.as_deref())
                    .is_some_and(|(o, r)| offices_agree(o, r))
            };
            // Each test only when the ones before it leave the answer open.
            let same_kind = || match &country {
                // "son homologue syrien" is whoever holds any title of Syria; "le chef de la
                // diplomatie malienne" whoever the article called "ministre des Affaires
                // étrangères du Mali".
                Some(c) => {
                    let conflict = office.is_some() && key.office.is_some() && !same_office();
                    key.country.as_deref() == Some(c.as_str())
                        && !conflict
                        && (key.family == phrase.family || homologue || same_office())
                }
                // "le président de la Chambre" is whoever the article called president of
                // that Chamber, not the president it named before; "le chef de l'ONU" whoever
                // leads it under any title.
                None if phrase.of.is_some() => {
                    role.of == phrase.of
                        && !head.is_empty()
                        && (key.head == head
                            || (heads_organization(&head)
                                && matches!(key.family.as_str(), "leader" | "official")))
                }
                // "le président des libéraux francophones": a complement that names nothing
                // the article knows; only the same words stand for the same title.
                None if !bare => false,
                // The same head, or the same office: "le chef de l'État" is whoever the
                // article called "président", not its chancellor.
                None => (!head.is_empty() && key.head == head) || same_office(),
            };
            // Only the family agrees: a weaker match, kept apart.
            let same_family = || {
                country.is_none()
                    && phrase.of.is_none()
                    && generic
                    && families_agree(&phrase.family, &key.family)
                    && (office.is_none() || key.office.is_none() || same_office())
            };
            // "le nouveau Premier ministre" is the one the article shows appointed to the post,
            // as much as one it gave the same words.
            // So is the same title without "nouveau": "le nouveau ministre de l'Intérieur" may be
            // the one the article called "ministre de l'Intérieur" (but "le président désigné"
            // is not the sitting "président X", above).
            let same_words = key.folded == folded
                || (term == Some(Term::Incoming)
                    && !not_yet
                    && without_term(&key.folded) == without_term(&folded));
            let kind = if same_words || newly_appointed {
                &mut exact
            } else if same_kind() {
                &mut holders
            } else if same_family() {
                &mut loose
            } else {
                continue;
            };
            if !kind.contains(&role.person) && agrees(self, role.person) {
                kind.push(role.person);
            }
        }
        // The same title word for word outweighs a title of the same kind: "le président
        // égyptien" is whoever the article called so, not "le chef du renseignement égyptien".
        exact.dedup();
        if !exact.is_empty() {
            holders = exact;
        }
        // "le président paraguayen et son homologue brésilien" is Brazil's president, not the
        // Brazilian minister the article named: a counterpart holds a title of the same family.
        if homologue && !possessor_families.is_empty() {
            holders.retain(|&h| {
                self.out
                    .roles
                    .iter()
                    .zip(&self.role_keys)
                    .any(|(r, k)| r.person == h && possessor_families.contains(&k.family.as_str()))
            });
        }
        // "entre Donald Trump et le raïs […], selon la présidence égyptienne": of several
        // holders, the one of the country the sentence names.
        if holders.len() > 1 && country.is_none() {
            let named = self.countries_around(phrase.range.start);
            let of_named: Vec<usize> = holders
                .iter()
                .copied()
                .filter(|&h| {
                    self.out.roles.iter().zip(&self.role_keys).any(|(r, k)| {
                        r.person == h && k.country.as_ref().is_some_and(|c| named.contains(c))
                    })
                })
                .collect();
            if let [one] = of_named[..] {
                return Some(one);
            }
        }
        match holders[..] {
            // "la démission du chef de cabinet X […] Y remplace X […] le nouveau chef de
            // cabinet": the one the article says took the post of the holder it named.
            [one] if term == Some(Term::Incoming) => {
                return Some(self.successor(one).unwrap_or(one))
            }
            [one] => return Some(one),
            [] => {}
            _ if generic || office.is_some() => {
                return self
                    .protagonist(&holders, phrase.range.start)
                    .or_else(|| bare.then(|| self.just_named(&holders, phrase.range.start))?);
            }
            _ if bare => return self.just_named(&holders, phrase.range.start),
            _ => return None,
        }
        let office = if homologue { possessor_office } else { office };
        // "le président élu" is not whoever holds the office at the publication date.
        let office = office.filter(|_| term != Some(Term::Incoming));
        if let Some(office) = office.as_deref() {
            let mut leaders = match country.as_deref() {
                Some(c) => self.leaders(office, Some(c), None),
                // "le chef de l'État" without a country: the head of state the article named
                // before, or of several the one it is about.
                None if bare => self.leaders(office, None, Some(phrase.range.start)),
                None => Vec::new(),
            };
            // A table knows offices, not people: a feminine title ("la dirigeante allemande")
            // needs a person the article shows to be a woman.
            leaders.retain(|&l| Some(l) != partner);
            leaders.retain(|&l| match gender {
                Some(Gender::Feminine) => self.gender_of(l) == Some(Gender::Feminine),
                _ => agrees(self, l),
            });
            let leader = match leaders[..] {
                [one] => Some(one),
                [] => None,
                _ if country.is_none() => self.protagonist(&leaders, phrase.range.start),
                _ => None,
            };
            if leader.is_some() {
                return leader;
            }
        }
        // A title of the same office or words, or the office holder the article named,
        // outweighs a title of the same family only.
        match loose[..] {
            [one] => return Some(one),
            [] => {}
            _ => {
                return self
                    .protagonist(&loose, phrase.range.start)
                    .or_else(|| bare.then(|| self.just_named(&loose, phrase.range.start))?)
            }
        }
        let holder = (term != Some(Term::Incoming))
            .then(|| self.office_holder(phrase, &folded, country.as_deref()))
            .flatten();
        if let Some(person) = holder {
            if agrees(self, person) {
                return Some(person);
            }
        }
        // "le ministre américain" after "le secrétaire au Trésor Scott Bessent": of a country,
        // the one person of the same family whose title says no country, if something else
        // points to them: the text named them just before, or both are shown to be women.
        let mut stateless: Vec<usize> = Vec::new();
        if country.is_some() {
            for (role, key) in self.out.roles.iter().zip(&self.role_keys) {
                // "le chef de l'État malien" is no one whose titles name another office or none.
                let office_fits = match (office.as_deref(), key.office.as_deref()) {
                    (None | Some("leader"), _) => true,
                    (Some(o), Some(r)) => offices_agree(o, r),
                    (Some(_), None) => false,
                };
                if role.range.start < phrase.range.start
                    && key.country.is_none()
                    && families_agree(&phrase.family, &key.family)
                    && office_fits
                    && !stateless.contains(&role.person)
                    && !self.term_conflicts(role.person, term, &head, office.as_deref())
                    && agrees(self, role.person)
                {
                    stateless.push(role.person);
                }
            }
        }
        // "le diplomate danois" after "le représentant spécial de l'UE, Peter Sørensen": an
        // envoy of an international body is called a diplomat of their nationality; the one
        // person the article gave a title of that family, if no title gives them another country.
        let only_one_of_family = || {
            let other_country = |p: usize| {
                self.out.roles.iter().zip(&self.role_keys).any(|(r, k)| {
                    r.person == p
                        && k.country.is_some()
                        && k.country.as_deref() != country.as_deref()
                })
            };
            let mut people = self
                .out
                .roles
                .iter()
                .zip(&self.role_keys)
                .filter(|(r, k)| {
                    r.range.start < phrase.range.start && families_agree(&phrase.family, &k.family)
                })
                .map(|(r, _)| r.person);
            let first = people.next();
            phrase.family == "diplomat"
                && first.is_some_and(|f| !other_country(f))
                && people.all(|p| Some(p) == first)
        };
        match self.just_named(&stateless, phrase.range.start) {
            Some(recent) => stateless = vec![recent],
            None if stateless.len() == 1 && only_one_of_family() => {}
            None => stateless.retain(|&p| {
                gender == Some(Gender::Feminine) && self.gender_of(p) == Some(Gender::Feminine)
            }),
        }
        match stateless[..] {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The holder of an office at the publication date (`office_holders.tsv`) that a title
    /// names word for word, or by its family and country.
    fn office_holder(
        &mut self,
        phrase: &Phrase,
        folded: &str,
        country: Option<&str>,
    ) -> Option<usize> {
        let day = self.published;
        let (holder, office) =
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
                                && office.country.as_deref() == country))
                })?;
        let r = self
            .reference
            .entities
            .iter()
            .position(|e| e.key == holder.reference)?;
        // A title inside another ("l'envoyé du président américain") names its holder only if
        // the article names them too: it must not bring a new person into the article; nor
        // may a title of the same kind that is not the office's ("le ministre américain" is
        // not the secretary of State unless the article names him), but a leader's may.
        let named = self.keys.contains_key(&Key::Reference(r));
        let loose = holder.title != folded && office.family != "leader";
        if (phrase.nested || loose) && !named {
            return None;
        }
        Some(self.reference_entity(r))
    }

    /// Whom an epithet that speaks stands for, when no title rule found its holder: "selon le
    /// milliardaire", "a regretté l'élue", "le Slovaque a défendu", "le probable futur
    /// chancelier". News calls someone it has just written about by such a word, so the epithet is
    /// a person named before it: the article's main character, else the subject of the nearest
    /// sentence that names someone. Only a person of the epithet's gender, and none whose title
    /// gives another country than its demonym ("le diplomate russe" is no Ukrainian minister).
    /// With the person, the sentence and index of the title phrase, if a title is the epithet.
    pub(super) fn epithet_speaker(
        &self,
        range: &Range<usize>,
    ) -> Option<(usize, Option<(usize, usize)>)> {
        let s = self
            .document
            .sentences
            .partition_point(|x| x.end <= range.start);
        let tokens = self.tokens.get(s)?;
        let mut words = tokens
            .iter()
            .skip_while(|t| t.range.start < range.start)
            .take_while(|t| t.range.end <= range.end);
        let article = words.next()?;
        if !matches!(article.folded.as_str(), "le" | "la" | "l'") {
            return None;
        }
        // The noun after the article and the words that may precede a title ("le probable
        // futur chancelier"): a title phrase the rules found there, or a demonym written as a
        // noun ("le Slovaque").
        let noun = words.find(|t| t.word && !self.lex.is_title_premodifier(&t.folded))?;
        let found = self.phrases.get(s).and_then(|phrases| {
            phrases.iter().position(|p| {
                (range.start..=noun.range.start).contains(&p.range.start)
                    && p.range.end > noun.range.start
                    && p.range.end <= range.end
            })
        });
        let term = found.and_then(|i| term_of(&fold_text(&self.phrases[s][i].label)));
        let (post_head, post_office) = found
            .map(|i| {
                let p = &self.phrases[s][i];
                (
                    p.head.clone(),
                    office_of(self.lex, &p.head, &fold_text(&p.label)),
                )
            })
            .unwrap_or_default();
        let (country, gender, family) = match found.map(|i| &self.phrases[s][i]) {
            // A title that serves an organization the text names is resolved through it, and
            // one with another complement ("le porte-parole du gouvernement thaïlandais", "le
            // président de l'Assemblée") names a post, not whoever the text is about; but a
            // country's office is an epithet ("le ministre iranien des Affaires étrangères").
            Some(p) if p.of.is_none() && p.person.is_none() => {
                let folded = fold_text(&p.label);
                let bare = !folded
                    .split_whitespace()
                    .skip(p.head.split_whitespace().count())
                    .any(|w| {
                        matches!(w, "de" | "du" | "des" | "d'" | "aux") || w.starts_with("d'")
                    });
                let office = office_of(self.lex, &p.head, &folded);
                if !bare && (p.country.is_none() || office.is_none()) {
                    return None;
                }
                let family = Some(p.family.clone());
                (p.country.clone(), self.title_gender(&p.range), family)
            }
            Some(_) => return None,
            None if noun.capitalised => {
                let country = self.lex.demonym_country(&noun.folded)?.to_owned();
                (Some(country), self.title_gender(&noun.range), None)
            }
            None => return None,
        };
        let mut candidates: Vec<usize> = Vec::new();
        for m in self
            .out
            .mentions
            .iter()
            .take_while(|m| m.range.start < range.start)
        {
            let e = m.entity;
            if self.out.entities[e].class != EntityClass::Person
                || candidates.contains(&e)
                || self.quoted_at(m.range.start)
            {
                continue;
            }
            let conflict = country.as_deref().is_some_and(|c| {
                self.out
                    .roles
                    .iter()
                    .zip(&self.role_keys)
                    .any(|(r, k)| r.person == e && k.country.as_deref().is_some_and(|k| k != c))
            });
            // "le ministre" is no one the article calls only "président", and the reverse;
            // other epithets ("le milliardaire", "le diplomate") say what titles do not.
            let other_office = family
                .as_deref()
                .filter(|f| matches!(*f, "minister" | "leader" | "spokesperson"))
                .is_some_and(|f| {
                    let mut families = self.role_keys_of(e).map(|k| k.family.as_str()).peekable();
                    families.peek().is_some() && families.all(|k| k != f)
                });
            // "le chef du gouvernement" is not whom the article called only "président de la
            // République": a head of state and a head of government are two people.
            let other_post = post_office
                .as_deref()
                .filter(|o| matches!(*o, "state" | "government"))
                .is_some_and(|o| {
                    let mut offices = self
                        .role_keys_of(e)
                        .filter_map(|k| k.office.as_deref())
                        .peekable();
                    offices.peek().is_some()
                        && offices.all(|h| !offices_agree(o, h) && !offices_agree(h, o))
                });
            let agrees = gender.is_none() || self.gender_of(e).is_none_or(|g| Some(g) == gender);
            if agrees
                && !conflict
                && !other_office
                && !other_post
                && !self.term_conflicts(e, term, &post_head, post_office.as_deref())
            {
                candidates.push(e);
            }
        }
        // Of the people one sentence names, one of the epithet's country is its better reading
        // ("le diplomate ukrainien" after "X avait vu le ministre ukrainien Y").
        let of_country = |e: usize| {
            country.as_deref().is_some_and(|c| {
                self.out
                    .roles
                    .iter()
                    .zip(&self.role_keys)
                    .any(|(r, k)| r.person == e && k.country.as_deref() == Some(c))
            })
        };
        let person = self
            .protagonist(&candidates, range.start)
            .or_else(|| self.recent_subject(&candidates, s, range.start, of_country))?;
        Some((person, found.map(|i| (s, i))))
    }

    /// The organization a bare title that speaks stands for when it repeats an unnamed one's
    /// title: "a ajouté le porte-parole" after "un porte-parole du ministère a déclaré" is
    /// the ministry, as the first statement was.
    pub(super) fn unnamed_official(&self, range: &Range<usize>) -> Option<usize> {
        let sentences = &self.document.sentences;
        let s = sentences.partition_point(|x| x.end <= range.start);
        let phrase = self.phrases.get(s)?.iter().find(|p| {
            p.definite
                && p.person.is_none()
                && p.of.is_none()
                && range.start <= p.range.start
                && p.range.end <= range.end
        })?;
        self.phrases[..s]
            .iter()
            .flatten()
            .rev()
            .find(|p| p.head == phrase.head && !p.nested)
            .filter(|p| {
                let article = self.document.body[..p.range.start]
                    .split_whitespace()
                    .next_back();
                p.person.is_none()
                    && article.is_some_and(|a| matches!(a, "un" | "une" | "Un" | "Une"))
            })
            .and_then(|p| {
                // The organization may have been named by a claim read before this one.
                self.out
                    .mentions
                    .iter()
                    .filter(|m| p.range.start <= m.range.start && m.range.end <= p.range.end)
                    .map(|m| m.entity)
                    .chain(p.of)
                    .find(|&o| self.out.entities[o].class == EntityClass::Organization)
            })
    }

    /// The first of `candidates` named in sentence `s` before `at`, else in the nearest
    /// sentence before it that names one (any of its paragraph, then two more): the subject the text goes on
    /// about, unless one named there is `preferred`. A sentence whose subject is a pronoun goes
    /// on about an earlier one and is passed over.
    fn recent_subject(
        &self,
        candidates: &[usize],
        s: usize,
        at: usize,
        preferred: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let sentences = &self.document.sentences;
        let first_in = |from: usize, to: usize| {
            let mut named = self
                .out
                .mentions
                .iter()
                .filter(|m| m.range.start >= from && m.range.start < to)
                .filter(|m| !self.quoted_at(m.range.start))
                .map(|m| m.entity)
                .filter(|e| candidates.contains(e));
            let first = named.next()?;
            Some(
                std::iter::once(first)
                    .chain(named)
                    .find(|&e| preferred(e))
                    .unwrap_or(first),
            )
        };
        if let Some(e) = first_in(sentences[s].start, at) {
            return Some(e);
        }
        let mut looked = 0;
        for p in (0..s).rev() {
            let pronoun = self.tokens[p]
                .iter()
                .find(|t| t.word)
                .is_some_and(|t| matches!(t.folded.as_str(), "il" | "elle"));
            if pronoun {
                continue;
            }
            if let Some(e) = first_in(sentences[p].start, sentences[p].end) {
                return Some(e);
            }
            // A paragraph goes on about its subject: the sentences of the epithet's own
            // paragraph ("« … », a déclaré X. Le président élu a …") are passed over freely.
            let same_paragraph =
                !self.document.body[sentences[p].end..sentences[s].start].contains('\n');
            if same_paragraph {
                continue;
            }
            looked += 1;
            if looked == 2 {
                break;
            }
        }
        None
    }

    /// Whether the article gives `person` a title of the other term than `term` for the same
    /// post (`head`, or `office`): "le président élu" is no one it calls "chef de l'État
    /// sortant", nor the reverse; but "le nouveau président" of a bank may be an "ancien
    /// ministre".
    fn term_conflicts(
        &self,
        person: usize,
        term: Option<Term>,
        head: &str,
        office: Option<&str>,
    ) -> bool {
        let Some(term) = term else { return false };
        self.out.roles.iter().zip(&self.role_keys).any(|(r, k)| {
            let same_post = (!head.is_empty() && k.head == head)
                || office
                    .zip(k.office.as_deref())
                    .is_some_and(|(o, h)| offices_agree(o, h) || offices_agree(h, o));
            // "l'ancien président irakien" is no one the article calls "président de la
            // République" plainly: a title without a term is held now; but "le chef du
            // gouvernement démissionnaire" still holds it, as the one called "Premier ministre".
            let held_now = term == Term::Former
                && term_of(&k.folded).is_none()
                && office.zip(k.office.as_deref()).is_some_and(|(o, h)| o == h);
            r.person == person
                && same_post
                && (held_now || term_of(&k.folded).is_some_and(|t| t != term))
        })
    }

    /// The person the article says replaces `person` ("Y remplace X", "Y succède à X", "X est
    /// remplacé par le porte-parole Y"): a name, the verb, then the other name, or after "par"
    /// at most a title between.
    fn successor(&self, person: usize) -> Option<usize> {
        let body = &self.document.body;
        let mut people: Vec<(usize, usize, usize)> = self
            .out
            .mentions
            .iter()
            .filter(|m| self.out.entities[m.entity].class == EntityClass::Person)
            .map(|m| (m.range.start, m.range.end, m.entity))
            .collect();
        people.sort_unstable();
        people.windows(2).find_map(|pair| {
            let [(_, a_end, a), (b_start, _, b)] = pair else {
                return None;
            };
            if a == b || a_end > b_start {
                return None;
            }
            let between = fold_text(body.get(*a_end..*b_start)?).into_owned();
            let words: Vec<&str> = between.split_whitespace().collect();
            if *b == person
                && SUCCEEDS
                    .iter()
                    .any(|v| words == v.split(' ').collect::<Vec<_>>())
            {
                return Some(*a);
            }
            let passive = REPLACED_BY
                .iter()
                .find(|v| words.starts_with(&v.split(' ').collect::<Vec<_>>()))?;
            // "par le porte-parole présidentiel": an article and a title, no clause.
            let rest = &words[passive.split(' ').count()..];
            (*a == person
                && rest.len() <= 4
                && rest.iter().all(|w| w.chars().all(char::is_alphanumeric)))
            .then_some(*b)
        })
    }

    /// The person a title phrase is joined to by "et" or "avec" ("entre Donald Trump et le raïs",
    /// "Joseph Aoun avec le dirigeant syrien"): the title cannot stand for them.
    fn coordinated(&self, phrase: &Phrase) -> Option<usize> {
        let body = &self.document.body;
        let m = self
            .out
            .mentions
            .iter()
            .take_while(|m| m.range.end <= phrase.range.start)
            .last()?;
        let between = body.get(m.range.end..phrase.range.start)?;
        let words: Vec<String> = between
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}')
            .filter(|w| !w.is_empty())
            .map(|w| fold_text(w).into_owned())
            .collect();
        let joined = matches!(
            words.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["et" | "avec", "le" | "la" | "l" | "son" | "sa"]
        );
        (joined && self.out.entities[m.entity].class == EntityClass::Person).then_some(m.entity)
    }

    /// The countries the sentence around `at` names, by a demonym ("la présidence égyptienne")
    /// or by name (folded, as role keys hold them).
    fn countries_around(&self, at: usize) -> Vec<String> {
        let s = self.document.sentences.partition_point(|x| x.end <= at);
        let (Some(sentence), Some(tokens)) = (self.document.sentences.get(s), self.tokens.get(s))
        else {
            return Vec::new();
        };
        let mut named: Vec<String> = tokens
            .iter()
            .filter_map(|t| self.lex.demonym_country(&t.folded).map(str::to_owned))
            .collect();
        named.extend(
            self.out
                .mentions
                .iter()
                .filter(|m| sentence.start <= m.range.start && m.range.end <= sentence.end)
                .filter(|m| self.out.entities[m.entity].class == EntityClass::Place)
                .filter_map(|m| country_named(self.lex, &self.out.entities[m.entity].label)),
        );
        named
    }

    /// Titles alone read again once speakers are known: "le chef de l'État" after "« … », a
    /// promis le président de la République" stands for whoever that epithet was read as, a
    /// title the first reading did not have yet.
    pub(super) fn resolve_late_titles(&mut self) {
        for s in 0..self.phrases.len() {
            for i in 0..self.phrases[s].len() {
                let p = &self.phrases[s][i];
                if p.person.is_some() || p.nested || !self.is_definite(s, &p.range) {
                    continue;
                }
                let p = p.clone();
                let Some(person) = self.title_holder(&p) else {
                    continue;
                };
                self.phrases[s][i].person = Some(person);
                let head = self.title_head_range(&p.range);
                self.mention(head, person, 0.6);
                let sentence = self.document.sentences[s].clone();
                self.push_role(&p, &sentence, person, 0.8);
            }
        }
    }

    /// Whom "son" stands for in "son homologue": the last person the sentence names before the
    /// title.
    fn possessor(&self, phrase: &Phrase) -> Option<usize> {
        let sentence = self
            .document
            .sentences
            .iter()
            .find(|s| s.start <= phrase.range.start && phrase.range.start < s.end)?;
        self.out
            .mentions
            .iter()
            .take_while(|m| m.range.start < phrase.range.start)
            .filter(|m| m.range.start >= sentence.start)
            .filter(|m| self.out.entities[m.entity].class == EntityClass::Person)
            .last()
            .map(|m| m.entity)
    }

    /// What title resolution compares of a role: its title folded, head, family, office,
    /// country (a demonym in it, "ministre burkinabè", or the country it serves, "… du Mali")
    /// and gender.
    fn role_key(&self, role: &Role, phrase: &Phrase) -> RoleKey {
        let folded = fold_text(&role.label).into_owned();
        let head = phrase.head.clone();
        let country = phrase
            .country
            .clone()
            .or_else(|| {
                let of = &self.out.entities[role.of?];
                (of.class == EntityClass::Place).then(|| country_named(self.lex, &of.label))?
            })
            // "chef de l'Organisation de l'énergie atomique d'Iran" runs an organization of
            // Iran, not Iran.
            .or_else(|| {
                let of_organization = role
                    .of
                    .is_some_and(|o| self.out.entities[o].class == EntityClass::Organization);
                (!of_organization).then(|| country_complement(self.lex, &folded))?
            });
        // "président de sa Commission" runs a commission, not a state: a title names its
        // office only alone or with a country ("président du Sénégal").
        let bare = !folded
            .split_whitespace()
            .skip(head.split_whitespace().count())
            .any(|w| matches!(w, "de" | "du" | "des" | "d'" | "aux") || w.starts_with("d'"));
        let office = (bare || country.is_some())
            .then(|| office_of(self.lex, &head, &folded))
            .flatten()
            // "son homologue égyptien" holds the office of whoever "son" is.
            .or_else(|| {
                let possessor = matches!(head.as_str(), "homologue" | "hôte")
                    .then(|| self.possessor(phrase))??;
                self.out
                    .roles
                    .iter()
                    .zip(&self.role_keys)
                    .filter(|(r, _)| r.person == possessor)
                    .find_map(|(_, k)| k.office.clone())
            });
        RoleKey {
            family: phrase.family.clone(),
            office,
            gender: self.title_gender(&role.range),
            country,
            head,
            folded,
            appointed: phrase.appointed,
        }
    }

    /// The people the article names who held, at the publication date, an office (`leaders.tsv`)
    /// of a country ("le dirigeant chinois" is Xi Jinping if the article names him) or, without
    /// one, of any country, among those named before `before` ("le chef de l'État"). Never a
    /// person the article does not name.
    fn leaders(&self, office: &str, country: Option<&str>, before: Option<usize>) -> Vec<usize> {
        let Some(day) = self.published else {
            return Vec::new();
        };
        let rows = self.lex.leaders.iter().filter(|l| {
            l.office == office
                && country.is_none_or(|c| l.country == c)
                && l.from <= day
                && l.to.is_none_or(|to| day < to)
        });
        let mut candidates: Vec<usize> = match before {
            Some(at) => self
                .out
                .mentions
                .iter()
                .take_while(|m| m.range.start < at)
                .map(|m| m.entity)
                .collect(),
            None => (0..self.out.entities.len()).collect(),
        };
        candidates.sort_unstable();
        candidates.dedup();
        self.people_named(rows.map(|l| l.name.as_str()), &candidates)
    }

    /// The people among `candidates` whom one of `names` (of a table) names, each once.
    fn people_named<'n>(
        &self,
        names: impl Iterator<Item = &'n str>,
        candidates: &[usize],
    ) -> Vec<usize> {
        let people: Vec<(usize, String)> = candidates
            .iter()
            .filter(|&&e| self.out.entities[e].class == EntityClass::Person)
            .map(|&e| (e, fold_text(&self.out.entities[e].label).into_owned()))
            .collect();
        let mut found: Vec<usize> = Vec::new();
        for name in names {
            let folded = fold_text(name);
            let surname = folded.split_whitespace().next_back();
            for (e, label) in &people {
                // The tables write names as French news does: most pairs end at the surname.
                let same_surname = label.split_whitespace().next_back() == surname;
                if same_surname
                    && !found.contains(e)
                    && (*label == folded || names_person(&self.out.entities[*e].label, name))
                {
                    found.push(*e);
                }
            }
        }
        found
    }

    /// Of several people a bare title could stand for ("« … », a écrit le ministre"), the one
    /// the text named last, in this sentence or the one before: news says "le ministre" of
    /// whoever it has just spoken of.
    fn just_named(&self, candidates: &[usize], at: usize) -> Option<usize> {
        let sentences = &self.document.sentences;
        let here = sentences.partition_point(|s| s.end <= at);
        let from = sentences.get(here.saturating_sub(1))?.start;
        self.out
            .mentions
            .iter()
            .take_while(|m| m.range.start < at)
            .filter(|m| m.range.start >= from && candidates.contains(&m.entity))
            .filter(|m| !self.quoted_at(m.range.start))
            .last()
            .map(|m| m.entity)
    }

    /// Whether a byte of the body stands inside a quotation of its sentence: who is named in
    /// what someone said is not who the text speaks of.
    fn quoted_at(&self, at: usize) -> bool {
        let sentences = &self.document.sentences;
        let Some(sentence) = sentences.get(sentences.partition_point(|s| s.end <= at)) else {
            return false;
        };
        let before = self.document.body.get(sentence.start..at).unwrap_or("");
        let mut depth = 0usize;
        let mut straight = false;
        for c in before.chars() {
            match c {
                '«' | '“' => depth += 1,
                '»' | '”' => depth = depth.saturating_sub(1),
                '"' => straight = !straight,
                _ => {}
            }
        }
        depth > 0 || straight
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
            .find_map(|m| {
                // The civility stands before the name, or opens the mention ("M. Martin").
                let before = body[..m.range.start].split_whitespace().next_back();
                let first = body[m.range.clone()].split_whitespace().next();
                [before, first].into_iter().flatten().find_map(|w| match w {
                    "Mme" | "Madame" | "Mlle" | "Mademoiselle" | "Mmes" => Some(Gender::Feminine),
                    "M." | "Monsieur" | "MM." => Some(Gender::Masculine),
                    _ => None,
                })
            });
        civility.or_else(|| {
            self.out
                .roles
                .iter()
                .zip(&self.role_keys)
                .filter(|(r, _)| r.person == person)
                .find_map(|(_, k)| k.gender)
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

/// Verbs (folded) between two names that say the first takes the second's post.
const SUCCEEDS: &[&str] = &[
    "remplace",
    "a remplace",
    "remplacera",
    "va remplacer",
    "succede a",
    "a succede a",
    "succedera a",
    "va succeder a",
];

/// Verbs (folded) after a name that say someone, named after "par", takes their post.
const REPLACED_BY: &[&str] = &[
    "est remplace par",
    "est remplacee par",
    "a ete remplace par",
    "a ete remplacee par",
    "sera remplace par",
    "sera remplacee par",
];

/// Whether a title is of someone coming into office or leaving it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Term {
    /// "président élu", "Premier ministre désigné", "futur chancelier", "nouveau président".
    Incoming,
    /// "président sortant", "Premier ministre démissionnaire": leaving, still in office.
    Outgoing,
    /// "ancien ministre", "ex-président": no longer in office.
    Former,
}

/// The term a folded title names by one of its words, if any.
fn term_of(folded: &str) -> Option<Term> {
    folded.split_whitespace().find_map(|w| match w {
        "elu" | "elue" | "designe" | "designee" | "futur" | "future" | "pressenti"
        | "pressentie" | "nouveau" | "nouvel" | "nouvelle" => Some(Term::Incoming),
        "sortant" | "sortante" | "demissionnaire" => Some(Term::Outgoing),
        "ancien" | "ancienne" | "ex" => Some(Term::Former),
        _ => None,
    })
}

/// A folded title without the words that say its term ("nouveau ministre" → "ministre").
fn without_term(folded: &str) -> Vec<&str> {
    folded
        .split_whitespace()
        .filter(|w| term_of(w).is_none())
        .collect()
}

/// Endings of feminine title words ("présidente", "directrice", "chancelière", "envoyée",
/// "cheffe", "élue"), checked before the masculine ones; words of either gender
/// ("ministre", "porte-parole") have neither.
const FEMININE_ENDINGS: &[&str] = &[
    "rice",
    "ière",
    "euse",
    "esse",
    "ffe",
    "ente",
    "ante",
    "ée",
    "élue",
    "ienne",
    "eure",
    "souveraine",
    "onne",
    "ale",
    "ouse",
    "sœur",
    "mère",
    "fille",
    "reine",
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

/// Whether a person the article names (`label`, maybe a surname alone: "M. Macron") is the
/// person of a table (`name`).
fn names_person(label: &str, name: &str) -> bool {
    let wanted = crate::resolve::Name::new(name);
    if crate::resolve::same_person(&crate::resolve::Name::new(label), &wanted) {
        return true;
    }
    let label = fold_text(label);
    !label.contains(' ')
        && fold_text(name)
            .split_whitespace()
            .next_back()
            .is_some_and(|last| last == label)
}

/// The office a title names (`titles.tsv`): that of its head, or a foreign minister's for a
/// minister of foreign affairs, whose head is only "ministre" ("ministre malien des Affaires
/// étrangères").
fn office_of(lex: &Lexicon, head: &str, folded_label: &str) -> Option<String> {
    lex.title_office(head).map(str::to_owned).or_else(|| {
        (fold_text(head) == "ministre" && folded_label.contains("affaires etrangeres"))
            .then(|| "diplomacy".to_owned())
    })
}

/// Whether a title of office `wanted` may stand for someone the article gave a title of office
/// `held`: the same office, or a leader's for a head of state or government ("le dirigeant
/// conservateur" may be the chancellor; "le chef de l'État" is no mere "dirigeant").
fn offices_agree(wanted: &str, held: &str) -> bool {
    let runs = |o: &str| matches!(o, "leader" | "state" | "government" | "monarch");
    wanted == held || (wanted == "leader" && runs(held))
}

/// Whether a title alone of family `wanted` may stand for someone given a title of family
/// `held`: the same family, or an envoy for "le diplomate" (an envoy is a diplomat).
fn families_agree(wanted: &str, held: &str) -> bool {
    wanted == held || (wanted == "diplomat" && held == "envoy")
}

/// Whether a title head says "the one who leads" without naming a post ("le chef de l'ONU",
/// "le patron de l'agence"): it stands for whoever leads that organization under any title.
fn heads_organization(head: &str) -> bool {
    matches!(
        fold_text(head).as_ref(),
        "chef" | "cheffe" | "patron" | "patronne" | "dirigeant" | "dirigeante" | "numero un"
    )
}

/// The family of a title phrase's head (its first words).
fn roles_family(lex: &Lexicon, label: &str) -> String {
    lex.longest_title(fold_text(label).split_whitespace())
        .map(|(_, family)| family.0.clone())
        .unwrap_or_default()
}
