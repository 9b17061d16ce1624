// The landlord's whole job in the app, in Kazakh and in Russian: add a
// dwelling, two citizens and a foreigner, run the lease wizard until the
// norm refuses, fix it by marking a spouse, export the agreement (and check
// it with `jalga verify`), and find the foreigner's notice deadline.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { artifacts, launch, root, textOf } from "./harness.mjs";

const cli = process.env.JALGA_CLI_BIN ?? path.join(root, "target/debug/jalga");
// Set to a folder to keep screenshots of the main screens (in Kazakh).
const shots = process.env.JALGA_SCREENSHOTS;

/** A valid IIN for a birth date (YYMMDD), a century-and-sex digit and a serial. */
function iin(yymmdd, centurySex, serial) {
  for (let s = serial; ; s++) {
    const d = `${yymmdd}${centurySex}${String(s).padStart(4, "0")}`.split("").map(Number);
    const sum = (w) => d.reduce((acc, x, i) => acc + x * w[i], 0) % 11;
    let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check < 10) return d.join("") + check;
  }
}

const words = {
  kk: {
    saved: "Сақталды",
    refused: "Норма рұқсат етпейді",
    allowed: "Рұқсат етіледі",
    exempt: "есептелмейді",
    needsOverride: "Норма бұл шартқа рұқсат етпейді",
    batchDone: "2 ішінен 2 шығарылды; қате: 0",
    notice: "Шетелдіктің келгені туралы хабарлау",
    city: "Астана",
    street: "Кенесары",
    bank: "Қазақстан Халық банкі",
  },
  ru: {
    saved: "Сохранено",
    refused: "Норма не допускает",
    allowed: "Допускается",
    exempt: "не учитывается",
    needsOverride: "Норма не допускает этот договор",
    batchDone: "Выгружено 2 из 2; ошибок: 0",
    notice: "Уведомить о прибытии иностранца",
    city: "Астана",
    street: "Кенесары",
    bank: "Народный банк Казахстана",
  },
};

for (const lang of ["kk", "ru"]) {
  describe(`the landlord's job in ${lang}`, () => {
    const w = words[lang];
    let app;
    let b;
    before(async () => {
      app = await launch();
      b = app.browser;
      await (await b.$(`button[data-lang="${lang}"]`)).click();
    });
    after(async () => {
      await app?.close();
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
    const shot = async (name) => {
      if (!shots || lang !== "kk") return;
      mkdirSync(shots, { recursive: true });
      await b.execute(() => document.querySelector("main")?.scrollTo(0, 0));
      await b.pause(300);
      await b.saveScreenshot(path.join(shots, name));
    };

    test("adds a dwelling, checked as typed", async () => {
      await click("#nav-dwellings");
      await click("#dwelling-add");
      const fields = {
        region: w.city, city: w.city, street: w.street, building: "10", flat: "5",
        total_area: "35", useful_area: "40", living_area: "20", rooms: "2", floor: "3",
      };
      for (const [k, v] of Object.entries(fields)) await set(`#dw-${k}`, v);
      // Useful area above the total: said next to the field, with the numbers.
      await textOf(b, "#err-dw-useful_area", (t) => t.includes("40") && t.includes("35"), "useful-area error");
      await set("#dw-useful_area", "30");
      await set("#dw-owners-0-iin_bin", iin("700505", 3, 1));
      await set("#dw-owners-0-name", "Сейтқали Ерлан");
      await click("#dw-save");
      await textOf(b, "#dwelling-notice", (t) => t === w.saved, "saved");
      await textOf(b, "#norm-glance", (t) => t.includes("2"), "norm at a glance");
      await shot("dwellings.png");
    });

    test("adds two citizens (birth date and sex from the IIN) and a foreigner", async () => {
      await click("#nav-people");
      const citizens = [
        [iin("900304", 4, 2), "Әбенова", "Айгүл"],
        [iin("880712", 3, 3), "Әбенов", "Нұрлан"],
      ];
      for (const [number, surname, given] of citizens) {
        await click("#person-add-citizen");
        await set("#p-iin", number);
        await textOf(b, "#p-iin-filled", (t) => t.length > 0, "IIN filled the birth date");
        // Shown as people write it: day first.
        assert.match(await (await b.$("#p-birth_date")).getValue(), /^\d\d\.\d\d\.19\d\d$/);
        await set("#p-surname", surname);
        await set("#p-given_name", given);
        await click("#p-save");
        await textOf(b, "#person-notice", (t) => t === w.saved, `${surname} saved`);
      }
      await click("#person-add-foreigner");
      await set("#p-surname_latin", "WANG");
      await set("#p-given_name_latin", "LEI");
      await click("#p-translit-cyr");
      await b.waitUntil(async () => (await (await b.$("#p-surname")).getValue()) === "ВАНГ", {
        timeoutMsg: "transliterated surname",
      });
      await set("#p-passport_number", "E12345678");
      await set("#p-citizenship", "CHN");
      await (await b.$("#p-purpose_of_stay")).selectByAttribute("value", "work");
      await set("#p-phone", "+86 138 0991 2740");
      await set("#p-entry_point", "Хоргос");
      await set("#p-birth_date", "1991-02-03");
      await click("#p-save");
      await textOf(b, "#person-notice", (t) => t === w.saved, "foreigner saved");
    });

    test("the wizard refuses the norm, explains it, and allows it once a spouse is marked", async () => {
      await click("#nav-lease");
      await set("#wiz-dwelling-search", w.street);
      await click(".wiz-dwelling-option");
      await textOf(b, "#wiz-dwelling-chosen", (t) => t.includes(w.street));
      await click("#wiz-next");
      await set("#wiz-tenant-search", "Айгүл");
      await click(".wiz-tenant-option");
      await click("#wiz-next");
      for (const q of ["Нұрлан", "WANG"]) {
        await set("#wiz-occ-search", q);
        await b.waitUntil(async () => (await b.$$(".wiz-occ-option")).length === 1, { timeoutMsg: `one match for ${q}` });
        await click(".wiz-occ-option");
      }
      await textOf(b, "#wiz-norm-verdict", (t) => t === w.refused, "refusal");
      // 30 m² at 15 m² each allows 2; the tenant and two others would be 3.
      const line = await textOf(b, "#wiz-norm-line", (t) => t.includes("15") && t.includes("30") && t.includes("3"));
      assert.match(line, /\b2\b/);
      await shot("lease-wizard.png");

      await click("#wiz-step-terms");
      await set("#wiz-rent", "200000");
      await set("#wiz-deposit", "200000");
      // The landlord's account, checked as typed: one wrong digit is caught
      // by the IBAN's check digits.
      await (await b.$("#wiz-payment-method")).selectByAttribute("value", "bank-transfer");
      await set("#wiz-bank-iban", "KZ86125KZT5004100109");
      await textOf(b, "#err-wiz-bank-iban", (t) => t.includes("IBAN"), "IBAN check digits refused");
      await set("#wiz-bank-iban", "KZ86125KZT5004100100");
      await set("#wiz-bank-name", w.bank);
      await set("#wiz-bank-bic", "HSBKKZKX");
      await b.waitUntil(async () => !(await (await b.$("#err-wiz-bank-iban")).isExisting()), {
        timeoutMsg: "a valid IBAN is accepted",
      });
      // Ready is refused without a recorded override.
      await click("#wiz-step-review");
      await click("#wiz-save-ready");
      await textOf(b, "#err-wiz-override-by", (t) => t.startsWith(w.needsOverride), "override needed");

      await click("#wiz-step-occupants");
      await (await b.$("#occ-rel-0")).selectByAttribute("value", "spouse");
      await textOf(b, "#wiz-norm-verdict", (t) => t === w.allowed, "allowed");
      await textOf(b, "#wiz-norm-people", (t) => t.includes(w.exempt), "spouse exempt");

      await click("#wiz-step-review");
      await click("#wiz-save-ready");
      await b.waitUntil(async () => (await (await b.$("#wiz-result")).getAttribute("data-state")) === "ready", {
        timeoutMsg: "saved as ready",
      });
    });

    test("exports the agreement, which jalga verify accepts", async () => {
      await click("#nav-documents");
      await click(".lease-row");
      await (await b.$("#doc-lang")).selectByAttribute("value", lang);
      await click("#doc-export");
      const result = await b.$("#doc-result");
      await result.waitForExist({ timeout: 30_000 });
      const file = await result.getAttribute("data-path");
      assert.ok(existsSync(file), file);
      copyFileSync(file, path.join(artifacts, `agreement-${lang}.pdf`));
      execFileSync(cli, ["verify", file], { stdio: "pipe" }); // throws unless exit 0
      await click("#doc-preview");
      // The pages as drawn (inline SVG): their text is the SVG's.
      await (await b.$("#doc-preview-text svg")).waitForExist({ timeout: 30_000 });
      const pagesText = await b.execute(() => document.querySelector("#doc-preview-text").textContent);
      assert.ok(pagesText.length > 200, "preview");
      // The batch: the agreement and the foreigner's notice, with progress.
      await click("#doc-batch");
      await textOf(b, "#doc-batch-done", (t) => t === w.batchDone, "batch export");
      assert.equal(await (await b.$("#doc-progress")).getAttribute("value"), "2");
    });

    test("shows the foreigner's notice deadline on the dashboard", async () => {
      await textOf(b, "#nav-badge", (t) => Number(t) > 0, "badge count");
      await click("#nav-deadlines");
      const row = await b.$('.deadline-row[data-kind="foreigner-notice"]');
      await row.waitForExist({ timeout: 10_000 });
      const text = await row.getText();
      assert.ok(text.includes(w.notice), text);
      assert.ok(text.includes("ВАНГ"), text);
      await shot("deadlines.png");
    });
  });
}

describe("ten thousand dwellings", () => {
  let app;
  before(async () => {
    mkdirSync(artifacts, { recursive: true });
    const bundle = path.join(artifacts, "dwellings-10000.json");
    const properties = Array.from({ length: 10_000 }, (_, i) => ({
      id: `d${String(i).padStart(5, "0")}`, region: "Astana", city: "Astana", district: null,
      street: `Street ${String(i).padStart(5, "0")}`, building: String((i % 90) + 1), flat: String(i % 300),
      kato: null, rka: null, cadastral_number: null, total_area: 60, useful_area: 50, living_area: 40,
      rooms: 2, floor: 1,
    }));
    writeFileSync(bundle, JSON.stringify({ format: "jalga-bundle", version: 1, properties }));
    app = await launch({ bundle });
    await (await app.browser.$('button[data-lang="en"]')).click();
  });
  after(async () => {
    await app?.close();
  });

  test("scroll to the end with only a window of rows in the page", async () => {
    const b = app.browser;
    await (await b.$("#nav-dwellings")).click();
    await textOf(b, "#dwelling-count", (t) => /10[ ,.\u00a0]?000/.test(t), "count (grouped digits)");
    const rows = async () => (await b.$$("#dwelling-list .vrow")).length;
    assert.ok((await rows()) < 60, `rows in the DOM: ${await rows()}`);
    const started = Date.now();
    await b.execute(() => {
      const list = document.getElementById("dwelling-list");
      list.scrollTop = list.scrollHeight;
    });
    await textOf(b, "#dwelling-list", (t) => t.includes("Street 09999"), "the last dwelling");
    console.log(`# scrolled 10,000 dwellings to the end and drew the last page in ${Date.now() - started} ms`);
    assert.ok((await rows()) < 60, `rows in the DOM after scrolling: ${await rows()}`);
  });
});

