"""Lists announced by a heading (ingest/extract/structure.py), on blocks written for these tests
in English, Spanish and French (no corpus text): sign-on lists, "Name, Title, Organization" and
"Organization (Country)" lines, votes, committees, region sub-headings, and lists that state
nothing (addressees, demands, topics)."""

from __future__ import annotations

import pytest

from ingest.extract import structure
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.patterns.common import Doc, Proto
from ingest.extract.structure import load_words
from tests.extract.conftest import rels, run


def _listed(gz: Gazetteer, text: str, date: str, mp: pytest.MonkeyPatch) -> list[Proto]:
    """What the list structure reads in a text the whole engine runs on (the old pattern
    families may read the same lines too: their readings are theirs)."""
    seen: list[Proto] = []
    real = structure.extract

    def spy(doc: Doc) -> list[Proto]:
        out = real(doc)
        seen.extend(out)
        return out

    mp.setattr(structure, "extract", spy)
    run(gz, text, date)
    return seen


def _pairs(protos: list[Proto], type_: str) -> set[tuple[str, str]]:
    return {(p.source.name, p.target.name) for p in protos if p.type == type_}


def _roles(protos: list[Proto], type_: str) -> set[tuple[str, str, str | None]]:
    return {(p.source.name, p.target.name, p.props.get("role")) for p in protos if p.type == type_}


def test_words_are_data_for_every_language() -> None:
    words = load_words()
    for cue in ("signatories", "firmantes", "signataires", "en contra", "contre", "abstained"):
        assert cue in words.cues
    assert words.cues["firmantes"].relation == "SIGNED"
    assert dict(words.cues["en contra"].props) == {"vote": "no"}
    assert words.cues["destinataires"].relation is None


def test_signatory_list_en(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Open letter on safe harbours\n\n"
        "We ask the ministers to keep every port open to rescue ships.\n\n"
        "Signatories:\n"
        "1. Harbour Rights Collective\n"
        "2. Coastal Aid Network (CAN)\n"
        "3. Lighthouse Legal Centre\n"
    )
    found = _listed(gz, text, "2031-03-04", monkeypatch)
    assert _pairs(found, "SIGNED") == {
        ("Harbour Rights Collective", "Open letter on safe harbours"),
        ("Coastal Aid Network", "Open letter on safe harbours"),
        ("Lighthouse Legal Centre", "Open letter on safe harbours"),
    }
    can = next(p.source for p in found if p.source.name == "Coastal Aid Network")
    assert "CAN" in can.aliases  # the acronym in parentheses names it too


def test_signatory_list_es_organization_country(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Carta abierta sobre los albergues\n\n"
        "Pedimos a las autoridades que protejan a quienes defienden a las personas migrantes.\n\n"
        "Organizaciones firmantes:\n"
        "Colectivo Puerta Abierta (Guatemala)\n"
        "Casa del Caminante Solidario (Honduras)\n"
        "Red Andina de Acogida, Perú\n"
    )
    found = _listed(gz, text, "2031-05-06", monkeypatch)
    title = "Carta abierta sobre los albergues"
    assert _pairs(found, "SIGNED") == {  # the state after each organization is where it is
        ("Colectivo Puerta Abierta", title),
        ("Casa del Caminante Solidario", title),
        ("Red Andina de Acogida", title),
    }


def test_signatory_one_line_fr_and_region_subheadings(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Appel pour des frontières humaines\n\n"
        "Nous demandons la fin des refoulements.\n\n"
        "Signataires :\n"
        "Europe\n"
        "• Collectif Passerelles Solidaires\n"
        "• Association Rives Ouvertes\n"
        "Afrique de l'Ouest :\n"
        "• Maison des Voyageurs de Kayes\n"
    )
    found = _listed(gz, text, "2031-06-07", monkeypatch)
    title = "Appel pour des frontières humaines"
    # the region lines group the list: no signer, no new entity
    assert _pairs(found, "SIGNED") == {
        ("Collectif Passerelles Solidaires", title),
        ("Association Rives Ouvertes", title),
        ("Maison des Voyageurs de Kayes", title),
    }
    one_line = _listed(
        gz,
        "Communiqué sur l'accueil\n\nNous saluons la décision.\n\n"
        "Signataires :\nCollectif Passerelles Solidaires, Association Rives Ouvertes et "
        "Maison des Voyageurs de Kayes\n",
        "2031-06-08",
        monkeypatch,
    )
    assert {name for name, _ in _pairs(one_line, "SIGNED")} == {
        "Collectif Passerelles Solidaires",
        "Association Rives Ouvertes",
        "Maison des Voyageurs de Kayes",
    }


def test_name_title_organization_lines(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Statement on detention of children\n\n"
        "No child should be held in immigration detention.\n\n"
        "Endorsed by:\n"
        "- Amara Whitfield, Policy Director, Harbour Rights Collective\n"
        "- Dr. Tomasz Brenner, Senior Researcher, Lighthouse Legal Centre\n"
    )
    found = _listed(gz, text, "2031-07-08", monkeypatch)
    title = "Statement on detention of children"
    assert _pairs(found, "ENDORSED") == {("Amara Whitfield", title), ("Tomasz Brenner", title)}
    assert _roles(found, "AFFILIATED_WITH") == {
        ("Amara Whitfield", "Harbour Rights Collective", "Policy Director"),
        ("Tomasz Brenner", "Lighthouse Legal Centre", "Senior Researcher"),
    }


def test_name_title_of_organization_fr_speakers(
    gz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Rencontre « Voies sûres pour tous »\n\n"
        "Compte rendu de la rencontre tenue à Lyon.\n\n"
        "Intervenants :\n"
        "• Madame Lucie Ferrand, coordinatrice du Collectif Passerelles Solidaires ;\n"
        "• Monsieur Karim Oudjani, président de l'Association Rives Ouvertes.\n"
    )
    found = _listed(gz, text, "2031-09-10", monkeypatch)
    assert _roles(found, "SPOKE_AT") == {  # the courtesy titles are no part of the names
        ("Lucie Ferrand", "Voies sûres pour tous", "speaker"),
        ("Karim Oudjani", "Voies sûres pour tous", "speaker"),
    }
    assert _roles(found, "AFFILIATED_WITH") == {
        ("Lucie Ferrand", "Collectif Passerelles Solidaires", "coordinatrice"),
        ("Karim Oudjani", "Association Rives Ouvertes", "président"),
    }


def test_vote_blocks_en_fr_es(gz: Gazetteer) -> None:
    en = run(
        gz,
        "Recorded vote on the Global Compact for Safe, Orderly and Regular Migration\n\n"
        "Countries voting against (3):\nHungary\nIsrael\nPoland\n\n"
        "Countries that abstained (2):\nAustria\nItaly\n",
        "2031-12-19",
    )
    votes = {(r.source, r.properties["vote"]) for r in en.relations if r.type == "VOTED"}
    assert votes == {
        ("hun", "no"), ("isr", "no"), ("pol", "no"), ("aut", "abstain"), ("ita", "abstain"),
    }  # fmt: skip
    fr = run(
        gz,
        "Vote sur le Pacte mondial pour des migrations sûres, ordonnées et régulières\n\n"
        "Pays ayant voté contre (2) :\nHongrie\nPologne\n\n"
        "Pays s'étant abstenus (1) :\nAutriche\n",
        "2031-12-20",
    )
    votes = {(r.source, r.properties["vote"]) for r in fr.relations if r.type == "VOTED"}
    assert votes == {("hun", "no"), ("pol", "no"), ("aut", "abstain")}
    es = run(
        gz,
        "Votación del Pacto Mundial para una Migración Segura, Ordenada y Regular\n\n"
        "En contra (2): Hungría, Polonia\nAbstenciones (1): Austria\nAusentes: Eslovaquia\n",
        "2031-12-21",
    )
    votes = {(r.source, r.properties["vote"]) for r in es.relations if r.type == "VOTED"}
    assert votes == {("hun", "no"), ("pol", "no"), ("aut", "abstain")}  # absent: no vote


def test_committee_members_with_roles(gz: Gazetteer) -> None:
    text = (
        "Harbour Rights Collective\n\n"
        "Harbour Rights Collective is a network of groups that defend people at sea.\n\n"
        "Steering committee:\n"
        "- Coastal Aid Network\n"
        "- Lighthouse Legal Centre\n"
    )
    x = run(gz, text, "2031-02-03")
    members = {
        (r.source, r.target, r.properties.get("role")) for r in x.relations if r.type == "MEMBER_OF"
    }
    names = {e.key: e.name for e in x.entities}
    assert {(names[s], names[t], role) for s, t, role in members} == {
        ("Coastal Aid Network", "Harbour Rights Collective", "steering committee"),
        ("Lighthouse Legal Centre", "Harbour Rights Collective", "steering committee"),
    }
    es = run(
        gz,
        "Red Andina de Acogida\n\nLa Red Andina de Acogida reúne a albergues de la región.\n\n"
        "Organizaciones miembro:\nColectivo Puerta Abierta\nCasa del Caminante Solidario\n",
        "2031-02-04",
    )
    names = {e.key: e.name for e in es.entities}
    assert {(names[r.source], names[r.target]) for r in es.relations if r.type == "MEMBER_OF"} == {
        ("Colectivo Puerta Abierta", "Red Andina de Acogida"),
        ("Casa del Caminante Solidario", "Red Andina de Acogida"),
    }


def test_addressees_sign_nothing(gz: Gazetteer) -> None:
    for text in (
        "Letter on rescue at sea\n\nTo:\nCoastal Aid Network\nLighthouse Legal Centre\n\n"
        "We write to ask for your support.\n",
        "Carta sobre los albergues\n\nA la atención de:\nColectivo Puerta Abierta\n"
        "Casa del Caminante Solidario\n\nLes escribimos para pedir su apoyo.\n",
        "Lettre sur l'accueil\n\nDestinataires :\nCollectif Passerelles Solidaires\n"
        "Association Rives Ouvertes\n\nNous vous écrivons pour demander votre soutien.\n",
    ):
        x = run(gz, text, "2031-04-05")
        assert not rels(x, "SIGNED") and not rels(x, "ENDORSED"), text


def test_demands_and_topics_state_nothing(gz: Gazetteer) -> None:
    demands = run(
        gz,
        "Open letter on safe harbours\n\nThe signatory organisations call on:\n"
        "- the ministers to keep every port open to rescue ships;\n"
        "- the regional authorities to fund reception centres.\n",
        "2031-03-04",
    )
    assert not demands.relations
    topics_text = (
        "Annual meeting of the network\n\nThe meeting will look at the year ahead.\n\nTopics:\n"
        "• Safe and legal pathways\n"
        "• Reception in small towns\n"
        "• Seasonal work and fair pay\n"
    )
    topics = run(gz, topics_text, "2031-03-05")
    assert not topics.relations
    listed = topics_text.index("Topics:")
    assert not [e for e in topics.entities for m in e.mentions if m.start > listed]


def test_opening_sentence_names_the_signers(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Solicitud sobre los albergues\n\n"
        "Nos dirigimos a usted el Colectivo Puerta Abierta, la Casa del Caminante Solidario y "
        "la Red Andina de Acogida.\n\n"
        "Pedimos que se proteja a quienes defienden a las personas migrantes.\n"
    )
    found = _listed(gz, text, "2031-08-09", monkeypatch)
    title = "Solicitud sobre los albergues"
    assert _pairs(found, "SIGNED") == {
        ("Colectivo Puerta Abierta", title),
        ("Casa del Caminante Solidario", title),
        ("Red Andina de Acogida", title),
    }
