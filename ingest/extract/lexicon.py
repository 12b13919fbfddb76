"""The multilingual word lists the patterns share (folded: lower case, no accents).

Kept in one place so that adding a language or a synonym is one edit. Everything here is
matched against fold(text), never against the original.
"""

from __future__ import annotations

import re


def alt(words: str) -> str:
    """A regex alternation of |-separated phrases, longest first (spaces match any space)."""
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + ")"


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words of a string (long lists stay readable)."""
    return frozenset(words.split())


ORG_KEYWORDS = word_set(
    "network networks alliance coalition council foundation federation committee commission "
    "centre center institute association union service services forum platform movement "
    "organization organisation agency office church league society trust fund project "
    "collective partnership caucus congress confederation solidarity watch initiative "
    "amnesty sisters brothers friends services cooperative workers red alianza coalicion "
    "consejo fundacion federacion comite comision centro instituto asociacion servicio foro "
    "plataforma movimiento organizacion agencia oficina iglesia colectivo sindicato "
    "confederacion pastoral observatorio defensoria conferencia reseau conseil fondation "
    "institut plateforme mouvement agence bureau eglise collectif syndicat ligue observatoire "
    "secours party partido parti alcaldia ayuntamiento municipalidad mairie municipalite "
    "municipio municipality ministry ministerio ministere prefecture prefectura gobernacion "
    "group grupo groupe clinic clinica shelter albergue university universidad "
    "universite"
)
# A publication a body puts out under its own name ("X Network Newsletter", "Boletín de la
# Red X"): the word is no part of the body's name.
PUBLICATION_WORDS = word_set(
    "newsletter newsletters bulletin bulletins digest update updates magazine review "
    "boletin boletines revista gaceta lettre infolettre"
)
# "International" names an organization only near the end ("Refugees International").
TAIL_ORG_KEYWORDS = {"international", "internacional", "internationale", "alliance"}
# Words that name an organization only as a name's first word ("Mesa Nacional de X",
# "Casa del Migrante de Y"), never as a surname ("Ana Mesa") nor in a meeting's name ("Mesa
# Redonda sobre X", "Mesa de diálogo": a meeting's word wins).
HEAD_ORG_KEYWORDS = {"mesa", "casa", "coordination", "maison"}
EVENT_KEYWORDS = word_set(
    "summit conference seminar workshop meeting dialogue consultation consultations hearing "
    "tribunal march week day festival session sessions roundtable webinar celebration "
    "assembly cumbre conferencia seminario taller reunion dialogo consulta audiencia marcha "
    "semana dia sesion encuentro foro sommet conference seminaire atelier reunion rencontre "
    "dialogue audience marche semaine journee session colloque caravan caravana caravane vigil "
    "vigilia veillee conversatorio webinario webinaire redonda ronde"
)
_ROLE_PHRASES = (
    "executive director|director|directora|directeur|directrice|deputy director|managing director|"
    "regional director|national director|programme director|program director|policy director|"
    "coordinator|coordinador|coordinadora|coordinateur|coordinatrice|coordonnateur|"
    "international coordinator|regional coordinator|national coordinator|general coordinator|"
    "president|presidente|presidenta|presidente de la republica|vice-president|vicepresidente|"
    "chair|chairperson|chairman|chairwoman|co-chair|ceo|chief executive officer|chief executive|"
    "secretary-general|secretary general|assistant secretary-general|deputy secretary-general|"
    "under-secretary-general|secretario general|secretaria general|secretaire general|"
    "secretaire generale|spokesperson|spokesman|spokeswoman|portavoz|porte-parole|"
    "senior advisor|senior adviser|advisor|adviser|asesor|asesora|conseiller|conseillere|"
    "policy officer|programme officer|program officer|officer|manager|programme manager|"
    "founder|co-founder|fundador|fundadora|fondateur|fondatrice|head|jefe|jefa|chef|"
    "representative|representante|representant|representante permanente|"
    "permanent representative|permanent observer|ambassador|embajador|embajadora|ambassadeur|"
    "ambassadrice|minister|ministro|ministra|ministre|prime minister|premier ministre|"
    "vice-premier ministre|vice-prime minister|deputy prime minister|foreign minister|"
    "minister of foreign affairs|interior minister|canciller|chancellor|treasurer|tesorero|"
    "tesorera|tresorier|tresoriere|secretary|secretario|secretaria|attorney|lawyer|abogado|"
    "abogada|avocat|avocate|public defender|researcher|investigador|investigadora|chercheur|"
    "chercheuse|professor|profesor|profesora|professeur|organizer|organiser|campaigner|"
    "activist|activista|militant|militante|special rapporteur|relator especial|"
    "rapporteur special|high commissioner|alto comisionado|haut-commissaire|commissioner|"
    "board member|delegate|delegado|delegada|delegue|deleguee|leader|lider|dirigente|"
    "general secretary|senior fellow|fellow|legal director|advocacy director|coordinador general"
)
ROLE = alt(_ROLE_PHRASES)
# every word of a role (folded): a text without one of them holds no role
ROLE_WORDS = frozenset(re.findall(r"[a-z]+", _ROLE_PHRASES))
GOV_ROLE = alt(
    "president|presidente|presidenta|prime minister|premier ministre|vice-premier ministre|"
    "deputy prime minister|minister|ministro|ministra|ministre|foreign minister|canciller|"
    "chancellor|chancelier|head of state|head of government|jefe de estado|jefe de gobierno|"
    "chef de l'etat|chef du gouvernement|secretary of state|secretario de estado|"
    "interior minister|ministro del interior|ministre de l'interieur|vice-president|"
    "vicepresidente|vice-presidente|ambassador|embajador|ambassadeur"
)
HONORIFIC = r"(?:H\.\s?E\.\s+)?(?:Mr|Ms|Mrs|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|M|Me|Sir|Dame|Rev|Fr)\.?"
HEDGE = alt(
    "probably|possibly|perhaps|maybe|may|might|could|likely|unlikely|reportedly|rumoured|"
    "rumored|expected to|is said to|would consider|considering|threatens to|threatened to|"
    "probablemente|posiblemente|quizas|quiza|tal vez|podria|podrian|puede que|"
    "se espera que|estaria considerando|amenaza con|probablement|peut-etre|pourrait|"
    "pourraient|envisagerait|envisage de|menace de|serait en train"
)
NEGATION = alt("not|no|never|n't|nunca|jamas|ne|n'|pas|jamais|ni")
STATE_NOUN = alt(
    "governments|government|administration|authorities|cabinet|executive|gobiernos|gobierno|"
    "administracion|autoridades|ejecutivo|gabinete|gouvernements|gouvernement|autorites|executif"
)
LIST_SEP = r"(?:\s*(?:,|;|/|\band\b|\bet\b|\by\b|\be\b|&|\bas well as\b|\bainsi que\b|"
LIST_SEP += r"\bas\s+well\s+as\b|\bas also\b|\bamong them\b|\bincluding\b)\s*)+"
CONJ = r"(?:and|et|y|e|as well as|ainsi que|&)"
# Event-name words of ES / FR (and English variants) -> one English form, so that "Foro Social
# Mundial de las Migraciones" and "World Social Forum on Migration" share their words.
EVENT_WORD_EN = {
    "foro": "forum", "mundial": "world", "mondial": "world", "mondiale": "world",
    "migraciones": "migration", "migracion": "migration", "migrations": "migration",
    "migrantes": "migrants", "migrant": "migrants", "cumbre": "summit", "sommet": "summit",
    "conferencia": "conference", "dialogo": "dialogue", "consulta": "consultation",
    "consultas": "consultation", "consultations": "consultation", "seminario": "seminar",
    "seminaire": "seminar", "taller": "workshop", "atelier": "workshop", "reunion": "meeting",
    "encuentro": "meeting", "rencontre": "meeting", "derechos": "rights", "droits": "rights",
    "humanos": "human", "humains": "human", "desarrollo": "development",
    "developpement": "development", "sociale": "social", "pueblos": "peoples",
    "peuples": "peoples", "people": "peoples", "accion": "action", "internacional": "international",
    "internationale": "international", "refugiados": "refugees", "refugies": "refugees",
    "jornada": "day", "journee": "day", "dia": "day", "semana": "week", "semaine": "week",
    "marcha": "march", "marche": "march", "sesion": "session", "sessions": "session",
    "asamblea": "assembly", "assemblee": "assembly", "naciones": "nations", "unidas": "united",
    "unies": "united", "generale": "general", "intergubernamental": "intergovernmental",
    "intergouvernementale": "intergovernmental", "intergouvernemental": "intergovernmental",
    "mundo": "world", "fronteras": "borders", "frontieres": "borders",
}  # fmt: skip
