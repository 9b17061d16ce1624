//! The desktop shell's commands, run under Tauri's mock runtime: the same
//! builder as the real app, no window, no WebKit.

mod busy;
mod clerk;
mod handover;
mod landlord;
mod mock_app;
mod shell;
mod trust;
