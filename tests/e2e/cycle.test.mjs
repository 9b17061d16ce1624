// The registration cycle on the deadline dashboard, in Kazakh and in
// Russian: a registration made from a lease on the home, submitted and
// registered, shows on the dashboard as done with its days (it does not
// disappear); a lease ended early brings a de-registration step with its
// deadline. "Finish the lease" on the home opens that lease's draft in the
// wizard. The data is a bundle dated from today.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, textOf } from "./harness.mjs";
import { day, person, flat as flatAt, lease as leaseOf } from "./fixtures.mjs";

// Set to a folder to keep a screenshot of the dashboard (in Kazakh).
const shots = process.env.JALGA_SCREENSHOTS;

const flat = (id, street) => flatAt(id, street, "7", "12");
const lease = (id, property, tenant, start, end) =>
  leaseOf(id, property, tenant, start, end, { rent: 180000, language: "kk" });

/** `iso` as kk and ru show it: 05.02.2026. */
const shown = (iso) => iso.split("-").reverse().join(".");

/** Әлия moved in 5 days ago and is not registered yet; Дана is
 *  registered under a lease that ends in 20 days (it will be ended early). */
function bundle() {
  return {
    format: "jalga-bundle",
    version: 3,
    properties: [flat("d-turan", "Тұран"), flat("d-saryarqa", "Сарыарқа")],
    owners: [],
    persons: [
      person("p-owner", "Ахметов", "Нұрлан", "1970-05-05"),
      person("p-aliya", "Серікова", "Әлия", "1995-02-01"),
      person("p-dana", "Қасымова", "Дана", "1992-07-09"),
    ],
    leases: [
      lease("l-turan", "d-turan", "p-aliya", day(-5), day(300)),
      lease("l-saryarqa", "d-saryarqa", "p-dana", day(-90), day(20)),
    ],
    occupants: [
      { lease_id: "l-turan", person_id: "p-aliya", relation: "tenant" },
      { lease_id: "l-saryarqa", person_id: "p-dana", relation: "tenant" },
    ],
    registrations: [
      {
        id: "r-dana", person_id: "p-dana", property_id: "d-saryarqa", lease_id: "l-saryarqa", kind: "temporary",
        status: "registered", date_from: day(-85), date_to: day(20), consent_by: "Ахметов Нұрлан",
        consent_date: day(-86), submitted_on: day(-88),
      },
    ],
    foreigner_notices: [],
  };
}

const words = {
  kk: { title: "Тіркеу кезеңдері", done: "орындалды", due: "қалды", waiting: "eGov" },
  ru: { title: "Этапы регистрации", done: "Сделано", due: "осталось", waiting: "eGov" },
};

let folder;
before(() => {
  folder = mkdtempSync(path.join(tmpdir(), "jalga-cycle-"));
  writeFileSync(path.join(folder, "cycle.json"), JSON.stringify(bundle()));
});
after(() => rmSync(folder, { recursive: true, force: true }));

for (const lang of ["kk", "ru"]) {
  describe(`the registration cycle on the dashboard in ${lang}`, () => {
    const w = words[lang];
    let app;
    let b;
    before(async () => {
      app = await launch({ bundle: path.join(folder, "cycle.json") });
      b = app.browser;
      await (await b.$(`button[data-lang="${lang}"]`)).click();
    });
    after(async () => {
      await app?.close();
    });

    const item = (title) => `#today-list li[data-title="${title}"]`;
    const cell = (person, step) => `#cycle-board tr[data-person="${person}"] td[data-step="${step}"]`;
    const click = async (selector) => {
      const el = await b.$(selector);
      await el.waitForClickable({ timeout: 10_000 });
      await el.click();
    };
    const dashboard = async () => {
      await click("#nav-deadlines");
      await textOf(b, "#cycle-title", (t) => t.includes(w.title), "the cycle's title");
    };

    test("a registration made from the lease, submitted and registered, shows done with its days", async () => {
      await click("#nav-home");
      const reg = item("deadline-kind-citizen-registration");
      await click(`${reg} .act-create`);
      await b.waitUntil(async () => (await (await b.$(reg)).getAttribute("data-do")) === "mark-registration",
        { timeout: 10_000, timeoutMsg: "the registration was not made" });
      // Before it is submitted the dashboard shows the step due, with its deadline.
      await dashboard();
      await textOf(b, `${cell("p-aliya", "submitted")}[data-state="due"]`, (t) => t.includes(shown(day(5))), "due in 10 days");
      await click("#nav-home");
      await click(`${reg} .act-mark`);
      const pending = item("today-pending");
      await (await b.$(pending)).waitForExist({ timeout: 10_000 });
      // Submitted: done today, registration waiting for eGov.
      await dashboard();
      await textOf(b, `${cell("p-aliya", "submitted")}[data-state="done"]`, (t) => t.includes(shown(day(0))) && t.includes(w.done), "submitted");
      await textOf(b, `${cell("p-aliya", "registered")}[data-state="waiting"]`, (t) => t.includes(w.waiting), "waiting");
      await click("#nav-home");
      await click(`${pending} .act-mark`);
      await b.waitUntil(async () => !(await (await b.$(pending)).isExisting()), { timeout: 10_000, timeoutMsg: "still pending" });
      // Registered: both steps stay on the dashboard, done, with their days.
      await dashboard();
      await textOf(b, `${cell("p-aliya", "submitted")}[data-state="done"]`, (t) => t.includes(shown(day(0))), "submitted stays");
      await textOf(b, `${cell("p-aliya", "registered")}[data-state="done"]`, (t) => t.includes(shown(day(0))), "registered");
      await textOf(b, `${cell("p-aliya", "deregistered")}[data-state="later"]`, (t) => t.length > 0, "nothing to de-register");
    });

    test("a lease ended early brings a de-registration step with its deadline", async () => {
      await dashboard();
      // Дана's steps are done; no de-registration yet.
      await textOf(b, `${cell("p-dana", "registered")}[data-state="done"]`, (t) => t.includes(shown(day(-85))), "Дана registered");
      await textOf(b, `${cell("p-dana", "deregistered")}[data-state="later"]`, (t) => t.length > 0, "not yet");
      // Ended early on the home, yesterday: she moved out.
      await click("#nav-home");
      const ending = item("deadline-kind-lease-end");
      const on = await b.$(`${ending} .act-on input`);
      await on.waitForExist({ timeout: 10_000 });
      await on.clearValue();
      await on.setValue(shown(day(-1)));
      await click(`${ending} .act-end`);
      await b.waitUntil(async () => !(await (await b.$(ending)).isExisting()), { timeout: 10_000, timeoutMsg: "the lease did not end" });
      // The de-registration is due 10 calendar days after the move-out.
      await dashboard();
      const step = await textOf(b, `${cell("p-dana", "deregistered")}[data-state="due"]`, (t) => t.includes(w.due), "de-registration due");
      assert.ok(step.includes(shown(day(9))), step);
      // The steps before it stay done.
      await textOf(b, `${cell("p-dana", "submitted")}[data-state="done"]`, (t) => t.includes(shown(day(-88))), "Дана submitted");
      if (shots && lang === "kk") {
        await b.execute(() => document.querySelector("#cycle-title").scrollIntoView());
        await b.pause(1500);
        execFileSync("import", ["-window", "root", "-crop", "1100x760+0+0", path.join(shots, "registration-cycle.png")]);
      }
      await b.saveScreenshot(path.join(artifacts, `cycle-${lang}.png`));
    });

    test("finish the lease opens the saved draft in the wizard", async () => {
      // A lease saved as a draft, as the wizard saves it.
      const draft = {
        lease_id: "l-draft", property_id: "d-turan", landlord_owner_id: null, landlord_id: "p-owner",
        tenant_id: "p-dana", occupants: [], start_date: day(10), end_date: day(374), rent: "155000",
        deposit: "155000", payment_day: "10", utilities: "Наниматель төлейді", language: "kk", preset: null,
        signed_on: "", payment_method: null, bank_iban: "", bank_name: "", bank_bic: "", poa_number: "",
        poa_date: "", poa_notary: "", prevailing_language: null, registrants: [],
      };
      const saved = await b.executeAsync((draft, lang, done) => {
        window.__TAURI_INTERNALS__
          .invoke("save_lease", { draft, saveAs: { as: "draft" }, lang })
          .then((r) => done(r.state), (e) => done(`failed: ${JSON.stringify(e)}`));
      }, draft, lang);
      assert.equal(saved, "draft");
      await b.execute(() => window.dispatchEvent(new Event("jalga:changed")));
      await click("#nav-home");
      const item = '#today-list li[data-title="today-draft-lease"]';
      await click(`${item} .act-open`);
      // The wizard opens on that lease, not on an empty form.
      await textOf(b, "#wiz-notice", (t) => t.includes("Тұран 7"), "the opened lease");
      await click("#wiz-step-terms");
      await b.waitUntil(async () => (await (await b.$("#wiz-rent")).getValue()) === "155000",
        { timeout: 10_000, timeoutMsg: "the draft's rent" });
      assert.equal(await (await b.$("#wiz-start")).getValue(), shown(day(10)));
      assert.equal(await (await b.$("#wiz-payday")).getValue(), "10");
      await click("#wiz-step-dwelling");
      await textOf(b, "#wiz-dwelling-chosen", (t) => t.includes("Тұран"), "the draft's dwelling");
      await click("#wiz-step-tenant");
      await textOf(b, "#wiz-tenant-chosen", (t) => t.includes("Қасымова"), "the draft's tenant");
    });
  });
}
