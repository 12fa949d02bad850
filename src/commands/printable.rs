//! Text that came from the inputs (file names, mostly), made safe to print on one line.
//!
//! A file name may hold a newline, which would split an error line in two, or an escape
//! sequence, which a terminal would obey. Control characters and the bidirectional overrides
//! are written as escapes (`\n`, `\t`, `\u{1b}`), as ripgrep and `ls` do; everything else is
//! printed as it is. The data keeps the name unchanged: only what reaches the terminal is
//! escaped.

use std::borrow::Cow;
use std::fmt::Write;

/// `text` with its unprintable characters escaped; borrowed when there are none.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unprintable(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// C0 and C1 controls, DEL, and the characters that reorder the text around them.
fn unprintable(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_the_rest_kept() {
        assert_eq!(printable("dépêche 1.txt"), "dépêche 1.txt");
        assert!(matches!(printable("a.txt"), Cow::Borrowed(_)));
        assert_eq!(printable("a\nb.txt"), "a\\nb.txt");
        assert_eq!(printable("\u{1b}]0;pwned\u{7}x"), "\\u{1b}]0;pwned\\u{7}x");
        assert_eq!(printable("\u{9b}31m\t\r"), "\\u{9b}31m\\t\\r");
        assert_eq!(printable("abc\u{202E}txt.exe"), "abc\\u{202e}txt.exe");
    }
}
