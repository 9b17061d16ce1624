import { describe, expect, it } from "vitest";
import { AUTOSAVE_EVENT, autosaver, byField, closeWhenSaved, msg, parseNumber, type AutosaveState } from "./landlord";

describe("the landlord screens' helpers", () => {
  it.each([
    ["45", 45],
    ["45,5", 45.5],
    ["1 250.75", 1250.75],
    ["", NaN],
    ["abc", NaN],
  ])("reads %j as a number", (text, n) => {
    expect(parseNumber(text)).toEqual(n);
  });

  it("puts a core message into words with its arguments", () => {
    const m = { id: "norm-glance", args: [["counted", 3], ["capacity", 4], ["per", 11.2]] as [string, number][] };
    expect(msg("en", m)).toBe("3 of 4 allowed, 11.2 m² per person");
    expect(msg("ru", m)).toContain("3 из 4");
  });

  // The same table as the core's message_days test: a day argument is
  // written as each language writes days, as the core writes it.
  it.each([
    ["kk", "21.12.2026 дейін жарамды: 5 күн қалды."],
    ["ru", "Действителен по 21.12.2026: осталось 5 дней."],
    ["en", "Valid through 21/12/2026: 5 days left."],
  ] as const)("writes a day inside a sentence in %s as people type it", (lang, want) => {
    const m = {
      id: "today-document-expires",
      args: [["date", { day: "2026-12-21" }], ["days", 5]] as [string, { day: string } | number][],
    };
    expect(msg(lang, m)).toBe(want);
  });

  it("keeps the first violation of each field", () => {
    const v = (path: string, code: string) => ({ path, code, message: { id: "v-required", args: [] } });
    const f = byField([v("city", "a"), v("city", "b"), v("owners[0].iin_bin", "c")]);
    expect(Object.keys(f)).toEqual(["city", "owners[0].iin_bin"]);
    expect(f.city!.code).toBe("a");
  });
});

describe("the form autosaver", () => {
  // The events the autosaver sends the app, caught on a stand-in window.
  function listen() {
    const target = new EventTarget();
    const seen: AutosaveState[] = [];
    target.addEventListener(AUTOSAVE_EVENT, (e) => seen.push((e as CustomEvent<AutosaveState>).detail));
    (globalThis as { dispatchEvent?: (e: Event) => boolean }).dispatchEvent = (e) => target.dispatchEvent(e);
    return seen;
  }

  it("announces a failed save, keeps its text and tries it again, then clears the problem", async () => {
    const seen = listen();
    const sent: string[] = [];
    let fail = true;
    const busy = { code: "store-busy", field: "db", message: "busy", details: [] };
    const drafts = autosaver("k", () => "en", 60_000, async (_key, json) => {
      sent.push(json);
      if (fail) throw busy;
    });
    drafts.save({ rent: "1" });
    await drafts.flush();
    expect(seen).toEqual([{ key: "k", problem: busy }]);
    fail = false;
    await drafts.flush();
    expect(sent).toEqual(['{"rent":"1"}', '{"rent":"1"}']);
    expect(seen.at(-1)).toEqual({ key: "k", problem: null });
  });

  it("sends one save at a time and the newest text after it", async () => {
    listen();
    const sent: string[] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    let calls = 0;
    const drafts = autosaver("k", () => "en", 60_000, async (_key, json) => {
      sent.push(json);
      if (calls++ === 0) await first;
    });
    drafts.save({ n: 1 });
    const a = drafts.flush();
    drafts.save({ n: 2 });
    drafts.save({ n: 3 });
    const b = drafts.flush();
    expect(sent).toEqual(['{"n":1}']);
    release();
    await Promise.all([a, b]);
    expect(sent).toEqual(['{"n":1}', '{"n":3}']);
  });
});

describe("closing the window", () => {
  it("saves a draft typed a moment ago before it closes", async () => {
    const saved: string[] = [];
    const order: string[] = [];
    const drafts = autosaver("lease-wizard", () => "ru", 60_000, async (_k, json) => {
      saved.push(json);
      order.push("saved");
    });
    drafts.save({ rent: "123456" });
    let onClose: (() => void) | undefined;
    const closed = new Promise<void>((resolve) => {
      void closeWhenSaved(
        async (event, f) => {
          expect(event).toBe("jalga:close-requested");
          onClose = f;
          return () => undefined;
        },
        async () => {
          order.push("closed");
          resolve();
        },
      );
    });
    // The shell asks to close well inside the autosave's delay.
    await Promise.resolve();
    onClose!();
    await closed;
    expect(saved).toEqual([JSON.stringify({ rent: "123456" })]);
    expect(order).toEqual(["saved", "closed"]);
  });

  it("closes after its bound when a save never answers", async () => {
    const drafts = autosaver("stuck", () => "en", 60_000, () => new Promise(() => undefined));
    drafts.save({ x: 1 });
    let onClose: (() => void) | undefined;
    const closed = new Promise<void>((resolve) => {
      void closeWhenSaved(
        async (_e, f) => {
          onClose = f;
          return () => undefined;
        },
        async () => resolve(),
        10,
      );
    });
    await Promise.resolve();
    onClose!();
    await closed;
  });
});
