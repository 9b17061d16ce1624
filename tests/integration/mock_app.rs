//! The real app's builder on Tauri's mock runtime, with one window to call
//! commands from, as the webview would.

use jalga_app::DataDir;
use serde_json::Value;
use tauri::test::{
    get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY,
};
use tauri::webview::InvokeRequest;
use tauri::{WebviewUrl, WebviewWindow, WebviewWindowBuilder};

/// One running app on `data_dir`: its state (the open store, the last
/// audit) lives across calls; dropping it and starting another is a restart.
pub(crate) struct MockApp {
    _app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

impl MockApp {
    pub(crate) fn start(data_dir: &std::path::Path) -> MockApp {
        let app = jalga_app::with_commands(mock_builder(), DataDir::new(Some(data_dir.to_owned())))
            .build(mock_context(noop_assets()))
            .expect("the app builds under the mock runtime");
        let webview = WebviewWindowBuilder::new(&app, "main", WebviewUrl::default())
            .build()
            .expect("a mock window");
        MockApp { _app: app, webview }
    }

    /// The running app, for its managed state.
    pub(crate) fn app(&self) -> &tauri::App<MockRuntime> {
        &self._app
    }

    /// Calls `cmd` with `body` as JSON arguments; the error is the command's
    /// structured problem.
    pub(crate) fn call(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        call_on(&self.webview, cmd, body)
    }

    /// The window, to call commands from another thread with [`call_on`].
    pub(crate) fn window(&self) -> WebviewWindow<MockRuntime> {
        self.webview.clone()
    }
}

/// [`MockApp::call`] from `webview`.
pub(crate) fn call_on(
    webview: &WebviewWindow<MockRuntime>,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    {
        get_ipc_response(
            webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: tauri::ipc::CallbackFn(0),
                error: tauri::ipc::CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: tauri::ipc::InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|b| b.deserialize::<Value>().expect("a JSON response"))
    }
}
