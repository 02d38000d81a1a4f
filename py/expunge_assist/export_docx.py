"""The letter as a Word document, made with python-docx (CPython: the command line).

The same layout as the PDF: US Letter, 1-inch margins, 12 pt serif, 1.5
line spacing, page numbers in the footer. Opens in Word and LibreOffice.
python-docx needs lxml, which the browser's Pyodide does not have; the page
makes its DOCX with a JavaScript library from the same letter text.
"""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from .letter import blocks

FONT = "DejaVu Serif"


def _page_number_field(paragraph) -> None:
    """A PAGE field: Word and LibreOffice fill in the page's number."""
    run = paragraph.add_run()
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run._r.append(field)


def to_docx(text: str, title: str = "Personal statement") -> bytes:
    """The letter ``text`` (see letter.blocks) as DOCX bytes."""
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = ""
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.paragraph_format.line_spacing = 1.5
    style.paragraph_format.space_after = Pt(9)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _page_number_field(footer)

    for block in blocks(text):
        paragraph = document.add_paragraph()
        for index, line in enumerate(block):
            run = paragraph.add_run(line)
            if index < len(block) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
