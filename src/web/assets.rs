//! CSS and icons, embedded in the binary. Their URLs carry a content hash so
//! browsers keep them for a year and a repeat visit downloads only the page.

use std::{
    hash::{Hash, Hasher},
    sync::OnceLock,
};

use axum::{
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
}

const ASSETS: &[Asset] = &[
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../../assets/style.css"),
    },
    Asset {
        name: "report.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../../assets/report.css"),
    },
    Asset {
        name: "exit.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../../assets/exit.js"),
    },
    Asset {
        name: "live.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../../assets/live.js"),
    },
    Asset {
        name: "icon.svg",
        content_type: "image/svg+xml",
        body: include_str!("../../assets/icon.svg"),
    },
];

/// The URL of an embedded asset, with its content hash as version.
pub fn url(name: &str) -> String {
    format!("/assets/{name}?v={}", version())
}

fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        for asset in ASSETS {
            asset.body.hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    })
}

pub async fn serve(Path(name): Path<String>) -> Response {
    let Some(asset) = ASSETS.iter().find(|a| a.name == name) else {
        return (StatusCode::NOT_FOUND, "no such asset").into_response();
    };
    (
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        asset.body,
    )
        .into_response()
}
