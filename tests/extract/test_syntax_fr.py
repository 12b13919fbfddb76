"""The syntax rules on French sentences (ingest/extract/lexicon/fr/words.yaml): for each relation
an active, a passive or nominal, a list, a negated and a hedged or demanded case. The sentences
are written for this test, not taken from any corpus file.

Each case is a text, the relations a careful reader takes from it and those he does not. The
parser (a local CoreNLP server with the French models) starts on the first case (~30 s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer, reference_gazetteer
from ingest.extract.types import Extraction

DATA = Path(__file__).resolve().parents[2] / "data"
GCM = "gcm-compact"
RES = "a-res-73-195"
NBE = "no-borders-to-equality"
EVENT = "gfmd-2017-berlin"

# (type, source, target) or (type, source, target, {property: value})
Rel = tuple[Any, ...]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return reference_gazetteer(DATA)


def case(text: str, present: list[Rel], absent: list[Rel] | None = None, **kw: Any) -> Any:
    return pytest.param(text, present, absent or [], **kw)


def engine_xfail(reason: str) -> Any:
    return pytest.mark.xfail(reason=f"engine: {reason}", strict=True)


WITHDREW = [
    case(
        "La Pologne s'est retirée du Pacte de Marrakech en novembre 2018.",
        [("WITHDREW_FROM", "pol", GCM, {"kind": "withdrew"})],
        id="withdrew-active-se-retirer",
    ),
    case(
        "La Hongrie quitte le Pacte mondial pour des migrations sûres, ordonnées et régulières.",
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-active-quitte",
    ),
    case(
        "Le gouvernement slovaque a annoncé qu'il se désengageait du Pacte de Marrakech.",
        [("WITHDREW_FROM", "svk", GCM)],
        id="withdrew-active-se-desengager",
    ),
    case(
        "La Bulgarie a claqué la porte du Pacte de Marrakech.",
        [("WITHDREW_FROM", "bgr", GCM)],
        id="withdrew-active-claquer-la-porte",
    ),
    case(
        "Le retrait de la Hongrie du Pacte de Marrakech a surpris les diplomates.",
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-nominal",
    ),
    case(
        "L'Autriche, la Bulgarie et la Pologne ont renoncé au Pacte de Marrakech.",
        [("WITHDREW_FROM", s, GCM) for s in ("aut", "bgr", "pol")],
        id="withdrew-list",
    ),
    case(
        "L'Italie ne signera pas le Pacte de Marrakech.",
        [("WITHDREW_FROM", "ita", GCM, {"kind": "will_not_join"})],
        id="withdrew-will-not-sign",
    ),
    case(
        "La Slovénie refuse de signer le Pacte de Marrakech.",
        [("WITHDREW_FROM", "svn", GCM, {"kind": "will_not_join"})],
        id="withdrew-refuses-to-sign",
    ),
    case(
        "La Hongrie n'adhérera pas au Pacte de Marrakech.",
        [("WITHDREW_FROM", "hun", GCM, {"kind": "will_not_join"})],
        id="withdrew-will-not-adhere",
    ),
    case(
        "L'Italie a signé le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "ita", GCM)],
        id="withdrew-not-from-a-signature",
    ),
    case(
        "La Hongrie signerait le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-not-from-a-hedged-signature",
    ),
    case(
        "La Hongrie n'a signé que le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-not-from-ne-que",
    ),
    case(
        "La France ne s'est pas retirée du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "fra", GCM)],
        id="withdrew-negated",
    ),
    case(
        "La Hongrie n'a jamais quitté le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-negated-jamais",
    ),
    case(
        "La Belgique a refusé de se retirer du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "bel", GCM)],
        id="withdrew-refused-to-withdraw",
    ),
    case(
        "Le Chili pourrait quitter le Pacte de Marrakech, selon la presse.",
        [],
        [("WITHDREW_FROM", "chl", GCM)],
        id="withdrew-hedged-pourrait",
    ),
    case(
        "Le Brésil se retirerait du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "bra", GCM)],
        id="withdrew-hedged-conditional",
    ),
    case(
        "La Lettonie envisage de se retirer du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "lva", GCM)],
        id="withdrew-hedged-envisage",
    ),
    case(
        "On s'attend à ce que la Slovaquie se retire du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "svk", GCM)],
        id="withdrew-expected-s-attendre",
    ),
    case(
        "Des ONG ont exhorté la Pologne à se retirer du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "pol", GCM)],
        id="withdrew-demanded-exhorter",
    ),
    case(
        "L'opposition exige que le gouvernement belge se retire du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "bel", GCM)],
        id="withdrew-demanded-exiger-que",
    ),
    case(
        "La Hongrie menace de quitter le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-hedged-menace",
    ),
    case(
        "La Hongrie prévoit de quitter le Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-hedged-prevoit",
    ),
    case(
        "Le Parlement a demandé le retrait de la Hongrie du Pacte de Marrakech.",
        [],
        [("WITHDREW_FROM", "hun", GCM)],
        id="withdrew-demanded-nominal",
    ),
    case(
        "Si l'Estonie se retire du Pacte de Marrakech, d'autres pays suivront.",
        [],
        [("WITHDREW_FROM", "est", GCM)],
        id="withdrew-condition",
    ),
]

MEMBER = [
    case(
        "PICUM a adhéré au WIMN en 2012.",
        [("MEMBER_OF", "picum", "wimn")],
        id="member-active-adherer",
    ),
    case(
        "PICUM fait partie du WIMN.",
        [("MEMBER_OF", "picum", "wimn")],
        id="member-active-faire-partie",
    ),
    case(
        "Le Migrant Forum in Asia a rejoint le WIMN.",
        [("MEMBER_OF", "mfa-asia", "wimn")],
        id="member-active-rejoindre",
    ),
    case(
        "PICUM, membre du WIMN, a publié un rapport.",
        [("MEMBER_OF", "picum", "wimn")],
        id="member-nominal-appos",
    ),
    case(
        "PICUM, December 18 et le Migrant Forum in Asia sont membres de la Global Coalition"
        " on Migration.",
        [("MEMBER_OF", s, "gcm-coalition") for s in ("picum", "december-18", "mfa-asia")],
        id="member-list-copula",
    ),
    case(
        "Le WIMN regroupe PICUM, l'ICMC et December 18.",
        [("MEMBER_OF", s, "wimn") for s in ("picum", "icmc", "december-18")],
        id="member-list-regroupe",
    ),
    case(
        "PICUM n'est pas membre du WIMN.",
        [],
        [("MEMBER_OF", "picum", "wimn")],
        id="member-negated",
    ),
    case(
        "PICUM pourrait adhérer au WIMN.",
        [],
        [("MEMBER_OF", "picum", "wimn")],
        id="member-hedged-pourrait",
    ),
    case(
        "PICUM envisage de rejoindre le WIMN.",
        [],
        [("MEMBER_OF", "picum", "wimn")],
        id="member-hedged-envisage",
    ),
]

SECRETARIAT = [
    case(
        "PICUM héberge le secrétariat du WIMN depuis 2015.",
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-active-heberger",
    ),
    case(
        "PICUM assure le secrétariat du WIMN.",
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-active-assurer",
    ),
    case(
        "Le secrétariat du WIMN est hébergé par PICUM.",
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-passive",
    ),
    case(
        "PICUM et l'ICMC accueillent conjointement le secrétariat du WIMN.",
        [("HOSTS_SECRETARIAT", s, "wimn") for s in ("picum", "icmc")],
        id="secretariat-list",
    ),
    case(
        "PICUM n'héberge plus le secrétariat du WIMN.",
        [],
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-negated",
    ),
    case(
        "PICUM pourrait accueillir le secrétariat du WIMN.",
        [],
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-hedged",
    ),
    case(
        "Les membres ont demandé à PICUM d'héberger le secrétariat du WIMN.",
        [],
        [("HOSTS_SECRETARIAT", "picum", "wimn")],
        id="secretariat-demanded",
    ),
]

SIGNED = [
    case(
        "PICUM a signé No Borders to Equality.",
        [("SIGNED", "picum", NBE)],
        id="signed-active",
    ),
    case(
        "PICUM a cosigné la résolution 73/195.",
        [("SIGNED", "picum", RES)],
        id="signed-active-cosigner",
    ),
    case(
        "No Borders to Equality a été signé par PICUM.",
        [("SIGNED", "picum", NBE)],
        id="signed-passive",
    ),
    case(
        "PICUM, l'ICMC et le WIMN ont signé No Borders to Equality.",
        [("SIGNED", s, NBE) for s in ("picum", "icmc", "wimn")],
        id="signed-list",
    ),
    case(
        "PICUM n'a pas signé No Borders to Equality.",
        [],
        [("SIGNED", "picum", NBE)],
        id="signed-negated",
    ),
    case(
        "PICUM pourrait signer No Borders to Equality.",
        [],
        [("SIGNED", "picum", NBE)],
        id="signed-hedged",
    ),
    case(
        "Le WIMN a exhorté PICUM à signer No Borders to Equality.",
        [],
        [("SIGNED", "picum", NBE), ("SIGNED", "wimn", NBE)],
        id="signed-demanded",
    ),
    case(
        "PICUM a appuyé No Borders to Equality.",
        [("ENDORSED", "picum", NBE)],
        id="endorsed-active-appuyer",
    ),
    case(
        "La déclaration No Borders to Equality est soutenue par PICUM et l'ICMC.",
        [("ENDORSED", s, NBE) for s in ("picum", "icmc")],
        id="endorsed-passive-list",
    ),
    case(
        "PICUM a appuyé la déclaration No Borders to Equality.",
        [("ENDORSED", "picum", NBE)],
        id="endorsed-title-in-apposition",
    ),
    case(
        "PICUM ne soutient pas No Borders to Equality.",
        [],
        [("ENDORSED", "picum", NBE)],
        id="endorsed-negated",
    ),
]

SPOKE = [
    case(
        "Michele LeVoy est intervenue lors du GFMD 2017.",
        [("SPOKE_AT", "michele-levoy", EVENT, {"role": "speaker"})],
        id="spoke-active-intervenir",
    ),
    case(
        "Michele LeVoy a pris la parole au GFMD 2017.",
        [("SPOKE_AT", "michele-levoy", EVENT, {"role": "speaker"})],
        id="spoke-active-prendre-la-parole",
    ),
    case(
        "Le panel du GFMD 2017 a été modéré par Colin Rajah.",
        [("SPOKE_AT", "colin-rajah", EVENT, {"role": "moderator"})],
        id="spoke-passive-moderer",
    ),
    case(
        "La séance du GFMD 2017 a été présidée par Michele LeVoy.",
        [("SPOKE_AT", "michele-levoy", EVENT, {"role": "chair"})],
        id="spoke-passive-presider",
    ),
    case(
        "Michele LeVoy, Colin Rajah et Carolina Gottardo sont intervenus lors du GFMD 2017.",
        [("SPOKE_AT", s, EVENT) for s in ("michele-levoy", "colin-rajah", "carolina-gottardo")],
        id="spoke-list",
    ),
    case(
        "Michele LeVoy n'a pas pris la parole au GFMD 2017.",
        [],
        [("SPOKE_AT", "michele-levoy", EVENT)],
        id="spoke-negated",
    ),
    case(
        "Michele LeVoy devrait intervenir lors du GFMD 2017.",
        [],
        [("SPOKE_AT", "michele-levoy", EVENT)],
        id="spoke-hedged-devrait",
    ),
    case(
        "Michele LeVoy interviendrait lors du GFMD 2017.",
        [],
        [("SPOKE_AT", "michele-levoy", EVENT)],
        id="spoke-hedged-conditional",
    ),
    case(
        "Michele LeVoy interviendra lors du GFMD 2017.",
        [],
        [("SPOKE_AT", "michele-levoy", EVENT)],
        id="spoke-future",
    ),
    case(
        "Les organisateurs ont invité Michele LeVoy à intervenir lors du GFMD 2017.",
        [],
        [("SPOKE_AT", "michele-levoy", EVENT)],
        id="spoke-demanded-invited",
    ),
]

VOTED = [
    case(
        "La Hongrie a voté contre la résolution 73/195.",
        [("VOTED", "hun", RES, {"vote": "no"})],
        id="voted-active-against",
    ),
    case(
        "La France a voté en faveur de la résolution 73/195.",
        [("VOTED", "fra", RES, {"vote": "yes"})],
        id="voted-active-for",
    ),
    case(
        "Le Chili s'est abstenu lors du vote sur la résolution 73/195.",
        [("VOTED", "chl", RES, {"vote": "abstain"})],
        id="voted-abstained",
    ),
    case(
        "La Pologne, la Hongrie et la République tchèque ont voté contre la résolution 73/195.",
        [("VOTED", s, RES, {"vote": "no"}) for s in ("pol", "hun", "cze")],
        id="voted-list",
    ),
    case(
        "La Belgique n'a pas voté contre la résolution 73/195.",
        [],
        [("VOTED", "bel", RES, {"vote": "no"})],
        id="voted-negated",
    ),
    case(
        "L'Italie pourrait voter contre la résolution 73/195.",
        [],
        [("VOTED", "ita", RES)],
        id="voted-hedged",
    ),
]

AFFILIATED = [
    case(
        "Michele LeVoy, directrice de PICUM, a pris la parole.",
        [("AFFILIATED_WITH", "michele-levoy", "picum")],
        id="affiliated-appos",
    ),
    case(
        "Carolina Gottardo est la directrice exécutive de l'ICMC.",
        [("AFFILIATED_WITH", "carolina-gottardo", "icmc")],
        id="affiliated-copula",
    ),
    case(
        "La directrice de PICUM, Michele LeVoy, a pris la parole.",
        [("AFFILIATED_WITH", "michele-levoy", "picum")],
        id="affiliated-title-first",
    ),
    case(
        "Michele LeVoy, porte-parole de PICUM, a pris la parole.",
        [("AFFILIATED_WITH", "michele-levoy", "picum", {"role": "porte-parole"})],
        id="affiliated-porte-parole",
    ),
    case(
        "Michele LeVoy, directrice de PICUM, et Colin Rajah, coordinateur du WIMN, ont pris"
        " la parole.",
        [
            ("AFFILIATED_WITH", "michele-levoy", "picum"),
            ("AFFILIATED_WITH", "colin-rajah", "wimn"),
        ],
        [
            ("AFFILIATED_WITH", "michele-levoy", "wimn"),
            ("AFFILIATED_WITH", "colin-rajah", "picum"),
        ],
        id="affiliated-list",
    ),
    case(
        "Michele LeVoy n'est plus directrice de PICUM.",
        [],
        [("AFFILIATED_WITH", "michele-levoy", "picum")],
        id="affiliated-negated",
    ),
    case(
        "Michele LeVoy pourrait devenir directrice de PICUM.",
        [],
        [("AFFILIATED_WITH", "michele-levoy", "picum")],
        id="affiliated-hedged",
    ),
]


def _matches(extraction: Extraction, rel: Rel) -> bool:
    type_, source, target, *rest = rel
    props = rest[0] if rest else {}
    return any(
        r.type == type_
        and r.source == source
        and r.target == target
        and all(r.properties.get(k) == v for k, v in props.items())
        for r in extraction.relations
    )


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    WITHDREW + MEMBER + SECRETARIAT + SIGNED + SPOKE + VOTED + AFFILIATED,
)
def test_french_sentence(
    gazetteer: Gazetteer, text: str, present: list[Rel], absent: list[Rel]
) -> None:
    extraction = extract_relations(text, gazetteer, language="fr", document_date="2019-01-15")
    got = [(r.type, r.source, r.target, r.properties) for r in extraction.relations]
    for rel in present:
        assert _matches(extraction, rel), f"missing {rel} in {text!r}: {got}"
    for rel in absent:
        assert not _matches(extraction, rel), f"must not be extracted: {rel} in {text!r}"
