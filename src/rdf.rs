//! MAP: an article and what was extracted from it become quads in the article's named graph.
//!
//! This is the one place that mints IRIs. Every IRI comes from a stable key (the article's id,
//! url or body hash; an entity's reference key; a span's offsets), never from a counter or a
//! random blank node, so the same input always gives the same triples.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

use crate::article::{Article, Published};
use crate::extract::Extraction;
use crate::reference::{hex, Reference};
use crate::text::{normalise_inline, Document};
use crate::vocab::{ng, skos};

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

    /// A span of an article's body, by character offsets.
    pub fn span(&self, article: &NamedNode, start: usize, end: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}#span-{start}-{end}", article.as_str()))
    }

    fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }
}

fn short_hash(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes())[..8])
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
        quads: Vec::new(),
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

    for mention in &extraction.mentions {
        let entity = &reference.entities[mention.entity];
        let e = entity.iri.as_ref();
        let written = document.slice(mention.range.clone());
        g.add(a, ng::MENTIONS, e);
        g.add(e, rdf::TYPE, entity.class.iri());
        g.add(
            e,
            rdfs::LABEL,
            Literal::new_language_tagged_literal_unchecked(&entity.label, "fr"),
        );
        if written != entity.label {
            g.add(e, skos::ALT_LABEL, Literal::new_simple_literal(written));
        }
        let span = g.span(minter, &iri, document, mention.range.clone());
        g.add(span.as_ref(), ng::DENOTES, e);
        g.add(span.as_ref(), ng::CONFIDENCE, decimal(mention.confidence));
    }

    let mut quads = g.quads;
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    (iri, quads)
}

/// A confidence as an `xsd:decimal` with two digits.
fn decimal(value: f64) -> Literal {
    Literal::new_typed_literal(format!("{:.2}", value.clamp(0.0, 1.0)), xsd::DECIMAL)
}

struct GraphBuilder {
    graph: GraphName,
    quads: Vec<Quad>,
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
        self.add(&span, rdf::TYPE, ng::TEXT_SPAN);
        self.add(&span, ng::START, Literal::from(start as i64));
        self.add(&span, ng::END, Literal::from(end as i64));
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

    #[test]
    fn ids_are_encoded_without_collisions() {
        assert_eq!(encode_key("000_e9b8"), "000_e9b8");
        assert_ne!(encode_key("a b"), encode_key("a-b"));
        assert_eq!(encode_key("a/b"), "a%2Fb");
    }
}
