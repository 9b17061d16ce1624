// The home ("today"), in Kazakh and in Russian: it opens on what needs the
// landlord now — an overdue registration and a passport that expires in 20
// days — and a registration made from the lease, marked submitted and then
// registered, leaves it. The data is a bundle dated from today.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, textOf } from "./harness.mjs";
import { day, person, flat as flatAt, lease as leaseOf } from "./fixtures.mjs";

// Set to a folder to keep a screenshot of the home (in Kazakh).
const shots = process.env.JALGA_SCREENSHOTS;

const flat = (id, street) => flatAt(id, street, "12", "4");
const lease = (id, property, tenant, start, end) =>
  leaseOf(id, property, tenant, start, end, { rent: 200000, language: "ru" });

/** Tenant A moved in 40 days ago and is not registered (overdue); tenant
 *  B is registered, with her passport expiring in 20 days. */
function bundle() {
  return {
    format: "jalga-bundle",
    version: 3,
    properties: [flat("d-kenesary", "Кенесары"), flat("d-abay", "Абай")],
    owners: [],
    persons: [
      person("p-owner", "Ахметов", "Нурлан", "1970-05-05"),
      person("p-aliya", "Серікова", "Әлия", "1995-02-01"),
      person("p-dana", "Қасымова", "Дана", "1992-07-09", { passport_expires: day(20) }),
    ],
    leases: [
      lease("l-kenesary", "d-kenesary", "p-aliya", day(-40), day(300)),
      lease("l-abay", "d-abay", "p-dana", day(-60), day(300)),
    ],
    occupants: [
      { lease_id: "l-kenesary", person_id: "p-aliya", relation: "tenant" },
      { lease_id: "l-abay", person_id: "p-dana", relation: "tenant" },
    ],
    registrations: [
      {
        id: "r-dana", person_id: "p-dana", property_id: "d-abay", lease_id: "l-abay", kind: "temporary",
        status: "registered", date_from: day(-55), date_to: day(300), consent_by: "Ахметов Нурлан",
        consent_date: day(-56),
      },
    ],
    foreigner_notices: [],
  };
}

const words = {
  kk: { nav: "Бүгін", overdue: "кешіктірілді", passport: "Төлқұжаттың мерзімі бітеді", left: "20 күн қалды" },
  ru: { nav: "Сегодня", overdue: "Просрочено", passport: "Истекает паспорт", left: "осталось 20 дней" },
};

let folder;
before(() => {
  folder = mkdtempSync(path.join(tmpdir(), "jalga-home-"));
  writeFileSync(path.join(folder, "home.json"), JSON.stringify(bundle()));
});
after(() => rmSync(folder, { recursive: true, force: true }));

for (const lang of ["kk", "ru"]) {
  describe(`the home in ${lang}`, () => {
    const w = words[lang];
    let app;
    let b;
    before(async () => {
      app = await launch({ bundle: path.join(folder, "home.json") });
      b = app.browser;
      await (await b.$(`button[data-lang="${lang}"]`)).click();
    });
    after(async () => {
      await app?.close();
    });

    const item = (title) => `#today-list li[data-title="${title}"]`;

    test("opens on today: the overdue registration first, then the passport", async () => {
      await textOf(b, "#nav-home", (t) => t.includes(w.nav), "the home's name");
      const overdue = await textOf(b, item("deadline-kind-citizen-registration"), (t) => t.includes(w.overdue), "overdue registration");
      assert.match(overdue, /Серікова Әлия/);
      const passport = await textOf(b, item("today-document-passport"), (t) => t.includes(w.passport), "passport");
      assert.match(passport, /Қасымова Дана/);
      assert.ok(passport.includes(w.left), passport);
      // Most urgent first.
      const titles = await b.execute(() =>
        [...document.querySelectorAll("#today-list li")].map((li) => li.dataset.title),
      );
      assert.equal(titles[0], "deadline-kind-citizen-registration");
      assert.ok(titles.indexOf("today-document-passport") > 0, titles.join());
      // The whole screen as Xvfb shows it, once the window has painted the
      // language chosen (the DOM answers before the screen is redrawn).
      if (shots && lang === "kk") {
        await b.pause(1500);
        execFileSync("import", ["-window", "root", "-crop", "1100x760+0+0", path.join(shots, "home.png")]);
      }
      await b.saveScreenshot(path.join(artifacts, `home-${lang}.png`));
    });

    test("a registration made from the lease, submitted and registered, leaves the home", async () => {
      const reg = item("deadline-kind-citizen-registration");
      await (await b.$(`${reg} .act-create`)).click();
      // Now a draft: the action is to mark it submitted (today).
      await b.waitUntil(async () => (await (await b.$(reg)).getAttribute("data-do")) === "mark-registration",
        { timeout: 10_000, timeoutMsg: "the registration was not made" });
      await (await b.$(`${reg} .act-mark`)).click();
      // Submitted: waiting for eGov; mark it registered today.
      const pending = item("today-pending");
      await (await b.$(pending)).waitForExist({ timeout: 10_000 });
      await b.waitUntil(async () => !(await (await b.$(reg)).isExisting()), { timeout: 10_000, timeoutMsg: "still overdue" });
      await (await b.$(`${pending} .act-mark`)).click();
      await b.waitUntil(async () => !(await (await b.$(pending)).isExisting()), { timeout: 10_000, timeoutMsg: "still pending" });
      // Nothing of Әлия's is left; Дана's passport still is.
      const left = await b.execute(() => document.querySelector("#today-list")?.textContent ?? "");
      assert.ok(!left.includes("Серікова"), left);
      assert.ok(left.includes("Қасымова"), left);
    });

    test("the IIN is checked live in the people form", async () => {
      await (await b.$("#nav-people")).click();
      await (await b.$("#person-add-citizen")).click();
      const input = await b.$("#p-iin");
      await input.setValue("900101300017");
      await textOf(b, "#p-iin-check [data-state=valid]", (t) => t.length > 0, "valid IIN");
      await input.clearValue();
      await input.setValue("900231300012");
      await textOf(b, "#p-iin-check [data-state=invalid]", (t) => t.includes("1990-02-31"), "invalid IIN");
      await (await b.$("#p-cancel")).click();
      await (await b.$("#nav-home")).click();
    });
  });
}
