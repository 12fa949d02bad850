//! Meetings and calls: who met whom, where, when, for how long, done or planned.

use chrono::NaiveDate;

use super::{Entity, Event, Mention};
use crate::text::Document;

/// What the event extractor needs from the earlier stages.
pub struct Context<'a> {
    pub entities: &'a [Entity],
    /// Sorted by range.
    pub mentions: &'a [Mention],
    /// Byte ranges whose persons are not participants: role complements ("l'envoyé de Donald
    /// Trump") and speaker phrases ("a déclaré Iouri Ouchakov").
    pub excluded: &'a [std::ops::Range<usize>],
    /// The publication date, anchoring relative dates.
    pub anchor: Option<NaiveDate>,
}

/// Every meeting and call of a document, one per real event.
pub fn find_events(document: &Document, context: &Context<'_>) -> Vec<Event> {
    let _ = (document, context);
    Vec::new()
}

#[cfg(test)]
mod probe {
    #[test]
    fn probe() {
        use crate::extract::dates::*;
        use chrono::NaiveDate;
        let a = NaiveDate::from_ymd_opt(2026, 1, 21);
        for s in [
            "Le président russe Vladimir Poutine doit rencontrer jeudi l'émissaire américain Steve Witkoff, selon l'annonce du Kremlin mercredi.",
            "Witkoff rapporte des progrès : Poutine le reçoit jeudi",
            "Les deux hommes avaient déjà rencontré Poutine début décembre à Moscou.",
            "L'émissaire a rencontré ce week-end à Miami des négociateurs.",
            "Cette quatrième rencontre cette année, entre le chef et l'émissaire, avait été annoncée par Karoline Leavitt le 22 avril qui n'en avait pas précisé la date.",
            "Il s'agit de la troisième rencontre depuis le début de l'année, après celles de février et du 13 mars à Moscou.",
            "Lors d'une réunion avec le président Donald Trump la semaine dernière, Witkoff a fait valoir que la reconnaissance était la voie.",
        ] {
            let t = tense(s);
            println!("{s}\n  tense {t:?} dates {:?} durations {:?}", find_dates(s, 0, a, t), find_durations(s, 0));
            for sp in crate::extract::speech::find_speech(s, 0) { println!("  speech {:?} content {:?}", sp.speaker, &s[sp.content.clone()]); }
        }
        for s in [
            "Le soir du 13 mars 2025, le président russe Vladimir Poutine s'entretiendra avec le représentant spécial du président américain Donald Trump, Stephen Witkoff, a déclaré l'assistant présidentiel Iouri Ouchakov dans un commentaire aux journalistes.",
            "Ouchakov a précisé que l'événement aura lieu à Moscou, mais les détails ne sont pas divulgués.",
            "Dmitriev, qui conseille Poutine sur la coopération, a décrit les discussions de vendredi avec Witkoff comme “productif” Dans un article sur X, accueillant l'envoyé américain à Saint-Pétersbourg.",
            "Selon Witkoff, c'est la partie russe qui a sollicité cette nouvelle rencontre.",
            "« Cette conversation a permis de rapprocher les positions », a déclaré ce 25 avril aux journalistes le conseiller aux affaires internationales du président russe, Iouri Ouchakov à l'issue d'un entretien de trois heures « constructif et très utile » entre Vladimir Poutine et Steve Witkoff.",
            "Le Kremlin a déclaré mercredi que la rencontre entre le président russe Vladimir Poutine et l'envoyé spécial Steve Witkoff, à Moscou s'est déroulée de manière utile.",
        ] {
            for sp in crate::extract::speech::find_speech(s, 0) { println!("  speech {:?}={:?} content {:?}", sp.speaker, match &sp.speaker { crate::extract::speech::Speaker::Phrase(r)|crate::extract::speech::Speaker::Pronoun(r) => &s[r.clone()] }, &s[sp.content.clone()]); }
            let a = NaiveDate::from_ymd_opt(2025, 4, 25);
            println!("  tense {:?} {:?}", tense(s), find_dates(s, 0, a, tense(s)));
        }
    }
}
