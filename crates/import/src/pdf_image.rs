//! Pictures embedded in a PDF page, turned into grey pixels for the barcode search.
//!
//! Handles what ticket PDFs use: JPEG (`DCTDecode`) and raw or Flate/LZW-compressed samples
//! in grey, RGB, CMYK, ICC-based and indexed colour spaces, 1 to 16 bits per component,
//! and 1-bit image masks. Other encodings (JPEG 2000, JBIG2, fax) are skipped; the page is
//! then rendered instead when a renderer is available.

use image::{GrayImage, ImageFormat};
use lopdf::{Dictionary, Document, Object, Stream};

/// The largest decoded picture accepted from a PDF, in bytes.
const MAX_DECODED_BYTES: usize = 256 * 1024 * 1024;

/// The largest side of an embedded picture that is decoded.
const MAX_SIDE: i64 = 20_000;

/// The grey pixels of an image XObject, or `None` when its encoding is not handled.
pub(crate) fn gray_of(doc: &Document, stream: &Stream) -> Option<GrayImage> {
    let dict = &stream.dict;
    let width = int(doc, dict, b"Width")?;
    let height = int(doc, dict, b"Height")?;
    if !(1..=MAX_SIDE).contains(&width) || !(1..=MAX_SIDE).contains(&height) {
        return None;
    }
    let (width, height) = (u32::try_from(width).ok()?, u32::try_from(height).ok()?);
    let filters = filters(doc, dict);
    let last = filters.last().map(Vec::as_slice);
    if last == Some(b"DCTDecode".as_slice()) {
        let jpeg = if filters.len() > 1 {
            decode_all_but_last(stream)?
        } else {
            stream.content.clone()
        };
        let picture = image::load_from_memory_with_format(&jpeg, ImageFormat::Jpeg).ok()?;
        return Some(picture.to_luma8());
    }
    if filters.iter().any(|f| {
        !matches!(
            f.as_slice(),
            b"FlateDecode" | b"LZWDecode" | b"ASCII85Decode"
        )
    }) {
        return None;
    }
    let samples = stream
        .decompressed_content_with_limit(MAX_DECODED_BYTES)
        .ok()?;
    let is_mask = dict
        .get(b"ImageMask")
        .and_then(Object::as_bool)
        .unwrap_or(false);
    let bits = if is_mask {
        1
    } else {
        int(doc, dict, b"BitsPerComponent").unwrap_or(8)
    };
    let bits = u32::try_from(bits)
        .ok()
        .filter(|b| matches!(b, 1 | 2 | 4 | 8 | 16))?;
    let colours = if is_mask {
        Colours::Gray
    } else {
        colours_of(doc, dict.get(b"ColorSpace").ok()?, 0)?
    };
    // A mask paints where its samples are 0: dark, as grey 0 already reads.
    let mut gray = to_gray(&samples, width, height, bits, &colours)?;
    if decode_inverted(doc, dict) {
        image::imageops::invert(&mut gray);
    }
    Some(gray)
}

fn decode_all_but_last(stream: &Stream) -> Option<Vec<u8>> {
    let filters = stream.filters().ok()?;
    let mut partial = stream.clone();
    let keep: Vec<Object> = filters[..filters.len().saturating_sub(1)]
        .iter()
        .map(|f| Object::Name(f.to_vec()))
        .collect();
    partial.dict.set("Filter", Object::Array(keep));
    partial
        .decompressed_content_with_limit(MAX_DECODED_BYTES)
        .ok()
}

/// The colour space of the samples.
enum Colours {
    Gray,
    Rgb,
    Cmyk,
    /// An index into a palette of `base` colours.
    Indexed {
        base: Box<Colours>,
        palette: Vec<u8>,
    },
}

impl Colours {
    fn components(&self) -> usize {
        match self {
            Colours::Gray | Colours::Indexed { .. } => 1,
            Colours::Rgb => 3,
            Colours::Cmyk => 4,
        }
    }
}

fn colours_of(doc: &Document, object: &Object, depth: u8) -> Option<Colours> {
    if depth > 3 {
        return None;
    }
    let (_, object) = doc.dereference(object).ok()?;
    match object {
        Object::Name(name) => named_colours(name),
        Object::Array(parts) => {
            let family = parts.first()?.as_name().ok()?;
            match family {
                b"ICCBased" => {
                    let (_, profile) = doc.dereference(parts.get(1)?).ok()?;
                    match profile
                        .as_stream()
                        .ok()?
                        .dict
                        .get(b"N")
                        .and_then(Object::as_i64)
                        .ok()?
                    {
                        1 => Some(Colours::Gray),
                        3 => Some(Colours::Rgb),
                        4 => Some(Colours::Cmyk),
                        _ => None,
                    }
                }
                b"Indexed" | b"I" => {
                    let base = colours_of(doc, parts.get(1)?, depth + 1)?;
                    let (_, lookup) = doc.dereference(parts.get(3)?).ok()?;
                    let palette = match lookup {
                        Object::String(bytes, _) => bytes.clone(),
                        Object::Stream(s) => s.decompressed_content_with_limit(1 << 20).ok()?,
                        _ => return None,
                    };
                    Some(Colours::Indexed {
                        base: Box::new(base),
                        palette,
                    })
                }
                other => named_colours(other),
            }
        }
        _ => None,
    }
}

fn named_colours(name: &[u8]) -> Option<Colours> {
    match name {
        b"DeviceGray" | b"CalGray" | b"G" => Some(Colours::Gray),
        b"DeviceRGB" | b"CalRGB" | b"RGB" => Some(Colours::Rgb),
        b"DeviceCMYK" | b"CMYK" => Some(Colours::Cmyk),
        _ => None,
    }
}

/// Whether `/Decode` swaps dark and light (`[1 0]`).
fn decode_inverted(doc: &Document, dict: &Dictionary) -> bool {
    let Ok(decode) = dict.get(b"Decode") else {
        return false;
    };
    let Ok((_, Object::Array(values))) = doc.dereference(decode) else {
        return false;
    };
    let number = |o: Option<&Object>| o.and_then(|o| o.as_float().ok());
    matches!((number(values.first()), number(values.get(1))), (Some(a), Some(b)) if a > b)
}

fn to_gray(
    samples: &[u8],
    width: u32,
    height: u32,
    bits: u32,
    colours: &Colours,
) -> Option<GrayImage> {
    let components = colours.components();
    let row_bits = (width as usize)
        .checked_mul(components)?
        .checked_mul(bits as usize)?;
    let row_bytes = row_bits.div_ceil(8);
    if samples.len() < row_bytes.checked_mul(height as usize)? {
        return None;
    }
    let max = (1u32 << bits.min(8)) - 1;
    let sample = |row: &[u8], index: usize| -> u8 {
        let value = match bits {
            16 => u32::from(row[index * 2]),
            8 => u32::from(row[index]),
            _ => {
                let bit = index * bits as usize;
                let byte = u32::from(row[bit / 8]);
                (byte >> (8 - bits as usize - bit % 8)) & max
            }
        };
        value.min(max) as u8
    };
    let scale = |v: u8| -> u8 { (u32::from(v) * 255 / max) as u8 };
    let mut gray = GrayImage::new(width, height);
    for y in 0..height as usize {
        let row = &samples[y * row_bytes..(y + 1) * row_bytes];
        for x in 0..width as usize {
            let base = x * components;
            let value = match colours {
                Colours::Gray => scale(sample(row, base)),
                Colours::Rgb => luma(
                    scale(sample(row, base)),
                    scale(sample(row, base + 1)),
                    scale(sample(row, base + 2)),
                ),
                Colours::Cmyk => cmyk_luma([0, 1, 2, 3].map(|i| scale(sample(row, base + i)))),
                Colours::Indexed {
                    base: palette_colours,
                    palette,
                } => {
                    let index = usize::from(sample(row, base));
                    let n = palette_colours.components();
                    let entry = palette.get(index * n..index * n + n)?;
                    match palette_colours.as_ref() {
                        Colours::Gray => entry[0],
                        Colours::Rgb => luma(entry[0], entry[1], entry[2]),
                        Colours::Cmyk => cmyk_luma([entry[0], entry[1], entry[2], entry[3]]),
                        Colours::Indexed { .. } => return None,
                    }
                }
            };
            gray.put_pixel(x as u32, y as u32, image::Luma([value]));
        }
    }
    Some(gray)
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

fn cmyk_luma([c, m, y, k]: [u8; 4]) -> u8 {
    let ink = (u32::from(c) * 30 + u32::from(m) * 59 + u32::from(y) * 11) / 100 + u32::from(k);
    255 - ink.min(255) as u8
}

fn int(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<i64> {
    let object = dict.get(key).ok()?;
    doc.dereference(object).ok()?.1.as_i64().ok()
}

fn filters(doc: &Document, dict: &Dictionary) -> Vec<Vec<u8>> {
    let Ok(filter) = dict.get(b"Filter") else {
        return Vec::new();
    };
    match doc.dereference(filter) {
        Ok((_, Object::Name(name))) => vec![name.clone()],
        Ok((_, Object::Array(names))) => names
            .iter()
            .filter_map(|n| n.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        _ => Vec::new(),
    }
}
