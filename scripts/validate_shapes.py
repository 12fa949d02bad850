#!/usr/bin/env python3
"""Validates every article graph of a newsgraph export against ontology/shapes.ttl.

Usage: scripts/validate_shapes.py EXPORT.nq [SHAPES.ttl]

EXPORT.nq is `newsgraph export --format nquads`. Each article graph (a graph whose name is
typed ng:Article inside it) is validated on its own, with pyshacl, the ontology loaded for the
class hierarchy; the entities, reference and links graphs are left out (the shapes describe
what one article says). Prints one line per violation, `GRAPH: focus path: message`, and the
count; exits 1 when there is any, 2 when pyshacl or rdflib is missing.
"""
import sys
from pathlib import Path

try:
    from pyshacl import validate
    from rdflib import Dataset, Graph, Namespace, URIRef
    from rdflib.namespace import RDF, SH
except ImportError as err:  # pragma: no cover - a missing tool must say so
    print(f"validate_shapes: {err}; install with `pip install pyshacl rdflib`", file=sys.stderr)
    sys.exit(2)

NG = Namespace("https://w3id.org/newsgraph/ontology#")


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    export = sys.argv[1]
    root = Path(__file__).resolve().parent.parent
    shapes_path = sys.argv[2] if len(sys.argv) > 2 else root / "ontology" / "shapes.ttl"
    shapes = Graph().parse(shapes_path, format="turtle")
    ontology = Graph().parse(root / "ontology" / "newsgraph.ttl", format="turtle")
    dataset = Dataset()
    dataset.parse(export, format="nquads")
    violations = 0
    graphs = 0
    for graph in dataset.graphs():
        name = graph.identifier
        if not isinstance(name, URIRef) or (name, RDF.type, NG.Article) not in graph:
            continue
        graphs += 1
        data = Graph()
        for triple in graph:
            data.add(triple)
        conforms, report, _ = validate(
            data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True
        )
        if conforms:
            continue
        for result in sorted(report.subjects(RDF.type, SH.ValidationResult)):
            if report.value(result, SH.resultSeverity) != SH.Violation:
                continue
            violations += 1
            focus = report.value(result, SH.focusNode)
            path = report.value(result, SH.resultPath)
            message = report.value(result, SH.resultMessage)
            print(f"{name}: {focus} {path}: {message}")
    print(f"{graphs} article graphs validated, {violations} violation(s)")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
