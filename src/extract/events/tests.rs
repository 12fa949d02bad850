//! Tests of the meeting and call extractor, through the whole pipeline: normalise, find the
//! reference names, find the events.

use chrono::NaiveDate;

use crate::extract::{Event, EventKind, Extraction, Extractor, Status};
use crate::reference::Reference;
use crate::text::normalise;

const BASE: &str = "https://w3id.org/newsgraph/id/";

fn extract(text: &str, published: &str) -> Extraction {
    let (doc, _) = normalise(text);
    let reference = Reference::bundled(BASE).expect("the bundled reference data parses");
    let date = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("a test date");
    Extractor::new(&reference).extract(&doc, Some(date))
}

/// One line per event: "Meeting 2025-04-25 [Steve Witkoff, Vladimir Poutine] @Moscou PT3H
/// exactly Occurred #3".
fn render(ex: &Extraction) -> String {
    ex.events
        .iter()
        .map(|e| render_event(ex, e))
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_event(ex: &Extraction, e: &Event) -> String {
    let kind = match e.kind {
        EventKind::Meeting => "Meeting",
        EventKind::Call => "Call",
    };
    let mut people: Vec<&str> = e
        .participants
        .iter()
        .map(|&p| ex.entities[p].label.as_str())
        .collect();
    people.sort_unstable();
    let mut out = kind.to_string();
    if let Some(date) = e.date {
        out.push(' ');
        out.push_str(&date.xsd().0);
    }
    out.push_str(&format!(" [{}]", people.join(", ")));
    if let Some(place) = e.place {
        out.push_str(&format!(" @{}", ex.entities[place].label));
    }
    if let Some(town) = e.town {
        out.push_str(&format!(" @{}", ex.entities[town].label));
    }
    if let Some((iso, q)) = &e.duration {
        out.push_str(&format!(" {iso} {}", q.as_str()));
    }
    out.push_str(match e.status {
        Status::Occurred => " Occurred",
        Status::Planned => " Planned",
    });
    if let Some(n) = e.ordinal {
        out.push_str(&format!(" #{n}"));
    }
    out
}

fn check(text: &str, published: &str, expected: &str) {
    let ex = extract(text, published);
    assert_eq!(render(&ex), expected, "\n{text}");
}

#[test]
fn tables_load_without_errors() {
    let errors = &super::lexicon::LEXICON.errors;
    assert!(errors.is_empty(), "{errors:?}");
}

// Triggers and participants.

#[test]
fn verb_with_subject_and_object() {
    check(
        "Vladimir Poutine a rencontré Steve Witkoff jeudi à Moscou.",
        "2025-03-14",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_name_suffix_period_ends_no_clause() {
    check(
        "Le président Robert Kennedy Jr. et Vladimir Poutine se sont entretenus jeudi à Moscou.",
        "2025-03-14",
        "Meeting 2025-03-13 [Robert Kennedy Jr., Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_head_of_government_titled_president_is_the_object() {
    // "le gouvernement X" is X's government; "le président du gouvernement X" is X.
    check(
        "Le roi Felipe a reçu mardi le président du gouvernement Pedro Sánchez à Madrid.",
        "2025-03-14",
        "Meeting 2025-03-11 [Felipe, Pedro Sánchez] @Madrid Occurred",
    );
}

#[test]
fn a_noun_of_address_is_no_word_of_the_title() {
    // "Sa Majesté", like "M.", stands between the preposition and the title it governs.
    check(
        "Le président Emmanuel Macron a tenu mardi des pourparlers avec Sa Majesté le roi Felipe à Paris.",
        "2025-03-14",
        "Meeting 2025-03-11 [Emmanuel Macron, Felipe] @Paris Occurred",
    );
}

#[test]
fn a_stay_told_of_a_participant_does_not_date_the_talks() {
    // The span of the visit in the relative clause is the guest's stay; the talks are on the
    // day the report names, even where a second report of them names none.
    check(
        "Hier, le président Emmanuel Macron a tenu des pourparlers avec le chancelier Olaf Scholz, qui se trouve en France en visite d'État du 6 au 13 juillet.\n\nLe président Emmanuel Macron a tenu des pourparlers avec le chancelier Olaf Scholz, qui se trouve en France en visite d'État du 6 au 13 juillet.",
        "2025-07-08",
        "Meeting 2025-07-07 [Emmanuel Macron, Olaf Scholz] @France Occurred",
    );
}

#[test]
fn noun_with_entre() {
    check(
        "La rencontre entre Marco Rubio et Sergueï Lavrov s'est déroulée mardi à Djeddah.",
        "2025-02-19",
        "Meeting 2025-02-18 [Marco Rubio, Sergueï Lavrov] @Djeddah Occurred",
    );
}

#[test]
fn noun_with_de_and_avec() {
    check(
        "La rencontre de Donald Trump avec Volodymyr Zelensky s'est tenue à Washington le 28 février.",
        "2025-03-01",
        "Meeting 2025-02-28 [Donald Trump, Volodymyr Zelensky] @Washington Occurred",
    );
}

#[test]
fn passive_with_par() {
    check(
        "Keith Kellogg a été reçu jeudi à Kiev par Volodymyr Zelensky.",
        "2025-02-21",
        "Meeting 2025-02-20 [Keith Kellogg, Volodymyr Zelensky] @Kiev Occurred",
    );
}

#[test]
fn reflexive_verb_with_avec_and_a_duration() {
    check(
        "Steve Witkoff s'est entretenu vendredi avec Vladimir Poutine à Saint-Pétersbourg pendant plus de quatre heures.",
        "2025-04-12",
        "Meeting 2025-04-11 [Steve Witkoff, Vladimir Poutine] @Saint-Pétersbourg PT4H atLeast Occurred",
    );
}

#[test]
fn bare_names_after_a_noun_in_a_headline() {
    check(
        "Rencontre Poutine – Witkoff ce 25 avril : le Kremlin évoque un entretien utile.",
        "2025-04-25",
        "Meeting 2025-04-25 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn support_verb_gives_the_subject_of_a_noun() {
    check(
        "Emmanuel Macron et Donald Trump ont eu jeudi une conversation téléphonique d'une heure.",
        "2025-03-07",
        "Call 2025-03-06 [Donald Trump, Emmanuel Macron] PT1H exactly Occurred",
    );
}

#[test]
fn a_fronted_meeting_takes_the_subject_after_the_comma() {
    check(
        "Lors d'une rencontre avec Donald Trump à Washington le 24 février, Emmanuel Macron a déclaré que l'Europe était prête.",
        "2025-02-25",
        "Meeting 2025-02-24 [Donald Trump, Emmanuel Macron] @Washington Occurred",
    );
}

#[test]
fn companions_take_part() {
    check(
        "Steve Witkoff, accompagné de Jared Kushner, a rencontré Vladimir Poutine mardi à Moscou.",
        "2025-12-03",
        "Meeting 2025-12-02 [Jared Kushner, Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_delegation_fills_an_event_named_without_people() {
    check(
        "Au terme d'une longue journée de discussions mardi à Djeddah, l'Ukraine a accepté la trêve.\n\n\
         La délégation américaine était conduite par Marco Rubio et Steve Witkoff.",
        "2025-03-12",
        "Meeting 2025-03-11 [Marco Rubio, Steve Witkoff] @Djeddah Occurred",
    );
}

// Kinds.

#[test]
fn a_phone_word_makes_a_call() {
    check(
        "Donald Trump et Vladimir Poutine se sont entretenus par téléphone mardi.",
        "2025-03-19",
        "Call 2025-03-18 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

#[test]
fn civilities_do_not_hide_the_names_after_entre() {
    check(
        "Keir Starmer a reçu Emmanuel Macron jeudi. La visite avait été préparée lors d'un \
         entretien téléphonique entre MM. Starmer et Macron lundi.",
        "2025-03-14",
        "Meeting 2025-03-13 [Emmanuel Macron, Keir Starmer] Occurred\n\
         Call 2025-03-10 [Emmanuel Macron, Keir Starmer] Occurred",
    );
    check(
        "Giorgia Meloni a reçu Olaf Scholz jeudi. Elle avait eu un appel avec M. Scholz \
         lundi.",
        "2025-03-14",
        "Meeting 2025-03-13 [Giorgia Meloni, Olaf Scholz] Occurred\n\
         Call 2025-03-10 [Giorgia Meloni, Olaf Scholz] Occurred",
    );
}

#[test]
fn telephoner_is_a_call() {
    check(
        "Donald Trump a téléphoné dimanche à Volodymyr Zelensky.",
        "2025-08-18",
        "Call 2025-08-17 [Donald Trump, Volodymyr Zelensky] Occurred",
    );
}

#[test]
fn video_conference_is_a_call() {
    check(
        "Emmanuel Macron et Volodymyr Zelensky se sont entretenus en visioconférence lundi.",
        "2025-03-04",
        "Call 2025-03-03 [Emmanuel Macron, Volodymyr Zelensky] Occurred",
    );
}

#[test]
fn leaders_who_spoke_without_meeting_spoke_on_the_phone() {
    check(
        "Un nouvel appel téléphonique entre Vladimir Poutine et Donald Trump reste théoriquement possible. \
         Les deux présidents s'étaient parlé une dernière fois le 18 mars.",
        "2025-04-12",
        "Call 2025-03-18 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

#[test]
fn speaking_behind_closed_doors_is_a_meeting() {
    check(
        "Marco Rubio a parlé avec Sergueï Lavrov à huis clos pendant trois heures mardi.",
        "2025-02-19",
        "Meeting 2025-02-18 [Marco Rubio, Sergueï Lavrov] PT3H exactly Occurred",
    );
}

// People who do not take part.

#[test]
fn a_name_in_a_title_is_not_a_participant() {
    check(
        "L'émissaire spécial du président américain Donald Trump, Steve Witkoff, a rencontré Vladimir Poutine jeudi à Moscou.",
        "2025-03-14",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn the_speaker_is_not_a_participant() {
    check(
        "Vladimir Poutine s'est entretenu avec Steve Witkoff jeudi, a déclaré Iouri Ouchakov.",
        "2025-03-14",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn organizations_are_not_participants() {
    check(
        "Le Kremlin a reçu Steve Witkoff mardi à Moscou.",
        "2025-12-03",
        "",
    );
}

#[test]
fn a_visit_without_a_counterpart_is_no_meeting() {
    check(
        "Steve Witkoff est arrivé à Moscou mercredi pour des entretiens.",
        "2025-08-06",
        "",
    );
}

// Places.

#[test]
fn place_in_apposition() {
    check(
        "Steve Witkoff a passé vendredi plus de quatre heures à parler avec Vladimir Poutine dans sa ville natale, Saint-Pétersbourg.",
        "2025-04-12",
        "Meeting 2025-04-11 [Steve Witkoff, Vladimir Poutine] @Saint-Pétersbourg PT4H atLeast Occurred",
    );
}

#[test]
fn a_seat_organization_is_the_place_one_meets_in() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff au Kremlin mardi.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Kremlin Occurred",
    );
}

#[test]
fn the_place_of_a_topic_is_not_the_place_of_the_event() {
    check(
        "Donald Trump et Emmanuel Macron ont discuté lundi de la guerre en Ukraine.",
        "2025-02-25",
        "Meeting 2025-02-24 [Donald Trump, Emmanuel Macron] Occurred",
    );
}

#[test]
fn the_place_of_ou_is_in_the_clause_before() {
    check(
        "La trêve avait été préparée jeudi dernier à Moscou, où Steve Witkoff avait été reçu par Vladimir Poutine.",
        "2025-03-18",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

// Dates and status.

#[test]
fn a_date_that_dates_the_report_is_weaker_than_the_event_date() {
    check(
        "Vladimir Poutine doit rencontrer jeudi Steve Witkoff, selon l'annonce du Kremlin mercredi.",
        "2026-01-21",
        "Meeting 2026-01-22 [Steve Witkoff, Vladimir Poutine] Planned",
    );
}

#[test]
fn a_present_tense_with_a_weekday_is_a_plan() {
    check(
        "Steve Witkoff arrive à Moscou : Vladimir Poutine le reçoit jeudi.",
        "2026-01-21",
        "Meeting 2026-01-22 [Steve Witkoff, Vladimir Poutine] @Moscou Planned",
    );
}

#[test]
fn aura_lieu_is_a_plan() {
    check(
        "La rencontre de Vladimir Poutine avec Steve Witkoff aura lieu dans la soirée du 13 mars à Moscou.",
        "2025-03-13",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] @Moscou Planned",
    );
}

#[test]
fn agreeing_to_meet_again_is_a_plan() {
    check(
        "Abbas Araghchi a rencontré samedi Steve Witkoff à Mascate. Les deux hommes sont \
         tombés d'accord pour se rencontrer de nouveau à Rome.",
        "2025-04-13",
        "Meeting 2025-04-12 [Abbas Araghchi, Steve Witkoff] @Mascate Occurred\n\
         Meeting [Abbas Araghchi, Steve Witkoff] @Rome Planned",
    );
}

#[test]
fn a_reported_conditional_is_a_plan() {
    check(
        "Volodymyr Zelensky a annoncé qu'il rencontrerait Donald Trump lundi à Washington.",
        "2025-08-16",
        "Meeting 2025-08-18 [Donald Trump, Volodymyr Zelensky] @Washington Planned",
    );
}

#[test]
fn an_undated_event_in_the_past_takes_the_day_of_the_news() {
    check(
        "Vladimir Poutine a rencontré Steve Witkoff à Moscou.",
        "2025-03-14",
        "Meeting 2025-03-14 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
    // A plan, or an event told in the past perfect, is not guessed a day.
    check(
        "Vladimir Poutine doit rencontrer Steve Witkoff à Moscou.",
        "2025-03-14",
        "Meeting [Steve Witkoff, Vladimir Poutine] @Moscou Planned",
    );
    check(
        "Vladimir Poutine avait rencontré Steve Witkoff à Moscou.",
        "2025-03-14",
        "Meeting [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
    // The day named last in the paragraph comes first.
    check(
        "Emmanuel Macron a reçu Friedrich Merz mardi. Il a ensuite rencontré Keir Starmer.",
        "2025-03-14",
        "Meeting 2025-03-11 [Emmanuel Macron, Friedrich Merz] Occurred\nMeeting 2025-03-11 [Emmanuel Macron, Keir Starmer] Occurred",
    );
}

// Negated and hypothetical events.

#[test]
fn aucune_rencontre_is_no_event() {
    check(
        "Aucune rencontre entre Vladimir Poutine et Volodymyr Zelensky n'est prévue.",
        "2025-08-25",
        "",
    );
}

#[test]
fn a_negated_predicate_is_no_event() {
    check(
        "Une conversation téléphonique entre Vladimir Poutine et Donald Trump n'était pas prévue jeudi.",
        "2025-03-13",
        "",
    );
}

#[test]
fn a_negated_verb_is_no_event() {
    check(
        "Vladimir Poutine ne rencontrera pas Volodymyr Zelensky à Kiev.",
        "2025-05-15",
        "",
    );
}

#[test]
fn a_denied_event_is_no_event() {
    check(
        "Le Kremlin a démenti toute rencontre entre Vladimir Poutine et Donald Trump à Moscou.",
        "2025-05-15",
        "",
    );
}

#[test]
fn hypothetical_words_make_no_event() {
    check(
        "Une éventuelle rencontre entre Donald Trump et Vladimir Poutine pourrait avoir lieu en Floride.",
        "2025-04-12",
        "",
    );
    check(
        "Le Kremlin n'exclut pas un entretien téléphonique entre Vladimir Poutine et Donald Trump.",
        "2025-03-13",
        "",
    );
}

#[test]
fn a_condition_makes_no_event() {
    check(
        "Si Vladimir Poutine rencontre Volodymyr Zelensky, la guerre pourrait cesser.",
        "2025-05-15",
        "",
    );
}

#[test]
fn a_conditional_verb_makes_no_event() {
    check(
        "Vladimir Poutine accepterait de rencontrer Volodymyr Zelensky à Moscou.",
        "2025-05-15",
        "",
    );
}

#[test]
fn words_that_only_look_like_triggers() {
    check(
        "Volodymyr Zelensky a appelé à un cessez-le-feu immédiat.",
        "2025-05-15",
        "",
    );
    check(
        "Sergueï Lavrov a déclaré dans un entretien à la chaîne NBC que Vladimir Poutine était prêt.",
        "2025-08-25",
        "",
    );
}

// Ordinals.

#[test]
fn ordinal_words() {
    check(
        "C'était la troisième rencontre entre Steve Witkoff et Vladimir Poutine, vendredi à Saint-Pétersbourg.",
        "2025-04-12",
        "Meeting 2025-04-11 [Steve Witkoff, Vladimir Poutine] @Saint-Pétersbourg Occurred #3",
    );
}

// One event per real event.

#[test]
fn a_definite_noun_refers_back_and_gives_its_duration() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mercredi à Moscou. \
         La réunion, qui a duré environ trois heures, a porté sur l'Ukraine.",
        "2025-08-06",
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] @Moscou PT3H about Occurred",
    );
}

#[test]
fn sentences_about_one_event_merge_and_are_its_evidence() {
    let ex = extract(
        "Vladimir Poutine a reçu Steve Witkoff mercredi à Moscou. \
         Cette cinquième rencontre entre Steve Witkoff et Vladimir Poutine a duré trois heures.",
        "2025-08-06",
    );
    assert_eq!(
        render(&ex),
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] @Moscou PT3H exactly Occurred #5"
    );
    let event = &ex.events[0];
    assert_eq!(event.evidence.len(), 2);
    assert!((0.5..=0.95).contains(&event.confidence));
}

#[test]
fn a_month_holds_a_day() {
    check(
        "Steve Witkoff a rencontré Vladimir Poutine début décembre à Moscou. \
         La rencontre du 2 décembre entre Steve Witkoff et Vladimir Poutine a duré cinq heures.",
        "2025-12-10",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Moscou PT5H exactly Occurred",
    );
}

#[test]
fn a_back_reference_with_another_date_is_another_event() {
    check(
        "Steve Witkoff a rencontré Vladimir Poutine mercredi à Moscou. \
         Il avait déjà rencontré Poutine le 25 avril.",
        "2025-08-06",
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred\n\
         Meeting 2025-04-25 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn les_deux_hommes_are_the_pair_in_focus() {
    check(
        "Steve Witkoff et Jared Kushner doivent rencontrer Vladimir Poutine jeudi à Moscou. \
         Les deux hommes avaient déjà rencontré Vladimir Poutine début décembre.",
        "2026-01-21",
        "Meeting 2026-01-22 [Jared Kushner, Steve Witkoff, Vladimir Poutine] @Moscou Planned\n\
         Meeting 2025-12 [Jared Kushner, Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn il_is_the_last_subject() {
    check(
        "Steve Witkoff est arrivé à Moscou mardi. Il a rencontré Vladimir Poutine mardi soir.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_caption_starts_no_event() {
    check(
        "Vladimir Poutine lors d'une rencontre avec Steve Witkoff au Kremlin. (Photo by Alexander KAZAKOV / POOL / AFP)",
        "2025-04-25",
        "",
    );
}

#[test]
fn a_heading_without_a_verb_starts_no_event() {
    check("Rencontre Poutine – Witkoff à Moscou", "2025-04-25", "");
}

#[test]
fn distances_in_time_are_not_durations() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mercredi, deux jours avant l'expiration de l'ultimatum.",
        "2025-08-06",
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

// Later additions, one per rule.

#[test]
fn a_call_noun_takes_a_person_after_a() {
    check(
        "Donald Trump a passé samedi un coup de fil à Vladimir Poutine.",
        "2025-03-02",
        "Call 2025-03-01 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

#[test]
fn receiving_a_call() {
    check(
        "Sergueï Lavrov a reçu un appel de Marco Rubio samedi.",
        "2025-03-02",
        "Call 2025-03-01 [Marco Rubio, Sergueï Lavrov] Occurred",
    );
}

#[test]
fn a_speaker_takes_part_in_what_his_infinitive_tells() {
    check(
        "Donald Trump a annoncé mercredi avoir eu un long entretien téléphonique avec Vladimir Poutine.",
        "2025-02-13",
        "Call 2025-02-12 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

#[test]
fn a_relative_clause_about_the_noun_can_make_it_hypothetical() {
    check(
        "Le Kremlin évoque un sommet entre Donald Trump et Vladimir Poutine, qui pourrait se tenir à Moscou.",
        "2025-04-12",
        "",
    );
}

#[test]
fn cancelled_and_postponed_events_are_no_events() {
    check(
        "La rencontre entre Donald Trump et Vladimir Poutine a été annulée mardi.",
        "2025-10-22",
        "",
    );
    check(
        "Volodymyr Zelensky a repoussé au 10 mars la rencontre avec Emmanuel Macron.",
        "2025-02-18",
        "",
    );
}

#[test]
fn people_who_attend_join_the_event_named_before() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mardi au Kremlin. \
         Iouri Ouchakov et Kirill Dmitriev assistaient à l'entretien.",
        "2025-12-03",
        "Meeting 2025-12-02 [Iouri Ouchakov, Kirill Dmitriev, Steve Witkoff, Vladimir Poutine] @Kremlin Occurred",
    );
}

#[test]
fn people_beside_a_trigger_about_another_time_do_not_join() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mardi à Moscou. \
         Jared Kushner a été vu aux côtés de Kirill Dmitriev avant les pourparlers.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_noun_that_refers_back_takes_a_place_only_from_a_location_verb() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mardi. \
         Après la rencontre, Steve Witkoff a déclaré à Moscou que les discussions avançaient.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
    check(
        "Vladimir Poutine a reçu Steve Witkoff mardi. La rencontre s'est tenue à Moscou.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_plan_does_not_join_a_past_event() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mardi au Kremlin. \
         Steve Witkoff doit retrouver des négociateurs en Floride dans les prochains jours.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Kremlin Occurred",
    );
}

#[test]
fn an_event_of_delegations_named_by_a_verb() {
    check(
        "Les délégations se sont réunies dimanche à Genève.\n\n\
         La délégation américaine était conduite par Marco Rubio et Steve Witkoff.",
        "2025-11-24",
        "Meeting 2025-11-23 [Marco Rubio, Steve Witkoff] @Genève Occurred",
    );
}

#[test]
fn an_object_pronoun_stands_for_the_last_subject() {
    check(
        "Steve Witkoff est attendu mardi à Moscou. Vladimir Poutine doit le recevoir au Kremlin. \
         Jared Kushner devrait l'accompagner.",
        "2025-12-01",
        "Meeting 2025-12-02 [Jared Kushner, Steve Witkoff, Vladimir Poutine] @Kremlin @Moscou Planned",
    );
}

#[test]
fn a_journey_to_meet_someone() {
    check(
        "Volodymyr Zelensky se rendra lundi à Washington pour y rencontrer Donald Trump.",
        "2025-08-16",
        "Meeting 2025-08-18 [Donald Trump, Volodymyr Zelensky] @Washington Planned",
    );
}

#[test]
fn a_list_after_a_colon_joins_the_event_of_its_clause() {
    check(
        "Donald Trump a reçu lundi Volodymyr Zelensky, puis une délégation sans précédent : \
         Emmanuel Macron et Keith Kellogg.",
        "2025-08-19",
        "Meeting 2025-08-18 [Donald Trump, Emmanuel Macron, Keith Kellogg, Volodymyr Zelensky] Occurred",
    );
}

#[test]
fn the_summit_of_a_city_is_in_that_city() {
    check(
        "Le sommet de Washington entre Donald Trump et Volodymyr Zelensky s'est achevé lundi.",
        "2025-08-19",
        "Meeting 2025-08-18 [Donald Trump, Volodymyr Zelensky] @Washington Occurred",
    );
}

#[test]
fn a_verb_takes_the_nearest_subject_and_those_joined_to_it() {
    check(
        "Emmanuel Macron et Volodymyr Zelensky se sont parlé au téléphone dimanche, \
         puis Emmanuel Macron a appelé Donald Trump.",
        "2025-03-10",
        "Call 2025-03-09 [Emmanuel Macron, Volodymyr Zelensky] Occurred\n\
         Call 2025-03-09 [Donald Trump, Emmanuel Macron] Occurred",
    );
}

#[test]
fn a_name_after_a_place_starts_a_new_phrase() {
    check(
        "Vladimir Poutine avait rencontré en décembre 2019 à Paris Emmanuel Macron et Volodymyr Zelensky.",
        "2025-03-10",
        "Meeting 2019-12 [Emmanuel Macron, Vladimir Poutine, Volodymyr Zelensky] @Paris Occurred",
    );
}

#[test]
fn a_person_after_an_inserted_time_and_place_is_the_object() {
    check(
        "Le Premier ministre Pedro Sánchez a accueilli, lundi à Madrid, le président brésilien Lula.",
        "2025-06-03",
        "Meeting 2025-06-02 [Lula, Pedro Sánchez] @Madrid Occurred",
    );
}

#[test]
fn a_person_after_an_inserted_town_phrase_is_the_object() {
    check(
        "Le ministre Jean-Noël Barrot doit recevoir jeudi, dans la capitale française, son homologue Annalena Baerbock.",
        "2025-03-04",
        "Meeting 2025-03-06 [Annalena Baerbock, Jean-Noël Barrot] @Paris Planned",
    );
}

#[test]
fn a_traveller_and_his_retinue_are_no_meeting() {
    check(
        "Accompagnée de son mari Joachim Sauer, la chancelière Angela Merkel a dîné mardi à Rome.",
        "2025-07-09",
        "",
    );
    check(
        "Accompagné de son épouse Britta Ernst, le chancelier Olaf Scholz a dîné mardi avec Emmanuel Macron.",
        "2025-07-09",
        "Meeting 2025-07-08 [Britta Ernst, Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn who_takes_part_from_afar_is_at_the_meeting_not_on_a_call() {
    check(
        "La réunion, coprésidée par Emmanuel Macron et Keir Starmer, qui y participait par visioconférence depuis Londres, s'est tenue jeudi à Paris.",
        "2025-09-05",
        "Meeting 2025-09-04 [Emmanuel Macron, Keir Starmer] @Paris Occurred",
    );
}

#[test]
fn a_journey_that_opens_the_sentence_dates_and_places_its_subjects_event() {
    check(
        "Arrivé mardi soir à Lisbonne, le chancelier Olaf Scholz avait dîné avec le Premier ministre Luís Montenegro.",
        "2025-03-13",
        "Meeting 2025-03-11 [Luís Montenegro, Olaf Scholz] @Lisbonne Occurred",
    );
}

#[test]
fn the_owner_of_a_possessive_may_be_the_speaker() {
    check(
        "Donald Trump a qualifié sa conversation avec Vladimir Poutine de « très bonne ».",
        "2025-03-10",
        "Call 2025-03-10 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

#[test]
fn a_participle_after_an_auxiliary_is_past_whatever_stands_between() {
    check(
        "Marco Rubio a pour sa part rencontré dimanche à Djeddah Sergueï Lavrov.",
        "2025-07-09",
        "Meeting 2025-07-06 [Marco Rubio, Sergueï Lavrov] @Djeddah Occurred",
    );
}

#[test]
fn le_meme_jour_is_the_day_of_the_last_trigger() {
    check(
        "Steve Witkoff a été reçu jeudi à Moscou par Vladimir Poutine.\n\n\
         Le même jour, Marco Rubio a rencontré Sergueï Lavrov à Djeddah.",
        "2025-03-15",
        "Meeting 2025-03-13 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred\n\
         Meeting 2025-03-13 [Marco Rubio, Sergueï Lavrov] @Djeddah Occurred",
    );
}

#[test]
fn en_marge_de_takes_the_date_and_place_of_the_setting() {
    check(
        "Une conférence sur l'Ukraine s'est ouverte jeudi à Davos.\n\n\
         En marge de la conférence, Marco Rubio a rencontré Volodymyr Zelensky.",
        "2025-01-24",
        "Meeting 2025-01-23 [Marco Rubio, Volodymyr Zelensky] @Davos Occurred",
    );
}

#[test]
fn ne_que_restricts_a_meeting_without_denying_it() {
    check(
        "La rencontre entre Emmanuel Macron et Friedrich Merz à Berlin n'a duré qu'une heure, a indiqué la présidence.",
        "2025-11-20",
        "Meeting 2025-11-20 [Emmanuel Macron, Friedrich Merz] @Berlin PT1H exactly Occurred",
    );
    check(
        "La rencontre entre Emmanuel Macron et Friedrich Merz à Berlin n'a pas eu lieu.",
        "2025-11-20",
        "",
    );
}

#[test]
fn a_delegation_led_by_a_cabinet_secretary_named_with_his_title() {
    check(
        "Le président ukrainien Volodymyr Zelensky a reçu jeudi à Kiev une délégation américaine menée par le secrétaire à l'Armée Dan Driscoll.",
        "2025-11-21",
        "Meeting 2025-11-20 [Dan Driscoll, Volodymyr Zelensky] @Kiev Occurred",
    );
}

#[test]
fn voir_with_a_person_is_a_meeting_and_a_repeated_one_is_none() {
    check(
        "Marco Rubio a vu Sergueï Lavrov mardi à Riyad, a indiqué le département d'État.",
        "2025-11-21",
        "Meeting 2025-11-18 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred",
    );
    check("Le projet a vu le jour mardi à Riyad.", "2025-11-21", "");
    check(
        "Steve Witkoff, qui a rencontré Vladimir Poutine à six reprises, est arrivé mardi à Moscou.",
        "2025-11-21",
        "",
    );
}

// Constructions of news on any subject (issue 12).

#[test]
fn an_infinitive_after_a_journey_takes_its_object() {
    check(
        "William Ruto s'est rendu mardi à Paris pour rencontrer Emmanuel Macron.",
        "2025-06-13",
        "Meeting 2025-06-10 [Emmanuel Macron, William Ruto] @Paris Occurred",
    );
}

#[test]
fn a_building_between_the_verb_and_its_object() {
    check(
        "Cyril Ramaphosa a reçu vendredi au palais présidentiel le président rwandais Paul Kagame.",
        "2025-06-14",
        "Meeting 2025-06-13 [Cyril Ramaphosa, Paul Kagame] @palais présidentiel Occurred",
    );
    check(
        "Le président Assimi Goïta a reçu en audience Omar Alieu Touray lundi.",
        "2025-06-14",
        "Meeting 2025-06-09 [Assimi Goïta, Omar Alieu Touray] Occurred",
    );
}

#[test]
fn a_team_stands_for_the_person_it_speaks_for() {
    check(
        "Une délégation conduite par le ministre iranien des Affaires étrangères Abbas Araghchi a rencontré samedi à Mascate les négociateurs de Donald Trump.",
        "2025-06-13",
        "Meeting 2025-06-07 [Abbas Araghchi, Donald Trump] @Mascate Occurred",
    );
    check(
        "Les négociateurs de Vladimir Poutine et de Volodymyr Zelensky se sont retrouvés vendredi à Istanbul.",
        "2025-06-14",
        "Meeting 2025-06-13 [Vladimir Poutine, Volodymyr Zelensky] @Istanbul Occurred",
    );
    // A title is no team: the envoy's principal does not take part; the envoy does (the
    // office's holder at that date, office_holders.tsv).
    check(
        "L'envoyé spécial de Donald Trump a rencontré Vladimir Poutine jeudi.",
        "2025-06-14",
        "Meeting 2025-06-12 [Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn press_conferences_signings_and_co_chairs_are_meetings() {
    check(
        "Emmanuel Macron et Friedrich Merz ont tenu une conférence de presse conjointe mardi à Paris.",
        "2025-06-13",
        "Meeting 2025-06-10 [Emmanuel Macron, Friedrich Merz] @Paris Occurred",
    );
    check(
        "Paul Kagame et Félix Tshisekedi ont signé jeudi à Washington un accord de paix, en présence de Donald Trump.",
        "2025-06-13",
        "Meeting 2025-06-12 [Donald Trump, Félix Tshisekedi, Paul Kagame] @Washington Occurred",
    );
    check(
        "Xi Jinping doit coprésider mardi avec Narendra Modi une réunion à New Delhi.",
        "2025-06-13",
        "Meeting 2025-06-17 [Narendra Modi, Xi Jinping] @New Delhi Planned",
    );
    check(
        "L'entrevue entre Marco Rubio et Sergueï Lavrov a eu lieu mardi à Riyad.",
        "2025-06-13",
        "Meeting 2025-06-10 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred",
    );
    check(
        "Le troisième cycle entre Abbas Araghchi et Steve Witkoff s'est tenu samedi à Rome.",
        "2025-06-13",
        "Meeting 2025-06-07 [Abbas Araghchi, Steve Witkoff] @Rome Occurred #3",
    );
}

#[test]
fn a_mediator_takes_part() {
    check(
        "Les pourparlers entre Paul Kagame et Félix Tshisekedi se sont tenus lundi à Doha sous la médiation de l'émir Tamim ben Hamad Al-Thani.",
        "2025-06-13",
        "Meeting 2025-06-09 [Félix Tshisekedi, Paul Kagame, Tamim ben Hamad Al-Thani] @Doha Occurred",
    );
}

#[test]
fn their_first_summit_is_an_event_of_its_own() {
    check(
        "Emmanuel Macron et Giorgia Meloni ont tenu leur premier sommet bilatéral jeudi à Rome.",
        "2025-06-13",
        "Meeting 2025-06-12 [Emmanuel Macron, Giorgia Meloni] @Rome Occurred #1",
    );
}

#[test]
fn a_call_opening_the_sentence_takes_the_whole_subject() {
    check(
        "Lors d'un appel lundi, Keir Starmer et Mark Rutte ont évoqué la défense européenne.",
        "2025-06-13",
        "Call 2025-06-09 [Keir Starmer, Mark Rutte] Occurred",
    );
}

#[test]
fn parts_of_the_day_and_the_day_before() {
    check(
        "Emmanuel Macron a reçu jeudi Friedrich Merz. La veille au soir, il avait dîné avec Keir Starmer à Londres.",
        "2025-06-13",
        "Meeting 2025-06-12 [Emmanuel Macron, Friedrich Merz] Occurred\n\
         Meeting 2025-06-11 [Emmanuel Macron, Keir Starmer] @Londres Occurred",
    );
    check(
        "Le Parlement a adopté la loi de finances.\n\n\
         Dans l'après-midi, Emmanuel Macron s'est entretenu par téléphone avec Donald Trump.",
        "2025-06-13",
        "Call 2025-06-13 [Donald Trump, Emmanuel Macron] Occurred",
    );
    // A day named in an earlier paragraph does not date the afternoon of the news.
    check(
        "Volodymyr Zelensky a reçu Mark Rutte le 26 avril.\n\n\
         Dans l'après-midi, Emmanuel Macron s'est entretenu avec Donald Trump.",
        "2025-06-13",
        "Meeting 2025-04-26 [Mark Rutte, Volodymyr Zelensky] Occurred\n\
         Meeting 2025-06-13 [Donald Trump, Emmanuel Macron] Occurred",
    );
    check(
        "Arrivé mercredi à Kiev, Mark Rutte s'est entretenu dans la soirée avec Volodymyr Zelensky.",
        "2025-06-13",
        "Meeting 2025-06-11 [Mark Rutte, Volodymyr Zelensky] @Kiev Occurred",
    );
}

#[test]
fn the_end_of_the_day_is_the_story_day_of_the_week_before() {
    check(
        "Les dirigeants Emmanuel Macron et Friedrich Merz ont tenu mercredi à Toulon leurs consultations.\n\n\
         Un communiqué a été publié.\n\n\
         En fin de journée, le chancelier Friedrich Merz a reçu en audience Keir Starmer. La veille au soir, il s'était entretenu au téléphone avec Donald Trump.",
        "2025-06-13",
        "Meeting 2025-06-11 [Emmanuel Macron, Friedrich Merz] @Toulon Occurred\n\
         Meeting 2025-06-11 [Friedrich Merz, Keir Starmer] @Toulon Occurred\n\
         Call 2025-06-10 [Donald Trump, Friedrich Merz] Occurred",
    );
}

#[test]
fn a_participle_opening_the_sentence_is_past() {
    check(
        "Arrivé lundi à Rabat, le président Emmanuel Macron a eu des discussions avec son homologue Volodymyr Zelensky.",
        "2025-06-13",
        "Meeting 2025-06-09 [Emmanuel Macron, Volodymyr Zelensky] @Rabat Occurred",
    );
}

#[test]
fn a_plan_after_a_held_meeting_is_another_meeting() {
    check(
        "Abbas Araghchi et Steve Witkoff ont discuté samedi à Rome. Les chefs de délégation se retrouveront le 26 avril à Mascate.",
        "2025-04-20",
        "Meeting 2025-04-19 [Abbas Araghchi, Steve Witkoff] @Rome Occurred\n\
         Meeting 2025-04-26 [Abbas Araghchi, Steve Witkoff] @Mascate Planned",
    );
    check(
        "Emmanuel Macron a rencontré Olaf Scholz lundi à Berlin. Ils s'étaient entretenus par téléphone le 19 septembre.",
        "2025-09-26",
        "Meeting 2025-09-22 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred\n\
         Call 2025-09-19 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn a_dateline_places_an_event_held_without_a_place() {
    check(
        "NAIROBI, 12 juin (Agence) — William Ruto a reçu jeudi Emmanuel Macron.",
        "2025-06-13",
        "Meeting 2025-06-12 [Emmanuel Macron, William Ruto] @Nairobi Occurred",
    );
    // A plan is not placed by the dateline.
    check(
        "NAIROBI, 12 juin (Agence) — William Ruto doit recevoir lundi Emmanuel Macron.",
        "2025-06-13",
        "Meeting 2025-06-16 [Emmanuel Macron, William Ruto] Planned",
    );
}

#[test]
fn la_veille_alone_is_the_eve_of_the_news() {
    check(
        "La veille, William Ruto avait reçu Emmanuel Macron à Nairobi.",
        "2025-06-13",
        "Meeting 2025-06-12 [Emmanuel Macron, William Ruto] @Nairobi Occurred",
    );
}

#[test]
fn se_voir_before_an_infinitive_is_no_meeting() {
    check(
        "Emmanuel Macron s'est vu remettre une décoration par Narendra Modi.",
        "2025-06-13",
        "",
    );
}

#[test]
fn words_between_se_and_its_verb() {
    check(
        "Le président turc Recep Tayyip Erdogan s'est lui aussi entretenu mardi avec Donald Trump.",
        "2025-06-26",
        "Meeting 2025-06-24 [Donald Trump, Recep Tayyip Erdogan] Occurred",
    );
}

#[test]
fn giving_a_press_conference_together() {
    check(
        "Emmanuel Macron et Friedrich Merz ont donné mardi une conférence de presse commune à Toulon.",
        "2025-08-29",
        "Meeting 2025-08-26 [Emmanuel Macron, Friedrich Merz] @Toulon Occurred",
    );
}

#[test]
fn a_pronoun_is_the_subject_of_a_noun_with_avec() {
    check(
        "Donald Trump est arrivé mardi à Riyad. Jeudi, il est attendu à Abou Dhabi pour un entretien avec le président émirati Mohammed ben Zayed.",
        "2025-09-30",
        "Meeting 2025-10-02 [Donald Trump, Mohammed ben Zayed] @Abou Dhabi Planned",
    );
    check(
        "Emmanuel Macron est arrivé lundi à Rome. Il a eu mardi un entretien avec Giorgia Meloni.",
        "2025-09-30",
        "Meeting 2025-09-30 [Emmanuel Macron, Giorgia Meloni] Occurred",
    );
}

// Participants named the ways news names them (helper M).

#[test]
fn an_aside_in_parentheses_does_not_end_the_clause() {
    check(
        "Le président français Emmanuel Macron a reçu mardi à Paris les dirigeants de l'Union africaine (UA), en présence du chancelier Olaf Scholz.",
        "2025-03-05",
        "Meeting 2025-03-04 [Emmanuel Macron, Olaf Scholz] @Paris Occurred",
    );
}

#[test]
fn a_title_joined_to_its_field_does_not_govern_the_name() {
    check(
        "Le secrétaire au Trésor américain Scott Bessent s'est entretenu mardi à Londres avec Rachel Reeves.",
        "2025-03-05",
        "Meeting 2025-03-04 [Rachel Reeves, Scott Bessent] @Londres Occurred",
    );
}

#[test]
fn an_apposition_may_carry_its_own_title() {
    check(
        "Le 3 mars, Sergueï Lavrov s'est entretenu avec le ministre saoudien des Affaires étrangères, le prince Fayçal ben Farhane, à Riyad.",
        "2025-03-05",
        "Meeting 2025-03-03 [Fayçal ben Farhane, Sergueï Lavrov] @Riyad Occurred",
    );
}

#[test]
fn a_civility_does_not_hide_a_title_complement() {
    check(
        "Emmanuel Macron s'est rendu lundi à Berlin pour rencontrer le successeur de Mme Angela Merkel, Olaf Scholz.",
        "2025-03-05",
        "Meeting 2025-03-03 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred",
    );
}

#[test]
fn a_companion_phrase_governs_an_apposition() {
    check(
        "Vladimir Poutine a accueilli lundi Donald Trump à Moscou, entouré de son ministre des Affaires étrangères, Sergueï Lavrov.",
        "2025-03-05",
        "Meeting 2025-03-03 [Donald Trump, Sergueï Lavrov, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn an_infinitive_after_avant_de_shares_the_subject() {
    check(
        "Olaf Scholz a reçu mercredi Volodymyr Zelensky à Berlin, avant de participer à une visioconférence avec Donald Trump.",
        "2025-03-05",
        "Meeting 2025-03-05 [Olaf Scholz, Volodymyr Zelensky] @Berlin Occurred\nCall 2025-03-05 [Donald Trump, Olaf Scholz] Occurred",
    );
}

#[test]
fn a_noun_about_another_time_takes_the_subject_outside() {
    check(
        "Sanna Marin a été critiquée après un appel téléphonique avec Vladimir Poutine en juin.",
        "2025-03-05",
        "Call 2024-06 [Sanna Marin, Vladimir Poutine] Occurred",
    );
}

#[test]
fn a_subject_list_with_commas() {
    check(
        "Emmanuel Macron, Olaf Scholz et plusieurs dirigeants européens se sont entretenus par téléphone jeudi avec Donald Trump.",
        "2025-03-05",
        "Call 2025-02-27 [Donald Trump, Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn a_companion_after_a_noun_brings_the_subject() {
    check(
        "Donald Trump est attendu au Caire dans les prochains jours pour une cérémonie de signature aux côtés du président égyptien Abdel Fattah al-Sissi.",
        "2025-03-05",
        "Meeting [Abdel Fattah al-Sissi, Donald Trump] @Caire Planned",
    );
}

#[test]
fn leaders_named_after_the_verb_join_the_event() {
    check(
        "Les chefs de la diplomatie se sont réunis jeudi à Riyad. Les discussions étaient menées par Sergueï Lavrov et Marco Rubio.",
        "2025-02-21",
        "Meeting 2025-02-20 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred",
    );
}

#[test]
fn people_of_an_attendance_clause_take_part() {
    check(
        "L'accord découle des pourparlers tenus mardi à Doha, auxquels participaient notamment Steve Witkoff et Jared Kushner.",
        "2025-03-05",
        "Meeting 2025-03-04 [Jared Kushner, Steve Witkoff] @Doha Occurred",
    );
}

#[test]
fn the_pair_is_the_pair_of_an_event_not_of_its_attendants() {
    check(
        "Mark Carney a été reçu mardi à Washington par Donald Trump. Marco Rubio et Howard Lutnick assistaient à la rencontre. Les deux hommes s'étaient parlé au téléphone le 28 mars.",
        "2025-05-07",
        "Meeting 2025-05-06 [Donald Trump, Howard Lutnick, Marco Rubio, Mark Carney] @Washington Occurred\nCall 2025-03-28 [Donald Trump, Mark Carney] Occurred",
    );
}

#[test]
fn a_pair_before_a_noun_needs_a_support_verb() {
    check(
        "Marco Rubio s'est entretenu samedi par téléphone avec Thérèse Kayikwamba Wagner. Les deux responsables ont évoqué un calendrier pour une signature à Washington.",
        "2025-05-27",
        "Call 2025-05-24 [Marco Rubio, Thérèse Kayikwamba Wagner] Occurred",
    );
}

#[test]
fn objects_met_one_after_the_other_are_separate_events() {
    check(
        "Donald Trump s'était entretenu par téléphone samedi avec Emmanuel Macron puis avec Olaf Scholz.",
        "2025-10-30",
        "Call 2025-10-25 [Donald Trump, Emmanuel Macron] Occurred\nCall 2025-10-25 [Donald Trump, Olaf Scholz] Occurred",
    );
    // Each part keeps its own day.
    check(
        "Xi Jinping doit s'entretenir vendredi avec Sanae Takaichi, puis samedi avec Lee Jae-myung.",
        "2025-10-30",
        "Meeting 2025-10-31 [Sanae Takaichi, Xi Jinping] Planned\nMeeting 2025-11-01 [Lee Jae-myung, Xi Jinping] Planned",
    );
    check(
        "Emmanuel Macron a reçu séparément lundi Olaf Scholz et Pedro Sánchez à l'Élysée.",
        "2025-10-30",
        "Meeting 2025-10-27 [Emmanuel Macron, Olaf Scholz] @Élysée Occurred\nMeeting 2025-10-27 [Emmanuel Macron, Pedro Sánchez] @Élysée Occurred",
    );
}

#[test]
fn a_pair_after_a_verb_is_its_object() {
    check(
        "Félix Tshisekedi et Paul Kagame ont signé jeudi un accord à Washington. Plus tôt dans la journée, Donald Trump avait reçu séparément les deux chefs d'État.",
        "2025-10-30",
        "Meeting 2025-10-30 [Félix Tshisekedi, Paul Kagame] Occurred\nMeeting 2025-10-30 [Donald Trump, Félix Tshisekedi] Occurred\nMeeting 2025-10-30 [Donald Trump, Paul Kagame] Occurred",
    );
}

#[test]
fn appeler_someone_to_do_something_is_no_call() {
    check(
        "Vladimir Poutine a reçu jeudi Donald Trump à Moscou. Emmanuel Macron a appelé les deux dirigeants à « mettre fin » aux combats.",
        "2025-10-31",
        "Meeting 2025-10-30 [Donald Trump, Vladimir Poutine] @Moscou Occurred",
    );
}

// Where and when a story is told from (helper M).

#[test]
fn each_entry_of_a_live_page_is_dated_and_placed_by_its_header() {
    check(
        "LE FIL — les dépêches\n\n26/10 – 21h40 | MADRID\nPedro Sánchez et Emmanuel Macron ont eu des discussions en marge du sommet.\n\n25/10 – 18h00 | BERLIN\nOlaf Scholz se rendra mardi à Rome pour le forum européen.",
        "2025-10-27",
        "Meeting 2025-10-26 [Emmanuel Macron, Pedro Sánchez] @Madrid Occurred",
    );
    // One header is a publication line, not a live page.
    check(
        "26/10/2025 – 07h02\nPedro Sánchez et Emmanuel Macron ont eu des discussions à Madrid.",
        "2025-10-27",
        "Meeting 2025-10-27 [Emmanuel Macron, Pedro Sánchez] @Madrid Occurred",
    );
}

#[test]
fn a_dateline_in_capitals_is_a_place_the_article_names() {
    check(
        "GENÈVE, 11 mai (Agence) - Olaf Scholz a rencontré samedi Emmanuel Macron. Le chancelier restera à Genève jusqu'à lundi.",
        "2025-05-11",
        "Meeting 2025-05-10 [Emmanuel Macron, Olaf Scholz] @Genève Occurred",
    );
}

#[test]
fn the_day_of_the_story_may_be_named_without_a_trigger() {
    check(
        "La Turquie et la Syrie ont affiché mercredi à Ankara un front commun. Hakan Fidan a reçu son homologue syrien Assaad al-Chaibani.",
        "2025-08-14",
        "Meeting 2025-08-13 [Assaad al-Chaibani, Hakan Fidan] @Ankara Occurred",
    );
}

#[test]
fn one_sentence_telling_one_event_twice_gives_it_one_day() {
    check(
        "Emmanuel Macron et Volodymyr Zelensky ont tenu jeudi une conférence de presse conjointe. Le président ukrainien avait été reçu dès mercredi soir à l'Élysée pour un dîner de travail avec Emmanuel Macron.",
        "2025-09-04",
        "Meeting 2025-09-04 [Emmanuel Macron, Volodymyr Zelensky] Occurred\nMeeting 2025-09-03 [Emmanuel Macron, Volodymyr Zelensky] @Élysée Occurred",
    );
}

// Modality and merging (helper M).

#[test]
fn a_verb_of_purpose_is_as_possible_as_the_journey_it_serves() {
    check(
        "Hakan Fidan pourrait se rendre à Damas dans les prochaines semaines pour y rencontrer Ahmed al-Charaa.",
        "2025-08-14",
        "",
    );
}

#[test]
fn a_trigger_in_a_relative_clause_takes_no_one_after_it() {
    check(
        "Xi Jinping, qui s'était retrouvé jeudi à Busan avec Donald Trump, doit rencontrer Sanae Takaichi vendredi.",
        "2025-10-31",
        "Meeting 2025-10-30 [Donald Trump, Xi Jinping] @Busan Occurred\nMeeting 2025-10-31 [Sanae Takaichi, Xi Jinping] Planned",
    );
}

#[test]
fn a_noun_that_announces_a_plan_does_not_refer_to_a_held_meeting() {
    check(
        "Friedrich Merz a reçu Olaf Scholz à Berlin. La signature officielle du contrat doit avoir lieu début mai.",
        "2025-04-09",
        "Meeting 2025-04-09 [Friedrich Merz, Olaf Scholz] @Berlin Occurred",
    );
}

#[test]
fn devait_announces_a_plan() {
    check(
        "Le département d'État a indiqué que Marco Rubio devait encore s'entretenir vendredi avec Paul Kagame.",
        "2025-12-05",
        "Meeting 2025-12-05 [Marco Rubio, Paul Kagame] Planned",
    );
}

#[test]
fn a_pair_in_a_noun_complement_does_not_push_a_cue_away() {
    check(
        "Emmanuel Macron a reçu Olaf Scholz lundi. Une rencontre entre les deux dirigeants dans la région « pourrait avoir lieu l'année prochaine ».",
        "2025-12-06",
        "Meeting 2025-12-01 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn one_persons_reading_with_another_day_is_another_event() {
    check(
        "La France et l'Allemagne ont affiché mercredi à Paris un front commun. Emmanuel Macron a reçu Olaf Scholz. Emmanuel Macron reçoit par ailleurs ce jeudi à Paris un invité.",
        "2025-08-14",
        "Meeting 2025-08-13 [Emmanuel Macron, Olaf Scholz] @Paris Occurred",
    );
}

#[test]
fn a_noun_in_a_circumstance_takes_the_subject_of_the_verb() {
    check(
        "Donald Trump et Vladimir Poutine se sont quittés vendredi soir à Anchorage sans accord, au terme de près de trois heures de discussions.",
        "2025-08-16",
        "Meeting 2025-08-15 [Donald Trump, Vladimir Poutine] @Anchorage PT3H about Occurred",
    );
}

#[test]
fn in_someones_words_a_meeting_with_another_is_the_speakers() {
    check(
        "Sergueï Lavrov a dit que les pourparlers avec Marco Rubio samedi à Riyad ont été constructifs.",
        "2025-04-13",
        "Meeting 2025-04-12 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred",
    );
    // Of a meeting told before, the speaker is one more participant.
    check(
        "Steve Witkoff a rencontré vendredi Vladimir Poutine. Kirill Dmitriev a décrit les discussions de vendredi avec Witkoff comme « productives ».",
        "2025-04-12",
        "Meeting 2025-04-11 [Kirill Dmitriev, Steve Witkoff, Vladimir Poutine] Occurred",
    );
}

#[test]
fn a_weekday_of_a_noun_in_the_present_is_the_nearest() {
    check(
        "Mark Carney a dit mercredi que le travail commence seulement après sa rencontre de mardi avec Donald Trump.",
        "2025-05-07",
        "Meeting 2025-05-06 [Donald Trump, Mark Carney] Occurred",
    );
}

#[test]
fn a_noun_referring_back_takes_a_place_only_from_its_own_complement() {
    check(
        "Emmanuel Macron a reçu mercredi Olaf Scholz. Les négociations de mercredi à Paris ont duré deux heures. Au menu des discussions figuraient le soutien militaire à l'Ukraine.",
        "2025-10-02",
        "Meeting 2025-10-01 [Emmanuel Macron, Olaf Scholz] @Paris PT2H exactly Occurred",
    );
}

#[test]
fn more_words_for_meetings() {
    check(
        "Sergueï Lavrov et Marco Rubio ont tenu mardi à Riyad leurs premières consultations.",
        "2025-02-19",
        "Meeting 2025-02-18 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred #1",
    );
    check(
        "Donald Trump et Vladimir Poutine se sont quittés vendredi à Anchorage sans accord.",
        "2025-08-16",
        "Meeting 2025-08-15 [Donald Trump, Vladimir Poutine] @Anchorage Occurred",
    );
    check(
        "Emmanuel Macron et Olaf Scholz ont échangé jeudi à Berlin sur la défense européenne.",
        "2025-08-16",
        "Meeting 2025-08-14 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred",
    );
    // Exchanging fire or prisoners is no meeting.
    check(
        "Les armées de Vladimir Poutine et de Volodymyr Zelensky ont échangé des prisonniers jeudi.",
        "2025-08-16",
        "",
    );
}

#[test]
fn people_present_or_representing_join_the_meeting() {
    check(
        "Les dirigeants se sont réunis dimanche à Rio de Janeiro. Narendra Modi et Cyril Ramaphosa étaient présents. L'Allemagne était représentée par Olaf Scholz.",
        "2025-07-07",
        "Meeting 2025-07-06 [Cyril Ramaphosa, Narendra Modi, Olaf Scholz] @Rio de Janeiro Occurred",
    );
}

#[test]
fn a_title_of_transition_is_no_complement() {
    check(
        "Nawaf Salam s'est rendu lundi à Damas pour rencontrer le président syrien de transition Ahmed al-Charaa.",
        "2025-04-15",
        "Meeting 2025-04-14 [Ahmed al-Charaa, Nawaf Salam] @Damas Occurred",
    );
}

#[test]
fn people_present_join_only_a_gathering_told_without_its_people() {
    check(
        "Emmanuel Macron a rencontré jeudi Olaf Scholz à Bruxelles. Le président égyptien Abdel Fattah al-Sissi, absent, était représenté par son ministre des Affaires étrangères, Badr Abdelatty.",
        "2025-06-12",
        "Meeting 2025-06-12 [Emmanuel Macron, Olaf Scholz] @Bruxelles Occurred",
    );
}

#[test]
fn the_couple_of_a_sentence_without_an_event_is_the_pair() {
    check(
        "Donald Trump et Ursula von der Leyen ont scellé dimanche un accord. Ils se sont vus pendant une heure à Turnberry.",
        "2025-07-28",
        "Meeting 2025-07-27 [Donald Trump, Ursula von der Leyen] @Turnberry PT1H exactly Occurred",
    );
}

#[test]
fn a_plural_pronoun_after_a_group_named_by_its_members_is_not_the_pair_in_focus() {
    check(
        "Vladimir Poutine a reçu mardi au Kremlin l'émissaire américain Steve Witkoff. Les émissaires américains arrivaient de Floride, où ils avaient vu dimanche la délégation ukrainienne de Roustem Oumerov.",
        "2025-12-03",
        "Meeting 2025-12-02 [Steve Witkoff, Vladimir Poutine] @Kremlin Occurred",
    );
}

// Events told before their people (helper M).

#[test]
fn their_first_talks_with_owners_not_named_open_an_event() {
    check(
        "La Russie et les États-Unis ont tenu samedi à Riyad leurs premiers pourparlers. La délégation russe était conduite par Sergueï Lavrov, la délégation américaine par Marco Rubio.",
        "2025-02-19",
        "Meeting 2025-02-15 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred #1",
    );
}

#[test]
fn a_person_completing_another_noun_does_not_name_the_event() {
    check(
        "Israël et le Hamas ont entamé lundi à Charm el-Cheikh des négociations sur le plan de Donald Trump. La délégation du Hamas est conduite par Khalil al-Hayya, celle d'Israël par Ron Dermer.",
        "2025-10-07",
        "Meeting 2025-10-06 [Khalil al-Hayya, Ron Dermer] @Charm el-Cheikh Occurred",
    );
}

#[test]
fn a_numbered_event_nobody_is_named_in_is_one_of_a_series() {
    check(
        "Sergueï Lavrov et Marco Rubio ont discuté samedi à Rome. Un deuxième cycle aura lieu samedi prochain à Genève. Le premier cycle s'était tenu le 12 avril à Riyad.",
        "2025-04-20",
        "Meeting 2025-04-19 [Marco Rubio, Sergueï Lavrov] @Rome Occurred\nMeeting 2025-04-26 [Marco Rubio, Sergueï Lavrov] @Genève Planned #2\nMeeting 2025-04-12 [Marco Rubio, Sergueï Lavrov] @Riyad Occurred #1",
    );
}

// Places (helper M).

#[test]
fn a_building_one_meets_in_is_the_place() {
    check(
        "Giorgia Meloni a reçu vendredi au palais Chigi le chancelier autrichien Christian Stocker.",
        "2025-09-06",
        "Meeting 2025-09-05 [Christian Stocker, Giorgia Meloni] @palais Chigi Occurred",
    );
}

#[test]
fn a_building_and_its_town_are_both_the_place() {
    check(
        "Le président Joko Widodo a reçu mardi Emmanuel Macron au palais Merdeka, à Jakarta.",
        "2025-05-21",
        "Meeting 2025-05-20 [Emmanuel Macron, Joko Widodo] @palais Merdeka @Jakarta Occurred",
    );
    check(
        "Vladimir Poutine a accueilli jeudi Steve Witkoff à Moscou, au Kremlin.",
        "2025-05-23",
        "Meeting 2025-05-22 [Steve Witkoff, Vladimir Poutine] @Kremlin @Moscou Occurred",
    );
}

#[test]
fn a_building_is_in_the_town_of_the_dateline() {
    check(
        "LIMA, 4 mars 2025 — La présidente Dina Boluarte a reçu lundi au palais du gouvernement le président chilien Gabriel Boric.",
        "2025-03-04",
        "Meeting 2025-03-03 [Dina Boluarte, Gabriel Boric] @palais du gouvernement @Lima Occurred",
    );
}

#[test]
fn the_place_of_ou_is_the_one_right_before_it() {
    check(
        "Donald Trump doit participer à un forum avant de s'envoler pour Doha, où il sera reçu par l'émir Tamim ben Hamad Al Thani.",
        "2025-05-13",
        "Meeting [Donald Trump, Tamim ben Hamad Al Thani] @Doha Planned",
    );
}

#[test]
fn a_place_near_the_event() {
    check(
        "Donald Trump et Xi Jinping se sont réunis jeudi sur une base aérienne près de Busan.",
        "2025-10-30",
        "Meeting 2025-10-30 [Donald Trump, Xi Jinping] @Busan Occurred",
    );
}

#[test]
fn a_noun_referring_back_takes_the_place_of_its_relative_clause() {
    check(
        "Nawaf Salam a rencontré lundi Ahmed al-Charaa. L'entretien, qui a duré deux heures au palais du Peuple, a porté sur la frontière.",
        "2025-04-15",
        "Meeting 2025-04-14 [Ahmed al-Charaa, Nawaf Salam] @palais du Peuple PT2H exactly Occurred",
    );
}

#[test]
fn the_place_of_the_story_may_be_named_without_a_trigger() {
    check(
        "La Turquie et la Syrie ont affiché mercredi à Ankara un front commun. Hakan Fidan a reçu son homologue syrien Assaad al-Chaibani.",
        "2025-08-14",
        "Meeting 2025-08-13 [Assaad al-Chaibani, Hakan Fidan] @Ankara Occurred",
    );
}

#[test]
fn a_heading_with_a_colon_places_an_entry() {
    check(
        "LE FIL\n\n17/04/2025 — 14h10\nTéhéran : Olaf Scholz reçu par Emmanuel Macron\nOlaf Scholz a été reçu jeudi par Emmanuel Macron.\n\n16/04/2025 — 22h45\nRome : la visite du pape",
        "2025-04-20",
        "Meeting 2025-04-17 [Emmanuel Macron, Olaf Scholz] @Téhéran Occurred",
    );
}

#[test]
fn meetings_met_one_after_the_other_keep_to_themselves() {
    check(
        "Félix Tshisekedi et Paul Kagame ont signé jeudi des accords à Washington, en présence de Donald Trump. Plus tôt dans la journée, Donald Trump avait reçu séparément les deux chefs d'État dans le Bureau ovale.",
        "2025-12-05",
        "Meeting 2025-12-04 [Donald Trump, Félix Tshisekedi, Paul Kagame] Occurred\nMeeting 2025-12-04 [Donald Trump, Félix Tshisekedi] @Bureau ovale Occurred\nMeeting 2025-12-04 [Donald Trump, Paul Kagame] @Bureau ovale Occurred",
    );
}

#[test]
fn a_title_phrase_belongs_to_a_nouns_complement() {
    check(
        "La veille, Mehmet Şimşek avait eu un entretien avec le secrétaire au Trésor américain Scott Bessent.",
        "2025-04-24",
        "Meeting 2025-04-23 [Mehmet Şimşek, Scott Bessent] Occurred",
    );
    check(
        "Wang Yi se rendra lundi en Inde pour un nouveau cycle de pourparlers avec le conseiller indien à la sécurité nationale, Ajit Doval.",
        "2025-08-14",
        "Meeting 2025-08-18 [Ajit Doval, Wang Yi] @Inde Planned",
    );
}

#[test]
fn the_leader_of_a_meeting_may_follow_its_date_and_place() {
    check(
        "La rencontre fait suite aux consultations tenues le 25 octobre à Kuala Lumpur par Scott Bessent et Marco Rubio, auxquelles ont également participé Steve Witkoff et Jared Kushner.",
        "2025-10-31",
        "Meeting 2025-10-25 [Jared Kushner, Marco Rubio, Scott Bessent, Steve Witkoff] @Kuala Lumpur Occurred",
    );
}

#[test]
fn who_reports_a_gathering_does_not_name_it() {
    check(
        "La France et l'Allemagne ont accepté un accord à l'issue de pourparlers tenus lundi à Genève, a annoncé le Premier ministre Anwar Ibrahim. Emmanuel Macron et Olaf Scholz ont eu des discussions pendant plus de deux heures.",
        "2025-07-29",
        "Meeting 2025-07-28 [Emmanuel Macron, Olaf Scholz] @Genève PT2H atLeast Occurred",
    );
}

#[test]
fn a_tete_a_tete_is_not_the_larger_event_of_the_day() {
    check(
        "Emmanuel Macron a été reçu en tête-à-tête par Olaf Scholz dimanche après la cérémonie. Dimanche, Olaf Scholz, Emmanuel Macron et Pedro Sánchez ont signé une déclaration commune à Berlin.",
        "2025-10-27",
        "Meeting 2025-10-26 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred\nMeeting 2025-10-26 [Emmanuel Macron, Olaf Scholz, Pedro Sánchez] @Berlin Occurred",
    );
}

#[test]
fn a_subject_list_may_hold_appositions() {
    check(
        "Emmanuel Macron, le président français, Olaf Scholz, le chancelier, et Pedro Sánchez ont signé jeudi une déclaration à Berlin.",
        "2025-10-27",
        "Meeting 2025-10-23 [Emmanuel Macron, Olaf Scholz, Pedro Sánchez] @Berlin Occurred",
    );
}

#[test]
fn a_datelines_day_is_not_the_events() {
    check(
        "PARIS, 13 juin (AFP) – La rencontre entre Emmanuel Macron et Friedrich Merz, jeudi à Berlin, a été longue.",
        "2025-06-13",
        "Meeting 2025-06-12 [Emmanuel Macron, Friedrich Merz] @Berlin Occurred",
    );
}

#[test]
fn the_eve_does_not_date_a_meeting_named_after_avant() {
    check(
        "Emmanuel Macron et Friedrich Merz ont tenu mercredi à Toulon des consultations. La veille au soir, Emmanuel Macron s'était entretenu au téléphone avec Keir Starmer avant les consultations.",
        "2025-06-13",
        "Meeting 2025-06-11 [Emmanuel Macron, Friedrich Merz] @Toulon Occurred\n\
         Call 2025-06-10 [Emmanuel Macron, Keir Starmer] Occurred",
    );
}

#[test]
fn a_meeting_held_without_a_place_is_in_the_town_of_that_days_first() {
    check(
        "Emmanuel Macron et Friedrich Merz se sont réunis mercredi à Toulon.\n\n\
         Le conseil a adopté une déclaration.\n\n\
         En marge des travaux, Keir Starmer a rencontré mercredi Volodymyr Zelensky.",
        "2025-06-13",
        "Meeting 2025-06-11 [Emmanuel Macron, Friedrich Merz] @Toulon Occurred\n\
         Meeting 2025-06-11 [Keir Starmer, Volodymyr Zelensky] @Toulon Occurred",
    );
}

#[test]
fn a_bilateral_meeting_is_its_two_people_alone() {
    check(
        "Emmanuel Macron, Keir Starmer et Friedrich Merz se sont réunis lundi à Rome. Emmanuel Macron a eu lundi un entretien bilatéral avec Keir Starmer.",
        "2025-06-13",
        "Meeting 2025-06-09 [Emmanuel Macron, Friedrich Merz, Keir Starmer] @Rome Occurred\n\
         Meeting 2025-06-09 [Emmanuel Macron, Keir Starmer] @Rome Occurred",
    );
}

#[test]
fn an_event_told_without_a_day_is_on_the_story_day_of_the_week_before() {
    check(
        "Emmanuel Macron et Friedrich Merz se sont réunis mercredi à Toulon.\n\n\
         Le conseil a adopté une déclaration.\n\n\
         Avant les travaux, Keir Starmer a rencontré Volodymyr Zelensky.",
        "2025-06-13",
        "Meeting 2025-06-11 [Emmanuel Macron, Friedrich Merz] @Toulon Occurred\n\
         Meeting 2025-06-11 [Keir Starmer, Volodymyr Zelensky] @Toulon Occurred",
    );
}

#[test]
fn a_place_a_meeting_is_about_is_not_where_it_is_held() {
    check(
        "Emmanuel Macron a reçu mardi Olaf Scholz pour un dîner consacré à la Crimée.",
        "2025-06-12",
        "Meeting 2025-06-10 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn a_pronoun_after_et_opens_a_clause_of_its_own_subject() {
    check(
        "Emmanuel Macron avait reçu Olaf Scholz le 3 mai, et il avait rencontré Pedro Sánchez le 9 juin à Madrid.",
        "2025-07-01",
        "Meeting 2025-05-03 [Emmanuel Macron, Olaf Scholz] Occurred\nMeeting 2025-06-09 [Emmanuel Macron, Pedro Sánchez] @Madrid Occurred",
    );
}

#[test]
fn a_traveller_awaited_by_a_named_host_meets_him() {
    check(
        "Le chancelier Friedrich Merz est attendu vendredi à Rome par la présidente du Conseil Giorgia Meloni.",
        "2025-07-01",
        "Meeting 2025-07-04 [Friedrich Merz, Giorgia Meloni] @Rome Planned",
    );
}

#[test]
fn travellers_awaited_without_a_host_meet_nobody() {
    check(
        "Steve Witkoff et Jared Kushner sont attendus jeudi à Moscou.",
        "2025-07-01",
        "",
    );
}

#[test]
fn a_pronoun_after_an_unnamed_title_is_not_the_subject_before() {
    check(
        "Le ministre Sergueï Lavrov a parlé aux journalistes. Le président élu doit se rendre mardi à Rome, où il est attendu par Giorgia Meloni.",
        "2025-07-01",
        "",
    );
}

#[test]
fn a_denied_noun_after_aucune_still_names_the_pair() {
    check(
        "Olaf Scholz a reçu lundi Pedro Sánchez à Berlin. Aucune rencontre entre Emmanuel Macron et Giorgia Meloni n'est prévue. Les deux dirigeants se sont parlé au téléphone le 2 mai.",
        "2025-07-01",
        "Meeting 2025-06-30 [Olaf Scholz, Pedro Sánchez] @Berlin Occurred\nCall 2025-05-02 [Emmanuel Macron, Giorgia Meloni] Occurred",
    );
}

#[test]
fn a_participle_phrase_after_a_noun_leaves_its_avec_to_the_noun() {
    check(
        "Emmanuel Macron a eu mardi une séance de travail consacrée au commerce avec le chancelier Olaf Scholz.",
        "2025-07-02",
        "Meeting 2025-07-01 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn an_apposed_rank_with_a_preposition_leaves_the_name_to_the_phrase() {
    check(
        "Emmanuel Macron a reçu mardi le chef d'état-major des armées, le général de brigade Pierre Schill.",
        "2025-07-02",
        "Meeting 2025-07-01 [Emmanuel Macron, Pierre Schill] Occurred",
    );
}

#[test]
fn on_a_call_in_a_circumstance_whom_the_subject_spoke_to_is_the_other_party() {
    check(
        "Olaf Scholz a répété à Giorgia Meloni, lors d'un entretien téléphonique lundi, que l'Allemagne soutiendrait le plan.",
        "2025-07-02",
        "Call 2025-06-30 [Giorgia Meloni, Olaf Scholz] Occurred",
    );
}

#[test]
fn an_arrival_at_the_head_of_a_party_is_no_journey() {
    check(
        "Giorgia Meloni, au pouvoir depuis son arrivée à la tête du gouvernement en octobre, a rencontré mardi Emmanuel Macron à Rome.",
        "2025-06-05",
        "Meeting 2025-06-03 [Emmanuel Macron, Giorgia Meloni] @Rome Occurred",
    );
}

#[test]
fn a_paragraph_the_page_prints_twice_is_read_once() {
    check(
        "Emmanuel Macron a reçu mardi Olaf Scholz à l'Élysée. Les deux dirigeants ont eu un long entretien en tête-à-tête.\n\nLe président a par ailleurs exclu toute rencontre avec Vladimir Poutine.\n\nLes deux dirigeants ont eu un long entretien en tête-à-tête.",
        "2025-06-05",
        "Meeting 2025-06-03 [Emmanuel Macron, Olaf Scholz] @Élysée Occurred",
    );
}

#[test]
fn a_meeting_refused_or_ruled_out_is_no_event() {
    check(
        "Le chancelier a écarté tout entretien avec Viktor Orban. Giorgia Meloni refuse de rencontrer Marine Le Pen. Pour Pedro Sánchez, il n'est pas question de rencontrer Javier Milei.",
        "2025-06-05",
        "",
    );
}

#[test]
fn a_length_or_a_time_of_day_before_the_object_governs_no_name() {
    check(
        "Xi Jinping a rencontré pendant une heure le président turkmène Serdar Berdymukhamedov à Astana.",
        "2025-06-19",
        "Meeting 2025-06-19 [Serdar Berdymukhamedov, Xi Jinping] @Astana PT1H exactly Occurred",
    );
    check(
        "Paul Biya a reçu en audience dans la soirée le président de l'Assemblée nationale, Cavaye Yéguié Djibril.",
        "2025-11-07",
        "Meeting 2025-11-07 [Cavaye Yéguié Djibril, Paul Biya] Occurred",
    );
}

#[test]
fn a_restriction_or_a_cleft_opens_no_clause() {
    // "ne … qu'au téléphone": the day after the phone words is the call's.
    check(
        "Emmanuel Macron et Olaf Scholz ne s'étaient parlé qu'au téléphone, le 16 août 2024.",
        "2025-04-05",
        "Call 2024-08-16 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
    // "c'est … que": the words before the "que" are the clause's own.
    check(
        "La veille, c'est à Ankara que Kyriákos Mitsotákis a serré la main de Recep Tayyip Erdoğan.",
        "2024-05-14",
        "Meeting 2024-05-13 [Kyriákos Mitsotákis, Recep Tayyip Erdoğan] @Ankara Occurred",
    );
    // "ne … pas … que" is a negation, whose "que" opens a clause.
    check(
        "Emmanuel Macron n'a pas dit qu'il avait rencontré Olaf Scholz lundi.",
        "2025-04-05",
        "Meeting 2025-03-31 [Emmanuel Macron, Olaf Scholz] Occurred",
    );
}

#[test]
fn a_denied_noun_may_have_an_aside_before_its_predicate() {
    check(
        "Une rencontre entre M. Emmanuel Macron et Mme Giorgia Meloni, un temps évoquée, n'aura donc pas lieu.",
        "2025-04-05",
        "",
    );
    check(
        "Une rencontre entre Emmanuel Macron et Giorgia Meloni, un temps évoquée, aura lieu lundi.",
        "2025-04-05",
        "Meeting 2025-04-07 [Emmanuel Macron, Giorgia Meloni] Planned",
    );
}

#[test]
fn les_deux_presidents_are_the_two_people_titled_president() {
    check(
        "Le président roumain, Nicușor Dan, a été reçu lundi par la présidente de la \
         République de Moldavie, Maia Sandu. Il s'est ensuite entretenu au Parlement avec son \
         président, Igor Grosu. Les deux présidents s'étaient déjà entretenus au téléphone le \
         18 mai.",
        "2025-06-03",
        "Meeting 2025-06-02 [Maia Sandu, Nicușor Dan] Occurred\n\
         Meeting 2025-06-02 [Igor Grosu, Nicușor Dan] Occurred\n\
         Call 2025-05-18 [Maia Sandu, Nicușor Dan] Occurred",
    );
}

#[test]
fn an_entry_of_a_wire_page_does_not_see_the_pair_of_another() {
    check(
        "14h00 — PORTUGAL. Le Premier ministre Luís Montenegro doit être reçu jeudi par le \
         président Marcelo Rebelo de Sousa.\n\n\
         12h30 — IRAK. Les deux hommes se sont entretenus dimanche au téléphone, selon leurs \
         services.",
        "2025-10-14",
        "Meeting 2025-10-16 [Luís Montenegro, Marcelo Rebelo de Sousa] Planned",
    );
}

#[test]
fn a_phrase_about_another_event_does_not_add_the_subject_to_it() {
    check(
        "Ilham Aliyev et Nikol Pashinyan se sont rencontrés jeudi à Abu Dhabi. Avant les pourparlers, Mohamed bin Zayed Al Nahyan a reçu séparément Aliyev et Pashinyan.",
        "2025-07-11",
        "Meeting 2025-07-10 [Ilham Aliyev, Nikol Pashinyan] @Abu Dhabi Occurred\nMeeting 2025-07-10 [Ilham Aliyev, Mohamed bin Zayed Al Nahyan] @Abu Dhabi Occurred\nMeeting 2025-07-10 [Mohamed bin Zayed Al Nahyan, Nikol Pashinyan] @Abu Dhabi Occurred",
    );
}

#[test]
fn a_second_title_after_et_is_the_same_persons() {
    // "le vice-chancelier et président du SPD, X": one person with two titles, governed by
    // "avec" like the first title.
    check(
        "Friedrich Merz s'est entretenu mardi au téléphone avec le vice-chancelier et président du SPD, Lars Klingbeil.",
        "2025-04-09",
        "Call 2025-04-08 [Friedrich Merz, Lars Klingbeil] Occurred",
    );
}

#[test]
fn dont_without_a_verb_picks_objects_out_of_a_group() {
    // "les chefs des partis, dont X et Y": no verb follows "dont", which opens no clause; X
    // and Y are among those met.
    check(
        "Le président Frank-Walter Steinmeier doit recevoir vendredi les chefs des partis, dont le président de la CDU, Friedrich Merz, et le coprésident du SPD, Lars Klingbeil.",
        "2025-04-09",
        "Meeting 2025-04-11 [Frank-Walter Steinmeier, Friedrich Merz, Lars Klingbeil] Planned",
    );
}

#[test]
fn a_title_field_with_et_de_stays_in_the_apposition() {
    // "la ministre chargée de la Santé et de l'Accès aux soins, X": "et de" and "aux" go on
    // with the field; X is the object of "avec", not coordinated with the subject.
    check(
        "Emmanuel Macron s'est entretenu mardi avec la ministre chargée de la Santé et de l'Accès aux soins, Catherine Vautrin.",
        "2025-04-09",
        "Meeting 2025-04-08 [Catherine Vautrin, Emmanuel Macron] Occurred",
    );
}

#[test]
fn a_ministry_before_the_object_is_a_venue() {
    // "au ministère l'ambassadeur …": the place phrase ends before the object's phrase.
    check(
        "Sergueï Lavrov a reçu mardi au ministère l'ambassadeur de Chine et doyen du corps diplomatique, Zhang Hanhui.",
        "2025-04-09",
        "Meeting 2025-04-08 [Sergueï Lavrov, Zhang Hanhui] Occurred",
    );
}

#[test]
fn a_participle_after_a_noun_takes_no_subject_from_the_sentence() {
    // "un communiqué signé par son conseiller X": the communiqué is what is signed; the
    // sentence's subject signed nothing with X. "a pour sa part rencontré" still links it.
    check(
        "Le président Bola Tinubu a salué un partenaire fiable, selon un communiqué signé par son conseiller spécial, Bayo Onanuga.",
        "2025-05-14",
        "",
    );
    check(
        "Le secrétaire général Alain Berset a pour sa part rencontré Ignazio Cassis jeudi.",
        "2025-12-06",
        "Meeting 2025-12-04 [Alain Berset, Ignazio Cassis] Occurred",
    );
}

#[test]
fn the_two_heads_of_state_are_the_two_presidents_not_a_vice_president() {
    // "les deux chefs d'État" are the two people the article calls "président"; the
    // "vice-président" who welcomed one of them at the airport is not one.
    check(
        "Le président ghanéen John Mahama a été accueilli à l'aéroport par le vice-président nigérian, Kashim Shettima. \
         Le président Bola Tinubu a salué un ami de longue date. \
         Les deux chefs d'État doivent se retrouver le 28 mai à Lagos.",
        "2025-05-14",
        "Meeting 2025-05-14 [John Mahama, Kashim Shettima] Occurred\nMeeting 2025-05-28 [Bola Tinubu, John Mahama] @Lagos Planned",
    );
}

#[test]
fn a_journey_whose_purpose_is_done_with_someone_is_a_meeting() {
    // "est attendu à Abuja … pour en finaliser l'organisation avec M. Tuggar": the traveller
    // meets the one the purpose names; a journey "avec" someone without a purpose is only
    // travel with a companion, and a denied journey stays out.
    check(
        "Le président de la Commission de la CEDEAO, Omar Alieu Touray, est attendu à Abuja dès la semaine prochaine pour en finaliser l'organisation avec le ministre Yusuf Tuggar.",
        "2025-05-14",
        "Meeting 2025-05 [Omar Alieu Touray, Yusuf Tuggar] @Abuja Planned",
    );
    check(
        "Le président Omar Alieu Touray est arrivé mardi à Abuja avec le ministre Yusuf Tuggar.",
        "2025-05-14",
        "",
    );
    check(
        "Le président Omar Alieu Touray n'est pas attendu à Abuja pour en finaliser l'organisation avec le ministre Yusuf Tuggar.",
        "2025-05-14",
        "",
    );
}

#[test]
fn a_meeting_in_the_purpose_of_a_denied_journey_is_no_event() {
    // "n'est pas attendu à Berlin pour préparer le sommet avec X": the summit the journey
    // would prepare is no more certain than the journey; the journey told as planned keeps
    // it.
    check(
        "Le président Emmanuel Macron n'est pas attendu à Berlin pour préparer le sommet avec le chancelier Friedrich Merz, a indiqué l'Élysée.",
        "2025-05-14",
        "",
    );
    check(
        "Le président Emmanuel Macron pourrait se rendre à Berlin pour une rencontre avec le chancelier Friedrich Merz.",
        "2025-05-14",
        "",
    );
    check(
        "Le président Emmanuel Macron est attendu jeudi à Berlin pour une rencontre avec le chancelier Friedrich Merz.",
        "2025-05-14",
        "Meeting 2025-05-15 [Emmanuel Macron, Friedrich Merz] @Berlin Planned",
    );
}

#[test]
fn a_meeting_in_a_que_clause_of_a_denied_or_supposed_plan_is_no_event() {
    // "Il n'est pas prévu qu'il rencontre X": the clause that governs the "que" denies the
    // meeting; "il n'est pas exclu que" only supposes it. A "que" clause under a plain verb
    // of saying still tells one.
    check(
        "Le président Emmanuel Macron est arrivé à Berlin. Il n'est pas prévu qu'il rencontre le chancelier Friedrich Merz lors de cette visite, a confirmé son entourage.",
        "2025-05-14",
        "",
    );
    check(
        "Le président Emmanuel Macron est arrivé à Berlin. Il n'est pas exclu qu'il rencontre le chancelier Friedrich Merz jeudi.",
        "2025-05-14",
        "",
    );
    check(
        "Le président Emmanuel Macron est arrivé à Berlin. L'Élysée a indiqué qu'il rencontrera le chancelier Friedrich Merz jeudi.",
        "2025-05-14",
        "Meeting 2025-05-15 [Emmanuel Macron, Friedrich Merz] Planned",
    );
}

#[test]
fn the_eve_without_a_complement_only_dates_the_verb() {
    // "s'était entretenu la veille avec X": "la veille" is an adverb of time, not a phrase
    // about another event ("la veille de la visite" is one).
    check(
        "Le président Xi Jinping s'était entretenu la veille avec le président Kassym-Jomart Tokaïev au palais Akorda.",
        "2025-06-18",
        "Meeting 2025-06-17 [Kassym-Jomart Tokaïev, Xi Jinping] @palais Akorda Occurred",
    );
}

#[test]
fn to_see_someone_again_is_to_meet_him() {
    // "doit revoir son homologue Y" without "se"; a plan to revise something is no meeting.
    check(
        "Le ministre grec Giorgos Gerapetritis doit revoir son homologue Hakan Fidan avant l'été.",
        "2025-06-18",
        "Meeting [Giorgos Gerapetritis, Hakan Fidan] Planned",
    );
    check(
        "Le ministre grec Giorgos Gerapetritis doit revoir sa copie avant l'été.",
        "2025-06-18",
        "",
    );
}

#[test]
fn the_afternoon_is_no_phrase_about_another_time() {
    // "après" in "mardi après-midi" is part of a word, not the preposition of a phrase about
    // another time that would hide the one called.
    check(
        "Le Premier ministre slovaque Robert Fico a téléphoné mardi après-midi à Andrej Babiš pour le féliciter, a rapporté l'agence ČTK.",
        "2025-12-09",
        "Call 2025-12-09 [Andrej Babiš, Robert Fico] Occurred",
    );
}

#[test]
fn the_people_a_meeting_gathered_are_its_participants() {
    // "La réunion … a rassemblé X, Y et Z": the verb names the gathering's people; a crowd
    // without names makes no event.
    check(
        "La réunion, qui s'est tenue jeudi à Buenos Aires, a rassemblé les gouverneurs Martín Llaryora et Maximiliano Pullaro, aux côtés du ministre Luis Caputo.",
        "2025-11-01",
        "Meeting 2025-10-30 [Luis Caputo, Martín Llaryora, Maximiliano Pullaro] @Buenos Aires Occurred",
    );
    check(
        "La manifestation a rassemblé jeudi des milliers de personnes à Buenos Aires.",
        "2025-11-01",
        "",
    );
}

#[test]
fn a_future_title_stands_for_the_person_the_article_shows_appointed() {
    check(
        "Karel Dvořák a été élu lundi Premier ministre slovaque. Le président Peter Pellegrini recevra le futur Premier ministre jeudi à Bratislava.",
        "2025-07-01",
        "Meeting 2025-07-03 [Karel Dvořák, Peter Pellegrini] @Bratislava Planned",
    );
}

#[test]
fn a_new_title_stands_for_the_successor_of_its_holder() {
    check(
        "Le gouvernement a annoncé la démission du ministre de l'Intérieur Paul Lefort. Jacques Durand remplace Paul Lefort. Le nouveau ministre de l'Intérieur doit rencontrer mardi Emmanuel Macron à Paris.",
        "2025-07-02",
        "Meeting 2025-07-08 [Emmanuel Macron, Jacques Durand] @Paris Planned",
    );
}

#[test]
fn a_style_of_address_does_not_end_the_phrase_of_a_partner() {
    // "Sa Majesté", like "M.", stands before the title: "avec" governs the emperor.
    let ex = extract(
        "Hier, le président mongol Khurelsukh Ukhnaa a tenu des pourparlers officiels avec Sa \
         Majesté l'Empereur du Japon Naruhito.",
        "2025-07-08",
    );
    assert_eq!(
        render(&ex),
        "Meeting 2025-07-07 [Khurelsukh Ukhnaa, Naruhito] Occurred"
    );
}

#[test]
fn a_handover_of_power_is_a_meeting_of_the_two_holders() {
    check(
        "La Première ministre sortante Élisabeth Borne a procédé mardi à la passation des pouvoirs avec son successeur Gabriel Attal.",
        "2024-01-10",
        "Meeting 2024-01-09 [Gabriel Attal, Élisabeth Borne] Occurred",
    );
}

#[test]
fn an_adverb_between_auxiliary_and_participle_keeps_the_object_pronoun() {
    check(
        "Le chef de la diplomatie Jean-Noël Barrot est arrivé mardi à Rabat. Le roi Mohammed VI l'a ensuite reçu au palais royal.",
        "2025-06-18",
        "Meeting 2025-06-17 [Jean-Noël Barrot, Mohammed VI] @palais royal @Rabat Occurred",
    );
}

#[test]
fn lui_aussi_after_the_subject_is_no_object_pronoun() {
    check(
        "Le président Emmanuel Macron a rencontré mardi Olaf Scholz à Berlin. Le Premier ministre Keir Starmer est lui aussi attendu à Berlin, où il doit rencontrer Olaf Scholz jeudi.",
        "2025-06-18",
        "Meeting 2025-06-17 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred\nMeeting 2025-06-19 [Keir Starmer, Olaf Scholz] @Berlin Planned",
    );
}

#[test]
fn the_date_of_an_apposition_does_not_date_the_event() {
    check(
        "Le Premier ministre Paul Mbala a prêté serment vendredi. La présidente Samia Suluhu Hassan, réélue en mai lors d'un scrutin contesté, l'a ensuite reçu en audience.",
        "2025-06-21",
        "Meeting 2025-06-20 [Paul Mbala, Samia Suluhu Hassan] Occurred",
    );
}

#[test]
fn a_pair_of_subjects_beside_a_visit_is_the_pair_in_focus() {
    check(
        "Le président sénégalais Bassirou Diomaye Faye et son homologue ghanéen John Mahama ont fixé lundi à Accra un objectif commercial, au premier jour d'une visite de trois jours. Les deux dirigeants se sont entretenus pendant une heure.",
        "2025-06-03",
        "Meeting 2025-06-02 [Bassirou Diomaye Faye, John Mahama] PT1H exactly Occurred",
    );
}

#[test]
fn a_comma_after_a_named_complement_closes_it() {
    check(
        "Le chancelier Friedrich Merz a achevé mardi une tournée en Asie où il a tenu lundi un sommet avec le Premier ministre Shigeru Ishiba, les deux dirigeants s'accordant sur un partenariat.",
        "2025-06-03",
        "Meeting 2025-06-02 [Friedrich Merz, Shigeru Ishiba] @Asie Occurred",
    );
}

#[test]
fn a_journey_together_of_a_pair_that_met_is_a_meeting() {
    check(
        "Emmanuel Macron a reçu lundi Lula da Silva à l'Élysée. Mardi, M. Macron doit se rendre avec M. Lula à Marseille.",
        "2025-06-02",
        "Meeting 2025-06-02 [Emmanuel Macron, Lula da Silva] @Élysée Occurred\nMeeting 2025-06-03 [Emmanuel Macron, Lula da Silva] @Marseille Planned",
    );
    // A traveller's minister is no pair the article told meeting.
    check(
        "Emmanuel Macron a reçu lundi Lula da Silva à l'Élysée. Mardi, M. Macron doit se rendre avec Jean-Noël Barrot à Marseille.",
        "2025-06-02",
        "Meeting 2025-06-02 [Emmanuel Macron, Lula da Silva] @Élysée Occurred",
    );
}

#[test]
fn a_circumstance_closes_what_two_speakers_announce() {
    check(
        "La présidente péruvienne Dina Boluarte et le président chilien Gabriel Boric ont annoncé mardi un plan commun à l'issue d'un entretien de trois heures à Lima.",
        "2025-06-04",
        "Meeting 2025-06-03 [Dina Boluarte, Gabriel Boric] @Lima PT3H exactly Occurred",
    );
}

#[test]
fn a_length_of_time_between_a_verb_and_its_guests() {
    check(
        "Dans la soirée, le président Emmanuel Macron a reçu pendant une heure Friedrich Merz et Keir Starmer.",
        "2025-06-04",
        "Meeting 2025-06-04 [Emmanuel Macron, Friedrich Merz, Keir Starmer] PT1H exactly Occurred",
    );
}
