//! Finding where Aztec codes are in a picture, so the decoder can be pointed at them.
//!
//! rxing's Aztec detector starts from the middle of the picture it is given, so it reads a
//! code that sits in the middle and misses one off to the side (a boarding pass screenshot
//! with the code near the top). This module finds the bullseyes themselves: the centre of
//! an Aztec code is a square of concentric rings, which a line through it crosses as seven
//! (compact codes) or eleven (full codes) alternating runs of equal width, dark in the
//! middle. Every such spot, confirmed across both a row and a column, is a candidate; the
//! scan then cuts out a window centred on it, where the detector finds it.

use image::{GrayImage, Luma};

/// The most bullseyes tried in one picture.
const MAX_CANDIDATES: usize = 6;

/// Modules across an Aztec code of the largest size (full range, 32 layers).
const MAX_SYMBOL_MODULES: f32 = 151.0;

/// A bullseye found: its centre and the width of one module, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Bullseye {
    pub x: u32,
    pub y: u32,
    pub module: f32,
}

/// Where the bullseyes of Aztec codes seem to be, best first.
pub(crate) fn find_bullseyes(picture: &GrayImage) -> Vec<Bullseye> {
    let threshold = otsu(picture);
    let dark = |x: u32, y: u32| picture.get_pixel(x, y).0[0] < threshold;
    let (w, h) = picture.dimensions();
    let mut found: Vec<(Bullseye, f32)> = Vec::new();
    for y in (0..h).step_by(2) {
        let runs = runs_along((0..w).map(|x| dark(x, y)));
        for (centre, module, spread) in concentric(&runs) {
            let column = runs_along((0..h).map(|yy| dark(centre, yy)));
            let vertical = concentric(&column).into_iter().find(|(c, m, _)| {
                c.abs_diff(y) as f32 <= *m * 1.5 && (m / module - 1.0).abs() < 0.5
            });
            let Some((centre_y, _, vertical_spread)) = vertical else {
                continue;
            };
            let candidate = Bullseye {
                x: centre,
                y: centre_y,
                module,
            };
            let close = found.iter().position(|(b, _)| {
                b.x.abs_diff(centre) as f32 <= module * 3.0
                    && b.y.abs_diff(centre_y) as f32 <= module * 3.0
            });
            let score = spread + vertical_spread;
            match close {
                Some(i) if found[i].1 <= score => {}
                Some(i) => found[i] = (candidate, score),
                None => found.push((candidate, score)),
            }
        }
    }
    found.sort_by(|a, b| a.1.total_cmp(&b.1));
    found
        .into_iter()
        .take(MAX_CANDIDATES)
        .map(|(b, _)| b)
        .collect()
}

/// A square window of the picture centred on a bullseye, large enough for the largest
/// code of its module size, white where it falls outside the picture.
pub(crate) fn window_around(picture: &GrayImage, bullseye: Bullseye) -> GrayImage {
    let (w, h) = picture.dimensions();
    let half = ((bullseye.module * MAX_SYMBOL_MODULES / 2.0).ceil() as u32).clamp(16, w.max(h));
    let side = half * 2 + 1;
    let mut window = GrayImage::from_pixel(side, side, Luma([255]));
    let left = i64::from(bullseye.x) - i64::from(half);
    let top = i64::from(bullseye.y) - i64::from(half);
    for wy in 0..side {
        let py = top + i64::from(wy);
        if py < 0 || py >= i64::from(h) {
            continue;
        }
        for wx in 0..side {
            let px = left + i64::from(wx);
            if px >= 0 && px < i64::from(w) {
                window.put_pixel(wx, wy, *picture.get_pixel(px as u32, py as u32));
            }
        }
    }
    window
}

/// Alternating runs along a line: (start, length, dark).
fn runs_along(line: impl Iterator<Item = bool>) -> Vec<(u32, u32, bool)> {
    let mut runs: Vec<(u32, u32, bool)> = Vec::new();
    for (i, dark) in line.enumerate() {
        match runs.last_mut() {
            Some(run) if run.2 == dark => run.1 += 1,
            _ => runs.push((i as u32, 1, dark)),
        }
    }
    runs
}

/// Spots on a line crossed by 7 or 11 equal alternating runs with a dark middle: the
/// middle's position, the module width and how uneven the runs are (0 is perfect).
fn concentric(runs: &[(u32, u32, bool)]) -> Vec<(u32, f32, f32)> {
    let mut spots = Vec::new();
    for count in [7usize, 11] {
        if runs.len() < count {
            continue;
        }
        for window in runs.windows(count) {
            let middle = window[count / 2];
            if !middle.2 {
                continue;
            }
            let mean = window.iter().map(|r| r.1 as f32).sum::<f32>() / count as f32;
            if mean < 1.5 {
                continue;
            }
            let spread = window
                .iter()
                .map(|r| (r.1 as f32 - mean).abs() / mean)
                .fold(0.0f32, f32::max);
            if spread < 0.5 {
                spots.push((middle.0 + middle.1 / 2, mean, spread));
            }
        }
    }
    spots
}

/// The grey level that best splits dark from light (Otsu's method).
fn otsu(picture: &GrayImage) -> u8 {
    let mut histogram = [0u64; 256];
    for p in picture.pixels() {
        histogram[usize::from(p.0[0])] += 1;
    }
    let total: u64 = histogram.iter().sum();
    let sum: f64 = histogram
        .iter()
        .enumerate()
        .map(|(v, &n)| v as f64 * n as f64)
        .sum();
    let (mut background, mut background_sum, mut best, mut threshold) = (0u64, 0f64, 0f64, 128u8);
    for (value, &n) in histogram.iter().enumerate() {
        background += n;
        if background == 0 || background == total {
            continue;
        }
        background_sum += value as f64 * n as f64;
        let foreground = total - background;
        let mean_b = background_sum / background as f64;
        let mean_f = (sum - background_sum) / foreground as f64;
        let between = background as f64 * foreground as f64 * (mean_b - mean_f).powi(2);
        if between > best {
            best = between;
            threshold = value as u8;
        }
    }
    threshold.saturating_add(1)
}
