#!/usr/bin/env python3
"""Compares a newsgraph store with the truth written by gen_corpus.py.

Usage: check_truth.py STORE TRUTH.tsv [--cli PATH] [--examples K]

Asks the store (through `newsgraph query --format tsv`) which people and events each article
graph holds, matches them with the truth's, and prints:
- people: recall per article (truth people the article's graph names), splits (real people
  whose mentions got several IRIs), wrong merges (IRIs that stand for several real people),
  and people the truth does not know (a name read where there is none);
- events: how many distinct events the store has against the truth, how many reports of an
  event were found, splits and wrong merges.
A truth person is found in an article when one of the article's people has, in that article's
graph, a label or alias equal (up to case and accents) to the full name or to a surface form
of two words or more; failing that, a label that ends with the person's surname when only one
of the article's people does and the truth names no namesake in the article. A store event
matches a truth event of its article when they share at least two participants (one for a
truth event with one participant found), the store's kind fitting (ng:Call for calls,
ng:Meeting otherwise).

Also counted: surface forms ("M. Surname", "J. Surname", a name without accents) kept as a
label or alias of the right person, and people missed in an article that names another
person of the same surname (the extractor most likely read them as that person: an in-article
wrong merge that leaves no label behind), and claims: found when the article's graph has a
claim whose text holds the truth's (or is held by it), well attributed when its claimant is
the IRI found for the speaker.

Exit status: 0, or 1 when the store has a wrong merge of people or events, or a person missed
next to a namesake.
Only the Python 3.11 standard library is used.
"""
import argparse
import csv
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

NG = "https://w3id.org/newsgraph/ontology#"
PREFIXES = (f"PREFIX ng: <{NG}>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def term(cell):
    """The value of one SPARQL TSV cell: an IRI without brackets, a literal's lexical form."""
    if cell.startswith("<") and cell.endswith(">"):
        return cell[1:-1]
    if cell.startswith('"'):
        end = cell.rfind('"')
        raw = cell[1:end]
        return (raw.replace("\\t", "\t").replace("\\n", "\n").replace('\\"', '"')
                .replace("\\\\", "\\"))
    return cell


def query(cli, store, sparql):
    out = subprocess.run([cli, "--store", store, "query", PREFIXES + sparql, "--format", "tsv"],
                         check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    return [[term(c) for c in line.split("\t")] for line in lines[1:] if line]


def strip_title(label):
    for head in ("m. ", "mme "):
        if label.startswith(head):
            return label[len(head):]
    return label


def form_kind(surface, full):
    """What kind of surface form: full name, without accents, initial, or surname."""
    if surface == full:
        return "full"
    if fold(surface) == fold(full):
        return "unaccented"
    words = surface.split()
    if len(words) >= 2 and words[0].endswith(".") and len(words[0]) <= 3:
        return "initial"
    if fold(full).endswith(fold(surface)):
        return "surname" if surface in full else "surname-unaccented"
    return "other"


def article_key(iri):
    return iri.rsplit("/article/", 1)[-1]


def read_truth(path):
    people, mentions, events = {}, defaultdict(dict), defaultdict(list)
    claims = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        for r in rows:
            if r["record"] == "person":
                people[r["person_id"]] = r
            elif r["record"] == "mention":
                mentions[r["article_id"]].setdefault(r["person_id"], set()).add(r["surface"])
            elif r["record"] == "event":
                events[r["article_id"]].append(r)
            elif r["record"] == "claim":
                claims[r["article_id"]].append(r)
    return people, mentions, events, claims


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("truth")
    ap.add_argument("--cli", default="newsgraph")
    ap.add_argument("--examples", type=int, default=5, help="examples shown per problem")
    ap.add_argument("--by-template", action="store_true",
                    help="event reports found per sentence template")
    args = ap.parse_args(argv)
    people, mentions, tevents, tclaims = read_truth(args.truth)
    q = lambda s: query(args.cli, args.store, s)  # noqa: E731

    labels = defaultdict(lambda: defaultdict(set))  # article -> person IRI -> folded labels
    shown = defaultdict(lambda: defaultdict(set))
    for a, p, l in q("SELECT ?a ?p ?l WHERE { GRAPH ?a { ?a ng:mentions ?p . ?p a ng:Person . "
                     "{ ?p rdfs:label ?l } UNION { ?p skos:altLabel ?l } } }"):
        labels[article_key(a)][p].add(fold(l))
        shown[article_key(a)][p].add(l)
    articles = set(mentions) | set(tevents)
    stored = set(labels) & articles

    # People.
    found = {}  # (article, person_id) -> IRI
    missed = []
    spurious = Counter()
    for art in sorted(articles):
        cands = labels.get(art, {})
        used = set()
        here = mentions.get(art, {})
        # Full names first, for everyone; then the surname, for whoever has no namesake here.
        pending = []
        for pid, surfaces in sorted(here.items()):
            full = fold(people[pid]["full_name"]) if pid in people else ""
            keys = {full} | {fold(s) for s in surfaces if len(s.split()) >= 2}
            hit = [iri for iri, ls in cands.items() if ls & keys and iri not in used]
            if hit:
                found[(art, pid)] = hit[0]
                used.add(hit[0])
            else:
                pending.append((pid, surfaces))
        for pid, surfaces in pending:
            sur = fold(people[pid]["surname"]) if pid in people else ""
            namesake = any(q != pid and fold(people[q]["surname"]) == sur for q in here)
            hit = [iri for iri, ls in cands.items() if iri not in used
                   and any(l == sur or l.endswith(" " + sur) for l in ls)]
            if len(hit) == 1 and not namesake:
                found[(art, pid)] = hit[0]
                used.add(hit[0])
            else:
                missed.append((art, pid, sorted(surfaces)))
        for iri in cands:
            if iri not in used:
                spurious[" / ".join(sorted(shown[art][iri]))] += 1
    truth_pairs = sum(len(v) for v in mentions.values())
    iris_of = defaultdict(set)
    people_of = defaultdict(set)
    for (art, pid), iri in found.items():
        iris_of[pid].add(iri)
        people_of[iri].add(pid)
    splits = {pid: s for pid, s in iris_of.items() if len(s) > 1}
    merges = {iri: s for iri, s in people_of.items() if len(s) > 1}
    per_article = []
    for art in articles:
        n = len(mentions.get(art, {}))
        if n:
            per_article.append(sum((art, pid) in found for pid in mentions[art]) / n)
    print(f"articles in truth: {len(articles)}, in store: {len(stored)}")
    named = {p for m in mentions.values() for p in m}
    print(f"people: {len(iris_of)} real people found of {len(named)} named; "
          f"{len(people_of)} person IRIs matched")
    print(f"person recall: {len(found)}/{truth_pairs} = {len(found) / max(1, truth_pairs):.3f}"
          f" (mean per article {sum(per_article) / max(1, len(per_article)):.3f})")
    print(f"splits: {len(splits)} real people with several IRIs"
          f" ({sum(len(s) - 1 for s in splits.values())} extra IRIs)")
    print(f"wrong merges: {len(merges)} IRIs standing for several real people")
    # A person missed where the article names another of the same surname was most likely
    # read as that other person (the absorbed mention leaves no label behind).
    absorbed = [(art, pid) for art, pid, _ in missed
                if any(q != pid and (art, q) in found
                       and fold(people[q]["surname"]) == fold(people[pid]["surname"])
                       for q in mentions[art])]
    print(f"missed people whose surname another person of the article has (likely read as "
          f"that person): {len(absorbed)}")
    print(f"people the truth does not name: {sum(spurious.values())} in {len(spurious)} forms")
    # Surface forms: is each way the article wrote a person a label or alias of the IRI found
    # for that person in that article's graph?
    forms = defaultdict(lambda: [0, 0])
    form_misses = []
    for art, per in mentions.items():
        for pid, surfaces in per.items():
            full = people[pid]["full_name"] if pid in people else ""
            iri = found.get((art, pid))
            seen = {strip_title(l) for l in labels.get(art, {}).get(iri, ())} if iri else set()
            for surface in surfaces:
                kind = form_kind(surface, full)
                forms[kind][0] += 1
                # An initial is not kept as an alias: "J. Surname" counts as read when the
                # surname is an alias of the right IRI; a surname with a particle ("Ould
                # Rahmane") may be kept as its last word.
                key = fold(surface.split(" ", 1)[1] if kind == "initial" else surface)
                ok = key in seen or (kind != "full" and key.split()[-1] in seen)
                forms[kind][1] += ok
                if not ok and len(form_misses) < args.examples:
                    form_misses.append((art, surface, sorted(seen)))
    print("surface forms read as the right person: " + ", ".join(
        f"{k} {ok}/{n}" for k, (n, ok) in sorted(forms.items())))
    by_surname = defaultdict(set)
    for pid in {p for m in mentions.values() for p in m}:
        by_surname[fold(people[pid]["surname"])].add(pid)
    sharing = {pid for pids in by_surname.values() if len(pids) > 1 for pid in pids}
    both = sum(1 for per in mentions.values()
               if len({fold(people[p]["surname"]) for p in per if p in sharing})
               < len([p for p in per if p in sharing]))
    print(f"hard cases: {len(sharing)} named people share their surname with another; "
          f"{both} articles name two of them")
    for art, surface, seen in form_misses:
        print(f"  form not read in {art}: {surface!r}; labels {seen}")
    for iri, pids in list(merges.items())[:args.examples]:
        print(f"  merge {iri}: " + ", ".join(people[p]["full_name"] for p in sorted(pids)))
    for pid, iris in list(splits.items())[:args.examples]:
        print(f"  split {people[pid]['full_name']}: {len(iris)} IRIs")
    for art, pid, surfaces in missed[:args.examples]:
        print(f"  missed in {art}: {people[pid]['full_name']} written {surfaces}")
    for form, n in spurious.most_common(args.examples):
        print(f"  unknown person ({n}x): {form}")

    # Events.
    skind = {}
    sarts = defaultdict(set)
    for a, e, k in q("SELECT ?a ?e ?k WHERE { GRAPH ?a { ?e a ?k . "
                     "VALUES ?k { ng:Meeting ng:Call } } }"):
        skind[e] = "call" if k.endswith("Call") else "meeting"
        sarts[article_key(a)].add(e)
    sdate = {e: d for e, d in q("SELECT DISTINCT ?e ?d WHERE { ?e ng:date ?d }")}
    parts = defaultdict(lambda: defaultdict(set))
    for a, e, p in q("SELECT ?a ?e ?p WHERE { GRAPH ?a { ?e ng:participant ?p } }"):
        parts[article_key(a)][e].add(p)
    owner = {iri: next(iter(pids)) for iri, pids in people_of.items() if len(pids) == 1}
    ev_iris = defaultdict(set)
    iri_evs = defaultdict(set)
    reports = matched = dated = vaguer = 0
    per_template = defaultdict(lambda: [0, 0, 0])
    missed_events = []
    wrong_day = []
    for art in sorted(articles):
        for ev in tevents.get(art, []):
            reports += 1
            want = set(ev["participants"].split("|"))
            kind = "call" if ev["kind"] == "call" else "meeting"
            best, score = None, 0
            for e in sarts.get(art, ()):
                if skind[e] != kind:
                    continue
                got = {owner.get(p) for p in parts[art][e]} & want
                if len(got) > score:
                    best, score = e, len(got)
            known = sum((art, p) in found for p in want)
            stat = per_template[ev.get("template", "")]
            stat[0] += 1
            if best and (score >= 2 or (score == 1 and known <= 1)):
                matched += 1
                stat[1] += 1
                stat[2] += sdate.get(best, "")[:10] == ev["date"]
                ev_iris[ev["event_id"]].add(best)
                iri_evs[best].add(ev["event_id"])
                got = sdate.get(best, "")
                if got[:10] == ev["date"]:
                    dated += 1
                elif got and ev["date"].startswith(got):
                    vaguer += 1
                else:
                    wrong_day.append((art, ev, sdate.get(best, "")))
            else:
                missed_events.append((art, ev))
    truth_events = {ev["event_id"] for evs in tevents.values() for ev in evs}
    store_events = {e for es in sarts.values() for e in es}
    esplits = {k: v for k, v in ev_iris.items() if len(v) > 1}
    emerges = {k: v for k, v in iri_evs.items() if len(v) > 1}
    print(f"events: {len(store_events)} in store, {len(truth_events)} in truth, "
          f"{len(ev_iris)} of them found ({reports} reports); reports found {matched}/{reports} = "
          f"{matched / max(1, reports):.3f}, with the right day {dated}, "
          f"a month or year holding it {vaguer}, another date or none "
          f"{matched - dated - vaguer}")
    print(f"event splits: {len(esplits)} real events with several IRIs"
          f" ({sum(len(v) - 1 for v in esplits.values())} extra); wrong event merges: "
          f"{len(emerges)}; store events matching no truth event: "
          f"{len(store_events - set(iri_evs))}")
    for evid, iris in list(esplits.items())[:args.examples]:
        print(f"  event split {evid}: " + ", ".join(sorted(iris)))
    for iri, evs in list(emerges.items())[:args.examples]:
        print(f"  event merge {iri}: {sorted(evs)}")
    for art, ev, got in wrong_day[:args.examples]:
        print(f"  event day in {art}: {ev['event_id']} {ev['date']} written "
              f"{ev['date_written']!r}, read {got or 'no date'} ({ev.get('template', '')})")
    for art, ev in missed_events[:args.examples]:
        print(f"  event missed in {art}: {ev['event_id']} {ev['kind']} {ev['status']} "
              f"{ev['date']} written {ev['date_written']!r} ({ev.get('template', '')})")
    if args.by_template:
        print("template\treports\tfound\tright day")
        for name, (n, ok, day) in sorted(per_template.items()):
            print(f"{name}\t{n}\t{ok / n:.2f}\t{day / n:.2f}")

    # Claims: a truth claim is found when the article's graph has a claim whose text holds the
    # truth's text; it is well attributed when its claimant is the IRI found for the speaker.
    stext = defaultdict(list)
    for a, c, p, t in q("SELECT ?a ?c ?p ?t WHERE { GRAPH ?a { ?c a ng:Claim ; ng:text ?t . "
                        "OPTIONAL { ?c ng:claimant ?p } } }"):
        stext[article_key(a)].append((fold(t), p))
    total = got = right = 0
    wrong, lost = [], []
    for art, rows in tclaims.items():
        for r in rows:
            total += 1
            want = fold(r["text"])
            hits = [p for t, p in stext.get(art, ()) if want in t or (t and t in want)]
            if hits:
                got += 1
                if found.get((art, r["person_id"])) in hits:
                    right += 1
                else:
                    wrong.append((art, r["person_id"], r["text"]))
            else:
                lost.append((art, r["person_id"], r["text"]))
    print(f"claims: {got}/{total} found, {right} attributed to the right person")
    for art, pid, text in lost[:args.examples]:
        print(f"  claim missed in {art} by {people[pid]['full_name']}: {text[:60]!r}")
    for art, pid, text in wrong[:args.examples]:
        print(f"  claim in {art} by {people[pid]['full_name']} attributed elsewhere: {text[:60]!r}")
    return 1 if merges or emerges or absorbed else 0


if __name__ == "__main__":
    sys.exit(main())
