import { describe, expect, it } from "vitest";
import { profileOf } from "./api";

describe("the mapping screen's profile", () => {
  it("keeps every heading with the column the clerk left it on", () => {
    const p = profileOf("Almaly", ["ИИН", "Фам. жильца", "Прим."], ["iin", "surname", null], null);
    expect(p).toEqual({
      name: "Almaly",
      columns: [
        { header: "ИИН", field: "iin" },
        { header: "Фам. жильца", field: "surname" },
        { header: "Прим.", field: null },
      ],
      sheet: null,
    });
  });

  it("treats a heading past the chosen columns as skipped", () => {
    expect(profileOf("x", ["a", "b"], ["id"], "Лист1").columns[1]).toEqual({ header: "b", field: null });
  });
});
