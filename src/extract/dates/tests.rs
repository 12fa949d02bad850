//! Unit tests: one sentence each, written for these tests (not taken from articles).

use chrono::NaiveDate;

use super::tables::TABLES;
use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a test date is YYYY-MM-DD")
}

/// The dates of a sentence, as their xsd lexical forms joined by ", ".
fn dates(sentence: &str, published: Option<&str>, tense: Tense) -> String {
    let found = find_dates(sentence, 0, published.map(day), tense);
    let forms: Vec<String> = found.iter().map(|m| m.value.xsd().0).collect();
    forms.join(", ")
}

/// Checks the dates of a sentence read with its own tense.
fn check(sentence: &str, published: &str, expected: &str) {
    assert_eq!(
        dates(sentence, Some(published), tense(sentence)),
        expected,
        "{sentence}"
    );
}

/// Checks the dates of a sentence read with a given tense.
fn check_in(tense: Tense, sentence: &str, published: &str, expected: &str) {
    assert_eq!(
        dates(sentence, Some(published), tense),
        expected,
        "{sentence}"
    );
}

/// Checks the text a sentence's only date covers.
fn check_span(sentence: &str, published: &str, expected: &str) {
    let found = find_dates(sentence, 0, Some(day(published)), tense(sentence));
    let spans: Vec<&str> = found.iter().map(|m| &sentence[m.range.clone()]).collect();
    assert_eq!(spans, vec![expected], "{sentence}");
}

/// Checks the durations of a sentence, as "ISO qualifier" joined by ", ".
fn check_duration(sentence: &str, expected: &str) {
    let found = find_durations(sentence, 0);
    let forms: Vec<String> = found
        .iter()
        .map(|d| format!("{} {}", d.iso, d.qualifier.as_str()))
        .collect();
    assert_eq!(forms.join(", "), expected, "{sentence}");
}

fn check_duration_span(sentence: &str, expected: &str) {
    let found = find_durations(sentence, 0);
    let spans: Vec<&str> = found.iter().map(|d| &sentence[d.range.clone()]).collect();
    assert_eq!(spans, vec![expected], "{sentence}");
}

fn check_tense(sentence: &str, expected: Tense) {
    assert_eq!(tense(sentence), expected, "{sentence}");
}

// Tables.

#[test]
fn tables_load_without_errors() {
    assert_eq!(TABLES.errors, Vec::<String>::new());
    assert_eq!(TABLES.months.values().max(), Some(&12));
    assert_eq!(TABLES.weekdays.len(), 7);
    assert_eq!(TABLES.numbers.get("vingt quatre").map(|n| n.0), Some(24.0));
    assert_eq!(
        TABLES.numbers.get("quatre vingt dix neuf").map(|n| n.0),
        Some(99.0)
    );
}

#[test]
fn xsd_forms() {
    assert_eq!(
        DateValue::Day(day("2025-04-25")).xsd(),
        ("2025-04-25".into(), "date")
    );
    assert_eq!(
        DateValue::Month {
            year: 2022,
            month: 2
        }
        .xsd(),
        ("2022-02".into(), "gYearMonth")
    );
    assert_eq!(DateValue::Year(2024).xsd(), ("2024".into(), "gYear"));
    assert_eq!(Qualifier::AtLeast.as_str(), "atLeast");
}

// Absolute dates.

#[test]
fn day_month_year() {
    check(
        "Les délégués se sont retrouvés le 13 mars 2025 à Genève.",
        "2025-06-01",
        "2025-03-13",
    );
}

#[test]
fn day_month_year_after_le() {
    check(
        "Le texte a été paraphé le 25 avril 2025 par les deux camps.",
        "2025-06-01",
        "2025-04-25",
    );
}

#[test]
fn first_of_month() {
    check(
        "Les émissaires se sont revus le 1er décembre 2025 à Doha.",
        "2026-01-01",
        "2025-12-01",
    );
}

#[test]
fn first_of_month_without_year() {
    check(
        "La trêve est entrée en vigueur le 1er mai.",
        "2025-05-20",
        "2025-05-01",
    );
}

#[test]
fn numeric_day_first() {
    check(
        "Le communiqué daté du 13/03/2025 évoque une trêve.",
        "2025-06-01",
        "2025-03-13",
    );
}

#[test]
fn iso_date() {
    check(
        "Rendez-vous fixé au 2025-03-13, selon le document.",
        "2025-06-01",
        "2025-03-13",
    );
}

#[test]
fn month_and_year() {
    check(
        "L'armée est entrée dans le pays en février 2022.",
        "2026-01-21",
        "2022-02",
    );
}

#[test]
fn month_and_year_without_prefix() {
    check(
        "Les accords de février 2015 n'ont jamais été appliqués.",
        "2025-06-01",
        "2015-02",
    );
}

#[test]
fn year_needs_a_prefix() {
    check(
        "Le pays est sous sanctions depuis 2014 et en 2024 elles ont été durcies.",
        "2025-06-01",
        "2014, 2024",
    );
}

#[test]
fn numbers_are_not_years() {
    check(
        "Plus de 2000 soldats ont repris 1100 kilomètres carrés en 3 jours.",
        "2025-06-01",
        "",
    );
}

#[test]
fn start_middle_end_of_month() {
    check(
        "Les deux hommes s'étaient vus début décembre au Kremlin.",
        "2026-01-21",
        "2025-12",
    );
    check(
        "Un nouveau cycle de pourparlers aura lieu mi-janvier.",
        "2025-12-10",
        "2026-01",
    );
    check(
        "La médiation avait échoué fin mars 2024.",
        "2025-06-01",
        "2024-03",
    );
}

#[test]
fn a_part_of_a_month_is_that_month() {
    check(
        "La conférence se tiendra dans la seconde quinzaine de mars.",
        "2025-02-20",
        "2025-03",
    );
    check(
        "Les deux délégations se retrouveront la première semaine d'avril.",
        "2025-02-20",
        "2025-04",
    );
}

#[test]
fn some_month_prefixes_set_the_side_whatever_the_tense() {
    check(
        "Le président avait exigé un accord d'ici mai.",
        "2025-04-12",
        "2025-05",
    );
    check(
        "Les combats ont repris depuis mars.",
        "2025-02-12",
        "2024-03",
    );
}

#[test]
fn year_with_start_or_end() {
    check(
        "Un accord pourrait être conclu fin 2025.",
        "2025-06-01",
        "2025",
    );
}

#[test]
fn evening_of_a_day() {
    check(
        "L'entretien aura lieu dans la soirée du 13 mars.",
        "2025-03-13",
        "2025-03-13",
    );
    check(
        "Le soir du 13 mars 2025, les deux dirigeants se parleront.",
        "2025-03-01",
        "2025-03-13",
    );
}

#[test]
fn night_is_dated_by_its_first_day() {
    check(
        "Les frappes ont eu lieu dans la nuit du 12 au 13 mars.",
        "2025-03-14",
        "2025-03-12",
    );
    check_span(
        "Les frappes ont eu lieu dans la nuit du 12 au 13 mars.",
        "2025-03-14",
        "12 au 13 mars",
    );
}

#[test]
fn two_days_give_one_mention_for_the_first() {
    check_span(
        "Le forum se tiendra les 15 et 16 août à Vienne.",
        "2025-08-01",
        "15 et 16 août",
    );
    check(
        "Le forum se tiendra les 15 et 16 août à Vienne.",
        "2025-08-01",
        "2025-08-15",
    );
}

#[test]
fn range_across_two_months() {
    check(
        "La conférence s'est déroulée du 30 au 2 mai.",
        "2025-05-10",
        "2025-04-30",
    );
}

// A day and a month without a year: the tense picks the year.

#[test]
fn past_day_month_takes_the_latest_before() {
    check(
        "Il avait vu le président pour la dernière fois le 25 avril.",
        "2025-08-06",
        "2025-04-25",
    );
}

#[test]
fn past_day_month_across_new_year() {
    check(
        "Les deux hommes s'étaient parlé le 20 décembre.",
        "2026-01-10",
        "2025-12-20",
    );
}

#[test]
fn future_day_month_across_new_year() {
    check(
        "Le sommet se tiendra le 10 janvier à Genève.",
        "2025-12-20",
        "2026-01-10",
    );
}

#[test]
fn present_day_month_takes_the_nearest() {
    check_in(
        Tense::Present,
        "Le sommet du 2 janvier suscite des attentes.",
        "2025-12-30",
        "2026-01-02",
    );
}

#[test]
fn prochain_and_dernier_after_a_day_month() {
    check(
        "Il a précisé que le vote aura lieu le 10 mars prochain.",
        "2025-03-20",
        "2026-03-10",
    );
    check(
        "Le vote du 25 avril dernier a été annulé.",
        "2025-04-20",
        "2024-04-25",
    );
}

#[test]
fn ce_before_a_day_month_is_this_year() {
    check(
        "Le conseiller a reçu la presse ce 25 avril au Kremlin.",
        "2025-04-25",
        "2025-04-25",
    );
}

// Relative expressions.

#[test]
fn days_around_the_publication_date() {
    check_in(Tense::Present, "aujourd'hui", "2025-03-13", "2025-03-13");
    check_in(Tense::Present, "ce jour", "2025-03-13", "2025-03-13");
    check_in(Tense::Present, "Hier soir", "2025-03-13", "2025-03-12");
    check_in(Tense::Present, "avant-hier", "2025-03-13", "2025-03-11");
    check_in(Tense::Present, "demain", "2025-03-13", "2025-03-14");
    check_in(Tense::Present, "après-demain", "2025-03-13", "2025-03-15");
}

#[test]
fn morning_and_evening_of_the_publication_date() {
    check(
        "L'émissaire a été reçu ce matin au Kremlin.",
        "2025-08-06",
        "2025-08-06",
    );
    check(
        "Le président s'exprimera ce soir à la télévision.",
        "2025-08-06",
        "2025-08-06",
    );
}

#[test]
fn that_day_is_not_today() {
    check(
        "Ce jour-là, les deux hommes se sont serré la main.",
        "2025-08-06",
        "",
    );
}

#[test]
fn weeks_give_their_month_when_they_fit_in_one_or_mostly() {
    check(
        "Les pourparlers reprennent cette semaine.",
        "2025-03-12",
        "2025-03",
    );
    check(
        "Il s'était rendu à Washington la semaine dernière.",
        "2025-04-12",
        "2025-04",
    );
    check(
        "Le ministre est attendu à Dakar la semaine prochaine.",
        "2025-05-23",
        "2025-05",
    );
    check("Les combats ont repris cette semaine.", "2025-04-02", "");
    check(
        "Dans la semaine, le président s'était entretenu avec son homologue.",
        "2025-03-14",
        "2025-03",
    );
    check(
        "Une délégation est attendue la semaine prochaine.",
        "2025-03-12",
        "2025-03",
    );
}

#[test]
fn months_and_years_around_the_publication_date() {
    check(
        "Les deux camps se sont parlé le mois dernier.",
        "2025-01-15",
        "2024-12",
    );
    check(
        "Un sommet est envisagé le mois prochain.",
        "2025-12-15",
        "2026-01",
    );
    check(
        "La visite de l'an dernier avait été discrète.",
        "2025-06-01",
        "2024",
    );
    check(
        "L'année dernière, la trêve avait échoué.",
        "2025-06-01",
        "2024",
    );
}

#[test]
fn la_veille_counts_from_the_previous_date_or_the_publication() {
    check(
        "La veille, l'émissaire avait atterri à Moscou.",
        "2025-04-25",
        "2025-04-24",
    );
    check(
        "Le sommet s'est ouvert le 22 avril et, la veille, les ministres s'étaient vus.",
        "2025-05-01",
        "2025-04-22, 2025-04-21",
    );
}

#[test]
fn le_lendemain_needs_a_previous_date() {
    check(
        "Il est arrivé le 22 avril 2025 et reparti le lendemain.",
        "2025-05-01",
        "2025-04-22, 2025-04-23",
    );
    check(
        "Dès le lendemain, la presse avait avancé la date.",
        "2025-04-25",
        "",
    );
}

#[test]
fn la_veille_of_an_event_is_left_out() {
    check(
        "La veille du sommet, les ministres se sont réunis.",
        "2025-04-25",
        "",
    );
}

// Weekdays.

#[test]
fn future_weekday_is_the_next_one() {
    check(
        "Le président doit recevoir jeudi l'envoyé américain.",
        "2026-01-21",
        "2026-01-22",
    );
}

#[test]
fn past_weekday_is_the_last_one() {
    check(
        "L'envoyé a quitté la Russie vendredi dans le plus grand secret.",
        "2025-04-12",
        "2025-04-11",
    );
}

#[test]
fn past_weekday_of_the_publication_day_is_that_day() {
    check(
        "L'émissaire est arrivé à Moscou dans la journée de mercredi.",
        "2025-08-06",
        "2025-08-06",
    );
}

#[test]
fn future_weekday_of_the_publication_day_is_that_day() {
    check(
        "Le président appellera son homologue jeudi.",
        "2025-03-13",
        "2025-03-13",
    );
}

#[test]
fn present_weekday_looks_back() {
    check(
        "Le Kremlin confirme mardi la tenue des pourparlers.",
        "2025-03-13",
        "2025-03-11",
    );
    check(
        "Le Kremlin confirme jeudi la tenue des pourparlers.",
        "2025-03-13",
        "2025-03-13",
    );
}

#[test]
fn dernier_and_prochain_move_a_week() {
    check(
        "Les deux ministres se sont parlé jeudi dernier.",
        "2025-03-13",
        "2025-03-06",
    );
    check(
        "Les deux ministres se parleront jeudi prochain.",
        "2025-03-13",
        "2025-03-20",
    );
}

#[test]
fn ce_weekday_in_the_present_takes_the_nearer_side() {
    check(
        "Le président reçoit ce jeudi son homologue.",
        "2025-03-11",
        "2025-03-13",
    );
    check(
        "Le président reçoit ce lundi son homologue.",
        "2025-03-13",
        "2025-03-10",
    );
}

#[test]
fn weekday_with_time_of_day() {
    check(
        "Le chef du Kremlin a reçu mardi soir les deux émissaires.",
        "2025-12-03",
        "2025-12-02",
    );
}

#[test]
fn explicit_date_wins_over_weekday() {
    check_span(
        "Le sommet s'est ouvert lundi 17 mars à Riyad.",
        "2025-03-20",
        "lundi 17 mars",
    );
    check(
        "Le sommet s'est ouvert lundi 17 mars à Riyad.",
        "2025-03-20",
        "2025-03-17",
    );
}

#[test]
fn weekday_picks_the_year_of_a_day_month() {
    // 17 March is a Monday in 2025, a Tuesday in 2026: the weekday outweighs the tense.
    check_in(Tense::Future, "lundi 17 mars", "2026-01-05", "2025-03-17");
}

// Without a publication date, and byte ranges.

#[test]
fn without_anchor_only_absolute_dates_come_out() {
    let sentence = "Hier, jeudi, il a évoqué le 13 mars 2025, le 25 avril et la mi-janvier.";
    assert_eq!(dates(sentence, None, Tense::Past), "2025-03-13");
}

#[test]
fn without_anchor_le_lendemain_of_an_absolute_date_comes_out() {
    let sentence = "Il est arrivé le 22 avril 2025 et reparti le lendemain.";
    assert_eq!(dates(sentence, None, Tense::Past), "2025-04-22, 2025-04-23");
    let found = find_dates(sentence, 0, None, Tense::Past);
    assert!(found.iter().all(|m| !m.relative));
}

#[test]
fn relative_flag() {
    let found = find_dates(
        "Le 3 mars 2025 puis jeudi.",
        0,
        Some(day("2025-03-13")),
        Tense::Past,
    );
    let flags: Vec<bool> = found.iter().map(|m| m.relative).collect();
    assert_eq!(flags, vec![false, true]);
}

#[test]
fn byte_ranges_point_into_the_text_plus_offset() {
    let sentence = "Réunis à Genève, les délégués ont signé le 1er décembre 2025 à l'aube.";
    check_span(sentence, "2026-01-01", "1er décembre 2025");
    let shifted = find_dates(sentence, 100, None, Tense::Past);
    let unshifted = find_dates(sentence, 0, None, Tense::Past);
    assert_eq!(shifted[0].range.start, unshifted[0].range.start + 100);
    assert_eq!(shifted[0].range.end, unshifted[0].range.end + 100);
}

#[test]
fn prefixes_and_modifiers_are_in_the_range() {
    check_span(
        "Les pourparlers reprendront mi-janvier.",
        "2025-12-10",
        "mi-janvier",
    );
    check_span(
        "Le sommet s'est tenu en février 2022.",
        "2025-12-10",
        "en février 2022",
    );
    check_span(
        "Ils se sont parlé jeudi dernier.",
        "2025-03-13",
        "jeudi dernier",
    );
}

#[test]
fn accents_case_and_abbreviations() {
    check("Signé le 3 FÉVRIER 2025.", "2025-06-01", "2025-02-03");
    check("Signé le 3 fevrier 2025.", "2025-06-01", "2025-02-03");
    check("Signé le 3 févr. 2025.", "2025-06-01", "2025-02-03");
    check("Signé le 15 AOUT 2025.", "2025-09-01", "2025-08-15");
}

#[test]
fn not_dates() {
    check(
        "Une trêve de 30 jours pour le 80e anniversaire de la victoire.",
        "2025-05-01",
        "",
    );
    check("Il a neigé depuis sept ans sur Mars.", "2025-05-01", "");
}

#[test]
fn clock_times_add_nothing() {
    check(
        "Le vote aura lieu le 13 mars 2025 à 15 h.",
        "2025-03-01",
        "2025-03-13",
    );
}

// Tense.

#[test]
fn tense_future_forms() {
    check_tense(
        "Le président russe doit rencontrer l'émissaire américain.",
        Tense::Future,
    );
    check_tense(
        "Le chef du Kremlin s'entretiendra avec l'envoyé spécial.",
        Tense::Future,
    );
    check_tense("La rencontre aura lieu à huis clos.", Tense::Future);
    check_tense("Le sommet se tiendra à Budapest.", Tense::Future);
    check_tense("Nous parlerons de la trêve.", Tense::Future);
    check_tense("La signature est prévue pour jeudi.", Tense::Future);
    check_tense("L'envoyé prévoit de se rendre à Moscou.", Tense::Future);
    check_tense("Le texte devrait être signé.", Tense::Future);
    check_tense("Il va bientôt rencontrer le président.", Tense::Future);
}

#[test]
fn tense_past_across_an_adverb_of_repetition() {
    // "de nouveau", "une nouvelle fois", "une fois encore" between the auxiliary and its
    // participle.
    check_tense(
        "Dans la nuit de samedi, les deux ministres se sont de nouveau parlé par téléphone.",
        Tense::Past,
    );
    check_tense(
        "Le chef de la diplomatie a une nouvelle fois reçu son homologue mardi.",
        Tense::Past,
    );
    check_tense(
        "Le médiateur a une fois encore rencontré les deux délégations.",
        Tense::Past,
    );
}

#[test]
fn tense_past_forms() {
    check_tense(
        "Les deux hommes avaient déjà rencontré le président.",
        Tense::Past,
    );
    check_tense("L'émissaire est arrivé à Moscou.", Tense::Past);
    check_tense("La réunion a eu lieu au Kremlin.", Tense::Past);
    check_tense(
        "Le Kremlin affirmait que la porte restait ouverte.",
        Tense::Past,
    );
    check_tense("Une rencontre aurait eu lieu en secret.", Tense::Past);
    check_tense("Les ministres se rencontrèrent à Yalta.", Tense::Past);
}

#[test]
fn tense_past_with_words_between_auxiliary_and_participle() {
    check_tense(
        "Le ministre s'est quant à lui entretenu avec son homologue.",
        Tense::Past,
    );
    check_tense(
        "La présidente s'est toutefois entretenue avec le chancelier.",
        Tense::Past,
    );
    check_tense("Le roi a pour sa part reçu l'émissaire.", Tense::Past);
    check_tense("Le roi a de son côté reçu l'émissaire.", Tense::Past);
}

#[test]
fn tense_present_and_look_alikes() {
    check_tense("Le président reçoit l'envoyé au Kremlin.", Tense::Present);
    check_tense("La rencontre a lieu aujourd'hui.", Tense::Present);
    check_tense("Nous espérons une trêve durable.", Tense::Present);
    check_tense(
        "Le débat porte sur la contra et sur l'opéra.",
        Tense::Present,
    );
    check_tense("Le président se rendit à Ankara.", Tense::Present);
    check_tense("Le président rencontra son homologue.", Tense::Present);
}

#[test]
fn tense_reporting_verb_gives_way_to_its_clause() {
    check_tense(
        "Le Kremlin a annoncé mercredi que le président recevra l'envoyé.",
        Tense::Future,
    );
    check_tense(
        "Le porte-parole a déclaré que la réunion est utile.",
        Tense::Past,
    );
}

// Durations.

#[test]
fn durations_with_qualifiers() {
    check_duration(
        "Il a passé plus de quatre heures avec le président.",
        "PT4H atLeast",
    );
    check_duration("La réunion a duré près de trois heures.", "PT3H about");
    check_duration("La réunion a duré environ trois heures.", "PT3H about");
    check_duration("La réunion a duré quelque trois heures.", "PT3H about");
    check_duration("La réunion a duré trois heures environ.", "PT3H about");
    check_duration("Ils ont parlé pendant deux heures.", "PT2H exactly");
    check_duration("Ils ont parlé durant deux heures.", "PT2H exactly");
    check_duration("Un entretien de trois heures a eu lieu.", "PT3H exactly");
    check_duration("L'appel a duré moins de deux heures.", "PT2H atMost");
    check_duration("L'échange a duré plus de 4 heures.", "PT4H atLeast");
    check_duration(
        "Le dialogue de quatre heures a porté sur la trêve.",
        "PT4H exactly",
    );
}

#[test]
fn durations_with_minutes_and_fractions() {
    check_duration("Ils ont parlé quatre heures et demie.", "PT4H30M exactly");
    check_duration("Ils ont parlé 4 h 30.", "PT4H30M exactly");
    check_duration("Ils ont parlé 4h30.", "PT4H30M exactly");
    check_duration(
        "Ils ont parlé deux heures et quarante minutes.",
        "PT2H40M exactly",
    );
    check_duration("L'appel a duré 1,5 heure.", "PT1H30M exactly");
    check_duration(
        "Ils se sont parlé près d'une heure quarante-cinq.",
        "PT1H45M about",
    );
    check_duration("Ils ont parlé deux heures vingt.", "PT2H20M exactly");
    check_duration(
        "Ils ont parlé deux heures une dizaine de fois.",
        "PT2H exactly",
    );
}

#[test]
fn durations_of_other_units() {
    check_duration("L'appel a duré une heure.", "PT1H exactly");
    check_duration("L'appel a duré quarante minutes.", "PT40M exactly");
    check_duration("L'appel a duré 40 minutes.", "PT40M exactly");
    check_duration("L'appel a duré 40 min.", "PT40M exactly");
    check_duration("L'appel a duré une demi-heure.", "PT30M exactly");
    check_duration("La visite a duré deux jours.", "P2D exactly");
    check_duration("Une trêve de 30 jours.", "P30D exactly");
    check_duration("La visite a duré une journée et demie.", "P1DT12H exactly");
    check_duration("La mission a duré deux semaines.", "P14D exactly");
}

#[test]
fn durations_in_words() {
    check_duration("Un ultimatum de vingt-quatre heures.", "PT24H exactly");
    check_duration("L'appel a duré trente et une minutes.", "PT31M exactly");
    check_duration("L'appel a duré une dizaine de minutes.", "PT10M about");
    check_duration("L'appel a duré plus d'une heure.", "PT1H atLeast");
}

#[test]
fn clock_times_are_not_durations() {
    check_duration("La réunion commencera à 15 heures.", "");
    check_duration("La réunion commencera à 15h.", "");
    check_duration("La réunion commencera à 15h30.", "");
    check_duration("Les négociations auront lieu de 10 h à 12 h.", "");
    check_duration("Les négociations auront lieu entre 10 h et 12 h.", "");
    check_duration("Le sommet se tiendra de neuf heures à onze heures.", "");
    check_duration("L'appel a eu lieu il y a deux heures.", "");
    check_duration("Les frappes ont commencé vers trois heures du matin.", "");
}

#[test]
fn years_are_not_durations() {
    check_duration("Le conflit dure depuis trois ans.", "");
    check_duration("Un mandat de quatre ans.", "");
}

#[test]
fn duration_ranges_include_qualifier_words() {
    check_duration_span(
        "Des discussions prolongées pendant près de cinq heures.",
        "près de cinq heures",
    );
    check_duration_span("Il a parlé plus d'une heure.", "plus d'une heure");
    check_duration_span(
        "Ils ont parlé trois heures environ.",
        "trois heures environ",
    );
    let shifted = find_durations("pendant deux heures", 10);
    assert_eq!(shifted[0].range, 10..29);
}

#[test]
fn a_weekend_is_the_month_of_its_two_days() {
    // Told on a Monday in the past: the weekend just past.
    check(
        "Les négociations ont été menées ce week-end à Genève.",
        "2025-05-12",
        "2025-05",
    );
    // Told on a Monday in the past, the weekend in the month before.
    check(
        "Les négociations ont été menées ce week-end à Genève.",
        "2025-12-01",
        "2025-11",
    );
    // Told on a Friday in the future: the coming one.
    check(
        "Les deux hommes se rencontreront ce week-end.",
        "2025-10-31",
        "2025-11",
    );
    check(
        "Il s'était rendu à Doha le week-end dernier.",
        "2025-06-11",
        "2025-06",
    );
    // A weekend across two months is no month.
    check("Ils se sont vus le week-end dernier.", "2025-06-03", "");
}
