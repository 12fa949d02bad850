//! Golden tests of extraction: each `tests/data/extract/NAME.txt` article beside the facts it
//! must give, `NAME.facts`, in a readable text form. `UPDATE_EXPECT=1 cargo test --release`
//! rewrites the `.facts` files; read every diff before committing it.

use std::fmt::Write;
use std::path::Path;

use newsgraph::article::{read_inputs, ReadOptions};
use newsgraph::extract::{EventKind, Extraction, Extractor, Status};
use newsgraph::reference::Reference;
use newsgraph::text::{normalise, Document};
use newsgraph::vocab::DEFAULT_BASE;

use crate::support::root;

/// The facts of one article, one per line, in a stable order.
fn render(document: &Document, extraction: &Extraction, reference: &Reference) -> String {
    let name = |e: usize| extraction.entities[e].label.clone();
    let mut lines = Vec::new();
    for (n, entity) in extraction.entities.iter().enumerate() {
        let mut forms: Vec<&str> = extraction
            .mentions
            .iter()
            .filter(|m| m.entity == n)
            .map(|m| document.slice(m.range.clone()))
            .collect();
        if forms.is_empty() {
            continue;
        }
        forms.sort_unstable();
        forms.dedup();
        let known = match (entity.reference, &entity.place) {
            (Some(r), _) => format!(" [{}]", reference.entities[r].key),
            (None, Some(place)) => place
                .geonames
                .as_ref()
                .map(|g| format!(" [geonames {g}]"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        lines.push(format!(
            "{:?} {}{known}: {}",
            entity.class,
            entity.label,
            forms.join(" | ")
        ));
    }
    lines.sort();
    let mut roles: Vec<String> = extraction
        .roles
        .iter()
        .map(|r| {
            let of =
                r.of.map(|o| format!(" (of {})", name(o)))
                    .unwrap_or_default();
            format!("Role {}: {}{of}", name(r.person), r.label)
        })
        .collect();
    roles.sort();
    roles.dedup();
    lines.extend(roles);
    for event in &extraction.events {
        let kind = if event.kind == EventKind::Meeting {
            "Meeting"
        } else {
            "Call"
        };
        let mut line = format!(
            "{kind} {}",
            event
                .date
                .map(|d| d.xsd().0)
                .unwrap_or_else(|| "undated".into())
        );
        let who: Vec<String> = event.participants.iter().map(|&p| name(p)).collect();
        let _ = write!(line, " [{}]", who.join(", "));
        if let Some(place) = event.place {
            let _ = write!(line, " @{}", name(place));
        }
        if let Some(town) = event.town {
            let _ = write!(line, " @{}", name(town));
        }
        if let Some((duration, qualifier)) = &event.duration {
            let _ = write!(line, " {duration} {}", qualifier.as_str());
        }
        let _ = write!(
            line,
            " {}",
            if event.status == Status::Occurred {
                "occurred"
            } else {
                "planned"
            }
        );
        if let Some(ordinal) = event.ordinal {
            let _ = write!(line, " #{ordinal}");
        }
        lines.push(line);
    }
    for claim in &extraction.claims {
        let quoted = if claim.quoted { "quoted" } else { "reported" };
        let about = claim
            .about
            .map(|_| " (about a meeting)")
            .unwrap_or_default();
        lines.push(format!(
            "Claim {} {quoted}{about}: {}",
            name(claim.claimant),
            document.slice(claim.text.clone()).trim()
        ));
    }
    lines.join("\n") + "\n"
}

#[test]
fn extraction_matches_the_golden_facts() {
    let reference = Reference::bundled(DEFAULT_BASE).expect("bundled data");
    let extractor = Extractor::new(&reference);
    let dir = root().join("tests/data/extract");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no golden cases in {}", dir.display());
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for input in &inputs {
        let article = read_inputs(std::slice::from_ref(input), &ReadOptions::default())
            .next()
            .expect("one article")
            .expect("a readable article");
        let (document, _) = normalise(&article.text);
        let published = article.meta.date.map(|d| d.day());
        let actual = render(
            &document,
            &extractor.extract(&document, published),
            &reference,
        );
        let facts = input.with_extension("facts");
        let expected = std::fs::read_to_string(&facts).unwrap_or_default();
        if actual != expected {
            if update {
                std::fs::write(&facts, &actual).expect("write facts");
            } else {
                failures.push(diff(&facts, &expected, &actual));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(run UPDATE_EXPECT=1 cargo test --release to accept)",
        failures.join("\n")
    );
}

fn diff(path: &Path, expected: &str, actual: &str) -> String {
    let mut out = format!("--- {}\n", path.display());
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    for line in &old {
        if !new.contains(line) {
            let _ = writeln!(out, "- {line}");
        }
    }
    for line in &new {
        if !old.contains(line) {
            let _ = writeln!(out, "+ {line}");
        }
    }
    out
}

/// The golden articles, mangled with quotes, marks, emoji and cuts, still go through every
/// stage without a panic, and every span stays inside the body.
#[test]
fn extraction_survives_mangled_text() {
    let reference = Reference::bundled(DEFAULT_BASE).expect("bundled data");
    let extractor = Extractor::new(&reference);
    let odd = [
        "«",
        "»",
        "“",
        "”",
        "\"",
        "'",
        "…",
        "—",
        "(",
        ")",
        ":",
        ";",
        ".",
        "..",
        "?!",
        "🙂",
        "漢",
        "\u{301}",
        "M.",
        "É",
        "İ",
        ",",
        " a déclaré ",
        " selon ",
        " que ",
        "Il ",
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n.max(1)
    };
    let dir = root().join("tests/data/extract");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .expect("golden cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("readable"))
        .collect();
    texts.sort();
    for round in 0..200 {
        let mut chars: Vec<String> = texts[round % texts.len()]
            .chars()
            .map(String::from)
            .collect();
        for _ in 0..1 + next(60) {
            let at = next(chars.len());
            chars.insert(at, odd[next(odd.len())].to_owned());
        }
        if round % 3 == 0 {
            let cut = next(chars.len());
            chars.truncate(cut.max(1));
        }
        let text: String = chars.concat();
        let (document, _) = normalise(&text);
        let extraction = extractor.extract(&document, chrono::NaiveDate::from_ymd_opt(2025, 6, 1));
        for range in extraction
            .mentions
            .iter()
            .map(|m| m.range.clone())
            .chain(extraction.claims.iter().map(|c| c.text.clone()))
            .chain(extraction.roles.iter().map(|r| r.range.clone()))
        {
            assert!(
                document.body.get(range.clone()).is_some(),
                "round {round}: bad range {range:?}"
            );
        }
    }
}
