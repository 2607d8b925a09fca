//! An embedder's accent made safe to read: WCAG contrast decides where the colour may go.

use super::Rgb;

/// The minimum contrast for body-size text (WCAG 2.x AA, 1.4.3).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// The minimum contrast of the parts of a control or graphic that identify it, here filled bars and
/// the primary button's shape against the page (WCAG 2.x AA, 1.4.11).
pub const MIN_UI_CONTRAST: f64 = 3.0;

/// What links and secondary buttons sit on in the light theme: `--bg`, `--surface` and `--accent-soft`
/// of `static/style.css` (a test checks the stylesheet still says so).
pub const LIGHT_BACKGROUNDS: [Rgb; 3] = [
    Rgb::new(0xfb, 0xfa, 0xf7),
    Rgb::new(0xff, 0xff, 0xff),
    Rgb::new(0xe3, 0xee, 0xfa),
];

/// The same three backgrounds in the dark theme.
pub const DARK_BACKGROUNDS: [Rgb; 3] = [
    Rgb::new(0x15, 0x14, 0x1a),
    Rgb::new(0x1f, 0x1e, 0x26),
    Rgb::new(0x1e, 0x30, 0x47),
];

/// WCAG relative luminance, 0.0 (black) ..= 1.0 (white).
pub fn relative_luminance(colour: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)
}

/// WCAG contrast ratio, 1.0 ..= 21.0, the same whichever colour comes first.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Where an accent may be used. Fills (progress and chart bars, primary buttons) take it only where
/// it stands out 3:1 from every background of the theme, links only where they read 4.5:1; elsewhere
/// the theme's own accent stays. Every colour has at least 4.58:1 with black or with white, so text
/// on an accent fill always reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AccentPalette {
    /// Black or white, whichever contrasts more with the accent: text on what it fills.
    pub brand_text: Rgb,
    /// The accent for fills in the light theme, if it stands out there.
    pub fill_light: Option<Rgb>,
    /// The accent for fills in the dark theme, if it stands out there.
    pub fill_dark: Option<Rgb>,
    /// The accent for links and outlines in the light theme, if it reads there.
    pub link_light: Option<Rgb>,
    /// The accent for links and outlines in the dark theme, if it reads there.
    pub link_dark: Option<Rgb>,
}

impl AccentPalette {
    /// The palette for an embedder's accent.
    pub fn new(accent: Rgb) -> Self {
        let brand_text = if contrast(accent, Rgb::BLACK) >= contrast(accent, Rgb::WHITE) {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        };
        let stands_out = |backgrounds: &[Rgb], minimum: f64| {
            backgrounds
                .iter()
                .all(|&bg| contrast(accent, bg) >= minimum)
                .then_some(accent)
        };
        Self {
            brand_text,
            fill_light: stands_out(&LIGHT_BACKGROUNDS, MIN_UI_CONTRAST),
            fill_dark: stands_out(&DARK_BACKGROUNDS, MIN_UI_CONTRAST),
            link_light: stands_out(&LIGHT_BACKGROUNDS, MIN_TEXT_CONTRAST),
            link_dark: stands_out(&DARK_BACKGROUNDS, MIN_TEXT_CONTRAST),
        }
    }

    /// The CSS custom properties to set on `<html>`; `static/style.css` falls back to its own accent
    /// (and its text colour) for a fill or link colour that is absent.
    pub fn custom_properties(&self) -> Vec<(&'static str, String)> {
        let mut properties = Vec::new();
        if let Some(fill) = self.fill_light {
            properties.push(("--brand-fill-light", fill.to_string()));
            properties.push(("--brand-fill-light-text", self.brand_text.to_string()));
        }
        if let Some(fill) = self.fill_dark {
            properties.push(("--brand-fill-dark", fill.to_string()));
            properties.push(("--brand-fill-dark-text", self.brand_text.to_string()));
        }
        if let Some(link) = self.link_light {
            properties.push(("--brand-link-light", link.to_string()));
        }
        if let Some(link) = self.link_dark {
            properties.push(("--brand-link-dark", link.to_string()));
        }
        properties
    }
}
