//! Claims: who said what, the speaker phrase resolved to a person, an institution or an
//! outlet, a pronoun to the last speaker.

use std::ops::Range;

use super::{pronoun_gender, Analysis, Key};
use crate::extract::speech::{find_speech_in, Speaker, Speech};
use crate::extract::{Claim, Entity, Mention};
use crate::reference::EntityClass;
use crate::text::fold_text;

/// Institution nouns that, alone, name one body of the country an article is about ("selon la
/// présidence", "a indiqué la primature", "selon les douanes"), unlike "le ministère" or "le
/// parti", which stand for one named before.
const SEATS: [&str; 6] = [
    "présidence",
    "primature",
    "chancellerie",
    "douane",
    "douanes",
    "élysée",
];

impl Analysis<'_> {
    /// Quotations and reported speech, attributed to a person or an organization.
    pub fn add_claims(&mut self) {
        let sentences = self.document.sentences.clone();
        let body = &self.document.body;
        let speeches: Vec<Vec<Speech>> = sentences
            .iter()
            .zip(&self.tokens)
            .map(|(sentence, tokens)| find_speech_in(body, sentence.clone(), tokens))
            .collect();
        let roles_before = self.out.roles.len();
        let mut last_speaker: Option<(usize, usize)> = None; // (sentence, entity)
        let mut last_source: Option<(usize, usize)> = None; // the same for organizations
        for (s, sentence) in sentences.iter().enumerate() {
            for speech in &speeches[s] {
                let claimant = match &speech.speaker {
                    Speaker::Phrase(range) => {
                        self.excluded.push(range.clone());
                        self.speaker_of(range)
                    }
                    Speaker::Pronoun(range) => {
                        self.pronoun_speaker(range, &speech.content, s, last_speaker, last_source)
                    }
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
                if self.out.entities[claimant].class == EntityClass::Organization {
                    last_source = Some((s, claimant));
                }
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
        // A speaker read as an epithet's holder gave a title that titles alone may now follow.
        if self.out.roles.len() > roles_before {
            self.resolve_late_titles();
        }
    }

    /// The entity a speaker phrase names: a person in it, else an organization, else a name the
    /// rules did not know (an acronym is an outlet or institution, two capitalised words a person).
    pub(super) fn speaker_of(&mut self, range: &Range<usize>) -> Option<usize> {
        // "le bureau du président a annoncé": the office speaks, not the person it serves.
        if let Some(office) = self.office_of_person(range) {
            return Some(office);
        }
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
        if let Some(o) = self.unnamed_official(range) {
            return Some(o);
        }
        // "selon le milliardaire": an epithet is someone named before, not an organization
        // its title may name.
        if let Some((person, title)) = self.epithet_speaker(range) {
            if let Some((s, i)) = title {
                self.epithet_role(s, i, person);
            }
            return Some(person);
        }
        if let Some(m) = inside
            .iter()
            .find(|m| class_of(m) == EntityClass::Organization)
        {
            return Some(self.full_name_before(m.entity, range.start));
        }
        // "a souligné le palais de Buckingham": a seat named by an institution noun speaks for
        // the institution it houses, not as a place.
        let seat = inside
            .iter()
            .filter(|m| class_of(m) == EntityClass::Place)
            .map(|m| self.out.entities[m.entity].label.clone())
            .find(|label| {
                label.split_whitespace().count() > 1
                    && label
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| self.lex.is_institution(w))
            });
        if let Some(label) = seat {
            let entity = Entity {
                class: EntityClass::Organization,
                label: label.clone(),
                reference: None,
                place: None,
            };
            return Some(self.entity(
                Key::New(EntityClass::Organization, fold_text(&label).into_owned()),
                || entity,
            ));
        }
        let text = self.document.body[range.clone()].trim();
        if !inside.is_empty() {
            // "l'Association de l'industrie pétrolière du Kurdistan", "la présidence de la
            // République": an institution named in words, of which the rules found only a
            // place, is the institution.
            let only_places = inside.iter().all(|m| class_of(m) == EntityClass::Place);
            return only_places
                .then(|| self.institution_in_words(range, text))
                .flatten();
        }
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
        // "Le gestionnaire du réseau, Fingrid, a estimé": one unknown capitalised word in
        // apposition to a description names a body; a person is named in full or was before.
        let apposition = self.document.body[..range.start].trim_end().ends_with(',');
        let unknown_word_in_apposition = words.len() == 1
            && apposition
            && letters >= 3
            && !self.lex.is_common_word(last)
            && !self.lex.is_given_name(last)
            && self.lex.place(&fold_text(last)).is_none()
            && last.chars().next().is_some_and(char::is_uppercase);
        if acronym || unknown_word_in_apposition {
            return Some(self.speaker_named(
                EntityClass::Organization,
                last,
                start..start + last.len(),
            ));
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
            return Some(self.speaker_named(
                EntityClass::Person,
                &name,
                offset..range.end.min(offset + text.len()),
            ));
        }
        None
    }

    /// The office of a person that speaks for them ("le bureau du président", "le cabinet du
    /// Premier ministre"): an organization of that name, when the speaker phrase opens with an
    /// office noun and its complement names the person.
    fn office_of_person(&mut self, range: &Range<usize>) -> Option<usize> {
        const OFFICES: [&str; 3] = ["bureau", "cabinet", "services"];
        let body = &self.document.body;
        let text = body[range.clone()].trim();
        let lower = text.to_lowercase();
        let rest = ["le ", "la ", "les ", "l'"]
            .iter()
            .find_map(|a| lower.strip_prefix(a))?;
        let head = rest.split(' ').next()?;
        let complement = rest[head.len()..].trim_start();
        if !OFFICES.contains(&head)
            || !["du ", "de la ", "de l'", "des "]
                .iter()
                .any(|p| complement.starts_with(p))
        {
            return None;
        }
        let start = range.start
            + (body[range.clone()].len() - body[range.clone()].trim_start().len())
            + (text.len() - rest.len());
        let end = start + rest.len();
        let person_after = self.out.mentions.iter().any(|m| {
            self.out.entities[m.entity].class == EntityClass::Person
                && m.range.start >= start + head.len()
                && m.range.end <= end
        });
        if !person_after || !body.is_char_boundary(start) || !body.is_char_boundary(end) {
            return None;
        }
        let label = body[start..end].to_owned();
        Some(self.speaker_named(EntityClass::Organization, &label, start..end))
    }

    /// The organization an article named in full before `at` whose name a shorter one starts
    /// ("le ministère qatari" after "le ministère qatari des Affaires étrangères"), else `org`.
    fn full_name_before(&self, org: usize, at: usize) -> usize {
        let short = fold_text(&self.out.entities[org].label).into_owned();
        if short.split_whitespace().count() < 2 {
            return org;
        }
        self.out
            .mentions
            .iter()
            .take_while(|m| m.range.end <= at)
            .map(|m| m.entity)
            .filter(|&e| e != org && self.out.entities[e].class == EntityClass::Organization)
            .find(|&e| {
                let full = fold_text(&self.out.entities[e].label);
                full.len() > short.len()
                    && full.starts_with(short.as_str())
                    && full[short.len()..].starts_with(' ')
            })
            .unwrap_or(org)
    }

    /// An institution speaking without a proper name: "le ministère" is the ministry the article
    /// named before; "la présidence égyptienne" or "le département d'État" is an organization
    /// of that name.
    pub(super) fn institution(&mut self, range: &Range<usize>, text: &str) -> Option<usize> {
        let lower = text.to_lowercase();
        let rest = ["le ", "la ", "les ", "l'"]
            .iter()
            .find_map(|a| lower.strip_prefix(a))?;
        let head = rest.split([' ', '\'']).next()?;
        // "a indiqué le Fonds", "selon l'Agence": a capitalised noun alone stands for the
        // organization of that head the article named before.
        let written_head = text
            .get(text.len().saturating_sub(rest.len())..)?
            .split([' ', '\''])
            .next()?;
        let capitalised_alone = rest.split_whitespace().count() == 1
            && written_head.chars().next().is_some_and(char::is_uppercase);
        if !self.lex.is_institution(head) && !capitalised_alone {
            return None;
        }
        let body = &self.document.body;
        // "le quotidien" is the outlet the text introduced with that noun ("le quotidien
        // indonésien Jakarta Post"), as much as one whose name starts with it.
        let introduced = |m: &Mention| {
            body[..m.range.start]
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| fold_text(w) == fold_text(head))
        };
        let earlier = self.out.mentions.iter().rev().find(|m| {
            m.range.end <= range.start
                && self.out.entities[m.entity].class == EntityClass::Organization
                && (fold_text(&self.out.entities[m.entity].label)
                    .starts_with(fold_text(head).as_ref())
                    || introduced(m))
        });
        if let Some(m) = earlier {
            return Some(m.entity);
        }
        // "Selon l'association": the organization of that head that spoke before, though the
        // place in its name kept it from having a mention of its own.
        let spoke = self.out.claims.iter().rev().map(|c| c.claimant).find(|&e| {
            self.out.entities[e].class == EntityClass::Organization
                && fold_text(&self.out.entities[e].label).starts_with(fold_text(head).as_ref())
        });
        if spoke.is_some() {
            return spoke;
        }
        // "a fait savoir le Viminale", "selon la Primature": a capitalised noun alone that
        // is no common word is the institution of that name.
        let proper_alone = capitalised_alone && !self.lex.is_common_word(written_head);
        // "selon la présidence", "a indiqué la primature": the seat of power of the country
        // the article is about, named by its noun alone.
        let seat_alone = rest.split_whitespace().count() == 1 && SEATS.contains(&head);
        if !proper_alone
            && !seat_alone
            && (rest.split_whitespace().count() < 2 || !self.lex.is_institution(head))
        {
            return None;
        }
        let offset = text.len() - rest.len();
        let start = range.start
            + (self.document.body[range.clone()].len()
                - self.document.body[range.clone()].trim_start().len())
            + offset;
        if start + rest.len() > body.len()
            || !body.is_char_boundary(start)
            || !body.is_char_boundary(start + rest.len())
        {
            return None;
        }
        let mut label = body[start..start + rest.len()].to_owned();
        if seat_alone {
            // "selon la présidence" in an article that says "la présidence tanzanienne"
            // elsewhere: one body, named in full.
            if let Some(full) = self.seat_in_full(head) {
                label = full;
            }
        }
        Some(self.speaker_named(EntityClass::Organization, &label, start..start + rest.len()))
    }

    /// The seat of power `head` ("présidence") named with a demonym anywhere in the article
    /// ("présidence tanzanienne"), as written.
    fn seat_in_full(&self, head: &str) -> Option<String> {
        let head = fold_text(head);
        let body = &self.document.body;
        self.tokens.iter().find_map(|tokens| {
            tokens.windows(2).find_map(|w| {
                (w[0].folded == head && self.lex.demonym_country(&w[1].folded).is_some())
                    .then(|| body[w[0].range.start..w[1].range.end].to_owned())
            })
        })
    }

    /// An institution written out in words whose head is an institution noun, or a
    /// capitalised noun that opens a name ("l'Association de …", "la présidence de la
    /// République"): an organization of that name, without its article.
    fn institution_in_words(&mut self, range: &Range<usize>, text: &str) -> Option<usize> {
        let lower = text.to_lowercase();
        let rest = ["le ", "la ", "les ", "l'"]
            .iter()
            .find_map(|a| lower.strip_prefix(a))?;
        let head = rest.split([' ', '\'']).next()?;
        let written = text.get(text.len() - rest.len()..)?;
        let capitalised = written.chars().next().is_some_and(char::is_uppercase);
        let institution = self.lex.is_institution(head)
            || (capitalised && (self.lex.is_institution_head(head) || self.lex.is_org_head(head)));
        if !institution || rest.split_whitespace().count() < 2 {
            return None;
        }
        let body = &self.document.body;
        let start = range.start
            + (body[range.clone()].len() - body[range.clone()].trim_start().len())
            + (text.len() - rest.len());
        let end = start + rest.len();
        if end > body.len() || !body.is_char_boundary(start) || !body.is_char_boundary(end) {
            return None;
        }
        let label = body[start..end].to_owned();
        Some(self.speaker_named(EntityClass::Organization, &label, start..end))
    }

    /// A speaker the entity pass did not find, named `label` at `range`: a new entity of
    /// `class` (or the one of that name already made), mentioned there with low confidence.
    fn speaker_named(&mut self, class: EntityClass, label: &str, range: Range<usize>) -> usize {
        let entity = Entity {
            class,
            label: label.to_owned(),
            reference: None,
            place: None,
        };
        let e = self.entity(Key::New(class, fold_text(label).into_owned()), || entity);
        self.mention(range, e, 0.6);
        e
    }

    /// Whom a pronoun before or after a speech verb stands for, in sentence `s`.
    ///
    /// "la même source" or "le communiqué" is the last organization that spoke. A personal pronoun is, in this
    /// order: the speaker of this sentence or the one before (a statement goes on), the first
    /// person this sentence names before it, the first the sentence before names (the subject
    /// a paragraph goes on about: "Le Premier ministre X a rendu compte de sa rencontre avec
    /// Y. … a-t-il assuré" is X), the speaker of a few sentences before. A person whose
    /// gender the article shows must agree with the pronoun's ("a-t-elle déclaré").
    pub(super) fn pronoun_speaker(
        &self,
        range: &Range<usize>,
        content: &Range<usize>,
        s: usize,
        last_speaker: Option<(usize, usize)>,
        last_source: Option<(usize, usize)>,
    ) -> Option<usize> {
        const GOES_ON: usize = 1;
        const RECALLS: usize = 3;
        let text = self.document.body[range.clone()].to_lowercase();
        // "« … », précise le communiqué": the statement of the organization that spoke last.
        if text.contains("source") || text.contains("communiqué") {
            return last_source
                .filter(|(at, _)| s - at <= RECALLS)
                .map(|(_, e)| e);
        }
        let gender = pronoun_gender(&text);
        let fits = |e: usize| {
            self.out.entities[e].class != EntityClass::Person
                || gender.is_none()
                || self.gender_of(e).is_none_or(|g| Some(g) == gender)
        };
        let speaker = |within: usize| {
            last_speaker
                .filter(|&(at, e)| s - at <= within && fits(e))
                .map(|(_, e)| e)
        };
        let sentences = &self.document.sentences;
        // People named inside what someone said are not who the sentence is about. Claims
        // come in text order: only those of this sentence and the one before are looked at.
        let from = sentences[s.saturating_sub(1)].start;
        let recent = self
            .out
            .claims
            .iter()
            .rev()
            .take_while(|c| c.evidence.start >= from);
        // Nor is anyone named in the words the pronoun's speaker says ("Une rencontre avec
        // le président X « n'est pas prévue », a-t-il dit" is not X).
        let quoted = |m: &Mention| {
            (content.start <= m.range.start && m.range.end <= content.end)
                || recent
                    .clone()
                    .any(|c| c.text.start <= m.range.start && m.range.end <= c.text.end)
        };
        let first_person = |r: Range<usize>| {
            self.out
                .mentions
                .iter()
                .filter(|m| m.range.start >= r.start && m.range.end <= r.end && !quoted(m))
                .map(|m| m.entity)
                .find(|&e| self.out.entities[e].class == EntityClass::Person && fits(e))
        };
        speaker(GOES_ON)
            .or_else(|| first_person(sentences[s].start..range.start))
            .or_else(|| {
                s.checked_sub(1)
                    .and_then(|p| first_person(sentences[p].clone()))
            })
            .or_else(|| speaker(RECALLS))
            .or_else(|| {
                let last = self.last_person_before(range.start, sentences[s].start)?;
                if fits(last) {
                    return Some(last);
                }
                // "« … », a-t-elle lancé" after a sentence that names only "M. Martin": the
                // last person named a little before whom the pronoun may stand for.
                let from = sentences[s.saturating_sub(RECALLS)].start;
                self.out
                    .mentions
                    .iter()
                    .rev()
                    .filter(|m| m.range.end <= range.start && m.range.start >= from)
                    .map(|m| m.entity)
                    .filter(|&e| self.out.entities[e].class == EntityClass::Person)
                    .find(|&e| fits(e))
            })
    }

    pub(super) fn last_person_before(&self, at: usize, sentence_start: usize) -> Option<usize> {
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
    pub(super) fn dedupe_claims(&mut self) {
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
        // A headline or a later paragraph that repeats a statement: of two claims by one
        // claimant where one says the other word for word, the longer.
        let body = &self.document.body;
        let text = |c: &Claim| body[c.text.clone()].trim();
        let repeated: Vec<bool> = (0..kept.len())
            .map(|i| {
                (0..kept.len()).any(|j| {
                    j != i
                        && kept[j].claimant == kept[i].claimant
                        && text(&kept[j]).contains(text(&kept[i]))
                        && (kept[j].text.len() > kept[i].text.len() || j < i)
                })
            })
            .collect();
        let mut repeated = repeated.into_iter();
        kept.retain(|_| !repeated.next().unwrap_or(false));
        self.out.claims = kept;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::reference::Reference;
    use crate::text::normalise;

    /// Each claim of the text as "speaker: words", in text order.
    fn claims(text: &str) -> Vec<String> {
        let (doc, _) = normalise(text);
        let reference = Reference::bundled("https://w3id.org/newsgraph/id/")
            .expect("the bundled reference data parses");
        let published = chrono::NaiveDate::from_ymd_opt(2026, 1, 22);
        let ex = Extractor::new(&reference).extract(&doc, published);
        let mut out: Vec<(usize, String)> = ex
            .claims
            .iter()
            .map(|c| {
                let who = &ex.entities[c.claimant].label;
                (
                    c.text.start,
                    format!("{who}: {}", doc.body[c.text.clone()].trim()),
                )
            })
            .collect();
        out.sort();
        out.into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn a_feminine_pronoun_passes_over_a_man_just_named() {
        let text = "Catherine Connolly a prêté serment mardi à Dublin, en présence du Premier \
                    ministre Micheál Martin. La nouvelle présidente a ensuite reçu M. Martin pour \
                    un premier entretien. « Je serai la présidente de tous », a-t-elle lancé.";
        assert_eq!(
            claims(text),
            ["Catherine Connolly: Je serai la présidente de tous"]
        );
    }

    #[test]
    fn a_former_president_is_not_the_president_in_office() {
        let text = "Le Président de la République, Maréchal Mahamat Idriss Déby Itno, a reçu en \
                    audience mercredi le Haut-Commissaire des Nations unies pour les réfugiés, \
                    Barham Salih, en visite au Tchad. « Le Tchad ne peut pas porter seul ce \
                    fardeau », a déclaré le chef de l'Etat tchadien. À sa sortie d'audience, \
                    l'ancien président irakien a salué « la générosité exemplaire du peuple \
                    tchadien ».";
        let found = claims(text);
        assert!(
            found
                .iter()
                .any(|c| c
                    == "Mahamat Idriss Déby Itno: Le Tchad ne peut pas porter seul ce fardeau"),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|c| c.starts_with("Mahamat Idriss Déby Itno: la générosité")),
            "{found:?}"
        );
    }

    #[test]
    fn a_resigning_head_of_government_still_holds_the_office() {
        let text = "Le Premier ministre Anton Dragunov a remis jeudi la démission de son \
                    cabinet au président, après un vote de défiance obtenu par le chef du \
                    parti Avenir, Pavel Iordanov. « Nous partons la tête haute », a affirmé le \
                    chef du gouvernement démissionnaire.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .any(|c| c == "Anton Dragunov: Nous partons la tête haute"),
            "{found:?}"
        );
    }

    #[test]
    fn the_office_of_a_person_speaks_for_itself() {
        let text = "Le président argentin Javier Milei a réuni jeudi les gouverneurs. Vendredi \
                    soir, le bureau du président a annoncé la démission du chef de cabinet.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .any(|c| c.starts_with("bureau du président: annoncé la démission")),
            "{found:?}"
        );
    }

    #[test]
    fn a_seat_alone_is_the_one_the_article_names_in_full() {
        let text = "Le président a reçu son ministre pour, selon la présidence, « définir les \
                    priorités du mandat ». Le président zambien a appelé jeudi son homologue, \
                    a indiqué la présidence tanzanienne.";
        let found = claims(text);
        assert!(
            found
                .iter()
                .any(|c| c == "présidence tanzanienne: définir les priorités du mandat"),
            "{found:?}"
        );
    }
}
