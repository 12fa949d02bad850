//! The shortest chains linking two entities.
//!
//! The links of [`LINKS`](super::read::LINKS) form one undirected graph whose nodes are people, organizations,
//! places, meetings, calls, claims, roles and articles. A link costs 1, except `ng:mentions`
//! which costs 2, so that a chain through a meeting or a claim (person ← meeting ← claim →
//! person, cost 3) beats "both are mentioned by the same article" (cost 4), which is still
//! found when nothing better exists.
//!
//! Only the part of the store around the two ends is read ([`LinkGraph::around`]): two balls
//! grow from the ends, one cost at a time (Dijkstra's order; the side whose next layer has the
//! fewer links to read grows first, guessed from the number of articles that mention each node
//! in the entities graph), asking the store for the links of each new layer in a few queries,
//! a few hundred nodes per query. Once the
//! balls have read every node within cost `a` of one end and `b` of the other, every chain of
//! cost at most `a + b + 2` lies in the links read: a link of it whose ends are neither within
//! `a` of the first end nor within `b` of the second would make it cost at least
//! `(a + 1) + 1 + (b + 1)`. So the growth stops as soon as the cheapest chain found within the
//! bound costs no more than that, or when a ball has read all it can reach, or when `a + b + 2`
//! reaches the dearest chain the bound allows. The chains are then sought in that part exactly
//! as in the whole graph: it holds every cheapest chain, and no chain the store lacks. Two
//! people who met are found by reading the links of the two alone.
//!
//! The search is bounded by a number of hops as well as ordered by cost, which Dijkstra's
//! algorithm cannot do: the cheapest chain may be longer than the bound while a dearer one
//! fits in it. So the distances to the end are computed layer by layer, the cheapest cost
//! within `k` hops for every `k` up to the bound (Bellman-Ford stopped after `k` rounds,
//! linear in the size of the graph per round); then every chain that keeps to the cheapest
//! cost is enumerated depth first, never entering a dead end, cheaper links first and then in
//! an order fixed by the nodes and links themselves, so the output does not depend on the
//! order the store gave them in.

use std::collections::{BTreeMap, HashMap, HashSet};

use oxigraph::model::NamedNode;
use petgraph::graph::{EdgeIndex, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use super::read::{article_counts, graphs_stating, links_touching};
use crate::store::{GraphStore, StoreError};

/// What crossing a link costs, and crossing an article's `ng:mentions`: an article names
/// dozens of entities, so that two of them share one says less than a meeting or a claim.
const LINK_COST: u32 = 1;
const MENTION_COST: u32 = 2;

/// One link between two nodes, merged over the graphs that state it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    /// The property's name, as in [`LINKS`](super::read::LINKS).
    pub property: &'static str,
    /// The graphs stating it, as indexes into [`LinkGraph::graphs`], sorted; read only for the
    /// links of the chains shown ([`LinkGraph::read_graphs`]).
    pub graphs: Vec<usize>,
}

impl Link {
    pub fn cost(&self) -> u32 {
        if self.property == "mentions" {
            MENTION_COST
        } else {
            LINK_COST
        }
    }
}

/// Some of the store's links as one undirected graph. An edge goes from the RDF subject to the
/// object, so that a chain can be printed in the direction the store states it.
#[derive(Debug, Default)]
pub struct LinkGraph {
    pub graph: UnGraph<NamedNode, Link>,
    /// The graphs that state the links whose graphs were read, each once.
    pub graphs: Vec<NamedNode>,
    nodes: HashMap<NamedNode, NodeIndex>,
    edges: HashMap<(NodeIndex, &'static str, NodeIndex), EdgeIndex>,
    /// The nodes whose links have all been read.
    read: HashSet<NodeIndex>,
    /// The entities graph, whose consolidated descriptions restate links the articles state.
    entities: Option<NamedNode>,
}

/// A link as read: (subject, property's name, object).
pub type Stated = (NamedNode, &'static str, NamedNode);

impl LinkGraph {
    /// The links around two nodes: every chain of at most `max_hops` links between them that
    /// costs the least is among them (see the module's header).
    pub fn around(
        store: &GraphStore,
        base: &str,
        from: &NamedNode,
        to: &NamedNode,
        max_hops: usize,
    ) -> Result<LinkGraph, StoreError> {
        let entities = crate::rdf::Minter::new(base).entities_graph();
        let mut links = LinkGraph::default();
        links.explore(
            from,
            to,
            max_hops,
            |nodes| links_touching(store, &entities, nodes),
            |nodes| {
                let counts = article_counts(store, &entities, nodes)?;
                Ok(nodes
                    .iter()
                    .map(|n| 1 + counts.get(n).copied().unwrap_or(0))
                    .collect())
            },
        )?;
        links.entities = Some(entities);
        Ok(links)
    }

    /// Grows a ball from each end until the links read hold every cheapest chain; `read`
    /// gives the links touching some nodes, `weigh` a guess of how many each has (reading
    /// the links of a place that thousands of articles mention costs thousands of rows).
    fn explore<E>(
        &mut self,
        from: &NamedNode,
        to: &NamedNode,
        max_hops: usize,
        mut read: impl FnMut(&[NamedNode]) -> Result<Vec<Stated>, E>,
        mut weigh: impl FnMut(&[NamedNode]) -> Result<Vec<usize>, E>,
    ) -> Result<(), E> {
        let (a, b) = (self.node_or_add(from.clone()), self.node_or_add(to.clone()));
        let mut balls = [Ball::new(a), Ball::new(b)];
        let mut weights: HashMap<NodeIndex, usize> = HashMap::new();
        // No chain within the bound costs more.
        let dearest = u32::try_from(max_hops)
            .unwrap_or(u32::MAX)
            .saturating_mul(MENTION_COST);
        loop {
            let reach = balls[0].radius() + balls[1].radius() + 2;
            if balls.iter().any(Ball::exhausted) || reach >= i64::from(dearest) {
                return Ok(());
            }
            let best =
                Layers::toward(&self.graph, b, max_hops, &Link::cost).within(max_hops)[a.index()];
            if i64::from(best) <= reach {
                return Ok(());
            }
            // Grow the ball whose next layer has the fewer links to read, by the guess.
            let layers = [balls[0].next(), balls[1].next()];
            let unweighed: Vec<NodeIndex> = layers
                .iter()
                .flatten()
                .filter(|n| !self.read.contains(n) && !weights.contains_key(n))
                .copied()
                .collect();
            if !unweighed.is_empty() {
                let iris: Vec<NamedNode> =
                    unweighed.iter().map(|n| self.graph[*n].clone()).collect();
                weights.extend(unweighed.into_iter().zip(weigh(&iris)?));
            }
            let cost = |layer: &[NodeIndex]| -> usize {
                layer
                    .iter()
                    .filter(|n| !self.read.contains(n))
                    .map(|n| weights.get(n).copied().unwrap_or(1))
                    .sum()
            };
            let side = usize::from(cost(&layers[1]) < cost(&layers[0]));
            let [first, second] = layers;
            let layer = if side == 0 { first } else { second };
            let wanted: Vec<NamedNode> = layer
                .iter()
                .filter(|n| !self.read.contains(n))
                .map(|n| self.graph[*n].clone())
                .collect();
            if !wanted.is_empty() {
                for (subject, property, object) in read(&wanted)? {
                    self.add(subject, property, object);
                }
            }
            self.read.extend(layer.iter().copied());
            balls[side].grow(&self.graph, &layer);
        }
    }

    /// Adds a link, merged with the same link read before.
    fn add(&mut self, subject: NamedNode, property: &'static str, object: NamedNode) {
        if subject == object {
            return;
        }
        let (a, b) = (self.node_or_add(subject), self.node_or_add(object));
        if let std::collections::hash_map::Entry::Vacant(entry) = self.edges.entry((a, property, b))
        {
            entry.insert(self.graph.add_edge(
                a,
                b,
                Link {
                    property,
                    graphs: Vec::new(),
                },
            ));
        }
    }

    /// Reads the graphs that state some links.
    pub fn read_graphs(
        &mut self,
        store: &GraphStore,
        edges: impl IntoIterator<Item = EdgeIndex>,
    ) -> Result<(), StoreError> {
        let Some(entities) = self.entities.clone() else {
            return Ok(());
        };
        let mut ids: HashMap<NamedNode, usize> = self
            .graphs
            .iter()
            .enumerate()
            .map(|(i, g)| (g.clone(), i))
            .collect();
        for edge in edges {
            let (subject, object) = self
                .graph
                .edge_endpoints(edge)
                .expect("the edge is in the graph");
            let stated = (
                &self.graph[subject],
                self.graph[edge].property,
                &self.graph[object],
            );
            let mut graphs = Vec::new();
            for graph in graphs_stating(store, &entities, stated)? {
                let id = *ids.entry(graph.clone()).or_insert_with(|| {
                    self.graphs.push(graph);
                    self.graphs.len() - 1
                });
                graphs.push(id);
            }
            graphs.sort_unstable();
            graphs.dedup();
            self.graph[edge].graphs = graphs;
        }
        Ok(())
    }

    /// The node of an IRI, if any link read names it.
    pub fn node(&self, iri: &NamedNode) -> Option<NodeIndex> {
        self.nodes.get(iri).copied()
    }

    fn node_or_add(&mut self, iri: NamedNode) -> NodeIndex {
        if let Some(node) = self.nodes.get(&iri) {
            return *node;
        }
        let node = self.graph.add_node(iri.clone());
        self.nodes.insert(iri, node);
        node
    }
}

/// The nodes around one end, by cost from it (Dijkstra's algorithm, a layer of equal cost at a
/// time, on the links read so far).
struct Ball {
    /// The cheapest cost found to each node reached.
    cost: HashMap<NodeIndex, u32>,
    /// The nodes reached, by cost; a node whose cost fell stays in its old layer too.
    layers: BTreeMap<u32, Vec<NodeIndex>>,
    /// Every node up to this cost has had its links read and followed; `None` before the end
    /// itself.
    radius: Option<u32>,
}

impl Ball {
    fn new(end: NodeIndex) -> Ball {
        Ball {
            cost: HashMap::from([(end, 0)]),
            layers: BTreeMap::from([(0, vec![end])]),
            radius: None,
        }
    }

    /// The radius, −1 before the end itself.
    fn radius(&self) -> i64 {
        self.radius.map_or(-1, i64::from)
    }

    fn next_cost(&self) -> u32 {
        self.radius.map_or(0, |r| r + 1)
    }

    /// The nodes whose cost is the next one, sorted, each once.
    fn next(&self) -> Vec<NodeIndex> {
        let cost = self.next_cost();
        let mut layer: Vec<NodeIndex> = self
            .layers
            .get(&cost)
            .into_iter()
            .flatten()
            .filter(|n| self.cost[*n] == cost)
            .copied()
            .collect();
        layer.sort_unstable();
        layer.dedup();
        layer
    }

    /// Whether every node reached has been followed: the ball holds all the end can reach.
    fn exhausted(&self) -> bool {
        let next = self.next_cost();
        !self
            .layers
            .range(next..)
            .any(|(cost, nodes)| nodes.iter().any(|n| self.cost[n] == *cost))
    }

    /// Follows the links of the next layer, whose links have all been read.
    fn grow(&mut self, graph: &UnGraph<NamedNode, Link>, layer: &[NodeIndex]) {
        let here = self.next_cost();
        for node in layer {
            for edge in graph.edges(*node) {
                let other = if edge.source() == *node {
                    edge.target()
                } else {
                    edge.source()
                };
                let cost = here + edge.weight().cost();
                let known = self.cost.entry(other).or_insert(u32::MAX);
                if cost < *known {
                    *known = cost;
                    self.layers.entry(cost).or_default().push(other);
                }
            }
        }
        self.layers.remove(&here);
        self.radius = Some(here);
    }
}

/// A chain from one node to another: `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    pub nodes: Vec<NodeIndex>,
    pub edges: Vec<EdgeIndex>,
}

/// The cheapest chains found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chains {
    /// What each of them costs.
    pub cost: u32,
    pub chains: Vec<Chain>,
    /// Whether more chains of the same cost exist beyond the limit.
    pub more: bool,
}

/// A cost no chain reaches.
const UNREACHED: u32 = u32::MAX;

/// For every `k` up to a bound, the cheapest cost from every node to one node in at most `k`
/// hops. The layers stop growing once a round changes nothing: the later ones are the same.
struct Layers(Vec<Vec<u32>>);

impl Layers {
    fn toward<N, E>(
        graph: &UnGraph<N, E>,
        end: NodeIndex,
        max_hops: usize,
        cost: &impl Fn(&E) -> u32,
    ) -> Layers {
        let mut first = vec![UNREACHED; graph.node_count()];
        first[end.index()] = 0;
        let mut layers = vec![first];
        while layers.len() <= max_hops {
            let last = layers.last().expect("the first layer is there");
            let mut next = last.clone();
            for edge in graph.edge_references() {
                let (a, b) = (edge.source().index(), edge.target().index());
                let w = cost(edge.weight());
                next[a] = next[a].min(last[b].saturating_add(w));
                next[b] = next[b].min(last[a].saturating_add(w));
            }
            if next == *last {
                break;
            }
            layers.push(next);
        }
        Layers(layers)
    }

    fn within(&self, hops: usize) -> &[u32] {
        &self.0[hops.min(self.0.len() - 1)]
    }
}

/// The cheapest chains from `from` to `to` of at most `max_hops` hops, at most `limit` of
/// them, or `None` when no chain is that short. At each step the cheaper links come first
/// (a meeting before an article: of two chains of one cost, the one made of more, stronger
/// links), then the order of the nodes (`N: Ord`), the direction and the link (`E: Ord`).
pub fn shortest_chains<N: Ord, E: Ord>(
    graph: &UnGraph<N, E>,
    from: NodeIndex,
    to: NodeIndex,
    max_hops: usize,
    limit: usize,
    cost: impl Fn(&E) -> u32,
) -> Option<Chains> {
    let layers = Layers::toward(graph, to, max_hops, &cost);
    let best = layers.within(max_hops)[from.index()];
    if best == UNREACHED || from == to {
        return None;
    }
    // The links that keep a chain at `best`, having come `hops` hops for `spent`, in the
    // reverse of the order they are taken in (they are popped).
    let steps = |node: NodeIndex, hops: usize, spent: u32| -> Vec<(EdgeIndex, NodeIndex)> {
        let Some(left) = max_hops.checked_sub(hops + 1) else {
            return Vec::new();
        };
        let rest = layers.within(left);
        let mut steps: Vec<(EdgeIndex, NodeIndex, bool)> = graph
            .edges(node)
            .filter_map(|edge| {
                let (source, target) = graph
                    .edge_endpoints(edge.id())
                    .expect("the edge is in the graph");
                let next = if source == node { target } else { source };
                let total = spent
                    .saturating_add(cost(edge.weight()))
                    .saturating_add(rest[next.index()]);
                (total == best).then_some((edge.id(), next, source == node))
            })
            .collect();
        let key = |(edge, next, forward): &(EdgeIndex, NodeIndex, bool)| {
            (cost(&graph[*edge]), &graph[*next], !forward, &graph[*edge])
        };
        steps.sort_by(|a, b| key(b).cmp(&key(a)));
        steps
            .into_iter()
            .map(|(edge, next, _)| (edge, next))
            .collect()
    };
    let mut found = Vec::new();
    let mut nodes = vec![from];
    let mut edges = Vec::new();
    let mut spent = vec![0];
    let mut pending = vec![steps(from, 0, 0)];
    // Every step leads on to `to` at the cheapest cost (the layers say so), and costs are
    // positive, so no chain comes back on itself and every branch ends in a chain.
    while let Some(frame) = pending.last_mut() {
        let Some((edge, next)) = frame.pop() else {
            pending.pop();
            nodes.pop();
            edges.pop();
            spent.pop();
            continue;
        };
        if next == to {
            let mut chain = Chain {
                nodes: nodes.clone(),
                edges: edges.clone(),
            };
            chain.nodes.push(next);
            chain.edges.push(edge);
            found.push(chain);
            if found.len() > limit {
                break;
            }
            continue;
        }
        let cost_here = spent.last().copied().unwrap_or(0) + cost(&graph[edge]);
        nodes.push(next);
        edges.push(edge);
        spent.push(cost_here);
        pending.push(steps(next, edges.len(), cost_here));
    }
    let more = found.len() > limit;
    found.truncate(limit);
    Some(Chains {
        cost: best,
        chains: found,
        more,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A graph from `(subject, property, object)` triples, costs as in the store.
    fn graph(
        triples: &[(&'static str, &'static str, &'static str)],
    ) -> UnGraph<&'static str, Link> {
        let mut graph = UnGraph::new_undirected();
        let mut nodes: HashMap<&str, NodeIndex> = HashMap::new();
        for &(s, p, o) in triples {
            let a = *nodes.entry(s).or_insert_with(|| graph.add_node(s));
            let b = *nodes.entry(o).or_insert_with(|| graph.add_node(o));
            graph.add_edge(
                a,
                b,
                Link {
                    property: p,
                    graphs: Vec::new(),
                },
            );
        }
        graph
    }

    fn find(g: &UnGraph<&'static str, Link>, name: &str) -> NodeIndex {
        g.node_indices().find(|n| g[*n] == name).expect("node")
    }

    /// The chains between two named nodes, as "a-b-c" strings.
    fn chains(
        g: &UnGraph<&'static str, Link>,
        from: &str,
        to: &str,
        max_hops: usize,
        limit: usize,
    ) -> Option<(u32, Vec<String>, bool)> {
        let found = shortest_chains(g, find(g, from), find(g, to), max_hops, limit, Link::cost)?;
        let names = found
            .chains
            .iter()
            .map(|c| c.nodes.iter().map(|n| g[*n]).collect::<Vec<_>>().join("-"))
            .collect();
        Some((found.cost, names, found.more))
    }

    const NEWS: [(&str, &str, &str); 9] = [
        ("m1", "participant", "witkoff"),
        ("m1", "participant", "putin"),
        ("claim", "about", "m1"),
        ("claim", "claimant", "peskov"),
        ("article1", "mentions", "witkoff"),
        ("article1", "mentions", "peskov"),
        ("m2", "participant", "witkoff"),
        ("claim2", "about", "m2"),
        ("claim2", "claimant", "peskov"),
    ];

    #[test]
    fn a_meeting_and_a_claim_beat_an_article() {
        let g = graph(&NEWS);
        assert_eq!(
            chains(&g, "witkoff", "peskov", 6, 3),
            Some((
                3,
                vec![
                    "witkoff-m1-claim-peskov".to_owned(),
                    "witkoff-m2-claim2-peskov".to_owned()
                ],
                false
            ))
        );
        // The same chains, found from the other end.
        assert_eq!(
            chains(&g, "peskov", "witkoff", 6, 1),
            Some((3, vec!["peskov-claim-m1-witkoff".to_owned()], true))
        );
        // Within two hops only the article links them; within one, nothing.
        assert_eq!(
            chains(&g, "witkoff", "peskov", 2, 3),
            Some((4, vec!["witkoff-article1-peskov".to_owned()], false))
        );
        assert_eq!(chains(&g, "witkoff", "peskov", 1, 3), None);
        assert_eq!(chains(&g, "witkoff", "witkoff", 6, 3), None);
    }

    #[test]
    fn every_cheapest_chain_is_listed_once_in_a_fixed_order() {
        // Two ways through a diamond, and a longer way of the same cost through a role.
        let g = graph(&[
            ("b", "participant", "a"),
            ("c", "participant", "a"),
            ("b", "participant", "d"),
            ("c", "participant", "d"),
            ("a", "holds role", "r"),
            ("r", "role of", "d"),
            ("x", "mentions", "a"),
        ]);
        assert_eq!(
            chains(&g, "a", "d", 6, 10),
            Some((
                2,
                vec!["a-b-d".to_owned(), "a-c-d".to_owned(), "a-r-d".to_owned()],
                false
            ))
        );
        let isolated = graph(&[("a", "participant", "b"), ("c", "participant", "d")]);
        assert_eq!(chains(&isolated, "a", "d", 6, 3), None);
    }

    #[test]
    fn a_long_cheap_chain_loses_to_a_short_dear_one_under_the_bound() {
        let g = graph(&[
            ("a", "participant", "b"),
            ("b", "participant", "c"),
            ("c", "participant", "d"),
            ("a1", "mentions", "a"),
            ("a1", "mentions", "d"),
        ]);
        assert_eq!(
            chains(&g, "a", "d", 6, 3),
            Some((3, vec!["a-b-c-d".to_owned()], false))
        );
        assert_eq!(
            chains(&g, "a", "d", 2, 3),
            Some((4, vec!["a-a1-d".to_owned()], false))
        );
    }

    #[test]
    fn of_two_chains_of_one_cost_the_one_through_meetings_comes_first() {
        // putin and zelensky: both in one article (cost 4), or each met trump (cost 4).
        let g = graph(&[
            ("article", "mentions", "putin"),
            ("article", "mentions", "zelensky"),
            ("anchorage", "participant", "putin"),
            ("anchorage", "participant", "trump"),
            ("washington", "participant", "trump"),
            ("washington", "participant", "zelensky"),
        ]);
        assert_eq!(
            chains(&g, "putin", "zelensky", 6, 3),
            Some((
                4,
                vec![
                    "putin-anchorage-trump-washington-zelensky".to_owned(),
                    "putin-article-zelensky".to_owned()
                ],
                false
            ))
        );
    }

    /// A pseudo-random sequence (xorshift), the same on every run.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn iri(i: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("http://x/n{i:02}"))
    }

    /// The chains of a link graph between two IRIs, as "cost: a-b-c" strings, and whether
    /// there are more.
    fn named_chains(
        links: &LinkGraph,
        from: &NamedNode,
        to: &NamedNode,
        max_hops: usize,
    ) -> Option<(Vec<String>, bool)> {
        let (a, b) = (links.node(from)?, links.node(to)?);
        let found = shortest_chains(&links.graph, a, b, max_hops, 4, Link::cost)?;
        let chains = found
            .chains
            .iter()
            .map(|chain| {
                let nodes: Vec<&str> = chain
                    .nodes
                    .iter()
                    .map(|n| &links.graph[*n].as_str()[9..])
                    .collect();
                let properties: Vec<&str> = chain
                    .edges
                    .iter()
                    .map(|e| links.graph[*e].property)
                    .collect();
                format!(
                    "{}: {} {}",
                    found.cost,
                    nodes.join("-"),
                    properties.join(",")
                )
            })
            .collect();
        Some((chains, found.more))
    }

    /// Explores a graph given as its links, counting the nodes whose links were asked for.
    fn explored(
        links: &[Stated],
        from: &NamedNode,
        to: &NamedNode,
        max_hops: usize,
    ) -> (LinkGraph, usize) {
        let mut around = LinkGraph::default();
        let mut asked = 0;
        let touching = |nodes: &[NamedNode]| -> Vec<Stated> {
            links
                .iter()
                .filter(|(s, _, o)| nodes.contains(s) || nodes.contains(o))
                .cloned()
                .collect()
        };
        around
            .explore(
                from,
                to,
                max_hops,
                |nodes| {
                    asked += nodes.len();
                    Ok::<_, ()>(touching(nodes))
                },
                // The number of links, or a wrong guess: the weights choose the order of
                // reading, never what is found.
                |nodes| {
                    Ok(nodes
                        .iter()
                        .map(|n| {
                            let degree = touching(std::slice::from_ref(n)).len();
                            if n.as_str().ends_with('7') {
                                1000 - degree
                            } else {
                                degree
                            }
                        })
                        .collect())
                },
            )
            .expect("reading cannot fail");
        (around, asked)
    }

    #[test]
    fn the_links_around_two_ends_hold_the_chains_of_the_whole_graph() {
        const PROPERTIES: [&str; 4] = ["participant", "about", "mentions", "holds role"];
        let mut random = Random(0x2545_f491_4f6c_dd1d);
        for _ in 0..400 {
            let n = 2 + random.below(30);
            let links: Vec<Stated> = (0..random.below(n * 2 + 1))
                .map(|_| {
                    let property = PROPERTIES[random.below(PROPERTIES.len())];
                    (iri(random.below(n)), property, iri(random.below(n)))
                })
                .collect();
            let mut whole = LinkGraph::default();
            for (s, p, o) in &links {
                whole.add(s.clone(), p, o.clone());
            }
            let (from, to) = (iri(random.below(n)), iri(random.below(n)));
            if from == to {
                continue;
            }
            for max_hops in [1, 2, 3, 4, 6] {
                let (around, _) = explored(&links, &from, &to, max_hops);
                assert_eq!(
                    named_chains(&around, &from, &to, max_hops),
                    named_chains(&whole, &from, &to, max_hops),
                    "{from} to {to} within {max_hops} hops in {links:?}"
                );
            }
        }
    }

    #[test]
    fn only_the_links_near_the_ends_are_read() {
        // A line of 1,000 people, each two a meeting apart, and far down the line a person
        // every article mentions.
        let mut links = Vec::new();
        for i in 0..1000 {
            links.push((iri(10_000 + i), "participant", iri(i)));
            links.push((iri(10_000 + i), "participant", iri(i + 1)));
            links.push((iri(20_000 + i), "mentions", iri(900)));
        }
        let (around, asked) = explored(&links, &iri(500), &iri(502), 6);
        assert_eq!(
            named_chains(&around, &iri(500), &iri(502), 6),
            Some((vec!["4: n500-n10500-n501-n10501-n502 participant,participant,participant,participant".to_owned()], false))
        );
        assert!(asked < 10, "{asked} nodes read");
    }
}
