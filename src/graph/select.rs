//! Choosing what to draw: the neighbourhood of one node, some classes, a period.

use std::collections::{BTreeSet, VecDeque};

use chrono::NaiveDate;
use oxigraph::model::NamedNode;

use super::read::{Class, Model, Reader};
use crate::store::StoreError;

/// What part of the graph to draw. The selections combine: a neighbourhood, cut to some
/// classes, cut to a period.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Draw only the nodes within `hops` links of this one.
    pub focus: Option<NamedNode>,
    pub hops: usize,
    /// The classes to draw; `None` draws [`Class::DRAWN`] (everything, for a CONSTRUCT result).
    pub classes: Option<BTreeSet<Class>>,
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

/// The selected part of the graph, as a model ready to draw.
pub fn select(reader: &mut Reader<'_>, selection: &Selection) -> Result<Model, StoreError> {
    let construct = reader.is_construct();
    let candidates = match &selection.focus {
        Some(focus) => neighbourhood(reader, focus, selection)?,
        None => {
            let classes = selection
                .classes
                .clone()
                .unwrap_or_else(|| Class::DRAWN.into_iter().collect());
            reader.members(&classes)?
        }
    };
    let with_titles = !selection.draws_roles();
    let mut model = Model::default();
    for iri in &candidates {
        let node = reader.node(iri, with_titles)?;
        if !selection.draws(node.class, construct) {
            continue;
        }
        let timed = matches!(
            node.class,
            Some(Class::Meeting | Class::Call | Class::Claim | Class::Role | Class::Article)
        );
        if selection.dated()
            && timed
            && !node
                .period
                .is_some_and(|p| p.overlaps(selection.from, selection.to))
        {
            continue;
        }
        model.nodes.insert(iri.clone(), node);
    }
    let kept: Vec<NamedNode> = model.nodes.keys().cloned().collect();
    for source in &kept {
        let facts = reader.facts(source)?;
        for arc in &facts.out {
            if model.nodes.contains_key(&arc.target) {
                model.link(source, &arc.property, &arc.target, arc.graph.as_ref());
            } else if arc.property == "holds role" && !selection.draws_roles() {
                let role = reader.facts(&arc.target)?;
                for of in role.out.iter().filter(|a| a.property == "role of") {
                    if model.nodes.contains_key(&of.target) {
                        model.link(source, "holds role", &of.target, arc.graph.as_ref());
                    }
                }
            }
        }
    }
    if selection.dated() {
        // A period drawing shows the people, places and organizations of that period only.
        let linked: BTreeSet<NamedNode> = model
            .edges
            .values()
            .flat_map(|e| [e.source.clone(), e.target.clone()])
            .collect();
        model.nodes.retain(|iri, node| {
            linked.contains(iri)
                || selection.focus.as_ref() == Some(iri)
                || matches!(
                    node.class,
                    Some(Class::Meeting | Class::Call | Class::Claim | Class::Article)
                )
        });
    }
    Ok(model)
}

/// The nodes within `hops` links of the focus, whatever their class: the class selection
/// applies afterwards, so `--class person` around a person shows whom they met. Roles are
/// crossed without counting a hop when they are not drawn (a person and the organization they
/// serve are one hop apart), and articles are crossed only when drawn.
fn neighbourhood(
    reader: &mut Reader<'_>,
    focus: &NamedNode,
    selection: &Selection,
) -> Result<BTreeSet<NamedNode>, StoreError> {
    let mut seen = BTreeSet::from([focus.clone()]);
    let mut queue = VecDeque::from([(focus.clone(), 0)]);
    while let Some((node, depth)) = queue.pop_front() {
        if depth >= selection.hops {
            continue;
        }
        for next in reader.neighbours(&node, selection.draws_articles())? {
            if !seen.insert(next.clone()) {
                continue;
            }
            if reader.class(&next)? == Some(Class::Role) && !selection.draws_roles() {
                // A folded role takes its holder's depth, so that what it serves is one hop
                // away; it goes first in the queue, as in a 0-1 breadth-first search.
                queue.push_front((next, depth));
            } else {
                queue.push_back((next, depth + 1));
            }
        }
    }
    Ok(seen)
}
