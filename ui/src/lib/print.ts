// Printing a document's pages through the system's print dialog: the pages
// (the core's SVG, one per A4 sheet) are put in a container of their own
// directly under <body>, and the print stylesheet (../print.css) shows that
// container alone, one page per printed sheet. The container goes once the
// dialog is done with.

/** The id of the pages' container while printing. */
export const PRINT_ROOT = "print-pages";
/** The class <body> carries while the pages are printed. */
export const PRINTING = "printing-pages";

/** Prints `pages` (SVG markup, one per page) alone. */
export function printPages(pages: string[], doc: Document = document, win: Window = window): void {
  doc.getElementById(PRINT_ROOT)?.remove();
  const root = doc.createElement("div");
  root.id = PRINT_ROOT;
  for (const page of pages) {
    const sheet = doc.createElement("div");
    sheet.className = "print-sheet";
    // The core's own SVG: its text is escaped there, and it holds no script.
    sheet.innerHTML = page;
    root.append(sheet);
  }
  doc.body.append(root);
  doc.body.classList.add(PRINTING);
  const done = () => {
    root.remove();
    doc.body.classList.remove(PRINTING);
    win.removeEventListener("afterprint", done);
  };
  win.addEventListener("afterprint", done);
  win.print();
}
