//! MAP: an article and what was extracted from it become quads in the article's named graph.
//!
//! This is the one place that mints IRIs. Every IRI comes from a stable key (the article's id,
//! url or body hash; an entity's reference key; a span's offsets), never from a counter or a
//! random blank node, so the same input always gives the same triples.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, TermRef,
};
use sha2::{Digest, Sha256};

use crate::article::{Article, Published};
use crate::extract::{EventKind, Extraction, Status};
use crate::reference::{hex, Reference};
use crate::text::{normalise_inline, Document};
use crate::vocab::{geo, ng, owl, skos};

/// The path under the base of a place GeoNames identifies, before its id.
const GEONAMES_PLACE: &str = "place/geonames-";

/// Mints IRIs under one base.
#[derive(Debug, Clone)]
pub struct Minter {
    base: String,
}

impl Minter {
    /// `base` must be an absolute IRI ending in `/` or `#` (checked by the CLI).
    pub fn new(base: &str) -> Self {
        Minter {
            base: base.to_owned(),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// `<base>article/<key>`: the key from `id`, else `url`, else a hash of the analysed body.
    pub fn article(&self, article: &Article, body: &str) -> NamedNode {
        let key = match (&article.meta.id, &article.meta.url) {
            (Some(id), _) if !id.trim().is_empty() => encode_key(id.trim()),
            (_, Some(url)) if !url.trim().is_empty() => format!("url-{}", short_hash(url.trim())),
            _ => format!("text-{}", short_hash(body)),
        };
        self.node(&format!("article/{key}"))
    }

    /// The article whose key (the end of its IRI) a user gives: `<base>article/<key>`, as
    /// [`Minter::article`] mints it; `None` when the key makes no IRI.
    pub fn article_with_key(&self, key: &str) -> Option<NamedNode> {
        NamedNode::new(format!("{}article/{key}", self.base)).ok()
    }

    /// An entity the reference data does not know: `<base>person/<key of its name>`, so that
    /// the same name, in any transliteration ([`crate::resolve::name_key`]), gives the same IRI
    /// in every article.
    pub fn entity(&self, class: crate::reference::EntityClass, label: &str) -> NamedNode {
        // Written piece by piece, as a span is: one string, no `format!`.
        let (class, key) = (class.name(), crate::resolve::name_key(label));
        let mut iri = String::with_capacity(self.base.len() + class.len() + 1 + key.len());
        iri.push_str(&self.base);
        iri.push_str(class);
        iri.push('/');
        iri.push_str(&key);
        NamedNode::new_unchecked(iri)
    }

    /// A place the reference data does not know but GeoNames identifies:
    /// `<base>place/geonames-<id>`, the same IRI for every spelling of it.
    pub fn geonames_place(&self, id: &str) -> NamedNode {
        self.node(&format!("{GEONAMES_PLACE}{id}"))
    }

    /// The GeoNames id of an IRI [`Minter::geonames_place`] minted.
    pub fn geonames_id<'a>(&self, iri: &'a str) -> Option<&'a str> {
        iri.strip_prefix(self.base.as_str())?
            .strip_prefix(GEONAMES_PLACE)
    }

    /// A dated meeting or call: `<base>meeting/2025-04-25-<hash of the participants' IRIs>`.
    /// Undated events are the article's own ([`article_quads`]).
    pub fn event(&self, kind: EventKind, date: &str, participants: &[&str]) -> NamedNode {
        let mut who = participants.to_vec();
        who.sort_unstable();
        self.node(&format!(
            "{}/{date}-{}",
            kind_name(kind),
            short_hash(&who.join(" "))
        ))
    }

    /// A person's holding of a title: `<base>role/person-<key>--<slug of the title>`.
    pub fn role(&self, person: &NamedNode, title: &str) -> NamedNode {
        self.node(&format!("role/{}--{}", self.local(person), slug(title)))
    }

    /// The same title held by `person`, for a role minted for another IRI of that person.
    pub fn role_moved_to(&self, role: &NamedNode, person: &NamedNode) -> Option<NamedNode> {
        let (_, title) = role.as_str().rsplit_once("--")?;
        Some(self.node(&format!("role/{}--{title}", self.local(person))))
    }

    /// An IRI's path under the base, with `/` turned into `-`.
    fn local(&self, iri: &NamedNode) -> String {
        iri.as_str()
            .strip_prefix(self.base())
            .unwrap_or(iri.as_str())
            .replace('/', "-")
    }

    /// A span of an article's body, by character offsets.
    pub fn span(&self, article: &NamedNode, start: usize, end: usize) -> NamedNode {
        // Written piece by piece: an article has hundreds of spans, and `format!` costs more
        // than the rest of the quad.
        let mut iri = String::with_capacity(article.as_str().len() + 32);
        iri.push_str(article.as_str());
        iri.push_str("#span-");
        iri.push_str(itoa::Buffer::new().format(start));
        iri.push('-');
        iri.push_str(itoa::Buffer::new().format(end));
        NamedNode::new_unchecked(iri)
    }

    /// The IRI of a thing whose minted IRI another thing already holds (two people of one
    /// name, two calls of one day between the same people): the same with `-2`, `-3`… after it.
    pub fn numbered(&self, iri: &NamedNode, n: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}-{n}", iri.as_str()))
    }

    pub fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }

    /// The graph of the links `newsgraph link` found: `<base>graph/links`.
    pub fn links_graph(&self) -> NamedNode {
        self.node("graph/links")
    }

    /// The graph where resolution keeps one description of each entity and event for the
    /// whole store (its type, preferred and other labels, links, article count; an event's
    /// consolidated date, place, status and participants): `<base>graph/entities`.
    pub fn entities_graph(&self) -> NamedNode {
        self.node("graph/entities")
    }

    /// The graph of the bundled reference data: `<base>graph/reference`.
    pub fn reference_graph(&self) -> NamedNode {
        self.node("graph/reference")
    }

    /// Whether a graph name is an article's graph (`<base>article/…`).
    pub fn is_article(&self, graph: &str) -> bool {
        graph
            .strip_prefix(self.base.as_str())
            .is_some_and(|rest| rest.starts_with("article/"))
    }

    /// The `rdf:Statement` that reifies an entity's link: `<base>link/<entity path with / as ->`,
    /// so `<base>person/hakan-fidan` gives `<base>link/person-hakan-fidan`. One entity has one
    /// link to Wikidata, hence one statement.
    pub fn link(&self, entity: &NamedNode) -> NamedNode {
        let local = entity
            .as_str()
            .strip_prefix(self.base.as_str())
            .unwrap_or(entity.as_str())
            .replace('/', "-");
        self.node(&format!("link/{local}"))
    }
}

fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => "meeting",
        EventKind::Call => "call",
    }
}

fn short_hash(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes())[..8])
}

/// Lower-case ASCII words joined by hyphens: "Sergueï Lavrov" → "serguei-lavrov".
pub fn slug(text: &str) -> String {
    let folded = crate::text::fold_text(text).into_owned();
    let words: Vec<String> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    if words.is_empty() {
        format!("x-{}", short_hash(text))
    } else {
        words.join("-")
    }
}

/// Keeps unreserved IRI characters and percent-encodes the rest, so distinct ids stay distinct.
fn encode_key(id: &str) -> String {
    let mut key = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            key.push(b as char);
        } else {
            key.push_str(&format!("%{b:02X}"));
        }
    }
    key
}

/// Everything the mapper needs about one article.
pub struct ArticleFacts<'a> {
    pub article: &'a Article,
    pub document: &'a Document,
    pub extraction: &'a Extraction,
    pub reference: &'a Reference,
}

/// The quads of one article's named graph, sorted, without duplicates.
pub fn article_quads(minter: &Minter, facts: &ArticleFacts<'_>) -> (NamedNode, Vec<Quad>) {
    let ArticleFacts {
        article,
        document,
        extraction,
        reference,
    } = facts;
    let iri = minter.article(article, &document.body);
    let mut g = GraphBuilder {
        graph: GraphName::NamedNode(iri.clone()),
        // About 330 quads an article: room for most from the start.
        quads: Vec::with_capacity(512),
        spans: Default::default(),
        decimals: Vec::new(),
    };
    let a = iri.as_ref();

    g.add(a, rdf::TYPE, ng::ARTICLE);
    g.add(
        a,
        ng::SOURCE_NAME,
        Literal::new_simple_literal(&article.source_name),
    );
    g.add(a, ng::BODY, Literal::new_simple_literal(&document.body));
    let meta = &article.meta;
    let lang = meta.lang.as_deref().unwrap_or("fr").to_ascii_lowercase();
    g.add(a, ng::LANGUAGE, Literal::new_simple_literal(&lang));
    if let Some(title) = &meta.title {
        g.add(
            a,
            ng::TITLE,
            Literal::new_language_tagged_literal_unchecked(normalise_inline(title), &lang),
        );
    }
    for (property, value) in [
        (ng::SOURCE, &meta.source),
        (ng::URL, &meta.url),
        (ng::AUTHOR, &meta.author),
    ] {
        if let Some(value) = value {
            g.add(a, property, Literal::new_simple_literal(value.trim()));
        }
    }
    match meta.date {
        Some(Published::Date(d)) => g.add(
            a,
            ng::PUBLISHED,
            Literal::new_typed_literal(d.format("%Y-%m-%d").to_string(), xsd::DATE),
        ),
        Some(Published::DateTime(dt)) => g.add(
            a,
            ng::PUBLISHED,
            Literal::new_typed_literal(dt.to_rfc3339(), xsd::DATE_TIME),
        ),
        None => {}
    }

    let entities: Vec<NamedNode> = extraction
        .entities
        .iter()
        .map(|e| match (e.reference, &e.place) {
            (Some(r), _) => reference.entities[r].iri.clone(),
            (
                None,
                Some(crate::lang::KnownPlace {
                    geonames: Some(id), ..
                }),
            ) => minter.geonames_place(id),
            (None, _) => minter.entity(e.class, &e.label),
        })
        .collect();
    let mentioned: crate::lang::WordSet<usize> =
        extraction.mentions.iter().map(|m| m.entity).collect();
    for (n, (entity, iri)) in extraction.entities.iter().zip(&entities).enumerate() {
        if mentioned.contains(&n) {
            g.add(a, ng::MENTIONS, iri.clone());
        }
        g.add(iri, rdf::TYPE, entity.class.iri());
        g.add(
            iri,
            rdfs::LABEL,
            Literal::new_language_tagged_literal_unchecked(&entity.label, "fr"),
        );
        if let Some(place) = &entity.place {
            if let Some(id) = &place.geonames {
                g.add(
                    iri,
                    owl::SAME_AS,
                    NamedNode::new_unchecked(format!("https://sws.geonames.org/{id}/")),
                );
            }
            if let Some((lat, long)) = &place.coordinates {
                g.add(iri, geo::LAT, Literal::new_typed_literal(lat, xsd::DECIMAL));
                g.add(
                    iri,
                    geo::LONG,
                    Literal::new_typed_literal(long, xsd::DECIMAL),
                );
            }
        }
    }
    for mention in &extraction.mentions {
        let (entity, e) = (
            &extraction.entities[mention.entity],
            &entities[mention.entity],
        );
        let written = document.slice(mention.range.clone());
        // A title standing for a person ("le chef russe") is a mention, not a name.
        if written != entity.label && written.chars().next().is_some_and(char::is_uppercase) {
            g.add(e, skos::ALT_LABEL, Literal::new_simple_literal(written));
        }
        let span = g.span(minter, &iri, document, mention.range.clone());
        g.add(span.as_ref(), ng::DENOTES, e.clone());
        let confidence = g.decimal(mention.confidence);
        g.add(span.as_ref(), ng::CONFIDENCE, confidence);
    }

    let key = iri
        .as_str()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    for role in &extraction.roles {
        let person = &entities[role.person];
        let r = minter.role(person, &role.label);
        g.add(person, ng::HOLDS_ROLE, r.clone());
        g.add(&r, rdf::TYPE, ng::ROLE);
        g.add(
            &r,
            rdfs::LABEL,
            Literal::new_language_tagged_literal_unchecked(&role.label, "fr"),
        );
        if let Some(of) = role.of {
            g.add(&r, ng::ROLE_OF, entities[of].clone());
        }
        let span = g.span(minter, &iri, document, role.evidence.clone());
        g.add(&r, ng::EVIDENCE, span);
        let confidence = g.decimal(role.confidence);
        g.add(&r, ng::CONFIDENCE, confidence);
    }
    let events: Vec<NamedNode> = extraction
        .events
        .iter()
        .enumerate()
        .map(|(n, event)| {
            let who: Vec<&str> = event
                .participants
                .iter()
                .map(|p| entities[*p].as_str())
                .collect();
            match event.date {
                Some(date) => minter.event(event.kind, &date.xsd().0, &who),
                None => minter.node(&format!("{}/{key}-{n}", kind_name(event.kind))),
            }
        })
        .collect();
    for (event, e) in extraction.events.iter().zip(&events) {
        let (class, noun) = match event.kind {
            EventKind::Meeting => (ng::MEETING, "Rencontre"),
            EventKind::Call => (ng::CALL, "Appel"),
        };
        g.add(e, rdf::TYPE, class);
        let mut label = vec![noun.to_owned()];
        for p in &event.participants {
            g.add(e, ng::PARTICIPANT, entities[*p].clone());
        }
        if let Some(date) = event.date {
            let (lexical, datatype) = date.xsd();
            label.push(lexical.clone());
            let datatype =
                NamedNode::new_unchecked(format!("http://www.w3.org/2001/XMLSchema#{datatype}"));
            g.add(e, ng::DATE, Literal::new_typed_literal(lexical, datatype));
        }
        if let Some(place) = event.place {
            g.add(e, ng::LOCATION, entities[place].clone());
            label.push(extraction.entities[place].label.clone());
        }
        if let Some(town) = event.town.filter(|&t| Some(t) != event.place) {
            g.add(e, ng::LOCATION, entities[town].clone());
        }
        if let Some((duration, qualifier)) = &event.duration {
            g.add(
                e,
                ng::DURATION,
                Literal::new_typed_literal(duration, xsd::DURATION),
            );
            g.add(
                e,
                ng::DURATION_QUALIFIER,
                Literal::new_simple_literal(qualifier.as_str()),
            );
        }
        g.add(
            e,
            ng::STATUS,
            match event.status {
                Status::Occurred => ng::OCCURRED,
                Status::Planned => ng::PLANNED,
            },
        );
        if let Some(ordinal) = event.ordinal {
            g.add(e, ng::ORDINAL, Literal::from(i64::from(ordinal)));
        }
        g.add(
            e,
            rdfs::LABEL,
            Literal::new_language_tagged_literal_unchecked(label.join(" · "), "fr"),
        );
        for evidence in &event.evidence {
            let span = g.span(minter, &iri, document, evidence.clone());
            g.add(e, ng::EVIDENCE, span);
        }
        let confidence = g.decimal(event.confidence);
        g.add(e, ng::CONFIDENCE, confidence);
    }
    for claim in &extraction.claims {
        let (start, end) = (
            document.char_offset(claim.text.start),
            document.char_offset(claim.text.end),
        );
        let c = minter.node(&format!("claim/{key}-{start}-{end}"));
        g.add(&c, rdf::TYPE, ng::CLAIM);
        g.add(&c, ng::CLAIMANT, entities[claim.claimant].clone());
        let text = document.slice(claim.text.clone()).trim();
        g.add(
            &c,
            ng::TEXT,
            Literal::new_language_tagged_literal_unchecked(text, &lang),
        );
        g.add(&c, ng::QUOTED, Literal::from(claim.quoted));
        if let Some(about) = claim.about {
            g.add(&c, ng::ABOUT, events[about].clone());
        }
        let span = g.span(minter, &iri, document, claim.evidence.clone());
        g.add(&c, ng::EVIDENCE, span);
        let confidence = g.decimal(claim.confidence);
        g.add(&c, ng::CONFIDENCE, confidence);
    }

    let mut quads = g.quads;
    // What resolution compares, kept on the article so it reads one literal per article.
    let units = crate::resolve::summary::of_quads(&quads, &iri);
    quads.push(units.quad(&iri));
    let mut quads = sorted(quads);
    quads.dedup();
    (iri, quads)
}

/// Quads in the order of their N-Quads lines ([`nquads_order`]). An article's quads come in
/// runs of one subject, a few dozen subjects in all: the runs are ranked by their subject, the
/// quads grouped by that rank, and the rest of the order decides only within a subject.
fn sorted(quads: Vec<Quad>) -> Vec<Quad> {
    let subjects: Option<Vec<&str>> = quads
        .iter()
        .map(|q| match &q.subject {
            NamedOrBlankNode::NamedNode(s) => Some(s.as_str()),
            _ => None,
        })
        .collect();
    let Some(subjects) = subjects else {
        // A blank node, which MAP never writes: the plain sort.
        let mut quads = quads;
        quads.sort_unstable_by(nquads_order);
        return quads;
    };
    // The quads of each subject together, subjects in order (a counting sort by rank), then
    // each subject's few quads sorted by the rest of the order.
    let ranks = subject_ranks(&subjects);
    let mut starts = vec![0; ranks.iter().max().map_or(0, |&r| r as usize + 1) + 1];
    for &rank in &ranks {
        starts[rank as usize + 1] += 1;
    }
    for g in 1..starts.len() {
        starts[g] += starts[g - 1];
    }
    let mut order = vec![0; quads.len()];
    let mut next = starts.clone();
    for (n, &rank) in ranks.iter().enumerate() {
        order[next[rank as usize]] = n;
        next[rank as usize] += 1;
    }
    for group in starts.windows(2) {
        // Quads that compare equal are the same quad: an unstable sort gives the same order.
        order[group[0]..group[1]].sort_unstable_by(|&a, &b| {
            let (a, b) = (&quads[a], &quads[b]);
            iri_order(a.predicate.as_ref(), b.predicate.as_ref())
                .then_with(|| object_and_graph_order(a, b))
        });
    }
    let mut slots: Vec<Option<Quad>> = quads.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|n| {
            slots[n]
                .take()
                .expect("each quad has one place in the order")
        })
        .collect()
}

/// The rank of each subject among the distinct subjects, in the order of `<iri>`: each run of
/// one subject is ranked, not each quad.
fn subject_ranks(subjects: &[&str]) -> Vec<u32> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for (n, subject) in subjects.iter().enumerate() {
        match runs.last_mut() {
            Some(run) if subjects[run.start] == *subject => run.end = n + 1,
            _ => runs.push(n..n + 1),
        }
    }
    let first = |run: &std::ops::Range<usize>| subjects[run.start];
    let mut in_order: Vec<&std::ops::Range<usize>> = runs.iter().collect();
    in_order.sort_unstable_by(|a, b| iri_str_order(first(a), first(b)));
    let mut ranks = vec![0; subjects.len()];
    let mut rank = 0;
    for (k, run) in in_order.iter().enumerate() {
        if k > 0 && first(run) != first(in_order[k - 1]) {
            rank += 1;
        }
        ranks[(*run).clone()].fill(rank);
    }
    ranks
}

/// The order of two quads' N-Quads lines, without writing most of them out: the line of a
/// quad is its subject, predicate, object and graph written one after the other, and no term
/// written out is the beginning of another followed by a space, so the lines compare as their
/// terms do one by one. Two IRIs compare as `<iri>` does; other terms (literals) are written.
fn nquads_order(a: &Quad, b: &Quad) -> std::cmp::Ordering {
    written_order(a.subject.as_ref().into(), b.subject.as_ref().into())
        .then_with(|| iri_order(a.predicate.as_ref(), b.predicate.as_ref()))
        .then_with(|| object_and_graph_order(a, b))
}

/// The rest of [`nquads_order`] once subjects and predicates are equal.
fn object_and_graph_order(a: &Quad, b: &Quad) -> std::cmp::Ordering {
    written_order(a.object.as_ref(), b.object.as_ref()).then_with(|| {
        match (&a.graph_name, &b.graph_name) {
            (GraphName::NamedNode(x), GraphName::NamedNode(y)) => iri_order(x.as_ref(), y.as_ref()),
            (x, y) => x.to_string().cmp(&y.to_string()),
        }
    })
}

fn written_order(a: TermRef<'_>, b: TermRef<'_>) -> std::cmp::Ordering {
    match (a, b) {
        (TermRef::NamedNode(x), TermRef::NamedNode(y)) => iri_order(x, y),
        _ if a == b => std::cmp::Ordering::Equal,
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// `<a>` against `<b>`: the closing `>` counts, so "…/a#span" comes before "…/a".
fn iri_order(a: NamedNodeRef<'_>, b: NamedNodeRef<'_>) -> std::cmp::Ordering {
    iri_str_order(a.as_str(), b.as_str())
}

fn iri_str_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering::Equal;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.len().min(b.len());
    match a[..common].cmp(&b[..common]) {
        Equal if a.len() < b.len() => b'>'.cmp(&b[common]),
        Equal if a.len() > b.len() => a[common].cmp(&b'>'),
        order => order,
    }
}

/// An offset as an `xsd:integer`, the literal `Literal::from` makes, without `fmt`.
fn integer(value: usize) -> Literal {
    Literal::new_typed_literal(itoa::Buffer::new().format(value), xsd::INTEGER)
}

/// A confidence as an `xsd:decimal` with two digits.
pub fn decimal(value: f64) -> Literal {
    Literal::new_typed_literal(format!("{:.2}", value.clamp(0.0, 1.0)), xsd::DECIMAL)
}

struct GraphBuilder {
    graph: GraphName,
    quads: Vec<Quad>,
    /// The spans already described: a sentence that is the evidence of several facts is
    /// described once rather than sorted out as duplicates.
    spans: crate::lang::WordSet<(usize, usize)>,
    /// The confidences already written, by their bits: an article has a handful of values,
    /// each formatted once.
    decimals: Vec<(u64, Literal)>,
}

impl GraphBuilder {
    fn add<'a>(&mut self, s: impl Into<NamedNodeRef<'a>>, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.into().into_owned()),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }

    /// [`decimal`], remembered.
    fn decimal(&mut self, value: f64) -> Literal {
        let bits = value.to_bits();
        if let Some((_, literal)) = self.decimals.iter().find(|(b, _)| *b == bits) {
            return literal.clone();
        }
        let literal = decimal(value);
        self.decimals.push((bits, literal.clone()));
        literal
    }

    /// A `ng:TextSpan` for a byte range of the body, with character offsets and its text.
    fn span(
        &mut self,
        minter: &Minter,
        article: &NamedNode,
        doc: &Document,
        range: std::ops::Range<usize>,
    ) -> NamedNode {
        let (start, end) = (doc.char_offset(range.start), doc.char_offset(range.end));
        let span = minter.span(article, start, end);
        if !self.spans.insert((start, end)) {
            return span;
        }
        self.add(&span, rdf::TYPE, ng::TEXT_SPAN);
        self.add(&span, ng::START, integer(start));
        self.add(&span, ng::END, integer(end));
        self.add(
            &span,
            ng::EXCERPT,
            Literal::new_simple_literal(doc.slice(range)),
        );
        span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `reference.rs` names the reference graph itself (the reference data is read before
    /// MAP, which cannot be imported there): the name must be the one minted here.
    #[test]
    fn offsets_and_spans_are_written_as_fmt_would() {
        for n in [0usize, 7, 10, 4_096, 1_000_000] {
            assert_eq!(integer(n), Literal::from(n as i64));
        }
        let minter = Minter::new("http://x/");
        let article = minter.node("article/a");
        assert_eq!(
            minter.span(&article, 12, 345).as_str(),
            "http://x/article/a#span-12-345"
        );
    }

    #[test]
    fn the_reference_graph_has_one_name() {
        for base in [crate::vocab::DEFAULT_BASE, "http://example.org/kg/"] {
            let reference = crate::reference::Reference::bundled(base).expect("bundled data");
            assert_eq!(reference.graph, Minter::new(base).reference_graph());
        }
    }

    #[test]
    fn numbered_and_keyed_iris() {
        let minter = Minter::new("http://x/");
        let person = minter.node("person/jean-martin");
        assert_eq!(
            minter.numbered(&person, 2).as_str(),
            "http://x/person/jean-martin-2"
        );
        assert_eq!(
            minter.article_with_key("a-1").map(|a| a.into_string()),
            Some("http://x/article/a-1".to_owned())
        );
        assert_eq!(minter.article_with_key("a b"), None);
    }

    #[test]
    fn quads_sort_as_their_lines() {
        let g = GraphName::NamedNode(NamedNode::new_unchecked("http://x/article/a"));
        let quad = |s: &str, p: &str, o: Term| {
            Quad::new(
                NamedNode::new_unchecked(s),
                NamedNode::new_unchecked(p),
                o,
                g.clone(),
            )
        };
        let node = |iri: &str| Term::from(NamedNode::new_unchecked(iri));
        let mut quads = vec![
            quad("http://x/article/a", "http://x/p", node("http://x/o")),
            quad(
                "http://x/article/a#span-1-2",
                "http://x/p",
                node("http://x/o"),
            ),
            quad("http://x/article/a", "http://x/p", Literal::from(5).into()),
            quad(
                "http://x/article/a",
                "http://x/p",
                Literal::new_simple_literal("5").into(),
            ),
            quad(
                "http://x/article/a",
                "http://x/p",
                Literal::new_language_tagged_literal_unchecked("5", "fr").into(),
            ),
            quad("http://x/article/a", "http://x/p-2", node("http://x/o")),
            quad("http://x/article/a", "http://x/p", node("http://x/o-1")),
            quad("http://x/article/ab", "http://x/p", node("http://x/o")),
        ];
        let mut lines = quads.clone();
        lines.sort_by_cached_key(|q| q.to_string());
        assert_eq!(sorted(quads.clone()), lines);
        quads.sort_unstable_by(nquads_order);
        assert_eq!(quads, lines);
    }

    #[test]
    fn ids_are_encoded_without_collisions() {
        assert_eq!(encode_key("000_e9b8"), "000_e9b8");
        assert_ne!(encode_key("a b"), encode_key("a-b"));
        assert_eq!(encode_key("a/b"), "a%2Fb");
    }
}
