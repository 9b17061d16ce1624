// Dates as people write them, archive and delete with undo, and the
// document's pages on screen, in Kazakh and Russian, on the demo data.
// With JALGA_SCREENSHOTS set (a folder), the Kazakh run also saves the
// date picker open and the document preview there (the whole X screen,
// taken with ImageMagick's `import`, so the picker's popup is in it).
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, root, textOf } from "./harness.mjs";

const shots = process.env.JALGA_SCREENSHOTS;
const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");

const words = {
  kk: { saved: "Сақталды", noSuchDay: "Мұндай күн жоқ", lease: "1 шарт", refused: "жоюға болмайды", archived: "Мұрағатта" },
  ru: { saved: "Сохранено", noSuchDay: "Такого дня нет", lease: "1 договор", refused: "нельзя удалить", archived: "В архиве" },
};

for (const lang of ["kk", "ru"]) {
  describe(`dates, archive and the document's pages in ${lang}`, () => {
    const w = words[lang];
    let app;
    let b;
    before(async () => {
      app = await launch({ seed: true });
      b = app.browser;
      await (await b.$(`button[data-lang="${lang}"]`)).click();
    });
    after(async () => {
      await app?.close();
    });

    const set = async (selector, value) => {
      const el = await b.$(selector);
      await el.waitForExist({ timeout: 10_000 });
      await el.clearValue();
      await el.setValue(value);
    };
    const click = async (selector) => {
      const el = await b.$(selector);
      await el.waitForClickable({ timeout: 10_000 });
      await el.click();
    };
    const stored = (kind, id) =>
      JSON.parse(
        execFileSync(cli, ["--db", path.join(app.dataDir, "jalga.sqlite3"), "show", kind, id, "--json"], {
          encoding: "utf8",
        }),
      );
    const shot = async (name) => {
      if (!shots || lang !== "kk") return;
      mkdirSync(shots, { recursive: true });
      await b.pause(400);
      // The whole screen (the picker is a popup), cut to the window.
      const { width, height } = await b.getWindowSize();
      execFileSync("import", ["-window", "root", "-crop", `${width}x${height}+0+0`, path.join(shots, name)]);
    };
    const openPerson = async (search, id) => {
      await click("#nav-people");
      await set("#person-search", search);
      await click(`.person-row[data-id="${id}"]`);
      await (await b.$("#person-form")).waitForExist({ timeout: 10_000 });
    };

    test("a date typed 05.02.2026 is stored as 2026-02-05 and shown back as 05.02.2026", async () => {
      await openPerson("WANG", "p-wang-li");
      // No such day: said at the field, in the language.
      await set("#p-entry_date", "31.02.2026");
      await click("#p-surname");
      await textOf(b, "#err-p-entry_date", (t) => t.includes(w.noSuchDay), "no such day");
      await set("#p-entry_date", "05.02.2026");
      await click("#p-save");
      await textOf(b, "#person-notice", (t) => t === w.saved, "saved");
      assert.equal(stored("persons", "p-wang-li").entry_date, "2026-02-05");
      await click("#p-cancel");
      await openPerson("WANG", "p-wang-li");
      await b.waitUntil(async () => (await (await b.$("#p-entry_date")).getValue()) === "05.02.2026", {
        timeoutMsg: "shown back as 05.02.2026",
      });
      // The picker opens on the stored day and a pick is written as typed.
      await click("#p-entry_date-pick");
      const calendar = await b.$("calendar-date");
      await calendar.waitForExist({ timeout: 10_000 });
      assert.equal(await calendar.getProperty("value"), "2026-02-05");
      await shot("date-picker.png");
      // Click the 10th as a person would (the day buttons are in the
      // calendar's shadow tree).
      await b.execute(() => {
        const month = document.querySelector("calendar-month").shadowRoot;
        const day = [...month.querySelectorAll("button")].find(
          (x) => x.textContent.trim() === "10" && !x.part.contains("outside"),
        );
        day.click();
      });
      await b.waitUntil(async () => (await (await b.$("#p-entry_date")).getValue()) === "10.02.2026", {
        timeoutMsg: "the picked day in the field",
      });
      await click("#p-cancel");
    });

    test("a dwelling with a lease cannot be deleted, and says why", async () => {
      await click("#nav-dwellings");
      await click('.dw-row[data-id="ast-kabanbay-53-112"]');
      await click("#dw-delete");
      const why = await textOf(b, "#dwelling-problem", (t) => t.includes(w.refused), "the refusal");
      assert.ok(why.includes(w.lease), why);
      assert.equal(stored("properties", "ast-kabanbay-53-112").id, "ast-kabanbay-53-112");
    });

    test("an archived person leaves the list and comes back with undo", async () => {
      const row = '.person-row[data-id="p-worker-01"]';
      await openPerson("Байжанов", "p-worker-01");
      await click("#p-archive");
      await textOf(b, "#record-undo-message", (t) => t.startsWith(w.archived), "archived");
      await b.waitUntil(async () => !(await (await b.$(row)).isExisting()), { timeoutMsg: "gone from the list" });
      await click("#record-undo");
      await (await b.$(row)).waitForExist({ timeout: 10_000 });
    });

    test("the preview shows the document's pages, zoomable", async () => {
      await click("#nav-documents");
      await click('.lease-row[data-id="l-kabanbay-2026"]');
      await (await b.$("#doc-lang")).selectByAttribute("value", lang);
      await click("#doc-preview");
      await (await b.$("#doc-preview-text svg")).waitForExist({ timeout: 30_000 });
      const pages = Number(await (await b.$("#doc-preview-text")).getAttribute("data-pages"));
      assert.ok(pages >= 2, `${pages} pages`);
      const text = await b.execute(() => document.querySelector("#doc-preview-text").textContent);
      assert.ok(text.includes(lang === "kk" ? "ЖАЛДАУ ШАРТЫ" : "ДОГОВОР НАЙМА"), text.slice(0, 200));
      const width = async () => (await (await b.$("#doc-preview-text figure")).getSize()).width;
      const before = await width();
      await click("#preview-zoom-in");
      await b.waitUntil(async () => (await width()) > before, { timeoutMsg: "zoomed in" });
      await click("#preview-zoom-out");
      await click("#preview-zoom-fit");
      await b.execute(() => document.querySelector("#doc-preview-text").scrollIntoView());
      await shot("document-preview.png");
      if (process.env.JALGA_SHOT_FOOTER) {
        await b.execute(() => {
          const p = document.querySelector("#doc-preview-text");
          p.scrollTop = p.querySelector("figure").offsetHeight - p.clientHeight + 20;
        });
        await shot("document-preview-footer.png");
      }
    });

    test("print prints the document's pages alone, one per sheet", async () => {
      const pages = Number(await (await b.$("#doc-preview-text")).getAttribute("data-pages"));
      // The print dialog is the system's and cannot be driven: window.print
      // is stubbed, and when it is called the stylesheet's print rules are
      // applied to the screen to see what the print would show.
      await b.execute(() => {
        window.__printed = null;
        window.print = () => {
          const rules = [...document.styleSheets]
            .flatMap((s) => [...s.cssRules])
            .filter((r) => r instanceof CSSMediaRule && r.media.mediaText.includes("print"))
            .flatMap((r) => [...r.cssRules].map((x) => x.cssText));
          const style = document.createElement("style");
          style.textContent = rules.join("\n");
          document.head.append(style);
          const root = document.getElementById("print-pages");
          const sheets = root ? [...root.querySelectorAll(".print-sheet")] : [];
          window.__printed = {
            rules: rules.length,
            shown: [...document.body.children]
              .filter((e) => getComputedStyle(e).display !== "none")
              .map((e) => e.id || e.tagName),
            sheets: sheets.length,
            svgs: root ? root.querySelectorAll(".print-sheet > svg").length : 0,
            breaks: sheets.map((e) => {
              const c = getComputedStyle(e);
              return c.breakAfter === "page" || c.pageBreakAfter === "always";
            }),
            width: sheets[0]?.getBoundingClientRect().width ?? 0,
            classed: document.body.classList.contains("printing-pages"),
          };
          style.remove();
        };
      });
      await click("#preview-print");
      const p = await b.execute(() => window.__printed);
      assert.ok(p, "window.print was not called");
      assert.ok(p.rules > 0, "no print rules");
      assert.ok(p.classed);
      // Only the pages' container shows; one sheet per page, each an SVG page.
      assert.deepEqual(p.shown, ["print-pages"]);
      assert.equal(p.sheets, pages);
      assert.equal(p.svgs, pages);
      // A break after every sheet but the last: one page per printed sheet.
      assert.deepEqual(p.breaks, Array.from({ length: pages }, (_, i) => i < pages - 1));
      // A4's width (210 mm at 96 dpi).
      assert.ok(Math.abs(p.width - 793.7) < 2, `${p.width}`);
      // After the dialog, the container goes and the app is as it was.
      await b.execute(() => window.dispatchEvent(new Event("afterprint")));
      const after = await b.execute(() => ({
        root: !!document.getElementById("print-pages"),
        classed: document.body.classList.contains("printing-pages"),
      }));
      assert.deepEqual(after, { root: false, classed: false });
    });
  });
}
