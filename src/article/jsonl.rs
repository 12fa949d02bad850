//! JSON Lines: one article per line, read one line at a time.

use std::io::{self, BufRead, Read};

use serde_json::{Map, Value};

use super::decode::{self, normalise_newlines};
use super::{invalid_date, io_reason, parse_date, Article, Meta, ReadError, EMPTY};

/// The articles of one JSON Lines file, read lazily.
///
/// A bad line is reported as an error naming `file.jsonl:LINE` and the
/// following lines are still read; only an I/O error or a binary line ends
/// the file early.
pub(super) struct JsonLines {
    reader: Box<dyn BufRead>,
    /// The path as given, for error messages.
    input: String,
    /// The file's base name, for `source_name`.
    name: String,
    /// The 1-based number of the last line read.
    line: usize,
    max_bytes: u64,
    done: bool,
}

impl JsonLines {
    pub(super) fn new(
        reader: impl BufRead + 'static,
        input: String,
        name: String,
        max_bytes: u64,
    ) -> Self {
        JsonLines {
            reader: Box::new(reader),
            input,
            name,
            line: 0,
            max_bytes,
            done: false,
        }
    }

    fn error(&self, reason: impl Into<String>) -> ReadError {
        ReadError::new(format!("{}:{}", self.input, self.line), reason)
    }

    /// Reads the next line into `buf` (without its line ending), never
    /// holding more than `max_bytes + 1` bytes of it.
    fn read_line(&mut self, buf: &mut Vec<u8>) -> io::Result<Line> {
        buf.clear();
        let limit = self.max_bytes.saturating_add(1);
        if Read::take(&mut self.reader, limit).read_until(b'\n', buf)? == 0 {
            return Ok(Line::End);
        }
        self.line += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
        } else if buf.len() as u64 >= limit {
            // Skip the rest of the line so that the next one starts clean.
            self.skip_line()?;
            return Ok(Line::TooLong);
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Line::Read)
    }

    fn skip_line(&mut self) -> io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            match chunk.iter().position(|b| *b == b'\n') {
                Some(end) => {
                    self.reader.consume(end + 1);
                    return Ok(());
                }
                None => {
                    let len = chunk.len();
                    self.reader.consume(len);
                }
            }
        }
    }

    /// Turns one non-blank line into an article; the error is a reason.
    fn article(&self, bytes: &[u8]) -> Result<Article, String> {
        // JSON must be UTF-8, but a file saved in a legacy encoding is still
        // worth reading; each line is decoded on its own.
        let decoded = decode::decode(bytes, false)?;
        let value: Value = serde_json::from_str(&decoded.text).map_err(|err| err.to_string())?;
        let Value::Object(object) = value else {
            return Err("expected a JSON object".to_owned());
        };
        let meta = Meta {
            id: field(&object, "id")?,
            title: field(&object, "title")?,
            date: match field(&object, "date")? {
                Some(date) => Some(parse_date(&date).ok_or_else(|| invalid_date(&date))?),
                None => None,
            },
            url: field(&object, "url")?,
            source: field(&object, "source")?,
            lang: field(&object, "lang")?,
            author: field(&object, "author")?,
        };
        let text = match object.get("text") {
            None | Some(Value::Null) => return Err("missing \"text\"".to_owned()),
            Some(Value::String(text)) => normalise_newlines(text),
            Some(_) => return Err("\"text\" must be a string".to_owned()),
        };
        if text.trim().is_empty() {
            return Err(EMPTY.to_owned());
        }
        Ok(Article {
            source_name: format!("{}:{}", self.name, self.line),
            meta,
            text,
            warnings: decoded.warning.into_iter().collect(),
        })
    }
}

/// A string field; numbers are accepted and written out (ids are often
/// numeric), null and empty strings count as absent.
fn field(object: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

/// What [`JsonLines::read_line`] found.
enum Line {
    Read,
    TooLong,
    End,
}

impl Iterator for JsonLines {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            match self.read_line(&mut buf) {
                Ok(Line::End) => self.done = true,
                Ok(Line::TooLong) => {
                    let reason = format!("line is larger than the {}-byte limit", self.max_bytes);
                    return Some(Err(self.error(reason)));
                }
                Ok(Line::Read) => {
                    let bytes = if self.line == 1 {
                        buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf)
                    } else {
                        &buf
                    };
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if decode::is_binary(bytes) {
                        // A binary file would otherwise give one error per "line".
                        self.done = true;
                        return Some(Err(self.error(decode::BINARY)));
                    }
                    return Some(self.article(bytes).map_err(|reason| self.error(reason)));
                }
                Err(err) => {
                    // Reading cannot go on past an I/O error.
                    self.done = true;
                    return Some(Err(self.error(io_reason(&err))));
                }
            }
        }
        None
    }
}

#[cfg(test)]
// A panic is how a test reports failure, so unwrapping is fine here.
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn read(content: &[u8], max_bytes: u64) -> Vec<Result<Article, String>> {
        let reader = io::Cursor::new(content.to_vec());
        JsonLines::new(
            reader,
            "dir/flux.jsonl".into(),
            "flux.jsonl".into(),
            max_bytes,
        )
        .map(|item| item.map_err(|err| err.to_string()))
        .collect()
    }

    #[test]
    fn good_lines_bad_lines_and_line_numbers() {
        let content = concat!(
            "{\"id\": 17, \"title\": \"Conseil municipal\", \"date\": \"2025-02-03\", \"text\": \"Le budget est adopté.\"}\n",
            "\n",
            "{\"title\": \"Tronqué\", \"text\": \"Le maire\n",
            "{\"title\": \"Sans texte\"}\n",
            "{\"text\": \"   \"}\r\n",
            "{\"text\": \"Une date fausse.\", \"date\": \"hier\"}\n",
            "[1, 2]\n",
            "{\"id\": \"b-2\", \"text\": \"Deuxième article.\\r\\nSuite.\", \"lang\": \"fr\"}",
        );
        let items = read(content.as_bytes(), 1000);
        assert_eq!(items.len(), 7);
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.source_name, "flux.jsonl:1");
        assert_eq!(first.meta.id.as_deref(), Some("17"));
        assert_eq!(first.meta.title.as_deref(), Some("Conseil municipal"));
        assert_eq!(first.text, "Le budget est adopté.");
        let err = items[1].as_ref().unwrap_err();
        assert!(
            err.starts_with("dir/flux.jsonl:3: EOF while parsing"),
            "{err}"
        );
        assert_eq!(
            items[2].as_ref().unwrap_err(),
            "dir/flux.jsonl:4: missing \"text\""
        );
        assert_eq!(
            items[3].as_ref().unwrap_err(),
            "dir/flux.jsonl:5: empty article"
        );
        assert_eq!(
            items[4].as_ref().unwrap_err(),
            "dir/flux.jsonl:6: invalid date \"hier\" (expected YYYY-MM-DD or RFC 3339)"
        );
        assert_eq!(
            items[5].as_ref().unwrap_err(),
            "dir/flux.jsonl:7: expected a JSON object"
        );
        let last = items[6].as_ref().unwrap();
        assert_eq!(last.source_name, "flux.jsonl:8");
        assert_eq!(last.text, "Deuxième article.\nSuite.");
        assert_eq!(last.meta.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn wrong_types_are_errors() {
        let items = read(
            b"{\"text\": 3}\n{\"text\": \"ok\", \"title\": [\"a\"]}\n",
            1000,
        );
        assert_eq!(
            items[0].as_ref().unwrap_err(),
            "dir/flux.jsonl:1: \"text\" must be a string"
        );
        assert_eq!(
            items[1].as_ref().unwrap_err(),
            "dir/flux.jsonl:2: \"title\" must be a string"
        );
    }

    #[test]
    fn long_lines_are_refused_and_skipped() {
        let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(200));
        let content = format!("{long}{{\"text\": \"court\"}}\n");
        let items = read(content.as_bytes(), 50);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0].as_ref().unwrap_err(),
            "dir/flux.jsonl:1: line is larger than the 50-byte limit"
        );
        assert_eq!(items[1].as_ref().unwrap().source_name, "flux.jsonl:2");
    }

    #[test]
    fn bom_and_legacy_bytes() {
        let items = read(
            b"\xEF\xBB\xBF{\"text\": \"ok\"}\n{\"text\": \"L\x92\xE9t\xE9 est chaud.\"}\n",
            1000,
        );
        assert_eq!(items[0].as_ref().unwrap().text, "ok");
        let legacy = items[1].as_ref().unwrap();
        assert_eq!(legacy.text, "L’été est chaud.");
        assert_eq!(
            legacy.warnings,
            ["decoded as windows-1252 (not valid UTF-8)"]
        );
    }

    #[test]
    fn binary_stops_the_file() {
        let items = read(b"\x00\x01\x02\n\x00\x00\n", 1000);
        assert_eq!(items.len(), 1);
        assert_eq!(
            items[0].as_ref().unwrap_err(),
            "dir/flux.jsonl:1: binary file, not text"
        );
    }
}
