//! The one reader of the language tables: comments, headers, tabs and `|`, with every row it
//! cannot take left out and reported as `path:line: problem`.
//!
//! The conventions are those of `src/lang/fr/README.md`. Lines that start with `#` are comments
//! and blank lines are skipped. In a TSV table the first other line is the header, and every row
//! has one cell per column, split on tabs and trimmed; `|` separates several values inside a
//! cell ([`values`]). A plain list has one item a line.
//!
//! Reading never fails and never panics: a malformed row is left out and its problem is added to
//! the caller's list, beside what it parsed, so one bad edit costs one row and not the
//! extractor. The tables are compiled in ([`super::fr`]), so a unit test that reads every one of
//! them and finds no problem stands for a check at run time.

use std::fmt::Display;

/// A table compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table {
    /// Its path in the repository, as problems name it: `src/lang/fr/leaders.tsv`.
    pub path: &'static str,
    pub text: &'static str,
    /// The header of a TSV table, one name a column; empty for a plain list.
    pub columns: &'static [&'static str],
}

/// One data row of a TSV table.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    path: &'static str,
    /// Its line in the file, counted from 1 as editors count.
    pub line: usize,
    /// One trimmed cell a column of the header, so a slice pattern of the header's length
    /// always matches.
    pub cells: Vec<&'static str>,
}

impl Row {
    /// A problem with this row, as `path:line: message`.
    pub fn problem(&self, message: impl Display) -> String {
        format!("{}:{}: {message}", self.path, self.line)
    }
}

impl Table {
    /// Whether the table is a plain list rather than a TSV table.
    pub fn is_list(&self) -> bool {
        self.columns.is_empty()
    }

    /// The lines that hold data, with their numbers: comments and blank lines left out.
    fn data_lines(&self) -> impl Iterator<Item = (usize, &'static str)> {
        let text: &'static str = self.text;
        text.lines()
            .enumerate()
            .map(|(i, line)| (i + 1, line))
            .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
    }

    /// The rows of a TSV table, in file order. A row with another number of cells than the
    /// header has columns is left out; so is every row of a table whose header is not
    /// [`Table::columns`], since its cells could be in any order. Both go to `problems`.
    pub fn rows(&self, problems: &mut Vec<String>) -> Vec<Row> {
        let mut lines = self.data_lines();
        let Some((line, header)) = lines.next() else {
            problems.push(format!("{}: no header", self.path));
            return Vec::new();
        };
        if self.is_list()
            || !header
                .split('\t')
                .map(str::trim)
                .eq(self.columns.iter().copied())
        {
            problems.push(format!(
                "{}:{line}: expected the header {:?}, found {header:?}",
                self.path,
                self.columns.join("\t")
            ));
            return Vec::new();
        }
        let mut rows = Vec::new();
        for (line, text) in lines {
            let cells: Vec<&'static str> = text.split('\t').map(str::trim).collect();
            if cells.len() == self.columns.len() {
                rows.push(Row {
                    path: self.path,
                    line,
                    cells,
                });
            } else {
                problems.push(format!(
                    "{}:{line}: expected {} columns, found {}",
                    self.path,
                    self.columns.len(),
                    cells.len()
                ));
            }
        }
        rows
    }

    /// The items of a plain list, trimmed, in file order. A line with a tab is left out and
    /// goes to `problems`: a list holds one item a line, and a tab says a column was meant.
    pub fn items(&self, problems: &mut Vec<String>) -> Vec<&'static str> {
        if !self.is_list() {
            problems.push(format!("{}: a TSV table read as a list", self.path));
            return Vec::new();
        }
        let mut items = Vec::new();
        for (line, text) in self.data_lines() {
            if text.contains('\t') {
                problems.push(format!("{}:{line}: a tab in a list", self.path));
            } else {
                items.push(text.trim());
            }
        }
        items
    }

    /// Every problem of the table's layout, as [`Table::rows`] or [`Table::items`] finds
    /// them.
    #[cfg(test)]
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.is_list() {
            self.items(&mut problems);
        } else {
            self.rows(&mut problems);
        }
        problems
    }
}

/// The values of a cell: split on `|`, trimmed, empty ones left out.
pub(crate) fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEADERS: Table = Table {
        path: "src/lang/fr/leaders.tsv",
        text: "# Who ran a country.\n\
               office\tcountry\tname\tfrom\tto\n\
               \n\
               leader\tChine\tXi Jinping\t2013-03-14\t\n\
               leader\tRussie\tVladimir Poutine\t2012-05-07\n\
               # A comment between rows.\n\
               state\tInde\tDroupadi Murmu\t2022-07-25\t\t\n\
               government\tInde\tNarendra Modi\t2014-05-26\t\n",
        columns: &["office", "country", "name", "from", "to"],
    };

    #[test]
    fn a_broken_row_is_reported_with_its_file_and_line_and_skipped() {
        let mut problems = Vec::new();
        let rows = LEADERS.rows(&mut problems);
        assert_eq!(
            problems,
            [
                "src/lang/fr/leaders.tsv:5: expected 5 columns, found 4",
                "src/lang/fr/leaders.tsv:7: expected 5 columns, found 6",
            ]
        );
        let read: Vec<(usize, &str, &str)> = rows
            .iter()
            .map(|r| (r.line, r.cells[2], r.cells[4]))
            .collect();
        assert_eq!(read, [(4, "Xi Jinping", ""), (8, "Narendra Modi", "")]);
        assert_eq!(
            rows[0].problem("bad date"),
            "src/lang/fr/leaders.tsv:4: bad date"
        );
    }

    #[test]
    fn a_wrong_header_leaves_the_whole_table_out() {
        let swapped = Table {
            text: "country\toffice\tname\tfrom\tto\nChine\tleader\tXi Jinping\t2013-03-14\t\n",
            ..LEADERS
        };
        assert_eq!(
            swapped.problems(),
            [
                r#"src/lang/fr/leaders.tsv:1: expected the header "office\tcountry\tname\tfrom\tto", found "country\toffice\tname\tfrom\tto""#
            ]
        );
        let empty = Table {
            text: "# nothing yet\n",
            ..LEADERS
        };
        assert_eq!(empty.problems(), ["src/lang/fr/leaders.tsv: no header"]);
    }

    #[test]
    fn lists_hold_one_item_a_line() {
        let list = Table {
            path: "src/lang/fr/org_tails.txt",
            text: "# Company endings.\nSA\n  Inc \n\nGmbH\tAG\nAirlines\n",
            columns: &[],
        };
        let mut problems = Vec::new();
        assert_eq!(list.items(&mut problems), ["SA", "Inc", "Airlines"]);
        assert_eq!(problems, ["src/lang/fr/org_tails.txt:5: a tab in a list"]);
    }

    #[test]
    fn cell_values() {
        assert_eq!(
            values("Moscou| Moskva ||Moscow").collect::<Vec<_>>(),
            ["Moscou", "Moskva", "Moscow"]
        );
        assert_eq!(values("").count(), 0);
    }
}
