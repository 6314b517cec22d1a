"""Where each piece of an HTML page's flat text came from in its source: the line and column
every marker and entry is reported at."""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_right

# One row of four machine integers, packed: appending its bytes costs a third of extending an
# array by four integers (the array converts each one through a call of its own).
ROW = struct.Struct("4q").pack
_ROW_SIZE = struct.calcsize("4q")


class Anchors:
    """Where each piece of flat text came from in the source."""

    def __init__(self) -> None:
        # Four machine integers a piece, one row after another (flat offset, in order; source
        # line and column; how many of its first characters are the source's own), each row
        # added as ``rows += ROW(...)``: as compact as an array, quicker to fill.
        self.rows = bytearray()
        self._split: tuple[array[int], ...] = ()

    def split(self) -> tuple[array[int], array[int], array[int], array[int]]:
        """The flat offsets, lines, columns and lengths, each in an array of its own."""
        rows = array("q", self.rows)
        return rows[0::4], rows[1::4], rows[2::4], rows[3::4]

    def locate(self, offset: int) -> tuple[int, int]:
        if not self._split or len(self._split[0]) * _ROW_SIZE != len(self.rows):
            self._split = self.split()  # once, when the page is read
        starts, lines, columns, lengths = self._split
        if not starts:
            return 1, 1
        index = max(0, bisect_right(starts, offset) - 1)
        within = min(max(offset - starts[index], 0), lengths[index])
        return lines[index], columns[index] + within + 1
