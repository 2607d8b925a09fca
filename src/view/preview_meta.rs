//! What a pasted link shows before anyone opens it: the tags link unfurlers (LinkedIn, X, Slack,
//! WhatsApp, Discord, iMessage, Mastodon…) read from a page's head. They fetch the address without
//! its fragment and run no script, so each path has a page of its own (`<path-id>.html`, next to
//! `index.html`) whose head names that path; a result link is that page with the code after the
//! `#`, which never reaches a server. The tags never carry anyone's answers: a path's page says
//! what the path is, not how anyone scored.
//!
//! Two sets: what needs no address ([`PreviewMeta::tags`], written by the build into every page),
//! and what must be absolute ([`PreviewMeta::absolute_tags`]: the page's own URL and its image,
//! written only where the build is told the site's public address).

use super::{page_title, Whose, SITE_NAME};
use crate::content::ui;
use crate::embed::escape_html;
use crate::quiz::{Content, Path};
use crate::route::PublicUrl;

/// Width of every preview image, in pixels: what the major unfurlers accept for a large card.
pub const PREVIEW_WIDTH: u32 = 1200;
/// Height of every preview image, in pixels.
pub const PREVIEW_HEIGHT: u32 = 630;

/// The file of a path's share page, next to `index.html`: `applied-ml-engineer.html`.
pub fn share_page_file(path: &Path) -> String {
    format!("{}.html", path.id)
}

/// The preview image of a path's share page, relative to `dist/`.
pub fn preview_image_file(path: &Path) -> String {
    format!("preview/{}.png", path.id)
}

/// The landing page's preview image, relative to `dist/`.
pub const LANDING_PREVIEW_IMAGE: &str = "preview/quiz.png";

/// One page's link preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewMeta {
    /// The document title.
    pub title: String,
    /// The preview's title (`og:title`).
    pub heading: String,
    /// A sentence or two (`og:description` and the page's description).
    pub description: String,
    /// The page's file, relative to `dist/` (`index.html` for the landing page, whose address is
    /// the directory itself).
    pub file: String,
    /// The image, relative to `dist/`.
    pub image: String,
    /// What the image shows, for those who cannot see it.
    pub image_alt: String,
}

impl PreviewMeta {
    /// The landing page's preview.
    pub fn landing(content: &Content) -> Self {
        let intro = &content.intro;
        let names: Vec<String> = content.paths.iter().map(|p| p.name.to_string()).collect();
        Self {
            title: page_title(&intro.title),
            heading: intro.title.to_string(),
            description: ui!(preview.landing_description, lead = intro.lead),
            file: "index.html".to_owned(),
            image: LANDING_PREVIEW_IMAGE.to_owned(),
            image_alt: ui!(
                preview.landing_image_alt,
                paths = super::in_list(&names),
                site = SITE_NAME,
                title = intro.title
            ),
        }
    }

    /// A path's share page's preview: what the path is, never how anyone scored.
    pub fn path(path: &Path) -> Self {
        Self {
            title: page_title(&Whose::Unknown.title(&path.name)),
            heading: ui!(preview.path_heading, path = path.name),
            description: ui!(
                preview.path_description,
                headline = path.result.headline,
                site = SITE_NAME,
                tagline = path.tagline
            ),
            file: share_page_file(path),
            image: preview_image_file(path),
            image_alt: ui!(
                preview.path_image_alt,
                headline = path.result.headline,
                path = path.name,
                site = SITE_NAME
            ),
        }
    }

    /// The tags that need no address, as HTML, to go into the head after the title.
    pub fn tags(&self) -> String {
        let property = |name: &str, value: &str| {
            format!(
                r#"<meta property="{name}" content="{}">"#,
                escape_html(value)
            )
        };
        let named = |name: &str, value: &str| {
            format!(r#"<meta name="{name}" content="{}">"#, escape_html(value))
        };
        [
            property("og:type", "website"),
            property("og:site_name", SITE_NAME),
            property("og:title", &self.heading),
            property("og:description", &self.description),
            property("og:image:type", "image/png"),
            property("og:image:width", &PREVIEW_WIDTH.to_string()),
            property("og:image:height", &PREVIEW_HEIGHT.to_string()),
            property("og:image:alt", &self.image_alt),
            named("twitter:card", "summary_large_image"),
            named("twitter:title", &self.heading),
            named("twitter:description", &self.description),
            named("twitter:image:alt", &self.image_alt),
        ]
        .concat()
    }

    /// The tags whose values must be absolute, on the site at `site`: the page's canonical
    /// address (which Facebook fetches again and expects the same tags from) and the image.
    pub fn absolute_tags(&self, site: &PublicUrl) -> String {
        let page = if self.file == "index.html" {
            site.as_str().to_owned()
        } else {
            site.join(&self.file)
        };
        let image = site.join(&self.image);
        format!(
            r#"<meta property="og:url" content="{page}"><link rel="canonical" href="{page}"><meta property="og:image" content="{image}"><meta name="twitter:image" content="{image}">"#,
            page = escape_html(&page),
            image = escape_html(&image),
        )
    }
}

/// `page` (an HTML document) with its `<title>` set to `title` and its description meta set to
/// `description` (one is added after the title if it has none); none if it has no title.
pub fn with_title_and_description(page: &str, title: &str, description: &str) -> Option<String> {
    let start = page.find("<title>")?;
    let end = page[start..].find("</title>")? + start + "</title>".len();
    let mut head = format!("{}<title>{}</title>", &page[..start], escape_html(title));
    let rest = &page[end..];
    let description_tag = format!(
        r#"<meta name="description" content="{}">"#,
        escape_html(description)
    );
    match find_description(rest) {
        Some((from, to)) => {
            head.push_str(&rest[..from]);
            head.push_str(&description_tag);
            head.push_str(&rest[to..]);
        }
        None => {
            head.push_str(&description_tag);
            head.push_str(rest);
        }
    }
    Some(head)
}

/// Where the description `<meta>` is in `html`, as written in the source or as a minifier leaves
/// it (`<meta name="description" …>` or `<meta content="…" name=description>`).
fn find_description(html: &str) -> Option<(usize, usize)> {
    let head_end = html.find("</head>").unwrap_or(html.len());
    let mut from = 0;
    while let Some(offset) = html[from..head_end].find("<meta") {
        let start = from + offset;
        let end = start + html[start..].find('>')? + 1;
        let tag = &html[start..end];
        if tag.contains("name=description") || tag.contains(r#"name="description""#) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// `page` with `tags` put right after its `</title>`; none if it has no title.
pub fn with_tags_after_title(page: &str, tags: &str) -> Option<String> {
    let at = page.find("</title>")? + "</title>".len();
    Some(format!("{}{tags}{}", &page[..at], &page[at..]))
}
