#!/usr/bin/env python3
"""Check gold annotations against their articles (schema and text evidence only).

Usage: check_gold.py ARTICLES_DIR GOLD_DIR
Never runs newsgraph: it only checks that the gold is well-formed and that every
name, alias, role and claim key it gives can be found in the article text.
"""
import json, pathlib, re, sys, unicodedata

def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("\u00ab", '"').replace("\u00bb", '"').replace("\u201c", '"').replace("\u201d", '"')
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " "))

def main(adir, gdir):
    errors = 0
    def err(f, msg):
        nonlocal errors
        errors += 1
        print(f"{f}: {msg}")
    arts = {p.stem: p for p in pathlib.Path(adir).glob("*.txt")}
    golds = {p.stem: p for p in pathlib.Path(gdir).glob("*.json")}
    for s in sorted(set(arts) ^ set(golds)):
        err(s, "article without gold or gold without article")
    for stem in sorted(set(arts) & set(golds)):
        raw = arts[stem].read_text(encoding="utf-8")
        m = re.match(r"---\n(.*?)\n---\n", raw, re.S)
        if not m:
            err(stem, "no front matter"); continue
        meta = dict(l.split(":", 1) for l in m.group(1).splitlines() if ":" in l)
        meta = {k.strip(): v.strip() for k, v in meta.items()}
        text = fold(raw[m.end():] + " " + meta.get("title", ""))
        try:
            g = json.loads(golds[stem].read_text(encoding="utf-8"))
        except Exception as e:
            err(stem, f"bad JSON: {e}"); continue
        if g.get("id") != stem: err(stem, "id must equal the file stem")
        if g.get("published") != meta.get("date"): err(stem, "published must equal front matter date")
        names = {}
        for kind in ("persons", "places", "organizations"):
            for e in g.get(kind, []):
                for k in ("ref", "name", "aliases_in_text"):
                    if k not in e: err(stem, f"{kind} item without {k}: {e}")
                names[fold(e.get("name", ""))] = kind
                for a in e.get("aliases_in_text", []):
                    if fold(a) not in text: err(stem, f"alias not in text: {a!r}")
                for r in e.get("roles_in_text", []):
                    if fold(r) not in text: err(stem, f"role not in text: {r!r}")
        for mt in g.get("meetings", []):
            if mt.get("kind") not in ("meeting", "call"): err(stem, f"bad kind {mt.get('kind')}")
            if mt.get("status") not in ("occurred", "planned"): err(stem, f"bad status {mt.get('status')}")
            for p in mt.get("participants", []):
                if names.get(fold(p)) != "persons": err(stem, f"participant is not a gold person name: {p!r}")
            if mt.get("place") and fold(mt["place"]) not in names: err(stem, f"meeting place is not a gold place/org name: {mt['place']!r}")
            d = mt.get("date")
            if d and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d): err(stem, f"bad date {d!r}")
            if mt.get("evidence") and fold(mt["evidence"]) not in text: err(stem, f"evidence not verbatim in text: {mt['evidence'][:60]!r}")
        for c in g.get("claims", []):
            if names.get(fold(c.get("speaker", ""))) not in ("persons", "organizations"): err(stem, f"claim speaker is not a gold person/org name: {c.get('speaker')!r}")
            if fold(c.get("key", "")) not in text: err(stem, f"claim key not in text: {c.get('key')!r}")
            if not isinstance(c.get("quoted"), bool): err(stem, f"claim without quoted true/false: {c}")
    print(f"{len(golds)} gold files, {errors} problems")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
