//! Title phrases and the people they belong to.
//!
//! A title phrase is a head from `titles.tsv` ("envoyé", "porte-parole", "chef d'État") and
//! the words that may continue it (`title_words.txt`, demonyms, names of the organizations and
//! people it serves): "l'envoyé spécial du président américain Donald Trump, Steve Witkoff".
//! The phrase belongs to the person right after it ("le général Keith Kellogg", "la
//! porte-parole, Karoline Leavitt"), or, as an apposition, to the person right before it
//! ("Jared Kushner, le gendre de Donald Trump"). A person named inside a phrase after a
//! preposition is a complement of the title, not its holder. A phrase with neither is a title
//! alone ("le chef d'État russe"), which coreference resolves.

use std::ops::Range;

use super::names::{is_adjective, is_calendar_word, join_words, APPOINTED};
use super::tokens::Token;
use crate::lang::Lexicon;
use crate::reference::EntityClass;

/// A mention as the role rules see it.
#[derive(Debug, Clone)]
pub struct Named {
    pub range: Range<usize>,
    pub entity: usize,
    pub class: EntityClass,
}

/// A title phrase found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// Byte range of the title, without its article.
    pub range: Range<usize>,
    /// The title as written.
    pub label: String,
    /// The head's family (leader, envoy, adviser…).
    pub family: String,
    /// The head's words in lower case ("secrétaire d'état" in "l'ancien secrétaire d'État
    /// américain").
    pub head: String,
    /// The holder, when the text names them next to the title.
    pub person: Option<usize>,
    /// The second holder of a plural title that names two ("les ministres des Affaires
    /// étrangères, X et Y", "les directeurs, X pour A et Y pour B").
    pub also: Option<usize>,
    /// Person mentions inside the title ("du président américain Donald Trump"): not holders.
    pub complements: Vec<Range<usize>>,
    /// An organization or place the title serves, named inside it.
    pub of: Option<usize>,
    /// The folded country name of a demonym in the title ("russe" → "russie").
    pub country: Option<String>,
    /// Inside a longer title ("président américain" in "l'envoyé du président américain").
    pub nested: bool,
    /// Preceded by an article: "le chef russe" can stand alone for a person.
    pub definite: bool,
    /// Given by an appointment ("X a été nommé chef du gouvernement", "X, élu président",
    /// "X a prêté serment comme Premier ministre"): the holder is the one coming into office.
    pub appointed: bool,
}

/// Words (folded) that open a verb right after its subject: a title they follow is the
/// subject of the clause, not an apposition ("…, le chancelier a partagé …").
const VERB_AFTER_SUBJECT: &[&str] = &[
    "a", "ont", "avait", "avaient", "aura", "aurait", "est", "sont", "etait", "etaient", "sera",
    "serait", "s'", "se", "n'", "ne", "doit", "devait", "devrait", "va", "allait", "peut",
    "pourrait", "y", "lui", "l'",
];

/// Prepositions that make a title the complement of what comes before it.
const GOVERNING: &[&str] = &[
    "avec", "sur", "a", "de", "par", "pour", "contre", "entre", "chez", "aupres", "envers", "vers",
    "sans", "selon",
];

const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "du", "des", "de", "d'", "au", "aux", "a", "son", "sa",
    "ses", "leur", "leurs", "cet", "cette", "ce", "notre", "votre", "nos", "vos",
];

/// Finds the title phrases of one sentence.
pub fn find(lex: &Lexicon, body: &str, tokens: &[Token], named: &[Named]) -> Vec<Phrase> {
    let mention_at = |i: usize| {
        named
            .iter()
            .find(|n| n.range.start == tokens[i].range.start)
    };
    // The end of the title head that starts at each token, looked up once.
    let heads: Vec<Option<usize>> = (0..tokens.len()).map(|i| head_at(lex, tokens, i)).collect();
    let mut phrases: Vec<Phrase> = Vec::new();
    let mut appointed;
    let mut i = 0;
    while i < tokens.len() {
        let Some(head_end) = heads[i] else {
            i += 1;
            continue;
        };
        // "l'ancien gouverneur", "la nouvelle Première ministre": modifiers before the head
        // belong to the title.
        // So does an ordinal: "la dixième présidente de l'Irlande".
        let mut open_at = i;
        while open_at > 0
            && (lex.is_title_premodifier(&tokens[open_at - 1].folded)
                || is_ordinal(&tokens[open_at - 1].folded))
        {
            open_at -= 1;
        }
        // "Bassirou Diomaye Faye, désigné médiateur de la CEDEAO": the participle of an
        // appointment after a comma stands before a title, outside it.
        // "Khaled El-Enany élu directeur général" (a headline's predicate): the participle
        // right after a person's name gives them the title.
        let participle = open_at >= 2 && APPOINTED.contains(&tokens[open_at - 1].folded.as_str());
        let elected = participle
            .then(|| {
                let name_end = tokens[open_at - 2].range.end;
                named
                    .iter()
                    .find(|n| n.range.end == name_end && n.class == EntityClass::Person)
                    .map(|n| n.entity)
            })
            .flatten();
        // The participle is left out of the title and its phrase.
        appointed = participle && (tokens[open_at - 2].folded == "," || elected.is_some());
        let previous = open_at
            .checked_sub(if appointed { 2 } else { 1 })
            .map(|p| tokens[p].folded.as_str());
        // A title governed by a preposition ("avec le président", "au Premier ministre").
        let governed = match previous {
            Some("au" | "aux" | "du") => true,
            Some("le" | "la" | "l'" | "les") => open_at
                .checked_sub(2)
                .is_some_and(|k| GOVERNING.contains(&tokens[k].folded.as_str())),
            _ => false,
        };
        let opens = elected.is_some()
            || previous
                .is_none_or(|p| DETERMINERS.contains(&p) || p == "," || p == "(" || p == ":");
        // "Andrej Babiš a été nommé ce mardi chef du gouvernement", "X a prêté serment comme
        // Premier ministre": the title the clause gives its subject.
        let subject = if opens {
            None
        } else {
            predicate_subject(tokens, named, open_at)
        };
        if !opens && subject.is_none() {
            i += 1;
            continue;
        }
        let definite = previous.is_some_and(|p| DETERMINERS.contains(&p));
        // Walk forward over the words that may continue a title.
        let mut end = head_end;
        let mut person = None;
        let mut complements = Vec::new();
        let mut of = None;
        let mut last_content = head_end;
        // Inside a complement ("au Trésor", "des Affaires stratégiques"): names in capitals
        // that are no person continue the title.
        let mut in_complement = false;
        // The holder after a comma came after a title of rank or a nationality.
        let mut holder_after_rank = false;
        while end < tokens.len() {
            let t = &tokens[end];
            // "le chef de l'Organisation nationale du renseignement (MIT) Ibrahim Kalın": an
            // acronym in parentheses inside the title.
            if t.folded == "("
                && tokens.get(end + 2).is_some_and(|c| c.folded == ")")
                && tokens.get(end + 1).is_some_and(|a| a.upper)
                && end > head_end
            {
                end += 3;
                continue;
            }
            // "le Taoiseach (Premier ministre irlandais) Micheál Martin", "le président du Grand
            // Khoural (Parlement) D.Amarbayasgalan": a gloss in parentheses between the title
            // and its holder, left out of the title.
            if t.folded == "(" && person.is_none() {
                let close = (end + 1..tokens.len().min(end + 7)).find(|&k| tokens[k].folded == ")");
                if let Some(close) = close {
                    let holder = mention_at(close + 1).filter(|m| m.class == EntityClass::Person);
                    let plain = tokens[end + 1..close].iter().all(|t| t.word)
                        && !named.iter().any(|n| {
                            n.class == EntityClass::Person
                                && tokens[end].range.end <= n.range.start
                                && n.range.end <= tokens[close].range.start
                        });
                    if let (Some(m), true) = (holder, plain) {
                        person = Some(m.entity);
                        break;
                    }
                }
            }
            // The gloss itself is a title of the holder after it.
            if t.folded == ")"
                && person.is_none()
                && open_at > 0
                && tokens[open_at - 1].folded == "("
            {
                if let Some(m) = mention_at(end + 1).filter(|m| m.class == EntityClass::Person) {
                    person = Some(m.entity);
                    break;
                }
            }
            if let Some(m) = mention_at(end) {
                let after_preposition = matches!(
                    tokens[end - 1].folded.as_str(),
                    "de" | "du" | "des" | "d'" | "a" | "au" | "aux"
                );
                // "négociateur en chef", "commandant en chef": "en chef" is not a second title.
                // Titles stacked without a preposition ("guide suprême ayatollah Ali Khamenei")
                // all belong to the person.
                // A head right after a common noun of the complement is its adjective ("chef du
                // renseignement général syrien X"), no second title.
                let nested_head = in_complement
                    && (head_end..end).any(|k| {
                        let before = &tokens[k - 1];
                        let adjective_use = before.word
                            && !before.capitalised
                            && !DETERMINERS.contains(&before.folded.as_str())
                            && !GOVERNING.contains(&before.folded.as_str())
                            && !lex.is_title_premodifier(&before.folded)
                            && heads[k - 1].is_none()
                            && before.folded != "et";
                        heads[k].is_some() && before.folded != "en" && !adjective_use
                    });
                let m_end = tokens
                    .iter()
                    .position(|t| t.range.start >= m.range.end)
                    .unwrap_or(tokens.len());
                if m.class == EntityClass::Person && !after_preposition && !nested_head {
                    person = Some(m.entity);
                    break;
                }
                if m.class == EntityClass::Person {
                    complements.push(m.range.clone());
                    // "l'envoyé du président américain Donald Trump, Steve Witkoff": the person
                    // after the comma holds the outer title.
                    if tokens.get(m_end).is_some_and(|t| t.folded == ",") {
                        if let Some(next) = named.iter().find(|n| {
                            tokens
                                .get(m_end + 1)
                                .is_some_and(|t| t.range.start == n.range.start)
                        }) {
                            if next.class == EntityClass::Person {
                                end = m_end;
                                last_content = end;
                                person = Some(next.entity);
                                break;
                            }
                        }
                    }
                } else if of.is_none() {
                    of = Some(m.entity);
                }
                end = m_end;
                last_content = end;
                continue;
            }
            // "ministre des Affaires étrangères": capitalised words of a complement continue too.
            // "ministre turc du Trésor et des Finances": a second complement.
            if matches!(t.folded.as_str(), "et" | "puis")
                && in_complement
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| matches!(n.folded.as_str(), "de" | "du" | "des" | "d'"))
            {
                end += 1;
                continue;
            }
            // "ministre des Affaires étrangères, de la Coopération régionale et des …": the
            // complements of one title, listed.
            if t.folded == ","
                && in_complement
                && person.is_none()
                && tokens
                    .get(end + 1)
                    .is_some_and(|n| matches!(n.folded.as_str(), "de" | "du" | "des" | "d'"))
                && tokens[end + 2..]
                    .iter()
                    .find(|n| !matches!(n.folded.as_str(), "la" | "l'" | "le" | "les"))
                    .is_some_and(|n| n.capitalised && !lex.is_given_name(&n.folded))
            {
                end += 1;
                continue;
            }
            // "représentant spécial pour le dialogue entre Belgrade et Pristina": the second of
            // two places a complement sets side by side.
            if t.folded == "et"
                && in_complement
                && tokens[head_end..end].iter().any(|k| k.folded == "entre")
                && mention_at(end + 1).is_some_and(|n| n.class != EntityClass::Person)
            {
                end += 1;
                continue;
            }
            // "chef de l'armée et président du Conseil", "Premier ministre et ministre des
            // Affaires étrangères": two titles of one person, held together.
            if t.folded == "et" && end > head_end {
                let mut next = end + 1;
                while tokens
                    .get(next)
                    .is_some_and(|n| lex.is_title_premodifier(&n.folded))
                {
                    next += 1;
                }
                if heads.get(next).copied().flatten().is_some() {
                    end += 1;
                    in_complement = false;
                    continue;
                }
            }
            // "le président de sa Commission", "porte-parole de son ministère".
            if matches!(t.folded.as_str(), "sa" | "son" | "ses" | "leur" | "leurs")
                && tokens[end - 1].folded == "de"
            {
                end += 1;
                continue;
            }
            // "a" without its accent is the verb ("le président a dit"), not "à"; "par" names
            // who gave the title ("nommé chef du gouvernement par le président"), unless it
            // says the title is held for a time ("par intérim").
            if t.lower == "a"
                || (t.folded == "par" && tokens.get(end + 1).is_none_or(|n| n.folded != "interim"))
            {
                break;
            }
            // A given name starts the holder's name, not a complement.
            let complement_word = t.capitalised
                && end > head_end
                && (lex.continues_title(&t.lower)
                    || (in_complement && !lex.is_given_name(&t.folded)));
            // "milliardaire républicain", "patron de l'agence onusienne", "dirigeant
            // chypriote-turc" (demonyms joined).
            let modifier = !t.capitalised
                && (is_adjective(t)
                    || (in_complement && lex.is_institution(&t.folded))
                    || (t.folded.contains(' ')
                        && t.folded
                            .split(' ')
                            .all(|w| lex.demonym_country(w).is_some())));
            // "gouverneur de la province de Buenos Aires", "président de la région autonome du
            // Kurdistan": a common noun, maybe adjectives, then the name it heads.
            let names_head = in_complement && !t.capitalised && t.word && {
                let mut k = end + 1;
                while k < end + 3 && tokens.get(k).is_some_and(is_adjective) {
                    k += 1;
                }
                tokens
                    .get(k)
                    .is_some_and(|p| matches!(p.folded.as_str(), "de" | "du" | "des" | "d'"))
                    && (mention_at(k + 1).is_some()
                        || (tokens
                            .get(k + 1)
                            .is_some_and(|a| matches!(a.folded.as_str(), "la" | "l'" | "le"))
                            && mention_at(k + 2).is_some()))
            };
            // "la commissaire chargée de la gestion des crises": the portfolio after "chargé
            // de", in common words, up to six of them.
            let portfolio = !t.capitalised
                && t.word
                && !VERB_AFTER_SUBJECT.contains(&t.folded.as_str())
                && (end.saturating_sub(6)..end).any(|k| {
                    k >= head_end && matches!(tokens[k].folded.as_str(), "charge" | "chargee")
                });
            // "pour le dialogue entre Belgrade et Pristina": the noun of a "pour" complement,
            // and "entre" before the places it sets side by side.
            let purpose = in_complement
                && !t.capitalised
                && end >= 2
                && matches!(tokens[end - 1].folded.as_str(), "le" | "la" | "l'")
                && tokens[end - 2].folded == "pour";
            let between = in_complement
                && t.folded == "entre"
                && mention_at(end + 1).is_some_and(|n| n.class != EntityClass::Person);
            if t.word
                && (!t.capitalised || complement_word)
                && (lex.continues_title(&t.folded)
                    || heads[end].is_some()
                    || modifier
                    || portfolio
                    || names_head
                    || complement_word
                    || purpose
                    || between)
            {
                in_complement |= matches!(
                    t.folded.as_str(),
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "aux"
                        | "a"
                        | "au"
                        | "pour"
                        | "entre"
                        | "charge"
                        | "chargee"
                );
                if !matches!(
                    t.folded.as_str(),
                    "de" | "du"
                        | "des"
                        | "d'"
                        | "la"
                        | "le"
                        | "les"
                        | "l'"
                        | "aux"
                        | "a"
                        | "au"
                        | "pour"
                        | "entre"
                        | "en"
                ) {
                    last_content = end + 1;
                }
                end += 1;
                continue;
            }
            // "la porte-parole, Karoline Leavitt": a comma, then the holder, maybe after a
            // title of rank ("l'émir du Qatar, cheikh Tamim …", "…, le prince Khaled …").
            if t.folded == "," && person.is_none() {
                let mut next = end + 1;
                if tokens
                    .get(next)
                    .is_some_and(|t| matches!(t.folded.as_str(), "le" | "la" | "l'"))
                {
                    next += 1;
                }
                let mut next = match heads.get(next).copied().flatten() {
                    Some(head_end) if tokens.get(head_end).is_some() => {
                        holder_after_rank = true;
                        head_end
                    }
                    _ => next,
                };
                // "…, le Nigérian Bola Ahmed Tinubu": a nationality before the holder; "…, le
                // péroniste Axel Kicillof": an allegiance.
                if tokens.get(next).is_some_and(|t| {
                    (t.capitalised
                        && lex.demonym_country(&t.folded).is_some()
                        && mention_at(next).is_none())
                        || (!t.capitalised
                            && is_adjective(t)
                            && mention_at(next + 1).is_some_and(|m| m.class == EntityClass::Person))
                }) {
                    holder_after_rank = true;
                    next += 1;
                }
                if let Some(m) = tokens.get(next).and_then(|_| mention_at(next)) {
                    // "Interrogée sur un échange avec le président américain, Mette Frederiksen
                    // a indiqué …": after a title governed by a preposition, a name its verb
                    // follows is the subject of the clause, not the title's holder.
                    let subject_of_verb = governed
                        && tokens
                            .iter()
                            .find(|t| t.range.start >= m.range.end)
                            .is_some_and(|t| VERB_AFTER_SUBJECT.contains(&t.folded.as_str()));
                    if m.class == EntityClass::Person && complements.is_empty() && !subject_of_verb
                    {
                        person = Some(m.entity);
                    }
                }
            }
            break;
        }
        let range = tokens[open_at].range.start..tokens[last_content - 1].range.end;
        let country = tokens[i..last_content]
            .iter()
            .find_map(|t| lex.demonym_country(&t.folded).map(str::to_owned));
        // "Jared Kushner, le gendre de Donald Trump": an apposition belongs to the name before.
        // It ends at a mark or "et": a title the verb follows is its subject ("Accompagné de
        // son épouse X, le chancelier a partagé …"). A title without article after a name is
        // that name's, even when another name follows ("X, ministre …, Y, ministre …").
        let closed = tokens
            .get(end)
            .is_none_or(|t| !VERB_AFTER_SUBJECT.contains(&t.folded.as_str()));
        let bare_after_name = !definite && closed;
        if let Some(e) = elected.filter(|_| person.is_none()) {
            person = Some(e);
        }
        if subject.is_some() {
            person = subject;
        }
        // "en présence de X, du vice-Premier ministre …": a title after a comma that opens with
        // a preposition is the next item of a list, not an apposition of the name before.
        let listed = matches!(
            previous,
            Some("du" | "des" | "au" | "aux" | "de" | "d'" | "a")
        );
        if (person.is_none() || (bare_after_name && !holder_after_rank)) && closed && !listed {
            let det = usize::from(definite) + usize::from(appointed);
            if open_at > det && tokens[open_at - det - 1].folded == "," {
                let comma = tokens[open_at - det - 1].range.start;
                if let Some(m) = named
                    .iter()
                    .rfind(|n| n.range.end <= comma && body[n.range.end..comma].trim().is_empty())
                {
                    if m.class == EntityClass::Person {
                        person = Some(m.entity);
                    }
                }
            }
        }
        let head = join_words(&folded_words(&tokens[i..head_end]));
        let family = lex.title(&head).map(|f| f.0.clone()).unwrap_or_default();
        let also = person
            .filter(|_| is_plural_head(lex, &head))
            .and_then(|p| second_holder(tokens, named, p, tokens[last_content - 1].range.end));
        phrases.push(Phrase {
            label: clean_label(&body[range.clone()]),
            range,
            family,
            head,
            person,
            also,
            complements,
            of,
            country,
            nested: false,
            definite,
            appointed: person.is_some() && (appointed || subject.is_some()),
        });
        i = head_end;
    }
    // A phrase that starts inside another is nested in it.
    let outer: Vec<(Range<usize>, Option<usize>)> = phrases
        .iter()
        .map(|p| (p.range.clone(), p.person))
        .collect();
    for p in &mut phrases {
        let around = outer
            .iter()
            .find(|(o, _)| o.start < p.range.start && p.range.start < o.end);
        p.nested = around.is_some();
        // "le conseiller du président russe, Iouri Ouchakov": the name after the comma holds
        // the outer title, not the inner one.
        if around.is_some_and(|(_, holder)| *holder == p.person) {
            p.person = None;
        }
    }
    phrases
}

/// Whether a title head is the plural of one ("ministres", "premiers ministres", "directeurs
/// généraux"): a title two people may share.
fn is_plural_head(lex: &Lexicon, head: &str) -> bool {
    let singular: Vec<String> = head
        .split(' ')
        .map(|w| match w.strip_suffix("aux") {
            Some(stem) => format!("{stem}al"),
            None => w.strip_suffix('s').unwrap_or(w).to_owned(),
        })
        .collect();
    let singular = singular.join(" ");
    singular != head && lex.title(&singular).is_some()
}

/// The person named after `first`, the first holder of a plural title that ends at byte `from`,
/// and joined to it by "et": "les ministres des Affaires étrangères, X et Y"; each may have
/// what they stand for after "pour" ("X pour la Zambie et Y pour le Zimbabwe").
fn second_holder(tokens: &[Token], named: &[Named], first: usize, from: usize) -> Option<usize> {
    let m = named
        .iter()
        .find(|n| n.range.start >= from && n.entity == first && n.class == EntityClass::Person)?;
    let mut k = tokens.iter().position(|t| t.range.start >= m.range.end)?;
    if tokens[k].folded == "pour" {
        k = (k + 1..tokens.len().min(k + 6))
            .find(|&j| tokens[j].folded == "et" || !tokens[j].word)?;
    }
    if tokens.get(k)?.folded != "et" {
        return None;
    }
    let next = tokens.get(k + 1)?;
    named
        .iter()
        .find(|n| n.range.start == next.range.start)
        .filter(|n| n.class == EntityClass::Person && n.entity != first)
        .map(|n| n.entity)
}

/// Whether a folded word is an ordinal in letters or digits ("dixième", "47e", "2eme").
fn is_ordinal(folded: &str) -> bool {
    let digits = folded.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &folded[digits.len()..];
    (folded.len() > 5 && folded.ends_with("ieme"))
        || (!digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(suffix, "e" | "eme"))
}

/// Words that may stand between the verb of an appointment and the title: when ("ce mardi",
/// "hier") or how ("officiellement").
const PREDICATE_FILLERS: &[&str] = &["ce", "hier", "officiellement", "formellement"];

/// The person a predicate gives the title at `open_at`: after "comme" or the participle of an
/// appointment ("nommé", "élu"), maybe then a day, the subject named at the head of the verb,
/// at most six words before ("X a prêté serment ce vendredi comme Premier ministre", "X a été
/// nommé ce mardi chef du gouvernement").
fn predicate_subject(tokens: &[Token], named: &[Named], open_at: usize) -> Option<usize> {
    let mut k = open_at;
    while k > 0
        && open_at - k < 2
        && (PREDICATE_FILLERS.contains(&tokens[k - 1].folded.as_str())
            || is_calendar_word(&tokens[k - 1].folded))
    {
        k -= 1;
    }
    let cue = tokens.get(k.checked_sub(1)?)?;
    if cue.folded != "comme" && !APPOINTED.contains(&cue.folded.as_str()) {
        return None;
    }
    let verb = k - 1;
    (verb.saturating_sub(6)..verb).rev().find_map(|j| {
        let t = &tokens[j];
        if let Some(m) = named.iter().find(|n| n.range.end == t.range.end) {
            return Some((m.class == EntityClass::Person).then_some(m.entity));
        }
        // A mark or a capitalised word (a name no rule found, "Il") ends the search.
        (!t.word || t.capitalised).then_some(None)
    })?
}

fn folded_words(tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.lower.clone()).collect()
}

/// The end of the longest title head starting at token `i`, if one does.
fn head_at(lex: &Lexicon, tokens: &[Token], i: usize) -> Option<usize> {
    let mut words = tokens[i..]
        .iter()
        .take_while(|t| t.word)
        .map(|t| t.lower.as_str());
    // "ex-gouverneur", "ex-Premier ministre": the title after "ex-".
    let first = words.next()?;
    let first = first.strip_prefix("ex ").unwrap_or(first);
    lex.longest_title(std::iter::once(first).chain(words))
        .map(|(n, _)| i + n)
}

/// A title as written, in one line, without a trailing comma.
fn clean_label(text: &str) -> String {
    text.trim_end_matches([',', ' '])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests_support {
    use super::*;
    use crate::extract::tokens::tokenize;
    use crate::lang::Language;

    /// Roles of a sentence whose people are given as (name, entity) pairs found by position.
    pub fn check(text: &str, people: &[&str], orgs: &[&str]) -> Vec<String> {
        let tokens = tokenize(text, 0..text.len());
        let mut named = Vec::new();
        for (entity, name) in people.iter().enumerate() {
            let start = text.find(name).expect("name in text");
            named.push(Named {
                range: start..start + name.len(),
                entity,
                class: EntityClass::Person,
            });
        }
        for (k, name) in orgs.iter().enumerate() {
            let start = text.find(name).expect("org in text");
            named.push(Named {
                range: start..start + name.len(),
                entity: 100 + k,
                class: EntityClass::Organization,
            });
        }
        named.sort_by_key(|n| n.range.start);
        find(Language::French.lexicon(), text, &tokens, &named)
            .into_iter()
            .filter(|p| !p.nested)
            .map(|p| {
                let mut who = p.person.map_or("?".to_owned(), |e| people[e].to_owned());
                if let Some(e) = p.also {
                    who = format!("{who} & {}", people[e]);
                }
                let of =
                    p.of.map(|o| format!(" of={}", orgs[o - 100]))
                        .unwrap_or_default();
                format!("{who}: {}{of}", p.label)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::check;

    #[test]
    fn title_before_the_name() {
        assert_eq!(
            check(
                "Le général Keith Kellogg a repoussé.",
                &["Keith Kellogg"],
                &[]
            ),
            vec!["Keith Kellogg: général"]
        );
        assert_eq!(
            check(
                "Selon l'aide présidentielle russe Kirill Dmitriev, tout va bien.",
                &["Kirill Dmitriev"],
                &[]
            ),
            vec!["Kirill Dmitriev: aide présidentielle russe"]
        );
    }

    #[test]
    fn outer_title_goes_to_the_apposed_name() {
        assert_eq!(
            check("Il a reçu l'envoyé spécial du président américain Donald Trump, Steve Witkoff, hier.", &["Donald Trump", "Steve Witkoff"], &[]),
            vec!["Steve Witkoff: envoyé spécial du président américain Donald Trump"]
        );
    }

    #[test]
    fn title_with_organization_and_comma() {
        assert_eq!(
            check(
                "La secrétaire de presse de la Maison Blanche, Karoline Leavitt, a parlé.",
                &["Karoline Leavitt"],
                &["Maison Blanche"]
            ),
            vec!["Karoline Leavitt: secrétaire de presse de la Maison Blanche of=Maison Blanche"]
        );
    }

    #[test]
    fn apposition_after_the_name() {
        assert_eq!(
            check(
                "Il sera accompagné de Jared Kushner, le gendre de Donald Trump.",
                &["Jared Kushner", "Donald Trump"],
                &[]
            ),
            vec!["Jared Kushner: gendre de Donald Trump"]
        );
    }

    #[test]
    fn en_chef_is_part_of_the_title() {
        assert_eq!(
            check(
                "Il a vu le négociateur en chef ukrainien Oumerov à Miami.",
                &["Oumerov"],
                &[]
            ),
            vec!["Oumerov: négociateur en chef ukrainien"]
        );
    }

    #[test]
    fn modifiers_before_the_head_belong_to_the_title() {
        assert_eq!(
            check(
                "Paul Martin, ancien gouverneur de la Banque du Japon, a parlé.",
                &["Paul Martin"],
                &["Banque du Japon"]
            ),
            vec!["Paul Martin: ancien gouverneur de la Banque du Japon of=Banque du Japon"]
        );
        assert_eq!(
            check(
                "Elle a vu la nouvelle Première ministre danoise Anna Holm.",
                &["Anna Holm"],
                &[]
            ),
            vec!["Anna Holm: nouvelle Première ministre danoise"]
        );
        assert_eq!(
            check("Karl Berg, ex-gouverneur, a parlé.", &["Karl Berg"], &[]),
            vec!["Karl Berg: ex-gouverneur"]
        );
    }

    #[test]
    fn complements_in_capitals_and_adjectives() {
        assert_eq!(
            check(
                "Le secrétaire au Budget Tom Reyes a signé.",
                &["Tom Reyes"],
                &[]
            ),
            vec!["Tom Reyes: secrétaire au Budget"]
        );
        assert_eq!(
            check(
                "Le ministre grec de l'Économie et des Finances, Nikos Pappas, a parlé.",
                &["Nikos Pappas"],
                &[]
            ),
            vec!["Nikos Pappas: ministre grec de l'Économie et des Finances"]
        );
        assert_eq!(
            check(
                "Le milliardaire républicain Ed Rowe a payé.",
                &["Ed Rowe"],
                &[]
            ),
            vec!["Ed Rowe: milliardaire républicain"]
        );
    }

    #[test]
    fn an_acronym_in_parentheses_and_stacked_titles() {
        assert_eq!(
            check(
                "Le directeur de l'Agence nationale du cadastre (ANC) Omar Diallo a parlé.",
                &["Omar Diallo"],
                &["Agence nationale du cadastre"]
            ),
            vec!["Omar Diallo: directeur de l'Agence nationale du cadastre of=Agence nationale du cadastre"]
        );
        assert_eq!(
            check(
                "Le guide suprême ayatollah Reza Amini a tranché.",
                &["Reza Amini"],
                &[]
            ),
            vec!["Reza Amini: guide suprême ayatollah"]
        );
    }

    #[test]
    fn holder_after_a_comma_and_a_title_of_rank() {
        assert_eq!(
            check(
                "Ils ont vu Omar Said, l'émir du Koweït, cheikh Nawaf Jaber, hier.",
                &["Omar Said", "Nawaf Jaber"],
                &[]
            ),
            vec!["Nawaf Jaber: émir du Koweït", "Nawaf Jaber: cheikh"]
        );
    }

    #[test]
    fn a_given_name_ends_a_complement() {
        assert_eq!(
            check("Le président du Pérou Pedro Quispe a parlé.", &[], &[]),
            vec!["?: président du Pérou"]
        );
    }

    #[test]
    fn title_alone() {
        assert_eq!(
            check("Il a parlé avec le chef d'État russe hier.", &[], &[]),
            vec!["?: chef d'État russe"]
        );
    }

    #[test]
    fn a_plural_title_goes_to_the_two_names_it_lists() {
        assert_eq!(
            check(
                "Les deux chefs d'État étaient entourés de leurs ministres de la Défense, Karl Tamm et Ivo Sepp.",
                &["Karl Tamm", "Ivo Sepp"],
                &[]
            ),
            vec!["Karl Tamm & Ivo Sepp: ministres de la Défense"]
        );
        assert_eq!(
            check(
                "Ils ont déjeuné avec les directeurs généraux, Rui Costa pour le Portugal et Ana Ruiz pour l'Espagne.",
                &["Rui Costa", "Ana Ruiz"],
                &["Portugal", "Espagne"]
            ),
            vec!["Rui Costa & Ana Ruiz: directeurs généraux"]
        );
        assert_eq!(
            check(
                "Le groupe sera conduit par les vice-ministres Rui Costa et Ana Ruiz.",
                &["Rui Costa", "Ana Ruiz"],
                &[]
            ),
            vec!["Rui Costa & Ana Ruiz: vice-ministres"]
        );
    }

    #[test]
    fn a_bare_title_after_a_name_is_that_name_s() {
        assert_eq!(
            check("Il a reçu Ana Rios, ministre de la Santé du Chili, Tomás Vidal, ministre des Finances, et Luis Mora.", &["Ana Rios", "Tomás Vidal", "Luis Mora"], &[]),
            vec!["Ana Rios: ministre de la Santé du Chili", "Tomás Vidal: ministre des Finances"]
        );
    }

    #[test]
    fn a_title_its_verb_follows_is_no_apposition() {
        assert_eq!(
            check(
                "Accompagné de son frère Jan Berg, le ministre suédois a visité l'usine.",
                &["Jan Berg"],
                &[]
            ),
            vec!["Jan Berg: frère", "?: ministre suédois"]
        );
    }

    #[test]
    fn a_name_its_verb_follows_is_no_holder_of_a_governed_title() {
        assert_eq!(
            check(
                "Questionnée sur une rencontre avec le président américain, Anna Lind a répondu.",
                &["Anna Lind"],
                &[]
            ),
            vec!["?: président américain"]
        );
        assert_eq!(
            check(
                "Il a rencontré le Premier ministre, Jan Berg, à Oslo.",
                &["Jan Berg"],
                &[]
            ),
            vec!["Jan Berg: Premier ministre"]
        );
        assert_eq!(
            check(
                "Ils ont parlé en présence du prince Karl Lund, du vice-Premier ministre et de la ministre Eva Holm.",
                &["Karl Lund", "Eva Holm"],
                &[]
            ),
            vec!["Karl Lund: prince", "?: vice-Premier ministre", "Eva Holm: ministre"]
        );
    }

    #[test]
    fn listed_complements_and_two_titles_held_together() {
        assert_eq!(
            check(
                "Ali Sow, ministre de l'Intérieur, de la Sécurité et des Cultes, a parlé.",
                &["Ali Sow"],
                &[]
            ),
            vec!["Ali Sow: ministre de l'Intérieur, de la Sécurité et des Cultes"]
        );
        assert_eq!(
            check("Le chef de l'armée et président du Conseil militaire, le général Omar Dia, est arrivé.", &["Omar Dia"], &[]),
            vec!["Omar Dia: chef de l'armée et président du Conseil militaire", "Omar Dia: général"]
        );
        assert_eq!(
            check("Kim Lo, ancienne directrice de la Banque du Laos puis de la Banque de Thaïlande, a parlé.", &["Kim Lo"], &["Banque du Laos", "Banque de Thaïlande"]),
            vec!["Kim Lo: ancienne directrice de la Banque du Laos puis de la Banque de Thaïlande of=Banque du Laos"]
        );
    }

    #[test]
    fn a_possessive_in_the_complement() {
        assert_eq!(
            check(
                "Il est conduit par le président de sa Commission, Omar Faal, depuis lundi.",
                &["Omar Faal"],
                &[]
            ),
            vec!["Omar Faal: président de sa Commission"]
        );
    }

    #[test]
    fn the_verb_a_ends_a_title() {
        assert_eq!(
            check(
                "Le président brésilien a par ailleurs salué l'accord.",
                &[],
                &[]
            ),
            vec!["?: président brésilien"]
        );
    }

    #[test]
    fn a_nationality_or_an_appointment_around_the_holder() {
        assert_eq!(
            check("Un sommet avec le président en exercice de l'Union, le Ghanéen Kofi Mensah, est prévu.", &["Kofi Mensah"], &["Union"]),
            vec!["Kofi Mensah: président en exercice de l'Union of=Union"]
        );
        assert_eq!(
            check("Le président Awa Ndiaye, désignée médiatrice de l'Union auprès des pays du Sahel en mai, a parlé.", &["Awa Ndiaye"], &["Union"]),
            vec!["Awa Ndiaye: président", "Awa Ndiaye: médiatrice de l'Union auprès des pays du Sahel of=Union"]
        );
    }

    #[test]
    fn a_name_elected_to_a_title() {
        assert_eq!(
            check(
                "L'Égyptien Karim Fawzi élu directeur général jeudi.",
                &["Karim Fawzi"],
                &[]
            ),
            vec!["Karim Fawzi: directeur général"]
        );
    }

    #[test]
    fn a_gloss_in_parentheses_a_portfolio_an_allegiance_and_a_named_head() {
        assert_eq!(
            check(
                "Le Taoiseach (Premier ministre irlandais) Seán Byrne a reçu le président.",
                &["Seán Byrne"],
                &[]
            ),
            vec![
                "Seán Byrne: Taoiseach",
                "Seán Byrne: Premier ministre irlandais",
                "?: président"
            ]
        );
        assert_eq!(
            check(
                "Il a parlé avec la commissaire européenne chargée de la gestion des crises, Ana Lopes, hier.",
                &["Ana Lopes"],
                &[]
            ),
            vec!["Ana Lopes: commissaire européenne chargée de la gestion des crises"]
        );
        assert_eq!(
            check(
                "Le gouverneur de la province de Salta, le péroniste Juan Ruiz, est absent.",
                &["Juan Ruiz"],
                &["Salta"]
            ),
            vec!["Juan Ruiz: gouverneur de la province de Salta of=Salta"]
        );
        assert_eq!(
            check(
                "Le dirigeant chypriote-turc Ali Kaya est venu.",
                &["Ali Kaya"],
                &[]
            ),
            vec!["Ali Kaya: dirigeant chypriote-turc"]
        );
    }

    #[test]
    fn a_title_the_clause_gives_its_subject() {
        assert_eq!(
            check(
                "Jan Novak a été nommé ce mardi chef du gouvernement tchèque par le président.",
                &["Jan Novak"],
                &[]
            ),
            vec!["Jan Novak: chef du gouvernement tchèque", "?: président"]
        );
        assert_eq!(
            check(
                "Mary Byrne a prêté serment mardi comme dixième présidente de l'Irlande.",
                &["Mary Byrne"],
                &[]
            ),
            vec!["Mary Byrne: dixième présidente de l'Irlande"]
        );
        // No name opens the clause: the title is nobody's.
        assert!(check("Il a été nommé chef du gouvernement.", &[], &[])
            .iter()
            .all(|r| r.starts_with("?:")));
    }

    #[test]
    fn a_head_used_as_an_adjective_is_no_second_title() {
        assert_eq!(
            check(
                "Étaient présents le chef de la police Omar Sy et le chef du renseignement général malien Issa Koné.",
                &["Omar Sy", "Issa Koné"],
                &[]
            ),
            vec![
                "Omar Sy: chef de la police",
                "Issa Koné: chef du renseignement général malien"
            ]
        );
    }

    #[test]
    fn ranks_and_church_titles() {
        assert_eq!(
            check(
                "Le capitaine Moussa Dara a reçu le pape Jean Paul.",
                &["Moussa Dara", "Jean Paul"],
                &[]
            ),
            vec!["Moussa Dara: capitaine", "Jean Paul: pape"]
        );
    }
}
