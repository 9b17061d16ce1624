// The clerk's commands (src-tauri/clerk.rs), under the screens' names; the
// wrappers themselves are generated (src/bindings/commands.ts).
export { asProblem } from "../bindings/commands";
import * as c from "../bindings/commands";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ImportProgress } from "../bindings/ImportProgress";
import type { MappingProfile } from "../bindings/MappingProfile";

export const importFile = c.clerkImport;

export function onImportProgress(f: (p: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>("clerk-import-progress", (e) => f(e.payload));
}

export const cancelImport = c.clerkCancelImport;

export const choices = c.clerkChoices;

export const runAudit = c.clerkAudit;

export const cancelAudit = c.clerkCancelAudit;

export const findings = c.clerkFindings;

export const finding = c.clerkFinding;

export const verifyPdf = c.clerkVerifyPdf;

export const verifyCode = c.clerkVerifyCode;

export const exportPdf = c.clerkExportPdf;

export const exportCsv = c.clerkExportCsv;

export const charts = c.clerkCharts;

/** The first day of the month `months` before `iso`'s month. */
export function monthsBack(iso: string, months: number): string {
  const [y, m] = iso.split("-").map(Number);
  const total = y! * 12 + (m! - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}


/** Today in the local calendar, as YYYY-MM-DD. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const importPreview = c.clerkImportPreview;

export const importProfiles = c.clerkImportProfiles;

export const saveImportProfile = c.clerkSaveImportProfile;

export const importMapped = c.clerkImportMapped;

/** The profile the screen's choices make: every heading and its column. */
export function profileOf(name: string, headers: string[], fields: (string | null)[], sheet: string | null): MappingProfile {
  return {
    name,
    columns: headers.map((header, i) => ({ header, field: fields[i] ?? null })),
    sheet,
  };
}
