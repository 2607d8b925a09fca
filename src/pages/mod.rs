//! One page per route. A page is a Yew component where it needs hooks of its own (the question
//! page's effects, the result page's memo); otherwise a plain function from what it shows to its
//! document title and its markup. What a page says is worked out in [`crate::view`]; pages lay it
//! out with [`crate::components`].

mod compare;
mod embedding;
mod landing;
mod not_found;
mod question;
mod result;
mod roles;

pub use compare::compare_page;
pub use embedding::embedding_page;
pub use landing::landing;
pub use not_found::not_found;
pub use question::QuestionPage;
pub use result::{shared_path_page, ResultPage, ResultPageProps};
pub use roles::roles_page;

use yew::AttrValue;

/// The accessible name of a page's `main` in an embed: the blog around the frame has a `main` of
/// its own, and two unnamed ones would be one landmark twice. None on the full page.
fn main_label() -> Option<AttrValue> {
    crate::web::is_embedded().then_some(AttrValue::Static(crate::content::ui!(site.main_label)))
}
