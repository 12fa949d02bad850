//! A query's limits: a watchdog thread that cancels the evaluation once it has run too long
//! or the process holds too much memory, and says which limit it hit.
//!
//! Oxigraph checks its cancellation token at every quad it reads, so a runaway scan or join
//! stops within moments of the limit. It does not look inside a sort or a join of rows it
//! already holds: past a short grace period the process ends itself (a query writes nothing,
//! so the store is left as it was).

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use oxigraph::sparql::CancellationToken;

/// How often the limits are checked.
const TICK: Duration = Duration::from_millis(50);

/// How long a cancelled query has to stop before the process ends.
const GRACE: Duration = Duration::from_secs(1);

const RUNNING: u8 = 0;
const TIMED_OUT: u8 = 1;
const OUT_OF_MEMORY: u8 = 2;

/// Watches one query; dropping it stops the thread.
pub struct Watchdog {
    pub token: CancellationToken,
    hit: Arc<AtomicU8>,
    finished: Arc<AtomicBool>,
    timeout: Duration,
    max_memory_mb: u64,
}

impl Watchdog {
    pub fn start(timeout: Duration, max_memory_mb: u64) -> Self {
        let token = CancellationToken::new();
        let hit = Arc::new(AtomicU8::new(RUNNING));
        let finished = Arc::new(AtomicBool::new(false));
        let (cancel, hit_by, done) = (token.clone(), Arc::clone(&hit), Arc::clone(&finished));
        std::thread::spawn(move || {
            let started = Instant::now();
            let limit = loop {
                if done.load(Ordering::Relaxed) {
                    return;
                }
                if started.elapsed() >= timeout {
                    break TIMED_OUT;
                }
                if resident_mb().is_some_and(|mb| mb > max_memory_mb) {
                    break OUT_OF_MEMORY;
                }
                std::thread::sleep(TICK);
            };
            hit_by.store(limit, Ordering::Relaxed);
            cancel.cancel();
            let cancelled = Instant::now();
            while cancelled.elapsed() < GRACE {
                if done.load(Ordering::Relaxed) {
                    return;
                }
                std::thread::sleep(TICK);
            }
            eprintln!(
                "newsgraph: error: {}",
                reason(limit, timeout, max_memory_mb)
            );
            std::process::exit(1);
        });
        Watchdog {
            token,
            hit,
            finished,
            timeout,
            max_memory_mb,
        }
    }

    /// Why the query was stopped, if it was.
    pub fn reason(&self) -> Option<String> {
        match self.hit.load(Ordering::Relaxed) {
            RUNNING => None,
            limit => Some(reason(limit, self.timeout, self.max_memory_mb)),
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.finished.store(true, Ordering::Relaxed);
    }
}

fn reason(limit: u8, timeout: Duration, max_memory_mb: u64) -> String {
    match limit {
        TIMED_OUT => format!(
            "the query ran past its {} s limit; give more with --timeout SECONDS",
            timeout.as_secs()
        ),
        _ => format!(
            "the query needed more than its {max_memory_mb} MB of memory; give more with --max-memory MB, or ask for fewer rows (LIMIT, a narrower pattern)"
        ),
    }
}

/// The process's resident memory in megabytes, where the system tells (Linux).
fn resident_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
