//! Writes into a built `dist/` what only the site's public address makes possible:
//! `publish DIST_DIR`, with the address in `MLPATH_PUBLIC_URL` (e.g. `https://example.org/quiz/`).
//! oEmbed (`oembed.json` next to `index.html`, and the discovery link in `index.html` and the
//! share pages), the link previews' absolute tags (`og:url`, `og:image`) and the links to the other
//! languages' versions (`hreflang`) in the same pages, and the
//! site's origin next to `'self'` in their content security policy, without which WebKit refuses the
//! quiz its own files in a frame sandboxed as WordPress sandboxes it (`embed::with_public_origin`).
//! Trunk runs it as a post_build hook on the staged dist (`tools/post-build.sh`), after the policy
//! is written and before the host headers copy it, and before the files are hashed for the offline
//! worker and compressed.
//!
//! Without the setting it writes nothing and says so. oEmbed needs absolute addresses: a consumer
//! fetches the discovery link's `href` as it is, and puts the document's `<iframe>` into a page on
//! another site, where a relative `src` would point at that site. So a build without the address
//! has no discovery link at all (the platforms then show a plain link or a card), rather than one
//! that leads to a broken embed; `dist/` stays relocatable, with relative URLs only.

use std::path::Path;
use std::process::ExitCode;

use mlpath::content::languages::Language;
use mlpath::embed::{
    discovery_link, with_discovery_link, with_public_origin, DiscoveryError, OEmbed, PolicyError,
    OEMBED_FILE,
};
use mlpath::route::PublicUrl;
use mlpath::view::{with_tags_after_title, PreviewMeta, SITE_NAME};

/// The setting: the public address of the directory `dist/` is served from.
const SETTING: &str = "MLPATH_PUBLIC_URL";

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: {SETTING}=https://example.org/quiz/ publish DIST_DIR");
        return ExitCode::FAILURE;
    };
    let setting = std::env::var(SETTING).unwrap_or_default();
    if setting.trim().is_empty() {
        eprintln!(
            "publish: {SETTING} is not set, so this build has no oEmbed (WordPress and Ghost show a \
             plain link), its link previews have no image (unfurlers need absolute addresses), and \
             Safari cannot start the quiz in a frame sandboxed without allow-same-origin. Set it to \
             the address dist/ will be served from, e.g. \
             {SETTING}=https://example.org/quiz/ (docs/EMBEDDING.md)."
        );
        return ExitCode::SUCCESS;
    }
    let site = match PublicUrl::parse(&setting) {
        Ok(site) => site,
        Err(why) => {
            eprintln!("publish: {SETTING}={setting:?} is no public address: {why}");
            return ExitCode::FAILURE;
        }
    };
    match publish(Path::new(&dir), &site) {
        Ok(()) => {
            eprintln!(
                "publish: oEmbed for {site}: {OEMBED_FILE} and its discovery link; the pages' \
                 absolute preview tags and language links; {} in the content security policy",
                site.origin()
            );
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("publish: {dir}: {why}");
            ExitCode::FAILURE
        }
    }
}

fn publish(dir: &Path, site: &PublicUrl) -> Result<(), String> {
    let title = &mlpath::content::content().intro.title;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("index.html: {e}"))?;
    let linked = with_discovery_link(&page, &discovery_link(site, title)).map_err(|e| match e {
        DiscoveryError::NoTitle => "index.html has no </title> to put the discovery link after",
        DiscoveryError::Present => "index.html has a discovery link already",
    })?;
    let linked = with_public_origin(&linked, site).map_err(|e| match e {
        PolicyError::NoPolicy => {
            "index.html has no content security policy (tools/csp.mjs runs first)"
        }
        PolicyError::NoSelf => "index.html's content security policy has no 'self'",
    })?;
    let document = OEmbed::new(site, title, SITE_NAME).to_json();
    std::fs::write(dir.join(OEMBED_FILE), document).map_err(|e| format!("{OEMBED_FILE}: {e}"))?;
    std::fs::write(&index, linked).map_err(|e| format!("index.html: {e}"))?;
    absolute_previews(dir, site)?;
    absolute_alternates(dir, site)
}

/// Puts into the landing page and each path's share page the link-preview tags that must be
/// absolute (the page's own address and its image: [`PreviewMeta::absolute_tags`]); the share
/// pages get the oEmbed discovery link too, so a pasted result link embeds the quiz as the
/// landing page's address does, and the site's origin in their policy, as the landing page has.
fn absolute_previews(dir: &Path, site: &PublicUrl) -> Result<(), String> {
    let content = mlpath::content::content();
    let title = &content.intro.title;
    let mut pages = vec![(PreviewMeta::landing(content), false)];
    pages.extend(content.paths.iter().map(|p| (PreviewMeta::path(p), true)));
    for (meta, is_share_page) in pages {
        let file = dir.join(&meta.file);
        let page = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", meta.file))?;
        let mut tags = meta.absolute_tags(site);
        if is_share_page {
            tags.push_str(&discovery_link(site, title));
        }
        let mut tagged = with_tags_after_title(&page, &tags)
            .ok_or_else(|| format!("{} has no </title>", meta.file))?;
        if is_share_page {
            // The same policy as the landing page's, the origin in it too.
            tagged = with_public_origin(&tagged, site)
                .map_err(|e| format!("{}: {e:?} in its content security policy", meta.file))?;
        }
        std::fs::write(&file, tagged).map_err(|e| format!("{}: {e}", meta.file))?;
    }
    Ok(())
}

/// Makes the links from the landing page and each share page to their versions in the other
/// languages (`hreflang`, written relative by `src/bin/prerender.rs`) absolute, as search engines
/// ask: on the top of the site, which for another language than the default is the folder above
/// this build's (`./x build` gives the Spanish build `…/es/`). The pages' language is the one
/// their `<html lang>` names.
fn absolute_alternates(dir: &Path, site: &PublicUrl) -> Result<(), String> {
    let index =
        std::fs::read_to_string(dir.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let language = page_language(&index)
        .ok_or("index.html's <html lang> names none of the quiz's languages")?;
    let top = site.top(language).ok_or_else(|| {
        format!(
            "{SETTING}={site} is the {} pages' address, so it must end in their folder, {} \
             (as ./x build gives it)",
            language.name,
            language.folder()
        )
    })?;
    let content = mlpath::content::content();
    let mut pages = vec![(PreviewMeta::landing(content).file, String::new())];
    pages.extend(content.paths.iter().map(|p| {
        let file = PreviewMeta::path(p).file;
        (file.clone(), file)
    }));
    for (name, file) in pages {
        let path = dir.join(&name);
        let page = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        let relative = language.alternate_links(&file);
        if !page.contains(&relative) {
            return Err(format!(
                "{name} has no links to its other languages' versions"
            ));
        }
        let absolute = language.absolute_alternate_links(&file, top.as_str());
        std::fs::write(&path, page.replacen(&relative, &absolute, 1))
            .map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(())
}

/// The language a page's `<html lang="…">` names (as the prerender step writes it), if the quiz
/// has it.
fn page_language(page: &str) -> Option<&'static Language> {
    let rest = &page[page.find("<html")?..];
    let rest = &rest[rest.find(" lang=")? + " lang=".len()..];
    let code = rest.trim_start_matches('"');
    let end = code.find(|c: char| !c.is_ascii_alphabetic())?;
    Language::of(&code[..end])
}
