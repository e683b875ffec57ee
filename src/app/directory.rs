//! The directory's search and filters, as pages and the API take them.

use serde::Deserialize;

use crate::{
    domain::{Corridor, Country, directory::DirectoryFilter},
    error::AppError,
};

/// Search and filters of the directory, in pages and the API; empty means any.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FilterParams {
    /// Part of a name (of the person, or of the organisation or its acronym).
    #[serde(default)]
    pub q: String,
    /// ISO 3166-1 code or English name.
    #[serde(default)]
    pub country: String,
    /// A sector key such as `domestic-work`, or a free tag.
    #[serde(default)]
    pub sector: String,
    /// A language code such as `es`.
    #[serde(default)]
    pub language: String,
    /// A corridor as `ORIGIN-DESTINATION`, such as `ID-SG`.
    #[serde(default)]
    pub corridor: String,
}

impl FilterParams {
    pub fn parse(&self) -> Result<DirectoryFilter, AppError> {
        let bad = AppError::from;
        let some = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(DirectoryFilter {
            query: some(&self.q),
            country: some(&self.country)
                .map(|c| Country::parse(&c))
                .transpose()
                .map_err(bad)?,
            sector: some(&self.sector),
            language: some(&self.language),
            corridor: some(&self.corridor)
                .map(|c| Corridor::parse(&c))
                .transpose()
                .map_err(bad)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        [
            &self.q,
            &self.country,
            &self.sector,
            &self.language,
            &self.corridor,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}
