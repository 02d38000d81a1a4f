// The letter as a Word file, made in the page with the docx library
// (vendored from npm as assets/vendor/docx.mjs and imported on first use).
// Python's python-docx needs lxml, which Pyodide's core lacks; this module
// lays out the same letter text the PDF uses: US Letter, 1-inch margins,
// 12 pt serif, 1.5 line spacing, "Page N" in the footer. Text goes in as
// text runs, so nothing a person typed can become markup.

const here = new URL("./", import.meta.url);
let library;

function docxLibrary() {
  library ??= import(new URL("../vendor/docx.mjs", here).href);
  return library;
}

/** The letter's blocks: split on blank lines, each a list of its lines. */
export function blocks(text) {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim())
    .map((block) => block.split("\n"));
}

const TWIPS_PER_INCH = 1440;

/** A .docx Blob of the letter `text`. */
export async function letterDocx(text, title = "Personal statement") {
  const { Document, Packer, Paragraph, TextRun, Footer, AlignmentType, PageNumber } = await docxLibrary();
  const paragraphs = blocks(text).map(
    (lines) =>
      new Paragraph({
        children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
      }),
  );
  const document = new Document({
    title,
    creator: "",
    styles: {
      default: {
        document: {
          run: { font: "DejaVu Serif", size: 24 },
          paragraph: { spacing: { line: 360, after: 180 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 8.5 * TWIPS_PER_INCH, height: 11 * TWIPS_PER_INCH },
            margin: { top: TWIPS_PER_INCH, bottom: TWIPS_PER_INCH, left: TWIPS_PER_INCH, right: TWIPS_PER_INCH },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["Page ", PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBlob(document);
}
