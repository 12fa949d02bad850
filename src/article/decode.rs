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
