"""One number of a claim or source as written, with what it measures (see ``numbers``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """One number as written, with what it measures."""

    value: float
    role: str
    raw: str
    start: int
    end: int
    # "<" when the text gives only an upper bound, as in "p < 0.05" or a claim's "under
    # 20%"; ">" when a claim gives a lower one ("more than 35%").
    bound: str = ""
    # For durations, the length of one unit in days ("27-month": 30.44), so that "12 months"
    # and "1 year" meet; 0 when unknown or not a duration.
    unit_days: float = 0.0
    # A percentage or "1 in N" the text gives as a difference between two shares: "4.9
    # percentage points", "an absolute reduction of 4.9%", "1 in 20 fewer".
    difference: bool = False
    # "About 40%", "nearly 5,000": stated to the text's own round figure (see ``sources``).
    approximate: bool = False
    # For a percentage, the way the text says it changed: "down" ("cut ... by 28%"), "up"
    # ("raised ... by 40%", "39% higher"), "both" when it says both, "" when neither.
    direction: str = ""
    # "Nearly 40%", "almost 5,000": the source's figure may round up to it, never exceed it.
    at_most: bool = False
    # "2.5-fold", "1.8 times": a ratio, which two compared shares or rates give too.
    multiple: bool = False
    # "Treating 77 patients prevents one event": 100 over a difference of two shares.
    needed_to_treat: bool = False
    # "1.2 million", "12 thousand": what the written figure counts in (1e6, 1e3); 1 for none.
    scale: float = 1.0
    # A claim's "37-40%": the range's other end; None for a number standing alone.
    other_end: float | None = None
    # A claim's decimal it names as a share ("a proportion of 0.38", "0.38 of adults"): the
    # source may give it as a percentage (38.2%).
    share: bool = False
    # A claim's concentration unit as a key ("mg/dl", "mg/l", "mmol/l"): a source may give
    # the value in another unit ("0.2 mg/dL" for "2.0 mg per liter", user32b P1-6).
    unit: str = ""

    @property
    def decimals(self) -> int:
        """Decimal places as written: "2.80" has two, "27" none; a range's ("1.5–2") those of
        its coarser end, which rounds the most (review25a F8)."""
        raw = self.raw
        if self.other_end is not None and ("-" in raw[1:] or "–" in raw[1:]):
            first, second = raw[1:].replace("–", "-").split("-", 1)
            return min(_decimals(raw[0] + first), _decimals(second.strip()))
        return _decimals(raw)


def _decimals(raw: str) -> int:
    if "," in raw and "." not in raw and len(raw.rsplit(",", 1)[1]) < 3:
        return len(raw.rsplit(",", 1)[1])  # a decimal comma: "2,62"
    text = raw.replace(",", "")
    return len(text.split(".", 1)[1]) if "." in text else 0
