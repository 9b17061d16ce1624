//! The baseline of the cold-start benchmark: the same Tauri version,
//! features, profile, configuration and window as the app, showing one
//! static page with no script. What the app takes beyond this is ours.

use std::borrow::Cow;

use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{Assets, Runtime};

const PAGE: &[u8] =
    b"<!doctype html><meta charset=\"utf-8\"><title>hello</title><h1 id=\"hello\">hello</h1>";

/// Serves the one page for every path the webview asks for.
struct OnePage;

impl<R: Runtime> Assets<R> for OnePage {
    fn get(&self, _key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        Some(Cow::Borrowed(PAGE))
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        Box::new(std::iter::once((
            Cow::Borrowed("/index.html"),
            Cow::Borrowed(PAGE),
        )))
    }

    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        Box::new(std::iter::empty())
    }
}

fn main() {
    let mut context = tauri::generate_context!();
    context.set_assets(Box::new(OnePage));
    tauri::Builder::default()
        .run(context)
        .expect("the hello window runs");
}
