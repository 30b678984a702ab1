//! The HTTP face of the sandbox: the protocol's routes under
//! `/carriers/{carrier}/v1`, the admin API under `/admin`, and the layers that
//! every protocol request passes: fault injection → API key → idempotency.

pub mod admin;
pub mod auth;
pub mod faults;
pub mod idempotency;
pub mod problem;
pub mod routes;
pub mod serve;

use crate::app::AppState;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use problem::ApiError;
use sapar_carrier::ProblemCode;

/// The whole router.
pub fn router(app: AppState) -> Router {
    let v1 = "/carriers/{carrier}/v1";
    let protocol = Router::new()
        .route(&format!("{v1}/profile"), get(routes::profile))
        .route(&format!("{v1}/places"), get(routes::places))
        .route(&format!("{v1}/revocations"), get(routes::revocations))
        .route(&format!("{v1}/offers"), get(routes::search))
        .route(
            &format!("{v1}/trips/{{trip_id}}/seatmap"),
            get(routes::seat_map),
        )
        .route(&format!("{v1}/holds"), post(routes::create_hold))
        .route(&format!("{v1}/holds/{{hold_id}}"), get(routes::get_hold))
        .route(
            &format!("{v1}/holds/{{hold_id}}/release"),
            post(routes::release_hold),
        )
        .route(
            &format!("{v1}/holds/{{hold_id}}/confirm"),
            post(routes::confirm_hold),
        )
        .route(&format!("{v1}/bookings"), get(routes::lookup_booking))
        .route(
            &format!("{v1}/bookings/{{reference}}"),
            get(routes::get_booking),
        )
        .route(
            &format!("{v1}/bookings/{{reference}}/refund-offers"),
            post(routes::create_refund_offer),
        )
        .route(
            &format!("{v1}/refund-offers/{{offer_id}}/accept"),
            post(routes::accept_refund_offer),
        )
        .route(
            &format!("{v1}/bookings/{{reference}}/exchange-offers"),
            post(routes::create_exchange_offer),
        )
        .route(
            &format!("{v1}/exchange-offers/{{offer_id}}/accept"),
            post(routes::accept_exchange_offer),
        )
        .route(&format!("{v1}/events"), get(routes::events))
        .route_layer(from_fn_with_state(app.clone(), idempotency::idempotency))
        .route_layer(from_fn_with_state(app.clone(), auth::require_client))
        .route_layer(from_fn_with_state(app.clone(), faults::inject));
    let open = Router::new()
        .route("/", get(routes::directory))
        .route("/carriers", get(routes::directory))
        .route(&format!("{v1}/openapi.json"), get(routes::openapi));
    let a = "/admin/carriers/{carrier}";
    let admin_routes = Router::new()
        .route(&format!("{a}/trips/{{trip_id}}/delay"), post(admin::delay))
        .route(
            &format!("{a}/trips/{{trip_id}}/cancel"),
            post(admin::cancel),
        )
        .route(
            &format!("{a}/trips/{{trip_id}}/platform"),
            post(admin::platform),
        )
        .route(
            &format!("{a}/tickets/{{number}}/revoke"),
            post(admin::revoke),
        )
        .route(&format!("{a}/keys/rotate"), post(admin::rotate_key))
        .route(
            "/admin/faults",
            get(admin::get_faults)
                .put(admin::put_faults)
                .delete(admin::clear_faults),
        )
        .route("/admin/clients", post(admin::new_client))
        .route("/admin/sweep", post(admin::sweep))
        .route_layer(from_fn_with_state(app.clone(), auth::require_admin));
    Router::new()
        .merge(protocol)
        .merge(open)
        .merge(admin_routes)
        .fallback(|| async {
            ApiError::new(ProblemCode::NotFound, "no such route").into_response()
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                ProblemCode::BadRequest,
                "this method is not allowed on this route",
            )
            .into_response()
        })
        .layer(DefaultBodyLimit::max(app.settings.max_body_bytes))
        .with_state(app)
}
