import { beforeEach, describe, expect, it, vi } from "vitest";

// The commands the helper calls, stood in for: what was called, in order.
const calls: string[] = [];
let refuse = false;
vi.mock("../bindings/commands", () => ({
  recordLabel: async (kind: string, id: string) => {
    calls.push(`label ${kind} ${id}`);
    return "Астана, Абай 5, 12";
  },
  archiveRecord: async (kind: string, id: string) => {
    calls.push(`archive ${kind} ${id}`);
    if (refuse) throw { code: "invalid", field: null, message: "still referred to" };
  },
  unarchiveRecord: async (kind: string, id: string) => void calls.push(`unarchive ${kind} ${id}`),
  deleteRecord: async (kind: string, id: string) => {
    calls.push(`delete ${kind} ${id}`);
    return { kind, id };
  },
  restoreRecord: async (trash: { id: string }) => void calls.push(`restore ${trash.id}`),
}));

const { recordRemover } = await import("./records");

describe("archive, delete and undo, written once for the screens", () => {
  let seen: string[];
  let offered: { message: string; undo: () => Promise<unknown> } | null;
  const remover = () =>
    recordRemover("dwelling", () => "kk", {
      removed: () => void seen.push("removed"),
      changed: () => void seen.push("changed"),
      offer: (u) => (offered = u),
      problem: (m) => void seen.push(`problem ${m}`),
    }, (e) => (e as { message: string }).message);

  beforeEach(() => {
    calls.length = 0;
    refuse = false;
    seen = [];
    offered = null;
  });

  it("names the record as the core does, archives it, and undoes it", async () => {
    const r = remover();
    await r.remove("archive", "d1");
    expect(calls).toEqual(["label dwelling d1", "archive dwelling d1"]);
    expect(offered?.message).toContain("Астана, Абай 5, 12");
    expect(seen).toEqual(["problem null", "removed", "changed"]);
    await r.undo(offered);
    expect(calls.at(-1)).toBe("unarchive dwelling d1");
    expect(offered).toBeNull();
    expect(seen.at(-1)).toBe("changed");
  });

  it("deletes and restores what was deleted", async () => {
    const r = remover();
    await r.remove("delete", "d2");
    await r.undo(offered);
    expect(calls).toEqual(["label dwelling d2", "delete dwelling d2", "restore d2"]);
  });

  it("shows a refusal and keeps the record on screen", async () => {
    refuse = true;
    await remover().remove("archive", "d3");
    expect(seen).toEqual(["problem null", "problem still referred to"]);
    expect(offered).toBeNull();
  });
});
