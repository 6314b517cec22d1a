"""The highest value put at any place before a given one, asked as values go on being put.

``citing._fill_the_sequence`` asks it for every glued-number reading: the furthest end of a
citation starting before the reading's end (does the reading overlap a citation?) and the
highest entry first cited before it. A scan of every citation for each question made a
paragraph of thousands of citations quadratic (8,000 took ~5 s). Here the values given at the
start are kept as running maxima over their sorted places (a bisect answers), and those put
later (readings taken) in a Fenwick tree of maxima over the places they may be put at, known
in advance: each question and each put takes a logarithmic number of steps. Nothing is worked
out before the first question: most pages ask none.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class HighestBefore:
    """The highest value put at a place before a given place, or ``floor`` when none is."""

    def __init__(self, placed: Iterable[tuple[int, int]], later: Iterable[int], floor: int) -> None:
        """``placed``: the (place, value) pairs put at the start; ``later``: every place a
        value may be put at afterwards (``put`` raises a ValueError at any other). Each is
        read at the first question or put."""
        self._placed = placed
        self._later = later
        self._floor = floor
        self._places: list[int] = []
        self._highest: list[int] = []  # _highest[i]: the highest value at the first i places
        self._later_places: list[int] = []
        # Slot i holds the highest value put at the later places ranked i - (i & -i) + 1 to
        # i, counting from 1: a question reads one slot per set bit of a place's rank.
        self._tree: list[int] = []

    def _start(self) -> None:
        pairs = sorted(self._placed)
        self._places = [place for place, _ in pairs]
        self._highest = list(accumulate((value for _, value in pairs), max, initial=self._floor))
        self._later_places = sorted(set(self._later))
        self._tree = [self._floor] * (len(self._later_places) + 1)

    def put(self, place: int, value: int) -> None:
        if not self._tree:
            self._start()
        rank = bisect_left(self._later_places, place)
        if rank == len(self._later_places) or self._later_places[rank] != place:
            raise ValueError(f"{place} is not one of the places given")
        tree = self._tree
        slot = rank + 1
        while slot < len(tree):
            if tree[slot] < value:
                tree[slot] = value
            slot += slot & -slot

    def before(self, place: int) -> int:
        """The highest value put at a place lower than ``place``."""
        if not self._tree:
            self._start()
        highest = self._highest[bisect_left(self._places, place)]
        tree = self._tree
        slot = bisect_left(self._later_places, place)  # how many later places lie before
        while slot:
            if tree[slot] > highest:
                highest = tree[slot]
            slot &= slot - 1
        return highest
