//! Renders the link previews into a built site: `previews DIST` writes `DIST/preview/<path-id>.png`
//! for every path and `DIST/preview/quiz.png` for the landing page (`view::preview` draws them).
//! Trunk runs it as a post_build hook on release builds.

mod raster;

use std::path::Path;
use std::process::ExitCode;

use mlpath::view::preview::previews;

fn main() -> ExitCode {
    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: previews DIST");
        return ExitCode::FAILURE;
    };
    let folder = Path::new(&dist).join("preview");
    if let Err(error) = std::fs::create_dir_all(&folder) {
        eprintln!("previews: {}: {error}", folder.display());
        return ExitCode::FAILURE;
    }
    let renderer = raster::Renderer::new();
    // Fonts that fail to load would leave every preview without its text, silently.
    if renderer.faces() != 2 {
        eprintln!("previews: the two DejaVu Sans faces did not load");
        return ExitCode::FAILURE;
    }
    for preview in previews(mlpath::content::content(), &renderer) {
        let file = folder.join(format!("{}.png", preview.name));
        let written = renderer
            .render(&preview.svg)
            .and_then(|png| std::fs::write(&file, png).map_err(|e| e.to_string()));
        if let Err(error) = written {
            eprintln!("previews: {}: {error}", file.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
