// A busy office: while a clerk's import of 60,000 registrations writes to
// the database, the landlord's screens in the same app keep answering and a
// landlord's saves (a form's autosave and a person) wait for the import and
// then succeed. The round trips are printed, not asserted: this machine's
// speed is not the app's.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
const ROWS = 60_000;
let app;
let work;
let csv;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "jalga-busy-"));
  const bench = path.join(work, "bench");
  mkdirSync(bench);
  execFileSync(cli, ["bench", "import", "--rows", String(ROWS), "--dir", bench], { stdio: "ignore" });
  csv = path.join(bench, "registrations.csv");
  app = await launch({ seed: true });
});

after(async () => {
  await app?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const $ = (sel) => app.browser.$(sel);

/** Runs `calls` in the page through the app's own IPC, one after another,
 *  and returns each one's outcome and round trip (ms). */
async function invokeAll(calls) {
  return app.browser.executeAsync((calls, done) => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
      const out = [];
      for (const [cmd, args] of calls) {
        const importing = document.querySelector("#clerk-load-result")?.getAttribute("data-state") !== "ok";
        const t0 = performance.now();
        try {
          const value = await invoke(cmd, args);
          out.push({ cmd, ok: true, value, ms: performance.now() - t0, importing });
        } catch (e) {
          out.push({ cmd, ok: false, value: e, ms: performance.now() - t0, importing });
        }
      }
      return out;
    })().then(done, (e) => done([{ cmd: "script", ok: false, value: String(e) }]));
  }, calls);
}

const summary = (xs) => {
  const s = xs.map((x) => x.ms).sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `${s.length} calls, median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};

test("a landlord's saves complete while a clerk's import writes, and reads keep answering", async () => {
  await (await $('button[data-lang="en"]')).click();
  const [{ value: people }] = await invokeAll([["list_people", { query: "", offset: 0, limit: 1, lang: "en" }]]);
  const [{ value: person }] = await invokeAll([["get_person", { id: people.rows[0].id, lang: "en" }]]);
  assert.ok(person?.id, "a demo person to save again");

  await (await $("#nav-clerk")).click();
  const path = await $("#clerk-load-path");
  await path.clearValue();
  await path.setValue(csv);
  await (await $("#clerk-load-start")).click();
  // The import's one transaction is open and holds SQLite's write lock.
  await textOf(app.browser, "#clerk-load-status", (t) => t.includes("Writing"), "import progress");

  const reads = [];
  for (let i = 0; i < 20; i++) {
    reads.push(["list_dwellings", { query: "", offset: 0, limit: 50, lang: "en" }], ["check_iin", { input: "900101300012", lang: "en" }]);
  }
  const draft = JSON.stringify({ rent: "123456", at: "busy office" });
  // The two saves go at once, as a form's autosave and a click would.
  const [readsDuring, ...saves] = await Promise.all([
    invokeAll(reads),
    invokeAll([["save_form_draft", { key: "lease-wizard", json: draft, lang: "en" }]]).then((r) => r[0]),
    invokeAll([["save_person", { person: { ...person, patronymic: "Busy-office" }, lang: "en" }]]).then((r) => r[0]),
  ]);

  for (const s of saves) {
    assert.ok(s.ok, `${s.cmd} failed during the import: ${JSON.stringify(s.value)}`);
    assert.ok(s.importing, `${s.cmd} was issued before the import finished`);
  }
  for (const r of readsDuring) assert.ok(r.ok, `${r.cmd} failed during the import: ${JSON.stringify(r.value)}`);
  console.log(`# round trips while the import of ${ROWS} rows wrote: ${summary(readsDuring.filter((r) => r.importing))}`);
  for (const s of saves) console.log(`# ${s.cmd} during the import: ${s.ms.toFixed(0)} ms (it waits for the import's commit)`);

  await app.browser.waitUntil(
    async () => (await (await $("#clerk-load-result")).getAttribute("data-state")) === "ok",
    { timeout: 300_000, timeoutMsg: "the import did not finish" },
  );
  const [kept, saved] = await invokeAll([
    ["load_form_draft", { key: "lease-wizard", lang: "en" }],
    ["get_person", { id: person.id, lang: "en" }],
  ]);
  assert.equal(kept.value, draft, "the autosaved draft is in the store");
  assert.equal(saved.value.patronymic, "Busy-office", "the person was saved");
  const idle = await invokeAll(reads);
  console.log(`# round trips after the import: ${summary(idle)}`);
});
