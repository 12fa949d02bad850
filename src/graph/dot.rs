//! A [`Model`] as Graphviz DOT, written through `petgraph::dot`.
//!
//! petgraph writes the nodes and edges; the labels and every other attribute come from
//! [`attributes`], escaped by [`quote`] rather than by petgraph, whose escaper leaves gaps:
//! it turns a line break into `\l` (a left-justified break), passes carriage returns and
//! other control characters through raw, does not escape the attribute strings at all, and
//! lets Graphviz read `&amp;`-style entities in a label as the character they name.

use std::fmt::Write as _;

use petgraph::dot::{Config, Dot};
use petgraph::graph::{DiGraph, NodeIndex};

use super::model::{Class, Edge, Model, Node};

/// Labels longer than this are cut: a node is a name, not a paragraph.
const MAX_LABEL_CHARS: usize = 120;

/// How a class is drawn: a Graphviz shape and a fill colour.
pub fn style(class: Option<Class>) -> (&'static str, &'static str) {
    match class {
        Some(Class::Person) => ("ellipse", "#cfe0f3"),
        Some(Class::Organization) => ("box", "#fbd9b5"),
        Some(Class::Place) => ("house", "#cdebc5"),
        Some(Class::Meeting) => ("hexagon", "#f5c6c4"),
        Some(Class::Call) => ("octagon", "#e6cdf0"),
        Some(Class::Claim) => ("note", "#fff2b3"),
        Some(Class::Role) => ("tab", "#e2e2e2"),
        Some(Class::Article) => ("folder", "#ececec"),
        None => ("ellipse", "#ffffff"),
    }
}

/// Whether to draw the legend of the classes present.
#[derive(Debug, Clone, Copy)]
pub struct DotOptions {
    pub legend: bool,
}

/// The model as a DOT digraph. Nodes are sorted by class, label and IRI, edges by their ends
/// and property, so the same model always gives the same bytes.
pub fn to_dot(model: &Model, options: DotOptions) -> String {
    let mut nodes: Vec<&Node> = model.nodes.values().collect();
    nodes.sort_by(|a, b| {
        (a.class.is_none(), a.class, &a.label, &a.iri).cmp(&(
            b.class.is_none(),
            b.class,
            &b.label,
            &b.iri,
        ))
    });
    let mut graph: DiGraph<&Node, &Edge> = DiGraph::with_capacity(nodes.len(), model.edges.len());
    let index: std::collections::HashMap<&str, NodeIndex> = nodes
        .iter()
        .map(|node| (node.iri.as_str(), graph.add_node(node)))
        .collect();
    let mut edges: Vec<(NodeIndex, NodeIndex, &Edge)> = model
        .edges
        .values()
        .filter_map(|e| {
            Some((
                *index.get(e.source.as_str())?,
                *index.get(e.target.as_str())?,
                e,
            ))
        })
        .collect();
    edges.sort_by(|a, b| (a.0, a.1, &a.2.property).cmp(&(b.0, b.1, &b.2.property)));
    for (source, target, edge) in edges {
        graph.add_edge(source, target, edge);
    }

    let content = Dot::with_attr_getters(
        &graph,
        &[
            Config::NodeNoLabel,
            Config::EdgeNoLabel,
            Config::GraphContentOnly,
        ],
        &|_, edge| edge_attributes(edge.weight()),
        &|_, (_, node)| node_attributes(node),
    );
    let mut dot = String::from("digraph newsgraph {\n");
    dot.push_str(
        "    graph [rankdir=\"LR\", fontname=\"Helvetica\", fontsize=\"11\", charset=\"UTF-8\"]\n",
    );
    dot.push_str(
        "    node [fontname=\"Helvetica\", fontsize=\"10\", style=\"filled\", color=\"#555555\"]\n",
    );
    dot.push_str("    edge [fontname=\"Helvetica\", fontsize=\"8\", color=\"#666666\", fontcolor=\"#444444\"]\n");
    let _ = write!(dot, "{content:?}");
    if options.legend {
        dot.push_str(&legend(model));
    }
    dot.push_str("}\n");
    dot
}

fn node_attributes(node: &Node) -> String {
    let (shape, fill) = style(node.class);
    format!(
        "label = {} shape = \"{shape}\" fillcolor = \"{fill}\" tooltip = {} ",
        quote(&node.label),
        quote(node.iri.as_str())
    )
}

fn edge_attributes(edge: &Edge) -> String {
    let count = edge.count;
    let label = if count > 1 {
        format!("{} ×{count}", edge.property)
    } else {
        edge.property.clone()
    };
    // Wider for links more articles state, up to four times.
    let width = 1.0 + (count as f64).log2().min(3.0);
    // Meeting and speaking go both ways.
    let undirected = if matches!(edge.property.as_str(), "met" | "spoke with") {
        "dir = \"none\" "
    } else {
        ""
    };
    format!(
        "label = {} penwidth = \"{width:.1}\" {undirected}",
        quote(&label)
    )
}

/// A box listing the classes drawn, each in its shape and colour.
fn legend(model: &Model) -> String {
    let mut classes: Vec<Option<Class>> = model.nodes.values().map(|n| n.class).collect();
    classes.sort_by_key(|c| (c.is_none(), *c));
    classes.dedup();
    if classes.is_empty() {
        return String::new();
    }
    // One rank: a column beside a left-to-right drawing.
    let mut legend = String::from(
        "    subgraph cluster_legend {\n        label = \"legend\"\n        style = \"rounded\"\n        color = \"#999999\"\n        rank = \"same\"\n",
    );
    for class in &classes {
        let (shape, fill) = style(*class);
        let name = class.map_or("other", Class::name);
        let _ = writeln!(
            legend,
            "        \"legend {name}\" [ label = {} shape = \"{shape}\" fillcolor = \"{fill}\" ]",
            quote(name)
        );
    }
    legend.push_str("    }\n");
    legend
}

/// A DOT quoted string that Graphviz reads back as exactly `text`, whatever it holds: quotes
/// and backslashes are escaped, line breaks become centred breaks (`\n`), other control
/// characters become spaces, `&` is written `&amp;` so that Graphviz does not read an entity,
/// and an over-long text is cut with an ellipsis. `<`, `>`, `{`, `}` and `|` need no escaping
/// inside a quoted string as long as no record shape is used, and none is.
pub fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    let mut chars = text.chars().peekable();
    let mut count = 0;
    while let Some(c) = chars.next() {
        count += 1;
        if count > MAX_LABEL_CHARS {
            quoted.push('…');
            break;
        }
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '&' => quoted.push_str("&amp;"),
            '\r' if chars.peek() == Some(&'\n') => count -= 1,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => quoted.push_str("\\n"),
            c if c.is_control() => quoted.push(' '),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_holds_for_hostile_text() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote("a \"b\" c\\d"), "\"a \\\"b\\\" c\\\\d\"");
        assert_eq!(
            quote("one\r\ntwo\nthree\rfour"),
            "\"one\\ntwo\\nthree\\nfour\""
        );
        assert_eq!(quote("AT&amp;T"), "\"AT&amp;amp;T\"");
        assert_eq!(quote("<b>{x}|y</b>"), "\"<b>{x}|y</b>\"");
        assert_eq!(quote("tab\there\u{0}nul\u{7}"), "\"tab here nul \"");
        assert_eq!(quote("Путин 普京 😀"), "\"Путин 普京 😀\"");
        assert_eq!(quote("ends with \\"), "\"ends with \\\\\"");
        let long = "x".repeat(500);
        assert_eq!(quote(&long).chars().count(), MAX_LABEL_CHARS + 3);
    }
}
