//! `newsgraph link` against a real SPARQL server (Oxigraph's, loaded with a small Wikidata-shaped
//! fixture), and against tiny HTTP servers of the test's own for the failures: nothing
//! listening, no answer, a busy server, an answer that is not SPARQL. Everything is on loopback.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use expect_test::expect;

use crate::support::{root, Sandbox};

const LINKS: &str = "https://w3id.org/newsgraph/id/graph/links";

fn data() -> PathBuf {
    root().join("tests/data/link")
}

/// `newsgraph link --endpoint URL --rate 50 ARGS…`, without any proxy from the environment.
fn link(sb: &Sandbox, url: &str, args: &[&str]) -> std::process::Output {
    let mut cmd = sb.cmd(&["link", "--endpoint", url, "--rate", "50"]);
    cmd.args(args);
    for proxy in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(proxy);
    }
    cmd.output().expect("run")
}

/// `link` against `url`, which must fail (exit 1) with one line on stderr: that line.
fn link_fails(sb: &Sandbox, url: &str) -> String {
    let out = link(sb, url, &[]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr
}

fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "link failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("utf-8")
}

/// The whole store as sorted N-Quads lines.
fn export(sb: &Sandbox) -> Vec<String> {
    let mut lines: Vec<String> = sb.ok(&["export"]).lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

/// A store holding the test article that names Ingrid Halvorsen, Youri Belov and Berlin.
fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    sb.ingest(&[&data().join("articles/2025-06-14-berlin-halvorsen-belov.txt")]);
    sb
}

/// A loopback port that nothing listens on.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// `oxigraph serve` on a copy of the fixture, killed when dropped.
struct OxigraphServer {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for OxigraphServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts Oxigraph's server (`pip install oxigraph`) on the fixture; None, with a notice, when
/// the command is missing outside CI.
fn oxigraph_server() -> Option<OxigraphServer> {
    let installed = Command::new("oxigraph")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "the oxigraph command is missing; CI installs it with `pip install oxigraph`"
        );
        eprintln!("skipped: the `oxigraph` command is not on PATH (pip install oxigraph)");
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let location = dir.path().join("wikidata");
    let loaded = Command::new("oxigraph")
        .arg("load")
        .arg("--location")
        .arg(&location)
        .arg("--file")
        .arg(data().join("wikidata.ttl"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("oxigraph load runs");
    assert!(loaded.success(), "oxigraph load failed");
    let port = free_port();
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let child = Command::new("oxigraph")
        .arg("serve")
        .arg("--location")
        .arg(&location)
        .arg("--bind")
        .arg(address.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oxigraph serve starts");
    let mut server = OxigraphServer {
        child,
        url: format!("http://{address}/query"),
        _dir: dir,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("oxigraph serve exited: {status}");
        }
        assert!(
            Instant::now() < deadline,
            "oxigraph serve did not listen within 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(server)
}

#[test]
fn links_what_is_clear_and_leaves_out_homonyms_and_namesakes_of_another_type() {
    let Some(server) = oxigraph_server() else {
        return;
    };
    let sb = Sandbox::new();
    sb.ingest(&[&data().join("articles")]);
    let before = export(&sb);

    let dry = stdout(&link(&sb, &server.url, &["--dry-run"]));
    assert!(
        dry.trim_end().ends_with("dry run, nothing written"),
        "{dry}"
    );
    assert_eq!(export(&sb), before, "--dry-run writes nothing");

    let out = stdout(&link(&sb, &server.url, &[]));
    let (lines, summary) = out
        .trim_end()
        .rsplit_once('\n')
        .expect("lines and a summary");
    assert_eq!(dry.trim_end().rsplit_once('\n').map(|d| d.0), Some(lines));
    // The entities of the test articles; the others (reference data the fixture does not
    // hold) have no candidate.
    let ours: Vec<&str> = lines.lines().filter(|l| !l.starts_with("none\t")).collect();
    expect![[r#"
        ambiguous	Pavel Orlov	Q999000001 (0.91), Q999000002 (0.91)
        linked	Angela Merkel	Q567	0.94	Angela Merkel / femme d'État allemande, chancelière fédérale de 2005 à 2021
        linked	Berlin	Q64	0.48	Berlin / capitale et plus grande ville d'Allemagne
        linked	Ingrid Halvorsen	Q999000003	0.91	Ingrid Halvorsen / diplomate norvégienne
        linked	Norvège	Q20	0.65	Norvège / pays d'Europe du Nord
        linked	Reuters	Q999000008	0.64	Reuters / agence de presse britannique
        linked	Youri Belov	Q999000006	0.66	Iouri Belov / porte-parole russe"#]]
    .assert_eq(&ours.join("\n"));
    assert!(
        lines.contains("none\tTomas Berglund"),
        "only a film bears the name"
    );
    let mut sorted: Vec<&str> = lines.lines().collect();
    sorted.sort();
    assert_eq!(
        sorted,
        lines.lines().collect::<Vec<_>>(),
        "lines are sorted"
    );
    assert!(
        summary.starts_with(
            "6 linked, 1 ambiguous, 31 without candidates; 38 entities, 3 requests to "
        ) && summary.ends_with(&format!("42 triples added to <{LINKS}>")),
        "{summary}"
    );

    let rows = sb.select(&format!(
        "SELECT ?e ?item ?confidence ?method WHERE {{ GRAPH <{LINKS}> {{
           ?e owl:sameAs ?item .
           ?s a rdf:Statement ; rdf:subject ?e ; rdf:predicate owl:sameAs ; rdf:object ?item ;
              ng:confidence ?confidence ; ng:method ?method }} }} ORDER BY ?e"
    ));
    expect![[r#"
        <https://w3id.org/newsgraph/id/organization/reuters>	<http://www.wikidata.org/entity/Q999000008>	0.64	"label+type"
        <https://w3id.org/newsgraph/id/person/angela-merkel>	<http://www.wikidata.org/entity/Q567>	0.94	"label+type+description"
        <https://w3id.org/newsgraph/id/person/ingrid-halvorsen>	<http://www.wikidata.org/entity/Q999000003>	0.91	"label+type+description"
        <https://w3id.org/newsgraph/id/person/iuri-belov>	<http://www.wikidata.org/entity/Q999000006>	0.66	"alias+type+description"
        <https://w3id.org/newsgraph/id/place/geonames-2950159>	<http://www.wikidata.org/entity/Q64>	0.48	"label+type+description"
        <https://w3id.org/newsgraph/id/place/geonames-3144096>	<http://www.wikidata.org/entity/Q20>	0.65	"label+type""#]]
    .assert_eq(&rows.join("\n"));
    // The entities graph describes the linked entities with their new links.
    let described = sb.select(&format!(
        "SELECT ?e WHERE {{ GRAPH <{LINKS}> {{ ?e owl:sameAs ?item }}
           GRAPH <https://w3id.org/newsgraph/id/graph/entities> {{ ?e owl:sameAs ?item }} }}"
    ));
    assert_eq!(described.len(), rows.len(), "{described:?}");
    let store = export(&sb).join("\n");
    for never in [
        "Q999000001",
        "Q999000002",
        "Q999000004",
        "Q999000005",
        "Q999000007",
    ] {
        assert!(!store.contains(never), "{never} was linked");
    }
    let after = export(&sb);

    // A second run asks only about the entities still unlinked, and adds nothing.
    let again = stdout(&link(&sb, &server.url, &[]));
    assert!(!again.contains("linked\t"), "{again}");
    assert!(
        again.contains("32 entities") && again.trim_end().ends_with("nothing new to write"),
        "{again}"
    );
    assert_eq!(export(&sb), after);
}

#[test]
fn an_unreachable_endpoint_is_one_line_and_writes_nothing() {
    let sb = sandbox();
    let before = export(&sb);
    let url = format!("http://127.0.0.1:{}/query", free_port());
    let out = link(&sb, &url, &["--retries", "1"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "newsgraph: error: endpoint {url}: connection refused"
        )) && stderr.contains("tried 2 times")
            && stderr.trim_end().ends_with("nothing written"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(export(&sb), before);
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = TinyServer::start(Vec::new());
    let sb = sandbox();
    let before = export(&sb);
    let out = link(&sb, &server.url, &["--timeout", "1", "--retries", "1"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "endpoint {}: no answer within 1 s (tried 2 times)",
            server.url
        )),
        "{stderr}"
    );
    assert_eq!(server.requests().len(), 2);
    assert_eq!(export(&sb), before);
}

#[test]
fn a_busy_server_is_asked_again_after_its_retry_after() {
    // Every row names Ingrid Halvorsen, at every index a batch may give her.
    let rows: Vec<String> = (0..20)
        .map(|n| {
            format!(
                r#"{{"n":{{"type":"literal","value":"{n}","datatype":"http://www.w3.org/2001/XMLSchema#integer"}},
                  "name":{{"type":"literal","value":"Ingrid Halvorsen","xml:lang":"fr"}},
                  "item":{{"type":"uri","value":"http://www.wikidata.org/entity/Q999000003"}},
                  "frLabel":{{"type":"literal","value":"Ingrid Halvorsen","xml:lang":"fr"}},
                  "frDesc":{{"type":"literal","value":"diplomate norvégienne","xml:lang":"fr"}}}}"#
            )
        })
        .collect();
    let results = format!(
        r#"{{"head":{{"vars":["n","name","item","frLabel","frDesc"]}},"results":{{"bindings":[{}]}}}}"#,
        rows.join(",")
    );
    let server = TinyServer::start(vec![
        http("503 Service Unavailable", &[("Retry-After", "0")], "busy"),
        http(
            "200 OK",
            &[("Content-Type", "application/sparql-results+json")],
            &results,
        ),
    ]);
    let sb = sandbox();
    let out = stdout(&link(&sb, &server.url, &[]));
    assert!(
        out.contains(
            "linked\tIngrid Halvorsen\tQ999000003\t0.90\tIngrid Halvorsen / diplomate norvégienne"
        ),
        "{out}"
    );
    // One refused request, then one per class.
    let requests = server.requests();
    assert_eq!(requests.len(), 4, "{requests:#?}");
    assert!(out.contains(" 4 requests to "), "{out}");
    for request in &requests {
        let lower = request.to_ascii_lowercase();
        assert!(lower.starts_with("post /query http/1.1\r\n"), "{request}");
        assert!(
            lower.contains("\r\naccept: application/sparql-results+json\r\n"),
            "{request}"
        );
        assert!(
            lower.contains(&format!(
                "\r\nuser-agent: newsgraph/{} (https://w3id.org/newsgraph)\r\n",
                env!("CARGO_PKG_VERSION")
            )),
            "{request}"
        );
        assert!(lower.contains("\r\n\r\nquery="), "{request}");
    }
    let linked = sb.count(&format!(
        "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{LINKS}> {{ ?e owl:sameAs ?item }} }}"
    ));
    assert_eq!(linked, 1);
}

#[test]
fn a_redirect_is_not_followed() {
    let elsewhere = TinyServer::start(Vec::new());
    let server = TinyServer::start(vec![http(
        "301 Moved Permanently",
        &[("Location", &elsewhere.url)],
        "",
    )]);
    let sb = sandbox();
    let before = export(&sb);
    let stderr = link_fails(&sb, &server.url);
    assert!(
        stderr.contains(&format!(
            "endpoint {}: HTTP status 301: redirected to {}; not followed",
            server.url, elsewhere.url
        )),
        "{stderr}"
    );
    assert_eq!(server.requests().len(), 1);
    assert!(
        elsewhere.requests().is_empty(),
        "the query went to the other host"
    );
    assert_eq!(export(&sb), before);
}

#[test]
fn a_retry_after_longer_than_the_timeout_is_cut_to_it() {
    let busy = || {
        http(
            "429 Too Many Requests",
            &[("Retry-After", "600")],
            "slow down",
        )
    };
    let server = TinyServer::start(vec![busy(), busy()]);
    let sb = sandbox();
    let started = std::time::Instant::now();
    let out = link(&sb, &server.url, &["--timeout", "1", "--retries", "1"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("HTTP status 429 (tried 2 times)"),
        "{stderr}"
    );
    // One wait of at most the 1 s timeout, not the 600 s asked for.
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn an_answer_that_is_not_sparql_is_one_line_and_writes_nothing() {
    let server = TinyServer::start(vec![http(
        "200 OK",
        &[("Content-Type", "text/html")],
        "<html>\n<body>Maintenance</body>\n</html>",
    )]);
    let sb = sandbox();
    let before = export(&sb);
    let stderr = link_fails(&sb, &server.url);
    assert!(
        stderr.contains(&format!(
            "endpoint {}: the answer is not SPARQL JSON results (text/html",
            server.url
        )),
        "{stderr}"
    );
    assert_eq!(server.requests().len(), 1, "no retry for a wrong answer");
    assert_eq!(export(&sb), before);
}

/// An HTTP/1.1 response that closes the connection.
fn http(status: &str, headers: &[(&str, &str)], body: &str) -> String {
    let mut response = format!("HTTP/1.1 {status}\r\n");
    for (name, value) in headers {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    response
}

/// A loopback HTTP server on a thread of the test: the n-th request gets `replies[n]` (the last
/// one repeated), or no answer at all when `replies` is empty. It records each request and
/// stops when dropped, or after a minute whatever happens.
struct TinyServer {
    url: String,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl TinyServer {
    fn start(replies: Vec<String>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/query", listener.local_addr().expect("address"));
        listener.set_nonblocking(true).expect("non-blocking");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (requests, stop) = (requests.clone(), stop.clone());
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(60);
                // Connections held open without an answer.
                let mut silent = Vec::new();
                while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
                    match listener.accept() {
                        Ok((mut stream, _)) => {
                            let request = read_request(&mut stream);
                            let mut seen = requests.lock().expect("lock");
                            let reply = replies.get(seen.len()).or(replies.last());
                            seen.push(request);
                            match reply {
                                Some(reply) => {
                                    let _ = stream.write_all(reply.as_bytes());
                                }
                                None => silent.push(stream),
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(10));
                        }
                        Err(_) => break,
                    }
                }
            })
        };
        TinyServer {
            url,
            requests,
            stop,
            thread: Some(thread),
        }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("lock").clone()
    }
}

impl Drop for TinyServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request: the head, then as many body bytes as its Content-Length says.
fn read_request(stream: &mut TcpStream) -> String {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut bytes = Vec::new();
    let mut buffer = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            if bytes.len() >= end + 4 + length {
                return text;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return String::from_utf8_lossy(&bytes).into_owned(),
            Ok(n) => bytes.extend_from_slice(&buffer[..n]),
        }
    }
}
