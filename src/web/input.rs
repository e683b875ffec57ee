//! Input that no backend can store: a NUL character (U+0000). PostgreSQL
//! refuses it in text and SQLite would keep it, so every request is checked
//! here, once, before any handler: a 400 naming the field, alike on both
//! backends.

use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::header::CONTENT_TYPE,
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::error::AppError;

/// Larger form and JSON bodies are refused by their extractors anyway.
const BODY_MAX: usize = 2 * 1024 * 1024;

pub async fn refuse_nul(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let refuse = |message: String| {
        let error = AppError::BadRequest(message);
        if api {
            super::json_error(error)
        } else {
            error.into_response()
        }
    };
    if let Some(place) = nul_in_address(request.uri().path(), request.uri().query()) {
        return refuse(message(&place));
    }
    let kind = body_kind(&request);
    if kind == BodyKind::Other {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_MAX).await else {
        let message = "The request is too large.";
        let status = axum::http::StatusCode::PAYLOAD_TOO_LARGE;
        return match api {
            true => (status, axum::Json(serde_json::json!({ "error": message }))).into_response(),
            false => (status, message).into_response(),
        };
    };
    if let Some(field) = nul_in_body(kind, &bytes) {
        return refuse(message(&format!("The field \"{field}\"")));
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

fn message(place: &str) -> String {
    format!(
        "{place} contains a NUL character (U+0000), which cannot be saved; remove it and try again."
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Form,
    Json,
    /// Multipart uploads (file imports check their own bytes), or none.
    Other,
}

fn body_kind(request: &Request) -> BodyKind {
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.starts_with("application/x-www-form-urlencoded") {
        BodyKind::Form
    } else if content_type.starts_with("application/json") {
        BodyKind::Json
    } else {
        BodyKind::Other
    }
}

fn nul_in_address(path: &str, query: Option<&str>) -> Option<String> {
    if path.contains("%00") {
        return Some("The address".to_owned());
    }
    let query = query?;
    if !query.contains("%00") && !query.contains('\0') {
        return None;
    }
    form_urlencoded::parse(query.as_bytes())
        .find(|(_, value)| value.contains('\0'))
        .map(|(name, _)| format!("The parameter \"{name}\""))
}

/// The field holding a NUL character, if any; the whole body is parsed
/// only when a quick look finds one.
fn nul_in_body(kind: BodyKind, bytes: &Bytes) -> Option<String> {
    match kind {
        BodyKind::Form => {
            let suspect = bytes.windows(3).any(|w| w == b"%00") || bytes.contains(&0);
            if !suspect {
                return None;
            }
            form_urlencoded::parse(bytes)
                .find(|(name, value)| value.contains('\0') || name.contains('\0'))
                .map(|(name, _)| name.replace('\0', ""))
        }
        BodyKind::Json => {
            if !bytes.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")) {
                return None;
            }
            let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
            nul_in_json(&value, "")
        }
        BodyKind::Other => None,
    }
}

fn nul_in_json(value: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) if s.contains('\0') => Some(if at.is_empty() {
            "body".to_owned()
        } else {
            at.to_owned()
        }),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| nul_in_json(v, &format!("{at}[{i}]"))),
        Value::Object(fields) => fields.iter().find_map(|(k, v)| {
            let path = if at.is_empty() {
                k.replace('\0', "")
            } else {
                format!("{at}.{}", k.replace('\0', ""))
            };
            if k.contains('\0') {
                return Some(path);
            }
            nul_in_json(v, &path)
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_field_that_holds_a_nul() {
        let form = |s: &'static str| nul_in_body(BodyKind::Form, &Bytes::from(s));
        assert_eq!(
            form("title=Safe%00migration&language=en").as_deref(),
            Some("title")
        );
        assert_eq!(form("title=Safe+migration&note=100%25"), None);
        let json = |s: &'static str| nul_in_body(BodyKind::Json, &Bytes::from(s));
        assert_eq!(
            json(r#"{"title":"ok","rounds":[{"label":"a\u0000"}]}"#).as_deref(),
            Some("rounds[0].label")
        );
        assert_eq!(json(r#"{"title":"\\u0000 is fine as text"}"#), None);
        assert_eq!(
            nul_in_address("/program", Some("q=a%00b")).as_deref(),
            Some("The parameter \"q\"")
        );
        assert_eq!(nul_in_address("/program", Some("q=100%25")), None);
        assert!(nul_in_address("/corridors/ID%00", None).is_some());
    }
}
