//! Progress on the terminal: a bar for ingest, a spinner for the long phases of the other write
//! commands. Drawn on standard error only when it is a terminal and the user did not ask for
//! quiet; otherwise every method does nothing but pass messages through, so logs and pipes get
//! the same lines as before.

use std::borrow::Cow;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressState, ProgressStyle};

/// A progress bar or spinner on standard error, or nothing.
pub struct Progress {
    bar: ProgressBar,
    failed: u64,
}

/// Whether progress is drawn at all: standard error is a terminal and not `-q`.
pub fn shown(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal()
}

impl Progress {
    /// Articles done out of `total` (when counted) with their rate, the time left and the
    /// failures so far.
    pub fn articles(total: Option<u64>, shown: bool) -> Self {
        if !shown {
            return Progress::hidden();
        }
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::new(total),
                "{spinner} {elapsed} [{wide_bar}] {pos}/{len} articles, {rate}, {eta} left{msg}",
            ),
            None => (
                ProgressBar::new_spinner(),
                "{spinner} {elapsed} {pos} articles, {rate}{msg}",
            ),
        };
        let style = ProgressStyle::with_template(template)
            .expect("the template is valid")
            .with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    // Whole articles a second; the default shows four decimals.
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                },
            )
            .progress_chars("=> ");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar, failed: 0 }
    }

    /// A spinner with a message, for a phase whose length is not known.
    pub fn spinner(message: impl Into<Cow<'static, str>>, shown: bool) -> Self {
        if !shown {
            return Progress::hidden();
        }
        let bar = ProgressBar::new_spinner().with_message(message);
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .expect("the template is valid"),
        );
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar, failed: 0 }
    }

    fn hidden() -> Self {
        Progress {
            bar: ProgressBar::hidden(),
            failed: 0,
        }
    }

    /// Runs `f` with the bar out of the way (to print on stdout).
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Prints one line on standard error above the bar (or just prints it).
    pub fn eprintln(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// One more article went through the pipeline (its batch may still be waiting).
    pub fn done(&self) {
        self.bar.inc(1);
    }

    /// One article failed.
    pub fn failed(&mut self) {
        self.failed += 1;
        self.bar.inc(1);
        self.bar.set_message(format!(", {} failed", self.failed));
    }

    /// Removes the bar before the summary line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        // An error return must not leave a bar drawn under the error message.
        self.bar.finish_and_clear();
    }
}
