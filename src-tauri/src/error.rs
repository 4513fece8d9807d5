//! The one error type commands return. It reaches the UI serialized as
//! `{ "code": "...", "message": "..." }` (briefdesk_core::model::ApiError): the UI branches
//! on `code` and shows `message`.

use briefdesk_core::model::{ApiError, ErrorCode};
use serde::{Serialize, Serializer};

#[derive(Debug, Clone)]
pub struct Error(pub ApiError);

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error(ApiError { code, message: message.into() })
    }
}

impl From<briefdesk_core::Error> for Error {
    fn from(e: briefdesk_core::Error) -> Self {
        Error(ApiError::from(&e))
    }
}

impl From<tauri::Error> for Error {
    fn from(e: tauri::Error) -> Self {
        Error::new(ErrorCode::Internal, e.to_string())
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.0.message, self.0.code)
    }
}

impl std::error::Error for Error {}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_message() {
        let json = serde_json::to_value(Error::new(ErrorCode::NewerLibrary, "too new")).unwrap();
        assert_eq!(json, serde_json::json!({ "code": "newer_library", "message": "too new" }));
    }
}
