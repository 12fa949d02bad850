//! Tidy checks on the source, in the manner of rust-analyzer's: the imports of `src/**/*.rs`
//! (their `use` items, and the `crate::` and `super::` paths written in code) must follow the
//! pipeline and form no cycle.
//!
//! - No module imports a later stage of the pipeline ([`STAGES`]).
//! - No two sibling modules of one folder import each other, directly or around a circle: a
//!   folder reads in one order, as the crate does.
//!
//! Tests are left out (a test module, or an inline `#[cfg(test)] mod … {` to the end of its
//! file): a test may reach across stages to check one against another.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support::root;

/// The crate's top-level modules in pipeline order (ARCHITECTURE.md); a module may import its
/// own level and the levels before it, never a later one.
const STAGES: &[&[&str]] = &[
    // Shared data: the ontology's terms, the bundled entities.
    &["vocab", "reference"],
    // READ and NORMALISE.
    &["article"],
    &["text"],
    // The language tables, folded as `text` folds the text they are matched against.
    &["lang"],
    // EXTRACT, MAP, STORE, RESOLVE: RESOLVE reads the store and renames what MAP minted.
    &["extract"],
    &["rdf"],
    &["store"],
    &["resolve"],
    // GRAPH and LINK read the store.
    &["graph", "link"],
    // The command line: `cli` parses, `commands` chains the stages.
    &["cli"],
    &["commands"],
];

/// Imports of a later stage that stand for now, each with its reason: (importing module or
/// stage, the imported path's beginning). Resolution's name keys and name comparison (`resolve/key.rs`,
/// `resolve/names.rs`) are pure, and extraction and MAP key and compare a new name the way
/// resolution does; MAP writes each article's resolution units (`ng:resolutionUnits`), which
/// `resolve/summary.rs` defines. Moving those pure pieces to a shared module would retire these.
const LATER_STAGE_IMPORTS: &[(&str, &str)] = &[
    ("extract", "resolve::name_key"),
    ("extract", "resolve::Name"),
    ("extract", "resolve::same_person"),
    ("rdf", "resolve::name_key"),
    ("rdf", "resolve::summary::of_quads"),
];

/// Import cycles that stand for now, by folder and the sibling modules they go round: none
/// since `extract/events` and `extract/speech` were rebuilt around one tokenised sentence. An
/// entry lets a cycle stand while it is being removed: the cycle may shrink, but one that grows
/// or appears elsewhere fails, and an entry whose cycle is gone fails until it is deleted.
const CYCLES_BEING_REMOVED: &[(&str, &[&str])] = &[];

/// A module of the crate: its path (`["extract", "events", "read"]`) and its code without
/// comments and tests.
struct Module {
    path: Vec<String>,
    file: String,
    code: String,
}

/// One import: who imports, the module it reaches, and the path as written, made absolute.
struct Import {
    from: Vec<String>,
    to: Vec<String>,
    path: Vec<String>,
    file: String,
}

/// The library's modules (the binary's `main.rs` is another crate), test modules left out.
fn modules() -> Vec<Module> {
    let src = root().join("src");
    let mut files = Vec::new();
    collect_files(&src, &mut files);
    files.sort();
    let mut modules = Vec::new();
    let mut tests = BTreeSet::new();
    for file in files {
        let relative = file
            .strip_prefix(&src)
            .expect("under src")
            .with_extension("");
        let mut path: Vec<String> = relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        if path == ["main"] {
            continue;
        }
        if path == ["lib"] || path.last().is_some_and(|last| last == "mod") {
            path.pop();
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        let lines: Vec<&str> = text.lines().collect();
        let mut code = String::new();
        for (i, line) in lines.iter().enumerate() {
            let next = lines.get(i + 1).map_or("", |l| l.trim());
            if line.trim() == "#[cfg(test)]" && next.starts_with("mod ") {
                if let Some(name) = next.strip_prefix("mod ").and_then(|n| n.strip_suffix(';')) {
                    let mut test = path.clone();
                    test.push(name.trim().to_owned());
                    tests.insert(test);
                    continue;
                }
                // An inline test module runs to the end of the file.
                break;
            }
            let line = line.split("//").next().unwrap_or_default();
            code.push_str(line);
            code.push('\n');
        }
        modules.push(Module {
            path,
            file: format!(
                "src/{}",
                file.strip_prefix(&src).expect("under src").display()
            ),
            code,
        });
    }
    modules.retain(|m| !tests.iter().any(|t| m.path.starts_with(t)));
    modules
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            collect_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The paths a `use` tree names: `a::{b, c::{d, e as f}}` is `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or_default();
        return vec![path.replace(' ', "")];
    };
    let close = tree.rfind('}').unwrap_or(tree.len());
    let prefix = tree[..open].replace(' ', "");
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, open + 1);
    for (i, c) in tree.char_indices().take(close).skip(open + 1) {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&tree[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&tree[start..close]);
    parts
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .flat_map(expand)
        .map(|rest| match rest.as_str() {
            "self" => prefix.trim_end_matches("::").to_owned(),
            _ => format!("{prefix}{rest}"),
        })
        .collect()
}

/// The paths a module's code imports: its `use` items, and the `crate::` and `super::` paths of
/// its code.
fn written_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    let starts_word =
        |i: usize| i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
    let mut at = 0;
    while let Some(found) = code[at..].find("use ") {
        let i = at + found;
        at = i + 4;
        // A `use` item begins a statement, perhaps after a visibility.
        let before = without_visibility(code[..i].trim_end());
        let item_start = before.is_empty() || before.ends_with([';', '{', '}', ']']);
        if starts_word(i) && item_start {
            if let Some(end) = code[at..].find(';') {
                paths.extend(expand(&code[at..at + end]));
            }
        }
    }
    for root in ["crate::", "super::"] {
        let mut at = 0;
        while let Some(found) = code[at..].find(root) {
            let i = at + found;
            at = i + root.len();
            if !starts_word(i) {
                continue;
            }
            let end = code[i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| i + e);
            paths.push(code[i..end].trim_end_matches(':').to_owned());
        }
    }
    paths
}

/// Code before a `use`, without the visibility of the item (`pub`, `pub(crate)`…).
fn without_visibility(before: &str) -> &str {
    if let Some(rest) = before.strip_suffix("pub") {
        return rest.trim_end();
    }
    match before.rfind("pub(") {
        Some(at) if before.ends_with(')') && !before[at..].contains('\n') => {
            before[..at].trim_end()
        }
        _ => before,
    }
}

/// Every import between two modules of the crate.
fn imports() -> (Vec<Import>, BTreeSet<Vec<String>>) {
    let modules = modules();
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.path.clone()).collect();
    let mut imports = Vec::new();
    for module in &modules {
        for written in written_paths(&module.code) {
            let segments: Vec<&str> = written.split("::").filter(|s| !s.is_empty()).collect();
            let mut path: Vec<String> = match segments.first() {
                Some(&"crate") => Vec::new(),
                Some(&"super") | Some(&"self") => module.path.clone(),
                Some(first) => {
                    let mut child = module.path.clone();
                    child.push((*first).to_owned());
                    if !known.contains(&child) {
                        continue; // Another crate's path.
                    }
                    module.path.clone()
                }
                None => continue,
            };
            for (i, segment) in segments.iter().enumerate() {
                match *segment {
                    "crate" | "self" if i == 0 => {}
                    "super" => {
                        path.pop();
                    }
                    _ => path.push((*segment).to_owned()),
                }
            }
            let to = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| known.contains(prefix))
                .unwrap_or_default();
            if to != module.path {
                imports.push(Import {
                    from: module.path.clone(),
                    to,
                    path,
                    file: module.file.clone(),
                });
            }
        }
    }
    (imports, known)
}

fn stage(module: &str) -> Option<usize> {
    STAGES.iter().position(|level| level.contains(&module))
}

/// Whether an import is made by module `from` or one inside it (`"extract"`) and its path
/// begins with `path` (`"resolve::name_key"`).
fn is(import: &Import, from: &str, path: &str) -> bool {
    let begins = |whole: &[String], start: &str| {
        start.split("::").count() <= whole.len()
            && start.split("::").zip(whole).all(|(a, b)| a == b)
    };
    begins(&import.from, from) && begins(&import.path, path)
}

/// Whether an import of a later stage is one of [`LATER_STAGE_IMPORTS`].
fn allowed(import: &Import) -> bool {
    LATER_STAGE_IMPORTS
        .iter()
        .any(|(from, path)| is(import, from, path))
}

#[test]
fn no_stage_imports_a_later_stage() {
    let (imports, known) = imports();
    let mut problems = BTreeSet::new();
    for top in known.iter().filter(|m| m.len() == 1) {
        if stage(&top[0]).is_none() {
            problems.insert(format!("src/{}: a module missing from STAGES", top[0]));
        }
    }
    for import in &imports {
        let (Some(from), Some(to)) = (import.from.first(), import.to.first()) else {
            continue;
        };
        if let (Some(a), Some(b)) = (stage(from), stage(to)) {
            if a < b && !allowed(import) {
                problems.insert(format!(
                    "{}: {from} imports {}, of a later stage",
                    import.file,
                    import.path.join("::")
                ));
            }
        }
    }
    for (from, path) in LATER_STAGE_IMPORTS {
        let used = imports.iter().any(|import| is(import, from, path));
        if !used {
            problems.insert(format!(
                "{from} no longer imports {path}: remove it from LATER_STAGE_IMPORTS"
            ));
        }
    }
    let problems: Vec<String> = problems.into_iter().collect();
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn no_import_cycle_between_sibling_modules() {
    let (imports, _) = imports();
    // Folder → sibling → the siblings it imports.
    let mut edges: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for import in imports.iter().filter(|import| !allowed(import)) {
        let common = import
            .from
            .iter()
            .zip(&import.to)
            .take_while(|(a, b)| a == b)
            .count();
        if let (Some(a), Some(b)) = (import.from.get(common), import.to.get(common)) {
            edges
                .entry(import.from[..common].to_vec())
                .or_default()
                .entry(a.clone())
                .or_default()
                .insert(b.clone());
        }
    }
    let mut problems = Vec::new();
    let mut still_there = BTreeSet::new();
    for (folder, graph) in &edges {
        let folder_name = folder.join("::");
        for cycle in cycles(graph) {
            let allowed = CYCLES_BEING_REMOVED.iter().position(|(f, members)| {
                *f == folder_name && cycle.iter().all(|m| members.contains(&m.as_str()))
            });
            match allowed {
                Some(entry) => {
                    still_there.insert(entry);
                }
                None => problems.push(format!(
                    "src/{}: {} import each other",
                    folder.join("/"),
                    cycle.into_iter().collect::<Vec<_>>().join(", ")
                )),
            }
        }
    }
    for (entry, (folder, members)) in CYCLES_BEING_REMOVED.iter().enumerate() {
        if !still_there.contains(&entry) {
            problems.push(format!(
                "src/{}: {} no longer import each other: remove them from CYCLES_BEING_REMOVED",
                folder.replace("::", "/"),
                members.join(", ")
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The sets of two or more nodes that reach one another (strongly connected components).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reach = |start: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start.clone()];
        while let Some(node) = todo.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|node| (node, reach(node))).collect();
    let mut components: Vec<BTreeSet<String>> = Vec::new();
    for (node, from_node) in &reached {
        let component: BTreeSet<String> = from_node
            .iter()
            .filter(|other| reached.get(other).is_some_and(|back| back.contains(*node)))
            .cloned()
            .collect();
        if component.len() >= 2 && !components.contains(&component) {
            components.push(component);
        }
    }
    components
}

#[test]
fn use_trees_expand_to_paths() {
    assert_eq!(
        expand("crate::{lang::fr, text::{fold_text, self as t}, vocab::ng::*}"),
        [
            "crate::lang::fr",
            "crate::text::fold_text",
            "crate::text",
            "crate::vocab::ng::*"
        ]
    );
    assert_eq!(
        written_paths(
            "pub(crate) use super::read::{Arc, Facts};\nlet x = crate::lang::FR.place(y);"
        ),
        [
            "super::read::Arc",
            "super::read::Facts",
            "crate::lang::FR",
            "super::read"
        ]
    );
}
