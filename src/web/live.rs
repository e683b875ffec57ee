//! The event stream pages subscribe to for live updates (see
//! [`crate::app::live`] for what is announced and when).

use std::{convert::Infallible, time::Duration};

use axum::{
    extract::State,
    response::sse::{Event, KeepAlive, Sse},
};
use futures_util::StreamExt;
use tokio_stream::{Stream, wrappers::BroadcastStream};

use crate::app::{AppState, live::EVERYTHING};

/// The event stream a page subscribes to.
pub async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = BroadcastStream::new(state.live.subscribe())
        .map(|scope| {
            // A page too slow to keep up refreshes whatever it shows.
            let data = scope.map_or_else(|_| EVERYTHING.to_owned(), |s| s.to_string());
            Ok(Event::default().event("change").data(data))
        })
        .take_until(state.live.closed());
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
}
