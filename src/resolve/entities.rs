//! People, places and organizations: which entities of different articles are one thing.
//!
//! The rules, in order (each a pure function of the set of units, so the order in which
//! articles were ingested does not matter):
//!
//! 1. An entity the extractor tied to the reference data by one of its names (or to GeoNames)
//!    is that thing: it is *anchored*.
//! 2. A free entity whose full name fits the names of exactly one anchor of its class joins it;
//!    one that fits several stays on its own.
//! 3. Free full names that fit each other ([`super::names`]) form one entity. An
//!    organization's names are every form its articles write it in that may name it
//!    elsewhere (its label, an acronym it defines, a name written out); two organizations
//!    both written out fit only by a written-out name, since two bodies may share an acronym.
//! 4. An organization named only by an acronym joins the single one it fits.
//! 5. An organization named without the country or place it belongs to ("le ministère du
//!    Commerce") joins the single one named the same with one ("le ministère chinois du
//!    Commerce"). A body every state has ("le ministère de la Défense"), named without its
//!    country where other articles name it with one, says whose it is only through its
//!    article: it is one thing with the same name of another article only if the two
//!    articles name the same countries, and it joins the
//!    single one named with a country its article names ("le ministère de la Défense
//!    nationale" in an article that names Turkey and Syria, where only Turkey's is named
//!    elsewhere), never one of a country its article does not name.
//! 6. A person named only by a surname joins the single person whose surname fits; with
//!    several candidates (two Kushners) it stays on its own. A name alone that fits no
//!    surname and is no given name of the tables joins the single person whose full name it
//!    opens ("Prabowo" / "Prabowo Subianto").
//!
//! Two entities of one article never merge: the extractor already kept them apart. An entity
//! of several articles gets the anchor's IRI, else an IRI minted from its most frequent label.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use oxigraph::model::NamedNode;

use super::names::{
    blocks, first_name_fits, place_word_of, same_person, same_thing, surname_fits,
    without_national, Name,
};
use super::Iri;
use crate::rdf::Minter;
use crate::reference::EntityClass;

/// One entity as one article's graph holds it.
#[derive(Debug, Clone)]
pub struct EntityUnit {
    /// Index of the article graph.
    pub graph: usize,
    pub iri: Iri,
    pub class: EntityClass,
    /// The article's canonical name for it.
    pub label: Arc<str>,
    /// The other names the article writes for it that may name it elsewhere (an
    /// organization's acronym, or its name written out: "FDLR" for "Forces démocratiques de
    /// libération du Rwanda").
    pub names: Vec<Arc<str>>,
    /// The reference or GeoNames IRI the extractor gave it from one of its names.
    pub anchor: Option<Iri>,
    /// The titles the article gives it ("négociateur en chef ukrainien").
    pub roles: Vec<Arc<str>>,
}

/// A thing known in advance: a reference entity, or a place GeoNames identifies.
#[derive(Debug, Clone)]
pub struct Anchor {
    pub iri: NamedNode,
    pub class: EntityClass,
    pub names: Vec<String>,
    /// Other names of the thing (a city's in the cities table) that a free name joins only
    /// written with the same letters: too many to be compared by spelling.
    pub aliases: Vec<String>,
}

/// A set of units found to be one thing.
struct Cluster {
    class: EntityClass,
    anchor: Option<Iri>,
    names: Vec<Name>,
    /// The words of its titles, to choose between people of one surname.
    titles: BTreeSet<String>,
    graphs: BTreeSet<usize>,
    members: Vec<usize>,
    /// For a body every state has, named without its country: the countries and places its
    /// articles name ([`Context`]), the same for each of them.
    context: Option<Context>,
}

/// The countries and other places an article names (as places, in titles, in the names of
/// organizations), as [`Name`] writes them: what says whose a state body named without its
/// country is.
type Context = Vec<String>;

impl Cluster {
    /// Keeps each name once: a place named by ten thousand articles has a handful of names,
    /// and every candidate check reads them all.
    fn add_name(&mut self, name: Name) {
        if !self.names.contains(&name) {
            self.names.push(name);
        }
    }

    fn admits(&self, graphs: &BTreeSet<usize>) -> bool {
        self.graphs.is_disjoint(graphs)
    }

    fn absorb(&mut self, other: Cluster) {
        for name in other.names {
            self.add_name(name);
        }
        self.titles.extend(other.titles);
        self.graphs.extend(other.graphs);
        self.members.extend(other.members);
    }
}

impl From<Group> for Cluster {
    fn from(group: Group) -> Self {
        Cluster {
            class: group.class,
            anchor: None,
            names: group.names,
            titles: group.titles,
            graphs: group.graphs,
            members: group.units,
            context: group.context,
        }
    }
}

/// Units of different articles that share a class and a name key: always one thing.
struct Group {
    class: EntityClass,
    /// The label's name first, then the other names its units were written by.
    names: Vec<Name>,
    titles: BTreeSet<String>,
    units: Vec<usize>,
    graphs: BTreeSet<usize>,
    context: Option<Context>,
}

/// Names keyed once per distinct label: a popular entity's label comes once per article.
#[derive(Default)]
struct NameCache<'a> {
    keyed: std::collections::HashMap<(EntityClass, &'a str), Name>,
}

impl<'a> NameCache<'a> {
    fn of(&mut self, class: EntityClass, label: &'a str) -> Name {
        self.keyed
            .entry((class, label))
            .or_insert_with(|| Name::of(class, label))
            .clone()
    }
}

/// Two sets of names stand for one thing. People: two of their full names fit. Places and
/// organizations: two of their names fit; when both were also written out (not only as an
/// acronym), two of the written-out names, since two bodies may share an acronym.
fn fits(class: EntityClass, a: &[Name], b: &[Name]) -> bool {
    if class == EntityClass::Person {
        return a.iter().any(|x| b.iter().any(|y| same_person(x, y)));
    }
    let written = |names: &[Name]| names.iter().any(|n| !n.acronym);
    let both_written = written(a) && written(b);
    let usable = |n: &&Name| !both_written || !n.acronym;
    a.iter()
        .filter(usable)
        .any(|x| b.iter().filter(usable).any(|y| same_thing(x, y)))
}

/// Clusters by the blocks of their names ([`blocks`]): only those can fit a name of that
/// block.
type Index = BTreeMap<(EntityClass, char), BTreeSet<usize>>;

fn index(clusters: &[Cluster]) -> Index {
    let mut index = Index::new();
    for (c, cluster) in clusters.iter().enumerate() {
        for name in &cluster.names {
            for block in blocks(cluster.class, name) {
                index.entry((cluster.class, block)).or_default().insert(c);
            }
        }
    }
    index
}

/// The clusters of `index` that share a block with one of `names`.
fn candidates(index: &Index, class: EntityClass, names: &[Name]) -> BTreeSet<usize> {
    names
        .iter()
        .flat_map(|name| blocks(class, name))
        .filter_map(|block| index.get(&(class, block)))
        .flatten()
        .copied()
        .collect()
}

/// The IRI of every unit, in the order of `units`.
pub fn resolve(units: &[EntityUnit], anchors: &[Anchor], minter: &Minter) -> Vec<Iri> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_anchor: BTreeMap<Iri, usize> = BTreeMap::new();
    let mut by_alias: BTreeMap<(EntityClass, String), BTreeSet<Iri>> = BTreeMap::new();
    for anchor in anchors {
        for alias in &anchor.aliases {
            by_alias
                .entry((anchor.class, Name::of(anchor.class, alias).joined()))
                .or_default()
                .insert(Iri::from(anchor.iri.as_str()));
        }
        let iri = Iri::from(anchor.iri.as_str());
        by_anchor.entry(iri.clone()).or_insert_with(|| {
            clusters.push(Cluster {
                class: anchor.class,
                anchor: Some(iri),
                names: anchor
                    .names
                    .iter()
                    .map(|n| Name::of(anchor.class, n))
                    .collect(),
                titles: BTreeSet::new(),
                graphs: BTreeSet::new(),
                members: Vec::new(),
                context: None,
            });
            clusters.len() - 1
        });
    }
    let mut names = NameCache::default();
    let placed = placed_bodies(units, anchors, &mut names);
    let contexts = contexts(units, &mut names, &placed);
    // Rule 1, and the groups of free units with one name (and, for a state body named
    // without its country, one context).
    let mut groups: BTreeMap<(EntityClass, Vec<String>, Option<Context>, usize), Group> =
        BTreeMap::new();
    for (n, unit) in units.iter().enumerate() {
        let titles = unit.roles.iter().flat_map(|r| title_words(r));
        if let Some(anchor) = &unit.anchor {
            let c = *by_anchor.entry(anchor.clone()).or_insert_with(|| {
                clusters.push(Cluster {
                    class: unit.class,
                    anchor: Some(anchor.clone()),
                    names: Vec::new(),
                    titles: BTreeSet::new(),
                    graphs: BTreeSet::new(),
                    members: Vec::new(),
                    context: None,
                });
                clusters.len() - 1
            });
            let cluster = &mut clusters[c];
            cluster.add_name(names.of(unit.class, &unit.label));
            for other in &unit.names {
                cluster.add_name(names.of(unit.class, other));
            }
            cluster.titles.extend(titles);
            cluster.graphs.insert(unit.graph);
            cluster.members.push(n);
            continue;
        }
        let name = names.of(unit.class, &unit.label);
        let context = contexts
            .get(&unit.graph)
            .filter(|_| state_body(unit, &name, &placed));
        // Two entities of one article with one key (the extractor kept them apart) go to
        // two groups.
        let mut copy = 0;
        loop {
            let group = groups
                .entry((unit.class, name.words.clone(), context.cloned(), copy))
                .or_insert_with(|| Group {
                    class: unit.class,
                    names: vec![name.clone()],
                    titles: BTreeSet::new(),
                    units: Vec::new(),
                    graphs: BTreeSet::new(),
                    context: context.cloned(),
                });
            if group.graphs.insert(unit.graph) {
                group.units.push(n);
                group.titles.extend(titles);
                for other in &unit.names {
                    let other = names.of(unit.class, other);
                    if !group.names.contains(&other) {
                        group.names.push(other);
                    }
                }
                break;
            }
            copy += 1;
        }
    }
    let anchors = index(&clusters);

    // Rule 2: a free full name that fits exactly one anchor joins it.
    let mut free: Vec<Cluster> = Vec::new();
    let mut surnames: Vec<Group> = Vec::new();
    let mut acronyms: Vec<Cluster> = Vec::new();
    for group in groups.into_values() {
        if group.class == EntityClass::Person && group.names[0].words.len() == 1 {
            surnames.push(group);
            continue;
        }
        let mut candidates: Vec<usize> = candidates(&anchors, group.class, &group.names)
            .into_iter()
            .filter(|&c| fits(group.class, &clusters[c].names, &group.names))
            .collect();
        if candidates.is_empty() && !by_alias.is_empty() {
            candidates = group
                .names
                .iter()
                .filter_map(|name| by_alias.get(&(group.class, name.joined())))
                .flatten()
                .filter_map(|iri| by_anchor.get(iri).copied())
                .collect::<BTreeSet<usize>>()
                .into_iter()
                .collect();
        }
        let cluster = Cluster::from(group);
        match candidates.as_slice() {
            [c] if clusters[*c].admits(&cluster.graphs) => clusters[*c].absorb(cluster),
            _ if cluster.class != EntityClass::Person
                && cluster.names.iter().all(|n| n.acronym) =>
            {
                acronyms.push(cluster)
            }
            _ => free.push(cluster),
        }
    }

    // Rule 3: free full names that fit each other, merged pair by pair in a fixed order,
    // within each block; a cluster merged into another is compared through it.
    let mut blocked: BTreeMap<(EntityClass, char), Vec<usize>> = BTreeMap::new();
    for (c, cluster) in free.iter().enumerate() {
        for name in &cluster.names {
            for block in blocks(cluster.class, name) {
                let members = blocked.entry((cluster.class, block)).or_default();
                if members.last() != Some(&c) {
                    members.push(c);
                }
            }
        }
    }
    let mut merged: Vec<Option<Cluster>> = free.into_iter().map(Some).collect();
    let mut into: Vec<usize> = (0..merged.len()).collect();
    let root = |into: &mut Vec<usize>, mut c: usize| {
        while into[c] != c {
            into[c] = into[into[c]];
            c = into[c];
        }
        c
    };
    for members in blocked.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                let (i, j) = (root(&mut into, i), root(&mut into, j));
                if i == j {
                    continue;
                }
                let (i, j) = (i.min(j), i.max(j));
                let (Some(a), Some(b)) = (&merged[i], &merged[j]) else {
                    continue;
                };
                let fit = a.class == b.class
                    && a.context == b.context
                    && a.admits(&b.graphs)
                    && fits(a.class, &a.names, &b.names);
                if fit {
                    let b = merged[j].take().expect("checked above");
                    merged[i].as_mut().expect("checked above").absorb(b);
                    into[j] = i;
                }
            }
        }
    }
    clusters.extend(merged.into_iter().flatten());

    // Rule 4: an organization named only by an acronym joins the single one it fits; two
    // bodies may share an acronym. An acronym fits only the same letters, so the clusters
    // are looked up by their names' letters.
    let mut by_letters: BTreeMap<(EntityClass, String), BTreeSet<usize>> = BTreeMap::new();
    if !acronyms.is_empty() {
        for (c, cluster) in clusters.iter().enumerate() {
            for name in &cluster.names {
                by_letters
                    .entry((cluster.class, name.joined()))
                    .or_default()
                    .insert(c);
            }
        }
    }
    for cluster in acronyms {
        let candidates: Vec<usize> = cluster
            .names
            .iter()
            .filter_map(|name| by_letters.get(&(cluster.class, name.joined())))
            .flatten()
            .copied()
            .collect::<BTreeSet<usize>>()
            .into_iter()
            .filter(|&c| fits(cluster.class, &clusters[c].names, &cluster.names))
            .collect();
        match candidates.as_slice() {
            [c] if clusters[*c].admits(&cluster.graphs) => clusters[*c].absorb(cluster),
            _ => clusters.push(cluster),
        }
    }
    unplaced_join_placed(&mut clusters);

    // Rule 6: a surname alone joins the single person it fits; a name alone that is no given
    // name and fits no surname, the single person whose full name it opens ("Prabowo").
    let people = index(&clusters);
    let mut by_first: Index = Index::new();
    for (c, cluster) in clusters.iter().enumerate() {
        for name in cluster.names.iter().filter(|n| n.words.len() >= 2) {
            if let Some(initial) = name.words[0].chars().next() {
                by_first
                    .entry((cluster.class, initial))
                    .or_default()
                    .insert(c);
            }
        }
    }
    for group in surnames {
        let surname = &group.names[0];
        let mut candidates: Vec<usize> = candidates(&people, group.class, &group.names)
            .into_iter()
            .filter(|&c| {
                clusters[c]
                    .names
                    .iter()
                    .any(|name| surname_fits(surname, name) || name.words == surname.words)
            })
            .collect();
        if candidates.is_empty() {
            let label = group.units.first().map_or("", |&u| &*units[u].label);
            let initial = surname.words[0].chars().next();
            candidates = initial
                .and_then(|i| by_first.get(&(group.class, i)))
                .into_iter()
                .flatten()
                .copied()
                .filter(|&c| {
                    clusters[c]
                        .names
                        .iter()
                        .any(|name| first_name_fits(label, surname, name))
                })
                .collect();
        }
        let cluster = Cluster::from(group);
        match by_titles(&clusters, &candidates, &cluster.titles) {
            Some(c) if clusters[c].admits(&cluster.graphs) => clusters[c].absorb(cluster),
            _ => clusters.push(cluster),
        }
    }

    name_clusters(units, clusters, minter)
}

/// Rule 5: an organization named without the country or place it belongs to ("le ministère
/// du Commerce", where the article's subject says whose) joins the single organization named
/// the same with one ("le ministère chinois du Commerce"); with several ("chinois",
/// "américain") it stays on its own, as a surname alone does. A body every state has joins
/// only one of a country its articles name, and not one its own article names beside it
/// (the extractor kept the two apart); "nationale" may be left out ("le ministère de la
/// Défense nationale" / "le ministère turc de la Défense").
fn unplaced_join_placed(clusters: &mut [Cluster]) {
    let organizations = |c: &Cluster| c.class == EntityClass::Organization;
    let mut placed: BTreeMap<Vec<String>, BTreeSet<(usize, &str)>> = BTreeMap::new();
    for (c, cluster) in clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| organizations(c))
    {
        for name in &cluster.names {
            let (Some(words), Some(place)) = (name.without_place(), name.places().next()) else {
                continue;
            };
            if let Some(words) = without_national(&words) {
                placed.entry(words).or_default().insert((c, place));
            }
            placed.entry(words).or_default().insert((c, place));
        }
    }
    if placed.is_empty() {
        return;
    }
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (c, cluster) in clusters.iter().enumerate() {
        let free = organizations(cluster) && cluster.anchor.is_none();
        if !free || cluster.names.iter().any(|n| n.without_place().is_some()) {
            continue;
        }
        let context = cluster.context.as_ref();
        let candidates: BTreeSet<usize> = cluster
            .names
            .iter()
            .filter_map(Name::unplaced)
            .flat_map(|words| {
                let loose = context.and_then(|_| without_national(&words));
                [Some(words), loose]
            })
            .flatten()
            .filter_map(|words| placed.get(&words))
            .flatten()
            .filter(|(p, place)| match context {
                Some(context) => {
                    context.iter().any(|w| w == place) && clusters[*p].admits(&cluster.graphs)
                }
                None => true,
            })
            .map(|&(p, _)| p)
            .filter(|&p| p != c)
            .collect();
        match candidates.into_iter().collect::<Vec<_>>()[..] {
            [p] if clusters[p].admits(&cluster.graphs) => joins.push((c, p)),
            _ => {}
        }
    }
    // Decided before any moves: a cluster that others join is never itself moved (it has a
    // name with its place), so the order of the joins does not matter.
    for (c, target) in joins {
        if !clusters[target].admits(&clusters[c].graphs) {
            continue;
        }
        let moved = std::mem::replace(
            &mut clusters[c],
            Cluster {
                class: EntityClass::Organization,
                anchor: None,
                names: Vec::new(),
                titles: BTreeSet::new(),
                graphs: BTreeSet::new(),
                members: Vec::new(),
                context: None,
            },
        );
        clusters[target].absorb(moved);
    }
}

/// Whether a free unit is a body every state has, named without its country where other
/// articles name it with one (`placed`: [`placed_bodies`]). A name no article writes with a
/// country ("le ministère de la Culture", or one with a demonym the tables miss) is compared
/// as any other.
fn state_body(unit: &EntityUnit, name: &Name, placed: &BTreeSet<Vec<String>>) -> bool {
    unit.class == EntityClass::Organization
        && unit.anchor.is_none()
        && name.is_unplaced_state_body()
        && name.unplaced().is_some_and(|words| {
            without_national(&words).is_some_and(|w| placed.contains(&w)) || placed.contains(&words)
        })
}

/// The words of every organization's name that says whose it is by a country
/// ([`Name::without_place`]), also without "nationale" ([`without_national`]).
fn placed_bodies<'a>(
    units: &'a [EntityUnit],
    anchors: &[Anchor],
    names: &mut NameCache<'a>,
) -> BTreeSet<Vec<String>> {
    let mut placed = BTreeSet::new();
    let mut add = |name: &Name| {
        if let Some(words) = name.without_place() {
            placed.extend(without_national(&words));
            placed.insert(words);
        }
    };
    for unit in units
        .iter()
        .filter(|u| u.class == EntityClass::Organization)
    {
        add(&names.of(unit.class, &unit.label));
        for other in &unit.names {
            add(&names.of(unit.class, other));
        }
    }
    for anchor in anchors
        .iter()
        .filter(|a| a.class == EntityClass::Organization)
    {
        for name in &anchor.names {
            add(&Name::of(anchor.class, name));
        }
    }
    placed
}

/// The [`Context`] of every article with a state body named without its country: the places
/// its place units name, and those its titles and organizations' names say. Only those
/// articles are read twice.
fn contexts<'a>(
    units: &'a [EntityUnit],
    names: &mut NameCache<'a>,
    placed: &BTreeSet<Vec<String>>,
) -> BTreeMap<usize, Context> {
    let mut wanted: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for unit in units {
        if unit.class == EntityClass::Organization
            && unit.anchor.is_none()
            && state_body(unit, &names.of(unit.class, &unit.label), placed)
        {
            wanted.entry(unit.graph).or_default();
        }
    }
    if wanted.is_empty() {
        return BTreeMap::new();
    }
    for unit in units {
        let Some(places) = wanted.get_mut(&unit.graph) else {
            continue;
        };
        if unit.class == EntityClass::Place {
            places.extend(place_word_of(&unit.label));
        }
        let mut texts: Vec<&'a str> = unit.roles.iter().map(|r| &**r).collect();
        if unit.class == EntityClass::Organization {
            texts.push(&unit.label);
            texts.extend(unit.names.iter().map(|n| &**n));
        }
        for text in texts {
            let name = names.of(EntityClass::Organization, text);
            places.extend(name.places().map(str::to_owned));
        }
    }
    wanted
        .into_iter()
        .map(|(graph, places)| (graph, places.into_iter().collect()))
        .collect()
}

/// The single candidate; among several, the one whose titles share the most words with the
/// surname's ("le négociateur ukrainien Oumerov"), if it shares strictly more than any other.
fn by_titles(
    clusters: &[Cluster],
    candidates: &[usize],
    titles: &BTreeSet<String>,
) -> Option<usize> {
    if let [c] = candidates {
        return Some(*c);
    }
    let mut scored: Vec<(usize, usize)> = candidates
        .iter()
        .map(|&c| (clusters[c].titles.intersection(titles).count(), c))
        .collect();
    scored.sort_unstable_by(|a, b| b.cmp(a));
    match scored.as_slice() {
        [(best, c), (second, _), ..] if *best > 0 && best > second => Some(*c),
        _ => None,
    }
}

/// The words of a title that tell one office from another: "négociateur en chef ukrainien" →
/// négociateur, ukrainien.
fn title_words(title: &str) -> Vec<String> {
    crate::text::fold(title)
        .text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 5 && !matches!(*w, "ancien" | "ancienne" | "actuel" | "actuelle"))
        .map(str::to_owned)
        .collect()
}

/// Anchored clusters take the anchor's IRI; the others an IRI from their most frequent label
/// (then the longest, then the first in alphabetical order), made unique.
fn name_clusters(units: &[EntityUnit], clusters: Vec<Cluster>, minter: &Minter) -> Vec<Iri> {
    let mut iris: Vec<Option<Iri>> = vec![None; units.len()];
    let mut taken: BTreeSet<Iri> = clusters.iter().filter_map(|c| c.anchor.clone()).collect();
    let mut free: Vec<(String, Cluster)> = Vec::new();
    for cluster in clusters {
        match &cluster.anchor {
            Some(iri) => {
                for &m in &cluster.members {
                    iris[m] = Some(iri.clone());
                }
            }
            None if cluster.members.is_empty() => {}
            None => free.push((best_label(units, &cluster.members), cluster)),
        }
    }
    // The labels' order, not the order clusters were built in, decides who gets a suffix.
    free.sort_by(|a, b| a.0.cmp(&b.0));
    for (label, cluster) in free {
        let base = minter.entity(cluster.class, &label);
        let mut iri = Iri::from(base.as_str());
        let mut n = 2;
        while !taken.insert(iri.clone()) {
            iri = Iri::from(minter.numbered(&base, n).as_str());
            n += 1;
        }
        for &m in &cluster.members {
            iris[m] = Some(iri.clone());
        }
    }
    iris.into_iter()
        .map(|iri| iri.expect("every unit is in one cluster"))
        .collect()
}

fn best_label(units: &[EntityUnit], members: &[usize]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &m in members {
        *counts.entry(&units[m].label).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|(la, ca), (lb, cb)| {
            ca.cmp(cb)
                .then(la.chars().count().cmp(&lb.chars().count()))
                .then(lb.cmp(la))
        })
        .map(|(label, _)| label.to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minter() -> Minter {
        Minter::new("http://example.org/")
    }

    fn unit(graph: usize, class: EntityClass, label: &str) -> EntityUnit {
        EntityUnit {
            graph,
            iri: Iri::from(minter().entity(class, label).as_str()),
            class,
            label: label.into(),
            names: Vec::new(),
            anchor: None,
            roles: Vec::new(),
        }
    }

    fn person(graph: usize, label: &str) -> EntityUnit {
        unit(graph, EntityClass::Person, label)
    }

    fn witkoff() -> Anchor {
        Anchor {
            iri: NamedNode::new_unchecked("http://example.org/person/steve-witkoff"),
            class: EntityClass::Person,
            names: vec!["Steve Witkoff".into(), "Witkoff".into()],
            aliases: Vec::new(),
        }
    }

    fn names(iris: &[Iri]) -> Vec<&str> {
        iris.iter()
            .map(|i| i.trim_start_matches("http://example.org/"))
            .collect()
    }

    #[test]
    fn spellings_merge_and_take_the_frequent_label() {
        let units = [
            person(0, "Rustem Umerov"),
            person(1, "Roustem Oumerov"),
            person(2, "Roustem Oumerov"),
            person(3, "Oumerov"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert!(iris.iter().all(|i| *i == iris[1]), "{:?}", names(&iris));
        assert_eq!(names(&iris)[0], "person/rustem-umerov");
    }

    #[test]
    fn a_misspelt_full_name_joins_its_anchor() {
        let units = [person(0, "Steve Whitkoff"), person(1, "Whitkoff")];
        let iris = resolve(&units, &[witkoff()], &minter());
        assert_eq!(names(&iris), ["person/steve-witkoff"; 2]);
    }

    #[test]
    fn one_surname_two_people() {
        let units = [
            person(0, "Charles Kushner"),
            person(1, "Joshua Kushner"),
            person(2, "Kushner"),
            person(3, "Charles Kushner"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[3]);
        assert_ne!(iris[0], iris[1]);
        assert_ne!(iris[2], iris[0]);
        assert_ne!(iris[2], iris[1]);
    }

    #[test]
    fn two_entities_of_one_article_never_merge() {
        let units = [
            person(0, "Oleksandr Kovalenko"),
            person(0, "Oleksandr Kovalenka"),
            person(0, "Olexandr Kovalenko"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_ne!(iris[0], iris[1]);
        assert_ne!(iris[0], iris[2]);
        assert_ne!(iris[1], iris[2]);
    }

    #[test]
    fn the_result_does_not_depend_on_the_order_of_articles() {
        let labels = [
            "Rustem Umerov",
            "Oumerov",
            "Roustem Oumerov",
            "Charles Kushner",
            "Kushner",
        ];
        let forward: Vec<EntityUnit> = labels
            .iter()
            .enumerate()
            .map(|(g, l)| person(g, l))
            .collect();
        let mut backward = forward.clone();
        backward.reverse();
        let a = resolve(&forward, &[], &minter());
        let mut b = resolve(&backward, &[], &minter());
        b.reverse();
        assert_eq!(a, b);
    }

    fn org(graph: usize, label: &str, names: &[&str]) -> EntityUnit {
        EntityUnit {
            names: names.iter().map(|n| Arc::from(*n)).collect(),
            ..unit(graph, EntityClass::Organization, label)
        }
    }

    #[test]
    fn an_acronym_joins_the_name_it_stands_for() {
        let units = [
            org(0, "FDLR", &[]),
            org(1, "Forces démocratiques de libération du Rwanda", &["FDLR"]),
            org(2, "FDLR", &[]),
            org(3, "Force ouvrière", &["FO"]),
            org(4, "FO", &[]),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[0], iris[2]);
        assert_eq!(iris[3], iris[4]);
        assert_ne!(iris[0], iris[3]);
    }

    #[test]
    fn two_bodies_sharing_an_acronym_stay_apart() {
        let units = [
            org(0, "Conseil de paix et de sécurité", &["CPS"]),
            org(1, "Caisse de prévoyance sociale", &["CPS"]),
            // Which of the two? Neither.
            org(2, "CPS", &[]),
            org(3, "Conseil de paix et de sécurité", &[]),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_ne!(iris[0], iris[1]);
        assert!(iris[2] != iris[0] && iris[2] != iris[1]);
        assert_eq!(iris[0], iris[3]);
    }

    #[test]
    fn one_office_under_two_names() {
        let units = [
            org(0, "présidence ukrainienne", &[]),
            org(1, "bureau du président ukrainien", &[]),
            org(2, "présidence malienne", &[]),
            org(3, "ministère iranien des Affaires étrangères", &[]),
            org(4, "ministère des Affaires étrangères iranien", &[]),
            org(5, "ministère irakien des Affaires étrangères", &[]),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_ne!(iris[0], iris[2]);
        assert_eq!(iris[3], iris[4]);
        assert_ne!(iris[3], iris[5]);
    }

    fn place(graph: usize, label: &str) -> EntityUnit {
        unit(graph, EntityClass::Place, label)
    }

    fn titled(graph: usize, label: &str, role: &str) -> EntityUnit {
        EntityUnit {
            roles: vec![Arc::from(role)],
            ..person(graph, label)
        }
    }

    #[test]
    fn a_name_without_its_country_takes_the_single_one_with_it() {
        let units = [
            org(0, "ministère chinois du Commerce", &[]),
            org(1, "ministère du Commerce", &[]),
            place(1, "Chine"),
            org(2, "ministère du Commerce", &[]),
            titled(2, "He Lifeng", "vice-Premier ministre chinois"),
            // Two defence ministries: the one without a country is neither.
            org(3, "ministère de la Défense", &[]),
            place(3, "Russie"),
            place(3, "Turquie"),
            org(4, "ministère russe de la Défense", &[]),
            org(5, "ministère de la Défense turc", &[]),
            // An organization that is no state body needs no country in its article.
            org(6, "Commission électorale indépendante du Kenya", &[]),
            org(7, "Commission électorale indépendante", &[]),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[0], iris[3]);
        assert!(iris[5] != iris[8] && iris[5] != iris[9] && iris[8] != iris[9]);
        assert_eq!(iris[10], iris[11]);
    }

    #[test]
    fn a_state_body_without_its_country_takes_one_its_article_names() {
        let units = [
            org(0, "ministère chinois des Affaires étrangères", &[]),
            org(1, "ministère malaisien des Affaires étrangères", &[]),
            // China and the United States named: only China's is known.
            org(2, "ministère des Affaires étrangères", &[]),
            place(2, "Chine"),
            titled(2, "Scott Bessent", "secrétaire au Trésor américain"),
            // No country named: whose, no one can say.
            org(3, "ministère des Affaires étrangères", &[]),
            // Qatar named, whose ministry no article names with its country.
            org(4, "ministère des Affaires étrangères", &[]),
            place(4, "Qatar"),
            // Turkey and Syria named; Syria's ministry is the article's other one.
            org(5, "ministère de la Défense nationale", &[]),
            org(5, "ministère de la Défense syrien", &[]),
            titled(
                5,
                "Hakan Fidan",
                "ministre des Affaires étrangères de la Turquie",
            ),
            org(6, "ministère de la Défense turc", &[]),
            org(7, "ministère russe de la Défense", &[]),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[2], iris[0]);
        assert!(iris[5] != iris[0] && iris[5] != iris[1]);
        // Two articles about two countries: two ministries.
        assert!(iris[6] != iris[5] && iris[6] != iris[0]);
        assert_eq!(iris[8], iris[11]);
        assert!(iris[8] != iris[12] && iris[9] != iris[11]);
    }

    #[test]
    fn a_state_body_of_articles_that_name_the_same_countries_is_one() {
        let units = [
            org(0, "ministère de l'Intérieur", &[]),
            place(0, "Syrie"),
            org(1, "ministère de l'Intérieur", &[]),
            titled(1, "Anas Khattab", "ministre syrien de l'Intérieur"),
            org(2, "ministère de l'Intérieur", &[]),
            place(2, "Liban"),
            org(3, "ministère syrien de l'Intérieur", &[]),
            // No article names this one with a country: one name, one thing, as before.
            org(4, "ministère de la Culture", &[]),
            place(4, "Liban"),
            org(5, "ministère de la Culture", &[]),
            place(5, "Égypte"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[2]);
        assert_eq!(iris[0], iris[6]);
        assert_ne!(iris[0], iris[4]);
        assert_eq!(iris[7], iris[9]);
    }

    #[test]
    fn a_name_with_words_left_out() {
        let units = [
            person(0, "Félix Tshisekedi"),
            person(1, "Félix-Antoine Tshisekedi Tshilombo"),
            person(2, "Sénégalais Macky Sall"),
            person(3, "Macky Sall"),
            person(4, "Tshisekedi"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_eq!(iris[2], iris[3]);
        assert_eq!(iris[4], iris[0]);
    }

    #[test]
    fn a_name_written_family_name_first() {
        let units = [
            person(0, "Gombojav Zandanshatar"),
            person(1, "Zandanshatar Gombojav"),
            person(2, "Paul Thomas"),
            person(3, "Thomas Paul"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_ne!(iris[2], iris[3]);
    }

    #[test]
    fn a_city_joins_the_names_of_its_table_row_by_their_letters_only() {
        let city = Anchor {
            iri: NamedNode::new_unchecked("http://example.org/place/geonames-1"),
            class: EntityClass::Place,
            names: vec!["Oulan-Bator".into()],
            aliases: vec!["Ulaanbaatar".into(), "Kazan".into()],
        };
        let units = [place(0, "Oulaanbaatar"), place(1, "Kasane")];
        let iris = resolve(&units, &[city], &minter());
        assert_eq!(&*iris[0], "http://example.org/place/geonames-1");
        assert_ne!(&*iris[1], "http://example.org/place/geonames-1");
    }

    #[test]
    fn places_merge_by_spelling() {
        let units = [
            unit(0, EntityClass::Place, "Koupiansk"),
            unit(1, EntityClass::Place, "Kupiansk"),
            unit(2, EntityClass::Organization, "Kupiansk"),
        ];
        let iris = resolve(&units, &[], &minter());
        assert_eq!(iris[0], iris[1]);
        assert_ne!(iris[0], iris[2]);
    }
}
