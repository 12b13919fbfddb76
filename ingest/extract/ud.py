"""Universal Dependencies parses of sentences, with offsets into the document's own text.

A parser (ingest.extract.parser) fills these; the rules (ingest.extract.syntax) read them. The
labels are UD's, the same in English, Spanish and French, which is what lets one rule serve
every language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

# Branches that start another clause: an argument is looked for inside its own clause only.
CLAUSAL = frozenset(
    {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "conj", "list"}
)


@dataclass(frozen=True)
class Token:
    i: int  # 0-based position in the sentence
    word: str
    lemma: str  # lower case
    upos: str  # universal part of speech
    head: int  # -1 for the root
    deprel: str
    start: int  # offsets into the document text
    end: int
    ner: str = "O"  # the named-entity tagger's class: PER, ORG, LOC, MISC or O


@dataclass
class Sentence:
    tokens: list[Token]
    start: int
    end: int
    _children: list[list[int]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._children = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head >= 0:
                self._children[t.head].append(t.i)

    def children(self, tok: Token, *deprels: str) -> list[Token]:
        """Dependents of tok; with deprels, those whose label is one of them or a subtype
        ("obl" also finds "obl:agent")."""
        out = [self.tokens[k] for k in self._children[tok.i]]
        if not deprels:
            return out
        return [c for c in out if c.deprel in deprels or c.deprel.split(":")[0] in deprels]

    def head(self, tok: Token) -> Token | None:
        return self.tokens[tok.head] if tok.head >= 0 else None

    def ancestors(self, tok: Token) -> Iterator[Token]:
        seen = 0
        cur = self.head(tok)
        while cur is not None and seen < len(self.tokens):
            yield cur
            cur = self.head(cur)
            seen += 1

    def subtree(self, tok: Token, stop: frozenset[str] = frozenset()) -> list[Token]:
        """tok and everything under it, not entering branches whose label is in stop."""
        out = []
        todo = [tok.i]
        while todo:
            k = todo.pop()
            out.append(self.tokens[k])
            for c in self._children[k]:
                if self.tokens[c].deprel not in stop:
                    todo.append(c)
        return sorted(out, key=lambda t: t.i)

    def conjuncts(self, tok: Token) -> list[Token]:
        """tok and the members of its coordination ("A, B and C" -> A, B, C), in order."""
        out = [tok]
        todo = [tok]
        while todo:
            cur = todo.pop()
            for c in self.children(cur, "conj"):
                if c not in out:
                    out.append(c)
                    todo.append(c)
        return sorted(out, key=lambda t: t.i)

    def phrase(self, tok: Token, stop: frozenset[str], trim: frozenset[str]) -> list[Token]:
        """The unbroken run of tok's words (its subtree, not entering `stop` branches; a
        stopped branch in the middle ends the run), without the words at either edge whose
        part of speech is in `trim` ("the", "of"), tok itself always kept."""
        inside = {t.i for t in self.subtree(tok, stop)}
        first = last = tok.i
        while first - 1 in inside or self._glued(first - 1, inside):
            first -= 1
        while last + 1 in inside or self._glued(last + 1, inside):
            last += 1
        run = self.tokens[first : last + 1]
        while run[0] is not tok and run[0].upos in trim:
            run.pop(0)
        while run[-1] is not tok and run[-1].upos in trim:
            run.pop()
        return run

    def _glued(self, i: int, inside: set[int]) -> bool:
        """A hyphen or slash written inside a word ("firewall-free") between two words of
        the run: part of the run, though the parser hangs it apart as punctuation."""
        if not (0 < i < len(self.tokens) - 1) or i - 1 not in inside or i + 1 not in inside:
            return False
        before, mark, after = self.tokens[i - 1], self.tokens[i], self.tokens[i + 1]
        return mark.upos == "PUNCT" and before.end == mark.start and mark.end == after.start

    def span(self, tok: Token, stop: frozenset[str] = CLAUSAL) -> tuple[int, int]:
        toks = self.subtree(tok, stop)
        return toks[0].start, toks[-1].end
