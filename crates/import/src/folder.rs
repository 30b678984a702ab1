//! Finding importable files in a folder, and importing many files at once.

use crate::{import_file, ImportContext, ImportError, Imported};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// File name extensions [`scan_folder`] lists (compared without regard to case).
pub const IMPORTABLE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "pdf", "pkpass", "txt"];

/// How deep [`scan_folder`] goes below the folder it is given.
const MAX_DEPTH: usize = 32;

/// Lists the importable files under a folder and its subfolders, sorted by path.
///
/// Hidden files and folders (names starting with `.`) are skipped, and symbolic links to
/// folders are not followed (so a link cannot make the walk go round in circles).
/// Subfolders that cannot be read are skipped; the folder itself must be readable.
pub fn scan_folder(path: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let entries = std::fs::read_dir(path).map_err(|source| ImportError::Unreadable {
        path: path.to_path_buf(),
        source,
    })?;
    let mut found = Vec::new();
    walk(entries, 0, &mut found);
    found.sort();
    Ok(found)
}

fn walk(entries: std::fs::ReadDir, depth: usize, found: &mut Vec<PathBuf>) {
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                if let Ok(inner) = std::fs::read_dir(&path) {
                    walk(inner, depth + 1, found);
                }
            }
        } else if is_importable(&path) && (kind.is_file() || path.is_file()) {
            found.push(path);
        }
    }
}

fn is_importable(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| IMPORTABLE_EXTENSIONS.contains(&e.as_str()))
}

/// The outcome of importing one of many files.
#[derive(Debug)]
pub struct FileImport {
    /// The file.
    pub path: PathBuf,
    /// Its tickets, or why it gave none.
    pub result: Result<Vec<Imported>, ImportError>,
}

/// Imports many files in parallel (one per processor core), in the order given.
pub fn import_files(paths: &[PathBuf], ctx: &ImportContext) -> Vec<FileImport> {
    paths
        .par_iter()
        .map(|path| FileImport {
            path: path.clone(),
            result: import_file(path, ctx),
        })
        .collect()
}
