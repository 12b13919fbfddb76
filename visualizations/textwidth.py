"""How wide a label is in the page, before the page draws it: the advance of each character of
the page's label font (system-ui falling back to DejaVu Sans, weight 600, as Debian's Chromium
draws it; measured with canvas measureText at 100 px), in em."""

from __future__ import annotations

import unicodedata

# fmt: off
EM: dict[str, float] = {
    " ": 0.348, "!": 0.456, '"': 0.521, "#": 0.838, "$": 0.696, "%": 1.002, "&": 0.872,
    "'": 0.306, "(": 0.457, ")": 0.457, "*": 0.523, "+": 0.838, ",": 0.38, "-": 0.415,
    ".": 0.38, "/": 0.365, ":": 0.4, ";": 0.4, "<": 0.838, "=": 0.838, ">": 0.838, "?": 0.58,
    "@": 1.0, "[": 0.457, "\\": 0.365, "]": 0.457, "^": 0.838, "_": 0.5, "`": 0.5,
    "{": 0.712, "|": 0.365, "}": 0.712, "~": 0.838,
    "A": 0.774, "B": 0.762, "C": 0.734, "D": 0.83, "E": 0.683, "F": 0.683, "G": 0.821,
    "H": 0.837, "I": 0.372, "J": 0.372, "K": 0.775, "L": 0.637, "M": 0.995, "N": 0.837,
    "O": 0.85, "P": 0.733, "Q": 0.85, "R": 0.77, "S": 0.72, "T": 0.682, "U": 0.812, "V": 0.774,
    "W": 1.103, "X": 0.771, "Y": 0.724, "Z": 0.725,
    "a": 0.675, "b": 0.716, "c": 0.593, "d": 0.716, "e": 0.678, "f": 0.435, "g": 0.716,
    "h": 0.712, "i": 0.343, "j": 0.343, "k": 0.665, "l": 0.343, "m": 1.042, "n": 0.712,
    "o": 0.687, "p": 0.716, "q": 0.716, "r": 0.493, "s": 0.595, "t": 0.478, "u": 0.712,
    "v": 0.652, "w": 0.924, "x": 0.645, "y": 0.652, "z": 0.582,
    "\u2026": 1.0, "\u2019": 0.38, "\u2018": 0.38, "\u201c": 0.657, "\u201d": 0.657,
    "\u2013": 0.5, "\u2014": 1.0, "\u00b7": 0.38,
}
# fmt: on
DIGIT_EM = 0.696
WIDE_EM = 1.0  # CJK and other wide characters
OTHER_EM = 0.75  # anything else not measured: a little wider than an average letter
LINE = 1.2  # line height, in em (client.py: LINE)


def char_em(char: str) -> float:
    if char in EM:
        return EM[char]
    if char.isdigit():
        return DIGIT_EM
    if unicodedata.combining(char):
        return 0.0
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE_EM
    base = unicodedata.normalize("NFD", char)[:1]  # an accented letter: as wide as its letter
    if base != char and base in EM:
        return EM[base]
    return OTHER_EM


def text_width(text: str, px: float) -> float:
    """The widest line of `text`, in screen pixels at `px` (no kerning: a little generous)."""
    return max((sum(char_em(c) for c in line) for line in text.split("\n")), default=0.0) * px


def text_box(text: str, px: float) -> tuple[float, float]:
    """(width, height) of `text` as the page draws it: its lines LINE em apart."""
    return text_width(text, px), len(text.split("\n")) * px * LINE


def halves(text: str) -> str | None:
    """A one-line label on two lines, broken at the space or ellipsis nearest its middle (as
    the page does, client.py: halves), or None when it cannot be broken."""
    if "\n" in text:
        return None
    best, mid = -1, len(text) / 2
    for i in range(1, len(text) - 1):
        if (text[i] == " " or text[i - 1] == "\u2026") and (
            best < 0 or abs(i - mid) < abs(best - mid)
        ):
            best = i
    if best < 0:
        return None
    return text[:best].strip() + "\n" + text[best:].strip()
