//! Files and folders on disk: size limit, unreadable paths, folder listing, many files at once.

mod common;

use common::pictures::{code_picture, png};
use common::{ctx, kc_pass};
use rxing::BarcodeFormat;
use sapar_import::{import_file, import_files, scan_folder, ImportError, MAX_FILE_BYTES};
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn a_200_mb_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.pdf");
    let file = fs::File::create(&path).expect("create");
    // A sparse file: 200 MB long, nothing written, so reading it would be the only cost.
    file.set_len(200 * 1024 * 1024).expect("set_len");
    let error = import_file(&path, &ctx()).expect_err("too large");
    match &error {
        ImportError::TooLarge { name, size, limit } => {
            assert_eq!(
                (name.as_str(), *size, *limit),
                ("huge.pdf", 200 * 1024 * 1024, MAX_FILE_BYTES)
            );
        }
        other => panic!("{other}"),
    }
    assert_eq!(error.code(), "too_large");
    assert!(
        error
            .to_string()
            .contains("files larger than 52428800 bytes are not imported"),
        "{error}"
    );
}

#[test]
fn missing_files_folders_and_unknown_kinds_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let error = import_file(&dir.path().join("nowhere.png"), &ctx()).expect_err("missing");
    assert_eq!(error.code(), "unreadable");
    assert!(error.to_string().contains("nowhere.png"), "{error}");

    let error = import_file(dir.path(), &ctx()).expect_err("folder");
    assert!(error.to_string().contains("a folder"), "{error}");

    let gif = dir.path().join("pass.gif");
    fs::write(&gif, b"GIF89a\x01\x00\x01\x00").expect("write");
    let error = import_file(&gif, &ctx()).expect_err("gif");
    assert_eq!(error.code(), "unsupported_type");
    assert!(error.to_string().contains("GIF"), "{error}");

    let binary = dir.path().join("data.bin");
    fs::write(&binary, [0u8, 1, 2, 3, 250, 251]).expect("write");
    assert_eq!(
        import_file(&binary, &ctx()).expect_err("binary").code(),
        "unsupported_type"
    );

    let empty = dir.path().join("empty.txt");
    fs::write(&empty, b"").expect("write");
    assert!(import_file(&empty, &ctx())
        .expect_err("empty")
        .to_string()
        .contains("an empty file"));
}

fn write(dir: &Path, relative: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(relative);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(&path, bytes).expect("write");
    path
}

#[test]
fn a_folder_lists_importable_files_recursively_and_imports_them_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    let pass = png(&code_picture(
        &kc_pass("ZHUMABAYEV/ASKAR", "012A"),
        BarcodeFormat::PDF_417,
        3,
    ));
    let first = write(root, "2026/may/KC852.PNG", &pass);
    let second = write(root, "2026/notes.txt", b"remember the umbrella");
    let third = write(root, "a.txt", kc_pass("ORAZ/DANA", "003F").as_bytes());
    write(root, ".hidden/secret.png", &pass);
    write(root, "2026/.DS_Store.png", &pass);
    write(root, "readme.md", b"# not importable");
    write(root, "2026/archive.zip", b"PK\x05\x06");

    let listed = scan_folder(root).expect("lists");
    assert_eq!(listed, [first.clone(), second.clone(), third.clone()]);

    let results = import_files(&listed, &ctx());
    let paths: Vec<_> = results.iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, listed);
    assert_eq!(
        results[0].result.as_ref().expect("pass")[0]
            .booking
            .segments[0]
            .trip_number,
        "KC852"
    );
    assert_eq!(
        results[1].result.as_ref().expect_err("plain text").code(),
        "not_a_ticket"
    );
    assert_eq!(
        results[2].result.as_ref().expect("text pass")[0]
            .booking
            .passengers[0]
            .surname,
        "ORAZ"
    );

    let error = scan_folder(&root.join("absent")).expect_err("no folder");
    assert_eq!(error.code(), "unreadable");
}

#[test]
fn the_code_text_is_kept_exactly_as_found() {
    // A boarding pass whose last field is padded with spaces, as in a text file and in a
    // picture of its code.
    let text = common::samples::SAMPLES[2].text;
    assert!(text.ends_with(' '));
    let from_text =
        sapar_import::import_bytes("pass.txt", format!("{text}\r\n").as_bytes(), &ctx())
            .expect("text imports");
    assert_eq!(from_text[0].code_text.as_deref(), Some(text));
    let picture = png(&code_picture(text, BarcodeFormat::AZTEC, 3));
    let from_picture =
        sapar_import::import_bytes("pass.png", &picture, &ctx()).expect("picture imports");
    let item = &from_picture[0];
    assert_eq!(item.code_text.as_deref(), Some(text));
    assert_eq!(item.barcode.as_ref().map(|b| b.text.as_str()), Some(text));
}
