#!/usr/bin/env python3
"""Writes a large, realistic French news corpus (JSON Lines) with a known truth.

Usage: gen_corpus.py N OUT.jsonl [--seed S] [--truth TRUTH.tsv]

The corpus is made of *stories*: one real event (a meeting, a phone call, a visit or a
summit, held or announced) reported by 2 to 5 articles published around its date, each in its
own words (templates are not reused within a story), plus per-article material: quotes and
reported speech, a spokesperson or an analyst, an earlier or later event of one participant,
an organization's reaction, background sentences, and noise (a "Mots-clés" tag line, a photo
credit, sometimes a repeated paragraph or a typographic slip).

The people come from a world built once from the seed: given names of
src/lang/fr/given_names.txt (hand-picked per culture in gen_corpus_names.py), surnames real or
composed per culture, a country from src/lang/fr/countries.tsv and one or two titles that fit
it. Their number grows with the article index (2,000 up to article 40,000, then one more
every 20 articles, in steps of 250: 4,750 at 100,000), and their popularity is Zipf-like
(weight 1/max(rank, 80)) so a few people are in many articles, and nobody is picked again
once in 1.8% of the articles so far (the cast of a story is in all its articles, so the share
can end slightly above; at least 10 articles are allowed).
Full names are unique, no generated name is a person of the bundled reference data, and no
two people have names the resolver could take for one (same initials and Jaro-Winkler >= 0.88
on folded surnames), except the hard cases: about 3% of people take the surname of an earlier
person (other given name, other initial, other country), and common real surnames recur
within a culture. Inside an article a person is named in full first (often with a title in
apposition), then as "M./Mme Surname", the full name again, "J. Surname" or the surname alone;
in about 5% of articles a name is written without its accents.

The event sentences avoid two shapes in which the extractor reads the people but loses the
event (see PLACE_TITLES and the templates): a person named right after "à <city>", and a
title with a place, an organization or an "à"/"sur" complement inside the event sentence.

Determinism: the same N and seed give byte-identical files, and the first K articles of a
run with N > K are the articles of a run with N = K (each story draws from its own seeded
generator, the world does not depend on N).

Truth file (--truth): TSV, UTF-8. Lines starting with '#' are comments; the first other line
is the header. Column `record` says which columns are filled, the others are empty:

  record=person   person_id full_name given surname gender country roles
                  (written once, before the first mention of the person)
  record=mention  article_id person_id surface full_name count
                  (one row per distinct way an article writes a person, without "M." or
                  "Mme" and without a title; count = occurrences)
  record=event    article_id event_id kind date place status participants duration date_written
                  template
                  kind: meeting, call, visit (a meeting abroad) or summit; date: the real day
                  (YYYY-MM-DD) even when the text is vaguer (date_written says what it wrote);
                  place: the city as written, empty for calls; status: occurred or planned as
                  this article reports it; participants: person ids joined by '|';
                  duration: xsd:duration or empty; template: the sentence template used
                  (table:index). The same event_id in several articles is the same real event.
  record=claim    article_id person_id quoted text
                  (a quotation (quoted=1) or reported speech (quoted=0) by that person)

Only the Python 3.11 standard library is used.
"""
import argparse
import bisect
import datetime as dt
import json
import pathlib
import random
import re
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen_corpus_names as names  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
LANG = ROOT / "src" / "lang" / "fr"

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FIRST_DAY = dt.date(2019, 1, 15)
LAST_DAY = dt.date(2026, 11, 15)
BASE_PEOPLE = 2000
ZIPF_PLATEAU = 80
MAX_SHARE = 0.018


# ---------------------------------------------------------------------------------------------
# Small text helpers


def fold(s):
    """Lower case without accents, as a rough stand-in for the resolver's key."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ı", "i")


def strip_accents(s):
    out = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in out if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out)


def jaro_winkler(a, b):
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    window = max(la, lb) // 2 - 1
    ma = [False] * la
    mb = [False] * lb
    m = 0
    for i, ch in enumerate(a):
        lo, hi = max(0, i - window), min(lb, i + window + 1)
        for j in range(lo, hi):
            if not mb[j] and b[j] == ch:
                ma[i] = mb[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t = 0
    j = 0
    for i in range(la):
        if ma[i]:
            while not mb[j]:
                j += 1
            if a[i] != b[j]:
                t += 1
            j += 1
    jaro = (m / la + m / lb + (m - t / 2) / m) / 3
    p = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        p += 1
    return jaro + p * 0.1 * (1 - jaro)


ELISION = re.compile(r"\b([dD]e|[lL]e|[lL]a|[qQ]ue|[jJ]e|[sS]e|[nN]e|[lL]orsque|[pP]uisque) "
                     r"(?=[aeiouéèêâîôûAEIOUÉÈÊÂÎÔÛ])")


CONTRACTION = re.compile(r"\b(à|de|De) (les?)\b")
CONTRACTED = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des",
              ("De", "le"): "Du", ("De", "les"): "Des"}


def tidy(s):
    """French contractions after slots are filled, and the apposition commas."""
    if "\x00" in s:
        s = s.replace("\x00,", ",").replace("\x00.", ".").replace("\x00 :", " :")
        s = s.replace("\x00 »", " »").replace("\x00", ",")
    s = CONTRACTION.sub(lambda m: CONTRACTED[(m.group(1), m.group(2))], s)
    s = ELISION.sub(lambda m: m.group(1)[:-1] + "'", s)
    s = s.replace("à Le Caire", "au Caire")
    while "  " in s:
        s = s.replace("  ", " ")
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------------------------
# Reference tables


def read_list(path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.strip())
    return out


def read_tsv(path):
    rows, header = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def reference_people():
    """Full names and surnames of the people of the bundled reference data, which generated
    people must not take (a "Sergueï Lavrov" would be resolved to the real one)."""
    text = (ROOT / "ontology" / "entities.ttl").read_text(encoding="utf-8")
    full, surnames = set(), set()
    for block in text.split("\n\n"):
        if "a ng:Person" not in block:
            continue
        for label in re.findall(r'"([^"]+)"@', block):
            full.add(fold(label))
            surnames.add(fold(label.split()[-1]))
    return full, surnames


class Country:
    def __init__(self, iso, art, name, capital, culture, dem):
        self.iso, self.art, self.name, self.capital, self.culture = iso, art, name, capital, culture
        self.ms, self.fs, self.mp, self.fp = dem
        if art == "les":
            self.the, self.of, self.in_ = f"les {name}", f"des {name}", f"aux {name}"
        elif art == "le":
            self.the, self.of, self.in_ = f"le {name}", f"du {name}", f"au {name}"
        elif art == "la":
            self.the, self.of, self.in_ = f"la {name}", f"de {name}", f"en {name}"
        elif art == "l'":
            self.the, self.of, self.in_ = f"l'{name}", f"d'{name}", f"en {name}"
        else:
            self.the, self.of, self.in_ = name, f"d'{name}", f"en {name}"


class World:
    """Countries, cities and name material, checked against the extractor's tables."""

    def __init__(self):
        self.given_all = set(read_list(LANG / "given_names.txt"))
        common = set(read_list(LANG / "common_words.txt"))
        dem = {r["iso2"]: r for r in read_tsv(LANG / "countries.tsv")}
        city_names = {}
        self.place_words = set()
        for r in read_tsv(LANG / "cities.tsv"):
            forms = [r["name"], r["ascii_name"]] + [a for a in r["aliases"].split("|") if a]
            for f in forms:
                city_names.setdefault(fold(f), set()).add(r["country"])
                self.place_words.add(fold(f))
        by_id = {}
        for r in read_tsv(LANG / "cities.tsv"):
            by_id[r["geonames_id"]] = r["country"]
        for r in read_tsv(LANG / "city_exonyms.tsv"):
            if r["geonames"] in by_id:
                city_names.setdefault(fold(r["name"]), set()).add(by_id[r["geonames"]])
        for r in dem.values():
            for f in [r["name_fr"], r["name_en"]] + r["aliases_fr"].split("|"):
                self.place_words.add(fold(f))
        self.reference_names, reference_surnames = reference_people()
        self.blocked = reference_surnames | {fold(w) for w in common} | self.place_words | {
            fold(g) for g in self.given_all}
        self.countries = []
        for line in names.COUNTRIES.strip().splitlines():
            iso, art, name, capital, culture = line.split("|")
            r = dem.get(iso)
            if not r or not r["demonym_ms"]:
                print(f"gen_corpus: skipped {name}: no demonym", file=sys.stderr)
                continue
            if iso not in city_names.get(fold(capital), ()):
                print(f"gen_corpus: note: capital {capital} not found for {iso}", file=sys.stderr)
            forms = [r[k].split("|")[0] for k in ("demonym_ms", "demonym_fs", "demonym_mp",
                                                     "demonym_fp")]
            self.countries.append(Country(iso, art, name, capital, culture, forms))
        self.by_iso = {c.iso: c for c in self.countries}
        self.venues = []
        for line in names.VENUES.strip().splitlines():
            city, iso = line.split("|")
            if iso not in city_names.get(fold(city), ()):
                print(f"gen_corpus: note: venue {city} not found for {iso}", file=sys.stderr)
            self.venues.append(city)
        self.given = {}
        for culture, (male, female) in names.GIVEN.items():
            m = [g for g in male.split() if g in self.given_all]
            f = [g for g in female.split() if g in self.given_all]
            self.given[culture] = (m, f)
        self.cultures = {}
        for c in self.countries:
            self.cultures.setdefault(c.culture, []).append(c)


# ---------------------------------------------------------------------------------------------
# People

# Titles left out of event sentences: in them the extractor still reads the person but loses
# the event. Those that name a place or an organization ("ambassadeur du Brésil au
# Kazakhstan", "envoyé spécial pour le Sahel", "auprès des Nations unies", "chargé de
# l'Europe"), and those with a complement in "à" or "sur" ("conseiller à la sécurité
# nationale", "négociateur en chef sur le commerce").
PLACE_TITLES = {"amb", "envoy", "un", "sec", "nsa", "neg"}
PRINCIPAL_ROLES = ["fm", "fm", "fm", "sec", "def", "amb", "amb", "amb", "un", "envoy", "envoy",
                   "adv", "nsa", "neg"]


class Person:
    __slots__ = ("id", "given", "surname", "full", "fem", "country", "kind", "roles", "rank")

    def title(self, role):
        """The title for one of the person's roles, without article."""
        c, f = self.country, self.fem
        kind = role[0]
        adj = c.fs if f else c.ms
        if kind == "fm":
            if role[1]:
                return ("cheffe" if f else "chef") + f" de la diplomatie {c.fs}"
            return f"ministre {adj} des Affaires étrangères"
        if kind == "sec":
            return f"secrétaire d'État {adj} chargé{'e' if f else ''} de l'Europe"
        if kind == "def":
            return f"ministre {adj} de la Défense"
        if kind == "amb":
            host = role[1]
            return ("ambassadrice" if f else "ambassadeur") + f" {c.of} {host.in_}"
        if kind == "un":
            return (f"représentant{'e' if f else ''} permanent{'e' if f else ''} {c.of} "
                    "auprès des Nations unies")
        if kind == "envoy":
            return f"envoyé{'e' if f else ''} spécial{'e' if f else ''} {adj} pour {role[1]}"
        if kind == "adv":
            return f"conseill{'ère' if f else 'er'} diplomatique de la présidence {c.fs}"
        if kind == "nsa":
            return f"conseill{'ère' if f else 'er'} {adj} à la sécurité nationale"
        if kind == "neg":
            return f"négociat{'rice' if f else 'eur'} en chef {adj} sur {role[1]}"
        if kind == "spk_mfa":
            return f"porte-parole du ministère {c.ms} des Affaires étrangères"
        if kind == "spk_gov":
            return f"porte-parole du gouvernement {c.ms}"
        if kind == "mp":
            return f"député{'e' if f else ''} {adj}"
        if kind == "pol":
            return f"politologue {adj}"
        if kind == "ana":
            return f"analyste {adj}"
        raise ValueError(kind)


def article_for(title, fem):
    if title[0] in "aeiouéèêhAEIOUÉ":
        return "l'"
    return "la " if fem else "le "


def compose_surname(rng, culture):
    real, roots, ends = names.SURNAMES[culture]
    real = real.split()
    roots = roots.split()
    ends = ends.split()
    if not roots or rng.random() < 0.25:
        return rng.choice(real)
    root, end = rng.choice(roots), rng.choice(ends)
    if root.endswith("_"):
        return root[:-1] + " " + end.capitalize()
    if root.endswith("-"):
        return root + end.capitalize()
    return root + end


def feminine_surname(culture, s):
    if culture in ("ru",) and re.search(r"(ov|ev|ine)$", s):
        return s + "a" if not s.endswith("ine") else s[:-1] + "a"
    if culture in ("ru",) and s.endswith("ski"):
        return s[:-1] + "aïa"
    if culture == "pl" and s.endswith(("ski", "cki")):
        return s[:-1] + "a"
    return s


class People:
    """The people of the world, generated one by one from one seeded generator."""

    def __init__(self, world, seed):
        self.world = world
        self.rng = random.Random(f"{seed}:people")
        self.people = []
        self.full_names = set()
        self.by_initials = {}
        self.shared_surnames = set()
        self.by_surname = {}
        self.uses = {}
        self.cum = []
        self.cum_size = 0
        self.cultures = sorted(world.cultures)

    def grow(self, n):
        while len(self.people) < n:
            self.people.append(self._new())

    def _clash(self, given, surname):
        key = (fold(given)[:1], fold(surname)[:1])
        fs = fold(surname)
        for _, other_surname in self.by_initials.get(key, ()):
            if jaro_winkler(fs, fold(other_surname)) >= 0.88:
                return True
        return False

    def _new(self):
        rng, world = self.rng, self.world
        i = len(self.people)
        p = Person()
        p.id = f"P{i + 1:05d}"
        p.rank = i
        for _ in range(1000):
            culture = rng.choice(self.cultures)
            country = rng.choice(world.cultures[culture])
            fem = rng.random() < 0.35
            pool = world.given[culture][1 if fem else 0]
            if not pool:
                continue
            given = rng.choice(pool)
            shared = None
            if self.people and rng.random() < 0.03:
                other = self.people[rng.randrange(len(self.people))]
                if (other.country.iso != country.iso and fold(other.given)[:1] != fold(given)[:1]
                        and other.surname not in self.shared_surnames):
                    shared = other
            if shared:
                surname = shared.surname
            else:
                surname = compose_surname(rng, culture)
                if fem:
                    surname = feminine_surname(culture, surname)
                if fold(surname) in world.blocked or len(surname) < 3:
                    continue
                if self._clash(given, surname):
                    continue
            full = f"{given} {surname}"
            if full in self.full_names or fold(full) in world.reference_names:
                continue
            break
        else:
            raise RuntimeError("could not make a new name")
        p.given, p.surname, p.full, p.fem, p.country = given, surname, full, fem, country
        if shared:
            self.shared_surnames.add(surname)
        self.full_names.add(full)
        self.by_surname.setdefault(surname, []).append(p)
        self.by_initials.setdefault((fold(given)[:1], fold(surname)[:1]), []).append(
            (given, surname))
        x = rng.random()
        if x < 0.70:
            p.kind = "principal"
            roles = [self._role(rng, rng.choice(PRINCIPAL_ROLES), country)]
            if rng.random() < 0.25:
                second = self._role(rng, rng.choice(PRINCIPAL_ROLES), country)
                if second[0] != roles[0][0]:
                    roles.append(second)
        elif x < 0.85:
            p.kind = "spokes"
            roles = [(rng.choice(["spk_mfa", "spk_gov"]),)]
        else:
            p.kind = "analyst"
            roles = [(rng.choice(["pol", "ana", "mp"]),)]
        p.roles = roles
        return p

    def _role(self, rng, kind, country):
        if kind == "fm":
            return ("fm", False)
        if kind == "amb":
            host = rng.choice(self.world.countries)
            while host.iso == country.iso:
                host = rng.choice(self.world.countries)
            return ("amb", host)
        if kind == "envoy":
            return ("envoy", rng.choice(names.ENVOY_FILES))
        if kind == "neg":
            return ("neg", rng.choice(["le climat", "le nucléaire", "le commerce",
                                       "les frontières", "la dette"]))
        return (kind,)

    def pick(self, rng, pool_size, kind=None, exclude=(), other_country=None, index=0):
        """A person by Zipf-like popularity among the first pool_size people: weight
        1/max(rank, ZIPF_PLATEAU), and nobody already in more than MAX_SHARE of the articles
        before `index` (at least 10)."""
        cap = max(10.0, MAX_SHARE * index)
        uses = self.uses
        if self.cum_size != pool_size:
            self.grow(pool_size)
            total, cum = 0.0, []
            for r in range(pool_size):
                total += 1.0 / max(r + 1, ZIPF_PLATEAU)
                cum.append(total)
            self.cum, self.cum_size = cum, pool_size
        cum = self.cum
        for _ in range(200):
            p = self.people[bisect.bisect_left(cum, rng.random() * cum[-1])]
            if kind and p.kind != kind:
                continue
            if p in exclude:
                continue
            if other_country and p.country.iso in other_country:
                continue
            if uses.get(p.id, 0) >= cap:
                continue
            return p
        # A rare fall-back: walk the pool from a random point.
        start = rng.randrange(pool_size)
        for k in range(pool_size):
            p = self.people[(start + k) % pool_size]
            if (not kind or p.kind == kind) and p not in exclude and not (
                    other_country and p.country.iso in other_country) and uses.get(
                    p.id, 0) < cap:
                return p
        raise RuntimeError("no person fits")


def pool_size(index):
    """How many people article `index` may name: 2,000, then N/20 past 40,000 articles, in steps
    of 250 so the popularity table is rebuilt rarely."""
    extra = max(0, index - 40000) // 20
    return BASE_PEOPLE + extra // 250 * 250


# ---------------------------------------------------------------------------------------------
# Dates and durations


def day_text(d, pub):
    day = "1er" if d.day == 1 else str(d.day)
    out = f"{day} {MONTHS[d.month - 1]}"
    return out if d.year == pub.year else f"{out} {d.year}"


def date_expr(rng, d, pub):
    """How an article published on `pub` writes the day `d`: relative to the publication date
    when it is near ("hier", "mardi dernier", "jeudi prochain"), else its day and month (and
    year when it differs). The vaguer "la semaine dernière" and "le mois dernier" are chosen
    by the caller, for earlier events only."""
    delta = (pub - d).days
    wd = WEEKDAYS[d.weekday()]
    full = f"le {day_text(d, pub)}"
    if delta == 0:
        opts = [f"ce {wd}", wd, full, f"ce {wd} {day_text(d, pub)}"]
    elif delta == 1:
        opts = ["hier", wd, full, f"{wd} {day_text(d, pub)}"]
    elif 2 <= delta <= 5:
        opts = [wd, f"{wd} dernier", full, f"{wd} {day_text(d, pub)}"]
    elif delta == -1:
        opts = ["demain", wd, full, f"{wd} {day_text(d, pub)}"]
    elif -5 <= delta <= -2:
        opts = [f"{wd} prochain", full, f"{wd} {day_text(d, pub)}"]
    else:
        opts = [full, full, f"{wd} {day_text(d, pub)}"]
    return rng.choice(opts)


DURATIONS = [
    (" pendant deux heures", "PT2H"), (" pendant plus d'une heure", "PT1H"),
    (" pendant près de trois heures", "PT3H"), (" pendant quarante-cinq minutes", "PT45M"),
    (" pendant une heure et demie", "PT1H30M"), (" pendant environ une heure", "PT1H"),
    (" pendant quatre heures", "PT4H"), (" pendant une trentaine de minutes", "PT30M"),
]


# ---------------------------------------------------------------------------------------------
# Sentence templates. Slots: {A} {B} first or later mentions, {LIST} several people, {DATE}
# {AT} ("à Rabat"), {DUR}, {TOPIC}, {eA} agreement of A, {sAB} plural agreement, {ilA} pronoun.

MEETING_DONE = [
    "{A} a rencontré {DATE} {B} {AT}{DUR}.",
    "{A} et {B} se sont entretenu{sAB} {DATE} {AT}{DUR}.",
    "{A} a reçu {B} {DATE} {AT}{DUR}, selon un communiqué officiel.",
    "{DATE_CAP}, {AT}, {A} s'est entretenu{eA} avec {B}{DUR}.",
    "{A} s'est entretenu{eA} {DATE} {AT} avec {B}{DUR}.",
    "{A} et {B} se sont retrouvé{sAB} {DATE} {AT}{DUR} pour faire le point sur {TOPIC}.",
    "Une rencontre entre {A} et {B} a eu lieu {DATE} {AT}{DUR}.",
    "{AT_CAP}, {A} a eu {DATE} un long tête-à-tête avec {B}.",
    "Des pourparlers ont réuni {A} et {B} {DATE} {AT}{DUR}.",
    "{A} a rencontré {B} {DATE} {AT}, une rencontre consacrée à {TOPIC}.",
]
VISIT_DONE = [
    "{A} s'est rendu{eA} {DATE} {AT}, où {ilA} a été reçu{eA} par {B}.",
    "En visite {DATE} {AT}, {A} a rencontré {B}{DUR}.",
    "{A} a effectué {DATE} une visite officielle {AT}, au cours de laquelle {ilA} s'est "
    "entretenu{eA} avec {B}.",
    "{B} a accueilli {A} {DATE} {AT}, en visite officielle.",
]
CALL_DONE = [
    "{A} s'est entretenu{eA} par téléphone {DATE} avec {B}{DUR}.",
    "{A} et {B} ont eu {DATE} un entretien téléphonique{DUR}.",
    "{A} a téléphoné {DATE} à {B}.",
    "{A} et {B} se sont entretenu{sAB} au téléphone {DATE}{DUR}.",
    "{A} a reçu un appel téléphonique de {B} {DATE}.",
    "{A} et {B} se sont parlé {DATE} en visioconférence{DUR}.",
    "{A} a eu {DATE} un échange téléphonique avec {B}{DUR}.",
]
SUMMIT_DONE = [
    "{LIST} se sont retrouvés {DATE} {AT} pour une réunion ministérielle consacrée à {TOPIC}.",
    "Le sommet organisé {DATE} {AT} sous l'égide de {ORG} a réuni {LIST}.",
    "{LIST} se sont réunis {DATE} {AT}{DUR} pour un sommet consacré à {TOPIC}.",
    "Réunis {DATE} {AT} à l'invitation de {ORG}, {LIST} ont adopté une déclaration commune "
    "sur {TOPIC}.",
]
MEETING_PLANNED = [
    "{A} doit rencontrer {B} {DATE} {AT}.",
    "{A} et {B} se rencontreront {DATE} {AT}, a-t-on appris de source diplomatique.",
    "Une rencontre entre {A} et {B} est prévue {DATE} {AT}.",
    "{A} recevra {B} {DATE} {AT}.",
    "{A} et {B} doivent se retrouver {DATE} {AT} pour évoquer {TOPIC}.",
]
VISIT_PLANNED = [
    "{A} se rendra {DATE} {AT}, où {ilA} doit être reçu{eA} par {B}.",
    "{A} effectuera {DATE} une visite officielle {AT} et rencontrera {B}.",
    "{A} se rendra {DATE} {AT} pour s'entretenir avec {B}.",
]
CALL_PLANNED = [
    "{A} et {B} doivent s'entretenir par téléphone {DATE}.",
    "{A} téléphonera {DATE} à {B}, selon son entourage.",
    "Un entretien téléphonique entre {A} et {B} est prévu {DATE}.",
]
SUMMIT_PLANNED = [
    "{LIST} doivent se réunir {DATE} {AT} pour un sommet consacré à {TOPIC}.",
    "Un sommet réunira {LIST} {DATE} {AT}.",
]
EARLIER_CALL = [
    "{A} s'était déjà entretenu{eA} par téléphone avec {B} {DATE}.",
    "{DATE_CAP}, {A} avait eu un entretien téléphonique avec {B}.",
    "{A} avait téléphoné {DATE} à {B}.",
]
EARLIER_MEETING = [
    "{A} avait rencontré {B} {DATE} {AT}.",
    "{DATE_CAP}, {A} s'était entretenu{eA} avec {B} {AT}.",
]
LATER_MEETING = [
    "{A} doit par ailleurs se rendre {AT} {DATE} pour y rencontrer {B}.",
    "{A} recevra {B} {DATE} {AT}, a indiqué son cabinet.",
]

LEAD_TAIL = [
    "Les responsables ont évoqué {TOPIC}, selon un communiqué.",
    "Au menu : {TOPIC}, mais aussi la situation régionale.",
    "Il a notamment été question de {TOPIC}.",
    "{TOPIC_CAP} {FIGURAIT} en tête de l'ordre du jour.",
    "",
    "",
]

QUOTES = [
    "Nous sommes déterminés à avancer sur {TOPIC}",
    "Notre position n'a pas changé et elle ne changera pas",
    "Il n'y a pas d'alternative à une solution politique",
    "Le temps presse, et chacun doit prendre ses responsabilités",
    "Nous avons fait des progrès réels, mais beaucoup reste à faire",
    "Personne n'a intérêt à une escalade",
    "Nous attendons des actes, pas des promesses",
    "C'est une étape importante pour nos deux pays",
    "La porte reste ouverte",
    "Nous ne céderons à aucune pression",
    "Je suis venu{eX} avec un message clair de la part de mon gouvernement",
    "Ce n'est pas une question de jours mais de semaines",
    "Nous voulons des garanties concrètes sur {TOPIC}",
    "Il faut regarder la réalité en face",
    "Nos intérêts convergent largement sur {TOPIC}",
    "Nous avons parlé franchement, comme des partenaires",
    "Rien n'est acquis tant que tout n'est pas acquis",
    "Mon pays ne signera pas un texte qui ignore ses intérêts",
]
REPORTED = [
    "les deux pays partageaient la même analyse sur {TOPIC}",
    "aucun accord n'avait encore été trouvé sur {TOPIC}",
    "son pays était prêt à reprendre la coopération",
    "des progrès avaient été accomplis",
    "le calendrier restait à préciser",
    "les positions s'étaient nettement rapprochées",
    "un texte commun pourrait être adopté d'ici la fin de l'année",
    "les sanctions resteraient en vigueur tant que la situation n'aurait pas évolué",
    "son pays ne renoncerait pas à ses exigences",
    "la priorité restait la protection des civils",
    "un accord sur {TOPIC} était à portée de main",
    "la situation demeurait préoccupante",
    "la question de {TOPIC} devait être réglée par étapes",
    "son gouvernement n'excluait aucune option",
]
QUOTE_FORMS = [
    "« {Q} », a déclaré {X}.",
    "{X} a affirmé : « {Q}. »",
    "« {Q} », a assuré {X} devant la presse.",
    "« {Q} », a insisté {X} à l'issue de l'entretien.",
    "« {Q} », a souligné {X}.",
    "Interrogé{eX} par les journalistes, {X} a lancé : « {Q}. »",
]
REPORTED_FORMS = [
    "{X} a affirmé que {R}.",
    "Selon {X}, {R}.",
    "{X} a estimé que {R}.",
    "D'après {X}, {R}.",
    "{X} a indiqué que {R}.",
    "{X} a rappelé que {R}.",
    "{X} a fait savoir que {R}.",
]
# A spokesperson or an analyst comments (first mention inside).
COMMENT_FORMS = [
    "{X} a indiqué que {R}.",
    "Selon {X}, {R}.",
    "{X} a estimé que {R}.",
    "« {Q} », a commenté {X}.",
    "{X} a jugé que {R}.",
]
FILLER = [
    "Les relations entre {THE_A} et {THE_B} se sont nettement réchauffées depuis {YEAR}.",
    "Les deux pays sont liés par de nombreux accords dans les domaines de l'énergie et de la "
    "défense.",
    "Le commerce bilatéral a atteint {NUM} milliards de dollars, selon les chiffres officiels.",
    "{THE_A_CAP} compte parmi les principaux partenaires économiques {OF_B} dans la région.",
    "La question de {TOPIC} pèse sur les relations bilatérales depuis plusieurs années.",
    "Plusieurs diplomates interrogés se montrent prudents quant aux chances d'un accord rapide.",
    "Les observateurs notent un changement de ton par rapport aux derniers mois.",
    "Ce dossier figure en tête des priorités de la diplomatie {ADJ_A_FS}.",
    "Sur le terrain, la situation reste tendue.",
    "Aucun calendrier précis n'a été communiqué à ce stade.",
    "Le texte, encore provisoire, doit être soumis aux parlements des deux pays.",
    "Les services des deux ministères travaillent depuis des mois sur un projet d'accord.",
    "La presse locale fait état d'un possible compromis sur {TOPIC}.",
    "{THE_B_CAP} avait déjà signé un accord similaire avec plusieurs pays voisins.",
    "Le sujet divise également les partenaires européens.",
    "Les marchés sont restés calmes après l'annonce.",
    "Le dossier de {TOPIC} reste l'un des plus sensibles de la région.",
    "Les chiffres publiés par le gouvernement font état d'une hausse de {NUM} % sur un an.",
    "Cette séquence diplomatique intervient dans un contexte régional tendu.",
    "La coopération entre les deux pays s'est intensifiée ces dernières années, notamment dans "
    "le domaine de la santé.",
    "Un accord-cadre avait été signé en {YEAR}, sans jamais être pleinement appliqué.",
    "Les experts restent partagés sur la portée réelle de ces annonces.",
    "{THE_A_CAP} plaide depuis longtemps pour une approche multilatérale de {TOPIC}.",
    "La situation humanitaire continue de se dégrader, selon plusieurs organisations non "
    "gouvernementales.",
    "Le Parlement doit examiner le texte dans les prochaines semaines.",
    "La population suit ces développements avec un mélange d'espoir et de scepticisme.",
    "Le gouvernement a débloqué une enveloppe de {NUM} millions d'euros pour ce programme.",
    "Ces annonces interviennent après plusieurs mois de tensions.",
    "Les ministères concernés n'ont pas souhaité commenter ces informations.",
    "La communauté internationale reste divisée sur la marche à suivre.",
    "Depuis {YEAR}, {THE_B} a multiplié les initiatives sur ce dossier.",
    "Les entreprises des deux pays attendent des signaux clairs avant d'investir.",
    "Le prix de l'énergie reste au cœur des préoccupations des gouvernements de la région.",
    "Plusieurs chancelleries occidentales suivent le dossier de près.",
    "Les diplomates des deux camps reconnaissent en privé que le chemin vers un compromis "
    "durable reste long et semé d'embûches.",
    "Dans les capitales de la région, on observe avec attention chaque inflexion du discours "
    "officiel, à la recherche d'indices sur les intentions réelles des uns et des autres.",
    "Les organisations humanitaires présentes sur place réclament depuis des semaines un accès "
    "sans entrave aux zones les plus touchées.",
    "Le budget consacré à la coopération internationale a été revu à la hausse lors du dernier "
    "exercice, une décision saluée par les milieux économiques.",
    "Selon des sources concordantes, les équipes techniques ont travaillé tard dans la nuit pour "
    "finaliser le texte de la déclaration finale.",
    "Les critiques de l'opposition portent surtout sur le manque de transparence du processus et "
    "sur l'absence de consultation du Parlement.",
    "Ces dernières années, {THE_A} a cherché à diversifier ses partenariats, en particulier en "
    "direction de l'Asie et de l'Afrique.",
    "Le dossier de {TOPIC} empoisonne depuis longtemps les relations entre les capitales "
    "concernées, malgré plusieurs tentatives de médiation.",
    "Plusieurs accords sectoriels, dans l'agriculture, les transports et le numérique, "
    "pourraient être signés dans les prochains mois si le climat reste favorable.",
    "Une source proche du dossier évoque « un climat de confiance retrouvé », tout en appelant "
    "à la prudence.",
    "Les chiffres du commerce extérieur, publiés en début de mois, montrent un net recul des "
    "importations en provenance {OF_B}.",
    "La question du financement reste entière : aucun des partenaires ne souhaite assumer seul "
    "le coût des programmes envisagés.",
    "Sur les réseaux sociaux, de nombreux internautes ont réagi avec ironie à ces annonces, "
    "jugées trop vagues.",
    "Les think tanks spécialisés soulignent que la région traverse une période de recomposition "
    "profonde de ses alliances.",
    "À plus long terme, la stabilité de la région dépendra de la capacité des gouvernements à "
    "répondre aux attentes économiques de leur population.",
]
BIO = [
    "Diplomate de carrière, {X} a été en poste à {C1} et à {C2} avant d'occuper ses fonctions "
    "actuelles.",
    "Nommé{eX} en {YEAR}, {X} passe pour l'une des voix les plus écoutées de son gouvernement.",
    "{X}, qui occupe ce poste depuis {YEAR}, connaît bien le dossier.",
    "Ancien{nX} élève de l'École nationale d'administration de son pays, {X} a longtemps "
    "travaillé sur les questions économiques.",
    "Réputé{eX} pour son franc-parler, {X} n'a pas caché son agacement face à la lenteur du "
    "processus.",
]
OUTLOOK = [
    "Aucune date n'a été fixée pour la suite du processus.",
    "Les deux parties sont convenues de maintenir un canal de communication permanent.",
    "Un groupe de travail conjoint doit remettre ses conclusions d'ici plusieurs mois.",
    "La suite dépendra largement de l'évolution de la situation sur le terrain.",
    "Les prochaines semaines diront si cette dynamique peut se traduire en actes.",
]
ORG_FORMS = [
    "Dans un communiqué, {ORG} a salué ces efforts et appelé les parties à poursuivre dans "
    "cette voie.",
    "{ORG_CAP} suit de près l'évolution du dossier.",
    "{ORG_CAP} a fait savoir qu'{ELLE} restait disponible pour accompagner le processus.",
    "Le sujet doit également être abordé au sein de {ORG}.",
]
TITLES = [
    "{SA} et {SB} font le point sur {TOPIC}",
    "{CA} et {CB} veulent relancer leur coopération",
    "Diplomatie : {SA} et {SB} affichent leur convergence",
    "{CITY} : {SA} et {SB} face à face",
    "Ce qu'il faut retenir de l'entretien entre {SA} et {SB}",
    "{TOPIC_CAP} au cœur des échanges entre {CA} et {CB}",
    "{SA} mise sur le dialogue avec {THE_B}",
    "Nouvelle étape dans les relations entre {CA} et {CB}",
]
EVENT_TABLES = {
    "MEETING_DONE": MEETING_DONE, "VISIT_DONE": VISIT_DONE, "CALL_DONE": CALL_DONE,
    "SUMMIT_DONE": SUMMIT_DONE, "MEETING_PLANNED": MEETING_PLANNED,
    "VISIT_PLANNED": VISIT_PLANNED, "CALL_PLANNED": CALL_PLANNED,
    "SUMMIT_PLANNED": SUMMIT_PLANNED, "EARLIER_CALL": EARLIER_CALL,
    "EARLIER_MEETING": EARLIER_MEETING, "LATER_MEETING": LATER_MEETING,
}


def template_name(table, template):
    for name, t in EVENT_TABLES.items():
        if t is table:
            return f"{name}:{table.index(template)}"
    return ""


SLIPS = [(", ", ","), (" ", "  "), ("é", "e"), (" de ", " de de "), (" la ", " la la ")]


# ---------------------------------------------------------------------------------------------
# One article


class Writer:
    """Writes the people of one article and remembers how each was written."""

    def __init__(self, rng, world, cast):
        self.rng = rng
        self.world = world
        self.seen = set()
        self.forms = {}
        counts = {}
        for p in cast:
            counts[p.surname] = counts.get(p.surname, 0) + 1
        self.ambiguous = {s for s, n in counts.items() if n > 1}
        self.plain = {}
        for p in cast:
            given, surname = p.given, p.surname
            if rng.random() < 0.05 and strip_accents(surname) != surname:
                surname = strip_accents(surname)
                if strip_accents(given) in world.given_all:
                    given = strip_accents(given)
            self.plain[p.id] = (given, surname)

    def _note(self, p, surface):
        per = self.forms.setdefault(p.id, {})
        per[surface] = per.get(surface, 0) + 1
        return surface

    def full(self, p):
        given, surname = self.plain[p.id]
        return self._note(p, f"{given} {surname}")

    def first(self, p, style=None, role=None, event=False):
        """The first mention: the full name, often with a title. In an event sentence the
        title is set off by commas, and the titles of PLACE_TITLES are left out: in those
        shapes the extractor still reads the person but often loses the event."""
        self.seen.add(p.id)
        role = role or self.rng.choice(p.roles)
        title = p.title(role)
        art = article_for(title, p.fem)
        if event and role[0] in PLACE_TITLES:
            style = "name"
        elif event:
            style = style or self.rng.choices(["title,name", "name,title", "name"],
                                              [40, 30, 30])[0]
        style = style or self.rng.choices(["title,name", "name,title", "title name", "name"],
                                          [35, 25, 15, 25])[0]
        name = self.full(p)
        if style == "title,name":
            return f"{art}{title}, {name}\x00"
        if style == "name,title":
            return f"{name}, {title}\x00"
        if style == "title name":
            return f"{art}{title} {name}"
        return name

    def later(self, p):
        given, surname = self.plain[p.id]
        if p.surname in self.ambiguous:
            return self.full(p)
        x = self.rng.random()
        if x < 0.5:
            return ("Mme " if p.fem else "M. ") + self._note(p, surname)
        if x < 0.75:
            return self.full(p)
        if x < 0.88:
            return self._note(p, f"{given[0]}. {surname}")
        return self._note(p, surname)

    def ref(self, p, style=None, event=False):
        return self.later(p) if p.id in self.seen else self.first(p, style, event=event)


SLOT = re.compile(r"\{(\w+)\}")


def fill(template, **slots):
    out = SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), template)
    return tidy(cap(out))


def agree(p):
    return "e" if p.fem else ""


def plural(ps):
    return "es" if all(p.fem for p in ps) else "s"


class Event:
    __slots__ = ("id", "kind", "date", "place", "cast", "duration", "topic", "org")


class Generator:
    def __init__(self, seed, world):
        self.seed = seed
        self.world = world
        self.people = People(world, seed)

    def stories(self):
        """Articles in order, each with its truth rows; an endless stream."""
        index = 0
        s = 0
        while True:
            for art in self.story(s, index):
                yield art
                index += 1
            s += 1

    def story(self, s, first_index):
        rng = random.Random(f"{self.seed}:story:{s}")
        world, people = self.world, self.people
        size = pool_size(first_index)
        ev = Event()
        ev.id = f"E{s + 1:05d}"
        ev.kind = rng.choices(["meeting", "call", "visit", "summit"], [40, 30, 18, 12])[0]
        ev.date = FIRST_DAY + dt.timedelta(rng.randrange((LAST_DAY - FIRST_DAY).days))
        a = people.pick(rng, size, "principal", index=first_index)
        cast = [a]
        for _ in range(rng.choice([2, 3]) if ev.kind == "summit" else 1):
            cast.append(people.pick(rng, size, "principal", exclude=cast,
                                    other_country={p.country.iso for p in cast},
                                    index=first_index))
        ev.cast = cast
        b = cast[1]
        if ev.kind == "call":
            ev.place = ""
        elif ev.kind == "visit":
            ev.place = b.country.capital
        elif ev.kind == "summit":
            ev.place = rng.choice(world.venues)
        else:
            ev.place = rng.choice([b.country.capital, a.country.capital,
                                   rng.choice(world.venues)])
        ev.duration = rng.choice(DURATIONS) if ev.kind != "visit" and rng.random() < 0.35 else None
        ev.topic = rng.choice(names.TOPICS)
        ev.org = rng.choice(names.ORGS)
        n = rng.choice([2, 2, 3, 3, 3, 4, 4, 5])
        if rng.random() < 0.1:
            pubs = sorted(ev.date - dt.timedelta(rng.randint(1, 5)) for _ in range(n))
        else:
            pubs = [ev.date + dt.timedelta(rng.choice([0, 0, 1, 1, 1, 2])) for _ in range(n)]
            if rng.random() < 0.3:
                pubs[0] = ev.date - dt.timedelta(rng.randint(1, 5))
            pubs.sort()
        used = set()
        for j, pub in enumerate(pubs):
            yield self.article(rng, first_index + j, ev, pub, used, size)

    def lead(self, rng, w, ev, pub, used):
        planned = pub < ev.date
        table = {
            ("meeting", False): MEETING_DONE, ("meeting", True): MEETING_PLANNED,
            ("visit", False): VISIT_DONE, ("visit", True): VISIT_PLANNED,
            ("call", False): CALL_DONE, ("call", True): CALL_PLANNED,
            ("summit", False): SUMMIT_DONE, ("summit", True): SUMMIT_PLANNED,
        }[(ev.kind, planned)]
        fresh = [t for t in table if t not in used] or table
        template = rng.choice(fresh)
        template_id = template_name(table, template)
        used.add(template)
        date = date_expr(rng, ev.date, pub)
        a, b = ev.cast[0], ev.cast[1]
        slots = dict(DATE=date, DATE_CAP=cap(date), AT=f"à {ev.place}",
                     AT_CAP=f"À {ev.place}", TOPIC=ev.topic, eA=agree(a),
                     sAB=plural(ev.cast), ilA="elle" if a.fem else "il", ORG=ev.org[0])
        dur = ""
        if ev.duration and "{DUR}" in template:
            dur = ev.duration[0]
        slots["DUR"] = dur
        if ev.kind == "summit":
            parts = [w.first(p, style="name") for p in ev.cast]
            slots["LIST"] = ", ".join(parts[:-1]) + " et " + parts[-1]
        else:
            # B before A when the template names B first, so first mentions come first.
            if template.index("{B}") < template.index("{A}"):
                slots["B"] = w.first(b, event=True)
                slots["A"] = w.first(a, event=True)
            else:
                slots["A"] = w.first(a, event=True)
                if (a.roles[0][0] == "fm" and b.roles[0][0] == "fm" and rng.random() < 0.4):
                    adj = b.country.fs if b.fem else b.country.ms
                    slots["B"] = f"son homologue {adj}, {w.full(b)}\x00"
                    w.seen.add(b.id)
                else:
                    slots["B"] = w.first(b, event=True)
        text = fill(template, **slots)
        written_place = ev.place if "{AT" in template else ""
        status = "planned" if planned else "occurred"
        row = dict(record="event", event_id=ev.id, kind=ev.kind, date=ev.date.isoformat(),
                   place=written_place, status=status,
                   participants="|".join(p.id for p in ev.cast),
                   duration=ev.duration[1] if dur else "", date_written=date,
                   template=template_id)
        return text, row

    def article(self, rng, index, ev, pub, used, size):
        world, people = self.world, self.people
        a, b = ev.cast[0], ev.cast[1]
        aid = f"gen-{index + 1:06d}"
        # Who else the article names: commentators, and one person of an earlier or later event.
        extra = []
        for _ in range(rng.choices([0, 1, 2], [30, 50, 20])[0]):
            kind = rng.choice(["spokes", "analyst"])
            extra.append(people.pick(rng, size, kind, exclude=ev.cast + extra, index=index))
        # A hard case now and then: someone who shares the surname of a participant comments.
        if rng.random() < 0.08:
            for host in ev.cast:
                twins = [q for q in people.by_surname.get(host.surname, ())
                         if q is not host and q.rank < size and q not in ev.cast + extra]
                if twins:
                    extra.append(rng.choice(twins))
                    break
        side = None
        if rng.random() < 0.45 and len(ev.cast) + len(extra) < 6:
            host = rng.choice(ev.cast[:2])
            other = people.pick(rng, size, "principal", exclude=ev.cast + extra, index=index,
                                other_country={host.country.iso})
            side = (host, other)
        cast = ev.cast + extra + ([side[1]] if side else [])
        for p in cast:
            people.uses[p.id] = people.uses.get(p.id, 0) + 1
        w = Writer(rng, world, cast)
        rows = []
        claims = []
        lead, event_row = self.lead(rng, w, ev, pub, used)
        event_row["article_id"] = aid
        rows.append(event_row)
        tail = rng.choice(LEAD_TAIL)
        paras = [lead + (" " + fill(tail, TOPIC=ev.topic, TOPIC_CAP=cap(ev.topic),
                                           FIGURAIT="figuraient" if ev.topic.startswith("les ")
                                           else "figurait") if tail else "")]
        common = dict(TOPIC=ev.topic, THE_A=a.country.the, THE_B=b.country.the,
                      THE_A_CAP=cap(a.country.the), THE_B_CAP=cap(b.country.the),
                      OF_B=f"de {b.country.the}", ADJ_A_FS=a.country.fs)

        deck = rng.sample(FILLER, len(FILLER))
        # Nobody in one article says what another said.
        quotes = rng.sample(QUOTES, len(QUOTES))
        reported = rng.sample(REPORTED, len(REPORTED))

        def filler(k):
            out = []
            for t in [deck.pop() for _ in range(min(k, len(deck)))]:
                out.append(fill(t, YEAR=str(rng.randint(2008, pub.year - 1)),
                                NUM=str(rng.randint(2, 95)), **common))
            return " ".join(out)

        def claim(p, quoted, forms, first=False):
            if quoted:
                q = fill(quotes.pop(), TOPIC=ev.topic, eX=agree(p))
                form = rng.choice([f for f in forms if "{Q}" in f])
                x = w.first(p) if first else w.ref(p)
                text = fill(form, Q=q, X=x, eX=agree(p))
                claims.append(dict(record="claim", article_id=aid, person_id=p.id, quoted="1",
                                   text=q))
            else:
                r = fill(reported.pop(), TOPIC=ev.topic)
                r = r[0].lower() + r[1:]
                form = rng.choice([f for f in forms if "{R}" in f])
                # "Selon le politologue chilien, Andrés Serrón, …" gives the extractor no claim,
                # and "Selon Andrés Serrón, politologue chilien, …" a claim that starts with the
                # title: after "Selon" and "D'après" the title goes without commas.
                style = None
                if form.startswith(("Selon", "D'après")):
                    style = rng.choice(["title name", "name"])
                x = w.first(p, style) if first else w.ref(p, style)
                text = fill(form, R=r, X=x, eX=agree(p))
                claims.append(dict(record="claim", article_id=aid, person_id=p.id, quoted="0",
                                   text=r))
            return text

        body = []
        body.append(filler(rng.randint(2, 3)))
        speakers = ev.cast[:]
        rng.shuffle(speakers)
        for k, p in enumerate(speakers[:rng.choice([1, 2, 2])]):
            body.append(claim(p, k == 0 or rng.random() < 0.4,
                              QUOTE_FORMS if k == 0 else QUOTE_FORMS + REPORTED_FORMS))
        if side:
            host, other = side
            if rng.random() < 0.75:
                d2 = pub - dt.timedelta(rng.randint(7, 80))
                kind2 = rng.choice(["call", "meeting"])
                table = EARLIER_CALL if kind2 == "call" else EARLIER_MEETING
                status2 = "occurred"
            else:
                d2 = pub + dt.timedelta(rng.randint(6, 40))
                kind2, table, status2 = "meeting", LATER_MEETING, "planned"
            place2 = other.country.capital if kind2 == "meeting" else ""
            vague = status2 == "occurred" and rng.random() < 0.15
            if vague:
                date2 = "la semaine dernière" if (pub - d2).days < 14 else "le mois dernier"
                if date2 == "le mois dernier" and (pub.month - d2.month) % 12 != 1:
                    date2 = f"le {day_text(d2, pub)}"
            else:
                date2 = date_expr(rng, d2, pub)
            t2 = rng.choice(table)
            text2 = fill(t2, A=w.ref(host, event=True), B=w.first(other, event=True),
                         DATE=date2, DATE_CAP=cap(date2), AT=f"à {place2}", eA=agree(host))
            body.append(text2)
            rows.append(dict(record="event", article_id=aid, event_id=f"{ev.id}-{aid}",
                             kind=kind2, date=d2.isoformat(),
                             place=place2 if "{AT}" in t2 else "", status=status2,
                             participants=f"{host.id}|{other.id}", duration="",
                             date_written=date2, template=template_name(table, t2)))
        for p in extra:
            body.append(claim(p, rng.random() < 0.3, COMMENT_FORMS, first=True))
        if rng.random() < 0.5:
            org, short = ev.org
            body.append(fill(rng.choice(ORG_FORMS), ORG=org, ORG_CAP=cap(org),
                             ELLE="il" if org.startswith("le ") else "elle"))
        if rng.random() < 0.5:
            p = rng.choice(ev.cast)
            c1, c2 = rng.sample(world.countries, 2)
            body.append(fill(rng.choice(BIO), X=w.ref(p), eX=agree(p),
                             nX="ne" if p.fem else "", C1=c1.capital, C2=c2.capital,
                             YEAR=str(rng.randint(2010, pub.year))))
        # At most 13 paragraphs before the tag line and the photo credit (one may be repeated),
        # and at least about 1,500 characters of text: background sentences fill up.
        room = max(1, 10 - len(body))
        for _ in range(min(room, rng.randint(2, 5))):
            body.append(filler(rng.randint(2, 3)))
        size = len(paras[0]) + sum(len(b) + 2 for b in body)
        while size < 1500 and deck:
            extra_sentence = filler(1)
            body[-1] += " " + extra_sentence
            size += len(extra_sentence) + 1
        if rng.random() < 0.6:
            body.append(rng.choice(OUTLOOK))
        # Keep the lead and the first paragraph in place; shuffle the middle a little.
        middle = body[1:]
        if rng.random() < 0.5:
            rng.shuffle(middle)
        paras += [body[0]] + middle
        if rng.random() < 0.12:
            k = rng.randrange(1, len(paras))
            if "«" not in paras[k] and not any(p.surname in paras[k] for p in cast):
                paras.insert(k + 1, paras[k])
        if rng.random() < 0.2:
            k = rng.randrange(1, len(paras))
            if not any(p.surname in paras[k] for p in cast):
                old, new = rng.choice(SLIPS)
                paras[k] = paras[k].replace(old, new, 1)
        tags = ["diplomatie", a.country.name, b.country.name]
        if rng.random() < 0.3:
            tags.append(a.full)
        paras.append("Mots-clés : " + ", ".join(tags))
        if rng.random() < 0.7:
            shooter = self.photographer(rng)
            paras.append(f"Photo : {rng.choice(names.PHOTO_AGENCIES)} / {shooter}")
        title = fill(rng.choice(TITLES), SA=a.surname, SB=b.surname, CA=a.country.the,
                     CB=b.country.the, THE_B=b.country.the, CITY=ev.place or a.country.capital,
                     TOPIC=ev.topic, TOPIC_CAP=cap(ev.topic))
        record = {"id": aid, "title": title, "date": pub.isoformat(),
                  "source": rng.choice(names.OUTLETS), "lang": "fr",
                  "text": "\n\n".join(paras)}
        for p in cast:
            for surface, count in w.forms.get(p.id, {}).items():
                rows.append(dict(record="mention", article_id=aid, person_id=p.id,
                                 surface=surface, full_name=p.full, count=str(count)))
        return record, cast, rows + claims

    def photographer(self, rng):
        culture = rng.choice(["fr", "en", "de", "es", "it"])
        male, female = self.world.given[culture]
        real = names.SURNAMES[culture][0].split()
        return f"{rng.choice(male + female)} {rng.choice(real)}"


# ---------------------------------------------------------------------------------------------
# Output

TRUTH_COLUMNS = ["record", "article_id", "person_id", "surface", "full_name", "count",
                 "event_id", "kind", "date", "place", "status", "participants", "duration",
                 "date_written", "template", "quoted", "text", "given", "surname", "gender",
                 "country", "roles"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="JSON Lines output")
    ap.add_argument("--seed", default="1", help="seed (any string; default 1)")
    ap.add_argument("--truth", help="TSV truth output")
    args = ap.parse_args(argv)
    world = World()
    gen = Generator(args.seed, world)
    truth = open(args.truth, "w", encoding="utf-8", newline="\n") if args.truth else None
    if truth:
        truth.write("# gen_corpus.py truth; see the script's docstring for the columns.\n")
        truth.write(f"# articles={args.n} seed={args.seed}\n")
        truth.write("# record=person: person_id full_name given surname gender country roles\n")
        truth.write("# record=mention: article_id person_id surface full_name count\n")
        truth.write("# record=event: article_id event_id kind date place status participants "
                    "duration date_written template\n")
        truth.write("# record=claim: article_id person_id quoted text\n")
        truth.write("\t".join(TRUTH_COLUMNS) + "\n")
    described = set()
    seen_articles = {}
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        stream = gen.stories()
        for _ in range(args.n):
            record, cast, rows = next(stream)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for p in cast:
                seen_articles[p.id] = seen_articles.get(p.id, 0) + 1
            if not truth:
                continue
            for p in cast:
                if p.id not in described:
                    described.add(p.id)
                    roles = "|".join(p.title(r) for r in p.roles)
                    truth.write(tsv_row(dict(record="person", person_id=p.id, full_name=p.full,
                                             given=p.given, surname=p.surname,
                                             gender="f" if p.fem else "m",
                                             country=p.country.iso, roles=roles)))
            for row in rows:
                truth.write(tsv_row(row))
    if truth:
        truth.close()
    top = max(seen_articles.values()) if seen_articles else 0
    print(f"gen_corpus: {args.n} articles, {len(seen_articles)} people named "
          f"(pool {len(gen.people.people)}), most named person in {top} articles "
          f"({100 * top / max(1, args.n):.1f}%)", file=sys.stderr)


def tsv_row(row):
    # No generated value holds a tab or a line break; the text columns are checked anyway.
    for key in ("text", "surface", "date_written"):
        if key in row and ("\t" in row[key] or "\n" in row[key]):
            row[key] = " ".join(row[key].split())
    return "\t".join([row.get(c, "") for c in TRUTH_COLUMNS]) + "\n"


if __name__ == "__main__":
    main()
