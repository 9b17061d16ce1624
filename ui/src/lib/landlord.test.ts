import { describe, expect, it } from "vitest";
import { AUTOSAVE_EVENT, autosaver, byField, msg, parseNumber, type AutosaveState } from "./landlord";

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
