//! Bytes to text: UTF-8 as is, legacy encodings guessed and reported, binary refused.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Text made from an input's bytes.
#[derive(Debug)]
pub(super) struct Decoded {
    /// The text without a byte-order mark, line endings normalised to `\n`.
    pub text: String,
    /// Set when the bytes were not UTF-8, saying how they were read.
    pub warning: Option<String>,
}

/// The reason given for input that is not text.
pub(super) const BINARY: &str = "binary file, not text";

/// Turns bytes into text.
///
/// `sniff_charset` lets an HTML page's own `charset=` declaration pick the
/// legacy encoding before falling back to a statistical guess.
pub(super) fn decode(bytes: &[u8], sniff_charset: bool) -> Result<Decoded, String> {
    // UTF-16 is full of NUL bytes, so it must be recognised (by its byte-order
    // mark) before the binary check would refuse it.
    for (bom, encoding) in [(&[0xFF, 0xFE], UTF_16LE), (&[0xFE, 0xFF], UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, _) = encoding.decode_without_bom_handling(rest);
            return Ok(Decoded {
                text: normalise_newlines(&text),
                warning: Some(note(encoding)),
            });
        }
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if is_binary(bytes) {
        return Err(BINARY.to_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: normalise_newlines(text),
            warning: None,
        });
    }
    if let Some(decoded) = mostly_utf8(bytes) {
        return Ok(decoded);
    }
    let encoding = sniff_charset
        .then(|| declared_charset(bytes))
        .flatten()
        .unwrap_or_else(|| guess(bytes));
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut warning = note(encoding);
    if had_errors {
        warning.push_str("; some bytes could not be decoded");
    }
    Ok(Decoded {
        text: normalise_newlines(&text),
        warning: Some(warning),
    })
}

/// UTF-8 with a few bad bytes (a truncated copy, one stray Latin-1 byte) is still UTF-8: read
/// as such, each bad sequence replaced by U+FFFD, with a warning that says where. It is UTF-8
/// when its well-formed multi-byte characters outnumber its bad sequences; text in a legacy
/// encoding has almost none of the first (an `é` in Windows-1252 is one byte that UTF-8 never
/// accepts before an ASCII letter).
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (mut multibyte, mut bad, mut first_bad) = (0usize, 0usize, None);
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        offset += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            bad += 1;
            first_bad.get_or_insert(offset);
            offset += chunk.invalid().len();
        }
    }
    let first_bad = first_bad?;
    if multibyte <= bad {
        return None;
    }
    let more = match bad {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    Some(Decoded {
        text: normalise_newlines(&String::from_utf8_lossy(bytes)),
        warning: Some(format!(
            "not valid UTF-8 at byte {first_bad}{more}: read as UTF-8, bad bytes replaced by U+FFFD"
        )),
    })
}

fn note(encoding: &'static Encoding) -> String {
    format!(
        "decoded as {} (not valid UTF-8)",
        encoding.name().to_ascii_lowercase()
    )
}

/// Guesses a legacy encoding; for French text this is nearly always
/// Windows-1252 (which encoding_rs also uses for ISO-8859-1) or ISO-8859-15.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, false)
}

/// The encoding an HTML page declares in its first kilobyte (`<meta charset=…>`
/// or `content="text/html; charset=…"`), unless it claims UTF-8 or UTF-16,
/// which the bytes have already shown to be false.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let start = head.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = head[start..]
        .iter()
        .copied()
        .skip_while(|b| *b == b'"' || *b == b'\'' || b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    let encoding = Encoding::for_label(&label)?;
    (encoding != UTF_8 && encoding != UTF_16LE && encoding != UTF_16BE).then_some(encoding)
}

/// True for bytes that are not text: any NUL, or more than one byte in twenty
/// being a control character other than the usual whitespace (tab, line feed,
/// form feed, carriage return). Bytes 0x80–0x9F are not counted, since
/// Windows-1252 uses them for printable characters such as `’`.
pub(super) fn is_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let controls = bytes
        .iter()
        .filter(|b| (**b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r')) || **b == 0x7F)
        .count();
    controls * 20 > bytes.len()
}

/// `\r\n` and lone `\r` become `\n`; nothing else changes.
pub(super) fn normalise_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
// A panic is how a test reports failure, so unwrapping is fine here.
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_and_bom_stripped() {
        let decoded = decode("\u{FEFF}Le préfet a parlé.\r\nFin.".as_bytes(), false).unwrap();
        assert_eq!(decoded.text, "Le préfet a parlé.\nFin.");
        assert_eq!(decoded.warning, None);
    }

    #[test]
    fn utf8_with_a_bad_byte_stays_utf8() {
        let decoded = decode(b"Le pr\xc3\xa9sident \xff a parl\xc3\xa9.\n", false).unwrap();
        assert_eq!(decoded.text, "Le président \u{FFFD} a parlé.\n");
        assert_eq!(
            decoded.warning.as_deref(),
            Some("not valid UTF-8 at byte 14: read as UTF-8, bad bytes replaced by U+FFFD")
        );
        let three = decode(
            b"\xc3\xa9t\xc3\xa9 \xc3\xa0 Gen\xc3\xa8ve \xff\xfe x \x80",
            false,
        )
        .unwrap();
        assert_eq!(three.text, "été à Genève \u{FFFD}\u{FFFD} x \u{FFFD}");
        assert!(three.warning.unwrap().contains("at byte 17 and 2 more"));
        // Fewer good accents than bad bytes: a legacy encoding, as before.
        let legacy = decode(b"Le pr\xe9sident a parl\xe9 \xe0 \xc3\xa9", false).unwrap();
        assert!(legacy.warning.unwrap().starts_with("decoded as"));
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        let bytes = b"L\x92\xE9lu municipal a annonc\xE9 la r\xE9forme du march\xE9 couvert, \
                      pr\xE9vue pour l\x92\xE9t\xE9 prochain.";
        let decoded = decode(bytes, false).unwrap();
        assert_eq!(
            decoded.text,
            "L’élu municipal a annoncé la réforme du marché couvert, prévue pour l’été prochain."
        );
        assert_eq!(
            decoded.warning.as_deref(),
            Some("decoded as windows-1252 (not valid UTF-8)")
        );
    }

    #[test]
    fn html_charset_declaration_is_honoured() {
        let bytes = b"<meta charset=\"iso-8859-15\"><p>Co\xFBt : 5 \xA4</p>";
        let decoded = decode(bytes, true).unwrap();
        assert!(decoded.text.contains("Coût : 5 €"), "{}", decoded.text);
        assert_eq!(
            decoded.warning.as_deref(),
            Some("decoded as iso-8859-15 (not valid UTF-8)")
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Été".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let decoded = decode(&bytes, false).unwrap();
        assert_eq!(decoded.text, "Été");
        assert_eq!(
            decoded.warning.as_deref(),
            Some("decoded as utf-16le (not valid UTF-8)")
        );
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00abc", false).unwrap_err(), BINARY);
        assert_eq!(decode(b"\x01\x02\x03\x04 abc", false).unwrap_err(), BINARY);
        assert!(!is_binary(b"texte\tavec\x0Cun saut de page\r\n"));
    }

    #[test]
    fn lone_carriage_returns_become_newlines() {
        assert_eq!(normalise_newlines("a\rb\r\nc\n"), "a\nb\nc\n");
    }
}
