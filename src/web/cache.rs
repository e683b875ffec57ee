//! Pages rendered once and served many times: the pages everyone opens in
//! the same minute (now and next, the program, sessions, the board, the
//! floors, the screens, the calendars) are kept as rendered, per address,
//! language, role and signed-in session, with their gzip and brotli forms
//! made on first demand, and answered with `ETag` / `If-None-Match`.
//!
//! A kept page is served only while nothing changed since it was rendered:
//! the store counts every write it makes and every change another instance
//! announces ([`crate::store::Store::data_version`]), the same announcements
//! that refresh open pages. Pages also show the time ("now", rounds that
//! started, a speaker's time left), so a page is kept within the five
//! seconds it was rendered in at most: those windows meet at every
//! minute, when rounds and sessions begin. A signed-in person's pages
//! carry their own sign-ups, votes and CSRF token: they are kept under that
//! person's session and never served to anyone else.

use std::{
    collections::HashMap,
    hash::{Hash, Hasher},
    io::Write,
    sync::{Arc, Mutex, OnceLock},
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::{
    app::AppState,
    auth::{Principal, Role},
};

/// Bytes of pages kept at most (as rendered, before compression); past
/// it, pages of earlier versions go first, then all. A rush of 1,000
/// people each opening their own board once kept 75 MiB without it.
const MAX_BYTES: usize = 24 * 1024 * 1024;
/// Seconds of the window a kept page is served in; divides a minute.
const WINDOW_SECONDS: i64 = 5;
/// A page larger than this is served as rendered, not kept.
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

/// The kept pages.
#[derive(Default)]
pub struct PageCache {
    pages: Mutex<Shelf>,
    /// Pages being rendered: who misses a page another request is
    /// rendering waits for that one's instead of rendering it too (a
    /// page's 32 waiting requests each rendering it made the slowest 1%
    /// take 50 ms).
    rendering: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
}

#[derive(Default)]
struct Shelf {
    pages: HashMap<Key, Arc<Kept>>,
    /// Of the pages as rendered.
    bytes: usize,
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    /// Path and query, as asked.
    address: String,
    lang: &'static str,
    role: Role,
    /// The signed-in session's CSRF token (one per session), empty for
    /// visitors who did not sign in: their pages are the same for all.
    session: String,
}

struct Kept {
    version: u64,
    window: i64,
    etag: HeaderValue,
    headers: HeaderMap,
    plain: Bytes,
    gzip: OnceLock<Bytes>,
    brotli: OnceLock<Bytes>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl Encoding {
    /// Brotli, then gzip, as the client accepts them (`q=0` refuses one).
    fn preferred(headers: &HeaderMap) -> Encoding {
        let accepted = |name: &str| {
            headers
                .get_all(header::ACCEPT_ENCODING)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .any(|item| {
                    let mut parts = item.split(';').map(str::trim);
                    let coding = parts.next().unwrap_or("");
                    let refused = parts.any(|p| {
                        p.strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                            .is_some_and(|q| q <= 0.0)
                    });
                    coding.eq_ignore_ascii_case(name) && !refused
                })
        };
        if accepted("br") {
            Encoding::Brotli
        } else if accepted("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }
}

/// Whether a page at this path is kept: those opened by many in the same
/// minute. Forms, the person's own pages and files made on demand are not.
fn kept_path(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    matches!(
        parts.as_slice(),
        [] | ["program"]
            | ["program", _]
            | ["program.ics"]
            | ["sessions", _]
            | ["sessions", _, "floor" | "screen" | "calendar.ics"]
            | ["open-space"]
            | ["open-space", "screen"]
            | ["topics", _]
            | ["export", "schedule.xml" | "schedule.json"]
    )
}

/// The middleware: serves a kept page when it is still current, else
/// renders it, keeps it and serves it.
pub async fn pages(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.method() != Method::GET || !kept_path(request.uri().path()) {
        return next.run(request).await;
    }
    let Some(key) = key(&request) else {
        return next.run(request).await;
    };
    let encoding = Encoding::preferred(request.headers());
    let asked_tag = request.headers().get(header::IF_NONE_MATCH).cloned();
    let version = state.store.data_version();
    let window = jiff::Timestamp::now()
        .as_second()
        .div_euclid(WINDOW_SECONDS);
    if let Some(kept) = state.pages.current(&key, version, window) {
        return kept.respond(encoding, asked_tag.as_ref());
    }
    let turn = state.pages.turn_to_render(&key);
    let my_turn = turn.lock().await;
    // What changed while waiting counts: read both again.
    let version = state.store.data_version();
    let window = jiff::Timestamp::now()
        .as_second()
        .div_euclid(WINDOW_SECONDS);
    let kept = match state.pages.current(&key, version, window) {
        Some(kept) => Ok(kept),
        None => {
            // Rendered plain here and compressed once, for everyone who asks.
            request.headers_mut().remove(header::ACCEPT_ENCODING);
            let response = next.run(request).await;
            state
                .pages
                .keep(key.clone(), version, window, response)
                .await
        }
    };
    drop(my_turn);
    state.pages.rendered(&key, turn);
    match kept {
        Ok(kept) => kept.respond(encoding, asked_tag.as_ref()),
        Err(response) => response,
    }
}

fn key(request: &Request) -> Option<Key> {
    let me = request.extensions().get::<Principal>()?;
    let ui = super::locale::current()?;
    Some(Key {
        address: request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned()),
        lang: ui.lang,
        role: me.role,
        session: match me.person_id {
            Some(_) => me.csrf_token.clone(),
            None => String::new(),
        },
    })
}

impl PageCache {
    /// The lock whose holder renders this page.
    fn turn_to_render(&self, key: &Key) -> Arc<tokio::sync::Mutex<()>> {
        let mut rendering = self.rendering.lock().unwrap_or_else(|e| e.into_inner());
        rendering.entry(key.clone()).or_default().clone()
    }

    /// Forgets the page's lock once nobody else waits on it.
    fn rendered(&self, key: &Key, turn: Arc<tokio::sync::Mutex<()>>) {
        let mut rendering = self.rendering.lock().unwrap_or_else(|e| e.into_inner());
        // Held by the map and by `turn`: nobody else waits.
        if Arc::strong_count(&turn) <= 2 {
            rendering.remove(key);
        }
    }

    fn current(&self, key: &Key, version: u64, window: i64) -> Option<Arc<Kept>> {
        let shelf = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        shelf
            .pages
            .get(key)
            .filter(|k| k.version == version && k.window == window)
            .cloned()
    }

    /// Keeps a page that renders the same for everyone with this key: a
    /// 200 without cookies. Anything else comes back to be served as is.
    async fn keep(
        &self,
        key: Key,
        version: u64,
        window: i64,
        response: Response,
    ) -> Result<Arc<Kept>, Response> {
        if response.status() != StatusCode::OK
            || response.headers().contains_key(header::SET_COOKIE)
            || response.headers().contains_key(header::CONTENT_ENCODING)
        {
            return Err(response);
        }
        let (parts, body) = response.into_parts();
        let plain = match axum::body::to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(plain) => plain,
            Err(e) => {
                tracing::warn!(error = %e, "a page could not be read to keep it");
                return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
            }
        };
        let mut headers = parts.headers;
        headers.remove(header::CONTENT_LENGTH);
        let kept = Arc::new(Kept {
            version,
            window,
            etag: etag(&plain),
            headers,
            plain,
            gzip: OnceLock::new(),
            brotli: OnceLock::new(),
        });
        let mut shelf = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        if shelf.bytes + kept.plain.len() > MAX_BYTES {
            shelf
                .pages
                .retain(|_, k| k.version == version && k.window == window);
            shelf.bytes = shelf.pages.values().map(|k| k.plain.len()).sum();
            if shelf.bytes + kept.plain.len() > MAX_BYTES {
                shelf.pages.clear();
                shelf.bytes = 0;
            }
        }
        shelf.bytes += kept.plain.len();
        if let Some(replaced) = shelf.pages.insert(key, kept.clone()) {
            shelf.bytes -= replaced.plain.len();
        }
        Ok(kept)
    }
}

/// A weak tag (the same page in any encoding) from the page's bytes: a
/// page rendered again unchanged keeps its tag.
fn etag(plain: &[u8]) -> HeaderValue {
    let mut hasher = std::hash::DefaultHasher::new();
    plain.hash(&mut hasher);
    HeaderValue::from_str(&format!("W/\"{:016x}\"", hasher.finish()))
        .expect("hex digits make a header value")
}

/// Whether an `If-None-Match` names this tag (or `*`).
fn matches(asked: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(asked) = asked.to_str() else {
        return false;
    };
    let Ok(etag) = etag.to_str() else {
        return false;
    };
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    asked
        .split(',')
        .any(|t| t.trim() == "*" || bare(t) == bare(etag))
}

impl Kept {
    fn respond(&self, encoding: Encoding, asked: Option<&HeaderValue>) -> Response {
        let mut headers = self.headers.clone();
        headers.insert(header::ETAG, self.etag.clone());
        headers.insert(
            header::VARY,
            HeaderValue::from_static("accept-encoding, accept-language, cookie"),
        );
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("private, no-cache"));
        if asked.is_some_and(|a| matches(a, &self.etag)) {
            headers.remove(header::CONTENT_TYPE);
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            response.headers_mut().extend(headers);
            return response;
        }
        let body = match encoding {
            Encoding::Identity => self.plain.clone(),
            Encoding::Gzip => self.gzip.get_or_init(|| gzip(&self.plain)).clone(),
            Encoding::Brotli => self.brotli.get_or_init(|| brotli(&self.plain)).clone(),
        };
        match encoding {
            Encoding::Identity => None,
            Encoding::Gzip => Some("gzip"),
            Encoding::Brotli => Some("br"),
        }
        .map(|name| headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name)));
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        response
    }
}

fn gzip(plain: &[u8]) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(plain.len() / 4),
        flate2::Compression::default(),
    );
    encoder
        .write_all(plain)
        .and_then(|()| encoder.finish())
        .map(Bytes::from)
        .expect("compressing into memory does not fail")
}

fn brotli(plain: &[u8]) -> Bytes {
    // Quality 5: most of brotli's gain over gzip at a fraction of the
    // time quality 11 takes, which a page rendered per change cannot pay.
    let mut out = Vec::with_capacity(plain.len() / 4);
    {
        let mut writer = ::brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        writer
            .write_all(plain)
            .expect("compressing into memory does not fail");
    }
    Bytes::from(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_everyone_opens_are_kept_and_forms_are_not() {
        for path in [
            "/",
            "/program",
            "/program/2027-03-02",
            "/sessions/4",
            "/sessions/4/floor",
            "/sessions/4/screen",
            "/open-space",
            "/open-space/screen",
            "/topics/3",
            "/program.ics",
        ] {
            assert!(kept_path(path), "{path}");
        }
        for path in [
            "/account",
            "/account/data.json",
            "/topics/3/edit",
            "/admin/audit",
            "/open-space/setup",
            "/signin/abc",
            "/export/people.csv",
        ] {
            assert!(!kept_path(path), "{path}");
        }
    }

    #[test]
    fn encodings_follow_accept_encoding() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
            Encoding::preferred(&h)
        };
        assert!(with("gzip, deflate, br") == Encoding::Brotli);
        assert!(with("gzip") == Encoding::Gzip);
        assert!(with("br;q=0, gzip") == Encoding::Gzip);
        assert!(with("identity") == Encoding::Identity);
        assert!(Encoding::preferred(&HeaderMap::new()) == Encoding::Identity);
    }

    #[test]
    fn tags_match_weakly_and_garbage_does_not() {
        let tag = etag(b"page");
        let same = tag.to_str().unwrap().to_owned();
        assert!(matches(&HeaderValue::from_str(&same).unwrap(), &tag));
        let strong = same.trim_start_matches("W/").to_owned();
        assert!(matches(&HeaderValue::from_str(&strong).unwrap(), &tag));
        assert!(matches(
            &HeaderValue::from_str(&format!("\"x\", {same}")).unwrap(),
            &tag
        ));
        assert!(!matches(&HeaderValue::from_static("\"garbage\""), &tag));
        assert!(!matches(&HeaderValue::from_static("W/\"\""), &tag));
        assert!(!matches(&etag(b"other"), &tag));
    }
}
