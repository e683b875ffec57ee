//! Routes declared once: each route is added with its access rule, so the
//! router, the access table the middleware enforces and (for the API) the
//! OpenAPI document all come from the same declaration, and no route can
//! exist without a rule.

use axum::{
    Router,
    handler::Handler,
    http::Method,
    routing::{MethodFilter, MethodRouter, on},
};
use utoipa::openapi::{OpenApi, path::HttpMethod};
use utoipa_axum::router::UtoipaMethodRouter;

use super::AppState;
use crate::auth::access::Rule;

/// One row of the access table: a method and a path as the router knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub method: Method,
    pub path: String,
    pub rule: Rule,
}

/// Every route with its rule: what the access middleware enforces.
#[derive(Debug, Clone, Default)]
pub struct AccessTable(Vec<Entry>);

impl AccessTable {
    /// The rule for a request, or `None`: denied.
    pub fn rule(&self, method: &Method, path: &str) -> Option<Rule> {
        // HEAD is answered like GET by the router.
        let method = if method == Method::HEAD {
            &Method::GET
        } else {
            method
        };
        self.0
            .iter()
            .find(|e| e.method == *method && e.path == path)
            .map(|e| e.rule)
    }

    /// The methods the table has for a path, for a 405's `Allow` header.
    pub fn methods(&self, path: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|e| e.path == path)
            .map(|e| e.method.as_str())
            .collect()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.0
    }

    /// Adds the routes of another table (declared apart, served together).
    pub fn extend(&mut self, other: AccessTable) {
        self.0.extend(other.0);
    }
}

/// A set of routes being declared; `prefix` is where its router will be
/// nested (the table keeps full paths, as requests are matched).
pub struct Routes {
    prefix: &'static str,
    router: Router<AppState>,
    openapi: OpenApi,
    table: Vec<Entry>,
}

impl Routes {
    pub fn new() -> Routes {
        Routes::nested_at("")
    }

    /// Routes whose router is nested at `prefix`; API paths are written in
    /// full in their OpenAPI attributes.
    pub fn nested_at(prefix: &'static str) -> Routes {
        Routes {
            prefix,
            router: Router::new(),
            openapi: OpenApi::default(),
            table: Vec::new(),
        }
    }

    pub fn get<H, T>(self, path: &str, rule: Rule, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.route(Method::GET, path, rule, on(MethodFilter::GET, handler))
    }

    pub fn post<H, T>(self, path: &str, rule: Rule, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.route(Method::POST, path, rule, on(MethodFilter::POST, handler))
    }

    /// A route whose method router carries its own layers (a body limit).
    pub fn route(
        mut self,
        method: Method,
        path: &str,
        rule: Rule,
        handler: MethodRouter<AppState>,
    ) -> Routes {
        self.router = self.router.route(path, handler);
        self.table.push(Entry {
            method,
            path: format!("{}{path}", self.prefix),
            rule,
        });
        self
    }

    /// API operations declared with `#[utoipa::path]`, given by
    /// `utoipa_axum::routes!`: their methods and path come from the
    /// attribute, which the OpenAPI document shows.
    pub fn api(mut self, rule: Rule, operations: UtoipaMethodRouter<AppState>) -> Routes {
        let (schemas, paths, handler) = operations;
        for (path, item) in &paths.paths {
            let local = path.strip_prefix(self.prefix).unwrap_or_else(|| {
                panic!("API path {path} is not under {}", self.prefix);
            });
            self.router = self.router.route(local, handler.clone());
            let methods = [
                (HttpMethod::Get, &item.get),
                (HttpMethod::Put, &item.put),
                (HttpMethod::Post, &item.post),
                (HttpMethod::Delete, &item.delete),
                (HttpMethod::Patch, &item.patch),
            ];
            for (method, operation) in methods {
                if operation.is_some() {
                    self.table.push(Entry {
                        method: method_of(method),
                        path: path.clone(),
                        rule,
                    });
                }
            }
        }
        for (path, item) in paths.paths {
            match self.openapi.paths.paths.get_mut(&path) {
                Some(known) => known.merge_operations(item),
                None => {
                    self.openapi.paths.paths.insert(path, item);
                }
            }
        }
        self.openapi
            .components
            .get_or_insert_with(Default::default)
            .schemas
            .extend(schemas);
        self
    }

    /// The router, the OpenAPI paths and the access table.
    pub fn into_parts(self) -> (Router<AppState>, OpenApi, AccessTable) {
        (self.router, self.openapi, AccessTable(self.table))
    }
}

impl Default for Routes {
    fn default() -> Self {
        Routes::new()
    }
}

fn method_of(method: HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::GET,
        HttpMethod::Put => Method::PUT,
        HttpMethod::Post => Method::POST,
        HttpMethod::Delete => Method::DELETE,
        HttpMethod::Patch => Method::PATCH,
        HttpMethod::Head => Method::HEAD,
        HttpMethod::Options => Method::OPTIONS,
        HttpMethod::Trace => Method::TRACE,
    }
}
