//! The speech tables of `src/lang/fr/speech/`, embedded in the binary and parsed once.
//!
//! Every phrase of a table is tokenised with the same tokeniser as the sentences, so that
//! matching is a comparison of lower-case words ("d'après" is the two words "d'" "après").
//!
//! The tables are read by the crate's one table reader (`lang::table`): a malformed row is
//! skipped and noted in [`Lexicon::errors`], and a test asserts that the bundled tables have
//! none.

use crate::lang::fr::speech::{CUES, GRAMMAR, PRONOUNS, SKIP, VERBS};
use crate::lang::table::values;
use crate::lang::WordMap;
use std::sync::LazyLock;

use super::tokens::words;

/// The parsed tables, built on first use.
pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::parse);

/// A grammatical class of `grammar.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Class {
    Auxiliary,
    Etre,
    Reflexive,
    Negation,
    Que,
    Determiner,
    Preposition,
    Relative,
    Subordinator,
    Finite,
    Clitic,
    Stop,
    Particle,
    ClauseBreak,
    ClauseGoOn,
    Stressed,
    Narrative,
}

impl Class {
    fn parse(name: &str) -> Option<Class> {
        Some(match name {
            "auxiliary" => Class::Auxiliary,
            "etre" => Class::Etre,
            "reflexive" => Class::Reflexive,
            "negation" => Class::Negation,
            "que" => Class::Que,
            "determiner" => Class::Determiner,
            "preposition" => Class::Preposition,
            "relative" => Class::Relative,
            "subordinator" => Class::Subordinator,
            "finite" => Class::Finite,
            "clitic" => Class::Clitic,
            "stop" => Class::Stop,
            "particle" => Class::Particle,
            "stressed" => Class::Stressed,
            "narrative" => Class::Narrative,
            "clause-break" => Class::ClauseBreak,
            "clause-go-on" => Class::ClauseGoOn,
            _ => return None,
        })
    }
}

/// Which grammatical form of a verb a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// After an auxiliary: "a déclaré".
    Participle,
    /// "déclare", "déclarent".
    Present,
    /// Passé simple: "déclara".
    Simple,
    /// "déclarant", "en déclarant".
    Gerund,
}

/// What may carry a verb's reported content (the `complements` column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Complements {
    pub que: bool,
    pub object: bool,
    pub quoted_object: bool,
    /// An object that a call or an exhortation goes on with "à": "a appelé les parties à la
    /// retenue", "a appelé à un cessez-le-feu".
    pub object_to: bool,
    pub infinitive: bool,
}

/// One row of `verbs.tsv`.
#[derive(Debug, Clone)]
pub(super) struct Verb {
    pub reflexive: bool,
    pub complements: Complements,
    pub confidence: f64,
}

/// One written form of a verb, as words.
#[derive(Debug, Clone)]
pub(super) struct VerbForm {
    pub words: Vec<String>,
    pub verb: usize,
    pub form: Form,
}

/// The kind of a non-verbal cue (`cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueKind {
    Source,
    /// A preposition that attributes an opinion only when it opens the sentence and a named
    /// speaker and a comma follow it: "Pour le Kremlin, …".
    Lead,
    Relay,
    Via,
    Statement,
    /// "par la voix de": the person named after it speaks for the subject, and is the speaker.
    Voice,
}

#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub words: Vec<String>,
    pub kind: CueKind,
    pub confidence: f64,
}

/// Where a pronoun may stand for a speaker (`pronouns.tsv`).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PronounUses {
    pub subject: bool,
    pub inverted: bool,
    pub selon: bool,
}

#[derive(Debug, Clone)]
pub(super) struct Pronoun {
    pub words: Vec<String>,
    pub uses: PronounUses,
}

/// All speech tables.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    pub verbs: Vec<Verb>,
    /// Verb forms by their first word.
    forms: WordMap<String, Vec<VerbForm>>,
    /// Cues by their first word.
    cues: WordMap<String, Vec<Cue>>,
    /// Pronouns by their first word.
    pronouns: WordMap<String, Vec<Pronoun>>,
    /// Skippable phrases by their first word.
    skip: WordMap<String, Vec<Vec<String>>>,
    /// Single-word classes.
    classes: WordMap<String, Vec<Class>>,
    /// Several-word phrases of a class (clause breaks), by their first word.
    class_phrases: WordMap<String, Vec<(Vec<String>, Class)>>,
    /// Rows that could not be read, as "path:line: problem".
    pub errors: Vec<String>,
}

fn variants<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    values(cell.copied().unwrap_or(""))
}

impl Lexicon {
    fn parse() -> Lexicon {
        let mut lex = Lexicon::default();
        for line in GRAMMAR.rows(&mut lex.errors) {
            let row = &line.cells;
            let (Some(word), Some(class)) = (row.first(), row.get(1).and_then(|c| Class::parse(c)))
            else {
                lex.errors.push(line.problem("unknown class"));
                continue;
            };
            let words = lex.words(word);
            match words.len() {
                0 => {}
                1 => lex.classes.entry(words[0].clone()).or_default().push(class),
                _ => lex
                    .class_phrases
                    .entry(words[0].clone())
                    .or_default()
                    .push((words, class)),
            }
        }
        for line in VERBS.rows(&mut lex.errors) {
            let row = &line.cells;
            let Some(lemma) = row.first() else { continue };
            let mut complements = Complements::default();
            for c in variants(row.get(5)) {
                match c {
                    "que" => complements.que = true,
                    "object" => complements.object = true,
                    "quoted-object" => complements.quoted_object = true,
                    "object-to" => complements.object_to = true,
                    "infinitive" => complements.infinitive = true,
                    _ => lex
                        .errors
                        .push(line.problem(format_args!("unknown complement {c}"))),
                }
            }
            let confidence = row.get(6).and_then(|c| c.parse().ok()).unwrap_or(0.7);
            let reflexive = lemma.starts_with("se ") || lemma.starts_with("s'");
            let verb = lex.verbs.len();
            lex.verbs.push(Verb {
                reflexive,
                complements,
                confidence,
            });
            let columns = [
                (1, Form::Participle),
                (2, Form::Present),
                (3, Form::Simple),
                (4, Form::Gerund),
            ];
            for (column, form) in columns {
                for variant in variants(row.get(column)) {
                    let words = lex.words(variant);
                    if let Some(first) = words.first().cloned() {
                        lex.forms
                            .entry(first)
                            .or_default()
                            .push(VerbForm { words, verb, form });
                    }
                }
            }
        }
        for line in CUES.rows(&mut lex.errors) {
            let row = &line.cells;
            let (Some(cue), Some(kind)) = (row.first(), row.get(1)) else {
                continue;
            };
            let kind = match *kind {
                "source" => CueKind::Source,
                "lead" => CueKind::Lead,
                "relay" => CueKind::Relay,
                "via" => CueKind::Via,
                "statement" => CueKind::Statement,
                "voice" => CueKind::Voice,
                _ => {
                    lex.errors.push(line.problem("unknown kind"));
                    continue;
                }
            };
            let confidence = row.get(2).and_then(|c| c.parse().ok()).unwrap_or(0.7);
            let words = lex.words(cue);
            if let Some(first) = words.first().cloned() {
                lex.cues.entry(first).or_default().push(Cue {
                    words,
                    kind,
                    confidence,
                });
            }
        }
        for line in PRONOUNS.rows(&mut lex.errors) {
            let row = &line.cells;
            let Some(pronoun) = row.first() else { continue };
            let mut uses = PronounUses::default();
            for u in variants(row.get(1)) {
                match u {
                    "subject" => uses.subject = true,
                    "inverted" => uses.inverted = true,
                    "selon" => uses.selon = true,
                    _ => lex
                        .errors
                        .push(line.problem(format_args!("unknown use {u}"))),
                }
            }
            let words = lex.words(pronoun);
            if let Some(first) = words.first().cloned() {
                lex.pronouns
                    .entry(first)
                    .or_default()
                    .push(Pronoun { words, uses });
            }
        }
        for line in SKIP.items(&mut lex.errors) {
            let words = lex.words(line);
            if let Some(first) = words.first().cloned() {
                lex.skip.entry(first).or_default().push(words);
            }
        }
        // Longest phrases first, so that a match is the longest one.
        for v in lex.forms.values_mut() {
            v.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        for v in lex.cues.values_mut() {
            v.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
        }
        for v in lex.pronouns.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        for v in lex.skip.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        lex
    }

    /// A table phrase as lower-case words, tokenised like a sentence.
    fn words(&self, phrase: &str) -> Vec<String> {
        words(&phrase.to_lowercase())
    }

    pub fn is(&self, word: &str, class: Class) -> bool {
        self.classes_of(word).contains(&class)
    }

    /// Every single-word class of a word, for a caller that asks about several.
    pub fn classes_of(&self, word: &str) -> &[Class] {
        self.classes.get(word).map_or(&[], Vec::as_slice)
    }

    /// Whether a word belongs to any grammatical class (so is not part of a name).
    pub fn is_grammar(&self, word: &str) -> bool {
        self.classes.contains_key(word) || self.pronouns.contains_key(word)
    }

    pub fn forms(&self, first: &str) -> &[VerbForm] {
        self.forms.get(first).map_or(&[], Vec::as_slice)
    }

    pub fn cues(&self, first: &str) -> &[Cue] {
        self.cues.get(first).map_or(&[], Vec::as_slice)
    }

    pub fn pronouns(&self, first: &str) -> &[Pronoun] {
        self.pronouns.get(first).map_or(&[], Vec::as_slice)
    }

    pub fn skips(&self, first: &str) -> &[Vec<String>] {
        self.skip.get(first).map_or(&[], Vec::as_slice)
    }

    pub fn class_phrases(&self, first: &str) -> &[(Vec<String>, Class)] {
        self.class_phrases.get(first).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_without_errors() {
        assert_eq!(LEXICON.errors, Vec::<String>::new());
    }

    #[test]
    fn tables_parse() {
        let lex = &*LEXICON;
        assert!(lex.verbs.len() > 50);
        assert!(lex.forms("a").is_empty());
        assert!(lex
            .forms("fait")
            .iter()
            .any(|f| f.words == ["fait", "valoir"]));
        assert!(lex.cues("d'").iter().any(|c| c.words == ["d'", "après"]));
        assert!(lex.is("qu'", Class::Que));
        assert!(lex.is("a", Class::Auxiliary));
        assert!(lex
            .skips("aux")
            .iter()
            .any(|p| p == &["aux", "journalistes"]));
        assert!(lex.pronouns("ce").iter().any(|p| p.uses.subject));
    }
}
