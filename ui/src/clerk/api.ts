// Typed wrappers over the clerk's Tauri commands (src-tauri/clerk.rs).
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { AuditChoices } from "../bindings/AuditChoices";
import type { AuditOptions } from "../bindings/AuditOptions";
import type { AuditRun } from "../bindings/AuditRun";
import type { Charts } from "../bindings/Charts";
import type { ClerkProblem } from "../bindings/ClerkProblem";
import type { FindingDetail } from "../bindings/FindingDetail";
import type { FindingPage } from "../bindings/FindingPage";
import type { ImportProgress } from "../bindings/ImportProgress";
import type { Lang } from "../bindings/Lang";
import type { LoadResult } from "../bindings/LoadResult";
import type { MappedLoad } from "../bindings/MappedLoad";
import type { MappingProfile } from "../bindings/MappingProfile";
import type { OfficePreview } from "../bindings/OfficePreview";
import type { VerifyView } from "../bindings/VerifyView";

export function importFile(path: string, lang: Lang): Promise<LoadResult> {
  return invoke<LoadResult>("clerk_import", { path, lang });
}

export function onImportProgress(f: (p: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<ImportProgress>("clerk-import-progress", (e) => f(e.payload));
}

export function cancelImport(): Promise<void> {
  return invoke("clerk_cancel_import");
}

export function choices(lang: Lang): Promise<AuditChoices> {
  return invoke<AuditChoices>("clerk_choices", { lang });
}

export function runAudit(options: AuditOptions, lang: Lang): Promise<AuditRun> {
  return invoke<AuditRun>("clerk_audit", { options, lang });
}

export function cancelAudit(): Promise<void> {
  return invoke("clerk_cancel_audit");
}

export function findings(offset: number, limit: number, lang: Lang): Promise<FindingPage> {
  return invoke<FindingPage>("clerk_findings", { offset, limit, lang });
}

export function finding(index: number, lang: Lang): Promise<FindingDetail> {
  return invoke<FindingDetail>("clerk_finding", { index, lang });
}

export function verifyPdf(path: string, lang: Lang): Promise<VerifyView> {
  return invoke<VerifyView>("clerk_verify_pdf", { path, lang });
}

export function verifyCode(code: string, lang: Lang): Promise<VerifyView> {
  return invoke<VerifyView>("clerk_verify_code", { code, lang });
}

export function exportPdf(path: string, docLang: string, lang: Lang): Promise<string> {
  return invoke<string>("clerk_export_pdf", { path, docLang, lang });
}

export function exportCsv(path: string, lang: Lang): Promise<string> {
  return invoke<string>("clerk_export_csv", { path, lang });
}

export function charts(
  district: string | null,
  from: string | null,
  today: string,
  top: number,
  lang: Lang,
): Promise<Charts> {
  return invoke<Charts>("clerk_charts", { district, from, today, top, lang });
}

/** The first day of the month `months` before `iso`'s month. */
export function monthsBack(iso: string, months: number): string {
  const [y, m] = iso.split("-").map(Number);
  const total = y! * 12 + (m! - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** Whatever a command rejected with, as a problem with its details. */
export function asClerkProblem(e: unknown): ClerkProblem {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    const p = e as Partial<ClerkProblem> & { code: string; message: string };
    return { code: p.code, field: p.field ?? null, message: p.message, details: p.details ?? [] };
  }
  return { code: "unexpected", field: null, message: String(e), details: [] };
}

/** Today in the local calendar, as YYYY-MM-DD. */
export function isoToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function importPreview(
  path: string,
  profile: MappingProfile | null,
  sheet: string | null,
  lang: Lang,
): Promise<OfficePreview> {
  return invoke<OfficePreview>("clerk_import_preview", { path, profile, sheet, lang });
}

export function importProfiles(lang: Lang): Promise<MappingProfile[]> {
  return invoke<MappingProfile[]>("clerk_import_profiles", { lang });
}

export function saveImportProfile(profile: MappingProfile, lang: Lang): Promise<void> {
  return invoke("clerk_save_import_profile", { profile, lang });
}

export function importMapped(
  path: string,
  profile: MappingProfile | null,
  sheet: string | null,
  lang: Lang,
): Promise<MappedLoad> {
  return invoke<MappedLoad>("clerk_import_mapped", { path, profile, sheet, lang });
}

/** The profile the screen's choices make: every heading and its column. */
export function profileOf(name: string, headers: string[], fields: (string | null)[], sheet: string | null): MappingProfile {
  return {
    name,
    columns: headers.map((header, i) => ({ header, field: fields[i] ?? null })),
    sheet,
  };
}
