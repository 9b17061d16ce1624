// Generated from the #[tauri::command] functions in src-tauri/ (src-tauri/surface.rs);
// the shell's `surface` test fails when this file is stale. Do not edit by hand.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { AppInfo } from "./AppInfo";
import type { AuditChoices } from "./AuditChoices";
import type { AuditOptions } from "./AuditOptions";
import type { AuditRun } from "./AuditRun";
import type { BackupInfo } from "./BackupInfo";
import type { BatchProgress } from "./BatchProgress";
import type { BatchResult } from "./BatchResult";
import type { Charts } from "./Charts";
import type { Created } from "./Created";
import type { CycleBoard } from "./CycleBoard";
import type { Dashboard } from "./Dashboard";
import type { DeadlineCounts } from "./DeadlineCounts";
import type { Direction } from "./Direction";
import type { DocKind } from "./DocKind";
import type { DocLang } from "./DocLang";
import type { DraftCheck } from "./DraftCheck";
import type { DwellingKey } from "./DwellingKey";
import type { DwellingPage } from "./DwellingPage";
import type { DwellingStatus } from "./DwellingStatus";
import type { FindingDetail } from "./FindingDetail";
import type { FindingPage } from "./FindingPage";
import type { ForeignerNotice } from "./ForeignerNotice";
import type { Handover } from "./Handover";
import type { IinCheck } from "./IinCheck";
import type { Lang } from "./Lang";
import type { Lease } from "./Lease";
import type { LeaseDraft } from "./LeaseDraft";
import type { LeaseReadiness } from "./LeaseReadiness";
import type { LeaseRow } from "./LeaseRow";
import type { LoadResult } from "./LoadResult";
import type { MappedLoad } from "./MappedLoad";
import type { MappingProfile } from "./MappingProfile";
import type { NoticeStep } from "./NoticeStep";
import type { OfficePreview } from "./OfficePreview";
import type { OfficeServer } from "./OfficeServer";
import type { OpenedLease } from "./OpenedLease";
import type { Owner } from "./Owner";
import type { Person } from "./Person";
import type { PersonKey } from "./PersonKey";
import type { PersonPage } from "./PersonPage";
import type { Problem } from "./Problem";
import type { Property } from "./Property";
import type { RecordKind } from "./RecordKind";
import type { Registration } from "./Registration";
import type { SaveAs } from "./SaveAs";
import type { SignView } from "./SignView";
import type { Step } from "./Step";
import type { StoreStatus } from "./StoreStatus";
import type { Today } from "./Today";
import type { Trash } from "./Trash";
import type { VerifyView } from "./VerifyView";
import type { Violation } from "./Violation";

export { Channel };

/** Whatever a command rejected with, as the one Problem shape. */
export function asProblem(e: unknown): Problem {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    const p = e as Partial<Problem> & { code: string; message: string };
    return { code: p.code, field: p.field ?? null, message: p.message, details: p.details ?? [] };
  }
  return { code: "unexpected", field: null, message: String(e), details: [] };
}

/** Calls a command; a rejection is always a Problem. */
async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asProblem(e);
  }
}

export function appInfo(lang: Lang): Promise<AppInfo> {
  return call<AppInfo>("app_info", { lang });
}

export function checkIin(input: string, lang: Lang): Promise<IinCheck> {
  return call<IinCheck>("check_iin", { input, lang });
}

export function storeStatus(lang: Lang): Promise<StoreStatus> {
  return call<StoreStatus>("store_status", { lang });
}

export function unlock(passphrase: string, lang: Lang): Promise<null> {
  return call<null>("unlock", { passphrase, lang });
}

export function backupNow(lang: Lang): Promise<BackupInfo> {
  return call<BackupInfo>("backup_now", { lang });
}

export function listBackups(lang: Lang): Promise<BackupInfo[]> {
  return call<BackupInfo[]>("list_backups", { lang });
}

export function restoreBackup(path: string, passphrase: string | null, lang: Lang): Promise<null> {
  return call<null>("restore_backup", { path, passphrase, lang });
}

export function setPassphrase(current: string | null, new_: string | null, lang: Lang): Promise<StoreStatus> {
  return call<StoreStatus>("set_passphrase", { current, new: new_, lang });
}

export function clerkImport(path: string, lang: Lang): Promise<LoadResult> {
  return call<LoadResult>("clerk_import", { path, lang });
}

export function clerkCancelImport(): Promise<null> {
  return call<null>("clerk_cancel_import");
}

export function clerkCancelAudit(): Promise<null> {
  return call<null>("clerk_cancel_audit");
}

export function clerkAudit(options: AuditOptions, lang: Lang): Promise<AuditRun> {
  return call<AuditRun>("clerk_audit", { options, lang });
}

export function clerkFindings(offset: number, limit: number, lang: Lang): Promise<FindingPage> {
  return call<FindingPage>("clerk_findings", { offset, limit, lang });
}

export function clerkFinding(index: number, lang: Lang): Promise<FindingDetail> {
  return call<FindingDetail>("clerk_finding", { index, lang });
}

export function clerkChoices(lang: Lang): Promise<AuditChoices> {
  return call<AuditChoices>("clerk_choices", { lang });
}

export function clerkVerifyPdf(path: string, lang: Lang): Promise<VerifyView> {
  return call<VerifyView>("clerk_verify_pdf", { path, lang });
}

export function clerkVerifyCode(code: string, lang: Lang): Promise<VerifyView> {
  return call<VerifyView>("clerk_verify_code", { code, lang });
}

export function clerkExportPdf(path: string, docLang: string, lang: Lang): Promise<string> {
  return call<string>("clerk_export_pdf", { path, docLang, lang });
}

export function clerkExportCsv(path: string, lang: Lang): Promise<string> {
  return call<string>("clerk_export_csv", { path, lang });
}

export function clerkCharts(district: string | null, from: string | null, today: string, top: number, lang: Lang): Promise<Charts> {
  return call<Charts>("clerk_charts", { district, from, today, top, lang });
}

export function clerkImportPreview(path: string, profile: MappingProfile | null, sheet: string | null, lang: Lang): Promise<OfficePreview> {
  return call<OfficePreview>("clerk_import_preview", { path, profile, sheet, lang });
}

export function clerkImportProfiles(lang: Lang): Promise<MappingProfile[]> {
  return call<MappingProfile[]>("clerk_import_profiles", { lang });
}

export function clerkSaveImportProfile(profile: MappingProfile, lang: Lang): Promise<null> {
  return call<null>("clerk_save_import_profile", { profile, lang });
}

export function clerkImportMapped(path: string, profile: MappingProfile | null, sheet: string | null, lang: Lang): Promise<MappedLoad> {
  return call<MappedLoad>("clerk_import_mapped", { path, profile, sheet, lang });
}

export function listDwellings(query: string, after: DwellingKey | null, limit: number, lang: Lang): Promise<DwellingPage> {
  return call<DwellingPage>("list_dwellings", { query, after, limit, lang });
}

export function dwellingStatus(id: string, lang: Lang): Promise<DwellingStatus> {
  return call<DwellingStatus>("dwelling_status", { id, lang });
}

export function checkDwelling(property: Property, owners: Owner[]): Promise<Violation[]> {
  return call<Violation[]>("check_dwelling", { property, owners });
}

export function saveDwelling(property: Property, owners: Owner[], lang: Lang): Promise<null> {
  return call<null>("save_dwelling", { property, owners, lang });
}

export function listPeople(query: string, after: PersonKey | null, limit: number, lang: Lang): Promise<PersonPage> {
  return call<PersonPage>("list_people", { query, after, limit, lang });
}

export function getPerson(id: string, lang: Lang): Promise<Person | null> {
  return call<Person | null>("get_person", { id, lang });
}

export function checkPerson(person: Person): Promise<Violation[]> {
  return call<Violation[]>("check_person", { person });
}

export function savePerson(person: Person, lang: Lang): Promise<null> {
  return call<null>("save_person", { person, lang });
}

export function transliterate(text: string, direction: Direction): Promise<string> {
  return call<string>("transliterate", { text, direction });
}

export function newId(prefix: string): Promise<string> {
  return call<string>("new_id", { prefix });
}

export function checkLeaseDraft(draft: LeaseDraft, lang: Lang): Promise<DraftCheck> {
  return call<DraftCheck>("check_lease_draft", { draft, lang });
}

export function saveLease(draft: LeaseDraft, saveAs: SaveAs, lang: Lang): Promise<LeaseReadiness> {
  return call<LeaseReadiness>("save_lease", { draft, saveAs, lang });
}

export function listLeases(query: string, lang: Lang): Promise<LeaseRow[]> {
  return call<LeaseRow[]>("list_leases", { query, lang });
}

export function deadlineDashboard(lang: Lang): Promise<Dashboard> {
  return call<Dashboard>("deadline_dashboard", { lang });
}

export function deadlineCounts(lang: Lang): Promise<DeadlineCounts> {
  return call<DeadlineCounts>("deadline_counts", { lang });
}

export function saveFormDraft(key: string, json: string, lang: Lang): Promise<null> {
  return call<null>("save_form_draft", { key, json, lang });
}

export function loadFormDraft(key: string, lang: Lang): Promise<string | null> {
  return call<string | null>("load_form_draft", { key, lang });
}

export function deleteFormDraft(key: string, lang: Lang): Promise<null> {
  return call<null>("delete_form_draft", { key, lang });
}

export function exportDocument(leaseId: string, kind: DocKind, docLang: DocLang, lang: Lang): Promise<string> {
  return call<string>("export_document", { leaseId, kind, docLang, lang });
}

export function exportBatch(docLang: DocLang, lang: Lang, onProgress: Channel<BatchProgress>): Promise<BatchResult> {
  return call<BatchResult>("export_batch", { docLang, lang, onProgress });
}

export function openDocumentsFolder(lang: Lang): Promise<string> {
  return call<string>("open_documents_folder", { lang });
}

export function signDocument(path: string, p12Path: string, password: string, lang: Lang): Promise<SignView> {
  return call<SignView>("sign_document", { path, p12Path, password, lang });
}

export function checkHandover(act: Handover, lang: Lang): Promise<Violation[]> {
  return call<Violation[]>("check_handover", { act, lang });
}

export function listHandovers(leaseId: string, lang: Lang): Promise<Handover[]> {
  return call<Handover[]>("list_handovers", { leaseId, lang });
}

export function saveHandover(act: Handover, lang: Lang): Promise<Handover> {
  return call<Handover>("save_handover", { act, lang });
}

export function archiveRecord(kind: RecordKind, id: string, lang: Lang): Promise<null> {
  return call<null>("archive_record", { kind, id, lang });
}

export function unarchiveRecord(kind: RecordKind, id: string, lang: Lang): Promise<null> {
  return call<null>("unarchive_record", { kind, id, lang });
}

export function recordLabel(kind: RecordKind, id: string, lang: Lang): Promise<string> {
  return call<string>("record_label", { kind, id, lang });
}

export function deleteRecord(kind: RecordKind, id: string, lang: Lang): Promise<Trash> {
  return call<Trash>("delete_record", { kind, id, lang });
}

export function restoreRecord(trash: Trash, lang: Lang): Promise<null> {
  return call<null>("restore_record", { trash, lang });
}

export function documentPages(leaseId: string, kind: DocKind, docLang: DocLang, lang: Lang): Promise<string[]> {
  return call<string[]>("document_pages", { leaseId, kind, docLang, lang });
}

export function openDocumentFile(path: string, lang: Lang): Promise<null> {
  return call<null>("open_document_file", { path, lang });
}

export function todayList(lang: Lang): Promise<Today> {
  return call<Today>("today_list", { lang });
}

export function registrationCycle(lang: Lang): Promise<CycleBoard> {
  return call<CycleBoard>("registration_cycle", { lang });
}

export function openLease(leaseId: string, lang: Lang): Promise<OpenedLease> {
  return call<OpenedLease>("open_lease", { leaseId, lang });
}

export function createFromLease(leaseId: string, personId: string, lang: Lang): Promise<Created> {
  return call<Created>("create_from_lease", { leaseId, personId, lang });
}

export function markRegistration(registrationId: string, step: Step, on: string, lang: Lang): Promise<Registration> {
  return call<Registration>("mark_registration", { registrationId, step, on, lang });
}

export function markNotice(noticeId: string, step: NoticeStep, on: string, lang: Lang): Promise<ForeignerNotice> {
  return call<ForeignerNotice>("mark_notice", { noticeId, step, on, lang });
}

export function recordConsent(registrationId: string, by: string, on: string, lang: Lang): Promise<Registration> {
  return call<Registration>("record_consent", { registrationId, by, on, lang });
}

export function renewLease(leaseId: string, until: string, lang: Lang): Promise<Lease> {
  return call<Lease>("renew_lease", { leaseId, until, lang });
}

export function endLease(leaseId: string, on: string, lang: Lang): Promise<Lease> {
  return call<Lease>("end_lease", { leaseId, on, lang });
}

export function closeAfterFlush(): Promise<null> {
  return call<null>("close_after_flush");
}

export function officeServer(lang: Lang): Promise<OfficeServer | null> {
  return call<OfficeServer | null>("office_server", { lang });
}

export function setOfficeServer(url: string, role: string, lang: Lang): Promise<OfficeServer | null> {
  return call<OfficeServer | null>("set_office_server", { url, role, lang });
}
