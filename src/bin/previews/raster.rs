//! SVG to PNG with resvg, set in the two DejaVu Sans faces kept next to this file and no other
//! font: the machine's fonts never change a preview.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb, Node, Tree};

use mlpath::content::shell::escape_html;
use mlpath::view::preview::{Face, Measure, FONT_FAMILY};

/// DejaVu Sans, book weight.
const REGULAR: &[u8] = include_bytes!("fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
const BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold.ttf");

/// Renders SVG and measures text with the same fonts.
pub struct Renderer {
    options: usvg::Options<'static>,
}

impl Renderer {
    /// A renderer whose font database holds the two faces and nothing else.
    pub fn new() -> Self {
        let mut fonts = fontdb::Database::new();
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        fonts.set_sans_serif_family(FONT_FAMILY);
        let mut options = usvg::Options {
            font_family: FONT_FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        *options.fontdb_mut() = fonts;
        Self { options }
    }

    /// How many font faces the renderer knows.
    pub fn faces(&self) -> usize {
        self.options.fontdb.len()
    }

    /// `svg` parsed, its text laid out in the two faces.
    pub fn tree(&self, svg: &str) -> Result<Tree, String> {
        Tree::from_str(svg, &self.options).map_err(|e| e.to_string())
    }

    /// `svg` as a PNG of its own size.
    pub fn render(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = self.tree(svg)?;
        let size = tree.size().to_int_size();
        let mut pixmap = Pixmap::new(size.width(), size.height())
            .ok_or_else(|| "the picture has no area".to_owned())?;
        resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    }
}

impl Measure for Renderer {
    fn width(&self, text: &str, face: Face, size: f32) -> f32 {
        let weight = match face {
            Face::Regular => 400,
            Face::Bold => 700,
        };
        // Laid out by the same shaper that renders it, on a page wide enough for any line.
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="400"><text x="0" y="200" font-family="{FONT_FAMILY}" font-size="{size}" font-weight="{weight}">{}</text></svg>"#,
            escape_html(text)
        );
        let Ok(tree) = self.tree(&svg) else {
            return f32::INFINITY;
        };
        tree.root()
            .children()
            .iter()
            .find_map(|node| match node {
                Node::Text(text) => Some(text.bounding_box().right()),
                _ => None,
            })
            .unwrap_or(0.0)
    }
}
