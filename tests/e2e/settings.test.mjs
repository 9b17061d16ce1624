// Settings: back up now, protect the database with a passphrase, restart,
// and unlock it.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, root, textOf } from "./harness.mjs";

const dataDir = mkdtempSync(path.join(tmpdir(), "jalga-e2e-settings-"));
const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
execFileSync(cli, ["--db", path.join(dataDir, "jalga.sqlite3"), "demo"], { stdio: "ignore" });

let app;
after(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function click(selector) {
  await (await app.browser.$(selector)).click();
}

async function backupCount() {
  return (await app.browser.$$("#backup-list li")).length;
}

test("back up now adds a backup to the list", async () => {
  app = await launch({ dataDir });
  await click('button[data-lang="en"]');
  await click("#nav-settings");
  await textOf(app.browser, "#settings-title", (t) => t === "Settings");
  // The first start of the day already made one.
  await app.browser.waitUntil(async () => (await backupCount()) === 1, {
    timeoutMsg: "the daily backup is listed",
  });
  await click("#backup-now");
  await textOf(app.browser, "#settings-notice", (t) => t.startsWith("Backup made: jalga-"));
  await app.browser.waitUntil(async () => (await backupCount()) === 2, {
    timeoutMsg: "the new backup is listed",
  });
});

test("a passphrase set in settings is asked for after a restart", async () => {
  await textOf(app.browser, "#passphrase-state", (t) => t.includes("not protected"));
  await (await app.browser.$("#passphrase-new")).setValue("e2e secret");
  await click("#passphrase-save");
  await textOf(app.browser, "#passphrase-state", (t) => t === "The database is protected by a passphrase");
  await app.close();

  app = await launch({ dataDir });
  await click('button[data-lang="en"]');
  await textOf(app.browser, "#unlock-title", (t) => t === "Database locked");
  await (await app.browser.$("#unlock-passphrase")).setValue("wrong guess");
  await click("#unlock-submit");
  await textOf(app.browser, "#unlock-error", (t) => t.includes("does not open"));
  const input = await app.browser.$("#unlock-passphrase");
  await input.clearValue();
  await input.setValue("e2e secret");
  await click("#unlock-submit");
  const summary = await textOf(app.browser, "#db-summary", (t) => /Database: \d+ dwellings/.test(t));
  assert.doesNotMatch(summary, /Database: 0 dwellings/);
});
