//! Server-side SVG for insight: the cooperation network drawing and the bar charts, as
//! pure functions from plain inputs to SVG text, so the web crate can serve them and the
//! PDF can embed them. No scripts, no `style=` (the site's CSP forbids both): only SVG
//! presentation attributes; every text from data is escaped; each picture has a `<title>`,
//! a `<desc>` (its text alternative) and `role="img"`.

pub mod chart;
pub mod network;

pub use chart::{
    BarChart, BarGroup, LimitationMeasure, NOT_GIVEN, Series, bar_chart_svg, limitation_label,
};
pub use network::{
    NetworkDrawing, NetworkEdge, NetworkNode, NodeSize, Panel, layout, network_panels_svg,
    network_svg, panels_size,
};

use std::fmt::Write as _;

use crate::atlas::vocabulary::Sector;

/// The font stack every picture uses: the page's own sans-serif where inlined, a common
/// one elsewhere (the PDF renderer maps it to its embedded font).
pub(crate) const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
pub(crate) const INK: &str = "#222222";
pub(crate) const MUTED: &str = "#5a5a5a";

/// Escapes text for SVG character data and attribute values (names come from data).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 at all: drop them.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// An id prefix safe in XML and CSS selectors: every picture's internal ids (title, desc,
/// arrow marker) start with it, so several pictures can be inlined in one page.
pub(crate) fn id_prefix(id: &str) -> String {
    let cleaned: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if cleaned.starts_with(|c: char| c.is_ascii_alphabetic()) {
        cleaned
    } else {
        format!("svg-{cleaned}")
    }
}

/// A coordinate or length, short: at most two decimals, no trailing zeros.
pub(crate) fn num(value: f64) -> String {
    let mut s = format!("{:.2}", value);
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    if s == "-0" { "0".into() } else { s }
}

/// A rough width of `text` in pixels at `size`: without font metrics the layout can only
/// guess, so margins are taken from this with room to spare.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.32,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.64,
            ' ' => 0.3,
            _ => 0.54,
        })
        .sum::<f64>()
        * size
}

/// Opens an `<svg>` element with its accessible name and description.
pub(crate) fn open_svg(
    out: &mut String,
    prefix: &str,
    width: f64,
    height: f64,
    title: &str,
    desc: &str,
) {
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{p}-title {p}-desc" font-family="{font}" font-size="12" fill="{INK}"><title id="{p}-title">{title}</title><desc id="{p}-desc">{desc}</desc>"#,
        w = num(width),
        h = num(height),
        p = prefix,
        font = escape(FONT),
        title = escape(title),
        desc = escape(desc),
    );
    // A white ground, so the picture reads the same on a dark page and in a PNG.
    let _ = write!(
        out,
        r##"<rect width="{}" height="{}" fill="#ffffff"/>"##,
        num(width),
        num(height)
    );
}

/// The sector's colour, the same in every picture. Paul Tol's colour-blind-safe "muted",
/// "vibrant" and "light" schemes; nineteen sectors are more than any scheme tells apart,
/// so the drawing adds the governmental / non-governmental outline and a legend, and
/// neighbouring sectors (police, border guard, prosecution) take far-apart hues.
pub fn sector_colour(sector: Sector) -> &'static str {
    match sector {
        Sector::Police => "#332288",
        Sector::BorderGuard => "#88CCEE",
        Sector::Prosecution => "#882255",
        Sector::Court => "#999933",
        Sector::LabourInspection => "#117733",
        Sector::Tax => "#DDCC77",
        Sector::Immigration => "#44AA99",
        Sector::Ministry => "#AA4499",
        Sector::CoordinationBody => "#CC6677",
        Sector::Rapporteur => "#0077BB",
        Sector::VictimAssistance => "#EE7733",
        Sector::Municipality => "#77AADD",
        Sector::Ngo => "#EE3377",
        Sector::TradeUnion => "#CC3311",
        Sector::EmployersOrg => "#BBCC33",
        Sector::InternationalOrg => "#000000",
        Sector::Research => "#FFAABB",
        Sector::Company => "#997700",
        Sector::Other => "#BBBBBB",
    }
}

/// The sector as a reader says it ("labour inspection").
pub fn sector_label(sector: Sector) -> &'static str {
    match sector {
        Sector::Police => "Police",
        Sector::BorderGuard => "Border guard",
        Sector::Prosecution => "Prosecution",
        Sector::Court => "Courts",
        Sector::LabourInspection => "Labour inspection",
        Sector::Tax => "Tax authority",
        Sector::Immigration => "Immigration",
        Sector::Ministry => "Ministry",
        Sector::CoordinationBody => "Coordination body",
        Sector::Rapporteur => "Rapporteur",
        Sector::VictimAssistance => "Victim assistance",
        Sector::Municipality => "Municipality",
        Sector::Ngo => "NGO",
        Sector::TradeUnion => "Trade union",
        Sector::EmployersOrg => "Employers' organisation",
        Sector::InternationalOrg => "International organisation",
        Sector::Research => "Research",
        Sector::Company => "Company",
        Sector::Other => "Other",
    }
}

#[cfg(test)]
mod tests;
