"""What a person types, made safe to put in a letter: no invisible controls.

The letter is plain text around the person's words. Some characters in those
words could change how the fixed wording around them looks or breaks:

- bidirectional controls (embeddings, overrides, isolates, and the marks
  LRM, RLM and ALM) can make a viewer show the letter's own words in another
  order, so a judge could read something the tool never wrote. They are
  removed. Arabic or Hebrew letters still show right to left by themselves
  (the Unicode bidirectional algorithm needs no controls for that);
- C0 and C1 control characters (NUL, escape, backspace...) are not valid in
  a Word file's XML and print as boxes; line and paragraph separators
  (U+2028, U+2029) would break lines where the layout does not expect it;
- lone UTF-16 surrogates (from a broken paste) cannot be encoded at all, and
  noncharacters (U+FFFE, U+FFFF and the like) are not valid in XML either;
- zero-width spaces and the byte-order mark hide inside words.

Zero-width joiners and non-joiners stay: emoji sequences and scripts such as
Persian need them. In one-line answers (a name, a court) every run of white
space, newlines included, becomes one space, so an answer cannot add lines
or blocks to the letter.
"""

import re

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u2060\ufeff"
NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF) for plane in range(1, 17))
_REMOVE = re.compile(
    "[" + BIDI_CONTROLS + INVISIBLE + NONCHARACTERS + r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + "]"
)
_SEPARATORS = re.compile("\r\n?|[\u2028\u2029\x85]")
_SPACE_RUN = re.compile(r"\s+")


def clean(text: str, one_line: bool = False) -> str:
    """``text`` without bidirectional controls, control characters or invisible spaces."""
    text = _SEPARATORS.sub("\n", text)
    text = _REMOVE.sub("", text)
    if one_line:
        text = _SPACE_RUN.sub(" ", text)
    return text
