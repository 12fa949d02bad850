//! Tests of the whole READ stage: walking inputs, limits, and the shared fixtures.

// A panic is how a test reports failure, so unwrapping is fine here.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate};

use super::*;

fn read_all(paths: &[PathBuf], options: &ReadOptions) -> Vec<Result<Article, String>> {
    read_inputs(paths, options)
        .map(|item| item.map_err(|err| err.to_string()))
        .collect()
}

fn read_one(path: &Path) -> Result<Article, String> {
    let mut items = read_all(&[path.to_owned()], &ReadOptions::default());
    assert_eq!(items.len(), 1, "{items:?}");
    items.remove(0)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/readers")
        .join(name)
}

/// The error for a fixture, without its (machine-dependent) directory.
fn fixture_error(name: &str) -> String {
    let err = read_one(&fixture(name)).unwrap_err();
    let prefix = format!(
        "{}/",
        fixture("").display().to_string().trim_end_matches('/')
    );
    err.strip_prefix(&prefix).unwrap_or(&err).to_owned()
}

fn date(y: i32, m: u32, d: u32) -> Option<Published> {
    NaiveDate::from_ymd_opt(y, m, d).map(Published::Date)
}

#[test]
fn plain_text_file_with_front_matter() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("conseil.txt");
    fs::write(
        &path,
        "---\ntitle: Séance du conseil\ndate: 2025-02-03\n---\n\nLe budget est voté.\r\n",
    )
    .unwrap();
    let article = read_one(&path).unwrap();
    assert_eq!(article.source_name, "conseil.txt");
    assert_eq!(article.meta.title.as_deref(), Some("Séance du conseil"));
    assert_eq!(article.meta.date, date(2025, 2, 3));
    assert_eq!(article.text, "Le budget est voté.");
    assert!(article.warnings.is_empty());
}

#[test]
fn nonexistent_path() {
    let items = read_all(
        &[PathBuf::from("/nulle/part/absent.txt")],
        &ReadOptions::default(),
    );
    assert_eq!(
        items,
        [Err(
            "/nulle/part/absent.txt: no such file or directory".to_owned()
        )]
    );
}

#[test]
fn oversize_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.txt");
    fs::write(&path, "Un texte un peu trop long pour la limite.").unwrap();
    let items = read_all(std::slice::from_ref(&path), &ReadOptions { max_bytes: 10 });
    assert_eq!(
        items,
        [Err(format!(
            "{}: file is larger than the 10-byte limit",
            path.display()
        ))]
    );
}

#[test]
fn binary_and_empty_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "image",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "binary file, not text",
        ),
        ("vide.txt", b"", "empty article"),
        ("blanc.txt", b" \n\t\r\n  ", "empty article"),
        (
            "entete-seule.md",
            b"---\ntitle: Rien\n---\n\n",
            "empty article",
        ),
        (
            "page.html",
            b"<html><head><title>Rien</title></head><body><nav>Menu</nav></body></html>",
            "empty article",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        assert_eq!(
            read_one(&path).unwrap_err(),
            format!("{}: {reason}", path.display())
        );
    }
}

#[test]
fn explicit_files_are_read_whatever_their_extension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("depeche.dat");
    fs::write(&path, "<p>Ceci reste du texte brut.</p>").unwrap();
    assert_eq!(
        read_one(&path).unwrap().text,
        "<p>Ceci reste du texte brut.</p>"
    );
    let path = dir.path().join("PAGE.HTM");
    fs::write(&path, "<p>Ceci est une <b>page</b>.</p>").unwrap();
    assert_eq!(read_one(&path).unwrap().text, "Ceci est une page.");
}

#[test]
fn directory_walk_is_sorted_recursive_and_filtered() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for sub in ["b", "a/c", ".cache", "d"] {
        fs::create_dir_all(root.join(sub)).unwrap();
    }
    let files = [
        ("z.txt", "zèbre"),
        ("b/2.md", "deux"),
        ("b/1.txt", "un"),
        ("a/c/profond", "profond"),
        ("a/page.html", "<p>page</p>"),
        ("a/flux.jsonl", "{\"text\": \"ligne\"}\n"),
        (".cache/cache.txt", "caché"),
        (".masque.txt", "masqué"),
        ("d/photo.jpg", "pas un article"),
        ("d/notes.docx", "pas un article non plus"),
    ];
    for (name, text) in files {
        fs::write(root.join(name), text).unwrap();
    }
    let items = read_all(&[root.to_owned()], &ReadOptions::default());
    let names: Vec<&str> = items
        .iter()
        .map(|item| item.as_ref().unwrap().source_name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "profond",
            "flux.jsonl:1",
            "page.html",
            "1.txt",
            "2.md",
            "z.txt"
        ]
    );
    let texts: Vec<&str> = items
        .iter()
        .map(|item| item.as_ref().unwrap().text.as_str())
        .collect();
    assert_eq!(texts, ["profond", "ligne", "page", "un", "deux", "zèbre"]);
}

#[test]
fn inputs_are_read_lazily_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("premier.txt");
    let second = dir.path().join("second.txt");
    fs::write(&first, "Premier.").unwrap();
    let mut items = read_inputs(&[first, second.clone()], &ReadOptions::default());
    assert_eq!(items.next().unwrap().unwrap().text, "Premier.");
    // The second file is only opened now, so it may be created after the call.
    fs::write(&second, "Second.").unwrap();
    assert_eq!(items.next().unwrap().unwrap().text, "Second.");
    assert!(items.next().is_none());
}

#[test]
fn standard_input_is_plain_text() {
    let input = "---\nsource: Radio Bocage\n---\nLa foire a ouvert.\n".as_bytes();
    let article = read_stdin(input, &ReadOptions::default()).unwrap();
    assert_eq!(article.source_name, "-");
    assert_eq!(article.meta.source.as_deref(), Some("Radio Bocage"));
    assert_eq!(article.text, "La foire a ouvert.");
    let err = read_stdin("trop long".as_bytes(), &ReadOptions { max_bytes: 4 }).unwrap_err();
    assert_eq!(
        err.to_string(),
        "-: standard input is larger than the 4-byte limit"
    );
    let err = read_stdin("  \n".as_bytes(), &ReadOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "-: empty article");
}

#[test]
fn dates() {
    assert_eq!(parse_date("2025-03-13"), date(2025, 3, 13));
    assert_eq!(
        parse_date("2025-03-13T18:30:00Z"),
        DateTime::parse_from_rfc3339("2025-03-13T18:30:00+00:00")
            .ok()
            .map(Published::DateTime)
    );
    for bad in [
        "2025-13-45",
        "2025-02-30",
        "hier",
        "2025-3-13",
        "2025-03-13T18:30",
    ] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert_eq!(parse_date_lenient("2025-03-13T18:30"), date(2025, 3, 13));
    assert_eq!(parse_date_lenient("2025-03-13 18:30:00"), date(2025, 3, 13));
    assert_eq!(parse_date_lenient("13 mars 2025"), None);
}

// The fixtures in tests/data/readers, as their README describes them.

#[test]
fn fixture_page_html() {
    let article = read_one(&fixture("page.html")).unwrap();
    assert_eq!(article.source_name, "page.html");
    let meta = &article.meta;
    assert_eq!(
        meta.title.as_deref(),
        Some("Pont de pierre : les travaux reportés à l’automne")
    );
    assert_eq!(
        meta.date,
        DateTime::parse_from_rfc3339("2025-05-14T07:30:00+02:00")
            .ok()
            .map(Published::DateTime)
    );
    assert_eq!(
        meta.url.as_deref(),
        Some("https://courrier-garonne.example/2025/05/14/pont-de-pierre-travaux-reportes")
    );
    assert_eq!(meta.source.as_deref(), Some("Le Courrier de la Garonne"));
    assert_eq!(meta.lang.as_deref(), Some("fr"));
    assert_eq!(meta.author.as_deref(), Some("Sophie Lambert"));
    assert_eq!(meta.id, None);
    assert!(article.warnings.is_empty());
    expect_test::expect![[r#"
        Le chantier de rénovation du pont de pierre, qui devait débuter le 2 juin, est reporté à l’automne. La décision a été annoncée mardi soir par le président du conseil départemental, Alain Ferrand, à l’issue d’une réunion avec les services de l’État à Agen.

        Selon le département, les relevés effectués en avril ont révélé des fissures plus profondes que prévu sur deux piles de l’ouvrage. « Nous ne lancerons pas des travaux de cette ampleur sans un diagnostic complet », a déclaré Alain Ferrand devant la presse.

        « La sécurité des usagers passe avant le calendrier », a insisté la préfète, Nathalie Roux.

        Une circulation alternée jusqu’en octobre

        En attendant, la circulation restera alternée sur l’ouvrage, et les poids lourds de plus de 12 tonnes devront emprunter la rocade. Une nouvelle réunion entre le département et la mairie est prévue le 20 juin.

        Fermeture complète les nuits du 3 et du 4 juin

        Déviation des poids lourds par la rocade"#]]
    .assert_eq(&article.text);
}

#[test]
fn fixture_flux_jsonl() {
    let items = read_all(&[fixture("flux.jsonl")], &ReadOptions::default());
    let prefix = fixture("flux.jsonl").display().to_string();
    let summary: Vec<String> = items
        .iter()
        .map(|item| match item {
            Ok(a) => format!(
                "ok {} id={:?} date={:?}",
                a.source_name,
                a.meta.id,
                a.meta.date.map(|d| d.day())
            ),
            Err(err) => format!("err {}", err.replace(&prefix, "flux.jsonl")),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "ok flux.jsonl:1 id=Some(\"1042\") date=Some(2025-03-04)",
            "ok flux.jsonl:3 id=Some(\"marais-2025-0311\") date=Some(2025-03-11)",
            "err flux.jsonl:4: EOF while parsing a string at line 1 column 101",
            "err flux.jsonl:5: missing \"text\"",
            "ok flux.jsonl:6 id=None date=None",
        ]
    );
    let second = items[1].as_ref().unwrap();
    assert!(second
        .text
        .contains("arrêté limitant l’irrigation agricole.\n\n« Les nappes"));
    assert_eq!(second.meta.author.as_deref(), Some("Camille Perrin"));
}

#[test]
fn fixture_cp1252_txt() {
    let article = read_one(&fixture("cp1252.txt")).unwrap();
    assert_eq!(
        article.warnings,
        ["decoded as windows-1252 (not valid UTF-8)"]
    );
    assert_eq!(article.meta.source.as_deref(), Some("L’Écho du Rouergue"));
    assert_eq!(article.meta.date, date(2025, 6, 21));
    assert!(article
        .text
        .starts_with("La médiathèque de Saint-Affrique a célébré samedi"));
    assert!(article
        .text
        .contains("« Ce lieu est devenu le cœur de la vie culturelle"));
    assert!(article.text.contains("45 000 €"));
    assert!(!article.text.contains('\r'));
    assert_eq!(article.text.matches("\n\n").count(), 1);
}

#[test]
fn fixture_entete_txt() {
    let article = read_one(&fixture("entete.txt")).unwrap();
    let meta = &article.meta;
    assert_eq!(meta.id.as_deref(), Some("quercy-2025-0129"));
    assert_eq!(
        meta.title.as_deref(),
        Some("Crue du Lot : la décrue s'amorce")
    );
    assert_eq!(
        meta.date,
        DateTime::parse_from_rfc3339("2025-01-29T11:20:00+01:00")
            .ok()
            .map(Published::DateTime)
    );
    assert_eq!(
        meta.url.as_deref(),
        Some("https://journal-quercy.example/crue-decrue")
    );
    assert_eq!(meta.author.as_deref(), Some("Thomas Vidal"));
    assert!(article.text.starts_with("La décrue du Lot"));
}

#[test]
fn fixture_errors() {
    assert_eq!(
        fixture_error("sans-fermeture.txt"),
        "sans-fermeture.txt: front matter has no closing ---"
    );
    assert_eq!(
        fixture_error("mauvaise-date.txt"),
        "mauvaise-date.txt: invalid date \"2025-13-45\" (expected YYYY-MM-DD or RFC 3339)"
    );
    assert_eq!(
        fixture_error("ligne-invalide.txt"),
        "ligne-invalide.txt: front matter line 3: expected key: value"
    );
    assert_eq!(fixture_error("vide.txt"), "vide.txt: empty article");
    assert_eq!(
        fixture_error("binaire.txt"),
        "binaire.txt: binary file, not text"
    );
}

#[test]
fn fixture_directory() {
    let items = read_all(&[fixture("")], &ReadOptions::default());
    let ok = items.iter().filter(|item| item.is_ok()).count();
    // README.md, cp1252.txt, entete.txt, three lines of flux.jsonl, page.html.
    assert_eq!(ok, 7, "{items:?}");
    assert_eq!(items.len() - ok, 7, "{items:?}");
}

#[test]
fn articles_are_counted_as_they_will_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, content: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
    };
    write("a.txt", "Un article.");
    write("sub/b.html", "<p>Un autre.</p>");
    write(
        "sub/c.jsonl",
        "{\"text\": \"un\"}\n\n  \n{\"text\": \"deux\"}\n{pas du json",
    );
    write("sub/.cache/d.txt", "caché");
    write("e.csv", "ignoré");
    let paths = [dir.path().to_owned(), PathBuf::from("-")];
    let read = read_all(&paths[..1], &ReadOptions::default()).len() as u64;
    assert_eq!(count_articles(&paths[..1]), Some(read));
    assert_eq!(count_articles(&paths), Some(read + 1));
    assert_eq!(count_articles(&[dir.path().join("absent")]), None);
}
