"""data/reference/demonyms.csv: the adjectives (and capitals) of states, read by
ingest/extract/demonyms.py. Pure: no parser, no database."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from ingest.extract.demonyms import DEMONYMS, capitals, demonyms, demonyms_path, forms
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.text import fold

DATA = Path(__file__).resolve().parents[2] / "data"

# Every form of the dict that ingest/extract/demonyms.py held before the CSV: all must resolve.
OLD_FORMS = {
    "usa": "American US U.S. estadounidense estadounidenses norteamericano norteamericana "
    "américain américaine américains",
    "hun": "Hungarian húngaro húngara hongrois hongroise",
    "aut": "Austrian austriaco austriaca autrichien autrichienne",
    "aus": "Australian australiano australiana australien australienne",
    "ita": "Italian italiano italiana italien italienne italiens",
    "bra": "Brazilian brasileño brasileña brasilero brasilera brésilien brésilienne",
    "chl": "Chilean chileno chilena chilien chilienne",
    "cze": "Czech checo checa tchèque",
    "pol": "Polish polaco polaca polonais polonaise",
    "isr": "Israeli israelí israélien israélienne",
    "che": "Swiss suizo suiza suisse",
    "bel": "Belgian belga belge",
    "bgr": "Bulgarian búlgaro búlgara bulgare",
    "hrv": "Croatian croata croate",
    "dom": "Dominican dominicano dominicana dominicain dominicaine",
    "est": "Estonian estonio estonia estonien estonienne",
    "lva": "Latvian letón letona letton lettone",
    "svk": "Slovak Slovakian eslovaco eslovaca slovaque",
    "svn": "Slovenian Slovene esloveno eslovena slovène",
    "deu": "German alemán alemana allemand allemande",
    "fra": "French francés francesa français française",
    "esp": "Spanish español española espagnol espagnole",
    "mex": "Mexican mexicano mexicana mexicain mexicaine",
    "mar": "Moroccan marroquí marocain marocaine",
    "arg": "Argentine Argentinian argentino argentina argentin argentine",
    "can": "Canadian canadiense canadien canadienne",
    "gbr": "British británico británica britannique",
    "nld": "Dutch neerlandés neerlandesa holandés holandesa néerlandais néerlandaise",
    "dnk": "Danish danés danesa danois danoise",
    "nor": "Norwegian noruego noruega norvégien norvégienne",
    "swe": "Swedish sueco sueca suédois suédoise",
    "fin": "Finnish finlandés finlandesa finlandais finlandaise",
    "irl": "Irish irlandés irlandesa irlandais irlandaise",
    "prt": "Portuguese portugués portuguesa portugais portugaise",
    "grc": "Greek griego griega grec grecque",
    "rou": "Romanian rumano rumana roumain roumaine",
    "ltu": "Lithuanian lituano lituana lituanien lituanienne",
    "nzl": "Zealand neozelandés neozelandesa néo-zélandais néo-zélandaise",
    "gtm": "Guatemalan guatemalteco guatemalteca guatémaltèque",
    "hnd": "Honduran hondureño hondureña hondurien hondurienne",
    "slv": "Salvadoran salvadoreño salvadoreña salvadorien salvadorienne",
    "col": "Colombian colombiano colombiana colombien colombienne",
    "ecu": "Ecuadorian ecuatoriano ecuatoriana équatorien équatorienne",
    "per": "Peruvian peruano peruana péruvien péruvienne",
    "ven": "Venezuelan venezolano venezolana vénézuélien vénézuélienne",
    "bol": "Bolivian boliviano boliviana bolivien bolivienne",
    "pry": "Paraguayan paraguayo paraguaya paraguayen paraguayenne",
    "ury": "Uruguayan uruguayo uruguaya uruguayen uruguayenne",
    "phl": "Philippine Filipino filipino filipina philippin philippine",
    "bgd": "Bangladeshi bangladesí bangladais bangladaise",
    "ind": "Indian indio india indien indienne",
    "chn": "Chinese chino china chinois chinoise",
    "rus": "Russian ruso rusa russe",
    "tur": "Turkish turco turca turc turque",
    "jpn": "Japanese japonés japonesa japonais japonaise",
    "sen": "Senegalese senegalés senegalesa sénégalais sénégalaise",
    "nga": "Nigerian nigeriano nigeriana nigérian nigériane",
    "zaf": "sudafricano sudafricana sud-africain sud-africaine",
    "egy": "Egyptian egipcio egipcia égyptien égyptienne",
    "tun": "Tunisian tunecino tunecina tunisien tunisienne",
    "dza": "Algerian argelino argelina algérien algérienne",
    "lbn": "Lebanese libanés libanesa libanais libanaise",
    "jor": "Jordanian jordano jordana jordanien jordanienne",
    "ukr": "Ukrainian ucraniano ucraniana ukrainien ukrainienne",
}

# Adjectives deliberately mapped to more than one state (folded form -> ids): none today.
SHARED: dict[str, set[str]] = {}


def _rows() -> list[dict[str, str]]:
    with demonyms_path(DATA).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _government_ids() -> set[str]:
    path = DATA / "reference" / "governments.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle)}


def test_columns_and_ids() -> None:
    rows = _rows()
    assert rows and list(rows[0]) == ["id", "en", "es", "fr", "capital"]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "an id on two rows"
    assert set(ids) <= _government_ids(), sorted(set(ids) - _government_ids())


def test_cells_are_clean() -> None:
    for row in _rows():
        for column in ("en", "es", "fr", "capital"):
            cell = row[column]
            assert cell == cell.strip() and "||" not in cell and not cell.startswith("|"), row
            assert not cell.endswith("|"), row


def test_no_adjective_names_two_states() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for gov, cells in forms(DATA).items():
        for words in cells.values():
            for word in words:
                seen[fold(word)].add(gov)
    shared = {word: govs for word, govs in seen.items() if len(govs) > 1}
    assert shared == SHARED


def test_no_capital_names_two_states() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        for name in filter(None, row["capital"].split("|")):
            seen[fold(name)].add(row["id"])
    assert {name: govs for name, govs in seen.items() if len(govs) > 1} == {}


@pytest.mark.parametrize(
    ("word", "gov"),
    [
        ("Kenyan", "ken"), ("Senegalese", "sen"), ("Peruvian", "per"), ("South Korean", "kor"),
        ("North Korean", "prk"), ("Equatorial Guinean", "gnq"), ("UK", "gbr"),
        ("keniana", "ken"), ("peruano", "per"), ("senegalesas", "sen"), ("alemanes", "deu"),
        ("marroquíes", "mar"), ("letonas", "lva"),
        ("kényan", "ken"), ("kényanes", "ken"), ("sénégalais", "sen"), ("péruviennes", "per"),
        ("allemands", "deu"), ("sud-soudanais", "ssd"), ("soudanais", "sdn"),
    ],
)  # fmt: skip
def test_adjectives_resolve(word: str, gov: str) -> None:
    assert demonyms(DATA)[word] == gov
    assert DEMONYMS[word] == gov


def test_ambiguous_adjectives_are_left_out() -> None:
    folded = {fold(w) for w in demonyms(DATA)}
    for word in ("congolese", "congolais", "congoleno", "korean"):
        assert word not in folded


@pytest.mark.parametrize("gov", sorted(OLD_FORMS))
def test_the_old_forms_still_resolve(gov: str) -> None:
    wrong = {w: DEMONYMS.get(w) for w in OLD_FORMS[gov].split() if DEMONYMS.get(w) != gov}
    assert not wrong


def test_capitals_are_folded() -> None:
    caps = capitals(DATA)
    assert caps["budapest"] == "hun"
    assert caps["viena"] == "aut" and caps["vienne"] == "aut" and caps["vienna"] == "aut"
    assert caps["le caire"] == "egy" and caps["pekin"] == "chn"
    assert all(name == fold(name) for name in caps)


def test_the_gazetteer_folds_the_adjectives() -> None:
    from ingest.extract.types import GazetteerEntry

    gz = Gazetteer([
        GazetteerEntry("ken", "Kenya", "Government"),
        GazetteerEntry("sen", "Senegal", "Government"),
    ])  # fmt: skip
    assert gz.demonyms["kenyan"] == "ken" and gz.demonyms["senegalaise"] == "sen"
    assert gz.demonyms["kenyanes"] == "ken"
    assert set(gz.demonyms.values()) == {"ken", "sen"}
