// The home screen: switch the language, type a valid and an invalid IIN,
// and read what the screen says.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { artifacts, launch, textOf } from "./harness.mjs";

let app;
before(async () => {
  app = await launch({ seed: true });
});
after(async () => {
  await app?.close();
});

async function chooseLang(lang) {
  await (await app.browser.$(`button[data-lang="${lang}"]`)).click();
}

async function typeIin(value) {
  const input = await app.browser.$("#iin-input");
  await input.clearValue();
  await input.setValue(value);
}

test("opens on the home screen with the product name and the demo database", async () => {
  assert.equal(await textOf(app.browser, "#app-name", (t) => t.length > 0), "Jalga");
  await textOf(app.browser, "#data-dir", (t) => t === app.dataDir, "data folder");
  await (await app.browser.$('button[data-lang="en"]')).click();
  const summary = await textOf(app.browser, "#db-summary", (t) => /Database: \d+ dwellings/.test(t));
  assert.match(summary, /· \d+ people · \d+ registrations$/);
  await (await app.browser.$('button[data-lang="ru"]')).click();
  await textOf(app.browser, "#db-summary", (t) => t.startsWith("База данных:"), "summary in Russian");
});

test("a valid IIN shows the birth date and sex, in each language", async () => {
  const expectations = [
    ["en", "Check an IIN", "Valid IIN", "1 January 1990", "male"],
    ["ru", "Проверка ИИН", "ИИН верный", "1990", "мужской"],
    ["kk", "ЖСН тексеру", "ЖСН дұрыс", "1990", "ер"],
  ];
  await typeIin("900101300017");
  for (const [lang, title, verdict, date, sex] of expectations) {
    await chooseLang(lang);
    await textOf(app.browser, "#iin-title", (t) => t === title, `${lang} title`);
    await textOf(app.browser, "[data-state=valid]", (t) => t.includes(verdict), `${lang} verdict`);
    await textOf(app.browser, "#iin-birth-date", (t) => t.includes(date), `${lang} birth date`);
    await textOf(app.browser, "#iin-sex", (t) => t === sex, `${lang} sex`);
  }
  await app.browser.saveScreenshot(path.join(artifacts, "iin-valid-kk.png"));
});

test("an invalid IIN shows why, in the chosen language", async () => {
  await chooseLang("ru");
  await typeIin("900231300012");
  await textOf(app.browser, "[data-state=invalid]", (t) => t.includes("ИИН неверный"));
  await textOf(app.browser, "#iin-reason", (t) => t === "Даты рождения 1990-02-31 не существует");

  await chooseLang("kk");
  await textOf(app.browser, "#iin-reason", (t) => t === "1990-02-31 туған күні болмайды");

  await chooseLang("en");
  await typeIin("900101300018");
  await textOf(app.browser, "#iin-reason", (t) =>
    t.startsWith("Check digit is 8, but the first 11 digits give 7"),
  );
  await app.browser.saveScreenshot(path.join(artifacts, "iin-invalid-en.png"));
});

test("the reason follows every keystroke", async () => {
  await chooseLang("en");
  await typeIin("9001");
  await textOf(app.browser, "#iin-reason", (t) => t === "Must be 12 digits, got 4 digits");
  const input = await app.browser.$("#iin-input");
  await input.addValue("01300017");
  await textOf(app.browser, "[data-state=valid]", (t) => t.includes("Valid IIN"));
});
