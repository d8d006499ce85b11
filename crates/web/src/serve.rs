//! The HTTP/1.1 server loop with connection limits.
//!
//! `axum::serve` has no timeouts: a client that never finishes its request head or body,
//! or that keeps an idle keep-alive connection open, holds a socket and a task forever,
//! and enough of them starve the server. This loop accepts connections itself and bounds
//! every phase of a connection's life:
//!
//! | phase                                   | limit                         | on expiry                   |
//! |-----------------------------------------|-------------------------------|-----------------------------|
//! | waiting for a request head              | [`Timeouts::header_read`]     | connection dropped          |
//! | gap between two chunks of a request body| [`Timeouts::body`]            | 408, then connection closed |
//! | the whole request in the router         | [`Timeouts::request`]         | 408, then connection closed |
//! | keep-alive wait, stalled response write | [`Timeouts::idle`]            | connection dropped          |
//! | open connections at once                | [`Timeouts::max_connections`] | accepting pauses            |
//!
//! Only HTTP/1.1 is served: the node sits behind a TLS-terminating reverse proxy, and
//! cleartext HTTP/2 would bring its own stream-level abuse cases for no gain.

use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::Router;
use axum::body::Body as AxumBody;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use hyper::body::{Body, Bytes, Frame, Incoming, SizeHint};
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};
use tokio::task::JoinSet;
use tokio::time::{Instant, Sleep};
use tower::ServiceExt;
use tower_http::timeout::Timeout;

/// Connection limits of the server; configurable (the CLI fills them from flags/env).
///
/// A zero duration allows no time at all (it is not "no limit"); durations beyond a day
/// count as a day.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// From accepting a connection, or from the first byte after a keep-alive pause, until
    /// the request head is complete. Bounds slow-header ("slowloris") clients.
    pub header_read: Duration,
    /// Longest wait for the next chunk of a request body while the handler reads it. The
    /// whole body is bounded by `request` as well, so trickling bytes does not help.
    pub body: Duration,
    /// Longest time a connection may move no bytes between requests (keep-alive) or while
    /// its response is being written (a client that stopped reading).
    pub idle: Duration,
    /// Longest time the router may take for one request, reading its body included.
    pub request: Duration,
    /// Connections served at once; further clients wait in the listen backlog.
    pub max_connections: usize,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            header_read: Duration::from_secs(10),
            body: Duration::from_secs(30),
            idle: Duration::from_secs(60),
            request: Duration::from_secs(60),
            max_connections: 1024,
        }
    }
}

impl Timeouts {
    /// Caps every duration at a day: longer than any sensible limit, and short enough that
    /// `Instant + Duration` (here and inside hyper) can never overflow and panic.
    fn capped(self) -> Self {
        const CAP: Duration = Duration::from_secs(24 * 60 * 60);
        Self {
            header_read: self.header_read.min(CAP),
            body: self.body.min(CAP),
            idle: self.idle.min(CAP),
            request: self.request.min(CAP),
            max_connections: self.max_connections.clamp(1, Semaphore::MAX_PERMITS),
        }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then drains connections (bounded wait).
///
/// Every request carries [`ConnectInfo<SocketAddr>`] with the peer's address. After
/// `shutdown`, the listener is closed at once, idle connections are closed, requests in
/// progress may finish for up to [`Timeouts::request`], and whatever is still open then
/// is dropped. Accept errors are logged and retried (as `axum::serve` does them), so the
/// result is currently always `Ok`; the `io::Result` keeps `serve`'s shape for callers.
pub async fn serve_with_limits(
    listener: TcpListener,
    router: Router,
    t: Timeouts,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let t = t.capped();
    let app = Timeout::with_status_code(router, StatusCode::REQUEST_TIMEOUT, t.request);
    let mut http = http1::Builder::new();
    // hyper's own head timer runs from the moment a connection goes idle until the next
    // head is complete (verified by a test below), so it cannot tell `idle` from
    // `header_read`; the per-connection watchdog enforces both separately. hyper's timer
    // is kept as a backstop set to their sum, which the watchdog always beats.
    http.timer(TokioTimer::new())
        .header_read_timeout(t.header_read + t.idle)
        .keep_alive(true);

    let slots = Arc::new(Semaphore::new(t.max_connections));
    let (drain_tx, drain_rx) = watch::channel(());
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // Finished connections are reaped here; their count is bounded by max_connections.
        while connections.try_join_next().is_some() {}
        // A slot is taken before accepting, so a full server leaves new clients in the
        // kernel's backlog rather than accepting sockets it cannot serve.
        let permit = tokio::select! {
            biased;
            () = &mut shutdown => break,
            permit = slots.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break, // never closed; would mean no slot can ever be had
            },
        };
        let accepted = tokio::select! {
            biased;
            () = &mut shutdown => break,
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((stream, peer)) => {
                connections.spawn(connection(
                    stream,
                    peer,
                    app.clone(),
                    http.clone(),
                    t,
                    drain_rx.clone(),
                    permit,
                ));
            }
            Err(e) if is_connection_error(&e) => {}
            Err(e) => {
                // Typically out of file descriptors: back off instead of spinning, as
                // axum::serve does.
                tracing::warn!(error = %e, "accept failed");
                tokio::select! {
                    biased;
                    () = &mut shutdown => break,
                    () = tokio::time::sleep(Duration::from_secs(1)) => {}
                }
            }
        }
    }

    // New clients are refused from here on.
    drop(listener);
    drop(drain_rx);
    // An error only means that no connection is left to tell.
    let _ = drain_tx.send(());
    let drained = tokio::time::timeout(t.request, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            open = connections.len(),
            "connections still open after the drain period; closing them"
        );
        connections.shutdown().await;
    }
    Ok(())
}

/// Errors of one incoming connection (it went away before we accepted it), not of the
/// listener.
fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    )
}

/// Serves one connection until it ends, the watchdog closes it, or shutdown drains it.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Timeout<Router>,
    http: http1::Builder,
    t: Timeouts,
    mut drain: watch::Receiver<()>,
    _slot: OwnedSemaphorePermit,
) {
    let tracker = Arc::new(Tracker::new());
    let io = TokioIo::new(TrackedIo {
        inner: stream,
        tracker: tracker.clone(),
    });
    let service = {
        let tracker = tracker.clone();
        hyper::service::service_fn(move |req: Request<Incoming>| {
            handle(req, peer, app.clone(), t.body, tracker.clone())
        })
    };
    let conn = http.serve_connection(io, service);
    let mut conn = std::pin::pin!(conn);
    let mut draining = false;
    // The watchdog looks at the connection at its deadline, and at the latest after the
    // shortest limit: every deadline a phase change sets lies at least that far ahead,
    // so no phase change needs to wake the watchdog (requests cost it nothing) and no
    // limit is enforced late.
    let recheck = t.header_read.min(t.idle);
    loop {
        let wake = match tracker.deadline(&t) {
            Some((at, _)) => at.min(Instant::now() + recheck),
            None => Instant::now() + recheck,
        };
        tokio::select! {
            ended = conn.as_mut() => {
                // Client resets and hyper's own errors (malformed requests, its backstop
                // timer) end up here; they are the client's business, not ours.
                if let Err(e) = ended {
                    tracing::debug!(error = %e, "connection ended with an error");
                }
                return;
            }
            () = tokio::time::sleep_until(wake) => {
                if let Some((at, why)) = tracker.deadline(&t)
                    && at <= Instant::now()
                {
                    tracing::debug!(reason = why, "closing connection");
                    // Dropping the connection closes the socket.
                    return;
                }
            }
            _ = drain.changed(), if !draining => {
                // Closes the connection now if it is idle, else after the response in
                // progress; the watchdog keeps running meanwhile.
                conn.as_mut().graceful_shutdown();
                draining = true;
            }
        }
    }
}

/// One request: adds the peer address, bounds the body, runs the router, tracks the phase.
async fn handle(
    req: Request<Incoming>,
    peer: SocketAddr,
    app: Timeout<Router>,
    body_gap: Duration,
    tracker: Arc<Tracker>,
) -> Result<Response<TrackedBody>, Infallible> {
    // hyper calls the service once the head is complete.
    tracker.set(Phase::Handling);
    let timed_out = Arc::new(AtomicBool::new(false));
    let mut req = req.map(|body| RequestBody::new(body, body_gap, timed_out.clone()));
    req.extensions_mut().insert(ConnectInfo(peer));
    let Ok(mut res) = app.oneshot(req).await;
    if timed_out.load(Ordering::Relaxed) {
        // The handler saw a body error and answered as it does for any broken body
        // (axum: 400); the client should learn that it was too slow.
        res = Response::new(AxumBody::empty());
        *res.status_mut() = StatusCode::REQUEST_TIMEOUT;
    }
    if res.status() == StatusCode::REQUEST_TIMEOUT {
        // The rest of the request may still be in flight; the connection cannot be reused.
        res.headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    tracker.set(Phase::Responding);
    Ok(res.map(|body| TrackedBody {
        inner: body,
        _done: RespondedGuard(tracker),
    }))
}

/// Where a connection is in its life; decides which limit applies.
#[derive(Debug, Clone, Copy)]
enum Phase {
    /// Waiting for (the rest of) a request head since the instant: `header_read`.
    Head(Instant),
    /// The router has the request; the request timeout bounds it, the watchdog does not.
    Handling,
    /// hyper is writing the response: `idle` without any bytes moving.
    Responding,
    /// Keep-alive wait for the next request: `idle` without any bytes moving. (Bytes of a
    /// pipelined head already read with the previous request count as idle time too; the
    /// wait is bounded either way.)
    Idle,
}

/// The phase of one connection, shared by its IO, its service and its watchdog.
struct Tracker {
    state: Mutex<State>,
}

struct State {
    phase: Phase,
    /// Last time any byte was read or written.
    last_io: Instant,
}

impl Tracker {
    fn new() -> Self {
        let now = Instant::now();
        Self {
            state: Mutex::new(State {
                phase: Phase::Head(now),
                last_io: now,
            }),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        // The critical sections cannot panic halfway; a poisoned lock still holds a
        // consistent state.
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut state)
    }

    fn set(&self, phase: Phase) {
        self.with(|s| {
            s.phase = phase;
            s.last_io = Instant::now();
        });
    }

    fn on_read(&self) {
        let now = Instant::now();
        self.with(|s| {
            s.last_io = now;
            // The first byte after a keep-alive pause starts the next request head.
            if matches!(s.phase, Phase::Idle) {
                s.phase = Phase::Head(now);
            }
        });
    }

    fn on_write(&self) {
        self.with(|s| s.last_io = Instant::now());
    }

    /// When the connection is to be closed, and why, unless its phase changes first;
    /// `None` while the router handles a request.
    fn deadline(&self, t: &Timeouts) -> Option<(Instant, &'static str)> {
        self.with(|s| match s.phase {
            Phase::Head(since) => Some((since + t.header_read, "request head too slow")),
            Phase::Handling => None,
            Phase::Responding => Some((s.last_io + t.idle, "response not being read")),
            Phase::Idle => Some((s.last_io + t.idle, "idle keep-alive")),
        })
    }
}

/// The socket, reporting traffic to the connection's tracker.
struct TrackedIo {
    inner: TcpStream,
    tracker: Arc<Tracker>,
}

impl AsyncRead for TrackedIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let read = ready!(Pin::new(&mut self.inner).poll_read(cx, buf));
        if buf.filled().len() > before {
            self.tracker.on_read();
        }
        Poll::Ready(read)
    }
}

impl AsyncWrite for TrackedIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.inner).poll_write(cx, buf));
        if matches!(written, Ok(n) if n > 0) {
            self.tracker.on_write();
        }
        Poll::Ready(written)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.inner).poll_write_vectored(cx, bufs));
        if matches!(written, Ok(n) if n > 0) {
            self.tracker.on_write();
        }
        Poll::Ready(written)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The request body as the router sees it: fails when the next chunk takes longer than
/// the body timeout, and records that so the response becomes a 408.
///
/// tower-http's `RequestBodyTimeoutLayer` has the same timer, but its error reaches the
/// handler as an ordinary body error (axum answers 400), and it drops the body's size
/// hint, which body limits rely on.
struct RequestBody {
    inner: Incoming,
    gap: Duration,
    /// Runs while the reader waits for a chunk; reset by every chunk.
    sleep: Option<Pin<Box<Sleep>>>,
    timed_out: Arc<AtomicBool>,
}

impl RequestBody {
    fn new(inner: Incoming, gap: Duration, timed_out: Arc<AtomicBool>) -> Self {
        Self {
            inner,
            gap,
            sleep: None,
            timed_out,
        }
    }
}

#[derive(Debug)]
struct BodyTimedOut;

impl std::fmt::Display for BodyTimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("request body not received in time")
    }
}

impl std::error::Error for BodyTimedOut {}

impl Body for RequestBody {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        if this.timed_out.load(Ordering::Relaxed) {
            return Poll::Ready(Some(Err(BodyTimedOut.into())));
        }
        // Data that is ready wins over a timer that expired at the same time.
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            this.sleep = None;
            return Poll::Ready(frame.map(|r| r.map_err(Into::into)));
        }
        let gap = this.gap;
        let sleep = this
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(gap)));
        ready!(sleep.as_mut().poll(cx));
        this.timed_out.store(true, Ordering::Relaxed);
        Poll::Ready(Some(Err(BodyTimedOut.into())))
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The response body; dropping it (hyper does once it has taken the last chunk) marks the
/// connection idle.
struct TrackedBody {
    inner: AxumBody,
    _done: RespondedGuard,
}

struct RespondedGuard(Arc<Tracker>);

impl Drop for RespondedGuard {
    fn drop(&mut self) {
        self.0.set(Phase::Idle);
    }
}

impl Body for TrackedBody {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use axum::routing::{get, post};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::sync::oneshot;
    use tokio::task::JoinHandle;

    const SHORT: Duration = Duration::from_millis(300);
    const LONG: Duration = Duration::from_secs(5);
    /// Slack for a loaded machine; every test is bounded by a few of these.
    const MARGIN: Duration = Duration::from_millis(1200);

    fn limits() -> Timeouts {
        Timeouts {
            header_read: LONG,
            body: LONG,
            idle: LONG,
            request: LONG,
            max_connections: 16,
        }
    }

    fn app() -> Router {
        Router::new()
            .route("/", get(|| async { "ok" }))
            .route(
                "/peer",
                get(|ConnectInfo(peer): ConnectInfo<SocketAddr>| async move {
                    peer.ip().to_string()
                }),
            )
            .route("/echo", post(|body: Bytes| async move { body }))
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(LONG).await;
                    "late"
                }),
            )
            .route("/big", get(|| async { vec![b'x'; BIG] }))
    }

    const BIG: usize = 16 << 20;

    struct Server {
        addr: SocketAddr,
        stop: oneshot::Sender<()>,
        task: JoinHandle<io::Result<()>>,
    }

    async fn start(t: Timeouts) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(serve_with_limits(listener, app(), t, async {
            let _ = stopped.await;
        }));
        Server { addr, stop, task }
    }

    async fn connect(addr: SocketAddr) -> TcpStream {
        TcpStream::connect(addr).await.unwrap()
    }

    /// Reads until the peer closes (or resets) the connection; returns what came and when
    /// the close was seen. Panics if the connection is still open after `within`.
    async fn read_to_close(stream: &mut TcpStream, within: Duration) -> (Vec<u8>, Duration) {
        let started = std::time::Instant::now();
        let mut got = Vec::new();
        let closed = tokio::time::timeout(within, async {
            let mut buf = [0u8; 64 * 1024];
            loop {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => got.extend_from_slice(&buf[..n]),
                }
            }
        })
        .await;
        assert!(closed.is_ok(), "connection still open after {within:?}");
        (got, started.elapsed())
    }

    /// Reads one response with a Content-Length body; returns status line and body.
    async fn read_response(stream: &mut TcpStream) -> (String, String) {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        tokio::time::timeout(MARGIN, async {
            loop {
                if let Some(end) = got.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&got[..end]).to_lowercase();
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .map_or(0, |v| v.trim().parse().unwrap());
                    if got.len() >= end + 4 + length {
                        let status = head.lines().next().unwrap().to_owned();
                        let body = String::from_utf8_lossy(&got[end + 4..end + 4 + length]);
                        return (status, body.into_owned());
                    }
                }
                let n = stream.read(&mut buf).await.unwrap();
                assert!(n > 0, "closed before a full response: {got:?}");
                got.extend_from_slice(&buf[..n]);
            }
        })
        .await
        .expect("no full response in time")
    }

    async fn get_ok(stream: &mut TcpStream, path: &str) -> String {
        let req = format!("GET {path} HTTP/1.1\r\nHost: test\r\n\r\n");
        stream.write_all(req.as_bytes()).await.unwrap();
        let (status, body) = read_response(stream).await;
        assert_eq!(status, "http/1.1 200 ok");
        body
    }

    #[tokio::test]
    async fn serve_closes_a_half_sent_request_head_after_header_read() {
        let server = start(Timeouts {
            header_read: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        client
            .write_all(b"GET / HTTP/1.1\r\nHost: te")
            .await
            .unwrap();
        let (got, after) = read_to_close(&mut client, SHORT + MARGIN).await;
        assert!(after >= SHORT - Duration::from_millis(100), "{after:?}");
        assert!(
            got.is_empty() || got.starts_with(b"HTTP/1.1 408"),
            "{got:?}"
        );
    }

    #[tokio::test]
    async fn serve_closes_a_silent_connection_after_header_read() {
        let server = start(Timeouts {
            header_read: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        read_to_close(&mut client, SHORT + MARGIN).await;
    }

    #[tokio::test]
    async fn serve_answers_408_to_a_stalled_request_body() {
        let server = start(Timeouts {
            body: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        client
            .write_all(
                b"POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n0123456789",
            )
            .await
            .unwrap();
        let (got, after) = read_to_close(&mut client, SHORT + MARGIN).await;
        assert!(after >= SHORT - Duration::from_millis(100), "{after:?}");
        let got = String::from_utf8_lossy(&got).to_lowercase();
        assert!(got.starts_with("http/1.1 408"), "{got}");
        assert!(got.contains("connection: close"), "{got}");
    }

    #[tokio::test]
    async fn serve_still_reads_a_body_that_arrives_in_time() {
        let server = start(Timeouts {
            body: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        client
            .write_all(b"POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\n01234")
            .await
            .unwrap();
        tokio::time::sleep(SHORT / 2).await;
        client.write_all(b"56789").await.unwrap();
        let (status, body) = read_response(&mut client).await;
        assert_eq!(status, "http/1.1 200 ok");
        assert_eq!(body, "0123456789");
    }

    #[tokio::test]
    async fn serve_answers_408_when_the_router_takes_longer_than_request() {
        let server = start(Timeouts {
            request: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        client
            .write_all(b"GET /slow HTTP/1.1\r\nHost: test\r\n\r\n")
            .await
            .unwrap();
        let (got, after) = read_to_close(&mut client, SHORT + MARGIN).await;
        assert!(after < LONG, "{after:?}");
        assert!(got.starts_with(b"HTTP/1.1 408"), "{got:?}");
    }

    #[tokio::test]
    async fn serve_closes_an_idle_keep_alive_connection_after_idle() {
        let server = start(Timeouts {
            idle: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        assert_eq!(get_ok(&mut client, "/").await, "ok");
        let (got, after) = read_to_close(&mut client, SHORT + MARGIN).await;
        // header_read is LONG, so this is the idle limit at work, not hyper's head timer.
        assert!(after >= SHORT - Duration::from_millis(100), "{after:?}");
        assert!(got.is_empty(), "{got:?}");
    }

    #[tokio::test]
    async fn serve_keeps_a_keep_alive_connection_for_idle_even_past_header_read() {
        let idle = SHORT * 3;
        let server = start(Timeouts {
            header_read: SHORT,
            idle,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        get_ok(&mut client, "/").await;
        // Longer than header_read, shorter than idle: the connection is still usable.
        tokio::time::sleep(SHORT * 2).await;
        get_ok(&mut client, "/").await;
        let (_, after) = read_to_close(&mut client, idle + MARGIN).await;
        assert!(after >= idle - Duration::from_millis(100), "{after:?}");
    }

    #[tokio::test]
    async fn serve_times_the_next_head_of_a_keep_alive_connection_from_its_first_byte() {
        let server = start(Timeouts {
            header_read: SHORT,
            idle: LONG,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        get_ok(&mut client, "/").await;
        client.write_all(b"GET / HT").await.unwrap();
        // Well before idle (LONG): the head timer started with the first byte.
        read_to_close(&mut client, SHORT + MARGIN).await;
    }

    #[tokio::test]
    async fn serve_cuts_off_a_response_the_client_does_not_read() {
        let server = start(Timeouts {
            idle: SHORT,
            ..limits()
        })
        .await;
        let mut client = connect(server.addr).await;
        client
            .write_all(b"GET /big HTTP/1.1\r\nHost: test\r\n\r\n")
            .await
            .unwrap();
        // Not reading lets the socket buffers fill and the server's writes stall.
        tokio::time::sleep(SHORT + MARGIN).await;
        let (got, _) = read_to_close(&mut client, MARGIN * 2).await;
        assert!(got.starts_with(b"HTTP/1.1 200"));
        assert!(got.len() < BIG, "the whole response arrived");
    }

    #[tokio::test]
    async fn serve_answers_200_and_gives_handlers_the_peer_address() {
        let server = start(limits()).await;
        let mut client = connect(server.addr).await;
        assert_eq!(get_ok(&mut client, "/peer").await, "127.0.0.1");
        // Keep-alive: the same connection serves a second request.
        assert_eq!(get_ok(&mut client, "/").await, "ok");
    }

    #[tokio::test]
    async fn serve_waits_in_the_backlog_beyond_max_connections() {
        let server = start(Timeouts {
            max_connections: 1,
            ..limits()
        })
        .await;
        let mut first = connect(server.addr).await;
        get_ok(&mut first, "/").await;
        let mut second = connect(server.addr).await;
        second
            .write_all(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            .await
            .unwrap();
        let mut buf = [0u8; 1];
        let waited = tokio::time::timeout(SHORT, second.read(&mut buf)).await;
        assert!(waited.is_err(), "served beyond max_connections");
        drop(first);
        let (status, body) = read_response(&mut second).await;
        assert_eq!((status.as_str(), body.as_str()), ("http/1.1 200 ok", "ok"));
    }

    #[tokio::test]
    async fn serve_stops_when_shutdown_completes() {
        let server = start(limits()).await;
        // An idle keep-alive connection must not hold the shutdown up (idle is LONG).
        let mut idle = connect(server.addr).await;
        get_ok(&mut idle, "/").await;
        server.stop.send(()).unwrap();
        let ended = tokio::time::timeout(MARGIN, server.task).await;
        assert!(ended.expect("server still running").unwrap().is_ok());
        read_to_close(&mut idle, MARGIN).await;
        assert!(
            TcpStream::connect(server.addr).await.is_err(),
            "still listening"
        );
    }

    #[tokio::test]
    async fn serve_lets_a_request_in_progress_finish_on_shutdown() {
        let server = start(limits()).await;
        let mut client = connect(server.addr).await;
        client
            .write_all(b"POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 4\r\n\r\nab")
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        server.stop.send(()).unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        client.write_all(b"cd").await.unwrap();
        let (status, body) = read_response(&mut client).await;
        assert_eq!(
            (status.as_str(), body.as_str()),
            ("http/1.1 200 ok", "abcd")
        );
        let ended = tokio::time::timeout(MARGIN, server.task).await;
        assert!(ended.expect("server still running").unwrap().is_ok());
    }

    /// Pins the hyper behaviour the design above rests on: its header-read timer also runs
    /// while a keep-alive connection is idle (it starts when the previous response is
    /// done), so on its own it would close keep-alive connections after `header_read`
    /// whatever `idle` says. If a hyper upgrade changes this, revisit the backstop.
    #[tokio::test]
    async fn hyper_header_read_timeout_also_bounds_the_keep_alive_wait() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            let mut http = http1::Builder::new();
            http.timer(TokioTimer::new()).header_read_timeout(SHORT);
            let service = hyper::service::service_fn(|_req: Request<Incoming>| async {
                Ok::<_, Infallible>(Response::new(AxumBody::from("ok")))
            });
            http.serve_connection(TokioIo::new(stream), service).await
        });
        let mut client = connect(addr).await;
        assert_eq!(get_ok(&mut client, "/").await, "ok");
        let (got, after) = read_to_close(&mut client, SHORT + MARGIN).await;
        assert!(got.is_empty(), "{got:?}");
        assert!(after >= SHORT - Duration::from_millis(100), "{after:?}");
        assert!(
            server.await.unwrap().is_err(),
            "hyper reports a header timeout"
        );
    }
}
