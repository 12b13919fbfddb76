"""Room for every label in a small view: nodes and their labels placed together, at zoom 1, in
the frame the page fits in a 1920x1080 window.

The page draws each label at a fixed size in screen pixels beside its node (client.py: right,
left, below, above, or at a corner: SLOTS) and never on another label or node. Here the nodes
are placed one at a time, the most linked first, each at the free spot nearest to where the
force layout wanted it (moved as far as its placed neighbours were): free when its shape, its
label at one of the slots (on one line, or the same words on two) and the words on its lines
("opposes") lie inside the frame and on nothing placed before (a grid of 2-pixel cells kept as a
summed-area table: four look-ups a box), the spot clear of lines first (it on no line, no line
of it through a node), the label rather off lines. Lines that still run through a node are then
bent as vis-network draws them, their words kept free. The page tries each node's slot first, so
at 1920x1080 every label finds the place kept for it.

numpy; meant for views of up to a few hundred nodes (layout.DECLUTTER_LIMIT).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int_]
Spot = tuple[Array, int, bool]  # a node's centre, its label's slot, the label on two lines

# The spots the page tries around a node (client.py: spot), in its order: the label's top-left
# corner is (x + AX*gap + BX*w, y + AY*gap + BY*h), gap = the node's radius + GAP.
SLOTS = (
    "right",
    "left",
    "below",
    "above",
    "below-right",
    "below-left",
    "above-right",
    "above-left",
)
AX = np.array([1.0, -1.0, 0.0, 0.0, 0.7, -0.7, 0.7, -0.7])
BX = np.array([0.0, -1.0, -0.5, -0.5, 0.0, -1.0, 0.0, -1.0])
AY = np.array([0.0, 0.0, 1.0, -1.0, 0.7, 0.7, -0.7, -0.7])
BY = np.array([-0.5, -0.5, 0.0, -1.0, 0.0, 0.0, -1.0, -1.0])
AX2, BX2, AY2, BY2 = (np.tile(a, 2) for a in (AX, BX, AY, BY))  # one line, then two
GAP = 3.0  # screen pixels between a node's shape and its label (client.py: r + 3)
PAD = 2.0 + 1.5  # the page's padding around a label box (PAD), and a little more to be sure
TAG_GAP = 5.0  # a word on a line is drawn just below the line's middle (a spot with r = 2)
LINE_CLEARANCE = 8.0  # screen pixels between a line and a node it does not touch
# A little preference among equally free spots: beside the node first, one line before two.
SLOT_COST = np.array([0.0, 0.0, 2.0, 2.0, 4.0, 4.0, 4.0, 4.0])
TWO_LINES_COST = 3.0


@dataclass(frozen=True)
class Footprint:
    """A node's shape and its label, in screen pixels at zoom 1."""

    radius: float
    one: tuple[float, float]  # the label's box (width, height) as the page tries it first
    two: tuple[float, float] | None = None  # the same words on two lines, if they break


@dataclass(frozen=True)
class Tag:
    """A word written on the line from node a to node b ("opposes"), its box (width, height);
    bend: the line's curve as vis-network draws it (roundness, > 0 curvedCW, < 0 curvedCCW)."""

    a: int
    b: int
    width: float
    height: float
    bend: float = 0.0
    line: int = -1  # which of make_room's lines it is written on


@dataclass(frozen=True)
class Room:
    positions: Array  # node centres, inside (0, 0) - frame
    slots: Ints  # index into SLOTS, for each node
    two_lines: npt.NDArray[np.bool_]  # the label on two lines
    overlaps: int  # pairs of boxes (labels, nodes, words on lines) still touching: 0 is the aim
    crossings: int  # (line, node) pairs where a line still runs through a node it does not touch
    bends: list[float]  # each line's bend (see Tag), after bending lines off nodes


def make_room(
    pos: Array,
    prints: list[Footprint],
    pairs: Ints,
    tags: list[Tag],
    frame: tuple[float, float],
    order: Ints | None = None,
    curves: list[tuple[int, int, float]] | None = None,
    anchor: Ints | None = None,
) -> Room:
    """Place the nodes one at a time (order: the given one, else the most linked first), each at
    the free spot nearest where the force layout wanted it (moved as its placed neighbours were
    moved), with its label at the free slot that costs least; see the module's docstring.

    curves: every line as the page draws it, (from, to, bend) (several may join the same two
    nodes, bent apart); a line that still runs through a node it does not touch is bent (as the
    page would, more and more) until it passes clear, its word (if any) kept free. anchor: for
    each node, the node its group gathers around (itself if none): a member follows its anchor
    as it follows its placed neighbours."""
    n = len(pos)
    frame_arr = np.array(frame, dtype=float)
    want = np.clip(pos.astype(float), 0.0, frame_arr)
    radius = np.array([p.radius for p in prints], dtype=float)
    forms = np.array([[p.one, p.two or p.one] for p in prints], dtype=float).reshape(n, 2, 2)
    breaks = np.array([p.two is not None for p in prints])
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(src.tolist(), dst.tolist(), strict=True):
        neighbours[a].append(b)
        neighbours[b].append(a)
    tags_of: list[list[Tag]] = [[] for _ in range(n)]
    for tag in tags:
        tags_of[tag.a].append(tag)
        tags_of[tag.b].append(tag)
    if order is None:
        degree = np.array([len(x) for x in neighbours])
        order = np.lexsort((np.arange(n), -degree))
    gx, gy = np.meshgrid(
        np.arange(FAR_STEP / 2, frame_arr[0], FAR_STEP),
        np.arange(FAR_STEP / 2, frame_arr[1], FAR_STEP),
    )
    far = np.column_stack([gx.ravel(), gy.ravel()])
    boxes = _Occupancy(frame_arr, CELL)  # shapes, labels, words on lines
    lines = _Occupancy(frame_arr, LINE_CELL)  # lines drawn so far: labels would rather avoid them
    placed = np.zeros(n, dtype=bool)
    at = want.copy()
    slot = np.zeros(n, dtype=int)
    two = np.zeros(n, dtype=bool)
    option_cost = np.concatenate([SLOT_COST, SLOT_COST + TWO_LINES_COST])
    overlaps = 0

    def occupy(v: int, times: int) -> None:
        """Its shape, its label and the words on its lines to placed nodes (times -1: off)."""
        boxes.add(_square(at[v], radius[v]), times)
        boxes.add(_label(at[v], radius[v], forms[v, int(two[v])], slot[v]), times)
        for tag in tags_of[v]:
            if placed[tag.a] and placed[tag.b]:
                boxes.add(_tag_box(at[tag.a], at[tag.b], tag), times)

    for v in order.tolist():
        done = [u for u in neighbours[v] if placed[u]]
        follow = [*done, int(anchor[v])] if anchor is not None and placed[anchor[v]] else done
        target = want[v] + (np.mean(at[follow] - want[follow], axis=0) if follow else 0.0)
        target = np.clip(target, 0.0, frame_arr)
        found, fallback, reach, least = None, None, np.inf, 0
        for batch in _candidates(target, radius[v], frame_arr, far):
            if np.hypot(*(batch[0] - target)) > reach:
                break
            best = _best(
                v, target, batch, radius, forms, breaks, option_cost, frame_arr, boxes,
                lines, at, placed, done, tags_of[v], src, dst,
            )  # fmt: skip
            if best is None:
                continue
            found, free, conflicts = best
            if found is not None:
                break
            if fallback is None:  # free but on a line: look a little further for better
                reach = np.hypot(*(free[0] - target)) + DETOUR
            if fallback is None or conflicts < least:  # else the one on fewest lines
                fallback, least = free, conflicts
        found = found or fallback
        if found is None:  # no free spot anywhere: where it was wanted, counted
            found = (np.clip(target, radius[v], frame_arr - radius[v]), 0, False)
            overlaps += 1
        at[v], slot[v], two[v] = found
        placed[v] = True
        occupy(v, 1)
        for u in done:
            lines.add_line(at[u], at[v])
    if curves is None:
        curves = [(int(a), int(b), 0.0) for a, b in zip(src, dst, strict=True)]
    bends, crossings = _bend_lines(at, radius, curves, tags, boxes, frame_arr)
    return Room(at, slot, two, overlaps, crossings, bends)


# the bends tried, finer than the page's own (client.py: clearLines), which small views skip
ROUNDNESS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
CURVE_T = np.arange(0.04, 0.97, 0.04)[:, None]


def _curve(start: Array, end: Array, bend: float) -> Array:
    """Points along a line as vis-network draws it (straight, or its quadratic curve)."""
    if not bend:
        straight: Array = start + CURVE_T * (end - start)
        return straight
    via = _via(start, end, bend)
    t = CURVE_T
    curve: Array = (1 - t) ** 2 * start + 2 * t * (1 - t) * via + t**2 * end
    return curve


def _via(start: Array, end: Array, bend: float) -> Array:
    """The control point of a curvedCW (bend > 0) or curvedCCW line, as vis-network 9.1.2 sets
    it (BezierEdgeStatic._getViaCoordinates), for start, end (..., 2)."""
    roundness = abs(bend)
    dx = end[..., 0] - start[..., 0]
    dy = start[..., 1] - end[..., 1]
    reach = (0.5 * roundness + 0.5) * np.hypot(dx, dy)
    turn = 0.5 * roundness + 0.5 if bend > 0 else 0.5 - 0.5 * roundness
    angle = np.mod(np.arctan2(dy, dx) + turn * math.pi, 2 * math.pi)
    via: Array = np.stack(
        [start[..., 0] + reach * np.sin(angle), start[..., 1] + reach * np.cos(angle)], axis=-1
    )
    return via


def _through(at: Array, radius: Array, a: int, b: int, bend: float) -> bool:
    """Whether the line from a to b runs through a node other than its ends (within the
    clearance the page checks, client.py: clearLines, and a pixel more)."""
    points = _curve(at[a], at[b], bend)
    reach = radius + CURVE_CLEARANCE
    dx = points[:, 0, None] - at[None, :, 0]
    dy = points[:, 1, None] - at[None, :, 1]
    hit = dx * dx + dy * dy < reach[None, :] ** 2
    hit[:, [a, b]] = False
    return bool(hit.any())


CURVE_CLEARANCE = 5.0


def _bend_lines(
    at: Array,
    radius: Array,
    curves: list[tuple[int, int, float]],
    tags: list[Tag],
    boxes: _Occupancy,
    frame: Array,
) -> tuple[list[float], int]:
    """Each line through a node it does not touch bent, the page's way (a line already bent
    keeps its side), until it passes clear, inside the frame; a word on a bent line moves with its
    middle and must stay free. The bends, and how many lines still run through a node."""
    bends = [bend for _, _, bend in curves]
    still = 0
    for k, (a, b, bend) in enumerate(curves):
        if not _through(at, radius, a, b, bend):
            continue
        words = [t for t in tags if t.line == k]
        sides = (1.0, -1.0) if not bend else (math.copysign(1.0, bend),)
        tries = [side * r for r in ROUNDNESS for side in sides if r > abs(bend)]
        for word in words:
            boxes.add(_tag_box(at[word.a], at[word.b], word), -1)
        for bent in tries:
            curve = _curve(at[a], at[b], bent)
            if _through(at, radius, a, b, bent) or not (
                (curve >= 0).all() and (curve <= frame).all()
            ):  # clear of nodes, and inside the window
                continue
            moved = [_tag_box(at[w.a], at[w.b], replace(w, bend=bent)) for w in words]
            if any(boxes.count(box) > 0 or not _inside(box, frame) for box in moved):
                continue
            bends[k] = bent
            break
        else:
            still += 1
        for word in words:
            boxes.add(_tag_box(at[word.a], at[word.b], replace(word, bend=bends[k])))
    return bends, still


CELL = 2.0  # pixels a cell of the grid of shapes and boxes
LINE_CELL = 6.0  # and of the coarser grid of lines
FIRST_BATCH = 128  # candidate spots tried at once, nearest first (then 4 times more)
FAR_BATCH = 4096
LINE_COST = 4.0  # per cell of a line under a label: a label would rather not sit on lines
DETOUR = 240.0  # pixels further a node may go to stay off lines (else it sits on one)
TOP = 48  # the cheapest free options checked against lines


def _lattice(step: float, reach: float, start: float = 0.0) -> Array:
    """Offsets on a square lattice within `reach`, nearest first."""
    k = int(reach // step)
    grid = np.arange(-k, k + 1) * step
    dx, dy = np.meshgrid(grid, grid)
    offsets = np.column_stack([dx.ravel(), dy.ravel()])
    dist = np.hypot(offsets[:, 0], offsets[:, 1])
    keep = (dist <= reach) & (dist >= start)
    chosen: Array = offsets[keep][np.argsort(dist[keep], kind="stable")]
    return chosen


NEAR_REACH = 240.0
# spots near where a node is wanted: finely close to it, a little coarser further
NEAR = np.vstack([_lattice(4.0, 80.0), _lattice(7.0, NEAR_REACH, start=80.0)])
FAR_STEP = 9.0  # then anywhere in the frame, coarsely


def _candidates(target: Array, r: float, frame: Array, far: Array) -> Iterator[Array]:
    """Spots for a node of radius r wanted at target, nearest first, in batches growing four
    times each: finely near it, then coarsely further (far: a lattice over the whole frame),
    all with the shape inside the frame."""

    def inside(spots: Array) -> Array:
        x, y = spots[:, 0], spots[:, 1]
        chosen: Array = spots[(x >= r) & (y >= r) & (x <= frame[0] - r) & (y <= frame[1] - r)]
        return chosen

    start, size = 0, FIRST_BATCH
    while start < len(NEAR):
        batch = inside(target + NEAR[start : start + size])
        start, size = start + size, size * 4
        if len(batch):
            yield batch
    away = far[np.hypot(far[:, 0] - target[0], far[:, 1] - target[1]) > NEAR_REACH]
    away = inside(away[np.argsort(np.hypot(away[:, 0] - target[0], away[:, 1] - target[1]))])
    for start in range(0, len(away), FAR_BATCH):
        yield away[start : start + FAR_BATCH]


class _Occupancy:
    """A grid of `cell`-pixel cells over the frame counting what covers each, kept as its summed
    area table: whether a box touches anything is four look-ups. Boxes are rounded outwards to
    whole cells (boxes that only share an edge do not touch)."""

    def __init__(self, frame: Array, cell: float) -> None:
        self.cell = cell
        self.cols = math.ceil(frame[0] / cell)
        self.rows = math.ceil(frame[1] / cell)
        self.table = np.zeros((self.rows + 1, self.cols + 1), dtype=np.int32)
        self.flat = self.table.reshape(-1)  # the same memory, for one-index look-ups
        self.lines = np.zeros((self.rows, self.cols), dtype=np.int32)
        self.dirty = False
        self.bounds = np.array([self.cols, self.rows, self.cols, self.rows], dtype=float)

    def _cells(self, box: Array) -> tuple[Ints, Ints, Ints, Ints]:
        # clipped to the grid first: then a cast floors, and the far edge is rounded up
        scaled = np.clip(box * (1.0 / self.cell), 0.0, self.bounds)
        low = scaled[..., :2].astype(np.intp)
        high = np.ceil(scaled[..., 2:]).astype(np.intp)
        return low[..., 1], low[..., 0], high[..., 1], high[..., 0]

    def add(self, box: Array, times: int = 1) -> None:
        """Cover a box (times < 0: uncover it): the table grows by the box's share of each
        prefix rectangle (rows inside the box by a part, rows below it by the whole)."""
        i0, j0, i1, j1 = (int(x) for x in self._cells(box))
        if i1 <= i0 or j1 <= j0:
            return
        across = np.minimum(np.arange(1, self.cols - j0 + 1, dtype=np.int32), j1 - j0) * times
        down = np.arange(1, i1 - i0 + 1, dtype=np.int32)
        self.table[i0 + 1 : i1 + 1, j0 + 1 :] += down[:, None] * across[None, :]
        self.table[i1 + 1 :, j0 + 1 :] += (i1 - i0) * across[None, :]

    def add_line(self, a: Array, b: Array) -> None:
        steps = int(np.hypot(*(b - a)) // self.cell) * 2 + 2
        points = a + np.linspace(0.0, 1.0, steps)[:, None] * (b - a)
        j = np.clip((points[:, 0] // self.cell).astype(int), 0, self.cols - 1)
        i = np.clip((points[:, 1] // self.cell).astype(int), 0, self.rows - 1)
        self.lines.reshape(-1)[np.unique(i * self.cols + j)] += 1
        self.dirty = True

    def count(self, box: Array) -> Ints:
        """How much covers each box (cells times covers), for boxes (..., 4)."""
        if self.dirty:
            np.cumsum(self.lines, axis=0, out=self.table[1:, 1:])
            np.cumsum(self.table[1:, 1:], axis=1, out=self.table[1:, 1:])
            self.dirty = False
        i0, j0, i1, j1 = self._cells(box)
        width = self.cols + 1
        top, bottom = i0 * width, i1 * width
        t = self.flat
        counted: Ints = (
            t.take(bottom + j1) - t.take(top + j1) - t.take(bottom + j0) + t.take(top + j0)
        )
        return counted


def _square(centre: Array, radius: float) -> Array:
    return np.array(
        [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius]
    )


def _label(centre: Array, radius: float, size: Array, slot: int) -> Array:
    g = radius + GAP
    x0 = centre[0] + AX[slot] * g + BX[slot] * size[0] - PAD
    y0 = centre[1] + AY[slot] * g + BY[slot] * size[1] - PAD
    return np.array([x0, y0, x0 + size[0] + 2 * PAD, y0 + size[1] + 2 * PAD])


def _tag_box(start: Array, end: Array, tag: Tag) -> Array:
    """Where the page writes a word on a line: centred just below the line's middle (on a bent
    line, the middle of vis-network's quadratic curve: BezierEdgeStatic, getPoint(0.5))."""
    mid = (start + end) / 2
    if tag.bend:
        mid = 0.25 * start + 0.5 * _via(start, end, tag.bend) + 0.25 * end
    x0 = mid[..., 0] - tag.width / 2 - PAD
    y0 = mid[..., 1] + TAG_GAP - PAD
    return np.stack([x0, y0, x0 + tag.width + 2 * PAD, y0 + tag.height + 2 * PAD], axis=-1)


def _inside(box: Array, frame: Array) -> npt.NDArray[np.bool_]:
    inside: npt.NDArray[np.bool_] = (
        (box[..., 0] >= 0)
        & (box[..., 1] >= 0)
        & (box[..., 2] <= frame[0])
        & (box[..., 3] <= frame[1])
    )
    return inside


def _apart(a: Array, b: Array) -> npt.NDArray[np.bool_]:
    apart: npt.NDArray[np.bool_] = (
        (a[..., 2] <= b[..., 0])
        | (b[..., 2] <= a[..., 0])
        | (a[..., 3] <= b[..., 1])
        | (b[..., 3] <= a[..., 1])
    )
    return apart


def _best(
    v: int,
    target: Array,
    spots: Array,
    radius: Array,
    forms: Array,
    breaks: npt.NDArray[np.bool_],
    option_cost: Array,
    frame: Array,
    boxes: _Occupancy,
    lines: _Occupancy,
    at: Array,
    placed: npt.NDArray[np.bool_],
    done: list[int],
    tags: list[Tag],
    src: Ints,
    dst: Ints,
) -> tuple[Spot | None, Spot, int] | None:
    """(the cheapest free spot, slot and form among these spots for node v that is also clear
    of lines, or None; the cheapest free one of those with fewest conflicts with lines, and
    their number), or None when none is free. Free: its shape, its
    label and the words on its lines (to placed nodes) inside the frame and on nothing. Clear of
    lines: it on no line between placed nodes, no line of it through a placed node."""
    r = radius[v]
    square = np.column_stack([spots - r, spots + r])
    ok = _inside(square, frame) & (boxes.count(square) == 0)
    words = []
    for tag in tags:
        other = tag.b if tag.a == v else tag.a
        if placed[other]:
            there = at[other][None, :]
            word = _tag_box(spots, there, tag) if tag.a == v else _tag_box(there, spots, tag)
            ok &= _inside(word, frame) & (boxes.count(word) == 0) & _apart(word, square)
            words.append(word)
    if not ok.any():
        return None
    spots, square = spots[ok], square[ok]
    words = [w[ok] for w in words]
    g = r + GAP
    size = forms[v]  # (2, 2): one line, two lines
    w = np.repeat(size[:, 0], len(SLOTS))  # (16,)
    h = np.repeat(size[:, 1], len(SLOTS))
    x0 = spots[:, 0, None] + (AX2 * g + BX2 * w - PAD)  # (k, 16)
    y0 = spots[:, 1, None] + (AY2 * g + BY2 * h - PAD)
    label = np.stack([x0, y0, x0 + w + 2 * PAD, y0 + h + 2 * PAD], axis=-1)
    free = _inside(label, frame) & (boxes.count(label) == 0)
    for word in words:
        free &= _apart(label, word[:, None, :])
    if not breaks[v]:
        free[:, len(SLOTS) :] = False
    if not free.any():
        return None
    dist = np.hypot(spots[:, 0] - target[0], spots[:, 1] - target[1])[:, None]
    cost = np.full(free.shape, np.inf)
    cost[free] = (dist + option_cost[None, :])[free] + LINE_COST * lines.count(label[free])
    costs = cost.reshape(-1)
    flat = np.flatnonzero(np.isfinite(costs))
    if len(flat) > TOP:
        flat = flat[np.argpartition(costs[flat], TOP - 1)[:TOP]]
    flat = flat[np.argsort(costs[flat], kind="stable")]
    k, option = np.unravel_index(flat, cost.shape)

    def spot(i: int) -> Spot:
        return spots[k[i]].copy(), int(option[i]) % len(SLOTS), bool(option[i] >= len(SLOTS))

    conflicts = _conflicts(v, spots[k], radius, at, placed, done, src, dst)
    fewest = int(np.argmin(conflicts))  # the first (cheapest) of those on fewest lines
    return (spot(fewest) if conflicts[fewest] == 0 else None), spot(fewest), int(conflicts[fewest])


def _conflicts(
    v: int,
    spots: Array,
    radius: Array,
    at: Array,
    placed: npt.NDArray[np.bool_],
    done: list[int],
    src: Ints,
    dst: Ints,
) -> Ints:
    """For each spot: how many lines between placed nodes v would sit on there, plus how many
    placed nodes the lines from v to its placed neighbours would run through (0: clear)."""
    count = np.zeros(len(spots), dtype=int)
    drawn = placed[src] & placed[dst]
    if drawn.any():
        a, b = at[src[drawn]], at[dst[drawn]]
        count += _near(spots[:, None, :], a[None], b[None], radius[v] + LINE_CLEARANCE).sum(axis=1)
    others = np.flatnonzero(placed)
    for u in done:
        rest = others[others != u]
        if not len(rest):
            continue
        near = _near(
            at[rest][None, :, :], spots[:, None, :], at[u][None, None, :],
            radius[rest][None, :] + LINE_CLEARANCE,
        )  # fmt: skip
        count += near.sum(axis=1)
    return count


def _near(p: Array, a: Array, b: Array, reach: Array | float) -> npt.NDArray[np.bool_]:
    """Points p within reach of the segment a-b, away from its ends (broadcast; x and y apart,
    numpy is slow to sum over a last axis of two)."""
    px, py, ax, ay = p[..., 0], p[..., 1], a[..., 0], a[..., 1]
    dx, dy = b[..., 0] - ax, b[..., 1] - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy + 1e-9)
    along = np.clip(t, 0.0, 1.0)
    ex, ey = px - ax - along * dx, py - ay - along * dy
    near: npt.NDArray[np.bool_] = (ex * ex + ey * ey < np.square(reach)) & (t > 0.0) & (t < 1.0)
    return near
