//! Aligned tables and short terms, for people reading results on a terminal.

use std::io::Write;

use oxigraph::model::Term;

use crate::vocab::PREFIXES;

/// Table cells longer than this are cut, so that an article body does not flood the screen.
const MAX_CELL_CHARS: usize = 80;

/// A term as a person reads it: prefixed names for IRIs (`id:` for the base), the bare
/// value for literals.
pub fn short(term: &Term, base: &str) -> String {
    let text = match term {
        Term::NamedNode(n) => std::iter::once(&("id", base))
            .chain(PREFIXES)
            .find_map(|(prefix, ns)| {
                n.as_str()
                    .strip_prefix(ns)
                    .map(|local| format!("{prefix}:{local}"))
            })
            .unwrap_or_else(|| format!("<{}>", n.as_str())),
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    };
    let one_line = text.replace(['\n', '\t'], " ");
    if one_line.chars().count() > MAX_CELL_CHARS {
        let cut: String = one_line.chars().take(MAX_CELL_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// An aligned table: a header, a rule, the rows, and the row count.
pub fn write_table(
    out: &mut impl Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("  ")
    )?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}
