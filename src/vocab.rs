//! The ontology's terms as constants, in the style of `oxrdf::vocab`.
//!
//! Every `ng:` constant here is declared in `ontology/newsgraph.ttl`; a test checks it.

use oxigraph::model::NamedNodeRef;

/// The `ng:` namespace.
pub const NG: &str = "https://w3id.org/newsgraph/ontology#";
/// The default base for minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/newsgraph/id/";

macro_rules! terms {
    ($ns:literal; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> =
            NamedNodeRef::new_unchecked(concat!($ns, $local));)*
        /// Every term of this namespace, for the ontology test.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

/// `ng:` terms: classes, properties and individuals.
pub mod ng {
    use super::*;

    terms! { "https://w3id.org/newsgraph/ontology#";
        // Classes.
        ARTICLE = "Article",
        PERSON = "Person",
        ORGANIZATION = "Organization",
        PLACE = "Place",
        ROLE = "Role",
        MEETING = "Meeting",
        CALL = "Call",
        CLAIM = "Claim",
        TEXT_SPAN = "TextSpan",
        EVENT_STATUS = "EventStatus",
        // Individuals of ng:EventStatus.
        OCCURRED = "Occurred",
        PLANNED = "Planned",
        // Article properties.
        TITLE = "title",
        SOURCE = "source",
        LANGUAGE = "language",
        URL = "url",
        AUTHOR = "author",
        PUBLISHED = "published",
        SOURCE_NAME = "sourceName",
        BODY = "body",
        MENTIONS = "mentions",
        // Roles.
        HOLDS_ROLE = "holdsRole",
        ROLE_OF = "roleOf",
        // Meetings and calls.
        PARTICIPANT = "participant",
        LOCATION = "location",
        DATE = "date",
        DURATION = "duration",
        DURATION_QUALIFIER = "durationQualifier",
        STATUS = "status",
        ORDINAL = "ordinal",
        // Claims.
        CLAIMANT = "claimant",
        TEXT = "text",
        QUOTED = "quoted",
        ABOUT = "about",
        // Evidence.
        EVIDENCE = "evidence",
        START = "start",
        END = "end",
        EXCERPT = "excerpt",
        DENOTES = "denotes",
        CONFIDENCE = "confidence",
        // Reference data.
        REFERENCE_KEY = "referenceKey",
        DIGEST = "digest",
        // The entities graph: one description of each entity and event for the whole store.
        ARTICLE_COUNT = "articleCount",
        // What resolution compares in an article graph, kept on the article.
        RESOLUTION_UNITS = "resolutionUnits",
        // On the entities graph: articles went in that resolution has not seen yet.
        RESOLUTION_PENDING = "resolutionPending",
        // Links to other datasets.
        METHOD = "method",
    }
}

/// SKOS terms used here.
pub mod skos {
    terms! { "http://www.w3.org/2004/02/skos/core#";
        ALT_LABEL = "altLabel",
        PREF_LABEL = "prefLabel",
    }
    use oxigraph::model::NamedNodeRef;
}

/// OWL terms used here.
pub mod owl {
    terms! { "http://www.w3.org/2002/07/owl#";
        SAME_AS = "sameAs",
    }
    use oxigraph::model::NamedNodeRef;
}

/// WGS84 terms used here.
pub mod geo {
    terms! { "http://www.w3.org/2003/01/geo/wgs84_pos#";
        LAT = "lat",
        LONG = "long",
    }
    use oxigraph::model::NamedNodeRef;
}

/// The prefixes used when writing Turtle, TriG and query results.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", NG),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
];
