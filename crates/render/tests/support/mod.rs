//! Helpers shared by the integration tests: reading PDFs back with poppler, decoding
//! QR codes with zbar, comparing page images with the reviewed golden files.
#![allow(dead_code)]

pub mod smtp_sink;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs an external tool, failing the test with an install hint when it is missing.
pub fn run(tool: &str, args: &[&str]) -> Output {
    match Command::new(tool).args(args).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
            "`{tool}` is not installed; these tests read PDFs back with poppler and zbar: \
             apt-get install poppler-utils zbar-tools"
        ),
        Err(e) => panic!("cannot run `{tool}`: {e}"),
    }
}

fn run_ok(tool: &str, args: &[&str]) -> Vec<u8> {
    let out = run(tool, args);
    assert!(
        out.status.success(),
        "`{tool} {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A scratch directory removed when dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// Writes `pdf` into `dir` and returns its path.
pub fn write_pdf(dir: &Path, name: &str, pdf: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("write the PDF");
    path
}

/// The text of a PDF in content order (`pdftotext -raw`).
pub fn pdf_text(pdf: &Path) -> String {
    let bytes = run_ok("pdftotext", &["-raw", "-enc", "UTF-8", path_str(pdf), "-"]);
    String::from_utf8(bytes).expect("pdftotext gives UTF-8")
}

/// `pdffonts` output.
pub fn pdf_fonts(pdf: &Path) -> String {
    String::from_utf8_lossy(&run_ok("pdffonts", &[path_str(pdf)])).into_owned()
}

/// The page count from `pdfinfo`.
pub fn pdf_pages(pdf: &Path) -> usize {
    let info = String::from_utf8_lossy(&run_ok("pdfinfo", &[path_str(pdf)])).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo output:\n{info}"))
}

/// The page size in points from `pdfinfo` (first page).
pub fn pdf_page_size_pt(pdf: &Path) -> (f32, f32) {
    let info = String::from_utf8_lossy(&run_ok("pdfinfo", &[path_str(pdf)])).into_owned();
    let line = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_else(|| panic!("no page size in pdfinfo output:\n{info}"));
    let nums: Vec<f32> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (nums[0], nums[1])
}

/// Renders page `page` (1-based) of a PDF to a PNG at `dpi` and returns its path.
pub fn render_page(pdf: &Path, page: usize, dpi: u32) -> PathBuf {
    let dir = pdf.parent().expect("the PDF is in a directory");
    let stem = pdf
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("a file name");
    let prefix = dir.join(format!("{stem}-p{page}-{dpi}"));
    let page_s = page.to_string();
    let dpi_s = dpi.to_string();
    run_ok(
        "pdftoppm",
        &[
            "-r",
            &dpi_s,
            "-f",
            &page_s,
            "-l",
            &page_s,
            "-png",
            "-singlefile",
            path_str(pdf),
            path_str(&prefix),
        ],
    );
    prefix.with_extension("png")
}

/// Every QR code zbar finds in an image (empty when there is none).
pub fn decode_qr(png: &Path) -> Vec<String> {
    let out = run(
        "zbarimg",
        &[
            "--quiet",
            "--raw",
            "-Sdisable",
            "-Sqrcode.enable",
            path_str(png),
        ],
    );
    match out.status.code() {
        Some(0) => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
        // zbarimg exits with 4 when the image has no code.
        Some(4) => Vec::new(),
        _ => panic!("zbarimg failed: {}", String::from_utf8_lossy(&out.stderr)),
    }
}

/// Text with every run of white space (no-break spaces included) made one space.
pub fn normalise(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// A decoded image as 8-bit grey levels.
pub struct Grey {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// Decodes a PNG (grey or RGB, 8 bits) into grey levels.
pub fn read_png_grey(path: &Path) -> Grey {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("a sane PNG size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|px| match px.len() {
            1 | 2 => px[0],
            _ => {
                ((u32::from(px[0]) * 299 + u32::from(px[1]) * 587 + u32::from(px[2]) * 114) / 1000)
                    as u8
            }
        })
        .collect();
    Grey {
        width: info.width as usize,
        height: info.height as usize,
        pixels,
    }
}

/// Writes grey levels as an 8-bit greyscale PNG.
pub fn write_png_grey(path: &Path, image: &Grey) {
    let file =
        std::fs::File::create(path).unwrap_or_else(|e| panic!("create {}: {e}", path.display()));
    let mut encoder = png::Encoder::new(
        std::io::BufWriter::new(file),
        image.width as u32,
        image.height as u32,
    );
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().expect("a PNG header");
    writer.write_image_data(&image.pixels).expect("PNG data");
}

/// Compares a rendered page with its golden image in `tests/golden/`; with
/// `SAPAR_UPDATE_GOLDEN=1` the golden file is replaced instead (review it before
/// committing). Fails when more than `max_ratio` of the pixels differ noticeably.
pub fn assert_matches_golden(rendered: &Path, golden_name: &str, max_ratio: f64) {
    let golden = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(golden_name);
    if std::env::var("SAPAR_UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        write_png_grey(&golden, &read_png_grey(rendered));
        eprintln!("updated {}", golden.display());
        return;
    }
    assert!(
        golden.exists(),
        "no golden image {}; create it with SAPAR_UPDATE_GOLDEN=1 and review it",
        golden.display()
    );
    let got = read_png_grey(rendered);
    let want = read_png_grey(&golden);
    assert_eq!(
        (got.width, got.height),
        (want.width, want.height),
        "{golden_name}: the page size changed"
    );
    let differing = got
        .pixels
        .iter()
        .zip(&want.pixels)
        .filter(|(a, b)| a.abs_diff(**b) > 64)
        .count();
    let ratio = differing as f64 / got.pixels.len() as f64;
    if ratio > max_ratio {
        let kept = std::env::temp_dir().join(format!("sapar-render-actual-{golden_name}"));
        let _ = std::fs::copy(rendered, &kept);
        panic!(
            "{golden_name}: {:.3} % of the pixels differ from the golden image (at most {:.3} % allowed); \
             the new rendering is at {}. If the change is intended, rerun with SAPAR_UPDATE_GOLDEN=1 \
             and review the image.",
            ratio * 100.0,
            max_ratio * 100.0,
            kept.display()
        );
    }
}
