//! The home's commands: what to do today, and the steps of the
//! registration cycle its actions take. Each calls one function of
//! `jalga_core::landlord::{today, cycle, cycle_board, lease_open, tenancy}`.

use chrono::NaiveDate;
use jalga_core::domain::{ForeignerNotice, Lease, Registration};
use jalga_core::landlord::cycle::{self, Created, NoticeStep, Step};
use jalga_core::landlord::{cycle_board, lease_open, tenancy, today};
use jalga_core::{Lang, Problem};
use tauri::{AppHandle, Runtime};

use crate::{on_own_store, writing_store};

type Answer<T> = Result<T, Problem>;

/// What needs doing today, most urgent first.
#[tauri::command]
pub async fn today_list<R: Runtime>(app: AppHandle<R>, lang: Lang) -> Answer<today::Today> {
    on_own_store(&app, move |s| {
        Ok(today::today(s, jalga_core::dates::today())?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

/// Every tenancy's registration steps, done ones with their days: the
/// deadline dashboard's cycle section.
#[tauri::command]
pub async fn registration_cycle<R: Runtime>(
    app: AppHandle<R>,
    lang: Lang,
) -> Answer<cycle_board::CycleBoard> {
    on_own_store(&app, move |s| {
        Ok(cycle_board::cycle_board(s, jalga_core::dates::today())?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

/// A stored lease (a draft to finish) as the wizard opens it.
#[tauri::command]
pub async fn open_lease<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    lang: Lang,
) -> Answer<lease_open::OpenedLease> {
    on_own_store(&app, move |s| Ok(lease_open::open_lease(s, &lease_id)?))
        .await
        .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn create_from_lease<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    person_id: String,
    lang: Lang,
) -> Answer<Created> {
    writing_store(&app, move |s| {
        Ok(cycle::create_from_lease(
            s,
            &lease_id,
            &person_id,
            jalga_core::dates::today(),
        )?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn mark_registration<R: Runtime>(
    app: AppHandle<R>,
    registration_id: String,
    step: Step,
    on: NaiveDate,
    lang: Lang,
) -> Answer<Registration> {
    writing_store(&app, move |s| {
        Ok(cycle::mark_registration(s, &registration_id, step, on)?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn mark_notice<R: Runtime>(
    app: AppHandle<R>,
    notice_id: String,
    step: NoticeStep,
    on: NaiveDate,
    lang: Lang,
) -> Answer<ForeignerNotice> {
    writing_store(&app, move |s| {
        Ok(cycle::mark_notice(s, &notice_id, step, on)?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn record_consent<R: Runtime>(
    app: AppHandle<R>,
    registration_id: String,
    by: String,
    on: NaiveDate,
    lang: Lang,
) -> Answer<Registration> {
    writing_store(&app, move |s| {
        Ok(cycle::record_consent(s, &registration_id, &by, on)?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn renew_lease<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    until: NaiveDate,
    lang: Lang,
) -> Answer<Lease> {
    writing_store(&app, move |s| {
        Ok(tenancy::renew_lease(s, &lease_id, until)?)
    })
    .await
    .map_err(|e| e.to_problem(lang))
}

#[tauri::command]
pub async fn end_lease<R: Runtime>(
    app: AppHandle<R>,
    lease_id: String,
    on: NaiveDate,
    lang: Lang,
) -> Answer<Lease> {
    writing_store(&app, move |s| Ok(tenancy::end_lease(s, &lease_id, on)?))
        .await
        .map_err(|e| e.to_problem(lang))
}
