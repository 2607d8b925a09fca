//! One component per route.

mod landing;
mod not_found;
mod question;
mod result;
mod roles;

pub use landing::Landing;
pub use not_found::NotFound;
pub use question::QuestionPage;
pub use result::{ResultPage, ResultPageProps};
pub use roles::RolesPage;
