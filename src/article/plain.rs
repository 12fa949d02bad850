//! Plain text with an optional front-matter header (`---`, `key: value` lines, `---`).

use super::{invalid_date, parse_date, Meta};

/// Splits decoded text into its front matter and its body.
///
/// The body is returned with its lines as they are: leading blank lines and
/// trailing whitespace are dropped, nothing else. The error is a reason
/// (without the input's name).
pub(super) fn parse(text: &str) -> Result<(Meta, String), String> {
    let mut meta = Meta::default();
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next().filter(|line| line.trim() == "---") else {
        return Ok((meta, body(text)));
    };
    // Find the closing line before reading any key: without one, the header
    // runs into the body, whose lines would be reported as bad keys.
    let mut body_start = first.len();
    let mut header = Vec::new();
    let mut closed = false;
    for line in lines {
        body_start += line.len();
        if line.trim() == "---" {
            closed = true;
            break;
        }
        header.push(line);
    }
    if !closed {
        return Err("front matter has no closing ---".to_owned());
    }
    // The opening `---` is line 1, so the first header line is line 2.
    for (number, line) in (2..).zip(header) {
        read_header_line(&mut meta, line, number)?;
    }
    Ok((meta, body(&text[body_start..])))
}

/// Reads one `key: value` line into `meta`.
fn read_header_line(meta: &mut Meta, line: &str, number: usize) -> Result<(), String> {
    let line = line.trim();
    // Blank lines and YAML comments are harmless, so they are allowed.
    if line.is_empty() || line.starts_with('#') {
        return Ok(());
    }
    let Some((key, value)) = line.split_once(':') else {
        return Err(format!("front matter line {number}: expected key: value"));
    };
    let value = unquote(value.trim());
    if value.is_empty() {
        return Ok(());
    }
    let value = value.to_owned();
    match key.trim().to_ascii_lowercase().as_str() {
        "id" => meta.id = Some(value),
        "title" => meta.title = Some(value),
        "url" => meta.url = Some(value),
        "source" => meta.source = Some(value),
        "lang" => meta.lang = Some(value),
        "author" => meta.author = Some(value),
        "date" => meta.date = Some(parse_date(&value).ok_or_else(|| invalid_date(&value))?),
        // Other tools put their own keys in front matter; they are not ours to refuse.
        _ => {}
    }
    Ok(())
}

/// Strips one pair of matching surrounding quotes.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// Drops leading blank lines and trailing whitespace, keeping every other
/// line (and the indentation of the first one) untouched.
fn body(text: &str) -> String {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            break;
        }
        start += line.len();
    }
    text[start..].trim_end().to_owned()
}

#[cfg(test)]
// A panic is how a test reports failure, so unwrapping is fine here.
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::article::Published;
    use chrono::{DateTime, NaiveDate};

    #[test]
    fn text_without_front_matter_is_all_body() {
        let (meta, body) =
            parse("\n\nLa mairie a voté le budget.\n\nLe débat a duré trois heures.\n").unwrap();
        assert_eq!(meta, Meta::default());
        assert_eq!(
            body,
            "La mairie a voté le budget.\n\nLe débat a duré trois heures."
        );
    }

    #[test]
    fn front_matter_keys_and_quoted_values() {
        let text = "--- \nID: 'lyon-042'\ntitle: \"Grève: les trams à l'arrêt\"\ndate: 2025-04-17\n\
                    url: https://exemple.fr/a?b=c\nsource: Le Courrier\nlang: fr\nauthor: Claire Dubois\n\
                    rubrique: société\n---\n\nLes trams sont restés au dépôt.\n";
        let (meta, body) = parse(text).unwrap();
        assert_eq!(meta.id.as_deref(), Some("lyon-042"));
        assert_eq!(meta.title.as_deref(), Some("Grève: les trams à l'arrêt"));
        assert_eq!(
            meta.date,
            Some(Published::Date(
                NaiveDate::from_ymd_opt(2025, 4, 17).unwrap()
            ))
        );
        assert_eq!(meta.url.as_deref(), Some("https://exemple.fr/a?b=c"));
        assert_eq!(meta.source.as_deref(), Some("Le Courrier"));
        assert_eq!(meta.lang.as_deref(), Some("fr"));
        assert_eq!(meta.author.as_deref(), Some("Claire Dubois"));
        assert_eq!(body, "Les trams sont restés au dépôt.");
    }

    #[test]
    fn rfc3339_date() {
        let (meta, _) = parse("---\ndate: \"2025-03-13T18:30:00+01:00\"\n---\nTexte.").unwrap();
        let expected = DateTime::parse_from_rfc3339("2025-03-13T18:30:00+01:00").unwrap();
        assert_eq!(meta.date, Some(Published::DateTime(expected)));
    }

    #[test]
    fn invalid_dates_are_errors() {
        for date in ["2025-13-45", "hier", "13/03/2025", "2025-3-5"] {
            let err = parse(&format!("---\ndate: {date}\n---\nTexte.")).unwrap_err();
            assert_eq!(
                err,
                format!("invalid date \"{date}\" (expected YYYY-MM-DD or RFC 3339)")
            );
        }
    }

    #[test]
    fn missing_closing_line_is_an_error() {
        let err = parse("---\ntitle: Sans fin\n\nLe texte commence ici.\n").unwrap_err();
        assert_eq!(err, "front matter has no closing ---");
    }

    #[test]
    fn line_without_colon_names_its_line() {
        let err = parse("---\ntitle: Titre\nune ligne orpheline\n---\nTexte.").unwrap_err();
        assert_eq!(err, "front matter line 3: expected key: value");
    }

    #[test]
    fn body_lines_are_kept_as_they_are() {
        let (_, body) = parse("---\nlang: fr\n---\n  Partager\nPartager\n\nTexte.  \n\n").unwrap();
        assert_eq!(body, "  Partager\nPartager\n\nTexte.");
    }
}
