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
    let mut out = format!("{kind}");
    if let Some(date) = e.date {
        out.push(' ');
        out.push_str(&date.xsd().0);
    }
    out.push_str(&format!(" [{}]", people.join(", ")));
    if let Some(place) = e.place {
        out.push_str(&format!(" @{}", ex.entities[place].label));
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
    assert!(
        super::lexicon::LEXICON.errors.is_empty(),
        "{:?}",
        super::lexicon::LEXICON.errors
    );
}

#[test]
fn debug_dir() {
    let Ok(dir) = std::env::var("NG_EVENTS_DEBUG") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for input in crate::article::read_inputs(&paths, &Default::default()) {
        let article = input.expect("article");
        let (doc, _) = normalise(&article.text);
        let reference = Reference::bundled(BASE).expect("ref");
        let ex = Extractor::new(&reference).extract(&doc, article.meta.date.map(|d| d.day()));
        println!("=== {}", article.source_name);
        for e in &ex.events {
            println!("  {}  conf {}", render_event(&ex, e), e.confidence);
            for r in &e.evidence {
                println!(
                    "      | {}",
                    &doc.body[r.clone()].chars().take(150).collect::<String>()
                );
            }
        }
    }
}
