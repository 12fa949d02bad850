//! Meetings and calls, read by [`crate::extract::events`] from what the earlier stages found,
//! then seated where an organization that locates them stands.

use std::ops::Range;

use super::Analysis;
use crate::extract::events;
use crate::lang::WordMap;
use crate::reference::EntityClass;

impl Analysis<'_> {
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
    pub(super) fn seat_locations(&mut self) {
        for event in &mut self.out.events {
            // A call has no place: ng:location is for meetings.
            if event.place.is_some() || event.kind != crate::extract::EventKind::Meeting {
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
}
