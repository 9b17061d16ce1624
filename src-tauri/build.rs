// The app's own commands come from one source: the `#[tauri::command]`
// functions of the shell's modules (read by surface.rs). Declaring them in
// the app manifest makes Tauri check each call against the capability in
// capabilities/default.json, which allows them by name (`allow-<command>`)
// and nothing else; `lib.rs` registers the same list, written here.
#[path = "surface.rs"]
#[allow(dead_code)]
mod surface;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri");
    for (_, file) in surface::MODULES {
        println!("cargo:rerun-if-changed={}", dir.join(file).display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        dir.join("surface.rs").display()
    );
    let commands = surface::scan_dir(&dir).expect("the shell's command modules parse");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("handler.rs"), surface::handler(&commands))
        .expect("OUT_DIR is writable");
    let names: Vec<&'static str> = commands
        .into_iter()
        .map(|c| &*Box::leak(c.name.into_boxed_str()))
        .collect();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(names.leak())),
    )
    .expect("the app's commands and capabilities are consistent");
}
