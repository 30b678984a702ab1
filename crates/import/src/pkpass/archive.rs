//! Opening a Wallet pass archive and checking every file against its manifest.

use crate::ImportError;
use sha1::{Digest, Sha1};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// The most files a pass may hold.
const MAX_FILES: usize = 500;
/// The largest file inside a pass, uncompressed.
const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The largest pass, all files uncompressed.
const MAX_TOTAL_BYTES: u64 = 100 * 1024 * 1024;

/// The checked contents of a pass.
pub(crate) struct PassFiles {
    /// `pass.json`.
    pub pass_json: Vec<u8>,
    /// What the user should know (the signature was not checked…).
    pub notes: Vec<String>,
}

/// Opens a pass and checks it against its manifest.
pub(crate) fn read_pass_archive(name: &str, bytes: &[u8]) -> Result<PassFiles, ImportError> {
    let corrupt = |reason: String| ImportError::CorruptArchive {
        name: name.to_string(),
        reason,
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(e.to_string()))?;
    if zip.len() > MAX_FILES {
        return Err(corrupt(format!(
            "it holds {} files, more than a pass has",
            zip.len()
        )));
    }
    let mut files = BTreeMap::new();
    let mut total = 0u64;
    for index in 0..zip.len() {
        let file = zip.by_index(index).map_err(|e| corrupt(e.to_string()))?;
        if file.is_dir() {
            continue;
        }
        let file_name = file.name().map_err(|e| corrupt(e.to_string()))?.to_string();
        if file.size() > MAX_FILE_BYTES {
            return Err(corrupt(format!(
                "{file_name} is larger than a pass file can be"
            )));
        }
        let mut content = Vec::new();
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut content)
            .map_err(|e| corrupt(format!("{file_name}: {e}")))?;
        total += content.len() as u64;
        if content.len() as u64 > MAX_FILE_BYTES || total > MAX_TOTAL_BYTES {
            return Err(corrupt(format!(
                "{file_name} unpacks to more than a pass can hold"
            )));
        }
        files.insert(file_name, content);
    }

    let Some(pass_json) = files.get("pass.json").cloned() else {
        return Err(ImportError::UnsupportedType {
            name: name.to_string(),
            detected: "a zip archive without pass.json (not a Wallet pass)".into(),
        });
    };
    check_manifest(name, &files)?;
    let notes = vec![if files.contains_key("signature") {
        "the Wallet pass's signature was not checked: Sapar cannot tell who issued this pass"
            .to_string()
    } else {
        "the Wallet pass has no signature: anyone could have made it".to_string()
    }];
    Ok(PassFiles { pass_json, notes })
}

fn check_manifest(name: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<(), ImportError> {
    let problem = |problem: String| ImportError::PassManifest {
        name: name.to_string(),
        problem,
    };
    let manifest = files.get("manifest.json").ok_or_else(|| {
        problem("manifest.json is missing, so its files cannot be checked".into())
    })?;
    let manifest: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(manifest)
        .map_err(|e| {
            problem(format!(
                "manifest.json is not a list of files and hashes: {e}"
            ))
        })?;
    for (file, content) in files {
        if file == "manifest.json" || file == "signature" {
            continue;
        }
        let expected = manifest
            .get(file)
            .ok_or_else(|| problem(format!("{file} is in the pass but not in its manifest")))?
            .as_str()
            .ok_or_else(|| problem(format!("the manifest's hash of {file} is not text")))?;
        let found = hex(&Sha1::digest(content));
        if !expected.trim().eq_ignore_ascii_case(&found) {
            return Err(ImportError::PassTampered {
                name: name.to_string(),
                file: file.clone(),
                expected: expected.to_string(),
                found,
            });
        }
    }
    if let Some(missing) = manifest.keys().find(|listed| !files.contains_key(*listed)) {
        return Err(problem(format!(
            "the manifest lists {missing}, which the pass lacks"
        )));
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
