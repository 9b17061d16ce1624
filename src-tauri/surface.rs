//! The app's command surface, read from one source: the `#[tauri::command]`
//! functions of the shell's command modules. From them come the handler
//! list and the app manifest (in `build.rs`, at build time), and the
//! capability file and the UI's typed wrappers (committed, and checked to
//! be up to date by the shell's `surface` test). A command is declared once,
//! by writing its function.
//!
//! Included with `#[path]` by `build.rs` and by the test; not part of the
//! app's library, so the shipped binary carries no parser.

use std::fmt::Write as _;

/// The modules that hold commands, as `lib.rs` names them, and their files.
pub const MODULES: &[(&str, &str)] = &[
    ("commands", "commands.rs"),
    ("trust", "trust.rs"),
    ("clerk", "clerk.rs"),
    ("landlord", "landlord.rs"),
    ("sign", "sign.rs"),
    ("handover", "handover.rs"),
    ("records", "records.rs"),
    ("home", "home.rs"),
    ("close", "close.rs"),
    ("office", "office.rs"),
];

/// One command: where it lives, what the webview passes, what it gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub module: String,
    pub name: String,
    /// Argument names as the webview spells them (camelCase), with their
    /// TypeScript types.
    pub args: Vec<(String, String)>,
    /// The TypeScript type of the answer (a `Result`'s `Ok` side).
    pub answer: String,
}

/// Arguments the runtime fills in, never the webview.
const INJECTED: &[&str] = &["AppHandle", "State", "Window", "WebviewWindow", "Webview"];

/// Rust names whose TypeScript twin ts-rs writes under another name.
const RENAMED: &[(&str, &str)] = &[("Verdict", "DocVerdict"), ("Failure", "DocFailure")];

/// The commands in `source`, the text of module `module`, in file order.
pub fn scan(module: &str, source: &str) -> Result<Vec<Command>, String> {
    let file = syn::parse_file(source).map_err(|e| format!("{module}: {e}"))?;
    let mut out = Vec::new();
    for item in &file.items {
        let syn::Item::Fn(f) = item else { continue };
        let is_command = f.attrs.iter().any(|a| {
            let segs: Vec<String> = a
                .path()
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            segs == ["tauri", "command"]
        });
        if !is_command {
            continue;
        }
        let mut args = Vec::new();
        for input in &f.sig.inputs {
            let syn::FnArg::Typed(pat) = input else {
                return Err(format!(
                    "{module}::{}: a command takes no self",
                    f.sig.ident
                ));
            };
            if last_ident(&pat.ty).is_some_and(|i| INJECTED.contains(&i.as_str())) {
                continue;
            }
            let syn::Pat::Ident(name) = &*pat.pat else {
                return Err(format!(
                    "{module}::{}: arguments need plain names",
                    f.sig.ident
                ));
            };
            args.push((camel(&name.ident.to_string()), ts_type(&pat.ty)?));
        }
        let answer = match &f.sig.output {
            syn::ReturnType::Default => "null".to_owned(),
            syn::ReturnType::Type(_, ty) => ts_type(&ok_side(ty))?,
        };
        out.push(Command {
            module: module.to_owned(),
            name: f.sig.ident.to_string(),
            args,
            answer,
        });
    }
    Ok(out)
}

/// Every command of the shell, read from the files in `dir` (`src-tauri`).
pub fn scan_dir(dir: &std::path::Path) -> Result<Vec<Command>, String> {
    let mut all = Vec::new();
    for (module, file) in MODULES {
        let path = dir.join(file);
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{path:?}: {e}"))?;
        all.extend(scan(module, &source)?);
    }
    let mut names: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("two commands are named {}", w[0]));
    }
    Ok(all)
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => last_ident(&r.elem),
        _ => None,
    }
}

fn generics(ty: &syn::Type) -> Vec<syn::Type> {
    let syn::Type::Path(p) = ty else {
        return Vec::new();
    };
    let Some(last) = p.path.segments.last() else {
        return Vec::new();
    };
    let syn::PathArguments::AngleBracketed(a) = &last.arguments else {
        return Vec::new();
    };
    a.args
        .iter()
        .filter_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// `Result<T, E>` and the shell's `Answer<T>` answer with `T`.
fn ok_side(ty: &syn::Type) -> syn::Type {
    match last_ident(ty).as_deref() {
        Some("Result" | "Answer") => generics(ty).into_iter().next().unwrap_or(ty.clone()),
        _ => ty.clone(),
    }
}

/// The TypeScript type of a Rust type as serde and ts-rs write it.
fn ts_type(ty: &syn::Type) -> Result<String, String> {
    if let syn::Type::Tuple(t) = ty {
        if t.elems.is_empty() {
            return Ok("null".to_owned());
        }
    }
    let Some(ident) = last_ident(ty) else {
        return Err("a command's types are named paths".to_owned());
    };
    let inner = generics(ty);
    let first = || {
        inner
            .first()
            .ok_or_else(|| format!("{ident} needs a type argument"))
            .and_then(ts_type)
    };
    Ok(match ident.as_str() {
        "String" | "str" | "PathBuf" | "NaiveDate" | "NaiveDateTime" => "string".to_owned(),
        "bool" => "boolean".to_owned(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" | "f32"
        | "f64" => "number".to_owned(),
        "Option" => format!("{} | null", first()?),
        "Vec" => {
            let t = first()?;
            if t.contains(' ') {
                format!("({t})[]")
            } else {
                format!("{t}[]")
            }
        }
        "Channel" => format!("Channel<{}>", first()?),
        other => RENAMED
            .iter()
            .find(|(rust, _)| *rust == other)
            .map_or(other, |(_, ts)| ts)
            .to_owned(),
    })
}

/// Tauri's default: a snake_case argument is camelCase in the webview.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut up = false;
    for c in name.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The `generate_handler!` call `lib.rs` includes.
pub fn handler(commands: &[Command]) -> String {
    let mut out = String::from("::tauri::generate_handler![\n");
    for c in commands {
        let _ = writeln!(out, "    crate::{}::{},", c.module, c.name);
    }
    out.push(']');
    out
}

/// The permission Tauri derives for a command.
pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

/// `capabilities/default.json`: the main window may call each command and
/// listen to the app's events, nothing else.
pub fn capability(commands: &[Command]) -> String {
    let mut permissions = vec![
        "core:event:allow-listen".to_owned(),
        "core:event:allow-unlisten".to_owned(),
    ];
    permissions.extend(commands.iter().map(|c| permission(&c.name)));
    let list = permissions
        .iter()
        .map(|p| format!("    \"{p}\""))
        .collect::<Vec<_>>()
        .join(",\n");
    format!(
        "{{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"main-window\",\n  \
         \"description\": \"The main window may call the app's own commands, each by name, and listen to the app's events; nothing from plugins, no window or app APIs. Generated from the commands (src-tauri/surface.rs).\",\n  \
         \"windows\": [\n    \"main\"\n  ],\n  \"permissions\": [\n{list}\n  ]\n}}\n"
    )
}

const TS_KEYWORDS: &[&str] = &["new", "delete", "default", "function", "class", "in", "var"];

fn lower_camel(name: &str) -> String {
    camel(name)
}

/// The UI's typed wrappers, `ui/src/bindings/commands.ts`: one function per
/// command, each rejecting with the one `Problem` shape.
pub fn typescript(commands: &[Command]) -> String {
    let mut types = std::collections::BTreeSet::new();
    let mut body = String::new();
    let mut channel = false;
    for c in commands {
        let mut params = Vec::new();
        let mut fields = Vec::new();
        for (name, ty) in &c.args {
            let param = if TS_KEYWORDS.contains(&name.as_str()) {
                format!("{name}_")
            } else {
                name.clone()
            };
            params.push(format!("{param}: {ty}"));
            fields.push(if param == *name {
                name.clone()
            } else {
                format!("{name}: {param}")
            });
            channel |= ty.starts_with("Channel<");
            collect_names(ty, &mut types);
        }
        collect_names(&c.answer, &mut types);
        let args = if fields.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", fields.join(", "))
        };
        let _ = writeln!(
            body,
            "\nexport function {}({}): Promise<{}> {{\n  return call<{}>(\"{}\"{args});\n}}",
            lower_camel(&c.name),
            params.join(", "),
            c.answer,
            c.answer,
            c.name,
        );
    }
    types.insert("Problem".to_owned());
    let mut out = String::from(
        "// Generated from the #[tauri::command] functions in src-tauri/ (src-tauri/surface.rs);\n\
         // the shell's `surface` test fails when this file is stale. Do not edit by hand.\n",
    );
    out.push_str(if channel {
        "import { Channel, invoke } from \"@tauri-apps/api/core\";\n"
    } else {
        "import { invoke } from \"@tauri-apps/api/core\";\n"
    });
    for t in &types {
        let _ = writeln!(out, "import type {{ {t} }} from \"./{t}\";");
    }
    if channel {
        out.push_str("\nexport { Channel };\n");
    }
    out.push_str(
        "\n/** Whatever a command rejected with, as the one Problem shape. */\n\
         export function asProblem(e: unknown): Problem {\n  \
         if (e && typeof e === \"object\" && \"code\" in e && \"message\" in e) {\n    \
         const p = e as Partial<Problem> & { code: string; message: string };\n    \
         return { code: p.code, field: p.field ?? null, message: p.message, details: p.details ?? [] };\n  \
         }\n  \
         return { code: \"unexpected\", field: null, message: String(e), details: [] };\n}\n\
         \n/** Calls a command; a rejection is always a Problem. */\n\
         async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {\n  \
         try {\n    return await invoke<T>(cmd, args);\n  } catch (e) {\n    throw asProblem(e);\n  }\n}\n",
    );
    out.push_str(&body);
    out
}

/// The type names a TypeScript type refers to (for its imports).
fn collect_names(ty: &str, out: &mut std::collections::BTreeSet<String>) {
    for word in ty.split(|c: char| !c.is_alphanumeric() && c != '_') {
        if word.is_empty() || matches!(word, "string" | "number" | "boolean" | "null" | "void") {
            continue;
        }
        if word != "Channel" {
            out.insert(word.to_owned());
        }
    }
}
