//! Tests of the attributes of meetings and calls (date, place, duration, status as a date
//! question), through the whole pipeline. The participants are tested in `tests.rs`.

use chrono::NaiveDate;

use crate::extract::{EventKind, Extraction, Extractor, Status};
use crate::reference::Reference;
use crate::text::normalise;

const BASE: &str = "https://w3id.org/newsgraph/id/";

fn extract(text: &str, published: &str) -> Extraction {
    let (doc, _) = normalise(text);
    let reference = Reference::bundled(BASE).expect("the bundled reference data parses");
    let date = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("a test date");
    Extractor::new(&reference).extract(&doc, Some(date))
}

/// One line per event: "Meeting 2025-04-25 [A, B] @Moscou PT3H exactly Occurred".
fn render(ex: &Extraction) -> String {
    ex.events
        .iter()
        .map(|e| {
            let mut people: Vec<&str> = e
                .participants
                .iter()
                .map(|&p| ex.entities[p].label.as_str())
                .collect();
            people.sort_unstable();
            let mut out = match e.kind {
                EventKind::Meeting => "Meeting".to_string(),
                EventKind::Call => "Call".to_string(),
            };
            if let Some(date) = e.date {
                out.push(' ');
                out.push_str(&date.xsd().0);
            }
            out.push_str(&format!(" [{}]", people.join(", ")));
            for place in [e.place, e.town].into_iter().flatten() {
                out.push_str(&format!(" @{}", ex.entities[place].label));
            }
            if let Some((iso, q)) = &e.duration {
                out.push_str(&format!(" {iso} {}", q.as_str()));
            }
            out.push_str(match e.status {
                Status::Occurred => " Occurred",
                Status::Planned => " Planned",
            });
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(text: &str, published: &str, expected: &str) {
    let ex = extract(text, published);
    assert_eq!(render(&ex), expected, "\n{text}");
}

// Dates.

#[test]
fn a_noun_that_refers_back_does_not_take_the_day_of_a_participle_after_it() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mercredi à Moscou. \
         L'entretien, qui a duré deux heures, a porté sur le plan présenté le 3 juillet.",
        "2025-08-08",
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] @Moscou PT2H exactly Occurred",
    );
}

#[test]
fn a_noun_that_refers_back_as_an_object_does_not_take_the_verbs_day() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff à Moscou. Le Kremlin avait préparé la visite jeudi.",
        "2025-08-09",
        "Meeting 2025-08-09 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred",
    );
}

#[test]
fn a_day_before_a_noun_that_refers_back_is_the_verbs() {
    check(
        "Emmanuel Macron va rencontrer Friedrich Merz à Berlin la semaine prochaine pour \
         poursuivre les discussions.",
        "2025-08-06",
        "Meeting 2025-08 [Emmanuel Macron, Friedrich Merz] @Berlin Planned",
    );
}

#[test]
fn an_infinitive_after_a_future_auxiliary_reads_its_weekday_forward() {
    check(
        "Vladimir Poutine, qui s'était entretenu dimanche avec Donald Trump, doit rencontrer \
         jeudi Steve Witkoff.",
        "2025-08-06",
        "Meeting 2025-08-03 [Donald Trump, Vladimir Poutine] Occurred\n\
         Meeting 2025-08-07 [Steve Witkoff, Vladimir Poutine] Planned",
    );
}

#[test]
fn the_eve_of_an_event_named_paragraphs_later_is_the_eve_of_the_storys_day() {
    check(
        "Vladimir Poutine a reçu Steve Witkoff mercredi à Moscou.\n\n\
         Le Kremlin a publié un communiqué.\n\n\
         Les deux pays ont des différends.\n\n\
         La veille de la visite, Vladimir Poutine et Donald Trump s'étaient entretenus par \
         téléphone.",
        "2025-08-07",
        "Meeting 2025-08-06 [Steve Witkoff, Vladimir Poutine] @Moscou Occurred\n\
         Call 2025-08-05 [Donald Trump, Vladimir Poutine] Occurred",
    );
}

// Places.

#[test]
fn a_building_named_after_its_town_is_in_that_town() {
    check(
        "Emmanuel Macron est arrivé lundi à Lima. Il a été reçu mardi au Palais du \
         gouvernement de Lima par Dina Boluarte.",
        "2025-08-06",
        "Meeting 2025-08-05 [Dina Boluarte, Emmanuel Macron] @Palais du gouvernement \
         @Lima Occurred",
    );
}

#[test]
fn a_building_whose_name_opens_with_an_adjective_is_in_the_town_named_beside_it() {
    check(
        "Le président colombien Gustavo Petro a été reçu mercredi par Xi Jinping au Grand \
         Palais du Peuple, à Pékin, pour un entretien.",
        "2025-05-14",
        "Meeting 2025-05-14 [Gustavo Petro, Xi Jinping] @Grand Palais du Peuple @Pékin Occurred",
    );
}

#[test]
fn a_relative_clause_about_the_noun_places_it_and_the_town_of_the_report_stays() {
    check(
        "Le Premier ministre libanais Nawaf Salam s'est rendu lundi à Damas pour rencontrer \
         le président syrien Ahmad el-Chareh.\n\nL'entretien, qui a duré environ deux heures \
         au palais du Peuple, a réuni autour des deux hommes une partie de leurs \
         gouvernements.",
        "2025-04-15",
        "Meeting 2025-04-14 [Ahmad el-Chareh, Nawaf Salam] @palais du Peuple @Damas PT2H about \
         Occurred",
    );
}

#[test]
fn a_capital_named_in_apposition_places_the_meeting() {
    check(
        "Les discussions indirectes entre Abbas Araqchi et Steve Witkoff ont duré plus de \
         deux heures samedi dans la capitale Muscat.",
        "2025-04-13",
        "Meeting 2025-04-12 [Abbas Araqchi, Steve Witkoff] @Muscat PT2H atLeast Occurred",
    );
}

#[test]
fn an_adverb_after_an_auxiliary_does_not_cut_the_clause_from_its_tense() {
    check(
        "Le chancelier Friedrich Merz s'est toutefois entretenu par téléphone mardi avec \
         Giorgia Meloni.",
        "2025-07-10",
        "Call 2025-07-08 [Friedrich Merz, Giorgia Meloni] Occurred",
    );
}

#[test]
fn a_journey_of_another_day_told_later_does_not_date_an_earlier_meeting() {
    check(
        "Antony Blinken a rencontré Olaf Scholz à Berlin.\n\n\
         La veille, un accord commercial avait été annoncé.\n\n\
         Après Berlin, Antony Blinken s'est rendu vendredi à Varsovie.",
        "2025-03-06",
        "Meeting 2025-03-06 [Antony Blinken, Olaf Scholz] @Berlin Occurred",
    );
}

#[test]
fn the_first_of_a_series_is_not_the_second() {
    check(
        "Le deuxième sommet Europe-Afrique s'est tenu mardi à Rome. Il a réuni le président \
         kényan William Ruto et le président nigérian Bola Tinubu.\n\n\
         Le premier sommet Europe-Afrique s'était tenu en mars 2022 à Lisbonne.",
        "2025-06-12",
        "Meeting 2025-06-10 [Bola Tinubu, William Ruto] @Rome Occurred\n\
         Meeting 2022-03 [Bola Tinubu, William Ruto] @Lisbonne Occurred",
    );
}

#[test]
fn a_building_and_the_country_given_for_want_of_a_town() {
    check(
        "Le pape Léon XIV a reçu jeudi le président argentin Javier Milei dans la basilique \
         Saint-Jean-de-Latran, au Vatican.",
        "2025-06-07",
        "Meeting 2025-06-05 [Javier Milei, Léon XIV] @basilique Saint-Jean-de-Latran @Vatican \
         Occurred",
    );
}

#[test]
fn a_place_before_a_noun_that_refers_back_is_the_verbs() {
    check(
        "Recep Tayyip Erdoğan a rencontré Ilham Aliyev le 4 juillet à Khankendi en marge du \
         sommet de l'Organisation de coopération économique.",
        "2025-07-11",
        "Meeting 2025-07-04 [Ilham Aliyev, Recep Tayyip Erdoğan] @Khankendi Occurred",
    );
}

#[test]
fn a_noun_subject_of_the_trigger_verb_gives_its_place_and_day() {
    check(
        "Les négociations de mercredi à Genève ont réuni Steve Witkoff et Sergueï Lavrov.",
        "2025-06-13",
        "Meeting 2025-06-11 [Sergueï Lavrov, Steve Witkoff] @Genève Occurred",
    );
}

#[test]
fn a_dateline_yields_to_the_town_where_the_meetings_people_were_that_day() {
    check(
        "BEYROUTH – Le Premier ministre Nawaf Salam a rencontré lundi à Damas le président \
         Ahmad el-Chareh, avec le ministre Youssef Raggi.\n\n\
         En parallèle, Youssef Raggi a eu des discussions avec son homologue Assaad al-Chaibani.",
        "2025-04-15",
        "Meeting 2025-04-14 [Ahmad el-Chareh, Nawaf Salam, Youssef Raggi] @Damas Occurred\n\
         Meeting 2025-04-14 [Assaad al-Chaibani, Youssef Raggi] @Damas Occurred",
    );
}

#[test]
fn a_meeting_in_the_past_perfect_is_in_the_town_of_its_people_that_day() {
    check(
        "Le prince Khalid ben Salmane a été reçu jeudi à Téhéran par Ali Khamenei.\n\n\
         Le ministre a salué des relations « en progrès ».\n\n\
         Plus tôt dans la journée, Khalid ben Salmane avait eu des entretiens avec le général \
         Mohammad Bagheri.",
        "2025-04-18",
        "Meeting 2025-04-17 [Ali Khamenei, Khalid ben Salmane] @Téhéran Occurred\n\
         Meeting 2025-04-17 [Khalid ben Salmane, Mohammad Bagheri] @Téhéran Occurred",
    );
}

#[test]
fn the_leads_day_dates_a_later_meeting_told_without_one() {
    check(
        "Le Mauritanien Sidi Ould Tah a pris lundi ses fonctions de président de la Banque \
         africaine de développement lors d'une cérémonie à Abidjan.\n\n\
         Quelques heures plus tard, M. Ould Tah a été reçu au palais présidentiel du Plateau par \
         le président ivoirien Alassane Ouattara.",
        "2025-09-02",
        "Meeting 2025-09-01 [Alassane Ouattara, Sidi Ould Tah] @palais présidentiel du Plateau \
         Occurred",
    );
}

#[test]
fn a_noun_with_its_own_day_paragraphs_later_is_another_event() {
    check(
        "Xi Jinping a reçu le président Kassym-Jomart Tokaïev à Astana.\n\n\
         Les dirigeants ont adopté une déclaration commune.\n\n\
         Le texte prévoit un traité de bon voisinage.\n\n\
         La rencontre du 19 mai 2023, à Xi'an, avait porté sur le commerce.",
        "2025-06-18",
        "Meeting 2025-06-18 [Kassym-Jomart Tokaïev, Xi Jinping] @Astana \
         Occurred",
    );
}

#[test]
fn a_day_in_an_apposition_about_a_person_does_not_date_the_meeting() {
    check(
        "Le président Michaël Randrianirina a reçu mercredi le commissaire Bankole Adeoye. \
         L'entretien s'est déroulé pendant plus de deux heures, en présence du Premier \
         ministre Herintsalama Rajaonarivelo, nommé lundi.",
        "2025-10-23",
        "Meeting 2025-10-22 [Bankole Adeoye, Herintsalama Rajaonarivelo, Michaël Randrianirina] \
         PT2H atLeast Occurred",
    );
}

#[test]
fn a_short_relative_with_que_keeps_the_pair_the_subject_of_its_verb() {
    check(
        "José Antonio Kast a été reçu lundi au palais de La Moneda par Gabriel Boric. \
         Les deux hommes, que tout oppose, se sont entretenus pendant une heure.",
        "2025-12-16",
        "Meeting 2025-12-15 [Gabriel Boric, José Antonio Kast] @palais de La Moneda PT1H \
         exactly Occurred",
    );
}

#[test]
fn a_building_named_after_a_room_one_meets_in_places_the_meeting() {
    check(
        "Mardi, c'est dans les salons feutrés du palais présidentiel de Zorbaq que Paul \
         Dumont a serré la main de Jean Martin.",
        "2025-06-18",
        "Meeting 2025-06-17 [Jean Martin, Paul Dumont] @palais présidentiel de Zorbaq Occurred",
    );
}

#[test]
fn y_before_the_trigger_is_the_place_named_before_it() {
    check(
        "Mardi, le formateur Paul Dumont s'est rendu au Palais royal pour y être reçu par le \
         roi Philippe.",
        "2025-06-18",
        "Meeting 2025-06-17 [Paul Dumont, Philippe] @Palais royal Occurred",
    );
}

#[test]
fn a_castle_is_a_building_one_meets_in() {
    check(
        "Le président Petr Pavel a reçu vendredi Andrej Babiš au château de Lány.",
        "2025-12-09",
        "Meeting 2025-12-05 [Andrej Babiš, Petr Pavel] @château de Lány Occurred",
    );
}

#[test]
fn a_number_of_days_ago_dates_the_meeting() {
    check(
        "Emmanuel Macron a rencontré Olaf Scholz il y a trois jours à Berlin.",
        "2025-06-18",
        "Meeting 2025-06-15 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred",
    );
    // A few days ago: one of the six days before the news, which gives their month.
    check(
        "Emmanuel Macron a rencontré Olaf Scholz il y a quelques jours à Berlin.",
        "2025-10-02",
        "Meeting 2025-09 [Emmanuel Macron, Olaf Scholz] @Berlin Occurred",
    );
}

#[test]
fn a_date_right_after_depuis_ends_its_phrase() {
    check(
        "Le cessez-le-feu en vigueur depuis vendredi découle de l'accord conclu la semaine \
         dernière à Charm el-Cheikh, à l'issue de pourparlers indirects auxquels \
         participaient notamment les émissaires américains Steve Witkoff et Jared Kushner et le \
         chef de la délégation du Hamas, Khalil Al-Hayya.",
        "2025-10-14",
        "Meeting 2025-10 [Jared Kushner, Khalil Al-Hayya, Steve Witkoff] @Charm el-Cheikh \
         Occurred",
    );
}

#[test]
fn a_noun_that_refers_back_paragraphs_away_does_not_move_the_meeting() {
    check(
        "Les textes ont été signés début décembre dans la capitale américaine par Félix \
         Tshisekedi et Paul Kagame, en présence de Donald Trump.\n\nLe Conseil a discuté.\n\n\
         Le Conseil a tenu une réunion.\n\nFu Cong a appelé les parties à revenir à la table \
         des négociations de Doha.",
        "2025-12-13",
        "Meeting 2025-12 [Donald Trump, Félix Tshisekedi, Paul Kagame] @Washington Occurred",
    );
}

#[test]
fn a_presidential_complex_is_a_building_one_meets_in() {
    check(
        "Kyriakos Mitsotakis et Recep Tayyip Erdogan se sont entretenus lundi au complexe \
         présidentiel de Beştepe.",
        "2024-05-14",
        "Meeting 2024-05-13 [Kyriakos Mitsotakis, Recep Tayyip Erdogan] @complexe présidentiel \
         de Beştepe Occurred",
    );
}

#[test]
fn a_relative_clause_after_an_adjective_of_the_noun_places_it() {
    check(
        "Muhammad Yunus a rencontré Narendra Modi vendredi. L'entretien bilatéral, qui a duré \
         une quarantaine de minutes à l'hôtel Shangri-La, a été qualifié de constructif.",
        "2025-06-18",
        "Meeting 2025-06-13 [Muhammad Yunus, Narendra Modi] @hôtel Shangri-La Occurred",
    );
}

// Durations of a stay.

#[test]
fn a_meeting_during_a_visit_of_days_takes_the_hours_of_its_talks() {
    check(
        "La ministre suédoise Ulla Berg a rencontré jeudi à Oslo le Premier ministre norvégien \
         Jonas Gahr Støre, au deuxième jour d'une visite de trois jours. Les deux dirigeants se \
         sont entretenus pendant près de deux heures dans les locaux du gouvernement.",
        "2025-04-04",
        "Meeting 2025-04-03 [Jonas Gahr Støre, Ulla Berg] @Oslo PT2H about Occurred",
    );
}

#[test]
fn a_meeting_in_the_frame_of_a_state_visit_does_not_last_its_days() {
    check(
        "La présidente Ulla Berg a été reçue mardi par le Premier ministre Jonas Gahr Støre à \
         Oslo, dans le cadre d'une visite d'État de deux jours.",
        "2025-04-04",
        "Meeting 2025-04-01 [Jonas Gahr Støre, Ulla Berg] @Oslo Occurred",
    );
}

#[test]
fn a_summit_keeps_its_own_days() {
    check(
        "Ulla Berg et Jonas Gahr Støre se sont retrouvés lundi à Oslo pour un sommet de deux jours.",
        "2025-04-04",
        "Meeting 2025-03-31 [Jonas Gahr Støre, Ulla Berg] @Oslo P2D exactly Occurred",
    );
}
