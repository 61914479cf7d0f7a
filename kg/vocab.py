"""The closed vocabulary: every ontology term the code writes, declared once.

``KG`` mirrors ``ontology/kg.ttl``; a term missing here fails at import
(``_fail = True``), and a test checks that code and ontology agree. IRIs of things are
minted by ``iri`` from stable keys, so the same input gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from importlib.resources import files

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-cn/"
ID = Namespace(BASE + "id/")


class KG(DefinedNamespace):
    """Terms of the kg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Article: URIRef
    Agency: URIRef
    Company: URIRef
    Organization: URIRef
    Place: URIRef
    Province: URIRef
    City: URIRef
    District: URIRef
    County: URIRef
    Town: URIRef
    Program: URIRef
    Law: URIRef
    Person: URIRef
    Penalty: URIRef
    LegalCitation: URIRef
    Mention: URIRef
    Evidence: URIRef
    # relations and penalty properties
    issuedBy: URIRef
    organizedBy: URIRef
    locatedIn: URIRef
    worksFor: URIRef
    penalizedParty: URIRef
    fineAmount: URIRef
    legalBasis: URIRef
    violated: URIRef
    citation: URIRef
    citedLaw: URIRef
    provision: URIRef
    citationRole: URIRef
    measure: URIRef
    violation: URIRef
    publishedIn: URIRef
    decisionDate: URIRef
    post: URIRef
    # provenance and article metadata
    mentions: URIRef
    mentionOf: URIRef
    inArticle: URIRef
    startOffset: URIRef
    endOffset: URIRef
    surfaceForm: URIRef
    evidenceText: URIRef
    sourceFile: URIRef
    articleIndex: URIRef
    datelinePlace: URIRef
    byline: URIRef
    continuationNote: URIRef
    text: URIRef
    adminCode: URIRef
    parentCode: URIRef
    DivisionCode: URIRef  # the datatype of the two codes


class _Strings:
    """The ontology's terms as plain strings, for loops over thousands of statements
    (an rdflib DefinedNamespace lookup costs microseconds each); closed like ``KG``."""

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        for name in namespace.__annotations__:
            object.__setattr__(self, name, str(namespace[name]))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{name}: the vocabulary is read-only")


K = _Strings(KG)
# Terms a plug-in declared at run time (``kg.types.declare``): its types and relations.
DECLARED: set[str] = set()


def term(name: str) -> URIRef:
    """An ontology term by name: one of ``KG``, or one declared at run time; any other
    name fails, as ``KG`` does."""
    if name in KG.__annotations__:
        return KG[name]
    if name in DECLARED:
        return URIRef(str(KG._NS) + name)
    raise AttributeError(f"{name} is not a term of the kg ontology")


def digest(*parts: object) -> str:
    """A short stable hash of a key: the same parts give the same digest on any run."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def iri(kind: str, *key: object) -> URIRef:
    """The IRI of a thing of ``kind`` (article, agency, mention ...) with a stable key."""
    return ID[f"{kind}/{digest(*key)}"]


def ontology_path():
    """The packaged ontology/kg.ttl."""
    return files("kg").joinpath("ontology", "kg.ttl")
