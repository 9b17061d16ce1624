//! The command surface is declared once, by the `#[tauri::command]`
//! functions: the handler list and the app manifest are made from them at
//! build time, and the committed capability and TypeScript wrappers must
//! be what they give (run with `JALGA_BLESS=1` to rewrite them).

#[path = "../../src-tauri/surface.rs"]
#[allow(dead_code)]
mod shell_surface;

use shell_surface as surface;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn commands() -> Vec<surface::Command> {
    surface::scan_dir(&root().join("src-tauri")).unwrap()
}

/// The committed `path` is `want`, or rewritten to it under `JALGA_BLESS`.
fn up_to_date(path: &Path, want: &str) -> Result<(), String> {
    if std::env::var_os("JALGA_BLESS").is_some() {
        std::fs::write(path, want).unwrap();
        return Ok(());
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    if have == want {
        Ok(())
    } else {
        Err(format!(
            "{} is stale: run `JALGA_BLESS=1 cargo test -p jalga --test integration surface`",
            path.display()
        ))
    }
}

#[test]
fn the_capability_allows_exactly_the_commands() {
    let path = root().join("capabilities/default.json");
    up_to_date(&path, &surface::capability(&commands())).unwrap();
}

#[test]
fn the_typescript_wrappers_are_the_commands() {
    let path = root().join("ui/src/bindings/commands.ts");
    up_to_date(&path, &surface::typescript(&commands())).unwrap();
}

/// The check is not vacuous: a capability missing one command, or
/// wrappers missing one, are refused.
#[test]
fn a_command_missing_from_a_list_is_found() {
    let all = commands();
    assert!(all.len() > 40, "{}", all.len());
    let mut fewer = all.clone();
    let gone = fewer.remove(fewer.len() / 2);
    let capability = surface::capability(&all);
    assert!(!surface::capability(&fewer).contains(&surface::permission(&gone.name)));
    assert_ne!(surface::capability(&fewer), capability);
    assert_ne!(surface::typescript(&fewer), surface::typescript(&all));
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join("default.json");
    std::fs::write(&stale, surface::capability(&fewer)).unwrap();
    if std::env::var_os("JALGA_BLESS").is_none() {
        assert!(up_to_date(&stale, &capability).is_err());
    }
}

/// What the webview passes is read from the signatures: runtime-injected
/// arguments are left out, snake_case becomes camelCase, a `Result` or the
/// shell's `Answer` answers with its `Ok` side.
#[test]
fn signatures_become_typed_wrappers() {
    let source = r#"
        #[tauri::command]
        pub async fn export_it<R: Runtime>(app: AppHandle<R>, lease_id: String, doc_lang: Option<DocLang>, on_progress: Channel<BatchProgress>) -> Answer<Vec<Verdict>> { todo!() }
        #[tauri::command]
        pub fn cancel<R: Runtime>(app: AppHandle<R>) {}
        pub fn not_a_command(x: u32) -> u32 { x }
    "#;
    let got = surface::scan("m", source).unwrap();
    let want = vec![
        surface::Command {
            module: "m".into(),
            name: "export_it".into(),
            args: vec![
                ("leaseId".into(), "string".into()),
                ("docLang".into(), "DocLang | null".into()),
                ("onProgress".into(), "Channel<BatchProgress>".into()),
            ],
            answer: "DocVerdict[]".into(),
        },
        surface::Command {
            module: "m".into(),
            name: "cancel".into(),
            args: vec![],
            answer: "null".into(),
        },
    ];
    assert_eq!(got, want);
    let ts = surface::typescript(&got);
    assert!(ts.contains("export function exportIt(leaseId: string, docLang: DocLang | null, onProgress: Channel<BatchProgress>): Promise<DocVerdict[]>"), "{ts}");
    assert!(ts.contains("return call<null>(\"cancel\");"), "{ts}");
    assert!(surface::handler(&got).contains("crate::m::export_it,"));
}
