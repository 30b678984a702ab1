//! How Sapar's window paints its page.
//!
//! On Linux, WebKitGTK composites pages with OpenGL by default: the page is split into
//! layers, each kept as a texture. Where there is no GPU driver (virtual machines, remote
//! desktops, many office PCs) Mesa's software renderer keeps every texture and its
//! compiled shaders in the page's process: measured under Xvfb, ~100 MiB for Sapar's
//! window. Sapar's screens are forms, lists and a QR code, which WebKit paints just as
//! well without compositing, so the app asks for that (`WEBKIT_DISABLE_COMPOSITING_MODE`,
//! read by WebKit when it starts). `SAPAR_GPU_COMPOSITING=1` keeps WebKit's default, and
//! a value the user set for WebKit's variable is left alone.
//!
//! Windows (WebView2) and macOS (WKWebView) manage this themselves; nothing changes there.

/// WebKitGTK's switch for painting without compositing.
#[cfg(target_os = "linux")]
const WEBKIT_NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Chooses how the window will paint. Call it first thing in `main`, before any other
/// thread starts: it sets a variable of the process's environment.
pub fn choose_painting() {
    #[cfg(target_os = "linux")]
    if !gpu_compositing_wanted(std::env::var_os("SAPAR_GPU_COMPOSITING").as_deref())
        && std::env::var_os(WEBKIT_NO_COMPOSITING).is_none()
    {
        std::env::set_var(WEBKIT_NO_COMPOSITING, "1");
    }
}

/// Whether `SAPAR_GPU_COMPOSITING` asks for WebKit's GPU compositing.
#[cfg(any(target_os = "linux", test))]
fn gpu_compositing_wanted(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|value| value == "1")
}

#[cfg(test)]
mod tests {
    use super::gpu_compositing_wanted;
    use std::ffi::OsStr;

    #[test]
    fn only_a_one_asks_for_gpu_compositing() {
        assert!(gpu_compositing_wanted(Some(OsStr::new("1"))));
        assert!(!gpu_compositing_wanted(None));
        assert!(!gpu_compositing_wanted(Some(OsStr::new("0"))));
        assert!(!gpu_compositing_wanted(Some(OsStr::new(""))));
    }
}
