// EDS signing in the real app: the landlord exports the agreement and signs
// it with a test key store, the tenant signs the same file, and the clerk's
// verification calls it authentic and names both signers. The keys come
// from a test PKI shaped like NCA RK's (never from assets/), trusted
// through JALGA_TRUST.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
// The demo's lease l-abay-2026: landlord Сейткали Айгерим, tenant Ким Елена.
const LANDLORD = { name: "Seitkali", iin: "851103420446" };
const TENANT = { name: "Kim", iin: "881201460136" };
const PASSWORD = "test-pass";

let app;
let work;
let b;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), "jalga-sign-"));
  execFileSync(
    "cargo",
    [
      "run", "-q", "--locked", "-p", "jalga-sign", "--features", "test-pki", "--example", "test_pki", "--",
      work, `${LANDLORD.name}:${LANDLORD.iin}`, `${TENANT.name}:${TENANT.iin}`,
    ],
    { cwd: root, stdio: "ignore" },
  );
  // The app reads JALGA_TRUST when it first verifies; the driver passes
  // this process's environment on to it.
  process.env.JALGA_TRUST = path.join(work, "root.pem");
  app = await launch({ seed: true });
  b = app.browser;
  await (await b.$('button[data-lang="en"]')).click();
});

after(async () => {
  await app?.close();
  delete process.env.JALGA_TRUST;
  if (work) rmSync(work, { recursive: true, force: true });
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

let file;

async function signAs(who, count) {
  await set("#doc-sign-p12", path.join(work, `${who.name}.p12`));
  await set("#doc-sign-password", PASSWORD);
  await click("#doc-sign-run");
  await b.waitUntil(async () => (await (await b.$("#doc-sign-result")).getAttribute("data-count")) === String(count), {
    timeout: 30_000,
    timeoutMsg: `${who.name} signs (${await (await b.$("#doc-sign-problem")).getText().catch(() => "")})`,
  });
  await textOf(b, "#doc-sign-result", (t) => t.includes(who.name) && t.includes(who.iin), `${who.name} named`);
}

test("a wrong password is refused and the file is left as it was", async () => {
  await click("#nav-documents");
  await click('.lease-row[data-id="l-abay-2026"]');
  await (await b.$("#doc-lang")).selectByAttribute("value", "ru");
  await click("#doc-export");
  const result = await b.$("#doc-result");
  await result.waitForExist({ timeout: 30_000 });
  file = await result.getAttribute("data-path");
  assert.ok(existsSync(file), file);
  await set("#doc-sign-p12", path.join(work, `${LANDLORD.name}.p12`));
  await set("#doc-sign-password", "wrong");
  await click("#doc-sign-run");
  await textOf(b, "#doc-sign-problem", (t) => t.includes("Wrong password"), "the refusal");
  const out = execFileSync(cli, ["verify", file], { encoding: "utf8", env: { ...process.env } });
  assert.match(out, / consistent \S+ unsigned/);
});

test("the landlord signs, then the tenant signs the same file", async () => {
  await signAs(LANDLORD, 1);
  await signAs(TENANT, 2);
  copyFileSync(file, path.join(artifacts, "agreement-signed.pdf"));
  const out = execFileSync(cli, ["verify", file], { encoding: "utf8", env: { ...process.env } });
  assert.match(out, / authentic /);
  const sig = execFileSync("pdfsig", [file], { encoding: "utf8" });
  assert.equal(sig.match(/Signature is Valid/g)?.length, 2, sig);
});

test("the clerk's verify shows both names and calls it authentic", async () => {
  await click("#nav-clerk");
  const tab = await b.$("#clerk-tab-verify");
  if (await tab.isExisting()) await tab.click();
  await set("#clerk-verify-path", file);
  await click("#clerk-verify-run");
  await b.waitUntil(async () => (await (await b.$("#clerk-verify-result")).getAttribute("data-state")) === "authentic", {
    timeout: 20_000,
    timeoutMsg: `authentic (${await (await b.$("#clerk-verify-result")).getText().catch(() => "")})`,
  });
  const text = await textOf(b, "#clerk-verify-signatures", (t) => t.includes(LANDLORD.name) && t.includes(TENANT.name), "both names");
  assert.ok(text.includes(LANDLORD.iin) && text.includes(TENANT.iin), text);
  assert.ok(text.includes("Revocation not checked (offline)"), text);
  await b.saveScreenshot(path.join(artifacts, "clerk-verify-signed.png"));
});
