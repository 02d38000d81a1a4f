"""PDF and DOCX exports, read back: page size, every word, any length, names with diacritics."""

import io
from pathlib import Path

import docx
from pypdf import PdfReader

from expunge_assist import export_docx, export_pdf, letter

LETTERS = Path(__file__).resolve().parent / "letters"
US_LETTER_POINTS = (612, 792)


def kept(name: str) -> str:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8")


def long_letter() -> str:
    """The all-areas letter grown past three pages, as a person might after editing it."""
    text = kept("all-areas-letter")
    paragraph = " ".join(["I kept every shift and trained four new workers this year."] * 17)
    head, tail = text.split("\n\nThank you", 1)
    return head + ("\n\n" + paragraph) * 7 + "\n\nThank you" + tail


def pdf_text(data: bytes) -> tuple[list, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader.pages, "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_pdf_is_us_letter_with_selectable_text_and_page_numbers():
    """The PDF is 8.5 x 11 inches, its text extracts, and each page says "Page N of M"."""
    pages, text = pdf_text(export_pdf.to_pdf(kept("declaration")))
    assert tuple(round(v) for v in pages[0].mediabox[2:]) == US_LETTER_POINTS
    assert "Nguyễn Thị Ánh" in text
    assert "Page 1 of 1" in text


def test_pdf_holds_every_word_of_a_long_letter_across_pages():
    """A letter of several pages is not cut off: every word of it is in the PDF, pages numbered."""
    text = long_letter()
    pages, extracted = pdf_text(export_pdf.to_pdf(text))
    assert len(pages) >= 3
    assert f"Page {len(pages)} of {len(pages)}" in extracted
    body = squash(extracted)
    for line in text.splitlines():
        for sentence in filter(None, line.split(". ")):
            assert squash(sentence.rstrip(".")) in body


def test_pdf_prints_markup_as_text():
    """Typed HTML and template syntax appear in the PDF as the same characters."""
    _, text = pdf_text(export_pdf.to_pdf(kept("hostile-text")))
    assert "<script>alert(1)</script>" in squash(text) and "{{ 7*7 }}" in squash(text)


def test_docx_reads_back_with_the_same_text_and_layout():
    """The DOCX has the letter's blocks as paragraphs, US Letter, 1-inch margins, 12 pt, 1.5 spacing."""
    text = kept("declaration")
    document = docx.Document(io.BytesIO(export_docx.to_docx(text)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs == ["\n".join(block) for block in letter.blocks(text)]
    section = document.sections[0]
    assert (round(section.page_width.inches, 2), round(section.page_height.inches, 2)) == (8.5, 11.0)
    assert round(section.left_margin.inches, 2) == round(section.right_margin.inches, 2) == 1.0
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 12 and normal.paragraph_format.line_spacing == 1.5
    assert "PAGE" in section.footer.paragraphs[0]._p.xml
