//! The desktop shell's commands, run under Tauri's mock runtime: the same
//! builder as the real app, no window, no WebKit.

mod busy;
mod clerk;
mod handover;
mod landlord;
mod mock_app;
mod office;
mod one_rule;
mod shell;
mod surface;
mod trust;
