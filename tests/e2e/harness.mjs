// Starts tauri-driver, opens a WebDriver session on the real built app with
// a fresh data folder, and tears both down. Run under xvfb-run.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, copyFileSync, mkdtempSync, mkdirSync, existsSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
export const artifacts = path.join(here, "artifacts");

export function appBinary() {
  const bin = process.env.JALGA_APP_BIN ?? path.join(root, "target/debug/jalga-app");
  if (!existsSync(bin)) throw new Error(`no app binary at ${bin}: build it first (scripts/test.sh does)`);
  return bin;
}

/** `n` distinct free ports: all are held open while they are picked, so
 *  the driver's port and WebKit's native port never coincide. */
async function freePorts(n) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) {
      const srv = net.createServer();
      await new Promise((resolve, reject) => {
        srv.on("error", reject);
        srv.listen(0, "127.0.0.1", resolve);
      });
      servers.push(srv);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${ms} ms`);
}

function cliBinary() {
  return process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
}

/** Launches the app on a fresh data folder (or on `dataDir`, which is then
 *  the caller's to remove, to relaunch on the same data), seeded with the
 *  demo data if `seed` is set, with a JSON bundle if `bundle` names one, or
 *  holding a copy of the database `db`; returns { browser, dataDir, close }.
 *  `application` replaces the app binary (the cold-start benchmark's
 *  baseline). */
export async function launch({ seed = false, bundle = null, dataDir: given = null, db = null, application = appBinary() } = {}) {
  const [port, nativePort] = await freePorts(2);
  const driverBin = process.env.TAURI_DRIVER ?? "tauri-driver";
  mkdirSync(artifacts, { recursive: true });
  // The driver, WebKitWebDriver and the app form one process group that
  // close() ends as a whole, and they write to a log file, not to the test
  // runner's pipe: a process left behind can neither survive the test nor
  // keep the runner waiting for its output.
  const log = openSync(path.join(artifacts, "tauri-driver.log"), "a");
  const driver = spawn(
    driverBin,
    ["--port", String(port), "--native-port", String(nativePort)],
    { stdio: ["ignore", log, log], detached: true },
  );
  closeSync(log);
  const driverExit = new Promise((resolve) => driver.on("exit", resolve));
  const killGroup = (signal) => {
    try {
      process.kill(-driver.pid, signal);
    } catch {
      // already gone
    }
  };
  try {
    await waitForPort(port, 15_000);
  } catch (e) {
    killGroup("SIGKILL");
    throw e;
  }
  const dataDir = given ?? mkdtempSync(path.join(tmpdir(), "jalga-e2e-"));
  if (db) copyFileSync(db, path.join(dataDir, "jalga.sqlite3"));
  if (seed) {
    execFileSync(cliBinary(), ["--db", path.join(dataDir, "jalga.sqlite3"), "demo"], { stdio: "ignore" });
  }
  if (bundle) {
    execFileSync(cliBinary(), ["--db", path.join(dataDir, "jalga.sqlite3"), "import", bundle], { stdio: "ignore" });
  }
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "warn",
    capabilities: {
      browserName: "wry",
      // WebKitWebDriver speaks classic WebDriver only; no BiDi upgrade.
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application, args: ["--data-dir", dataDir] },
    },
  }).catch((e) => {
    killGroup("SIGKILL");
    throw e;
  });
  return {
    browser,
    dataDir,
    async close() {
      await browser.deleteSession().catch(() => {});
      killGroup("SIGTERM");
      // A driver that does not stop on request is not left behind.
      const stopped = await Promise.race([driverExit.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!stopped) killGroup("SIGKILL");
      await driverExit;
      // Nor is an app whose driver went first.
      killGroup("SIGKILL");
      if (!given) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the element's text satisfies `pred`, then returns the text. */
export async function textOf(browser, selector, pred, what) {
  let last = "";
  await browser.waitUntil(
    async () => {
      const el = await browser.$(selector);
      if (!(await el.isExisting())) return false;
      last = await el.getText();
      return pred(last);
    },
    { timeout: 10_000, timeoutMsg: `${what ?? selector}: last text was ${JSON.stringify(last)}` },
  );
  return last;
}
