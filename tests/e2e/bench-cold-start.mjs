// Cold start to the first usable screen, measured through the same
// tauri-driver + WebKitWebDriver path as the end-to-end tests, against a bare
// Tauri "hello" window built the same way (src-tauri/examples/hello.rs) in
// the same run. Runs alternate so both see the same machine.
//
//   cargo build --bins --example hello     (add --release and pass --release)
//   xvfb-run -a node bench-cold-start.mjs [--runs 7] [--release]
import path from "node:path";
import { launch, root } from "./harness.mjs";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] || 0) || 7;
const profile = args.includes("--release") ? "release" : "debug";
const target = process.env.CARGO_TARGET_DIR ?? path.join(root, "target");

const variants = [
  {
    name: "Jalga (demo database)",
    application: process.env.JALGA_APP_BIN ?? path.join(target, profile, "jalga-app"),
    seed: true,
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

async function once(v) {
  const t0 = performance.now();
  const session = await launch({ seed: v.seed, application: v.application });
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
const [app, hello] = variants.map((v) => median(times.get(v.name)));
console.log(`Jalga costs ${ms(app - hello)} more than the bare window (${(app / hello).toFixed(2)}×).`);
