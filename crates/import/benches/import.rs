//! Importing a folder of 1 000 boarding pass pictures, in parallel and one by one.
//!
//! The pictures are made once, into a temporary folder: 80 % PDF417 codes on a cropped
//! boarding pass (1000 × 700), 10 % Aztec codes off-centre in a phone screenshot
//! (1170 × 2532), 10 % QR codes. Criterion reports the time for the whole folder and the
//! throughput in pictures per second.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use image::{GrayImage, ImageFormat, Luma};
use rxing::{BarcodeFormat, MultiFormatWriter, Writer};
use sapar_import::{import_file, import_files, scan_folder, ImportContext};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

const PICTURES: usize = 1_000;

fn pass_text(i: usize) -> String {
    let name = format!("PASSENGER/NUMBER{i:04}");
    let unique = "0WW6120BKC ";
    let repeated = format!("465{:010}  KC    {:16} 20KN", 1_000_000 + i, "");
    let variable = format!(
        ">6{:02X}{unique}{:02X}{repeated}",
        unique.len(),
        repeated.len()
    );
    format!(
        "M1{name:<20}EPNR{:03} ALANQZKC {:04} 121Y{:03}A0025 1{:02X}{variable}",
        i % 1000,
        800 + i % 150,
        1 + i % 40,
        variable.len()
    )
}

fn picture(
    text: &str,
    format: BarcodeFormat,
    module: u32,
    page: (u32, u32),
    at: (u32, u32),
) -> GrayImage {
    let matrix = MultiFormatWriter
        .encode(text, &format, 0, 0)
        .expect("the code encodes");
    let mut canvas = GrayImage::from_pixel(page.0, page.1, Luma([255]));
    for y in 0..matrix.height() {
        for x in 0..matrix.width() {
            if matrix.get(x, y) {
                for dy in 0..module {
                    for dx in 0..module {
                        canvas.put_pixel(at.0 + x * module + dx, at.1 + y * module + dy, Luma([0]));
                    }
                }
            }
        }
    }
    canvas
}

fn make_folder(dir: &Path) -> Vec<PathBuf> {
    let started = Instant::now();
    let paths: Vec<PathBuf> = (0..PICTURES)
        .map(|i| {
            let text = pass_text(i);
            let image = match i % 10 {
                0 => picture(&text, BarcodeFormat::AZTEC, 6, (1170, 2532), (150, 400)),
                1 => picture(&text, BarcodeFormat::QR_CODE, 4, (1000, 700), (300, 100)),
                _ => picture(&text, BarcodeFormat::PDF_417, 3, (1000, 700), (40, 200)),
            };
            let path = dir.join(format!("{:02}/pass{i:04}.png", i % 20));
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
            image
                .save_with_format(&path, ImageFormat::Png)
                .expect("the picture is written");
            path
        })
        .collect();
    eprintln!(
        "made {PICTURES} pictures in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    paths
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    make_folder(dir.path());
    let ctx = ImportContext::new(NaiveDate::from_ymd_opt(2026, 5, 10).expect("a date"));

    // One timed pass first: every picture must give its booking.
    let started = Instant::now();
    let paths = scan_folder(dir.path()).expect("the folder lists");
    let results = import_files(&paths, &ctx);
    let elapsed = started.elapsed().as_secs_f64();
    let imported = results.iter().filter(|r| r.result.is_ok()).count();
    if let Some(failed) = results.iter().find(|r| r.result.is_err()) {
        eprintln!("{}: {:?}", failed.path.display(), failed.result);
    }
    eprintln!(
        "one pass: {imported}/{} pictures imported in {elapsed:.2} s ({:.0} pictures/s, {} threads)",
        paths.len(),
        paths.len() as f64 / elapsed,
        rayon::current_num_threads()
    );
    assert_eq!(imported, PICTURES, "every picture holds a boarding pass");

    let mut group = c.benchmark_group("import_folder_1000_png");
    group.sample_size(10);
    group.throughput(Throughput::Elements(PICTURES as u64));
    group.bench_function("parallel", |b| {
        b.iter(|| {
            let paths = scan_folder(dir.path()).expect("lists");
            black_box(import_files(&paths, &ctx))
        })
    });
    group.bench_function("one_by_one", |b| {
        b.iter(|| {
            let paths = scan_folder(dir.path()).expect("lists");
            black_box(
                paths
                    .iter()
                    .map(|p| import_file(p, &ctx))
                    .collect::<Vec<_>>(),
            )
        })
    });
    group.finish();

    let mut single = c.benchmark_group("import_one_png");
    for (name, index) in [("pdf417", 2usize), ("aztec_screenshot", 0), ("qr", 1)] {
        let path = paths
            .iter()
            .find(|p| p.ends_with(format!("pass{index:04}.png")))
            .expect("picture")
            .clone();
        single.bench_function(name, |b| {
            b.iter_batched(
                || path.clone(),
                |p| black_box(import_file(&p, &ctx)),
                BatchSize::SmallInput,
            )
        });
    }
    single.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
