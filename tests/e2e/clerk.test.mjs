// The clerk's workspace in the real app: load a landlord's bundle, run the
// audit, open a finding and read its numbers, verify an intact and a
// tampered PDF.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
let app;
let work;
const files = {};

before(async () => {
  // A landlord's data, made with the CLI: the demo exported as a bundle,
  // and an agreement PDF, intact and with one byte of its text changed.
  work = mkdtempSync(path.join(tmpdir(), "jalga-clerk-"));
  const db = path.join(work, "landlord.sqlite");
  execFileSync(cli, ["--db", db, "demo"], { stdio: "ignore" });
  files.bundle = path.join(work, "bundle.json");
  execFileSync(cli, ["--db", db, "export", "--format", "json", files.bundle], { stdio: "ignore" });
  files.intact = path.join(work, "agreement.pdf");
  execFileSync(cli, ["--db", db, "--lang", "ru", "pdf", "agreement", "l-abay-2026", "--out", files.intact], {
    stdio: "ignore",
  });
  const bytes = readFileSync(files.intact);
  const at = bytes.indexOf("JalgaSHA256(") + "JalgaSHA256(".length;
  assert.ok(at > 20, "the PDF records its hash");
  bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30; // one hex digit of the recorded hash
  files.tampered = path.join(work, "tampered.pdf");
  writeFileSync(files.tampered, bytes);
  // An office system's export big enough to take a while to load: the
  // import benchmark's generated registrations.
  const bench = path.join(work, "bench");
  mkdirSync(bench);
  execFileSync(cli, ["bench", "import", "--rows", "60000", "--dir", bench], { stdio: "ignore" });
  files.bigCsv = path.join(bench, "registrations.csv");
  app = await launch({ seed: false });
});

after(async () => {
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const $ = (sel) => app.browser.$(sel);

async function setText(sel, value) {
  const el = await $(sel);
  await el.clearValue();
  await el.setValue(value);
}

async function stateOf(sel, want, what) {
  await app.browser.waitUntil(async () => (await (await $(sel)).getAttribute("data-state")) === want, {
    timeout: 20_000,
    timeoutMsg: `${what}: ${sel} never reached ${want} (text: ${await (await $(sel)).getText().catch(() => "")})`,
  });
}

test("the clerk loads a landlord's bundle", async () => {
  await (await $('button[data-lang="en"]')).click();
  await (await $("#nav-clerk")).click();
  await textOf(app.browser, "#clerk-title", (t) => t === "Clerk's workspace");
  await setText("#clerk-load-path", files.bundle);
  await (await $("#clerk-load-start")).click();
  await stateOf("#clerk-load-result", "ok", "import");
  const bundle = JSON.parse(readFileSync(files.bundle, "utf8"));
  const records = Object.values(bundle).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  await textOf(app.browser, "#clerk-load-result", (t) => t === `Loaded: ${records} records`);
});

test("a file that is not a bundle is refused with a reason", async () => {
  await setText("#clerk-load-path", path.join(work, "nothing-here.json"));
  await (await $("#clerk-load-start")).click();
  await stateOf("#clerk-load-result", "error", "missing file");
  await textOf(app.browser, "#clerk-load-result", (t) => t.includes("nothing-here.json"));
});

test("the audit finds the overcrowded flat and explains it with numbers", async () => {
  await (await $("#clerk-tab-audit")).click();
  await (await $("#clerk-audit-run")).click();
  const total = await app.browser.waitUntil(
    async () => {
      const el = await $("#clerk-audit-summary");
      return (await el.isExisting()) && Number(await el.getAttribute("data-total"));
    },
    { timeout: 30_000, timeoutMsg: "the audit never finished" },
  );
  assert.ok(total > 0, "the demo has findings");
  const row = await $('.finding-row[data-kind="overcrowded"]');
  await row.waitForExist({ timeout: 10_000 });
  await row.click();
  await textOf(app.browser, "#clerk-finding-title", (t) => t.includes("Overcrowded dwelling"));
  const explanation = await textOf(app.browser, "#clerk-finding-explanation", (t) => t.length > 0);
  // The flat's useful area and the norm's numbers are in the explanation.
  assert.match(explanation, /33\.9/);
  assert.match(explanation, /m²/);
  await textOf(app.browser, "#clerk-finding-subject", (t) => t.includes("Кабанбай"));
  await app.browser.saveScreenshot(path.join(artifacts, "clerk-audit-en.png"));
  if (process.env.JALGA_SCREENSHOT) {
    execFileSync("import", ["-window", "root", process.env.JALGA_SCREENSHOT]);
  }
  // The detail follows the language.
  await (await $('button[data-lang="ru"]')).click();
  await textOf(app.browser, "#clerk-finding-title", (t) => t.includes("Перенаселённое") || /[а-я]/.test(t));
  await (await $('button[data-lang="en"]')).click();
});

test("verification tells an intact PDF from a tampered one", async () => {
  await (await $("#clerk-tab-verify")).click();
  await setText("#clerk-verify-path", files.intact);
  await (await $("#clerk-verify-run")).click();
  await stateOf("#clerk-verify-result", "issued-here", "intact PDF");
  await textOf(app.browser, "#clerk-verify-code-found", (t) => /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(t));

  await setText("#clerk-verify-path", files.tampered);
  await (await $("#clerk-verify-run")).click();
  await stateOf("#clerk-verify-result", "altered", "tampered PDF");
  await textOf(app.browser, "#clerk-verify-reason", (t) => t.includes("altered"));
  await app.browser.saveScreenshot(path.join(artifacts, "clerk-verify-en.png"));

  // A typed code this database never issued is unknown, not intact.
  await setText("#clerk-verify-code-input", "abcd efgh 2345");
  await (await $("#clerk-verify-code-run")).click();
  await stateOf("#clerk-verify-result", "unknown", "typed code");
  await textOf(app.browser, "#clerk-verify-reason", (t) => t.includes("not issued from this database"));
});

test("reports: the findings export as CSV and PDF, and the charts draw", async () => {
  await (await $("#clerk-tab-reports")).click();
  const csv = path.join(work, "findings.csv");
  await setText("#clerk-export-path", csv);
  await (await $("#clerk-export-csv")).click();
  await textOf(app.browser, "#clerk-export-result", (t) => t.includes(csv));
  assert.match(readFileSync(csv, "utf8"), /^kind,severity,/);
  const pdf = path.join(work, "audit.pdf");
  await setText("#clerk-export-pdf-path", pdf);
  await (await $("#clerk-export-pdf")).click();
  await textOf(app.browser, "#clerk-export-result", (t) => t.includes(pdf));
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");
  const bars = await app.browser.$$("#clerk-chart-months rect.bar");
  assert.ok(bars.length > 1, "a bar per month");
  const dense = await app.browser.$$("#clerk-chart-densest rect.bar");
  assert.ok(dense.length >= 1, "the densest dwellings");
  await app.browser.saveScreenshot(path.join(artifacts, "clerk-reports-en.png"));
});

test("a tampered PDF's data is not loaded", async () => {
  await (await $("#clerk-tab-load")).click();
  await setText("#clerk-load-path", files.tampered);
  await (await $("#clerk-load-start")).click();
  await stateOf("#clerk-load-result", "error", "tampered PDF load");
  await textOf(app.browser, "#clerk-load-result", (t) => t.includes("altered"));
});

test("a long import can be cancelled and leaves nothing behind", async () => {
  const count = () =>
    app.browser.executeAsync((done) => {
      window.__TAURI_INTERNALS__
        .invoke("app_info", { lang: "en" })
        .then((i) => done(i.database.registrations), () => done(-1));
    });
  const before = await count();
  assert.ok(before > 0);
  await (await $("#clerk-tab-load")).click();
  await setText("#clerk-load-path", files.bigCsv);
  await (await $("#clerk-load-start")).click();
  // Cancel once rows are being written inside the transaction.
  await textOf(app.browser, "#clerk-load-status", (t) => t.includes("Writing"), "import progress");
  await (await $("#clerk-load-cancel")).click();
  await stateOf("#clerk-load-result", "cancelled", "cancelled import");
  await textOf(app.browser, "#clerk-load-result", (t) => t.includes("nothing was written"));
  assert.equal(await count(), before, "the store is as it was");
});
