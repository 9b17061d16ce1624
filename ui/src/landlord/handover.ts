// The handover form's state as typed, and the act the core checks and
// keeps: counts are typed as text, so a typed non-number reaches the core
// as 0 and comes back as its "1–999" problem at the field.
import type { Handover } from "../bindings/Handover";
import type { HandoverDirection } from "../bindings/HandoverDirection";
import type { MeterKind } from "../bindings/MeterKind";
import { num } from "./form";

export const METER_KINDS: MeterKind[] = ["electricity", "cold-water", "hot-water", "gas", "heat"];

export type HandoverForm = {
  id: string;
  lease_id: string;
  direction: HandoverDirection;
  handed_on: string;
  inventory: { room: string; item: string; quantity: string; condition: string }[];
  meters: { kind: MeterKind; serial: string; reading: string }[];
  keys: { what: string; count: string }[];
  remarks: string;
};

/** An empty form for a lease's act, with one line of each list to fill. */
export function blankHandover(id: string, leaseId: string, direction: HandoverDirection, today: string): HandoverForm {
  return {
    id,
    lease_id: leaseId,
    direction,
    handed_on: today,
    inventory: [{ room: "", item: "", quantity: "1", condition: "" }],
    meters: [{ kind: "electricity", serial: "", reading: "" }],
    keys: [{ what: "", count: "1" }],
    remarks: "",
  };
}

/** The form of a stored act. */
export function formOf(h: Handover): HandoverForm {
  return {
    id: h.id,
    lease_id: h.lease_id,
    direction: h.direction,
    handed_on: h.handed_on,
    inventory: h.inventory.map((x) => ({ ...x, quantity: String(x.quantity) })),
    meters: h.meters.map((m) => ({ kind: m.kind, serial: m.serial ?? "", reading: m.reading })),
    keys: h.keys.map((k) => ({ what: k.what, count: String(k.count) })),
    remarks: h.remarks ?? "",
  };
}

const opt = (v: string) => (v.trim() === "" ? null : v.trim());

/** The act as the core takes it. */
export function actOf(f: HandoverForm): Handover {
  return {
    id: f.id,
    lease_id: f.lease_id,
    direction: f.direction,
    handed_on: f.handed_on.trim(),
    inventory: f.inventory.map((x) => ({
      room: x.room.trim(),
      item: x.item.trim(),
      quantity: Math.max(0, Math.trunc(num(x.quantity))),
      condition: x.condition.trim(),
    })),
    meters: f.meters.map((m) => ({ kind: m.kind, serial: opt(m.serial), reading: m.reading.trim() })),
    keys: f.keys.map((k) => ({ what: k.what.trim(), count: Math.max(0, Math.trunc(num(k.count))) })),
    remarks: opt(f.remarks),
  };
}
