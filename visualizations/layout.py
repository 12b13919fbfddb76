"""Positions computed in Python before the page opens, so the browser only draws (physics off).

A force layout (Fruchterman-Reingold) per connected component, then the components packed in rows:
- nodes linked to one other node only (a coalition's members, a statement's signatories) are
  taken out first and set in a ring around the node they hang on, which gets the ring's weight;
- the rest repel each other exactly (numpy, all pairs) up to EXACT_LIMIT nodes, and past that
  through a density grid convolved with the repulsion kernel by FFT, O(n + g log g) a step, so
  10,000 nodes take seconds, not minutes; linked nodes attract along their links.
Everything is seeded: the same graph gets the same picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

import networkx as nx
import numpy as np
import numpy.typing as npt

from visualizations.room import Footprint, Room, Tag, make_room

Array = npt.NDArray[np.float64]

EDGE_LENGTH = 170.0  # pixels between linked nodes at zoom 1 in big graphs
MAX_EDGE_LENGTH = 360.0  # small graphs get more room: their labels are read at zoom 1
EXACT_LIMIT = 400
COMMUNITY_MIN = 12  # from this many core nodes, the force layout starts from communities
RING_SPACING = 70.0  # pixels between neighbours on a ring
# Room for labels: the graph's part of a 1920x1080 window (1480 x 1023 pixels: side panel and
# header out), less FRAME_MARGIN on each side; the page fits this frame at zoom 1 there, and
# draws labels at a fixed size in screen pixels.
FRAME_MARGIN = 8.0
FRAME_PX = (1480.0 - 2 * FRAME_MARGIN, 1023.0 - 2 * FRAME_MARGIN)
VIEW_PX = FRAME_PX
# The same for a 1600x1000 window (a common projector): the graph's part is 1160 x 943 pixels.
# Small views are laid out a second time in it, and the page takes the layout made for its size.
PROJECTOR_FRAME_PX = (1160.0 - 2 * FRAME_MARGIN, 943.0 - 2 * FRAME_MARGIN)
DECLUTTER_LIMIT = 160  # past this, only the biggest labels are drawn at fit: no room to make
SPREAD_STEPS = 60  # steps of forces inside the window before the labels are made room for
GROUP_PULL = 0.75  # members to their group's anchor, relative to a link's pull
LABEL_GAP = 3.0  # screen pixels between a node's shape and its label beside it


@dataclass(frozen=True)
class Arranged:
    """Positions, and in small views the spot and form the layout kept for each label."""

    positions: dict[str, tuple[float, float]]
    slots: dict[str, int] = field(default_factory=dict)  # index into room.SLOTS
    two_lines: dict[str, bool] = field(default_factory=dict)
    overlaps: int = 0  # nodes placed on something after make_room (0 is the aim)
    crossings: int = 0  # lines still running through a node they do not touch
    bends: list[float] = field(default_factory=list)  # for each of arrange's lines (see Tag)
    frame: tuple[float, float] | None = None  # the frame it was laid out in (small views)
    others: list[Arranged] = field(default_factory=list)  # the same in arrange's other frames


@dataclass(frozen=True)
class Line:
    """A line as the page draws it: its ends, its bend (room.Tag), the size of its word."""

    start: str
    end: str
    bend: float = 0.0
    tag: tuple[float, float] | None = None


def layout(
    ids: list[str],
    links: list[tuple[str, str]],
    seed: int = 7,
    labels: dict[str, Footprint] | None = None,
) -> dict[str, tuple[float, float]]:
    """x, y in pixels for every id; links between unknown ids are ignored (see arrange)."""
    return arrange(ids, links, seed, labels).positions


def arrange(
    ids: list[str],
    links: list[tuple[str, str]],
    seed: int = 7,
    labels: dict[str, Footprint] | None = None,
    lines: list[Line] | None = None,
    frame: tuple[float, float] = FRAME_PX,
    anchors: dict[str, str] | None = None,
    also: tuple[tuple[float, float], ...] = (),
) -> Arranged:
    """x, y in pixels for every id; links between unknown ids are ignored.

    labels: id -> the node's shape and label (room.Footprint); when given and the graph is
    small enough, the graph is set out in the frame the page fits at zoom 1 and each node is
    placed where its label has a spot beside it that touches no other label, node or word on a
    line, and where no line runs through a node it does not touch, if it can; lines: every line
    as the page draws it (several may join two nodes, bent apart) with its word, if any; those
    still running through a node are bent (Arranged.bends, one a line); anchors: node -> the
    node its group gathers around (a coalition), pulled towards it in small views; also: the
    frames of other windows (a projector's), a small view laid out again in each from the same
    force layout (Arranged.others, in this order)."""
    index = {node: i for i, node in enumerate(ids)}
    pairs = sorted(
        {
            (min(index[a], index[b]), max(index[a], index[b]))
            for a, b in links
            if a in index and b in index and a != b
        }
    )
    rng = np.random.default_rng(seed)
    k = edge_length(len(ids))
    components = _components(len(ids), pairs)
    where = {g: (c, i) for c, members in enumerate(components) for i, g in enumerate(members)}
    local: list[list[tuple[int, int]]] = [[] for _ in components]
    for a, b in pairs:
        c, i = where[a]
        local[c].append((i, where[b][1]))
    boxes = [
        (members, _component(len(members), local[c], rng, k))
        for c, members in enumerate(components)
    ]
    placed = _pack(boxes, gap=k)
    if labels is None or not 2 < len(ids) <= DECLUTTER_LIMIT:
        return Arranged({ids[i]: rounded(p) for i, p in placed.items()})
    pos = np.array([placed[i] for i in range(len(ids))], dtype=float)
    prints = [labels.get(node, Footprint(20.0, (60.0, 20.0))) for node in ids]
    pair_array = np.array(pairs, dtype=int).reshape(-1, 2)
    drawn = [line for line in lines or [] if line.start in index and line.end in index]
    curves = [(index[line.start], index[line.end], line.bend) for line in drawn]
    words = [
        Tag(index[line.start], index[line.end], *line.tag, line.bend, number)
        for number, line in enumerate(drawn)
        if line.tag is not None and line.start != line.end
    ]
    anchor = np.array([index.get((anchors or {}).get(node, node), i) for i, node in enumerate(ids)])
    made = []
    for window in (frame, *also):
        room = declutter(pos, prints, pair_array, words, curves, window, anchor)
        bends = dict(zip((id(line) for line in drawn), room.bends, strict=True))
        made.append(
            Arranged(
                {node: rounded(room.positions[i]) for i, node in enumerate(ids)},
                {node: int(room.slots[i]) for i, node in enumerate(ids)},
                {node: bool(room.two_lines[i]) for i, node in enumerate(ids)},
                room.overlaps,
                room.crossings,
                [bends.get(id(line), line.bend) for line in lines or []],
                window,
            )
        )
    return replace(made[0], others=made[1:])


def rounded(p: Array) -> tuple[float, float]:
    return round(float(p[0]), 1), round(float(p[1]), 1)


def declutter(
    pos: Array,
    prints: list[Footprint],
    pairs: npt.NDArray[np.int_],
    tags: list[Tag] | None = None,
    curves: list[tuple[int, int, float]] | None = None,
    frame: tuple[float, float] = FRAME_PX,
    anchor: npt.NDArray[np.int_] | None = None,
) -> Room:
    """Set a small graph out in the frame it will be shown in, at zoom 1 (FRAME_PX, graph
    units = screen pixels): stretched into it, spread again by forces inside it (each node
    repelling in proportion to the room its label needs), then given room for every label
    (room.make_room). Positions stay inside the frame, so labels of a fixed pixel size cannot
    win by zooming out: the room is shared, dense parts spread into empty ones. The positions
    returned are centred on the frame's middle."""
    radius = np.array([p.radius for p in prints], dtype=float)
    width = np.array([p.one[0] for p in prints], dtype=float)
    height = np.array([p.one[1] for p in prints], dtype=float)
    box = np.array(frame)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    room = box - 2 * radius.max()
    stretch = np.where(hi - lo > 1e-6, room / span, 0.0)
    pos = (pos - lo) * stretch + radius.max() + np.where(hi - lo > 1e-6, 0.0, box / 2)
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    area = (2 * radius + width + LABEL_GAP + 4) * (2 * np.maximum(radius, height / 2) + 4)
    pos = _spread(pos, src, dst, box, area, anchor)
    made = make_room(pos, prints, pairs, tags or [], frame, curves=curves, anchor=anchor)
    return replace(made, positions=made.positions - box / 2)


def _spread(
    pos: Array,
    src: npt.NDArray[np.int_],
    dst: npt.NDArray[np.int_],
    box: Array,
    area: Array,
    anchor: npt.NDArray[np.int_] | None = None,
    steps: int = SPREAD_STEPS,
) -> Array:
    """Forces again, inside the window: nodes repel in proportion to the room their label
    needs, links pull, the window's edges hold. The layout fills the window instead of
    keeping the empty stretches a free layout leaves beside dense hubs. anchor: for each node,
    the node its group gathers around (itself if none): members are pulled towards it, as by a
    link of GROUP_PULL's strength, so that each group sits around its coalition."""
    n = len(pos)
    if n < 3 or steps == 0:
        return pos
    k = math.sqrt(float(box[0] * box[1]) / n)
    weight = area / area.mean()
    temperature = k / 2
    cooling = (2.0 / temperature) ** (1 / steps)
    for _ in range(steps):
        disp = _repulsion(pos, weight[None, :] * (k * k), 1.0)
        if len(src):
            d = pos[dst] - pos[src]
            dist = np.sqrt((d**2).sum(axis=1)) + 1e-9
            pull = d * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] -= np.bincount(dst, pull[:, axis], minlength=n)
        if anchor is not None:
            disp += (
                GROUP_PULL
                * (pos[anchor] - pos)
                * (np.sqrt(((pos[anchor] - pos) ** 2).sum(axis=1)) / k)[:, None]
            )
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos = pos + disp * (np.minimum(length, temperature) / length)[:, None]
        pos = np.clip(pos, 0.0, box)
        temperature *= cooling
    return pos


def edge_length(n: int) -> float:
    """The ideal link length: long in small graphs, EDGE_LENGTH from about 300 nodes on."""
    return max(EDGE_LENGTH, min(MAX_EDGE_LENGTH, 3000 / math.sqrt(max(n, 1))))


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _component(n: int, pairs: list[tuple[int, int]], rng: np.random.Generator, k: float) -> Array:
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-k / 2, 0.0], [k / 2, 0.0]])
    degree = np.zeros(n, dtype=int)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    leaves: dict[int, list[int]] = defaultdict(list)  # parent -> leaves
    for a, b in pairs:
        if degree[a] == 1 and degree[b] > 1:
            leaves[b].append(a)
        elif degree[b] == 1 and degree[a] > 1:
            leaves[a].append(b)
    is_leaf = np.zeros(n, dtype=bool)
    for hung in leaves.values():
        is_leaf[hung] = True
    core = np.flatnonzero(~is_leaf)
    where = {int(g): i for i, g in enumerate(core)}
    core_pairs = np.array(
        [(where[a], where[b]) for a, b in pairs if a in where and b in where], dtype=int
    ).reshape(-1, 2)
    radius = {p: _ring_radius(len(h), k) for p, h in leaves.items()}
    mass = np.array([1.0 + (radius.get(int(g), 0.0) / k) ** 2 for g in core])
    core_pos = _forces(core_pairs, mass, rng, k)
    pos = np.zeros((n, 2))
    pos[core] = core_pos
    for p, hung in leaves.items():
        pos[hung] = _ring(pos[p], len(hung), radius[p], rng, k)
    return pos


def _ring_radius(count: int, k: float) -> float:
    return max(k, count * RING_SPACING * (k / EDGE_LENGTH) / (2 * math.pi))


def _ring(centre: Array, count: int, radius: float, rng: np.random.Generator, k: float) -> Array:
    start = rng.uniform(0, 2 * math.pi)
    angles = start + np.arange(count) * (2 * math.pi / count)
    # Alternate two radii on crowded rings so that neighbouring labels do not touch.
    r = radius + (np.arange(count) % 2) * (k * 0.5 if count > 16 else 0.0)
    ring: Array = centre + np.column_stack([np.cos(angles) * r, np.sin(angles) * r])
    return ring


def _forces(pairs: npt.NDArray[np.int_], mass: Array, rng: np.random.Generator, k: float) -> Array:
    n = len(mass)
    if n == 1:
        return np.zeros((1, 2))
    spread = k * math.sqrt(float(mass.sum()))
    pos = rng.uniform(-spread / 2, spread / 2, size=(n, 2))
    if COMMUNITY_MIN <= n <= EXACT_LIMIT and len(pairs):
        pos = _by_community(n, pairs, spread, rng)
    exact = n <= EXACT_LIMIT
    steps = 200 if exact else 120
    temperature, final = spread / 4, k / 10
    cooling = (final / temperature) ** (1 / steps)
    src, dst = pairs[:, 0], pairs[:, 1]
    for _ in range(steps):
        disp = _repulsion_exact(pos, mass, k) if exact else _repulsion_grid(pos, mass, k)
        delta = pos[dst] - pos[src]
        dist = np.sqrt((delta**2).sum(axis=1)) + 1e-9
        pull = delta * (dist / k)[:, None]
        for axis in (0, 1):
            disp[:, axis] += np.bincount(src, pull[:, axis], minlength=n)
            disp[:, axis] -= np.bincount(dst, pull[:, axis], minlength=n)
        disp -= 0.02 * pos * mass[:, None] * (k / spread)  # gravity: keep loose parts near
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    centred: Array = pos - pos.mean(axis=0)
    return centred


def _by_community(
    n: int, pairs: npt.NDArray[np.int_], spread: float, rng: np.random.Generator
) -> Array:
    """Start positions grouped by community (Louvain, seeded): each community near its own
    point on a circle, so that the forces keep groups together instead of interleaving them."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from((int(a), int(b)) for a, b in pairs)
    groups = sorted(
        nx.community.louvain_communities(graph, seed=int(rng.integers(1 << 30))),
        key=lambda g: (-len(g), min(g)),
    )
    pos = np.zeros((n, 2))
    for c, members in enumerate(groups):
        angle = 2 * math.pi * c / len(groups)
        centre = np.array([math.cos(angle), math.sin(angle)]) * spread / 3
        share = spread * math.sqrt(len(members) / n) / 3
        pos[sorted(members)] = centre + rng.uniform(-share, share, size=(len(members), 2))
    return pos


def _repulsion_exact(pos: Array, mass: Array, k: float) -> Array:
    return _repulsion(pos, (k * k) * mass[:, None] * mass[None, :], 1e-2)


def _repulsion(pos: Array, strength: Array, soft: float) -> Array:
    """Each node pushed away from every other by strength / distance (strength: (n, n) or
    broadcast to it; soft added to the squared distance), x and y apart: numpy is slow to sum
    over a last axis of two."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    push = dx * dx
    push += dy * dy
    push += soft
    np.fill_diagonal(push, np.inf)
    np.divide(strength, push, out=push)
    result: Array = np.column_stack([(dx * push).sum(axis=1), (dy * push).sum(axis=1)])
    return result


def _repulsion_grid(pos: Array, mass: Array, k: float, max_cells: int = 192) -> Array:
    """Repulsion from a mass grid: the density convolved with k^2 r / |r|^2 through FFT."""
    lo = pos.min(axis=0) - k
    span = float((pos.max(axis=0) + k - lo).max())
    cells = int(min(max_cells, max(32, span / (k / 2))))
    h = span / cells
    cell = np.clip(((pos - lo) / h).astype(int), 0, cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    rho = np.bincount(flat, mass, minlength=cells * cells).reshape(cells, cells)
    shape = (2 * cells, 2 * cells)
    density = np.fft.rfft2(rho, s=shape)
    field = []
    for kernel in _kernels(cells):  # in cell units: the force scales as k^2 / h
        conv = np.fft.irfft2(density * kernel, s=shape) * (k * k / h)
        field.append(conv[:cells, :cells].reshape(-1)[flat])
    force: Array = np.column_stack(field) * mass[:, None]
    return force + _repulsion_in_cells(pos, mass, k, flat)


@lru_cache(maxsize=8)
def _kernels(cells: int) -> tuple[npt.NDArray[np.complex128], npt.NDArray[np.complex128]]:
    """The FFT of r / |r|^2 (x and y parts) on a 2g x 2g grid, offsets in cells."""
    offsets = np.fft.fftfreq(2 * cells, 1 / (2 * cells))
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx**2 + dy**2
    r2[0, 0] = np.inf
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


def _repulsion_in_cells(
    pos: Array, mass: Array, k: float, flat: npt.NDArray[np.int_], reach: int = 4
) -> Array:
    """The grid sees no distance inside a cell: nodes sharing one repel each other exactly
    (each against the next `reach` nodes of its cell), else twins would sit on one point."""
    order = np.argsort(flat, kind="stable")
    force = np.zeros_like(pos)
    for shift in range(1, reach + 1):
        a, b = order[:-shift], order[shift:]
        same = flat[a] == flat[b]
        a, b = a[same], b[same]
        if not len(a):
            break
        delta = pos[a] - pos[b]
        dist2 = (delta**2).sum(axis=1) + 1e-2
        push = delta * ((k * k) * mass[a] * mass[b] / dist2)[:, None]
        for axis in (0, 1):
            force[:, axis] += np.bincount(a, push[:, axis], minlength=len(pos))
            force[:, axis] -= np.bincount(b, push[:, axis], minlength=len(pos))
    return force


def _pack(boxes: list[tuple[list[int], Array]], gap: float) -> dict[int, Array]:
    """Components in rows, biggest first, row width about the square root of the total area."""
    if not boxes:
        return {}
    sizes = [(pos.max(axis=0) - pos.min(axis=0)) + gap for _, pos in boxes]
    width = max(max(float(s[0]) for s in sizes), math.sqrt(sum(float(s[0] * s[1]) for s in sizes)))
    x = y = row = 0.0
    placed: dict[int, Array] = {}
    for (members, pos), size in zip(boxes, sizes, strict=True):
        if x > 0 and x + size[0] > width * 1.1:
            x, y, row = 0.0, y + row, 0.0
        shifted = pos - pos.min(axis=0) + np.array([x, y])
        for g, p in zip(members, shifted, strict=True):
            placed[g] = p
        x += float(size[0])
        row = max(row, float(size[1]))
    centre = np.mean(np.array(list(placed.values())), axis=0)
    return {g: p - centre for g, p in placed.items()}
