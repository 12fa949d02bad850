#!/usr/bin/env python3
"""Writes a JSON Lines benchmark corpus: the bundled example articles repeated N times.

Usage: bench_corpus.py N OUT.jsonl [--scale K]

Each copy gets its own id, so every line is a distinct article in the store. With --scale K
each article's text is repeated K times (paragraphs renumbered so they are not dropped as
verbatim repeats), to check that extraction time grows linearly with article length.
"""
import json
import pathlib
import re
import sys


def texts(root):
    for path in sorted(pathlib.Path(root).rglob("*")):
        if path.suffix in (".txt", ".md"):
            raw = path.read_text()
            if raw.startswith("---"):
                raw = raw.split("\n---", 2)[-1]
            yield path.stem, raw
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text().splitlines()):
                if line.strip():
                    yield f"{path.stem}-{i}", json.loads(line)["text"]
        elif path.suffix == ".html":
            body = re.sub(r"(?s)<(script|style|nav|footer|aside)\b.*?</\1>", " ", path.read_text())
            paragraphs = re.findall(r"(?s)<p[^>]*>(.*?)</p>", body)
            yield path.stem, "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in paragraphs)


def main():
    n = int(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    scale = int(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1
    root = pathlib.Path(__file__).resolve().parent.parent / "examples" / "articles"
    articles = list(texts(root))
    with out.open("w") as f:
        for copy in range(n):
            for stem, text in articles:
                if scale > 1:
                    paragraphs = [p for p in text.split("\n\n") if p.strip()]
                    text = "\n\n".join(f"{p} ({k})" for k in range(scale) for p in paragraphs)
                record = {"id": f"{stem}-{copy}", "date": "2025-08-06", "lang": "fr", "text": text}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
