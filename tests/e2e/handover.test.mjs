// The handover act from the documents screen: the demo lease's move-in act
// comes from the store, a reading typed wrong is refused at its field as it
// is typed, the corrected act is saved and its preview prints the reading.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { launch, textOf } from "./harness.mjs";

describe("the handover act", () => {
  test("is filled on the documents screen, checked as typed, kept and printed", async () => {
    const app = await launch({ seed: true });
    try {
      const b = app.browser;
      await (await b.$('button[data-lang="ru"]')).click();
      await (await b.$("#nav-documents")).click();
      const row = await b.$('.lease-row[data-id="l-tauelsizdik-2026"]');
      await row.waitForExist({ timeout: 10_000 });
      await row.click();
      await (await b.$("#doc-kind")).selectByAttribute("value", "handover-act");
      const reading = await b.$("#ho-reading-0");
      await b.waitUntil(async () => (await reading.getValue()) === "12458.3", { timeoutMsg: "the stored reading" });
      await reading.setValue("12a");
      await textOf(b, "#err-ho-reading-0", (t) => t.includes("Показание счётчика"), "the reading refused at its field");
      await reading.setValue("12460.5");
      await b.waitUntil(async () => !(await (await b.$("#err-ho-reading-0")).isExisting()), { timeoutMsg: "the error goes" });
      await (await b.$("#ho-save")).click();
      await textOf(b, "#ho-saved", (t) => t.includes("Акт сохранён"), "saved");
      await (await b.$("#doc-preview")).click();
      await (await b.$("#doc-preview-text svg, #doc-problem")).waitForExist({ timeout: 30_000 });
      const text = await b.execute(
        () => (document.querySelector("#doc-preview-text") ?? document.querySelector("#doc-problem")).textContent,
      );
      assert.ok(text.includes("12460.5"), text);
      assert.ok(text.includes("Шкаф-купе"), text);
    } finally {
      await app.close();
    }
  });
});
