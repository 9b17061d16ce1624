// Cold start to the first usable screen, measured through the same
// tauri-driver + WebKitWebDriver path as the end-to-end tests, against a bare
// Tauri "hello" window built the same way (src-tauri/examples/hello.rs) in
// the same run. Runs alternate so both see the same machine.
//
//   cargo build --workspace --bins --example hello --features jalga-cli/dev-tools   (add --release and pass --release)
//   xvfb-run -a node bench-cold-start.mjs [--runs 7] [--release] [--db city.sqlite]
//
// With --db, a third variant opens a copy of that database (say a city from
// `jalga gen-city --people 1190000`, about 1,000,000 registrations). Each
// database is copied into its data folder once, before any timing.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, root } from "./harness.mjs";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] || 0) || 7;
const profile = args.includes("--release") ? "release" : "debug";
const bigDb = args.includes("--db") ? path.resolve(args[args.indexOf("--db") + 1]) : null;
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");
const cli = process.env.JALGA_CLI_BIN ?? path.join(target, profile, "jalga");
const app = process.env.JALGA_APP_BIN ?? path.join(target, profile, "jalga-app");

/** A data folder holding the demo database, or a copy of `db`. */
function dataDirWith(db) {
  const dir = mkdtempSync(path.join(tmpdir(), "jalga-bench-"));
  const file = path.join(dir, "jalga.sqlite3");
  if (db) copyFileSync(db, file);
  else execFileSync(cli, ["--db", file, "demo"], { stdio: "ignore" });
  return dir;
}

const variants = [
  {
    name: "Jalga (demo database)",
    application: app,
    dataDir: dataDirWith(null),
    // The app marks the document once its first screen shows real data.
    ready: "html[data-ready='true']",
  },
  {
    name: "Tauri hello window",
    application: path.join(target, profile, "examples", "hello"),
    seed: false,
    ready: "#hello",
  },
];

if (bigDb) {
  variants.push({
    name: `Jalga (${path.basename(bigDb)})`,
    application: app,
    dataDir: dataDirWith(bigDb),
    ready: "html[data-ready='true']",
  });
}

async function once(v) {
  const t0 = performance.now();
  const session = await launch({ seed: v.seed, application: v.application, dataDir: v.dataDir ?? null });
  try {
    await session.browser.$(v.ready).waitForExist({ timeout: 60_000, interval: 10 });
    return performance.now() - t0;
  } finally {
    await session.close();
  }
}

const times = new Map(variants.map((v) => [v.name, []]));
// One unmeasured round warms the page cache for both binaries.
for (const v of variants) await once(v);
for (let i = 0; i < runs; i++) {
  for (const v of variants) times.get(v.name).push(await once(v));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
console.log(`cold start to first usable screen, ${profile} build, ${runs} runs each`);
console.log("(includes starting tauri-driver and the WebDriver session, the same for both)");
for (const [name, xs] of times) {
  console.log(
    `${name.padEnd(24)} median ${ms(median(xs)).padStart(8)}  min ${ms(Math.min(...xs)).padStart(8)}  max ${ms(Math.max(...xs)).padStart(8)}`,
  );
}
const [demo, hello, big] = variants.map((v) => median(times.get(v.name)));
console.log(`Jalga costs ${ms(demo - hello)} more than the bare window (${(demo / hello).toFixed(2)}×).`);
if (big !== undefined) {
  console.log(`${variants[2].name} costs ${ms(big - demo)} more than the demo database (${(big / demo).toFixed(2)}×).`);
}
for (const v of variants) if (v.dataDir) rmSync(v.dataDir, { recursive: true, force: true });
