// An office's file in the clerk's workspace: Russian headings in another
// order are recognised on the mapping screen, the clerk matches the one
// heading Jalga does not know by hand, saves the mapping under a name,
// and the next file from that office imports with it in one choice.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
let app;
let work;
let dataDir;
const files = {};
let want;

/** Jalga's CSV re-written as an office keeps it: Russian headings (the
 *  names file's first Russian name), columns in reverse order, `;`, CRLF;
 *  the surname column under a heading of the office's own. */
function officeFile(csv) {
  const names = JSON.parse(readFileSync(path.join(root, "assets/import/columns.json"), "utf8")).columns;
  const rows = parseCsv(csv).map((r) => r.reverse());
  assert.ok(rows.length > 20 && rows.every((r) => r.length === rows[0].length), "Jalga's CSV reads as a table");
  rows[0] = rows[0].map((h) => (h === "surname" ? "Фам. жильца" : names[h]?.ru[0] ?? h));
  const cell = (v) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}

/** RFC 4180 as Jalga writes it: `,`, fields quoted when they hold a comma,
 *  a quote or a line end, quotes doubled. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "jalga-office-"));
  const db = path.join(work, "office.sqlite");
  execFileSync(cli, ["--db", db, "demo"], { stdio: "ignore" });
  const csv = path.join(work, "demo.csv");
  execFileSync(cli, ["--db", db, "export", "--format", "csv", csv], { stdio: "ignore" });
  want = readFileSync(csv, "utf8");
  files.march = path.join(work, "march.csv");
  writeFileSync(files.march, officeFile(want));
  files.april = path.join(work, "april.csv");
  writeFileSync(files.april, officeFile(want));
  dataDir = mkdtempSync(path.join(tmpdir(), "jalga-office-data-"));
  app = await launch({ seed: false, dataDir });
});

after(async () => {
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const $ = (sel) => app.browser.$(sel);

async function setText(sel, value) {
  const el = await $(sel);
  await el.scrollIntoView();
  await el.clearValue();
  await el.setValue(value);
}

async function stateOf(sel, want, what) {
  await app.browser.waitUntil(async () => (await (await $(sel)).getAttribute("data-state")) === want, {
    timeout: 20_000,
    timeoutMsg: `${what}: ${sel} never reached ${want} (text: ${await (await $(sel)).getText().catch(() => "")})`,
  });
}

/** The Jalga column the mapping screen has chosen for `header`. */
/** How many columns Jalga's CSV has (the summary counts them). */
const columns = () => parseCsv(want)[0].length;

async function fieldFor(header) {
  const el = await $(`select.map-field[data-header="${header}"]`);
  await el.waitForExist({ timeout: 10_000 });
  return el.getValue();
}

test("the mapping screen recognises Russian headings", async () => {
  await (await $('button[data-lang="en"]')).click();
  await (await $("#nav-clerk")).click();
  await textOf(app.browser, "#clerk-title", (t) => t === "Clerk's workspace");
  await setText("#clerk-map-path", files.march);
  await (await $("#clerk-map-read")).click();
  assert.equal(await fieldFor("ИИН"), "iin");
  assert.equal(await fieldFor("Дата рождения"), "birth_date");
  assert.equal(await fieldFor("Общая площадь"), "total_area");
  assert.equal(await fieldFor("Номер регистрации"), "id");
  // The office's own heading is not known: left unmatched.
  assert.equal(await fieldFor("Фам. жильца"), "");
  await textOf(app.browser, "#clerk-map-summary", (t) => t.startsWith(`${columns() - 1} of ${columns()}`));
  // The preview shows the file's first rows.
  const cells = await app.browser.$$("#clerk-map-table tbody tr");
  assert.equal(cells.length, 10);
});

test("the clerk matches one column by hand, saves the mapping and loads", async () => {
  const select = await $('select.map-field[data-header="Фам. жильца"]');
  await select.selectByAttribute("value", "surname");
  assert.equal(await fieldFor("Фам. жильца"), "surname");
  await textOf(app.browser, "#clerk-map-summary", (t) => t.startsWith(`${columns()} of ${columns()}`));
  await setText("#clerk-map-name", "Almaly office");
  await (await $("#clerk-map-save")).click();
  await stateOf("#clerk-map-result", "saved", "save");
  const saved = path.join(dataDir, "import-profiles", "Almaly-office.json");
  assert.ok(existsSync(saved), "the mapping is kept in the data folder");
  const profile = JSON.parse(readFileSync(saved, "utf8"));
  assert.deepEqual(
    profile.columns.find((c) => c.header === "Фам. жильца"),
    { header: "Фам. жильца", field: "surname" },
  );
  await (await $("#clerk-map-import")).click();
  await stateOf("#clerk-map-result", "ok", "import");
  const rows = parseCsv(want).length - 1;
  await textOf(app.browser, "#clerk-map-result", (t) => t.startsWith(`Loaded: ${rows} records`));
});

test("next month's file from the same office loads with the saved mapping", async () => {
  await (await $("#clerk-map-profile")).selectByVisibleText("Almaly office");
  await setText("#clerk-map-path", files.april);
  await (await $("#clerk-map-read")).click();
  await app.browser.waitUntil(async () => (await fieldFor("Фам. жильца")) === "surname", {
    timeout: 10_000,
    timeoutMsg: "the saved mapping was not applied",
  });
  await (await $("#clerk-map-import")).click();
  await stateOf("#clerk-map-result", "ok", "second import");
  // The store holds exactly the registrations the office's file carried.
  const out = path.join(work, "back.csv");
  execFileSync(cli, ["--db", path.join(dataDir, "jalga.sqlite3"), "export", "--format", "csv", out], {
    stdio: "ignore",
  });
  assert.equal(readFileSync(out, "utf8"), want);
});
