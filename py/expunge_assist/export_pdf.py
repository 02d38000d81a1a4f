"""The letter as a PDF, made with fpdf2 (pure Python, so it also runs in Pyodide).

US Letter, 1-inch margins, 12 pt DejaVu Serif (embedded, so names with
accents and Vietnamese diacritics print as typed), 1.5 line spacing, "Page N
of M" at the foot of every page, selectable text, as many pages as the
letter needs. Text is written as text: nothing a person typed is read as
markup.
"""

import warnings

with warnings.catch_warnings():
    # fpdf2 warns that Pillow is missing: it needs Pillow only for images,
    # and the letter has none (Pyodide's core does not ship Pillow).
    warnings.filterwarnings("ignore", message="Pillow could not be imported")
    from fpdf import FPDF

from .letter import blocks
from .resources import font_file

POINT = 1.0
FONT_SIZE = 12 * POINT
LINE_HEIGHT = FONT_SIZE * 1.5
MARGIN = 72 * POINT  # one inch
FAMILY = "DejaVuSerif"


class _LetterPDF(FPDF):
    def footer(self):
        self.set_y(-MARGIN / 2 - FONT_SIZE)
        self.set_font(FAMILY, size=10)
        self.cell(0, FONT_SIZE, f"Page {self.page_no()} of {{nb}}", align="C")


def to_pdf(text: str, title: str = "Personal statement") -> bytes:
    """The letter ``text`` (see letter.blocks) as PDF bytes."""
    pdf = _LetterPDF(orientation="portrait", unit="pt", format="letter")
    pdf.set_title(title)
    pdf.set_creator("Expunge Assist")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=MARGIN)
    pdf.add_font(FAMILY, "", str(font_file("DejaVuSerif.ttf")))
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font(FAMILY, size=FONT_SIZE)
    for block in blocks(text):
        for line in block:
            pdf.multi_cell(0, LINE_HEIGHT, line if line else " ", new_x="LMARGIN", new_y="NEXT", markdown=False)
        pdf.ln(LINE_HEIGHT * 0.5)
    return bytes(pdf.output())
