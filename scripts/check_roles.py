#!/usr/bin/env python3
"""List the roles newsgraph gives to a person the gold does not give them: candidate wrong holders.

Usage:
  check_roles.py ARTICLES_DIR GOLD_DIR [--cli PATH] [--scorer PATH] [--quiet]

The scorer (../shared/eval/score.py) measures role recall only: a gold title is found when
one of the person's extracted roles equals it or one contains the other, and a title given to
the wrong person costs nothing. This script measures the other side. It ingests ARTICLES_DIR
into a temporary store with the same queries as the scorer, and for every extracted person of
an article:

- it finds the gold persons of that article the person matches (the scorer's name rule: a
  label equals the gold name or an alias, or the last words agree and the first words do not
  disagree);
- every extracted role label of the person that none of those gold persons' roles_in_text
  contains, or is contained in (folded as the scorer folds: case, accents, quotes, leading
  articles), is printed as a candidate wrong holder: `wrong   Person / role label`;
- the roles of a person that matches no gold person are printed apart, as
  `unknown Person / role label` (a person the gold does not list, often a name cut or glued
  wrong, not a title put on the wrong name).

It ends with the counts: `wrong holders: N (of M extracted roles), roles of unknown people: K`.
The gold's roles_in_text are the titles the article gives each person, so a wrong line is
either a title read for the wrong name (a title in a list given to the next name, one governed
by a preposition, a deputy's title for the chief) or a title the gold leaves out; read them.
Folding and matching are imported from the scorer so that both read names alike.
"""
import argparse
import importlib.util
import json
import os
import pathlib
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"check_roles.py: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extracted(sc, articles_dir, cli):
    """Per article stem: {person IRI: (folded labels, folded role labels)}."""
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "store")
        sc.run_cli(cli, store, "ingest", "-q", str(articles_dir))
        articles = {pathlib.Path(r["name"]).stem: r["a"] for r in sc.select(cli, store, sc.Q_ARTICLES)}
        labels = {}
        for r in sc.select(cli, store, sc.Q_LABELS):
            labels.setdefault(r["e"], set()).add(sc.fold(r["label"]))
        people = {}
        for r in sc.select(cli, store, sc.Q_ENTITIES):
            if r["type"].endswith("#Person"):
                people.setdefault(r["a"], set()).add(r["e"])
        roles = {}
        for r in sc.select(cli, store, sc.Q_ROLES):
            roles.setdefault((r["a"], r["p"]), set()).add(sc.fold(r["role"]))
    out = {}
    for stem, a in articles.items():
        out[stem] = {
            p: (labels.get(p, set()), roles.get((a, p), set()))
            for p in people.get(a, set())
        }
    return out


def display(labels, iri):
    return max(sorted(labels), key=len) if labels else iri.rsplit("/", 1)[-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("articles")
    ap.add_argument("gold")
    ap.add_argument("--cli", default="target/release/newsgraph", help="the newsgraph command (split on spaces)")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER), help="the scorer whose fold and name rule to use")
    ap.add_argument("--quiet", action="store_true", help="print the counts only")
    args = ap.parse_args()
    sc = load_scorer(args.scorer)
    found = extracted(sc, args.articles, args.cli.split())

    wrong = unknown = total = 0
    for gold_path in sorted(pathlib.Path(args.gold).glob("*.json")):
        gold = json.loads(gold_path.read_text())
        stem = gold_path.stem
        lines = []
        for iri, (labels, roles) in sorted(found.get(stem, {}).items()):
            if not roles:
                continue
            total += len(roles)
            holders = [g for g in gold.get("persons", []) if sc.names_match(labels, sc.gold_forms(g))]
            name = display(labels, iri)
            if not holders:
                unknown += len(roles)
                lines += [f"  unknown {name} / {r}" for r in sorted(roles)]
                continue
            titles = {sc.fold(t) for g in holders for t in g.get("roles_in_text", [])}
            for r in sorted(roles):
                if not any(r == t or r in t or t in r for t in titles):
                    wrong += 1
                    lines.append(f"  wrong   {name} / {r}")
        if lines and not args.quiet:
            print(f"[{stem}]")
            print("\n".join(lines))
    print(f"wrong holders: {wrong} (of {total} extracted roles), roles of unknown people: {unknown}")


if __name__ == "__main__":
    main()
