//! HTML pages: metadata from the head, body text from the main content.
//!
//! Parsing is html5ever's (through `scraper`), which accepts any soup the way
//! a browser does. The body is produced block by block: every paragraph,
//! heading, list item, quotation or text-bearing `div` becomes one paragraph,
//! and navigation, scripts, share buttons, photo credits and the like are left
//! out.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::{parse_date_lenient, Meta, Published};

/// What a page gives.
#[derive(Debug)]
pub(super) struct Page {
    pub meta: Meta,
    /// The main content, paragraphs separated by blank lines.
    pub text: String,
    pub warnings: Vec<String>,
}

/// Elements whose whole content is left out of the body.
const DROPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "iframe",
    "object",
    "embed",
    "canvas",
    "svg",
    "math",
    "video",
    "audio",
    "figcaption",
    "menu",
    "dialog",
    "head",
    "title",
];

/// Class or id fragments (lower case) that mark page furniture rather than the
/// article: sharing bars, related links, comment threads, banners.
const BOILERPLATE_MARKERS: &[&str] = &[
    "share",
    "social",
    "newsletter",
    "related",
    "comment",
    "cookie",
    "breadcrumb",
    "advert",
    "promo",
    "subscribe",
    "tags",
    "menu",
];

/// ARIA roles of page furniture, for sites that mark it with `role` only.
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
];

/// Elements that start and end a paragraph. Everything else (a, em, strong,
/// span, q, …) is inline and joins the paragraph around it.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Meta keys (`property`, `name` or `itemprop`, lower case) that may hold the
/// publication date, most reliable first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
];

pub(super) fn parse(source: &str) -> Page {
    let mut warnings = Vec::new();
    let capped = cap_depth(source, MAX_DEPTH);
    if capped.is_some() {
        warnings.push(format!(
            "HTML nested deeper than {MAX_DEPTH} elements: the deeper tags were ignored, their text kept"
        ));
    }
    let document = Html::parse_document(capped.as_deref().unwrap_or(source));
    let metas = meta_tags(&document);
    let root = content_root(&document);

    let title = get(&metas, &["og:title", "twitter:title"])
        .or_else(|| first_text(&document, "title"))
        .or_else(|| first_text(&document, "h1"));
    let url = get(&metas, &["og:url"]).or_else(|| {
        first(&document, "link[rel~=\"canonical\"]")
            .and_then(|link| link.attr("href"))
            .and_then(clean)
    });
    let lang = document
        .root_element()
        .attr("lang")
        .and_then(clean)
        .or_else(|| get(&metas, &["og:locale"]))
        .and_then(|tag| primary_subtag(&tag));
    let author = get(&metas, &["author"]).or_else(|| {
        // `article:author` is often a profile URL, which is no name.
        get(&metas, &["article:author"]).filter(|a| !a.starts_with("http"))
    });
    let date = publication_date(&document, &metas, root, &mut warnings);

    let meta = Meta {
        id: None,
        title,
        date,
        url,
        source: get(&metas, &["og:site_name"]),
        lang,
        author,
    };
    let mut text = body_text(root, true);
    if text.is_empty() {
        // A class marker can hit the one wrapper that holds the whole story
        // (`class="content has-comments"`); better some furniture than nothing.
        text = body_text(root, false);
    }
    Page {
        meta,
        text,
        warnings,
    }
}

/// Elements nested deeper than this are read as their text. A browser's tree builder looks
/// through every open element at each new tag, so 100,000 unclosed `<div>`s cost 10¹⁰ steps
/// (34 s); no real page nests a tenth as deep.
const MAX_DEPTH: usize = 512;

/// Elements that never hold others, so never open a level.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is raw text up to their closing tag.
const RAW_TEXT_TAGS: &[&str] = &["script", "style", "textarea", "title", "xmp", "noembed"];

/// Elements the next sibling closes (`<p>a<p>b`): they never pile up, and their end tags are
/// often left out, so neither opens nor closes a level.
const IMPLIED_END_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp",
];

/// The page without the tags that open a level deeper than `max` (nor their closing tags), in
/// one pass; `None` when it never goes that deep, which is every real page. Nesting is counted
/// the simple way (a start tag opens a level, an end tag closes the innermost), which is exact
/// for the pathological pages this is for and errs only by dropping tags near the limit.
fn cap_depth(html: &str, max: usize) -> Option<String> {
    let bytes = html.as_bytes();
    // Cheap test first: fewer start tags than the limit cannot nest beyond it.
    if bytes.iter().filter(|&&b| b == b'<').count() <= max {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    // For each open level, whether its start tag was dropped.
    let mut open: Vec<bool> = Vec::new();
    let mut capped = false;
    let mut copied = 0;
    let mut i = 0;
    while let Some(found) = html[i..].find('<') {
        let start = i + found;
        let rest = &html[start..];
        let tag_end = |from: usize| end_of_tag(html, from).unwrap_or(html.len());
        let (end, keep) = if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(html.len(), |e| start + e + 3);
            (end, true)
        } else if let Some(closing) = rest.strip_prefix("</") {
            let end = tag_end(start);
            let name = tag_name(closing);
            let dropped = !IMPLIED_END_TAGS.contains(&name.as_str()) && open.pop().unwrap_or(false);
            (end, !dropped)
        } else if rest.len() > 1 && rest.as_bytes()[1].is_ascii_alphabetic() {
            let name = tag_name(&rest[1..]);
            let end = tag_end(start);
            let self_closing = html[..end].ends_with("/>");
            if RAW_TEXT_TAGS.contains(&name.as_str()) {
                // Copied whole, up to and with its closing tag: no level opens.
                let end = find_end_tag(html, end, &name).map_or(html.len(), tag_end);
                (end, true)
            } else if self_closing
                || VOID_TAGS.contains(&name.as_str())
                || IMPLIED_END_TAGS.contains(&name.as_str())
            {
                (end, true)
            } else {
                let drop = open.len() >= max;
                capped |= drop;
                open.push(drop);
                (end, !drop)
            }
        } else {
            (start + 1, true)
        };
        if !keep {
            out.push_str(&html[copied..start]);
            copied = end;
        }
        i = end.max(start + 1).min(html.len());
        if i >= html.len() {
            break;
        }
    }
    out.push_str(&html[copied..]);
    capped.then_some(out)
}

/// The lower-case name of the tag whose text (after `<` or `</`) starts `rest`.
fn tag_name(rest: &str) -> String {
    rest.chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Where the first `</name` at or after `from` starts, in any case.
fn find_end_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    while let Some(found) = html[at..].find("</") {
        let start = at + found;
        let candidate = &html.as_bytes()[start + 2..];
        if candidate.len() >= name.len()
            && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return Some(start);
        }
        at = start + 2;
    }
    None
}

/// Just past the `>` that ends the tag starting at `start`, skipping quoted attribute values
/// (a quote opens one only right after `=`).
fn end_of_tag(html: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    let mut after_equals = false;
    for (offset, &byte) in html.as_bytes()[start..].iter().enumerate() {
        match quote {
            Some(q) if byte == q => quote = None,
            Some(_) => {}
            None if byte == b'>' => return Some(start + offset + 1),
            None if after_equals && matches!(byte, b'"' | b'\'') => quote = Some(byte),
            None => {}
        }
        if !byte.is_ascii_whitespace() {
            after_equals = byte == b'=';
        }
    }
    None
}

/// The first `content` of each meta key, keyed by `property`, `name` and
/// `itemprop` alike (lower case), as sites mix them up.
fn meta_tags(document: &Html) -> HashMap<String, String> {
    let mut metas = HashMap::new();
    for meta in document.select(&selector("meta")) {
        let Some(content) = meta.attr("content").and_then(clean) else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = meta.attr(attr) {
                metas
                    .entry(key.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    metas
}

fn get(metas: &HashMap<String, String>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| metas.get(*key).cloned())
}

/// The first date that parses among the meta tags, `itemprop` elements, the
/// JSON-LD data and the first `<time datetime>` of the content. A page with only unparsable
/// dates gets a warning, not an error: the date is a convenience there.
fn publication_date(
    document: &Html,
    metas: &HashMap<String, String>,
    root: ElementRef<'_>,
    warnings: &mut Vec<String>,
) -> Option<Published> {
    let itemprop = selector("[itemprop=\"datePublished\"]");
    let time = selector("time[datetime]");
    let from_metas = DATE_KEYS.iter().filter_map(|key| metas.get(*key).cloned());
    let from_itemprop = root.select(&itemprop).filter_map(|el| {
        el.attr("datetime")
            .or_else(|| el.attr("content"))
            .and_then(clean)
    });
    let from_time = root
        .select(&time)
        .take(1)
        .filter_map(|el| el.attr("datetime").and_then(clean));
    let mut unparsable = None;
    let candidates = from_metas
        .chain(from_itemprop)
        .chain(json_ld_dates(document))
        .chain(from_time);
    for candidate in candidates {
        match parse_date_lenient(&candidate) {
            Some(date) => return Some(date),
            None => {
                unparsable.get_or_insert(candidate);
            }
        }
    }
    if let Some(value) = unparsable {
        warnings.push(format!("ignored unparsable date \"{value}\""));
    }
    None
}

/// Every `datePublished` in the page's JSON-LD blocks, where many news sites
/// put the date, in document order. Blocks that do not parse are ignored.
fn json_ld_dates(document: &Html) -> Vec<String> {
    let mut dates = Vec::new();
    for script in document.select(&selector("script[type=\"application/ld+json\"]")) {
        let json: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(&json) else {
            continue;
        };
        // Depth-first with an explicit stack, children pushed in reverse so
        // that they come out in order.
        let mut stack = vec![&value];
        while let Some(value) = stack.pop() {
            match value {
                Value::Object(object) => {
                    if let Some(Value::String(date)) = object.get("datePublished") {
                        dates.push(date.trim().to_owned());
                    }
                    stack.extend(object.values().rev());
                }
                Value::Array(items) => stack.extend(items.iter().rev()),
                _ => {}
            }
        }
    }
    dates
}

/// The element holding the article: the largest `<article>` outside page
/// furniture (teasers for other stories are often `<article>`s too), else
/// `<main>`, else `[role=main]`, else `<body>`.
fn content_root(document: &Html) -> ElementRef<'_> {
    let article = document
        .select(&selector("article"))
        .filter(|article| {
            // `<body>` is left out of the check: CMSs pile classes on it
            // (`has-mega-menu`, `social-share-on`) that say nothing of the story.
            !article
                .ancestors()
                .filter_map(ElementRef::wrap)
                .take_while(|a| !matches!(a.value().name(), "body" | "html"))
                .any(|a| is_dropped(a, true))
        })
        .max_by_key(|article| article.text().map(str::len).sum::<usize>());
    article
        .or_else(|| first(document, "main"))
        .or_else(|| first(document, "[role=\"main\"]"))
        .or_else(|| first(document, "body"))
        .unwrap_or_else(|| document.root_element())
}

/// True for an element whose content is not part of the article.
fn is_dropped(element: ElementRef<'_>, by_class: bool) -> bool {
    let el = element.value();
    if DROPPED_TAGS.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if el
        .attr("role")
        .is_some_and(|role| DROPPED_ROLES.contains(&role.trim().to_ascii_lowercase().as_str()))
    {
        return true;
    }
    if el.attr("style").is_some_and(|style| {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        style.to_ascii_lowercase().contains("display:none")
    }) {
        return true;
    }
    by_class
        && [el.attr("class"), el.attr("id")]
            .into_iter()
            .flatten()
            .any(|value| {
                let value = value.to_ascii_lowercase();
                BOILERPLATE_MARKERS
                    .iter()
                    .any(|marker| value.contains(marker))
            })
}

/// The text of `root`, one paragraph per block element.
///
/// The tree is walked with an explicit stack rather than recursion, so a page
/// of thousands of unclosed `<div>`s cannot overflow the call stack.
fn body_text(root: ElementRef<'_>, by_class: bool) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    // `true` marks the end of an element, where a block ends its paragraph.
    let mut stack = vec![(*root, false)];
    while let Some((node, closing)) = stack.pop() {
        if closing {
            flush(&mut current, &mut paragraphs);
            continue;
        }
        match node.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(el) => {
                let element = ElementRef::wrap(node).expect("an element node wraps");
                // The root itself is never dropped: it was chosen as the content.
                if node.id() != root.id() && is_dropped(element, by_class) {
                    continue;
                }
                if el.name() == "br" {
                    current.push(' ');
                    continue;
                }
                if BLOCK_TAGS.contains(&el.name()) {
                    flush(&mut current, &mut paragraphs);
                    stack.push((node, true));
                }
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            _ => {}
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Ends the paragraph being built, if it has any text.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    if let Some(paragraph) = clean(current) {
        paragraphs.push(paragraph);
    }
    current.clear();
}

/// Collapses runs of HTML whitespace (space, tab, newlines, form feed) into
/// one space and trims; `None` if nothing is left. No-break spaces are kept:
/// French typography puts them before `:` and inside `« »`, and the next
/// stage decides what to do with them.
fn clean(text: &str) -> Option<String> {
    let collapsed = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    (!collapsed.is_empty()).then_some(collapsed)
}

/// `fr-FR` → `fr`, `fr_FR` → `fr`.
fn primary_subtag(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (!primary.is_empty()).then_some(primary)
}

fn first<'a>(document: &'a Html, css: &str) -> Option<ElementRef<'a>> {
    document.select(&selector(css)).next()
}

fn first_text(document: &Html, css: &str) -> Option<String> {
    document
        .select(&selector(css))
        .find_map(|el| clean(&el.text().collect::<String>()))
}

/// Parses one of this module's constant selectors.
fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("the selectors in this module are valid CSS")
}

#[cfg(test)]
// A panic is how a test reports failure, so unwrapping is fine here.
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_capped_in_linear_time() {
        let deep = format!(
            "<html><body>{}<p>Emmanuel Macron a reçu Olaf Scholz à Paris.</p></body></html>",
            "<div>".repeat(100_000)
        );
        let page = parse(&deep);
        assert_eq!(page.text, "Emmanuel Macron a reçu Olaf Scholz à Paris.");
        assert_eq!(
            page.warnings,
            ["HTML nested deeper than 512 elements: the deeper tags were ignored, their text kept"]
        );
    }

    #[test]
    fn pages_that_do_not_nest_deep_are_untouched() {
        // Thousands of tags, unclosed paragraphs, scripts with `<` and quoted `>`: no cap.
        let sloppy = format!(
            "<body>{}{}<script>if (a<b && c>d) {{}}</script><a title='x>y' href=\"/\">lien</a></body>",
            "<p>un paragraphe".repeat(3_000),
            "<div><span>x</span><br><img src=a.png/></div>".repeat(2_000)
        );
        assert_eq!(cap_depth(&sloppy, MAX_DEPTH), None);
        // Past the cap only the deeper tags go; closing tags of dropped ones go with them.
        let html = "<div><div><div><b>x</b></div></div></div><p>y";
        assert_eq!(
            cap_depth(html, 2).as_deref(),
            Some("<div><div>x</div></div><p>y")
        );
        let raw = "<i><i><script>\"</i>\"</SCRIPT><i>z</i></i></i>";
        assert_eq!(
            cap_depth(raw, 2).as_deref(),
            Some("<i><i><script>\"</i>\"</SCRIPT>z</i></i>")
        );
    }
    use chrono::NaiveDate;

    #[test]
    fn meta_tags_and_canonical_link() {
        let page = parse(
            r#"<!doctype html><html lang="fr-FR"><head>
            <title>Titre de l'onglet | Journal</title>
            <meta property="og:title" content="  La ligne de tram  prolongée ">
            <meta property="og:site_name" content="La Gazette du Rhône">
            <meta property="article:published_time" content="2025-04-17T08:15:00+02:00">
            <meta name="author" content="Julien Moreau">
            <link rel="canonical" href="https://gazette.example/tram">
            </head><body><article><p>Les travaux commencent lundi.</p></article></body></html>"#,
        );
        assert_eq!(
            page.meta.title.as_deref(),
            Some("La ligne de tram prolongée")
        );
        assert_eq!(page.meta.source.as_deref(), Some("La Gazette du Rhône"));
        assert_eq!(
            page.meta.url.as_deref(),
            Some("https://gazette.example/tram")
        );
        assert_eq!(page.meta.lang.as_deref(), Some("fr"));
        assert_eq!(page.meta.author.as_deref(), Some("Julien Moreau"));
        assert_eq!(
            page.meta.date.map(|d| d.day()),
            NaiveDate::from_ymd_opt(2025, 4, 17)
        );
        assert!(matches!(page.meta.date, Some(Published::DateTime(_))));
        assert_eq!(page.text, "Les travaux commencent lundi.");
        assert!(page.warnings.is_empty());
    }

    #[test]
    fn fallbacks_title_h1_and_time_without_zone() {
        let page = parse(
            "<body><h1>Le port  rouvre</h1><time datetime=\"2025-01-09T10:00\">jeudi</time>\
             <p>Les ferries reprennent.</p></body>",
        );
        assert_eq!(page.meta.title.as_deref(), Some("Le port rouvre"));
        assert_eq!(
            page.meta.date,
            NaiveDate::from_ymd_opt(2025, 1, 9).map(Published::Date)
        );
        assert_eq!(
            page.text,
            "Le port rouvre\n\njeudi\n\nLes ferries reprennent."
        );
        let page = parse("<title>Onglet</title><h1>Titre</h1><p>Texte.</p>");
        assert_eq!(page.meta.title.as_deref(), Some("Onglet"));
    }

    #[test]
    fn date_from_json_ld() {
        let page = parse(
            r#"<script type="application/ld+json">{"@context": "https://schema.org",
              "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2025-02-18T09:00:00+01:00"}]}
            </script><script type="application/ld+json">{ cassé</script><p>Texte.</p>"#,
        );
        assert_eq!(
            page.meta.date.map(|d| d.day()),
            NaiveDate::from_ymd_opt(2025, 2, 18)
        );
    }

    #[test]
    fn unparsable_date_is_a_warning() {
        let page = parse(r#"<meta name="date" content="hier soir"><p>Texte.</p>"#);
        assert_eq!(page.meta.date, None);
        assert_eq!(page.warnings, ["ignored unparsable date \"hier soir\""]);
    }

    #[test]
    fn furniture_is_removed() {
        let page = parse(
            r##"<body><nav><a href="/">Accueil</a></nav><header>Le Journal</header>
            <main>
              <script>var x = "<p>pas du texte</p>";</script><style>p { color: red }</style>
              <h2>Un titre  <em>intermédiaire</em></h2>
              <div class="share-buttons"><a>Partager sur Facebook</a></div>
              <figure><img src="a.jpg"><figcaption>Photo : AFP</figcaption></figure>
              <p>Premier <a href="#">paragraphe</a>,<br>sur deux lignes.</p>
              <div id="newsletter-box">Inscrivez-vous</div>
              <ul><li>un</li><li>deux</li></ul>
              <div>Texte direct dans un div <span>et un span</span>.</div>
              <blockquote>« Une citation »</blockquote>
              <aside>Lire aussi</aside><div class="Related">Autres articles</div>
              <section class="comments">Réagir</section>
            </main><footer>Mentions légales</footer></body>"##,
        );
        assert_eq!(
            page.text,
            "Un titre intermédiaire\n\nPremier paragraphe, sur deux lignes.\n\nun\n\ndeux\n\n\
             Texte direct dans un div et un span.\n\n« Une citation »"
        );
    }

    #[test]
    fn largest_article_wins_and_root_is_never_dropped() {
        let page = parse(
            r#"<body class="single has-mega-menu"><article class="teaser"><p>Court.</p></article>
            <article class="story has-comments"><p>Le long récit de la journée.</p></article>"#,
        );
        assert_eq!(page.text, "Le long récit de la journée.");
    }

    #[test]
    fn entities_and_no_break_spaces() {
        let page =
            parse("<p>Caf&eacute; &amp; cr&egrave;me&nbsp;: &laquo;&#160;oui&#160;&raquo;</p>");
        assert_eq!(page.text, "Café & crème\u{a0}: «\u{a0}oui\u{a0}»");
    }

    #[test]
    fn soup_does_not_panic() {
        let soups = [
            "<p>Ouvert <b>gras <i>italique</p> suite < 3 et 4 > 2 <div",
            "</p></div><<<>>>&&&#;<p",
            "<table><p>dans une table</td></tr><li>liste</ul>",
            "",
        ];
        for soup in soups {
            let _ = parse(soup);
        }
        let deep = "<div>".repeat(5_000) + "profond";
        assert_eq!(parse(&deep).text, "profond");
        let page = parse(soups[0]);
        assert!(
            page.text.starts_with("Ouvert gras italique"),
            "{}",
            page.text
        );
    }
}
