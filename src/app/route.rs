//! Every address the app answers to. Links are built from [`Route`], never by formatting strings.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use yew_router::prelude::*;

use crate::quiz::{Answers, Content, DecodeError, ShareCode};

/// The app's routes, in the URL fragment (`#/…`) so any static host serves them and results stay private.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/quiz")]
    Quiz,
    #[at("/result/:code")]
    Result { code: ResultCode },
    #[at("/roles")]
    Roles,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The share code in a result address. Parsing never fails, so a damaged link still reaches the
/// result page, which can then say exactly what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultCode(String);

impl ResultCode {
    /// The answers the code carries, or why it cannot be read.
    pub fn decode(&self, content: &Content) -> Result<Answers, DecodeError> {
        ShareCode::decode_str(&self.0, content)
    }
}

impl From<&ShareCode> for ResultCode {
    fn from(code: &ShareCode) -> Self {
        Self(code.to_string())
    }
}

impl FromStr for ResultCode {
    type Err = Infallible;

    fn from_str(text: &str) -> Result<Self, Infallible> {
        Ok(Self(text.to_owned()))
    }
}

impl fmt::Display for ResultCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
