//! People ordered by centrality in the meeting graph.
//!
//! The meeting graph has a node per person who took part in a meeting or a call (in any
//! graph), and an edge between two people who took part in the same one, weighted by the
//! number of events they shared. Each person gets four measures: the events they took part
//! in, the people they met (degree), PageRank (weighted by shared events, by power iteration)
//! and betweenness (Brandes' algorithm, which petgraph lacks).

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use oxigraph::model::{NamedNode, Term};
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::store::{GraphStore, StoreError};
use crate::vocab::ng;

/// PageRank's damping factor, the usual one.
const DAMPING: f64 = 0.85;
/// At most this many rounds of PageRank; with a damping of 0.85 the error shrinks by that
/// factor each round, so 200 rounds is far more than the 4 printed decimals need.
const PAGERANK_ROUNDS: usize = 200;
/// PageRank stops once the scores moved by less than this, summed over everyone.
const PAGERANK_TOLERANCE: f64 = 1e-12;
/// Decimals printed, and compared when ordering (equal as printed is a tie).
pub const DECIMALS: i32 = 4;

/// People and who met whom.
#[derive(Debug, Default)]
pub struct MeetingGraph {
    /// Nodes are people, in IRI order; an edge's weight is the number of events shared.
    pub graph: UnGraph<NamedNode, u32>,
    /// For each node, the number of events the person took part in.
    pub events: Vec<usize>,
}

impl MeetingGraph {
    /// Reads the meetings and calls and the people taking part in them from the entities graph,
    /// where resolution keeps one description of each event with every participant any
    /// article names: the people, then the events of each. Only the description of a meeting
    /// or a call has participants (`resolve/describe.rs` writes them with its class).
    pub fn read(store: &GraphStore, base: &str) -> Result<MeetingGraph, StoreError> {
        use rayon::prelude::*;

        let graph = crate::rdf::Minter::new(base).entities_graph();
        let mut people: Vec<NamedNode> = store
            .select_rows(
                &format!(
                    "SELECT ?s WHERE {{ GRAPH {graph} {{ ?s a {} }} }}",
                    ng::PERSON
                ),
                base,
            )?
            .into_iter()
            .filter_map(|row| match row.into_iter().next().flatten() {
                Some(Term::NamedNode(node)) => Some(node),
                _ => None,
            })
            .collect();
        people.sort_unstable();
        people.dedup();
        let index: HashMap<&NamedNode, usize> =
            people.iter().enumerate().map(|(i, p)| (p, i)).collect();
        // Each person's events in one string: an event's IRI is decoded once per participant,
        // a person's once (a row per participation would decode both every time). Decoding is
        // most of the time: the people are asked about a thousand at a time, on every core.
        let rows: Vec<Vec<Vec<Option<Term>>>> = people
            .par_chunks(PEOPLE_PER_QUERY)
            .map(|chunk| {
                let values: Vec<String> = chunk.iter().map(ToString::to_string).collect();
                let query = format!(
                    "SELECT ?p (GROUP_CONCAT(STR(?e); separator=\" \") AS ?events) \
                     WHERE {{ VALUES ?p {{ {} }} GRAPH {graph} {{ ?e {} ?p }} }} GROUP BY ?p",
                    values.join(" "),
                    ng::PARTICIPANT
                );
                store.select_rows(&query, base)
            })
            .collect::<Result<_, _>>()?;
        let rows = rows.iter().flatten();
        let mut events: HashMap<&str, Vec<usize>> = HashMap::new();
        for row in rows {
            if let [Some(Term::NamedNode(person)), Some(Term::Literal(list))] = row.as_slice() {
                if let Some(i) = index.get(person) {
                    for event in list.value().split(' ') {
                        events.entry(event).or_default().push(*i);
                    }
                }
            }
        }
        Ok(MeetingGraph::from_indexes(&people, events.into_values()))
    }

    /// The graph of some events, each given as the set of its participants.
    pub fn from_events(events: impl IntoIterator<Item = BTreeSet<NamedNode>>) -> MeetingGraph {
        let events: Vec<BTreeSet<NamedNode>> = events.into_iter().collect();
        let mut people: Vec<NamedNode> = events.iter().flatten().cloned().collect();
        people.sort_unstable();
        people.dedup();
        let index: HashMap<&NamedNode, usize> =
            people.iter().enumerate().map(|(i, p)| (p, i)).collect();
        let events: Vec<Vec<usize>> = events
            .iter()
            .map(|event| event.iter().map(|p| index[p]).collect())
            .collect();
        MeetingGraph::from_indexes(&people, events)
    }

    /// The graph of some events, each given as its participants' indexes in `people` (sorted
    /// by IRI), in any order. The people who took part in one become the nodes, in IRI order,
    /// and links are added in the order of their ends: the graph, and every sum the measures
    /// make over it, does not depend on the order of the events.
    fn from_indexes(
        people: &[NamedNode],
        events: impl IntoIterator<Item = Vec<usize>>,
    ) -> MeetingGraph {
        let mut events: Vec<Vec<usize>> = events.into_iter().collect();
        let mut taking_part = vec![false; people.len()];
        for event in &mut events {
            event.sort_unstable();
            event.dedup();
            for i in event.iter() {
                taking_part[*i] = true;
            }
        }
        let mut meeting = MeetingGraph::default();
        let mut node = vec![usize::MAX; people.len()];
        for (i, person) in people.iter().enumerate() {
            if taking_part[i] {
                node[i] = meeting.graph.add_node(person.clone()).index();
            }
        }
        meeting.events = vec![0; meeting.graph.node_count()];
        let mut shared: HashMap<(usize, usize), u32> = HashMap::new();
        for event in &events {
            for (i, a) in event.iter().enumerate() {
                meeting.events[node[*a]] += 1;
                for b in &event[i + 1..] {
                    *shared.entry((node[*a], node[*b])).or_default() += 1;
                }
            }
        }
        let mut shared: Vec<((usize, usize), u32)> = shared.into_iter().collect();
        shared.sort_unstable();
        for ((a, b), count) in shared {
            meeting
                .graph
                .add_edge(NodeIndex::new(a), NodeIndex::new(b), count);
        }
        meeting
    }
}

/// People whose events one query reads.
const PEOPLE_PER_QUERY: usize = 1000;

/// One person's measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub iri: NamedNode,
    pub name: String,
    pub events: usize,
    pub degree: usize,
    pub pagerank: f64,
    pub betweenness: f64,
}

/// The measure people are ordered by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    PageRank,
    Degree,
    Betweenness,
    Events,
}

/// Every person's measures, in node order; `name` gives each a name.
pub fn measure(
    meeting: &MeetingGraph,
    mut name: impl FnMut(&NamedNode) -> Result<String, StoreError>,
) -> Result<Vec<Row>, StoreError> {
    let graph = &meeting.graph;
    let pagerank = pagerank(graph);
    let betweenness = betweenness(graph);
    let mut rows = Vec::with_capacity(graph.node_count());
    for node in graph.node_indices() {
        let iri = &graph[node];
        let met: BTreeSet<_> = graph.neighbors(node).filter(|n| *n != node).collect();
        rows.push(Row {
            iri: iri.clone(),
            name: name(iri)?,
            events: meeting.events[node.index()],
            degree: met.len(),
            pagerank: pagerank[node.index()],
            betweenness: betweenness[node.index()],
        });
    }
    Ok(rows)
}

/// Orders rows by one measure, highest first; ties (as printed) go to the other measures in
/// the order of [`Measure`], then to the name, then to the IRI.
pub fn sort(rows: &mut [Row], by: Measure) {
    rows.sort_by(|a, b| {
        by_measures(a, b, by)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.iri.cmp(&b.iri))
    });
}

/// The first `limit` rows (all with 0) in the order of [`sort`], named by `name`: only the rows
/// that can be among them are named (naming every person of a large store costs seconds).
pub fn top(
    mut rows: Vec<Row>,
    by: Measure,
    limit: usize,
    mut name: impl FnMut(&NamedNode) -> Result<String, StoreError>,
) -> Result<Vec<Row>, StoreError> {
    rows.sort_by(|a, b| by_measures(a, b, by));
    let keep = if limit == 0 {
        rows.len()
    } else {
        limit.min(rows.len())
    };
    // Rows tied on every measure with the last one kept may take its place once named.
    let mut end = keep;
    while keep > 0 && end < rows.len() && by_measures(&rows[keep - 1], &rows[end], by).is_eq() {
        end += 1;
    }
    rows.truncate(end);
    for row in &mut rows {
        row.name = name(&row.iri)?;
    }
    sort(&mut rows, by);
    rows.truncate(keep);
    Ok(rows)
}

/// Highest first by one measure, then by the others in the order of [`Measure`], as printed.
fn by_measures(a: &Row, b: &Row, by: Measure) -> Ordering {
    let key = |row: &Row, measure: Measure| -> i64 {
        let scale = 10f64.powi(DECIMALS);
        match measure {
            Measure::PageRank => (row.pagerank * scale).round() as i64,
            Measure::Betweenness => (row.betweenness * scale).round() as i64,
            Measure::Degree => row.degree as i64,
            Measure::Events => row.events as i64,
        }
    };
    let order = [
        Measure::PageRank,
        Measure::Degree,
        Measure::Betweenness,
        Measure::Events,
    ];
    std::iter::once(by)
        .chain(order.into_iter().filter(|m| *m != by))
        .map(|m| key(b, m).cmp(&key(a, m)))
        .find(|o| o.is_ne())
        .unwrap_or(Ordering::Equal)
}

/// Weighted PageRank by power iteration: a walker follows a link with a probability
/// proportional to the events the two people shared, and jumps anywhere with probability
/// 1 − [`DAMPING`] (or always, from someone who met nobody). Each round costs the number of
/// links; the rounds stop when no score moves by more than [`PAGERANK_TOLERANCE`] in total.
/// (petgraph's `page_rank` is unweighted and costs people × links per round: 8 s for 2,000
/// people.) The scores sum to 1.
pub fn pagerank<N>(graph: &UnGraph<N, u32>) -> Vec<f64> {
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }
    let mut links: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for edge in graph.edge_references() {
        let (a, b) = (edge.source().index(), edge.target().index());
        if a != b {
            let w = f64::from(*edge.weight());
            links[a].push((b, w));
            links[b].push((a, w));
        }
    }
    let strength: Vec<f64> = links
        .iter()
        .map(|l| l.iter().map(|(_, w)| w).sum())
        .collect();
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    for _ in 0..PAGERANK_ROUNDS {
        let dangling: f64 = (0..n)
            .filter(|&u| strength[u] == 0.0)
            .map(|u| rank[u])
            .sum();
        let base = (1.0 - DAMPING) * uniform + DAMPING * dangling * uniform;
        let mut next = vec![base; n];
        for u in 0..n {
            if strength[u] > 0.0 {
                let share = DAMPING * rank[u] / strength[u];
                for &(v, w) in &links[u] {
                    next[v] += share * w;
                }
            }
        }
        let moved: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if moved < PAGERANK_TOLERANCE {
            break;
        }
    }
    rank
}

/// Betweenness centrality of an unweighted, undirected graph (Brandes, 2001), normalised to
/// [0, 1]: the share of the shortest paths between two other nodes that go through a node,
/// summed over pairs and divided by the (n − 1)(n − 2)/2 pairs there are. Parallel edges and
/// loops count once and not at all.
pub fn betweenness<N, E>(graph: &UnGraph<N, E>) -> Vec<f64> {
    use rayon::prelude::*;

    let adjacency = Adjacency::of(graph);
    let n = adjacency.len();
    let mut centrality = vec![0.0; n];
    // Each source's shares are computed on every core, a batch at a time, then added in the
    // order of the sources: the same sums in the same order as one core would make, so the
    // same bits on any machine.
    let sources: Vec<usize> = (0..n).collect();
    for batch in sources.chunks(BETWEENNESS_BATCH) {
        let shares: Vec<Vec<f64>> = batch
            .par_iter()
            .map_init(
                || Walk::new(n),
                |walk, &source| walk.dependencies(&adjacency, source),
            )
            .collect();
        for (source, shares) in batch.iter().zip(shares) {
            for (w, share) in shares.into_iter().enumerate() {
                if w != *source {
                    centrality[w] += share;
                }
            }
        }
    }
    // Each pair was counted from both of its ends: halve, then divide by the pairs.
    if n > 2 {
        let scale = 1.0 / ((n - 1) * (n - 2)) as f64;
        for c in &mut centrality {
            *c *= scale;
        }
    } else {
        centrality.iter_mut().for_each(|c| *c = 0.0);
    }
    centrality
}

/// Sources whose shares are held at once: 256 of 3,000 people is 6 MB.
const BETWEENNESS_BATCH: usize = 256;

/// Every node's neighbours (sorted, each once, no loops) in one array, and where each node's
/// start: the walks read them thousands of times.
struct Adjacency {
    starts: Vec<usize>,
    neighbours: Vec<u32>,
}

impl Adjacency {
    fn of<N, E>(graph: &UnGraph<N, E>) -> Adjacency {
        let n = graph.node_count();
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); n];
        for edge in graph.edge_references() {
            let (a, b) = (edge.source().index(), edge.target().index());
            if a != b {
                lists[a].push(b as u32);
                lists[b].push(a as u32);
            }
        }
        let mut starts = Vec::with_capacity(n + 1);
        let mut neighbours = Vec::new();
        for list in &mut lists {
            list.sort_unstable();
            list.dedup();
            starts.push(neighbours.len());
            neighbours.extend_from_slice(list);
        }
        starts.push(neighbours.len());
        Adjacency { starts, neighbours }
    }

    fn len(&self) -> usize {
        self.starts.len() - 1
    }

    fn around(&self, v: usize) -> &[u32] {
        &self.neighbours[self.starts[v]..self.starts[v + 1]]
    }
}

/// One breadth-first walk of Brandes' algorithm, its arrays reused from source to source.
struct Walk {
    order: Vec<usize>,
    paths: Vec<f64>,
    distance: Vec<u32>,
    /// For each node, the nodes just before it on its shortest paths from the source, at
    /// `before_start[w]`, `before_count[w]` of them (a node has no more than its neighbours).
    before: Vec<u32>,
    before_count: Vec<u32>,
}

impl Walk {
    fn new(n: usize) -> Walk {
        Walk {
            order: Vec::with_capacity(n),
            paths: vec![0.0; n],
            distance: vec![u32::MAX; n],
            before: Vec::new(),
            before_count: vec![0; n],
        }
    }

    /// Each node's dependency on `source`: the share of the shortest paths from the source
    /// that pass through it, weighted as Brandes' algorithm adds them up.
    fn dependencies(&mut self, adjacency: &Adjacency, source: usize) -> Vec<f64> {
        let n = adjacency.len();
        self.before.resize(adjacency.neighbours.len(), 0);
        self.order.clear();
        self.paths.fill(0.0);
        self.distance.fill(u32::MAX);
        self.before_count.fill(0);
        self.paths[source] = 1.0;
        self.distance[source] = 0;
        self.order.push(source);
        // Breadth first (`order` is the queue, then the order of visit): the number of shortest
        // paths from the source to every node, and the nodes just before each on them.
        let mut head = 0;
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let next = self.distance[v] + 1;
            for &w in adjacency.around(v) {
                let w = w as usize;
                if self.distance[w] == u32::MAX {
                    self.distance[w] = next;
                    self.order.push(w);
                }
                if self.distance[w] == next {
                    self.paths[w] += self.paths[v];
                    let slot = adjacency.starts[w] + self.before_count[w] as usize;
                    self.before[slot] = v as u32;
                    self.before_count[w] += 1;
                }
            }
        }
        // Back from the farthest: each node's share of the paths through it.
        let mut dependency = vec![0.0f64; n];
        while let Some(w) = self.order.pop() {
            let start = adjacency.starts[w];
            let share = 1.0 + dependency[w];
            for &v in &self.before[start..start + self.before_count[w] as usize] {
                let v = v as usize;
                dependency[v] += self.paths[v] / self.paths[w] * share;
            }
        }
        dependency
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(n: usize, edges: &[(u32, u32)]) -> UnGraph<(), ()> {
        let mut graph = UnGraph::new_undirected();
        for _ in 0..n {
            graph.add_node(());
        }
        graph.extend_with_edges(edges);
        graph
    }

    fn rounded(values: Vec<f64>) -> Vec<f64> {
        values
            .into_iter()
            .map(|v| (v * 1e4).round() / 1e4)
            .collect()
    }

    #[test]
    fn betweenness_of_known_graphs() {
        // A path a-b-c: every path between a and c goes through b.
        assert_eq!(
            betweenness(&graph(3, &[(0, 1), (1, 2)])),
            vec![0.0, 1.0, 0.0]
        );
        // A star: the centre is on every path, the leaves on none.
        let star = graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        assert_eq!(betweenness(&star), vec![1.0, 0.0, 0.0, 0.0, 0.0]);
        // A square: the two paths between opposite corners share the pair between them.
        let square = graph(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
        assert_eq!(rounded(betweenness(&square)), vec![0.1667; 4]);
        // A path of four, with a repeated edge that must not count twice: the inner nodes
        // each carry 2 of the 3 pairs.
        let path = graph(4, &[(0, 1), (1, 2), (1, 2), (2, 3)]);
        assert_eq!(rounded(betweenness(&path)), vec![0.0, 0.6667, 0.6667, 0.0]);
        assert_eq!(betweenness(&graph(2, &[(0, 1)])), vec![0.0, 0.0]);
        assert!(betweenness(&graph(0, &[])).is_empty());
    }

    #[test]
    fn pagerank_is_the_textbook_one_weighted_by_shared_events() {
        let weighted = |n: usize, edges: &[(u32, u32, u32)]| {
            let mut graph: UnGraph<(), u32> = UnGraph::new_undirected();
            for _ in 0..n {
                graph.add_node(());
            }
            graph.extend_with_edges(edges);
            graph
        };
        // A star of four: the centre gets 0.15/4 + 0.85 × the three leaves, each leaf
        // 0.15/4 + 0.85 × a third of the centre, which solves to 0.4797 and 0.1734.
        let star = pagerank(&weighted(4, &[(0, 1, 1), (0, 2, 1), (0, 3, 1)]));
        assert!((star.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(rounded(star), vec![0.4797, 0.1734, 0.1734, 0.1734]);
        // Two people who met three times rank above the one each met once.
        let triangle = pagerank(&weighted(3, &[(0, 1, 3), (1, 2, 1), (0, 2, 1)]));
        assert!(triangle[0] == triangle[1] && triangle[1] > triangle[2]);
        // Someone who met nobody still gets the jump's share.
        let lone = pagerank(&weighted(3, &[(0, 1, 1)]));
        assert!(lone[2] > 0.0 && (lone.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(pagerank(&weighted(0, &[])).is_empty());
    }

    fn iri(name: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://x/person/{name}"))
    }

    #[test]
    fn meeting_graph_counts_shared_events() {
        let event = |names: &[&str]| names.iter().map(|n| iri(n)).collect::<BTreeSet<_>>();
        let meeting = MeetingGraph::from_events([
            event(&["putin", "witkoff", "ushakov"]),
            event(&["putin", "witkoff"]),
            event(&["trump", "putin"]),
            event(&["zelensky"]),
        ]);
        let mut rows = measure(&meeting, |iri| Ok(iri.as_str()[16..].to_owned())).expect("rows");
        sort(&mut rows, Measure::PageRank);
        let names: Vec<(&str, usize, usize)> = rows
            .iter()
            .map(|r| (r.name.as_str(), r.events, r.degree))
            .collect();
        assert_eq!(
            names,
            vec![
                ("putin", 3, 3),
                ("witkoff", 2, 2),
                ("ushakov", 1, 2),
                ("trump", 1, 1),
                ("zelensky", 1, 0),
            ]
        );
        // Putin is on the only paths from Trump to Witkoff and to Ushakov: 2 of the 6 pairs
        // of the four others.
        assert!((rows[0].betweenness - 1.0 / 3.0).abs() < 1e-12);
        let witkoff = meeting
            .graph
            .edge_references()
            .find(|e| {
                meeting.graph[e.source()] == iri("putin")
                    && meeting.graph[e.target()] == iri("witkoff")
            })
            .map(|e| *e.weight());
        assert_eq!(witkoff, Some(2));
        sort(&mut rows, Measure::Events);
        assert_eq!(rows[0].name, "putin");
        // Ushakov, Trump and Zelensky took part in one event each: PageRank breaks the tie.
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["putin", "witkoff", "ushakov", "trump", "zelensky"]);
    }
}
