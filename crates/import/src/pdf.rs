//! Finding codes on every page of a PDF.
//!
//! Each page is searched first through the pictures embedded in it (pure Rust, through
//! lopdf). A page where no code was found that way (a code drawn as vector shapes, or a
//! picture in an encoding Sapar does not decode) is rendered with `pdftoppm` (poppler-utils)
//! when it is installed, and the rendering is searched. When the renderer is missing, the
//! result says so, so the user knows why such a PDF gave nothing.

use crate::pdf_image::gray_of;
use crate::scan::{decode_picture, scan_gray};
use crate::Barcode;
use image::GrayImage;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};
use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Embedded pictures smaller than this on either side cannot hold a readable code.
const MIN_PICTURE_SIDE: u32 = 21;

/// Embedded pictures smaller than this are enlarged (without smoothing) before the search:
/// PDF tickets often embed a code at one pixel per module.
const ENLARGE_BELOW_SIDE: u32 = 600;

/// The largest page content stream read to see which pictures a page draws.
const MAX_CONTENT_BYTES: usize = 64 * 1024 * 1024;

/// The most pictures searched on one page.
const MAX_PICTURES_PER_PAGE: usize = 64;

/// Resolution of rendered pages: a 0.25 mm module is two pixels.
const RENDER_DPI: &str = "200";

/// How long one page may take to render.
const RENDER_TIMEOUT: Duration = Duration::from_secs(60);

/// What the search of a PDF found.
pub(crate) struct PdfScan {
    /// Number of pages.
    pub pages: u32,
    /// The codes found, with their 1-based page numbers.
    pub found: Vec<(u32, Barcode)>,
    /// Set when pages needed rendering and the renderer could not be run.
    pub renderer_missing: Option<String>,
}

/// Searches every page of a PDF; `Err` is why the file cannot be read as a PDF.
pub(crate) fn scan_pdf(bytes: &[u8], renderer: Option<&Path>) -> Result<PdfScan, String> {
    let options = LoadOptions {
        max_decompressed_size: Some(256 * 1024 * 1024),
        ..LoadOptions::default()
    };
    // A malformed file must not take the import down with it, even through a bug in the
    // PDF reader.
    let loaded = std::panic::catch_unwind(|| Document::load_mem_with_options(bytes, options))
        .map_err(|_| "the PDF reader could not make sense of the file".to_string())?;
    let doc = loaded.map_err(|e| e.to_string())?;
    let pages = doc.get_pages();
    if pages.is_empty() {
        return Err("the document has no pages".into());
    }
    let page_count = u32::try_from(pages.len()).unwrap_or(u32::MAX);

    let mut found = Vec::new();
    let mut unread = Vec::new();
    for (&number, &page_id) in &pages {
        let pictures = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            page_pictures(&doc, page_id)
        }))
        .unwrap_or_default();
        let before = found.len();
        for picture in &pictures {
            found.extend(scan_gray(picture).into_iter().map(|b| (number, b)));
        }
        if found.len() == before {
            unread.push(number);
        }
    }

    let mut renderer_missing = None;
    if let (Some(tool), false) = (renderer, unread.is_empty()) {
        match Renderer::start(tool, bytes) {
            Ok(renderer) => {
                for number in unread {
                    if let Ok(picture) = renderer.page(number) {
                        found.extend(scan_gray(&picture).into_iter().map(|b| (number, b)));
                    }
                }
            }
            Err(RenderError::Missing) => renderer_missing = Some(tool.display().to_string()),
            Err(RenderError::Failed) => {}
        }
    }
    Ok(PdfScan {
        pages: page_count,
        found,
        renderer_missing,
    })
}

/// The grey pictures a page draws, including those inside form XObjects it draws.
fn page_pictures(doc: &Document, page_id: ObjectId) -> Vec<GrayImage> {
    let mut pictures = Vec::new();
    let Ok((inline, referenced)) = doc.get_page_resources(page_id) else {
        return pictures;
    };
    let mut dictionaries: Vec<&Dictionary> = inline.into_iter().collect();
    dictionaries.extend(
        referenced
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok()),
    );
    // Resources are often shared by all pages: only what this page draws counts.
    let drawn = doc
        .get_page_content_with_limit(page_id, MAX_CONTENT_BYTES)
        .ok()
        .and_then(|content| drawn_names(&content));
    let mut seen = HashSet::new();
    for resources in dictionaries {
        collect_pictures(doc, resources, drawn.as_ref(), 0, &mut seen, &mut pictures);
    }
    pictures
}

/// The XObject names a content stream draws (`/Name Do`); `None` when it cannot be parsed.
fn drawn_names(content: &[u8]) -> Option<HashSet<Vec<u8>>> {
    let content = lopdf::content::Content::decode(content).ok()?;
    Some(
        content
            .operations
            .iter()
            .filter(|op| op.operator == "Do")
            .filter_map(|op| op.operands.first()?.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
    )
}

fn collect_pictures(
    doc: &Document,
    resources: &Dictionary,
    drawn: Option<&HashSet<Vec<u8>>>,
    depth: u8,
    seen: &mut HashSet<ObjectId>,
    pictures: &mut Vec<GrayImage>,
) {
    if depth > 4 {
        return;
    }
    let Ok(xobjects) = resources.get(b"XObject") else {
        return;
    };
    let Ok((_, Object::Dictionary(xobjects))) = doc.dereference(xobjects) else {
        return;
    };
    for (name, value) in xobjects.iter() {
        if pictures.len() >= MAX_PICTURES_PER_PAGE {
            return;
        }
        if drawn.is_some_and(|drawn| !drawn.contains(name)) {
            continue;
        }
        let Ok(id) = value.as_reference() else {
            continue;
        };
        if !seen.insert(id) {
            continue;
        }
        let Ok(Object::Stream(stream)) = doc.get_object(id) else {
            continue;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => {
                if let Some(picture) = gray_of(doc, stream) {
                    let (w, h) = picture.dimensions();
                    if w >= MIN_PICTURE_SIDE && h >= MIN_PICTURE_SIDE {
                        pictures.push(enlarged(picture));
                    }
                }
            }
            Ok(b"Form") => {
                let inner_drawn = stream
                    .decompressed_content_with_limit(MAX_CONTENT_BYTES)
                    .ok()
                    .and_then(|content| drawn_names(&content));
                if let Ok(inner) = stream.dict.get(b"Resources") {
                    if let Ok((_, Object::Dictionary(inner))) = doc.dereference(inner) {
                        collect_pictures(
                            doc,
                            inner,
                            inner_drawn.as_ref(),
                            depth + 1,
                            seen,
                            pictures,
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

/// A small picture scaled up by a whole factor, each pixel a sharp square.
fn enlarged(picture: GrayImage) -> GrayImage {
    let (w, h) = picture.dimensions();
    let longest = w.max(h);
    if longest >= ENLARGE_BELOW_SIDE {
        return picture;
    }
    let factor = ENLARGE_BELOW_SIDE.div_ceil(longest).min(8);
    image::imageops::resize(
        &picture,
        w * factor,
        h * factor,
        image::imageops::FilterType::Nearest,
    )
}

enum RenderError {
    /// The renderer is not installed.
    Missing,
    /// It could not be run, or it failed.
    Failed,
}

/// `pdftoppm` over a copy of the PDF in a temporary folder.
struct Renderer<'a> {
    tool: &'a Path,
    dir: tempfile::TempDir,
}

impl<'a> Renderer<'a> {
    fn start(tool: &'a Path, bytes: &[u8]) -> Result<Self, RenderError> {
        match Command::new(tool)
            .arg("-v")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
        {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(RenderError::Missing),
            Err(_) => return Err(RenderError::Failed),
            Ok(_) => {}
        }
        let dir = tempfile::tempdir().map_err(|_| RenderError::Failed)?;
        std::fs::write(dir.path().join("in.pdf"), bytes).map_err(|_| RenderError::Failed)?;
        Ok(Self { tool, dir })
    }

    fn page(&self, number: u32) -> Result<GrayImage, RenderError> {
        let page = number.to_string();
        let out = self.dir.path().join(format!("page{number}"));
        let mut child = Command::new(self.tool)
            .args([
                "-r",
                RENDER_DPI,
                "-gray",
                "-png",
                "-singlefile",
                "-f",
                &page,
                "-l",
                &page,
            ])
            .arg(self.dir.path().join("in.pdf"))
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|_| RenderError::Failed)?;
        let started = Instant::now();
        loop {
            match child.try_wait().map_err(|_| RenderError::Failed)? {
                Some(status) if status.success() => break,
                Some(_) => return Err(RenderError::Failed),
                None if started.elapsed() > RENDER_TIMEOUT => {
                    // Our own child: end it and reap it.
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(RenderError::Failed);
                }
                None => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        let png = out.with_extension("png");
        let bytes = std::fs::read(&png).map_err(|_| RenderError::Failed)?;
        let _ = std::fs::remove_file(&png);
        decode_picture(&bytes).map_err(|_| RenderError::Failed)
    }
}
