//! How Sapar's window paints its page, and how much memory the page keeps.
//!
//! On Linux, WebKitGTK composites pages with OpenGL by default: the page is split into
//! layers, each kept as a texture. Where there is no GPU driver (virtual machines, remote
//! desktops, many office PCs) Mesa's software renderer keeps every texture and its
//! compiled shaders in the page's process: measured under Xvfb, ~100 MiB for Sapar's
//! window. Sapar's screens are forms, lists and a QR code, which WebKit paints just as
//! well without compositing, so the app asks for that (`WEBKIT_DISABLE_COMPOSITING_MODE`).
//! `SAPAR_GPU_COMPOSITING=1` keeps WebKit's default.
//!
//! The page's JavaScript engine lets 32 MiB of garbage build up before it collects by
//! default; every screen shown leaves some, and the pages of screens already left stay
//! alive until then. Sapar's pages are small, so it collects after 8 MiB
//! (`JSC_largeHeapSize`): a clerk opening ticket after ticket keeps the window's memory
//! flat instead of tens of MiB higher, for collections of a few milliseconds.
//!
//! Both are read by WebKit when it starts; a value the user set is left alone. Windows
//! (WebView2) and macOS (WKWebView) manage this themselves; nothing changes there.

/// WebKit's settings chosen by Sapar, as `(variable, value)`: painting without
/// compositing unless `gpu_compositing` is asked for, and the page's collection size.
#[cfg(any(target_os = "linux", test))]
fn webkit_settings(gpu_compositing: Option<&std::ffi::OsStr>) -> Vec<(&'static str, &'static str)> {
    let mut settings = vec![("JSC_largeHeapSize", "8388608")];
    if gpu_compositing.is_none_or(|value| value != "1") {
        settings.push(("WEBKIT_DISABLE_COMPOSITING_MODE", "1"));
    }
    settings
}

/// Sets up WebKit for Sapar's window, before any other thread starts (`run` calls it
/// first): it sets variables of the process's environment, which WebKit and its page
/// process read when they start.
pub fn choose_webkit_settings() {
    #[cfg(target_os = "linux")]
    for (name, value) in webkit_settings(std::env::var_os("SAPAR_GPU_COMPOSITING").as_deref()) {
        if std::env::var_os(name).is_none() {
            std::env::set_var(name, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::webkit_settings;
    use std::ffi::OsStr;

    #[test]
    fn paints_without_compositing_unless_a_one_asks_for_it() {
        let composited = |value: Option<&str>| {
            !webkit_settings(value.map(OsStr::new))
                .iter()
                .any(|(name, _)| *name == "WEBKIT_DISABLE_COMPOSITING_MODE")
        };
        assert!(composited(Some("1")));
        assert!(!composited(None));
        assert!(!composited(Some("0")));
        assert!(!composited(Some("")));
    }

    #[test]
    fn the_page_collects_after_8_mib_either_way() {
        for value in [None, Some(OsStr::new("1"))] {
            assert!(webkit_settings(value).contains(&("JSC_largeHeapSize", "8388608")));
        }
    }
}
