//! READ: files, HTML pages, JSON Lines and standard input become [`Article`]s.
//!
//! This is the I/O edge of the pipeline. Everything after it is pure.
//!
//! The submodules each handle one way of turning bytes into an article:
//! [`decode`] makes text out of bytes (UTF-8 or a legacy encoding), [`plain`]
//! reads plain text with an optional front-matter header, [`html`] pulls the
//! metadata and main content out of a web page, and [`jsonl`] reads one
//! article per line. This file walks the inputs and dispatches.

mod decode;
mod html;
mod jsonl;
mod plain;

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};

/// The publication date as the input gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Date(NaiveDate),
    DateTime(DateTime<FixedOffset>),
}

impl Published {
    /// The calendar day, which anchors relative dates.
    pub fn day(&self) -> NaiveDate {
        match self {
            Published::Date(d) => *d,
            Published::DateTime(dt) => dt.date_naive(),
        }
    }
}

/// What the input says about an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub id: Option<String>,
    pub title: Option<String>,
    pub date: Option<Published>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub lang: Option<String>,
    pub author: Option<String>,
}

/// One article as read from its input, before any normalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The file's base name, `file.jsonl:LINE` for JSON Lines, `-` for stdin.
    pub source_name: String,
    pub meta: Meta,
    /// The body text, paragraphs separated by blank lines.
    pub text: String,
    /// Things worth telling the user that did not stop the article (e.g. a legacy encoding).
    pub warnings: Vec<String>,
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Files larger than this are rejected. For JSON Lines the limit applies to
    /// each line, since a file of many articles is read one line at a time.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

/// An input that could not be read, naming the input at fault.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct ReadError {
    /// The path, `path:LINE` for JSON Lines, or `-`.
    pub input: String,
    pub reason: String,
}

impl ReadError {
    fn new(input: impl Into<String>, reason: impl Into<String>) -> Self {
        ReadError {
            input: input.into(),
            reason: reason.into(),
        }
    }
}

/// Reads every input in order: files, directories (walked recursively, sorted) and `-`.
///
/// Streaming: one article is in memory at a time (per JSON Lines line).
pub fn read_inputs(
    paths: &[PathBuf],
    options: &ReadOptions,
) -> impl Iterator<Item = Result<Article, ReadError>> {
    Inputs {
        // Owned, so that the iterator does not borrow the caller's slice.
        pending: Vec::from(paths).into_iter(),
        options: options.clone(),
        walk: None,
        lines: None,
    }
}

/// A directory walk that never descends into hidden directories.
///
/// A plain `fn` pointer rather than a closure, so that the type can be named
/// in [`Inputs`].
type Walk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

/// The lazy iterator behind [`read_inputs`].
///
/// It holds at most one directory walk and one open JSON Lines file at a time,
/// so nothing is read before the consumer asks for the next article.
struct Inputs {
    pending: std::vec::IntoIter<PathBuf>,
    options: ReadOptions,
    walk: Option<Walk>,
    lines: Option<jsonl::JsonLines>,
}

impl Iterator for Inputs {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file() && is_article_file(entry.path()) {
                            let opened = self.open_file(entry.path());
                            if let Some(item) = self.start(opened) {
                                return Some(item);
                            }
                        }
                    }
                    Some(Err(err)) => return Some(Err(walk_error(&err))),
                    None => self.walk = None,
                }
                continue;
            }
            let path = self.pending.next()?;
            if path.as_os_str() == "-" {
                let stdin = io::stdin();
                return Some(read_stdin(stdin.lock(), &self.options));
            }
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    let walk = walkdir::WalkDir::new(&path)
                        .follow_links(true)
                        .sort_by_file_name()
                        .into_iter()
                        .filter_entry(not_hidden as fn(&walkdir::DirEntry) -> bool);
                    self.walk = Some(walk);
                }
                Ok(_) => {
                    let opened = self.open_file(&path);
                    if let Some(item) = self.start(opened) {
                        return Some(item);
                    }
                }
                Err(err) => return Some(Err(ReadError::new(display(&path), io_reason(&err)))),
            }
        }
    }
}

/// What opening one file gives: an article (or error) now, or a JSON Lines
/// file whose articles are read on demand.
enum Opened {
    One(Result<Article, ReadError>),
    Lines(jsonl::JsonLines),
}

/// How a file is read, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Plain,
    Html,
    JsonLines,
}

impl Format {
    fn of(path: &Path) -> Format {
        match extension(path).as_deref() {
            Some("html" | "htm") => Format::Html,
            Some("jsonl") => Format::JsonLines,
            _ => Format::Plain,
        }
    }
}

impl Inputs {
    /// Returns a whole file's result, or keeps a JSON Lines file for the
    /// next calls to read from.
    fn start(&mut self, opened: Opened) -> Option<Result<Article, ReadError>> {
        match opened {
            Opened::One(item) => Some(item),
            Opened::Lines(lines) => {
                self.lines = Some(lines);
                None
            }
        }
    }

    fn open_file(&self, path: &Path) -> Opened {
        let input = display(path);
        let name = base_name(path);
        // A FIFO or a device would block the run (and the store's lock) or never end.
        match std::fs::metadata(path) {
            Ok(meta) if !meta.is_file() => {
                return Opened::One(Err(ReadError::new(input, NOT_A_FILE)));
            }
            Ok(_) => {}
            Err(err) => return Opened::One(Err(ReadError::new(input, io_reason(&err)))),
        }
        match Format::of(path) {
            Format::JsonLines => match File::open(path) {
                Ok(file) => Opened::Lines(jsonl::JsonLines::new(
                    io::BufReader::new(file),
                    input,
                    name,
                    self.options.max_bytes,
                )),
                Err(err) => Opened::One(Err(ReadError::new(input, io_reason(&err)))),
            },
            format => Opened::One(
                read_whole_file(path, format, &name, &self.options)
                    .map_err(|reason| ReadError::new(input, reason)),
            ),
        }
    }
}

/// Reads a plain text or HTML file; the error is the reason only.
fn read_whole_file(
    path: &Path,
    format: Format,
    name: &str,
    options: &ReadOptions,
) -> Result<Article, String> {
    // Checking the size first keeps a stray multi-gigabyte file out of memory.
    let meta = std::fs::metadata(path).map_err(|err| io_reason(&err))?;
    if meta.len() > options.max_bytes {
        return Err(too_large(options.max_bytes));
    }
    let file = File::open(path).map_err(|err| io_reason(&err))?;
    // The file may have grown since the metadata was read, hence the `take`.
    let bytes = read_limited(file, options.max_bytes).map_err(|err| io_reason(&err))?;
    let bytes = bytes.ok_or_else(|| too_large(options.max_bytes))?;
    article_from_bytes(&bytes, format, name)
}

/// Reads one plain-text article from standard input (or any reader, for tests).
fn read_stdin(reader: impl Read, options: &ReadOptions) -> Result<Article, ReadError> {
    let bytes = read_limited(reader, options.max_bytes)
        .map_err(|err| ReadError::new("-", io_reason(&err)))?
        .ok_or_else(|| {
            ReadError::new(
                "-",
                format!(
                    "standard input is larger than the {}-byte limit",
                    options.max_bytes
                ),
            )
        })?;
    article_from_bytes(&bytes, Format::Plain, "-").map_err(|reason| ReadError::new("-", reason))
}

/// Reads at most `max` bytes; `None` if there were more.
fn read_limited(reader: impl Read, max: u64) -> io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Decodes and parses a whole plain text or HTML document.
fn article_from_bytes(bytes: &[u8], format: Format, name: &str) -> Result<Article, String> {
    let decoded = decode::decode(bytes, format == Format::Html)?;
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    let (meta, text) = match format {
        Format::Html => {
            let page = html::parse(&decoded.text);
            warnings.extend(page.warnings);
            (page.meta, page.text)
        }
        Format::Plain | Format::JsonLines => plain::parse(&decoded.text)?,
    };
    if text.trim().is_empty() {
        return Err(EMPTY.to_owned());
    }
    Ok(Article {
        source_name: name.to_owned(),
        meta,
        text,
        warnings,
    })
}

/// The reason given for an input with no text.
const EMPTY: &str = "empty article";

/// The reason given for a named pipe, socket or device.
const NOT_A_FILE: &str =
    "not a regular file (a pipe, socket or device); give standard input as `-`";

/// The extensions taken from a directory walk (files without one are taken too).
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "jsonl"];

fn is_article_file(path: &Path) -> bool {
    match extension(path) {
        None => true,
        Some(ext) => ARTICLE_EXTENSIONS.contains(&ext.as_str()),
    }
}

/// The lower-cased extension, if the file name has one.
fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|ext| ext.to_string_lossy().to_ascii_lowercase())
}

/// Hidden entries are skipped, but never the root of the walk: `ingest .`
/// must read the current directory even though its name starts with a dot.
fn not_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
}

fn base_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| display(path))
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn too_large(max: u64) -> String {
    format!("file is larger than the {max}-byte limit")
}

fn walk_error(err: &walkdir::Error) -> ReadError {
    let input = err.path().map(display).unwrap_or_default();
    let reason = match err.io_error() {
        Some(io) => io_reason(io),
        None if err.loop_ancestor().is_some() => "symbolic link loop".to_owned(),
        None => lower_first(&err.to_string()),
    };
    ReadError::new(input, reason)
}

/// An I/O error as a lower-case reason without the OS error number, so that
/// messages read the same on every platform.
fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::InvalidData => "invalid data".to_owned(),
        _ => lower_first(&err.to_string()),
    }
}

fn lower_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Parses a date given as `YYYY-MM-DD` or RFC 3339, the two forms the
/// contract accepts in front matter and JSON Lines.
fn parse_date(value: &str) -> Option<Published> {
    let value = value.trim();
    if is_plain_date(value) {
        return NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .ok()
            .map(Published::Date);
    }
    DateTime::parse_from_rfc3339(value)
        .ok()
        .map(Published::DateTime)
}

/// Like [`parse_date`], but also takes the day of a date-time without a zone
/// (`2025-03-13T18:00`), which web pages often carry.
fn parse_date_lenient(value: &str) -> Option<Published> {
    let value = value.trim();
    parse_date(value).or_else(|| {
        let (day, rest) = (value.get(..10)?, value.get(10..)?);
        if is_plain_date(day) && (rest.starts_with('T') || rest.starts_with(' ')) {
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .ok()
                .map(Published::Date)
        } else {
            None
        }
    })
}

/// `YYYY-MM-DD` exactly; chrono alone would also take one-digit months.
fn is_plain_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

fn invalid_date(value: &str) -> String {
    format!("invalid date \"{value}\" (expected YYYY-MM-DD or RFC 3339)")
}

#[cfg(test)]
mod tests;

/// How many articles the inputs hold, counted cheaply for a progress bar: one per plain or
/// HTML file and per `-`, one per non-blank line of a JSON Lines file. Nothing is parsed, so a
/// malformed line still counts (it is one input that fails). `None` when an input cannot be
/// walked or opened: the reading itself will report it.
pub fn count_articles(paths: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for path in paths {
        if path.as_os_str() == "-" {
            total += 1;
            continue;
        }
        if std::fs::metadata(path).ok()?.is_dir() {
            let walk = walkdir::WalkDir::new(path)
                .follow_links(true)
                .into_iter()
                .filter_entry(not_hidden);
            for entry in walk {
                let entry = entry.ok()?;
                if entry.file_type().is_file() && is_article_file(entry.path()) {
                    total += count_in_file(entry.path())?;
                }
            }
        } else {
            total += count_in_file(path)?;
        }
    }
    Some(total)
}

fn count_in_file(path: &Path) -> Option<u64> {
    if Format::of(path) != Format::JsonLines {
        return Some(1);
    }
    let mut reader = io::BufReader::with_capacity(1 << 16, File::open(path).ok()?);
    let (mut lines, mut blank) = (0, true);
    loop {
        let buf = io::BufRead::fill_buf(&mut reader).ok()?;
        if buf.is_empty() {
            break;
        }
        for &byte in buf {
            if byte == b'\n' {
                lines += u64::from(!blank);
                blank = true;
            } else if !byte.is_ascii_whitespace() {
                blank = false;
            }
        }
        let n = buf.len();
        io::BufRead::consume(&mut reader, n);
    }
    Some(lines + u64::from(!blank))
}
