//! Build script of the desktop app: reads `tauri.conf.json` at the repository root,
//! embeds the icons and compiles the access rules (capabilities and permissions) that
//! decide which commands the web UI may call.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/permissions");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(
            tauri_build::AppManifest::new().permissions_path_pattern("src-tauri/permissions/**/*"),
        );
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by exiting non-zero; cargo shows this text.
        eprintln!("tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
