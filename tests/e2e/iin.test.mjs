// The IIN is checked live next to its field in the people form: switch the
// language, type a valid and an invalid IIN, and read what the form says.
// (The app opens on the home; see home.test.mjs.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { artifacts, launch, textOf } from "./harness.mjs";

let app;
before(async () => {
  app = await launch({ seed: true });
  await (await app.browser.$("#nav-people")).click();
  await (await app.browser.$("#person-add-citizen")).click();
});
after(async () => {
  await app?.close();
});

async function chooseLang(lang) {
  await (await app.browser.$(`button[data-lang="${lang}"]`)).click();
}

async function typeIin(value) {
  const input = await app.browser.$("#p-iin");
  await input.clearValue();
  await input.setValue(value);
}

test("opens with the product name and the demo database", async () => {
  assert.equal(await textOf(app.browser, "#app-name", (t) => t.length > 0), "Jalga");
  await textOf(app.browser, "#data-dir", (t) => t === app.dataDir, "data folder");
  await chooseLang("en");
  const summary = await textOf(app.browser, "#db-summary", (t) => /Database: \d+ dwellings/.test(t));
  assert.match(summary, /· \d+ people · \d+ registrations$/);
  await chooseLang("ru");
  await textOf(app.browser, "#db-summary", (t) => t.startsWith("База данных:"), "summary in Russian");
});

test("a valid IIN is confirmed and fills the birth date and sex, in each language", async () => {
  const expectations = [
    ["en", "Valid IIN"],
    ["ru", "ИИН верный"],
    ["kk", "ЖСН дұрыс"],
  ];
  for (const [lang, verdict] of expectations) {
    await chooseLang(lang);
    await typeIin("900101300017");
    await textOf(app.browser, "#p-iin-check [data-state=valid]", (t) => t.includes(verdict), `${lang} verdict`);
  }
  // The last language is Kazakh: the birth date is shown day first.
  assert.equal(await (await app.browser.$("#p-birth_date")).getValue(), "01.01.1990");
  assert.equal(await (await app.browser.$("#p-sex")).getValue(), "male");
  await app.browser.saveScreenshot(path.join(artifacts, "iin-valid-kk.png"));
});

test("an invalid IIN shows why, in the chosen language", async () => {
  await chooseLang("ru");
  await typeIin("900231300012");
  await textOf(app.browser, "#p-iin-check [data-state=invalid]", (t) => t.includes("Даты рождения 1990-02-31 не существует"));
  await chooseLang("kk");
  await typeIin("900231300012");
  await textOf(app.browser, "#p-iin-check [data-state=invalid]", (t) => t.includes("1990-02-31 туған күні болмайды"));
  await chooseLang("en");
  await typeIin("900101300018");
  await textOf(app.browser, "#p-iin-check [data-state=invalid]", (t) =>
    t.includes("Check digit is 8, but the first 11 digits give 7"),
  );
  await app.browser.saveScreenshot(path.join(artifacts, "iin-invalid-en.png"));
});

test("the reason follows every keystroke", async () => {
  await chooseLang("en");
  await typeIin("9001");
  await textOf(app.browser, "#p-iin-check [data-state=invalid]", (t) => t.includes("Must be 12 digits, got 4 digits"));
  const input = await app.browser.$("#p-iin");
  await input.addValue("01300017");
  await textOf(app.browser, "#p-iin-check [data-state=valid]", (t) => t.includes("Valid IIN"));
});
