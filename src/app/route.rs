//! Every address the app answers to.

use yew_router::prelude::*;

/// The app's routes; links are built from this type, never by formatting strings.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[not_found]
    #[at("/404")]
    NotFound,
}
