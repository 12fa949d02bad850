//! One sentence a test: what [`find_speech`] attributes, rendered one speech a line as
//! `speaker=… content=… quoted=…` (a pronoun speaker is shown in angle brackets).
//! Every sentence is written for these tests; regenerate with `UPDATE_EXPECT=1` and read the diff.

use expect_test::{expect, Expect};

use super::*;

fn render(sentence: &str) -> String {
    find_speech(sentence, 0)
        .iter()
        .map(|speech| {
            let speaker = match &speech.speaker {
                Speaker::Phrase(r) => sentence[r.clone()].to_string(),
                Speaker::Pronoun(r) => format!("<{}>", &sentence[r.clone()]),
            };
            let content = &sentence[speech.content.clone()];
            format!(
                "speaker={speaker} content={content} quoted={}",
                speech.quoted
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(sentence: &str, expect: Expect) {
    expect.assert_eq(&render(sentence));
}

#[test]
fn quote_then_verb() {
    check("« Nous avons eu une discussion franche et utile », a déclaré Sergueï Lavrov.", expect!["speaker=Sergueï Lavrov content=Nous avons eu une discussion franche et utile quoted=true"]);
}

#[test]
fn quote_then_verb_title_and_relay() {
    check("\"Les pourparlers reprendront la semaine prochaine\", a indiqué le porte-parole du Kremlin Dmitri Peskov, cité par l'agence TASS.", expect!["speaker=Dmitri Peskov content=Les pourparlers reprendront la semaine prochaine quoted=true"]);
}

#[test]
fn a_quote_run_into_the_sentence_before_is_all_that_is_said() {
    check(
        "Le syndicat a publié mardi son plan « pour l'emploi » et ses chiffres.« Nous ne signerons pas ce texte », a-t-elle lancé à la radio.",
        expect!["speaker=<elle> content=Nous ne signerons pas ce texte quoted=true"],
    );
}

#[test]
fn a_voice_with_a_title_speaks_for_the_subject() {
    check(
        "Le patronat, par la voix du président Jean Moreau, a dénoncé une hausse « brutale ».",
        expect!["speaker=Jean Moreau content=dénoncé une hausse « brutale » quoted=false"],
    );
}

#[test]
fn quote_then_verb_without_comma() {
    check(
        "« Rien n'est encore décidé » a ajouté Marco Rubio.",
        expect!["speaker=Marco Rubio content=Rien n'est encore décidé quoted=true"],
    );
}

#[test]
fn quote_then_inverted_pronoun() {
    check(
        "« Nous restons prudents », a-t-il précisé.",
        expect!["speaker=<il> content=Nous restons prudents quoted=true"],
    );
}

#[test]
fn quote_then_present_inverted() {
    check(
        "« La balle est dans le camp de Moscou », déclare-t-elle.",
        expect!["speaker=<elle> content=La balle est dans le camp de Moscou quoted=true"],
    );
}

#[test]
fn quote_then_verb_time_and_addressee() {
    check("« Le dialogue se poursuit », a déclaré mardi aux journalistes le conseiller diplomatique du Kremlin, Iouri Ouchakov.", expect!["speaker=Iouri Ouchakov content=Le dialogue se poursuit quoted=true"]);
}

#[test]
fn quote_then_organization() {
    check(
        "« Aucune date n'a été fixée », a confirmé le Kremlin dans la soirée.",
        expect!["speaker=le Kremlin content=Aucune date n'a été fixée quoted=true"],
    );
}

#[test]
fn quote_then_ce_dernier() {
    check(
        "« Tout reste ouvert », a souligné ce dernier.",
        expect!["speaker=<ce dernier> content=Tout reste ouvert quoted=true"],
    );
}

#[test]
fn colon_quote() {
    check(
        "Iouri Ouchakov a déclaré : « Les deux présidents se parleront bientôt ».",
        expect![
            "speaker=Iouri Ouchakov content=Les deux présidents se parleront bientôt quoted=true"
        ],
    );
}

#[test]
fn colon_quote_after_object() {
    check("Le porte-parole de la Maison Blanche, Karoline Leavitt, a confirmé la nouvelle à la chaîne Fox News : « Le président est prêt à rencontrer Poutine ».", expect!["speaker=Karoline Leavitt content=Le président est prêt à rencontrer Poutine quoted=true"]);
}

#[test]
fn colon_quote_any_verb() {
    check("Steve Witkoff s'est montré prudent sur l'issue des négociations : « Il reste beaucoup de travail ».", expect!["speaker=Steve Witkoff content=Il reste beaucoup de travail quoted=true"]);
}

#[test]
fn direct_quote_after_verb() {
    check(
        "Volodymyr Zelensky a lancé « Nous ne céderons rien » devant le Parlement.",
        expect!["speaker=Volodymyr Zelensky content=Nous ne céderons rien quoted=true"],
    );
}

#[test]
fn que_organization_time_word() {
    check(
        "Le Kremlin a déclaré jeudi que la rencontre avait été reportée.",
        expect!["speaker=Le Kremlin content=la rencontre avait été reportée quoted=false"],
    );
}

#[test]
fn que_title_and_adverb() {
    check("La porte-parole de la diplomatie russe Maria Zakharova a précédemment déclaré que Moscou attendait des propositions concrètes.", expect!["speaker=Maria Zakharova content=Moscou attendait des propositions concrètes quoted=false"]);
}

#[test]
fn que_relative_apposition() {
    check("Kirill Dmitriev, qui dirige le fonds souverain russe, a estimé que les sanctions seraient levées progressivement.", expect!["speaker=Kirill Dmitriev content=les sanctions seraient levées progressivement quoted=false"]);
}

#[test]
fn que_after_addressee_and_place() {
    check(
        "Marco Rubio a assuré à CNN, depuis Riyad, que Washington ne ferait aucune concession.",
        expect!["speaker=Marco Rubio content=Washington ne ferait aucune concession quoted=false"],
    );
}

#[test]
fn que_apposed_name() {
    check("Le porte-parole du Kremlin, Dmitri Peskov, a assuré que Vladimir Poutine recevrait l'émissaire américain lundi.", expect!["speaker=Dmitri Peskov content=Vladimir Poutine recevrait l'émissaire américain lundi quoted=false"]);
}

#[test]
fn que_intro_phrase() {
    check("À l'issue de la réunion de Genève, le secrétaire d'État américain, Marco Rubio, a affirmé que les discussions progressaient.", expect!["speaker=Marco Rubio content=les discussions progressaient quoted=false"]);
}

#[test]
fn que_attribute_before_que() {
    check("Sergueï Lavrov a jugé peu probable qu'un accord soit signé avant l'été.", expect!["speaker=Sergueï Lavrov content=peu probable qu'un accord soit signé avant l'été quoted=false"]);
}

#[test]
fn que_multiword_verb() {
    check("Le ministre a fait valoir que les garanties de sécurité devaient venir de l'Europe.", expect!["speaker=Le ministre content=les garanties de sécurité devaient venir de l'Europe quoted=false"]);
}

#[test]
fn que_ends_before_mais() {
    check("Le Kremlin a confirmé que l'entretien avait duré trois heures, mais a refusé de donner des détails.", expect!["speaker=Le Kremlin content=l'entretien avait duré trois heures quoted=false"]);
}

#[test]
fn que_relative_qui_subject() {
    check("La réunion s'est achevée sans annonce de Donald Trump, qui a répété qu'il voulait un cessez-le-feu rapide.", expect!["speaker=Donald Trump content=il voulait un cessez-le-feu rapide quoted=false"]);
}

#[test]
fn que_subject_in_relative_clause() {
    check("Les combats continuent près de Pokrovsk, où l'état-major ukrainien a annoncé la perte de deux positions.", expect!["speaker=l'état-major ukrainien content=annoncé la perte de deux positions quoted=false"]);
}

#[test]
fn inverted_reported_clause() {
    check(
        "Les échanges ont été utiles, a déclaré Karoline Leavitt.",
        expect!["speaker=Karoline Leavitt content=Les échanges ont été utiles quoted=false"],
    );
}

#[test]
fn inverted_after_clause_with_appositive_name() {
    check("L'émissaire est attendu jeudi à Moscou, où Vladimir Poutine doit le recevoir, a confirmé le porte-parole du Kremlin, Dmitri Peskov.", expect!["speaker=Dmitri Peskov content=L'émissaire est attendu jeudi à Moscou, où Vladimir Poutine doit le recevoir quoted=false"]);
}

#[test]
fn selon_first() {
    check(
        "Selon Ouchakov, la visite portera sur l'économie.",
        expect!["speaker=Ouchakov content=la visite portera sur l'économie quoted=false"],
    );
}

#[test]
fn selon_last() {
    check("La délégation américaine arrivera à Riyad lundi, selon le département d'État.", expect!["speaker=le département d'État content=La délégation américaine arrivera à Riyad lundi quoted=false"]);
}

#[test]
fn selon_statement_noun() {
    check(
        "Le sommet se tiendra à Genève, selon le communiqué de la présidence turque.",
        expect!["speaker=la présidence turque content=Le sommet se tiendra à Genève quoted=false"],
    );
}

#[test]
fn d_apres() {
    check(
        "D'après Bloomberg, les sanctions pourraient être assouplies.",
        expect!["speaker=Bloomberg content=les sanctions pourraient être assouplies quoted=false"],
    );
}

#[test]
fn toujours_selon_pronoun() {
    check(
        "Toujours selon lui, aucune rencontre n'est prévue avant mai.",
        expect!["speaker=<lui> content=aucune rencontre n'est prévue avant mai quoted=false"],
    );
}

#[test]
fn selon_vague_source() {
    check(
        "Selon nos informations, le sommet pourrait se tenir à Budapest.",
        expect![
            "speaker=nos informations content=le sommet pourrait se tenir à Budapest quoted=false"
        ],
    );
}

#[test]
fn selon_in_the_middle() {
    check("Tout dépendra, selon elle, des progrès des négociations.", expect!["speaker=<elle> content=Tout dépendra, selon elle, des progrès des négociations quoted=false"]);
}

#[test]
fn citing_sources_present() {
    check("Bloomberg, citant des sources proches du dossier, précise que l'émissaire discutera des sanctions.", expect!["speaker=Bloomberg content=l'émissaire discutera des sanctions quoted=false"]);
}

#[test]
fn comme_le_rapporte() {
    check(
        "Le convoi a franchi la frontière dans la nuit, comme le rapporte l'agence Reuters.",
        expect![
            "speaker=Reuters content=Le convoi a franchi la frontière dans la nuit quoted=false"
        ],
    );
}

#[test]
fn relay_of_someone_elses_words() {
    check("Dmitri Peskov a jugé ces propos « irresponsables », comme le rapporte l'agence RIA Novosti.", expect!["speaker=Dmitri Peskov content=jugé ces propos « irresponsables » quoted=false"]);
}

#[test]
fn selon_after_reported_clause() {
    check(
        "Marco Rubio a fait valoir que Kiev devait garder son armée, selon la presse américaine.",
        expect!["speaker=Marco Rubio content=Kiev devait garder son armée quoted=false"],
    );
}

#[test]
fn object_without_que() {
    check("Le ministère ukrainien de la Défense a annoncé la reprise de deux villages près de Koupiansk.", expect!["speaker=Le ministère ukrainien de la Défense content=annoncé la reprise de deux villages près de Koupiansk quoted=false"]);
}

#[test]
fn object_up_to_quote() {
    check("Marco Rubio a décrit l'entretien avec Sergueï Lavrov comme « constructif » lors d'un point presse.", expect!["speaker=Marco Rubio content=décrit l'entretien avec Sergueï Lavrov comme « constructif » quoted=false"]);
}

#[test]
fn object_after_intro_phrases() {
    check("Lundi, sur son réseau social, Donald Trump a qualifié le président ukrainien de « négociateur difficile ».", expect!["speaker=Donald Trump content=qualifié le président ukrainien de « négociateur difficile » quoted=false"]);
}

#[test]
fn object_demission() {
    check(
        "Le ministre a annoncé sa démission.",
        expect!["speaker=Le ministre content=annoncé sa démission quoted=false"],
    );
}

#[test]
fn gerund_for_sentence_subject() {
    check("Le général Keith Kellogg, émissaire de Trump pour l'Ukraine, aurait hésité, estimant que Kiev ne céderait aucun territoire.", expect!["speaker=Keith Kellogg content=Kiev ne céderait aucun territoire quoted=false"]);
}

#[test]
fn gerund_after_verb() {
    check("Sergueï Lavrov a qualifié la réunion de « très utile », ajoutant que Moscou était prête à « continuer sur cette voie difficile ».", expect![[r#"
        speaker=Sergueï Lavrov content=qualifié la réunion de « très utile » quoted=false
        speaker=Sergueï Lavrov content=Moscou était prête à « continuer sur cette voie difficile » quoted=false
        speaker=Sergueï Lavrov content=continuer sur cette voie difficile quoted=true"#]]);
}

#[test]
fn infinitive() {
    check("Donald Trump a dit espérer parler avec Vladimir Poutine cette semaine.", expect!["speaker=Donald Trump content=espérer parler avec Vladimir Poutine cette semaine quoted=false"]);
}

#[test]
fn headline_present() {
    check(
        "Zelensky évoque une rencontre « possible » avec Poutine",
        expect!["speaker=Zelensky content=une rencontre « possible » quoted=false"],
    );
}

#[test]
fn pronoun_il() {
    check(
        "Il a précisé que le chef de l'État russe avait reçu un rapport détaillé.",
        expect!["speaker=<Il> content=le chef de l'État russe avait reçu un rapport détaillé quoted=false"],
    );
}

#[test]
fn pronoun_elle_adverb() {
    check(
        "Elle a également ajouté qu'aucune décision n'avait été prise.",
        expect!["speaker=<Elle> content=aucune décision n'avait été prise quoted=false"],
    );
}

#[test]
fn pronoun_ce_dernier() {
    check(
        "Ce dernier a rappelé que les échanges se poursuivaient.",
        expect!["speaker=<Ce dernier> content=les échanges se poursuivaient quoted=false"],
    );
}

#[test]
fn several_quotes_one_speaker() {
    check(
        "« Utile », « franc », « constructif », a déclaré Iouri Ouchakov.",
        expect![[r#"
        speaker=Iouri Ouchakov content=Utile quoted=true
        speaker=Iouri Ouchakov content=franc quoted=true
        speaker=Iouri Ouchakov content=constructif quoted=true"#]],
    );
}

#[test]
fn short_quotes_in_que_clause() {
    check(
        "Le Kremlin a déclaré que l'échange avait été « franc » et « utile ».",
        expect![
            "speaker=Le Kremlin content=l'échange avait été « franc » et « utile » quoted=false"
        ],
    );
}

#[test]
fn long_quote_in_que_clause() {
    check("Iouri Ouchakov a indiqué que les deux camps s'étaient engagés à « poursuivre le dialogue à tous les niveaux ».", expect![[r#"
        speaker=Iouri Ouchakov content=les deux camps s'étaient engagés à « poursuivre le dialogue à tous les niveaux » quoted=false
        speaker=Iouri Ouchakov content=poursuivre le dialogue à tous les niveaux quoted=true"#]]);
}

#[test]
fn quote_after_inverted_speaker() {
    check("« Nous avançons », a déclaré Iouri Ouchakov après une réunion « longue et franche » avec les Américains.", expect![[r#"
        speaker=Iouri Ouchakov content=Nous avançons quoted=true
        speaker=Iouri Ouchakov content=longue et franche quoted=true"#]]);
}

#[test]
fn no_cue() {
    check("Le sommet de Budapest a été annulé.", expect![[""]]);
}

#[test]
fn unattributed_quote() {
    check("« Une trêve totale, tout de suite. »", expect![[""]]);
}

#[test]
fn scare_quotes() {
    check(
        "Moscou a franchi la « ligne rouge » fixée par Washington.",
        expect![[""]],
    );
}

#[test]
fn noun_declaration() {
    check("La déclaration commune n'a pas été publiée.", expect![[""]]);
}

#[test]
fn negated_verb() {
    check(
        "Le Kremlin n'a pas précisé la date de la rencontre.",
        expect![[""]],
    );
}

#[test]
fn noun_not_verb() {
    check("La note du ministère évoque une trêve.", expect![[""]]);
}

#[test]
fn stray_quote_marks() {
    check(
        "«Nous verrons bien», “ a déclaré Leavitt.",
        expect!["speaker=Leavitt content=Nous verrons bien quoted=true"],
    );
}

#[test]
fn mixed_quote_marks() {
    check("Le ministère a confirmé que la réunion portait sur «les questions humanitaires», “ mais a refusé d'en dire plus.", expect!["speaker=Le ministère content=la réunion portait sur «les questions humanitaires» quoted=false"]);
}

#[test]
fn capitalised_after_quote() {
    check("Lavrov a déclaré que la reprise des échanges restait “Envisageable” Dès lundi, selon l'évolution du dossier.", expect!["speaker=Lavrov content=la reprise des échanges restait “Envisageable” Dès lundi quoted=false"]);
}

#[test]
fn straight_quotes_glued() {
    check(
        "Le ministre a parlé d'un échange \"franc\", sans plus de détails.",
        expect![[r#"speaker=Le ministre content=parlé d'un échange "franc" quoted=false"#]],
    );
}

#[test]
fn relay_comme_l_a_indique() {
    check("Les négociations reprendront à Istanbul, comme l'a indiqué le ministère turc des Affaires étrangères.", expect!["speaker=le ministère turc des Affaires étrangères content=Les négociations reprendront à Istanbul quoted=false"]);
}

#[test]
fn gerund_en_denoncant() {
    check("« Cette guerre doit cesser », a écrit Donald Trump, en dénonçant des frappes « terribles et inutiles ».", expect![[r#"
        speaker=Donald Trump content=Cette guerre doit cesser quoted=true
        speaker=Donald Trump content=dénonçant des frappes « terribles et inutiles » quoted=false"#]]);
}

#[test]
fn reflexive_se_dire() {
    check("Volodymyr Zelensky s'est dit prêt à rencontrer Vladimir Poutine en personne.", expect!["speaker=Volodymyr Zelensky content=prêt à rencontrer Vladimir Poutine en personne quoted=false"]);
}

#[test]
fn passe_simple() {
    check(
        "Le diplomate déclara que la Russie ne reculerait pas.",
        expect!["speaker=Le diplomate content=la Russie ne reculerait pas quoted=false"],
    );
}

#[test]
fn verb_wins_over_selon() {
    check(
        "Selon le Kremlin, Vladimir Poutine a déclaré qu'il était prêt au dialogue.",
        expect!["speaker=Vladimir Poutine content=il était prêt au dialogue quoted=false"],
    );
}

#[test]
fn selon_inside_reported_clause() {
    check("Iouri Ouchakov a précisé qu'aucun sommet n'était prévu : tout dépendra, selon lui, des négociations.", expect!["speaker=Iouri Ouchakov content=aucun sommet n'était prévu : tout dépendra, selon lui, des négociations quoted=false"]);
}

#[test]
fn inverted_aux_pronoun() {
    check(
        "« Nous sommes prêts dès maintenant », avait-il lancé lors d'un forum à Moscou.",
        expect!["speaker=<il> content=Nous sommes prêts dès maintenant quoted=true"],
    );
}

#[test]
fn selon_whole_quote() {
    check(
        "Selon Sergueï Lavrov, « rien n'est réglé ».",
        expect!["speaker=Sergueï Lavrov content=rien n'est réglé quoted=true"],
    );
}

#[test]
fn inverted_after_unlisted_addressee() {
    check(
        "« Les discussions ont été longues », a déclaré à la chaîne RT le ministre Sergueï Lavrov.",
        expect!["speaker=Sergueï Lavrov content=Les discussions ont été longues quoted=true"],
    );
}

#[test]
fn headline_colon() {
    check(
        "Peskov : « Aucune rencontre n'est prévue pour l'instant »",
        expect!["speaker=Peskov content=Aucune rencontre n'est prévue pour l'instant quoted=true"],
    );
}

#[test]
fn present_after_comma_needs_a_name() {
    check(
        "Les prix de l'énergie montent, note la presse locale.",
        expect![[""]],
    );
}

#[test]
fn aux_before_participle_with_two_adverbs() {
    check(
        "Le Kremlin a de nouveau clairement affirmé que la Crimée n'était pas négociable.",
        expect!["speaker=Le Kremlin content=la Crimée n'était pas négociable quoted=false"],
    );
}

#[test]
fn particle_name() {
    check(
        "« Nous soutiendrons l'Ukraine », a promis Ursula von der Leyen.",
        expect!["speaker=Ursula von der Leyen content=Nous soutiendrons l'Ukraine quoted=true"],
    );
}

#[test]
fn quote_resumes_after_attribution() {
    check(
        "« Nous avons parlé de tout », a-t-il dit, « y compris des territoires ».",
        expect![[r#"
            speaker=<il> content=Nous avons parlé de tout quoted=true
            speaker=<il> content=y compris des territoires quoted=true"#]],
    );
}

#[test]
fn on_is_no_speaker() {
    check("À Moscou, on souligne que la trêve tient.", expect![[""]]);
}

#[test]
fn object_pronoun_leaves_no_object() {
    check(
        "Le Kremlin l'a confirmé mardi dans un communiqué.",
        expect![[""]],
    );
}

#[test]
fn two_speakers_in_one_sentence() {
    check(
        "La Maison Blanche a annoncé la date du sommet, et le Kremlin a confirmé le lieu.",
        expect![[r#"
            speaker=La Maison Blanche content=annoncé la date du sommet quoted=false
            speaker=le Kremlin content=confirmé le lieu quoted=false"#]],
    );
}

#[test]
fn ranges_are_shifted_by_the_offset() {
    let sentence = "Selon Ouchakov, la visite portera sur l'économie.";
    let body = format!("Titre.\n\n{sentence}");
    let offset = body.len() - sentence.len();
    let speeches = find_speech(sentence, offset);
    assert_eq!(speeches.len(), 1);
    let Speaker::Phrase(speaker) = speeches[0].speaker.clone() else {
        panic!("a phrase")
    };
    assert_eq!(&body[speaker], "Ouchakov");
    assert_eq!(
        &body[speeches[0].content.clone()],
        "la visite portera sur l'économie"
    );
    assert_eq!(&body[speeches[0].cue.clone()], "Selon");
    assert!((0.0..=1.0).contains(&speeches[0].confidence));
}

#[test]
fn confidence_follows_the_cue() {
    let strong = find_speech(
        "Le Kremlin a déclaré que la rencontre aurait lieu jeudi.",
        0,
    );
    let weak = find_speech("Selon des sources, la rencontre aurait lieu jeudi.", 0);
    assert!(strong[0].confidence > weak[0].confidence);
}

/// Odd input never panics and every range is a valid slice of the sentence.
#[test]
fn odd_input_never_panics() {
    let pieces = [
        "«",
        "»",
        "“",
        "”",
        "\"",
        "„",
        "'",
        "’",
        ",",
        ".",
        ":",
        ";",
        " ",
        "-",
        "-t-il",
        "a",
        "a-t-il",
        "déclaré",
        "que",
        "qu'",
        "selon",
        "Selon",
        "lui",
        "Il",
        "Poutine",
        "le Kremlin",
        "🙂",
        "é",
        "\u{301}",
        "comme le rapporte",
        "citant",
        "cité par",
        "s'est",
        "dit",
        "l'",
        "d'après",
        "(",
        ")",
        "soulignant",
        "Mme",
        "M.",
        "ce 25 avril",
        "aux journalistes",
        "en",
        "tout",
        "ne",
        "n'",
    ];
    let mut fixed = vec![
        String::new(),
        " ".to_string(),
        "«»".to_string(),
        "« » “ ” \" \"".to_string(),
        "🙂🙂🙂".to_string(),
        "a déclaré".to_string(),
        "selon".to_string(),
        ", a déclaré".to_string(),
        "« a-t-il »".to_string(),
        "Selon lui,".to_string(),
        "« « « « a déclaré X".to_string(),
        "a déclaré que".to_string(),
        format!("« {} », a déclaré Ouchakov.", "mot ".repeat(5000)),
        "Il a dit que ".repeat(500),
    ];
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..2000 {
        let mut s = String::new();
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let len = (state >> 33) % 24;
        for _ in 0..len {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            s.push_str(pieces[((state >> 33) as usize) % pieces.len()]);
            if state & 1 == 0 {
                s.push(' ');
            }
        }
        fixed.push(s);
    }
    for text in &fixed {
        for speech in find_speech(text, 7) {
            for r in [speech.content.clone(), speech.cue.clone()] {
                assert!(
                    text.get(r.start - 7..r.end - 7).is_some(),
                    "bad range in {text:?}"
                );
            }
            let (Speaker::Phrase(r) | Speaker::Pronoun(r)) = speech.speaker;
            assert!(
                text.get(r.start - 7..r.end - 7).is_some(),
                "bad speaker in {text:?}"
            );
            assert!((0.0..=1.0).contains(&speech.confidence));
        }
    }
}

#[test]
fn coordinated_verbs_share_their_speaker() {
    check(
        "Le ministre a qualifié l'entretien de « très utile » et a dit espérer une suite rapide.",
        expect![[r#"
            speaker=Le ministre content=qualifié l'entretien de « très utile » quoted=false
            speaker=Le ministre content=espérer une suite rapide quoted=false"#]],
    );
}

#[test]
fn adjuncts_between_verb_and_content() {
    check(
        "Hakan Fidan a réaffirmé jeudi, lors d'une conférence de presse, que la Turquie restait neutre.",
        expect!["speaker=Hakan Fidan content=la Turquie restait neutre quoted=false"],
    );
    check(
        "Le chef de la diplomatie a mis en garde contre toute escalade dans la région.",
        expect!["speaker=Le chef de la diplomatie content=mis en garde contre toute escalade dans la région quoted=false"],
    );
}

#[test]
fn pour_opens_an_opinion_only_at_the_head_of_the_sentence() {
    check(
        "Pour Viktor Orban, la guerre doit cesser immédiatement.",
        expect!["speaker=Viktor Orban content=la guerre doit cesser immédiatement quoted=false"],
    );
    check(
        "Pour la première fois, les deux pays ont signé un accord.",
        expect![""],
    );
    check(
        "Il s'est rendu à Ankara pour Viktor Orban, dit-on.",
        expect![""],
    );
}

#[test]
fn name_after_a_particle_and_a_hyphen() {
    check("Le chef de la diplomatie libanaise, Youssef al-Rajji, a salué « une étape importante » pour la région.", expect!["speaker=Youssef al-Rajji content=une étape importante quoted=true"]);
}

#[test]
fn parenthesis_after_the_subject() {
    check(
        "Wab Kinew (Manitoba) a estimé que le pays devait « rester uni ».",
        expect!["speaker=Wab Kinew content=le pays devait « rester uni » quoted=false"],
    );
}

#[test]
fn a_nickname_is_no_statement() {
    check("Aucune réunion avec le chef rebelle Ali Kosh, dit « le Faucon », n'est prévue, a indiqué l'armée.", expect!["speaker=l'armée content=Aucune réunion avec le chef rebelle Ali Kosh, dit « le Faucon », n'est prévue quoted=false"]);
}

#[test]
fn a_short_quotation_after_the_first_is_a_word_of_the_clause() {
    check("Le chef de l'opposition a dénoncé « une réforme injuste pour les familles » et promis une résistance « totale ».", expect!["speaker=Le chef de l'opposition content=une réforme injuste pour les familles quoted=true"]);
}

#[test]
fn qui_after_the_speaker_of_a_quotation() {
    check("« Nous voulons un vrai débat », a déploré la sénatrice, qui réclame « une commission d'enquête indépendante ».", expect![[r#"
        speaker=la sénatrice content=Nous voulons un vrai débat quoted=true
        speaker=la sénatrice content=une commission d'enquête indépendante quoted=true"#]]);
}

#[test]
fn selon_a_title_and_its_name() {
    check(
        "Selon le porte-parole du gouvernement, Jean Dupré, les négociations reprendront lundi.",
        expect!["speaker=Jean Dupré content=les négociations reprendront lundi quoted=false"],
    );
}

#[test]
fn an_unnamed_speaker_speaks_through_the_outlet_that_cites_them() {
    check(
        "Aucun accord n'a été signé, a indiqué un diplomate européen cité par l'agence Reuters.",
        expect!["speaker=Reuters content=Aucun accord n'a été signé quoted=false"],
    );
    check(
        "Le sommet aura lieu en juin, a déclaré Ana Lopes, citée par le quotidien Público, jeudi.",
        expect!["speaker=Ana Lopes content=Le sommet aura lieu en juin quoted=false"],
    );
}

#[test]
fn two_que_clauses_are_two_claims() {
    check("Le ministre a dit que la réforme serait votée en mai et que les syndicats seraient reçus lundi.", expect![[r#"
        speaker=Le ministre content=la réforme serait votée en mai quoted=false
        speaker=Le ministre content=les syndicats seraient reçus lundi quoted=false"#]]);
    check(
        "Elle a expliqué que le budget était « tenu », mais qu'un effort restait à faire.",
        expect![[r#"
        speaker=<Elle> content=le budget était « tenu » quoted=false
        speaker=<Elle> content=un effort restait à faire quoted=false"#]],
    );
}

#[test]
fn a_call_to_do_something() {
    check(
        "La présidente a appelé les deux camps à reprendre le dialogue.",
        expect!["speaker=La présidente content=appelé les deux camps à reprendre le dialogue quoted=false"],
    );
    check(
        "L'ONU a appelé au calme.",
        expect!["speaker=L'ONU content=appelé au calme quoted=false"],
    );
    check("Trump a appelé Poutine mardi.", expect![""]);
    // The means of a call is no "à" of a call to do something.
    check(
        "Le chef de l'État sortant a appelé son successeur au téléphone dimanche soir.",
        expect![""],
    );
    check(
        "Le président a appelé au téléphone son homologue, qui l'a remercié.",
        expect![""],
    );
}

#[test]
fn a_contrasting_clause_opens_the_next_subject() {
    check("Paul Roux a jugé que le texte était « mal écrit », tandis que la présidente de la commission Anne Morel a appelé à la prudence.", expect![[r#"
        speaker=Paul Roux content=le texte était « mal écrit » quoted=false
        speaker=Anne Morel content=appelé à la prudence quoted=false"#]]);
}

#[test]
fn a_social_network_is_a_channel() {
    check(
        "« Le peuple a parlé », a écrit sur X le président du parti Marc Olier.",
        expect!["speaker=Marc Olier content=Le peuple a parlé quoted=true"],
    );
}

#[test]
fn the_same_source() {
    check(
        "Selon la même source, le vote aura lieu jeudi.",
        expect!["speaker=<la même source> content=le vote aura lieu jeudi quoted=false"],
    );
}

#[test]
fn the_voice_of_a_spokesperson() {
    check("Le ministère indien de la Défense a démenti mardi, par la voix de son porte-parole Arun Rao, que des troupes aient franchi la frontière.", expect!["speaker=Arun Rao content=des troupes aient franchi la frontière quoted=false"]);
    // Named between the subject and the verb: the subject, a common noun, names no one.
    check("L'opposition, par la voix de l'ancien ministre Amadou Ba, accuse le gouvernement de « dramatiser » la situation.", expect!["speaker=Amadou Ba content=le gouvernement de « dramatiser » la situation quoted=false"]);
}

#[test]
fn the_statement_named_before() {
    // A bare "le communiqué" after the verb stands for the source named before; one that
    // names its author does not.
    check(
        "« La visite a été fructueuse », précise le communiqué.",
        expect!["speaker=<le communiqué> content=La visite a été fructueuse quoted=true"],
    );
    check(
        "« La visite a été fructueuse », précise le communiqué du Kremlin.",
        expect!["speaker=le communiqué du Kremlin content=La visite a été fructueuse quoted=true"],
    );
}

#[test]
fn a_pronoun_in_a_relative_clause() {
    check("Le ministre a partagé un dîner avec son homologue, un dîner qu'il a qualifié de « franc et utile ».", expect!["speaker=<il> content=qualifié de « franc et utile » quoted=false"]);
}

#[test]
fn what_others_reported_is_not_reported_here() {
    check("Le porte-parole Paul Nkosi a précisé que le président n'a pas reçu le ministre, contrairement à ce qu'avaient affirmé plusieurs journaux, et qu'aucune visite n'est prévue.", expect![[r#"
        speaker=Paul Nkosi content=le président n'a pas reçu le ministre, contrairement à ce qu'avaient affirmé plusieurs journaux quoted=false
        speaker=Paul Nkosi content=aucune visite n'est prévue quoted=false"#]]);
}

#[test]
fn a_subject_and_its_relative_clause_before_a_verb_without_complement() {
    check("Le maire de Lyon Marc Petit, qui s'oppose au projet, a salué le vote des élus, ajoutant que le chantier « peut attendre ».", expect!["speaker=Lyon Marc Petit content=le chantier « peut attendre » quoted=false"]);
    check("Le sommet aura lieu en mars à Oslo, en marge du forum, a indiqué l'ONU.", expect!["speaker=l'ONU content=Le sommet aura lieu en mars à Oslo, en marge du forum quoted=false"]);
}

#[test]
fn a_threat_and_an_infinitive_after_de() {
    check(
        "Le président a menacé de « fermer la frontière » dès lundi.",
        expect!["speaker=Le président content=menacé de « fermer la frontière » quoted=false"],
    );
    check(
        "Le président a menacé Kiev de « sanctions très lourdes » en cas de refus.",
        expect![
            "speaker=Le président content=menacé Kiev de « sanctions très lourdes » quoted=false"
        ],
    );
}

#[test]
fn more_verbs_of_speech() {
    check(
        "« Le compte n'y est pas », a résumé la syndicaliste Anne Roy.",
        expect!["speaker=Anne Roy content=Le compte n'y est pas quoted=true"],
    );
    check(
        "Les prix vont baisser dès mars, avance le quotidien Libération.",
        expect!["speaker=Libération content=Les prix vont baisser dès mars quoted=false"],
    );
    check(
        "La députée Eva Morin a reproché au gouvernement son « manque de courage ».",
        expect!["speaker=Eva Morin content=reproché au gouvernement son « manque de courage » quoted=false"],
    );
}

#[test]
fn selon_at_the_head_reports_deeds_in_words() {
    check("Selon un diplomate cité par l'agence Reuters, le président a demandé aux Européens de cesser leurs achats.", expect!["speaker=Reuters content=le président a demandé aux Européens de cesser leurs achats quoted=false"]);
}

#[test]
fn a_filler_or_a_stressed_pronoun_between_commas() {
    check(
        "Le chef de la diplomatie Paul Martin a, de son côté, souligné que le dialogue continuait.",
        expect!["speaker=Paul Martin content=le dialogue continuait quoted=false"],
    );
    check(
        "La ministre Anne Leroy a, elle, assuré que la réforme serait maintenue.",
        expect!["speaker=Anne Leroy content=la réforme serait maintenue quoted=false"],
    );
}

#[test]
fn selon_reports_a_verb_that_names_no_speaker() {
    check(
        "Selon l'agence Mehr, les deux délégations ont évoqué un échange de prisonniers.",
        expect!["speaker=Mehr content=les deux délégations ont évoqué un échange de prisonniers quoted=false"],
    );
}

#[test]
fn call_to_a_quotation() {
    check(
        "La présidente de la Commission, Lena Kors, a appelé les belligérants à « respecter la trêve » dès lundi.",
        expect!["speaker=Lena Kors content=appelé les belligérants à « respecter la trêve » dès lundi quoted=false"],
    );
}

#[test]
fn subject_apposition_verb_without_complement() {
    check(
        "Son collègue de la Santé, Paolo Verdi, a pour sa part évoqué une hausse des crédits.",
        expect![""],
    );
}

#[test]
fn defended_quotation() {
    check(
        "Le négociateur a défendu « un compromis équilibré ».",
        expect!["speaker=Le négociateur content=un compromis équilibré quoted=true"],
    );
}

#[test]
fn quoted_name_after_article_is_no_speech() {
    check(
        "« Rien n'est joué », a résumé la gouverneure lors de la « matinale » de lundi.",
        expect!["speaker=la gouverneure content=Rien n'est joué quoted=true"],
    );
}

#[test]
fn quote_then_new_verbs() {
    check(
        "« Nos élus ne suivraient pas », a lâché Anna Berg.",
        expect!["speaker=Anna Berg content=Nos élus ne suivraient pas quoted=true"],
    );
    check(
        "« Je n'exclus rien », a glissé Tom Weiss.",
        expect!["speaker=Tom Weiss content=Je n'exclus rien quoted=true"],
    );
    check(
        "« Aucun voyage n'est prévu », a tempéré Luca Neri.",
        expect!["speaker=Luca Neri content=Aucun voyage n'est prévu quoted=true"],
    );
    check("« Ce n'est pas à l'ordre du jour », a tranché un porte-parole de la mission.", expect!["speaker=un porte-parole de la mission content=Ce n'est pas à l'ordre du jour quoted=true"]);
    check(
        "Sofia Lind a redit mardi qu'elle refusait toute alliance.",
        expect!["speaker=Sofia Lind content=elle refusait toute alliance quoted=false"],
    );
    check(
        "Nadia Amrani a proposé que les deux pays doublent leurs échanges.",
        expect!["speaker=Nadia Amrani content=les deux pays doublent leurs échanges quoted=false"],
    );
}

#[test]
fn source_reports_a_quoted_request() {
    check(
        "Selon le porte-parole du palais, Ali Musa, le souverain a demandé « des mesures rapides » contre la sécheresse.",
        expect!["speaker=Ali Musa content=le souverain a demandé « des mesures rapides » contre la sécheresse quoted=false"],
    );
}

#[test]
fn quote_then_tenir_a_preciser() {
    check(
        "Aucune rencontre n'est prévue, a tenu à préciser la ministre Clara Roos.",
        expect!["speaker=Clara Roos content=Aucune rencontre n'est prévue quoted=false"],
    );
}

#[test]
fn meeting_told_by_a_source_is_no_statement() {
    // What happened, told by a source, says nothing; its subject, a negation or a que-clause
    // do.
    check(
        "Le ministre s'est par ailleurs entretenu mardi au téléphone avec son homologue, a indiqué la présidence.",
        expect![""],
    );
    check(
        "Selon l'agence Tasnim, il avait eu des entretiens avec le chef d'état-major.",
        expect![""],
    );
    check(
        "Le ministre s'est entretenu mardi avec son homologue sur le projet d'accord, a indiqué la présidence.",
        expect!["speaker=la présidence content=Le ministre s'est entretenu mardi avec son homologue sur le projet d'accord quoted=false"],
    );
    check(
        "Selon la présidence, le ministre ne s'est pas entretenu avec son homologue.",
        expect!["speaker=la présidence content=le ministre ne s'est pas entretenu avec son homologue quoted=false"],
    );
    check(
        "Le porte-parole a dit que les deux ministres s'étaient entretenus mardi.",
        expect!["speaker=Le porte-parole content=les deux ministres s'étaient entretenus mardi quoted=false"],
    );
}

#[test]
fn selon_in_the_middle_then_a_quotation() {
    check(
        "La présidente l'a reçu pendant une heure pour, selon la présidence, « définir les priorités des cent premiers jours ».",
        expect![[r#"speaker=la présidence content=définir les priorités des cent premiers jours quoted=true"#]],
    );
}

#[test]
fn selon_a_source_with_a_complement() {
    check(
        "Selon l'ambassade du Japon à Oulan-Bator, environ 1 700 internés ont perdu la vie.",
        expect![[
            r#"speaker=l'ambassade du Japon content=environ 1 700 internés ont perdu la vie quoted=false"#
        ]],
    );
}

#[test]
fn explained_with_an_infinitive() {
    check(
        "Dans une lettre, Guillermo Francos a expliqué partir « avec la conscience du devoir accompli ».",
        expect![[r#"
            speaker=Guillermo Francos content=partir « avec la conscience du devoir accompli » quoted=false
            speaker=Guillermo Francos content=avec la conscience du devoir accompli quoted=true"#]],
    );
}

#[test]
fn que_after_named_channel() {
    check(
        "Le ministre des Finances, ancien banquier, a indiqué à la Radio Nationale (RNB) que le budget serait présenté avant l'été.",
        expect!["speaker=Le ministre des Finances content=le budget serait présenté avant l'été quoted=false"],
    );
}

#[test]
fn narrated_call_with_a_relative_after_it() {
    check(
        "Dans la soirée, le chancelier s'est entretenu par téléphone avec le président polonais, qui l'a remercié pour son soutien, selon l'entourage du chef de l'État.",
        expect![[""]],
    );
}
