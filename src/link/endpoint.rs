//! The SPARQL endpoint over HTTP: one SELECT query in, its solutions out, politely.
//!
//! Politeness is part of the job, as Wikidata's query service asks: a descriptive User-Agent,
//! at most `rate` requests per second, and on failure exponential back-off (1 s, 2 s, 4 s …)
//! that gives way to the server's own `Retry-After` on 429 and 503, no wait longer than the
//! request timeout. A refused connection, a timeout and a busy server (408, 429, 5xx) are tried
//! again, `retries` times; any other HTTP error, a redirect (not followed), or an answer that is
//! not SPARQL JSON results, ends the run at once.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Deserialize;

/// The User-Agent every request carries.
pub const USER_AGENT: &str = concat!(
    "newsgraph/",
    env!("CARGO_PKG_VERSION"),
    " (https://w3id.org/newsgraph)"
);

/// The largest answer read, well above what an exact-label query for a batch returns.
const MAX_ANSWER_BYTES: u64 = 64 * 1024 * 1024;

/// How to talk to an endpoint.
#[derive(Debug, Clone)]
pub struct Config {
    pub url: String,
    /// The longest one request may take, answer included.
    pub timeout: Duration,
    /// How many times a failed request is tried again.
    pub retries: u32,
    /// At most this many requests per second.
    pub rate: f64,
}

/// One value of a solution, as the SPARQL 1.1 Query Results JSON format writes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Binding {
    /// `uri`, `literal` (or the older `typed-literal`) or `bnode`.
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(rename = "xml:lang")]
    pub lang: Option<String>,
    pub datatype: Option<String>,
}

/// One solution: variable name → value; unbound variables are absent.
pub type Solution = BTreeMap<String, Binding>;

/// Why the endpoint gave no usable answer. Each message names the endpoint and fits on one line.
#[derive(Debug, thiserror::Error)]
pub enum EndpointError {
    #[error("endpoint {url}: {reason} (tried {attempts} times)")]
    GaveUp {
        url: String,
        reason: String,
        attempts: u32,
    },
    #[error("endpoint {url}: HTTP status {status}: {detail}")]
    Status {
        url: String,
        status: u16,
        detail: String,
    },
    #[error("endpoint {url}: the answer is not SPARQL JSON results ({detail})")]
    NotSparql { url: String, detail: String },
    #[error("endpoint {url}: {reason}")]
    Request { url: String, reason: String },
}

/// A SPARQL endpoint with its HTTP agent, rate limit and request count.
pub struct Endpoint {
    config: Config,
    agent: ureq::Agent,
    last_request: Option<Instant>,
    requests: usize,
}

/// What one HTTP exchange came to.
enum Attempt {
    Answer(Vec<Solution>),
    /// Worth trying again: after the server's `Retry-After`, else after the back-off.
    Retry {
        reason: String,
        after: Option<Duration>,
    },
    Fail(EndpointError),
}

impl Endpoint {
    pub fn new(config: Config) -> Self {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .http_status_as_error(false)
            // A redirect is not followed: ureq would send the query on as a GET without its
            // body, possibly to another host. The error says where it points.
            .max_redirects(0)
            .user_agent(USER_AGENT)
            .build()
            .into();
        Endpoint {
            config,
            agent,
            last_request: None,
            requests: 0,
        }
    }

    pub fn url(&self) -> &str {
        &self.config.url
    }

    /// The number of HTTP requests sent so far, retries included.
    pub fn requests(&self) -> usize {
        self.requests
    }

    /// Evaluates a SELECT query and returns its solutions.
    pub fn select(&mut self, query: &str) -> Result<Vec<Solution>, EndpointError> {
        let attempts = self.config.retries.saturating_add(1);
        let mut attempt = 1;
        loop {
            match self.attempt(query) {
                Attempt::Answer(solutions) => return Ok(solutions),
                Attempt::Fail(err) => return Err(err),
                Attempt::Retry { reason, .. } if attempt >= attempts => {
                    return Err(EndpointError::GaveUp {
                        url: self.config.url.clone(),
                        reason,
                        attempts,
                    })
                }
                Attempt::Retry { after, .. } => {
                    // No wait longer than one request may take: a server asking for ten
                    // minutes does not stall the run for ten minutes a try.
                    let wait = after.unwrap_or_else(|| backoff(attempt));
                    std::thread::sleep(wait.min(self.config.timeout));
                    attempt += 1;
                }
            }
        }
    }

    fn attempt(&mut self, query: &str) -> Attempt {
        self.wait_for_turn();
        self.requests += 1;
        let url = &self.config.url;
        let sent = self
            .agent
            .post(url)
            .header("Accept", "application/sparql-results+json")
            .send_form([("query", query)]);
        let mut response = match sent {
            Ok(response) => response,
            Err(err) => return self.transport_error(err),
        };
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("no content type")
            .to_owned();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(retry_after);
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .lossy_utf8(true)
            .read_to_string();
        let body = match body {
            Ok(body) => body,
            Err(err) => return self.transport_error(err),
        };
        match status {
            200..=299 => match parse_results(&body) {
                Ok(solutions) => Attempt::Answer(solutions),
                Err(detail) => Attempt::Fail(EndpointError::NotSparql {
                    url: url.clone(),
                    detail: format!("{content_type}: {detail}"),
                }),
            },
            300..=399 => Attempt::Fail(EndpointError::Status {
                url: url.clone(),
                status,
                detail: format!(
                    "redirected to {}; not followed (give that URL with --endpoint if it is the endpoint)",
                    location.as_deref().map(|l| one_line(l, 200)).unwrap_or_else(|| "nowhere".into())
                ),
            }),
            408 | 429 | 500 | 502 | 503 | 504 => Attempt::Retry {
                reason: format!("HTTP status {status}"),
                // Only 429 and 503 carry a Retry-After that means "come back then".
                after: after.filter(|_| matches!(status, 429 | 503)),
            },
            _ => Attempt::Fail(EndpointError::Status {
                url: url.clone(),
                status,
                detail: one_line(&body, 200),
            }),
        }
    }

    /// Sleeps until the rate limit allows the next request.
    fn wait_for_turn(&mut self) {
        let interval = Duration::from_secs_f64(1.0 / self.config.rate);
        if let Some(last) = self.last_request {
            let elapsed = last.elapsed();
            if elapsed < interval {
                std::thread::sleep(interval - elapsed);
            }
        }
        self.last_request = Some(Instant::now());
    }

    fn transport_error(&self, err: ureq::Error) -> Attempt {
        let reason = match &err {
            ureq::Error::Timeout(_) => {
                format!("no answer within {} s", self.config.timeout.as_secs_f64())
            }
            ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
                "connection refused".to_owned()
            }
            ureq::Error::HostNotFound => "host not found".to_owned(),
            other => one_line(&other.to_string(), 200),
        };
        match err {
            ureq::Error::Timeout(_)
            | ureq::Error::Io(_)
            | ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::Protocol(_) => Attempt::Retry {
                reason,
                after: None,
            },
            _ => Attempt::Fail(EndpointError::Request {
                url: self.config.url.clone(),
                reason,
            }),
        }
    }
}

/// The wait before try number `attempt + 1`: 1 s, 2 s, 4 s …, at most a minute.
fn backoff(attempt: u32) -> Duration {
    Duration::from_secs(1u64 << attempt.saturating_sub(1).min(6)).min(Duration::from_secs(60))
}

/// A `Retry-After` value in seconds. The HTTP-date form is not read: the back-off applies.
fn retry_after(value: &str) -> Option<Duration> {
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Reads SPARQL 1.1 Query Results JSON (a SELECT answer).
pub fn parse_results(body: &str) -> Result<Vec<Solution>, String> {
    #[derive(Deserialize)]
    struct Results {
        #[allow(dead_code)]
        head: serde_json::Value,
        results: Bindings,
    }
    #[derive(Deserialize)]
    struct Bindings {
        bindings: Vec<Solution>,
    }
    match serde_json::from_str::<Results>(body) {
        Ok(results) => Ok(results.results.bindings),
        Err(err) => Err(format!("{err}; it begins {:?}", one_line(body, 80))),
    }
}

/// Text on one line, cut to `max` characters: for error messages.
fn one_line(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_select_results() {
        let body = r#"{"head":{"vars":["item","name","n"]},"results":{"bindings":[
            {"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q567"},
             "name":{"type":"literal","value":"Angela Merkel","xml:lang":"fr"},
             "n":{"type":"literal","value":"0","datatype":"http://www.w3.org/2001/XMLSchema#integer"}},
            {"item":{"type":"uri","value":"http://www.wikidata.org/entity/Q1"}}]}}"#;
        let solutions = parse_results(body).expect("valid results");
        assert_eq!(solutions.len(), 2);
        assert_eq!(solutions[0]["name"].lang.as_deref(), Some("fr"));
        assert_eq!(solutions[0]["n"].value, "0");
        assert_eq!(solutions[0]["item"].kind, "uri");
        assert!(!solutions[1].contains_key("name"));
    }

    #[test]
    fn refuses_what_is_not_select_results() {
        for body in [
            "<html><body>Service unavailable</body></html>",
            r#"{"head":{},"boolean":true}"#,
            r#"{"error":"too many requests"}"#,
            "",
        ] {
            assert!(parse_results(body).is_err(), "{body}");
        }
        let err = parse_results("<html>\n<p>down</p>").expect_err("not json");
        assert!(!err.contains('\n'), "{err}");
    }

    #[test]
    fn backs_off_exponentially_and_reads_retry_after() {
        let waits: Vec<u64> = (1..=8).map(|a| backoff(a).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60]);
        assert_eq!(retry_after(" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }

    #[test]
    fn the_user_agent_says_who_we_are() {
        assert!(USER_AGENT.starts_with("newsgraph/"));
        assert!(USER_AGENT.ends_with("(https://w3id.org/newsgraph)"));
    }
}
