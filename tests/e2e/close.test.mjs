// Nothing typed is lost when the window is closed: the close is asked the
// way a window manager asks it (a WM_DELETE_WINDOW message, close-window.py)
// at once after typing, well inside the autosave's delay, so only the flush
// on close can keep the text. The window must then close by itself.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { launch, textOf } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The window closer, started and waiting: `close()` sends the message and
 *  answers "closed" once the window is gone, or "open". */
async function windowCloser(title) {
  const proc = spawn("/usr/bin/python3", [path.join(here, "close-window.py"), title, "15"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
  const next = async () => (await lines.next()).value;
  assert.equal(await next(), "ready", "the app's window is found");
  return {
    async close() {
      proc.stdin.write("close\n");
      return next();
    },
  };
}

describe("nothing typed is lost", () => {
  test("the lease wizard's text typed just before the window is closed comes back", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "jalga-e2e-keep-"));
    try {
      let app = await launch({ dataDir });
      let b = app.browser;
      await (await b.$('button[data-lang="ru"]')).click();
      await (await b.$("#nav-lease")).click();
      await (await b.$("#wiz-step-terms")).click();
      const closer = await windowCloser("Jalga");
      await (await b.$("#wiz-rent")).setValue("123456");
      // At once: no pause, so the autosave's timer has not fired.
      assert.equal(await closer.close(), "closed", "the window closes by itself once the text is saved");
      await app.close();

      app = await launch({ dataDir });
      b = app.browser;
      await (await b.$("#nav-lease")).click();
      await textOf(b, "#wiz-notice", (t) => t === "Восстановлена несохранённая форма", "restored, in the remembered language");
      await (await b.$("#wiz-step-terms")).click();
      await b.waitUntil(async () => (await (await b.$("#wiz-rent")).getValue()) === "123456", { timeoutMsg: "rent kept" });
      await app.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
