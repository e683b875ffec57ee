//! The HTTP/1.1 server loop. axum's own `serve` can also negotiate HTTP/2,
//! and each open connection costs about 11 KiB more there (a bare axum app:
//! 30.4 KiB per connection against 18.9 KiB here). convene speaks HTTP/1.1
//! (browsers use HTTP/2 only over TLS, which a proxy in front provides), and
//! every participant's phone holds an event stream open.

use std::{net::SocketAddr, time::Duration};

use axum::{Router, extract::ConnectInfo};
use hyper::{body::Incoming, server::conn::http1};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use tokio::net::{TcpListener, TcpSocket};
use tower::ServiceExt;

/// Connections the kernel holds for the server before it accepts them: a
/// room reaching for its phones in the same second. With the 128 that
/// `TcpListener::bind` asks for, the rush benchmark's 1,000 connections at
/// once saw up to 460 dropped, each sent again after 200 ms or more. The
/// kernel caps it at `net.core.somaxconn` (4,096 by default).
const ACCEPT_QUEUE: u32 = 4096;

/// Listens on `addr` with room for [`ACCEPT_QUEUE`] waiting connections.
pub fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    // As `TcpListener::bind` does: a restarted server can bind at once.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(ACCEPT_QUEUE)
}

/// A client has this long to send a request's headers, and an idle
/// keep-alive connection is closed after it.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `app` on `listener` until `shutdown` completes, then waits for
/// the requests in flight.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let connections = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (socket, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before
                    // it was accepted: keep serving the others.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = socket.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request.map(axum::body::Body::new))
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .serve_connection(TokioIo::new(socket), service);
        let connection = connections.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    connections.shutdown().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 500 phones connecting in the same moment, before the server gets
    /// round to accepting any: every connection is held for it. With a
    /// queue of 128, the kernel drops the rest and the clients try again
    /// after one second, three, seven…, so they would still be waiting.
    #[tokio::test]
    async fn a_room_connecting_at_once_is_held_until_accepted() {
        let listener = listen("127.0.0.1:0".parse().unwrap()).unwrap();
        let addr = listener.local_addr().unwrap();
        let connecting: Vec<_> = (0..500)
            .map(|_| tokio::spawn(tokio::net::TcpStream::connect(addr)))
            .collect();
        let all_connected = async {
            for c in connecting {
                c.await.unwrap().unwrap();
            }
        };
        tokio::time::timeout(Duration::from_secs(5), all_connected)
            .await
            .expect("connections were dropped at a full accept queue");
        drop(listener);
    }
}
