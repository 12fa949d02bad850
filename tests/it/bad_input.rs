//! Bad input: one line on stderr naming the input, the rest of the batch stored, exit code 1.

use crate::support::{article, Sandbox, PREFIXES};

const GOOD: &str = "Steve Witkoff a rencontré Vladimir Poutine à Moscou.";

/// Ingests a good article beside `bad` and checks the report: exit 1, one error line naming
/// `name` and containing `reason`, and the good article stored.
fn check_rejected(bad_name: &str, bad: &[u8], reason: &str) {
    let error = rejected(bad_name, bad);
    assert!(
        error.contains(bad_name) && error.contains(reason),
        "{error}"
    );
}

/// Ingests a good article beside `bad`, checks that only the good one went in (exit 1), and
/// returns the one error line.
fn rejected(bad_name: &str, bad: &[u8]) -> String {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("in");
    sb.file("in/good.txt", article("good", "2025-08-06", GOOD));
    sb.file(&format!("in/{bad_name}"), bad);
    let out = sb
        .cmd(&["ingest", dir.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    let names = sb.select(&format!(
        "{PREFIXES} SELECT ?n WHERE {{ GRAPH ?a {{ ?a ng:sourceName ?n }} }}"
    ));
    assert_eq!(names, vec!["\"good.txt\""]);
    errors[0].to_owned()
}

/// Ingests one file that must go in, and returns what was said on stderr.
fn ingest_warnings(sb: &Sandbox, path: &std::path::Path) -> String {
    let out = sb
        .cmd(&["ingest", path.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn empty_file() {
    check_rejected("empty.txt", b"", "empty");
}

#[test]
fn whitespace_and_boilerplate_only() {
    check_rejected("blank.txt", b"\n\nEtiquettes\n\n, , ,\n", "empty");
}

#[test]
fn binary_file() {
    check_rejected(
        "photo.txt",
        &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0xfe, 0, 1, 2, 3],
        "binary",
    );
}

#[test]
fn front_matter_without_closing_line() {
    check_rejected(
        "open.txt",
        b"---\ndate: 2025-03-13\ntitle: Sans fin\nLe texte commence ici.\n",
        "---",
    );
}

#[test]
fn invalid_date() {
    check_rejected(
        "date.txt",
        article("d", "2025-13-45", GOOD).as_bytes(),
        "date",
    );
}

#[test]
fn malformed_json_line_names_its_line() {
    let sb = Sandbox::new();
    let f = sb.file(
        "batch.jsonl",
        format!("{{\"id\":\"a\",\"text\":\"{GOOD}\"}}\n{{\"id\": \"b\", \"text\": \n{{\"id\":\"c\",\"text\":\"Marco Rubio à Riyad.\"}}\n"),
    );
    let out = sb
        .cmd(&["ingest", f.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("batch.jsonl:2"), "{stderr}");
    let names = sb.select(&format!(
        "{PREFIXES} SELECT ?n WHERE {{ GRAPH ?a {{ ?a ng:sourceName ?n }} }} ORDER BY ?n"
    ));
    assert_eq!(names, vec!["\"batch.jsonl:1\"", "\"batch.jsonl:3\""]);
}

#[test]
fn file_over_the_size_limit() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("in");
    sb.file("in/good.txt", GOOD);
    sb.file("in/huge.txt", GOOD.repeat(100));
    let out = sb
        .cmd(&[
            "ingest",
            "--max-bytes",
            "1000",
            dir.to_str().expect("utf-8 path"),
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        errors[0].contains("huge.txt") && errors[0].contains("limit"),
        "{stderr}"
    );
}

#[test]
fn path_that_does_not_exist() {
    let sb = Sandbox::new();
    let good = sb.file("good.txt", GOOD);
    let out = sb
        .cmd(&[
            "ingest",
            "nowhere/missing.txt",
            good.to_str().expect("utf-8 path"),
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nowhere/missing.txt"), "{stderr}");
    assert_eq!(
        sb.count(&format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?a {{ ?a a ng:Article }} }}"
        )),
        1
    );
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let sb = Sandbox::new();
    // "Le président Poutine a reçu l’émissaire à Moscou." in Windows-1252.
    let mut bytes = b"Le pr\xe9sident Poutine a re\xe7u l\x92\xe9missaire \xe0 Moscou.".to_vec();
    bytes.push(b'\n');
    let f = sb.file("latin.txt", bytes);
    let out = sb
        .cmd(&["ingest", f.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("latin.txt") && stderr.contains("warning"),
        "{stderr}"
    );
    let bodies = sb.select(&format!("{PREFIXES} SELECT ?b WHERE {{ ?a ng:body ?b }}"));
    assert_eq!(
        bodies,
        vec!["\"Le président Poutine a reçu l'émissaire à Moscou.\""]
    );
}

#[test]
fn utf8_with_one_bad_byte_stays_utf8() {
    let sb = Sandbox::new();
    let f = sb.file(
        "abime.txt",
        b"Le pr\xc3\xa9sident Poutine a re\xc3\xa7u l\xe2\x80\x99\xc3\xa9missaire \xff \xc3\xa0 Moscou.\n",
    );
    let stderr = ingest_warnings(&sb, &f);
    assert!(
        stderr.contains("warning: abime.txt: not valid UTF-8 at byte 45"),
        "{stderr}"
    );
    let bodies = sb.select(&format!("{PREFIXES} SELECT ?b WHERE {{ ?a ng:body ?b }}"));
    assert_eq!(
        bodies,
        vec!["\"Le président Poutine a reçu l'émissaire \u{FFFD} à Moscou.\""]
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_not_waited_on() {
    let sb = Sandbox::new();
    let good = sb.file("good.txt", GOOD);
    let fifo = sb.dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo (coreutils) runs");
    assert!(made.success());
    // Nobody ever writes to the pipe: reading it would wait forever.
    let out = sb
        .cmd(&[
            "ingest",
            fifo.to_str().expect("utf-8 path"),
            good.to_str().expect("utf-8 path"),
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pipe.txt: not a regular file"), "{stderr}");
    assert_eq!(
        sb.count(&format!(
            "{PREFIXES} SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?a {{ ?a a ng:Article }} }}"
        )),
        1
    );
}

#[cfg(unix)]
#[test]
fn file_names_are_printed_escaped() {
    let error = rejected("two\nlines\u{1b}]0;x\u{7}.txt", b"\x00\x01binary");
    assert!(
        error.contains("two\\nlines\\u{1b}]0;x\\u{7}.txt: binary"),
        "{error}"
    );
    assert!(!error.contains('\u{1b}'), "{error}");
}

#[test]
fn an_article_without_a_date_gets_one_warning() {
    let sb = Sandbox::new();
    let undated = sb.file("sans-date.txt", GOOD);
    let stderr = ingest_warnings(&sb, &undated);
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].contains("sans-date.txt: no publication date"),
        "{stderr}"
    );
    // Dated by --published, or by its front matter: nothing to say.
    let path = undated.to_str().expect("utf-8 path");
    let out = sb
        .cmd(&["ingest", "--published", "2025-08-06", path])
        .output()
        .expect("run");
    assert!(out.stderr.is_empty(), "{out:?}");
    let dated = sb.file("date.txt", article("d", "2025-08-06", GOOD));
    assert!(ingest_warnings(&sb, &dated).is_empty());
}

#[test]
fn html_soup_does_not_break_the_batch() {
    let sb = Sandbox::new();
    let f = sb.file(
        "soup.html",
        "<div><p>Emmanuel Macron <b>a reçu <i>Volodymyr Zelensky</b> à Paris.<p><<script>x</div></span>&nbsp;&bogus;",
    );
    sb.ingest(&[&f]);
    let labels = sb.select(&format!("{PREFIXES} SELECT ?l WHERE {{ GRAPH ?a {{ ?a ng:mentions ?e . ?e rdfs:label ?l }} }} ORDER BY ?l"));
    assert!(
        labels.contains(&"\"Emmanuel Macron\"@fr".to_owned()),
        "{labels:?}"
    );
}

#[test]
fn queries_and_exports_need_an_existing_store() {
    let sb = Sandbox::new();
    for args in [&["query", "ASK {}"][..], &["export"][..], &["stats"][..]] {
        let out = sb.cmd(args).output().expect("run");
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("no newsgraph store"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
    }
    assert!(!sb.store().exists());
}

#[test]
fn a_store_in_use_gets_a_clear_message() {
    let sb = Sandbox::new();
    let f = sb.file("a.txt", GOOD);
    sb.ingest(&[&f]);
    let _held =
        newsgraph::store::GraphStore::open(&sb.store(), newsgraph::store::OpenMode::Existing)
            .expect("open the store");
    let out = sb
        .cmd(&["ingest", f.to_str().expect("utf-8 path")])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("in use"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn a_directory_with_a_junk_current_file_is_not_opened() {
    let sb = Sandbox::new();
    let dir = sb.store();
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("CURRENT"), "pas un manifeste\n").expect("write");
    let out = sb.cmd(&["stats"]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("is not a newsgraph store"), "{stderr}");
    // Nothing was written into it (RocksDB's LOCK and LOG would be).
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(files, ["CURRENT"]);
}

#[test]
fn a_store_another_program_wrote_gets_a_warning() {
    let sb = Sandbox::new();
    {
        let store = oxigraph::store::Store::open(sb.store()).expect("oxigraph store");
        let ex = oxigraph::model::NamedNodeRef::new_unchecked("http://example.com/x");
        store
            .insert(oxigraph::model::QuadRef::new(
                ex,
                ex,
                ex,
                oxigraph::model::GraphNameRef::DefaultGraph,
            ))
            .expect("insert");
    }
    let good = sb.file("good.txt", GOOD);
    let stderr = ingest_warnings(&sb, &good);
    assert!(
        stderr.contains("holds quads newsgraph did not write"),
        "{stderr}"
    );
    // A second ingest finds its own store: no warning.
    assert!(!ingest_warnings(&sb, &good).contains("did not write"));
}

#[test]
fn usage_errors_exit_with_2() {
    let sb = Sandbox::new();
    assert_eq!(
        sb.cmd(&["ingest"]).output().expect("run").status.code(),
        Some(2)
    );
    assert_eq!(
        sb.cmd(&["export", "--format", "yaml"])
            .output()
            .expect("run")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        sb.cmd(&["ingest", "--published", "hier", "x"])
            .output()
            .expect("run")
            .status
            .code(),
        Some(2)
    );
}
