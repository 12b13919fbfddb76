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
from functools import lru_cache

import networkx as nx
import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

EDGE_LENGTH = 170.0  # pixels between linked nodes at zoom 1 in big graphs
MAX_EDGE_LENGTH = 360.0  # small graphs get more room: their labels are read at zoom 1
EXACT_LIMIT = 400
COMMUNITY_MIN = 12  # from this many core nodes, the force layout starts from communities
RING_SPACING = 70.0  # pixels between neighbours on a ring
# Room for labels: the graph's part of a 1920x1080 window (side panel and header out, the
# page's fit margins in), where the page draws labels at a fixed size in screen pixels.
VIEW_PX = (1480.0 - 2 * 40.0, 980.0 - 2 * 40.0)
DECLUTTER_LIMIT = 160  # past this, only the biggest labels are drawn at fit: no room to make
LINE_CLEARANCE = 8.0  # screen pixels between a line and a node it does not touch
SPREAD_STEPS = 60  # steps of forces inside the window before the labels are made room for
LABEL_GAP = 3.0  # screen pixels between a node's shape and its label beside it


def layout(
    ids: list[str],
    links: list[tuple[str, str]],
    seed: int = 7,
    labels: dict[str, tuple[float, float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """x, y in pixels for every id; links between unknown ids are ignored.

    labels: id -> (node radius in graph units, label width and height in screen pixels); when
    given (and the graph is small enough), nodes are moved apart so that each node with its
    label fits at the size the page fits the view to, and off the lines they do not touch."""
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
    if labels is not None and 2 < len(ids) <= DECLUTTER_LIMIT:
        pos = np.array([placed[i] for i in range(len(ids))], dtype=float)
        size = np.array([labels.get(node, (20.0, 60.0, 20.0)) for node in ids], dtype=float)
        pair_array = np.array(pairs, dtype=int).reshape(-1, 2)
        pos = declutter(pos, size, pair_array)
        placed = {i: pos[i] for i in range(len(ids))}
    return {ids[i]: (round(float(x), 1), round(float(y), 1)) for i, (x, y) in placed.items()}


def declutter(pos: Array, size: Array, pairs: npt.NDArray[np.int_], steps: int = 150) -> Array:
    """Set a small graph out in the window it will be shown in, at zoom 1 (VIEW_PX, graph
    units = screen pixels), then push apart nodes whose footprint (the shape and its short
    label beside it, on the side away from its links) overlaps another's, and nodes that sit
    on a line they are not an end of. Positions stay inside the window, so labels of a fixed
    pixel size cannot win by zooming out: the room is shared, dense parts spread into empty
    ones."""
    n = len(pos)
    radius, width, height = size[:, 0], size[:, 1], size[:, 2]
    box = np.array(VIEW_PX)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    room = box - 2 * radius.max()
    stretch = np.where(hi - lo > 1e-6, room / span, 0.0)
    pos = (pos - lo) * stretch + radius.max() + np.where(hi - lo > 1e-6, 0.0, box / 2)
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    area = (2 * radius + width + LABEL_GAP + 4) * (2 * np.maximum(radius, height / 2) + 4)
    pos = _spread(pos, src, dst, box, area)
    clearance = radius + LINE_CLEARANCE
    lines, on = _near_lines(pos, clearance * 4, src, dst)
    # the footprint: the shape, a gap, the label; as a box around an offset centre
    half_w = radius + (width + LABEL_GAP) / 2 + 2
    half_h = np.maximum(radius, height / 2) + 2
    reach = (width + LABEL_GAP) / 2
    side = label_sides_of(pos, src, dst)
    for step in range(steps):
        if step % 10 == 9:
            lines, on = _near_lines(pos, clearance * 4, src, dst)
        if step in (steps // 3, 2 * steps // 3):
            side = label_sides_of(pos, src, dst)
        # a node keeps its label inside the box too
        lo_x = np.where(side < 0, radius + LABEL_GAP + width, radius)
        hi_x = np.where(side > 0, radius + LABEL_GAP + width, radius)
        centre = pos + np.column_stack([side * reach, np.zeros(n)])
        delta = centre[:, None, :] - centre[None, :, :]
        over_x = half_w[:, None] + half_w[None, :] - np.abs(delta[:, :, 0])
        over_y = half_h[:, None] + half_h[None, :] - np.abs(delta[:, :, 1])
        np.fill_diagonal(over_x, -1.0)
        hit = (over_x > 0) & (over_y > 0)
        move = np.zeros_like(pos)
        if hit.any():
            along_x = hit & (over_x < over_y)
            along_y = hit & ~along_x
            sign = np.sign(delta)
            sign[sign == 0] = 1.0
            # each node moves by half the mean of its overlaps (and a pixel more): the sum
            # overshoots in crowds, and an exact fit leaves pairs touching forever
            count = np.maximum(1, hit.sum(axis=1))
            move[:, 0] = (np.where(along_x, over_x + 1, 0) * sign[:, :, 0]).sum(axis=1) / count
            move[:, 1] = (np.where(along_y, over_y + 1, 0) * sign[:, :, 1]).sum(axis=1) / count
            move *= 0.5
        crossing = _line_push(pos, clearance, src, dst, lines, on)
        if not hit.any() and not crossing.any():
            break
        pos = pos + move + crossing
        pos[:, 0] = np.clip(pos[:, 0], lo_x, box[0] - hi_x)
        pos[:, 1] = np.clip(pos[:, 1], half_h, box[1] - half_h)
    centred: Array = pos - box / 2
    return centred


def _spread(
    pos: Array,
    src: npt.NDArray[np.int_],
    dst: npt.NDArray[np.int_],
    box: Array,
    area: Array,
    steps: int = SPREAD_STEPS,
) -> Array:
    """Forces again, inside the window: nodes repel in proportion to the room their label
    needs, links pull, the window's edges hold. The layout fills the window instead of
    keeping the empty stretches a free layout leaves beside dense hubs."""
    n = len(pos)
    if n < 3 or steps == 0:
        return pos
    k = math.sqrt(float(box[0] * box[1]) / n)
    weight = area / area.mean()
    temperature = k / 2
    cooling = (2.0 / temperature) ** (1 / steps)
    for _ in range(steps):
        delta = pos[:, None, :] - pos[None, :, :]
        dist2 = (delta**2).sum(axis=2) + 1.0
        np.fill_diagonal(dist2, np.inf)
        disp = (delta * ((k * k) * weight[None, :] / dist2)[:, :, None]).sum(axis=1)
        if len(src):
            d = pos[dst] - pos[src]
            dist = np.sqrt((d**2).sum(axis=1)) + 1e-9
            pull = d * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] -= np.bincount(dst, pull[:, axis], minlength=n)
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos = pos + disp * (np.minimum(length, temperature) / length)[:, None]
        pos = np.clip(pos, 0.0, box)
        temperature *= cooling
    return pos


def label_sides_of(pos: Array, src: npt.NDArray[np.int_], dst: npt.NDArray[np.int_]) -> Array:
    """+1 (label on the right) or -1 (on the left) for each node: the side its links leave
    free, judged by where its neighbours are on average (a ring's members point outwards)."""
    n = len(pos)
    pull = np.zeros(n)
    if len(src):
        dx = pos[dst, 0] - pos[src, 0]
        pull += np.bincount(src, dx, minlength=n) - np.bincount(dst, dx, minlength=n)
    side: Array = np.where(pull > 0, -1.0, 1.0)
    return side


def label_sides(
    ids: list[str], links: list[tuple[str, str]], positions: dict[str, tuple[float, float]]
) -> dict[str, int]:
    """The side of each node where the page tries its label first (see label_sides_of)."""
    index = {node: i for i, node in enumerate(ids)}
    pairs = np.array(
        [(index[a], index[b]) for a, b in links if a in index and b in index and a != b],
        dtype=int,
    ).reshape(-1, 2)
    pos = np.array([positions[i] for i in ids], dtype=float).reshape(-1, 2)
    side = label_sides_of(pos, pairs[:, 0], pairs[:, 1])
    return {node: int(side[i]) for i, node in enumerate(ids)}


def _near_lines(
    pos: Array, reach: Array, src: npt.NDArray[np.int_], dst: npt.NDArray[np.int_]
) -> tuple[npt.NDArray[np.int_], npt.NDArray[np.int_]]:
    """(line, node) pairs where the node is within `reach` of the line and not one of its ends:
    the candidates the next steps check (all pairs at once, so only now and then)."""
    if not len(src):
        return np.zeros(0, int), np.zeros(0, int)
    a, b = pos[src], pos[dst]
    ab = b - a
    length2 = (ab**2).sum(axis=1) + 1e-9
    ap = pos[None, :, :] - a[:, None, :]
    t = np.clip((ap * ab[:, None, :]).sum(axis=2) / length2[:, None], 0.0, 1.0)
    away = ap - t[:, :, None] * ab[:, None, :]
    near = (away**2).sum(axis=2) < reach[None, :] ** 2
    near[np.arange(len(src)), src] = False
    near[np.arange(len(src)), dst] = False
    lines, nodes = np.nonzero(near)
    return lines, nodes


def _line_push(
    pos: Array,
    clearance: Array,
    src: npt.NDArray[np.int_],
    dst: npt.NDArray[np.int_],
    lines: npt.NDArray[np.int_],
    nodes: npt.NDArray[np.int_],
) -> Array:
    """For each candidate node closer to its line than its clearance: the move that takes it
    off the line, at right angles to it."""
    push = np.zeros_like(pos)
    if not len(lines):
        return push
    a, b, p = pos[src[lines]], pos[dst[lines]], pos[nodes]
    ab = b - a
    length2 = (ab**2).sum(axis=1) + 1e-9
    t = ((p - a) * ab).sum(axis=1) / length2
    away = p - (a + np.clip(t, 0.0, 1.0)[:, None] * ab)
    dist = np.sqrt((away**2).sum(axis=1)) + 1e-9
    deficit = clearance[nodes] - dist
    close = (deficit > 0) & (t > 0.0) & (t < 1.0)
    if not close.any():
        return push
    normal = np.column_stack([-ab[:, 1], ab[:, 0]]) / np.sqrt(length2)[:, None]
    side = np.sign((away * normal).sum(axis=1))
    side[side == 0] = 1.0
    step = np.where(close, deficit * 1.1 * side, 0.0)[:, None] * normal
    for axis in (0, 1):
        push[:, axis] += np.bincount(nodes, step[:, axis], minlength=len(pos))
    return push


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
    delta = pos[:, None, :] - pos[None, :, :]
    dist2 = (delta**2).sum(axis=2) + 1e-2
    np.fill_diagonal(dist2, np.inf)
    strength = (k * k) * mass[:, None] * mass[None, :] / dist2
    result: Array = (delta * strength[:, :, None]).sum(axis=1)
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
