import { describe, expect, it } from "vitest";
import { offerable } from "./occupants";

describe("the wizard's occupant options", () => {
  const people = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it.each([
    [null, [], ["a", "b", "c"]],
    ["a", [], ["b", "c"]],
    ["a", ["b"], ["c"]],
    [null, ["a", "c"], ["b"]],
    ["a", ["b", "c"], []],
  ] as const)("tenant %s, occupants %j: offers %j", (tenant, occ, want) => {
    const draft = { tenant_id: tenant, occupants: occ.map((person_id) => ({ person_id })) };
    expect(offerable(people, draft).map((p) => p.id)).toEqual(want);
  });
});
