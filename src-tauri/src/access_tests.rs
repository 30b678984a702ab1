//! What the main window may call, checked against the commands that exist: every
//! command the UI has is granted by exactly the capability files, and nothing else is
//! (no plugin command, no command that does not exist).

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The commands in the generated bindings.
fn commands_in_bindings() -> BTreeSet<String> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bindings.ts");
    crate::bindings::export_bindings(&path).expect("bindings export");
    let text = std::fs::read_to_string(path).expect("exported bindings");
    // `__TAURI_INVOKE("name"`, or `__TAURI_INVOKE<T>("name"` for commands that cannot fail.
    text.split("__TAURI_INVOKE")
        .skip(1)
        .filter_map(|rest| rest.split_once("(\"").map(|(_, name)| name))
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

/// Permission and set identifiers to the commands they allow, from `src-tauri/permissions`.
fn permission_files() -> (
    std::collections::BTreeMap<String, Vec<String>>,
    std::collections::BTreeMap<String, Vec<String>>,
) {
    let mut permissions = std::collections::BTreeMap::new();
    let mut sets = std::collections::BTreeMap::new();
    let dir = root().join("src-tauri/permissions");
    for entry in std::fs::read_dir(dir).expect("the permissions folder") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("a permission file");
        let file: toml::Table = text.parse().expect("valid TOML");
        for p in file
            .get("permission")
            .and_then(|p| p.as_array())
            .into_iter()
            .flatten()
        {
            let id = p["identifier"].as_str().expect("an identifier").to_string();
            let allow = p["commands"]["allow"]
                .as_array()
                .expect("allowed commands")
                .iter()
                .map(|c| c.as_str().expect("a command name").to_string())
                .collect();
            assert!(
                p.get("description").is_some(),
                "{id} in {} has no description",
                path.display()
            );
            permissions.insert(id, allow);
        }
        for s in file
            .get("set")
            .and_then(|s| s.as_array())
            .into_iter()
            .flatten()
        {
            let id = s["identifier"].as_str().expect("an identifier").to_string();
            let members = s["permissions"]
                .as_array()
                .expect("the set's permissions")
                .iter()
                .map(|c| c.as_str().expect("a permission name").to_string())
                .collect();
            sets.insert(id, members);
        }
    }
    (permissions, sets)
}

/// The only permissions of Tauri itself the window has: listening to the events Sapar's
/// Rust side sends (a finished background sync, dropped files imported).
const EVENT_PERMISSIONS: [&str; 2] = ["core:event:allow-listen", "core:event:allow-unlisten"];

#[test]
fn the_main_window_is_granted_exactly_the_commands_the_ui_has() {
    let capability: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("src-tauri/capabilities/main-window.json"))
            .expect("the capability file"),
    )
    .expect("valid JSON");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let (permissions, sets) = permission_files();
    let mut granted = BTreeSet::new();
    for name in capability["permissions"]
        .as_array()
        .expect("a list of permissions")
    {
        let name = name.as_str().expect("a permission name");
        if name.contains(':') {
            assert!(
                EVENT_PERMISSIONS.contains(&name),
                "{name}: besides listening to Sapar's events, the window gets Sapar's own \
                 permissions only, no plugin's"
            );
            continue;
        }
        let members = match sets.get(name) {
            Some(members) => members.clone(),
            None => vec![name.to_string()],
        };
        for member in members {
            let allow = permissions
                .get(&member)
                .unwrap_or_else(|| panic!("{member} is not defined in src-tauri/permissions"));
            granted.extend(allow.iter().cloned());
        }
    }
    assert_eq!(granted, commands_in_bindings());
}
