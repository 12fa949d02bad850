//! Choosing what to draw: the neighbourhood of one node, some classes, a period.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use oxigraph::model::NamedNode;

use super::model::{Class, Model};
use super::read::Reader;
use crate::store::StoreError;

/// What part of the graph to draw. The selections combine: a neighbourhood, cut to some
/// classes, cut to a period.
#[derive(Debug, Clone)]
pub struct Selection {
    /// Draw only the nodes within `hops` links of this one.
    pub focus: Option<NamedNode>,
    pub hops: usize,
    /// With a focus: draw at most this many nodes, the nearest and most stated first.
    pub max_nodes: usize,
    /// The classes to draw; `None` draws [`Class::DRAWN`] (everything, for a CONSTRUCT result).
    pub classes: Option<BTreeSet<Class>>,
    /// Keep the nodes no drawn link reaches.
    pub isolated: bool,
    /// Keep the events dated, and the claims published, in this period (both ends included).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Selection {
    fn dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether a node of this class is drawn. Roles, when not drawn, still link a person to
    /// the organization or place whose title they hold.
    fn draws(&self, class: Option<Class>, construct: bool) -> bool {
        match (&self.classes, class) {
            (Some(classes), Some(class)) => classes.contains(&class),
            (Some(_), None) => false,
            (None, Some(class)) => construct || Class::DRAWN.contains(&class),
            (None, None) => construct,
        }
    }

    /// People drawn without meetings and calls: the people they met or spoke with are one hop
    /// away, joined by an edge "met" or "spoke with".
    fn people_only(&self) -> bool {
        self.draws(Some(Class::Person), false)
            && !self.draws(Some(Class::Meeting), false)
            && !self.draws(Some(Class::Call), false)
    }

    fn draws_roles(&self) -> bool {
        self.classes
            .as_ref()
            .is_some_and(|c| c.contains(&Class::Role))
    }

    fn draws_articles(&self) -> bool {
        self.classes
            .as_ref()
            .is_some_and(|c| c.contains(&Class::Article))
    }
}

/// The selected part of the graph, as a model ready to draw, and whether a neighbourhood was
/// cut to `max_nodes`.
pub fn select(reader: &mut Reader<'_>, selection: &Selection) -> Result<(Model, bool), StoreError> {
    let construct = reader.is_construct();
    let (candidates, truncated) = match &selection.focus {
        Some(focus) => neighbourhood(reader, focus, selection)?,
        None => {
            let classes = selection
                .classes
                .clone()
                .unwrap_or_else(|| Class::DRAWN.iter().copied().collect());
            (reader.members(&classes)?, false)
        }
    };
    let with_titles = !selection.draws_roles();
    // Read a few hundred nodes per query: the candidates, then what their labels and links
    // need (an event's places, a person's roles, a claim's article).
    reader.read(&candidates)?;
    let mut needed = BTreeSet::new();
    for iri in &candidates {
        let facts = reader.facts(iri)?;
        needed.extend(
            facts
                .out
                .iter()
                .filter(|a| a.property == "location" || a.property == "holds role")
                .map(|a| a.target.clone()),
        );
        needed.extend(facts.stated_in.iter().cloned());
    }
    reader.read(&needed)?;
    let mut model = Model::default();
    for iri in &candidates {
        let class = reader.class(iri)?;
        if !selection.draws(class, construct) {
            continue;
        }
        let timed = matches!(
            class,
            Some(Class::Meeting | Class::Call | Class::Claim | Class::Article)
        );
        if selection.dated()
            && timed
            && !reader
                .period(iri)?
                .is_some_and(|p| p.overlaps(selection.from, selection.to))
        {
            continue;
        }
        model
            .nodes
            .insert(iri.clone(), reader.node(iri, with_titles)?);
    }
    let kept: Vec<NamedNode> = model.nodes.keys().cloned().collect();
    for source in &kept {
        let facts = reader.facts(source)?;
        for arc in &facts.out {
            if model.nodes.contains_key(&arc.target) {
                model.link(source, &arc.property, &arc.target, arc.count);
            } else if arc.property == "holds role" && !selection.draws_roles() {
                let role = reader.facts(&arc.target)?;
                for of in role.out.iter().filter(|a| a.property == "role of") {
                    if model.nodes.contains_key(&of.target) {
                        model.link(source, "holds role", &of.target, arc.count);
                    }
                }
            }
        }
    }
    // People drawn without their meetings and calls: two people who took part in the same
    // meeting "met", in the same call "spoke with", once per event.
    if !construct && selection.people_only() {
        // The events the people drawn took part in.
        let mut events = BTreeSet::new();
        let people: Vec<NamedNode> = model.nodes.keys().cloned().collect();
        reader.read_incoming(&people, false)?;
        for person in &people {
            for (event, arc) in reader.incoming(person, false)?.iter() {
                if arc.property == "participant" {
                    events.insert(event.clone());
                }
            }
        }
        reader.read(&events)?;
        for event in &events {
            if selection.dated()
                && !reader
                    .period(event)?
                    .is_some_and(|p| p.overlaps(selection.from, selection.to))
            {
                continue;
            }
            let people: Vec<NamedNode> = reader
                .facts(event)?
                .out
                .iter()
                .filter(|a| a.property == "participant" && model.nodes.contains_key(&a.target))
                .map(|a| a.target.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let property = match reader.class(event)? {
                Some(Class::Call) => "spoke with",
                _ => "met",
            };
            for (i, a) in people.iter().enumerate() {
                for b in &people[i + 1..] {
                    model.link(a, property, b, 1);
                }
            }
        }
    }
    // A node with no link says little in a picture of links: it goes, unless asked for or
    // unless nothing is linked at all. A period drawing shows only the people, places and
    // organizations linked to something of that period.
    let linked: BTreeSet<NamedNode> = model
        .edges
        .values()
        .flat_map(|e| [e.source.clone(), e.target.clone()])
        .collect();
    let drop_isolated = !selection.isolated && !linked.is_empty();
    model.nodes.retain(|iri, node| {
        let timed = matches!(
            node.class,
            Some(Class::Meeting | Class::Call | Class::Claim | Class::Article)
        );
        linked.contains(iri)
            || selection.focus.as_ref() == Some(iri)
            || (!drop_isolated && (timed || !selection.dated()))
    });
    Ok((model, truncated))
}

/// The nodes within `hops` links of the focus, whatever their class: the class selection
/// applies afterwards, so `--class person` around a person shows whom they met. Roles are
/// crossed without counting a hop when they are not drawn (a person and the organization they
/// serve are one hop apart), and articles are crossed only when drawn.
///
/// The walk goes one hop at a time and keeps at most `max_nodes`: nearer nodes first, and
/// among the nodes one hop further, those the most articles link to what is already kept.
/// Returns the nodes and whether some were left out.
fn neighbourhood(
    reader: &mut Reader<'_>,
    focus: &NamedNode,
    selection: &Selection,
) -> Result<(BTreeSet<NamedNode>, bool), StoreError> {
    let fold_roles = !selection.draws_roles() && !reader.is_construct();
    let fold_events = selection.people_only() && !reader.is_construct();
    let mut kept = BTreeSet::from([focus.clone()]);
    let mut frontier = vec![focus.clone()];
    let mut truncated = false;
    for _ in 0..selection.hops {
        if kept.len() >= selection.max_nodes {
            // Full before the last hop: what lies further is left out unread.
            truncated = true;
            break;
        }
        // The frontier's links, then what folding them needs, each read in a few queries.
        reader.read(&frontier)?;
        reader.read_incoming(&frontier, selection.draws_articles())?;
        let mut links = Vec::with_capacity(frontier.len());
        let (mut roles, mut events) = (BTreeSet::new(), BTreeSet::new());
        for node in &frontier {
            let node_links = reader.links(node, selection.draws_articles())?;
            for (other, arc, outgoing) in &node_links {
                let folded = match (arc.property.as_str(), outgoing) {
                    ("participant", false) if fold_events => &mut events,
                    ("holds role", true) | ("role of", false) if fold_roles && !fold_events => {
                        &mut roles
                    }
                    _ => continue,
                };
                folded.insert(other.clone());
            }
            links.push(node_links);
        }
        reader.read(roles.iter().chain(&events))?;
        reader.read_incoming(&roles, false)?;
        let mut scores: BTreeMap<NamedNode, usize> = BTreeMap::new();
        for (node, node_links) in frontier.iter().zip(links) {
            for (other, arc, outgoing) in node_links {
                if fold_events && arc.property != "participant" {
                    // A drawing of people walks from person to person through events only.
                    continue;
                }
                match (arc.property.as_str(), outgoing) {
                    // A person's folded role: what the role serves is one hop away.
                    ("holds role", true) if fold_roles => {
                        for of in reader
                            .facts(&other)?
                            .out
                            .iter()
                            .filter(|a| a.property == "role of")
                        {
                            *scores.entry(of.target.clone()).or_default() += arc.count;
                        }
                    }
                    // An organization's folded roles: whoever holds them is one hop away.
                    ("role of", false) if fold_roles => {
                        for (holder, held) in reader.incoming(&other, false)?.iter() {
                            if held.property == "holds role" {
                                *scores.entry(holder.clone()).or_default() += arc.count;
                            }
                        }
                    }
                    // An event of a drawing of people: whoever else took part is one hop away.
                    ("participant", false) if fold_events => {
                        for with in reader
                            .facts(&other)?
                            .out
                            .iter()
                            .filter(|a| a.property == "participant")
                        {
                            if with.target != *node {
                                *scores.entry(with.target.clone()).or_default() += 1;
                            }
                        }
                    }
                    _ => *scores.entry(other).or_default() += arc.count,
                }
            }
        }
        let mut next: Vec<(usize, NamedNode)> = scores
            .into_iter()
            .filter(|(node, _)| !kept.contains(node))
            .map(|(node, score)| (score, node))
            .collect();
        next.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let room = selection.max_nodes.saturating_sub(kept.len());
        if next.len() > room {
            truncated = true;
            next.truncate(room);
        }
        frontier = next.into_iter().map(|(_, node)| node).collect();
        kept.extend(frontier.iter().cloned());
        if frontier.is_empty() {
            break;
        }
    }
    Ok((kept, truncated))
}
