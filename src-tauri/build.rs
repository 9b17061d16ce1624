// The app's own commands. Declaring them makes Tauri check each call
// against the capability in capabilities/default.json, which allows them by
// name (`allow-<command>`) and nothing else: a command missing from either
// list cannot be called, which the end-to-end tests would show.
// Keep in step with `generate_handler!` in lib.rs.
const COMMANDS: &[&str] = &[
    "app_info",
    "check_iin",
    "store_status",
    "unlock",
    "backup_now",
    "list_backups",
    "restore_backup",
    "set_passphrase",
    "clerk_import",
    "clerk_cancel_import",
    "clerk_audit",
    "clerk_cancel_audit",
    "clerk_findings",
    "clerk_finding",
    "clerk_choices",
    "clerk_verify_pdf",
    "clerk_verify_code",
    "clerk_export_pdf",
    "clerk_export_csv",
    "clerk_charts",
    "clerk_import_preview",
    "clerk_import_profiles",
    "clerk_save_import_profile",
    "clerk_import_mapped",
    "list_dwellings",
    "dwelling_status",
    "check_dwelling",
    "save_dwelling",
    "list_people",
    "get_person",
    "check_person",
    "save_person",
    "transliterate",
    "new_id",
    "check_lease_draft",
    "save_lease",
    "list_leases",
    "deadline_dashboard",
    "deadline_counts",
    "save_form_draft",
    "load_form_draft",
    "delete_form_draft",
    "export_document",
    "preview_document",
    "export_batch",
    "open_documents_folder",
    "check_handover",
    "list_handovers",
    "save_handover",
    "close_after_flush",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("the app's commands and capabilities are consistent");
}
