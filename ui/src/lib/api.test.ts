import { describe, expect, it } from "vitest";
import { asProblem } from "./api";

describe("asProblem", () => {
  it("passes a structured problem through", () => {
    const p = { code: "invalid", field: "iin", message: "Nothing entered", details: ["line 2"] };
    expect(asProblem(p)).toEqual(p);
  });

  it("gives a problem without detail lines an empty list", () => {
    const p = { code: "invalid", field: null, message: "Nothing entered" };
    expect(asProblem(p)).toEqual({ ...p, details: [] });
  });

  it.each([["a bare string"], [new Error("boom")], [42]])("wraps %s", (e) => {
    const p = asProblem(e);
    expect(p.code).toBe("unexpected");
    expect(p.message).toBe(String(e));
    expect(p.details).toEqual([]);
  });
});
