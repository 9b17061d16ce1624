import { describe, expect, it } from "vitest";
import { actOf, blankHandover, formOf } from "./handover";

describe("the handover form", () => {
  it("turns what is typed into the act the core checks", () => {
    const f = blankHandover("h-1", "l-1", "move-in", "2026-03-01");
    f.inventory[0] = { room: " Кухня ", item: "Холодильник", quantity: "2", condition: "исправен" };
    f.meters[0] = { kind: "gas", serial: " ", reading: "1045,6" };
    f.keys[0] = { what: "Дверь", count: "три" };
    const act = actOf(f);
    expect(act.inventory[0]).toEqual({ room: "Кухня", item: "Холодильник", quantity: 2, condition: "исправен" });
    // No serial typed: none, not an empty string the document would print.
    expect(act.meters[0]).toEqual({ kind: "gas", serial: null, reading: "1045,6" });
    // A count that is not a number reaches the core as 0, which it refuses at the field.
    expect(act.keys[0]!.count).toBe(0);
    expect(act.remarks).toBeNull();
  });

  it("gives a stored act back as it was", () => {
    const act = actOf(blankHandover("h-2", "l-2", "return", "2027-05-31"));
    act.inventory[0] = { room: "Зал", item: "Диван", quantity: 1, condition: "хорошее" };
    act.meters[0] = { kind: "heat", serial: "T-1", reading: "3.412" };
    act.keys[0] = { what: "Дверь", count: 2 };
    act.remarks = "нет";
    expect(actOf(formOf(act))).toEqual(act);
  });
});
