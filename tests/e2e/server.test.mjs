// The app on an office server: a clerk names the server in Settings, and
// the screens then read and write the server's records (the demo, lifted
// there with `jalga migrate`); a save made in the app is what the CLI reads
// from the server, the server's change log holds, and clearing the setting
// brings the computer's own file back. The clerk's audit and import run
// on the server too. Needs the test server
// (JALGA_TEST_PG_URL, set by scripts/test.sh); without it the tests are
// skipped, unless JALGA_REQUIRE_TOOLS is set, which makes that a failure.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
const server = process.env.JALGA_TEST_PG_URL;
if (!server && process.env.JALGA_REQUIRE_TOOLS) {
  throw new Error("JALGA_TEST_PG_URL is not set: start the test server (scripts/pg-cluster.sh start)");
}
const skip = server ? false : "no test server (JALGA_TEST_PG_URL)";

let app;
let work;
let dbUrl;
let dbName;
let role;
let csv;

const psql = (sql) => execFileSync("psql", [server, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], { encoding: "utf8" });
const onServer = (...args) => execFileSync(cli, ["--db", dbUrl, ...args], { encoding: "utf8" });
const $ = (sel) => app.browser.$(sel);

async function invoke(cmd, args) {
  return app.browser.executeAsync(
    (cmd, args, done) => {
      window.__TAURI_INTERNALS__.invoke(cmd, args).then(
        (value) => done({ ok: true, value }),
        (value) => done({ ok: false, value }),
      );
    },
    cmd,
    args,
  );
}

async function setText(sel, text) {
  const el = await $(sel);
  await el.clearValue();
  await el.setValue(text);
}

const registrations = async () => (await invoke("app_info", { lang: "en" })).value.database.registrations;

before(async () => {
  if (skip) return;
  work = mkdtempSync(path.join(tmpdir(), "jalga-e2e-server-"));
  dbName = `jalga_e2e_${process.pid}`;
  psql(`CREATE DATABASE ${dbName}`);
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  dbUrl = u.toString();
  const file = path.join(work, "landlord.sqlite3");
  execFileSync(cli, ["--db", file, "demo"], { stdio: "ignore" });
  execFileSync(cli, ["migrate", "--from", file, "--to", dbUrl], { stdio: "ignore" });
  // An office system's export: the import benchmark's generated rows.
  const bench = path.join(work, "bench");
  mkdirSync(bench);
  execFileSync(cli, ["bench", "import", "--rows", "300", "--dir", bench], { stdio: "ignore" });
  csv = path.join(bench, "registrations.csv");
  app = await launch();
});

after(async () => {
  await app?.close();
  if (dbName) psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the clerk sets the office server and the screens show its records", { skip }, async () => {
  await (await $('button[data-lang="en"]')).click();
  assert.equal(await registrations(), 0, "a fresh app starts on an empty file");
  await (await $("#nav-settings")).click();
  await textOf(app.browser, "#office-state", (t) => t === "Now working on the file on this computer");
  const u = new URL(dbUrl);
  role = decodeURIComponent(u.username);
  u.username = "";
  await setText("#office-url", u.toString());
  await setText("#office-role", role);
  await (await $("#office-save")).click();
  await textOf(app.browser, "#settings-notice", (t) => t === "The office server is set: Jalga now opens it");
  await textOf(app.browser, "#office-state", (t) => t.startsWith("Now working on the office server") && t.endsWith(`as ${role}`));
  // A server is backed up on the server: no file backup or restore is offered for it.
  await textOf(app.browser, "#backup-on-server", (t) => t.startsWith("You work on the office server") && t.includes("pg_dump"));
  assert.equal(await (await $("#backup-now")).isExisting(), false, "no \"Back up now\" on a server");
  assert.equal(await (await $("#restore-submit")).isExisting(), false, "no restore on a server");
  assert.equal(await (await $("#passphrase-save")).isExisting(), false, "no file passphrase on a server");
  await (await $("#settings-title")).scrollIntoView();
  await app.browser.saveScreenshot(path.join(artifacts, "office-server-settings-en.png"));
  // The footer names the server (without a password), not the data folder.
  await textOf(app.browser, "#db-server", (t) => t.startsWith("postgres://") && t.includes(dbName));

  const onTheServer = onServer("list", "registrations").trim().split("\n").length;
  assert.ok(onTheServer > 0);
  assert.equal(await registrations(), onTheServer, "the app counts the server's registrations");
  const people = onServer("list", "persons").trim().split("\n").length;
  await (await $("#nav-people")).click();
  await textOf(app.browser, "#person-count", (t) => t.includes(String(people)), "the people list is the server's");
});

test("a save in the app is written on the server, in its change log", { skip }, async () => {
  const { value: list } = await invoke("list_people", { query: "", offset: 0, limit: 1, lang: "en" });
  const { value: person } = await invoke("get_person", { id: list.rows[0].id, lang: "en" });
  const saved = await invoke("save_person", { person: { ...person, patronymic: "Officeovich" }, lang: "en" });
  assert.ok(saved.ok, JSON.stringify(saved.value));
  assert.match(onServer("show", "persons", person.id), /Officeovich/);

  const draft = JSON.stringify({ rent: "250000", at: "the office" });
  const kept = await invoke("save_form_draft", { key: "lease-wizard", json: draft, lang: "en" });
  assert.ok(kept.ok, JSON.stringify(kept.value));
  assert.equal((await invoke("load_form_draft", { key: "lease-wizard", lang: "en" })).value, draft);
  const onDisk = execFileSync("psql", [dbUrl, "-qAtc", "SELECT json FROM form_draft WHERE key = 'lease-wizard'"], {
    encoding: "utf8",
  });
  assert.equal(onDisk.trim(), draft, "the draft is the server's");
  execFileSync(cli, ["--db", dbUrl, "log", "verify"], { stdio: "ignore" });
  const log = onServer("log", "list");
  // The clerk's role is the actor of the app's writes.
  assert.match(log, new RegExp(`\t${role}\tsave\tperson\t${person.id}\t`), "the app's save is in the server's change log");
  assert.match(log, new RegExp(`\t${role}\tsave\tform_draft\t`));
});

test("the audit runs on the server and finds what the CLI finds there", { skip }, async () => {
  let cliTotal;
  try {
    onServer("audit", "--json");
  } catch (e) {
    // Exit code 1: findings were found.
    cliTotal = JSON.parse(e.stdout).findings.length;
  }
  assert.ok(cliTotal > 0, "the demo has findings");
  await (await $("#nav-clerk")).click();
  await (await $("#clerk-tab-audit")).click();
  await (await $("#clerk-audit-run")).click();
  const { total } = await app.browser.waitUntil(
    async () => {
      const failed = await $("#clerk-audit-error");
      if (await failed.isExisting()) throw new Error(`the audit failed: ${await failed.getText()}`);
      const el = await $("#clerk-audit-summary");
      return (await el.isExisting()) && { total: Number(await el.getAttribute("data-total")) };
    },
    { timeout: 30_000, timeoutMsg: "the audit never finished" },
  );
  assert.equal(total, cliTotal);
  await (await $('.finding-row[data-kind="overcrowded"]')).waitForExist({ timeout: 10_000 });
  await app.browser.saveScreenshot(path.join(artifacts, "office-server-audit-en.png"));
});

test("the clerk's import loads into the server", { skip }, async () => {
  const before = onServer("list", "registrations").trim().split("\n").length;
  await (await $("#clerk-tab-load")).click();
  await setText("#clerk-load-path", csv);
  await (await $("#clerk-load-start")).click();
  await app.browser.waitUntil(
    async () => (await (await $("#clerk-load-result")).getAttribute("data-state")) === "ok",
    { timeout: 60_000, timeoutMsg: "the import did not finish" },
  );
  const now = onServer("list", "registrations").trim().split("\n").length;
  assert.equal(now, before + 300, "the 300 rows are on the server");
  assert.equal(await registrations(), now);
});

test("clearing the setting brings the computer's file back", { skip }, async () => {
  await (await $("#nav-settings")).click();
  await (await $("#office-clear")).click();
  await textOf(app.browser, "#settings-notice", (t) => t === "Jalga opens the file on this computer again");
  await (await $("#backup-now")).waitForExist({ timeout: 10_000, timeoutMsg: "the file's backup is offered again" });
  assert.ok(await (await $("#passphrase-save")).isExisting(), "and the file's passphrase");
  assert.equal(await registrations(), 0);
  await textOf(app.browser, "#data-dir", (t) => t.length > 0, "the footer names the data folder again");
});
