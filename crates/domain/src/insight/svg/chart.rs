//! Horizontal bar charts, hand-written: one generic chart (groups of bars, side by side or
//! stacked) and the atlas's three — limitations, participation, mechanisms by status.
//! Hand-written rather than plotters: a bar chart is ~200 lines of SVG here, with the
//! accessible title and description, presentation attributes only and margins sized
//! from the labels, where plotters would add a dependency tree, guess text widths the
//! same way, and need its output patched for `role`, `<desc>` and the CSP.

use std::fmt::Write as _;

use super::{INK, MUTED, escape, id_prefix, num, open_svg, text_width};
use crate::atlas::Atlas;
use crate::atlas::model::CountryAtlas;
use crate::atlas::vocabulary::{LimitationCategory, MechanismStatus};

/// Okabe & Ito's colour-blind-safe palette, in the order series take it.
const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

/// One kind of bar, named in the legend.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// `None`: the next colour of the palette.
    pub colour: Option<&'static str>,
}

impl Series {
    pub fn new(name: impl Into<String>) -> Series {
        Series {
            name: name.into(),
            colour: None,
        }
    }
    pub fn coloured(name: impl Into<String>, colour: &'static str) -> Series {
        Series {
            name: name.into(),
            colour: Some(colour),
        }
    }
}

/// One row of the chart: a label and one value per series (`None`: not known, drawn as
/// "not given" rather than as a zero).
#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    pub label: String,
    pub values: Vec<Option<f64>>,
}

/// A horizontal bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Prefix of the ids inside the SVG, unique on a page.
    pub id: String,
    pub title: String,
    /// What the numbers count, under the axis ("respondents").
    pub axis_label: String,
    pub series: Vec<Series>,
    pub groups: Vec<BarGroup>,
    /// Series stacked in one bar per group rather than side by side.
    pub stacked: bool,
    /// What a bar without a value says ("not given"; "suppressed" in statistics).
    pub missing: &'static str,
}

/// What a bar of the atlas's charts without a number says.
pub const NOT_GIVEN: &str = "not given";

/// What a limitation chart counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitationMeasure {
    /// Respondents who chose the category, where the chapter gives a number.
    Respondents,
    /// The limitations the chapter states in the category (with or without a number).
    Statements,
}

impl LimitationMeasure {
    fn axis_label(self) -> &'static str {
        match self {
            LimitationMeasure::Respondents => "respondents who chose it",
            LimitationMeasure::Statements => "limitations the chapter states",
        }
    }
    /// The measure for one category of one country in the report (`wave` `None`) or in
    /// one survey wave; `None` where respondents were counted for no limitation of the
    /// category. Counts of different waves are never added up.
    fn of(
        self,
        country: &CountryAtlas,
        category: LimitationCategory,
        wave: Option<&str>,
    ) -> Option<f64> {
        let in_category = country
            .limitations
            .iter()
            .filter(|l| l.category == category && l.wave() == wave);
        match self {
            LimitationMeasure::Statements => Some(in_category.count() as f64),
            LimitationMeasure::Respondents => {
                let counts: Vec<i64> = in_category.filter_map(|l| l.respondents).collect();
                (!counts.is_empty()).then(|| counts.iter().sum::<i64>() as f64)
            }
        }
    }
}

/// The category as a reader says it.
pub fn limitation_label(category: LimitationCategory) -> &'static str {
    match category {
        LimitationCategory::Legislation => "Legislation",
        LimitationCategory::LackOfPolicy => "Lack of policy",
        LimitationCategory::LackOfCooperation => "Lack of cooperation",
        LimitationCategory::LackOfReferralMechanisms => "Lack of referral mechanisms",
        LimitationCategory::Corruption => "Corruption",
        LimitationCategory::LackOfKnowledge => "Lack of knowledge",
        LimitationCategory::LackOfCapacity => "Lack of capacity",
        LimitationCategory::Other => "Other",
    }
}

fn status_series(status: MechanismStatus) -> Series {
    match status {
        MechanismStatus::Formal => Series::coloured("formal", "#0072B2"),
        MechanismStatus::FunctionalEquivalent => {
            Series::coloured("functional equivalent", "#56B4E9")
        }
        MechanismStatus::Absent => Series::coloured("absent", "#D55E00"),
        MechanismStatus::Expired => Series::coloured("expired", "#999999"),
    }
}

impl BarChart {
    /// One country's limitations per category, largest first (unknown counts last).
    /// A country's limitations by the best measure its chapter allows: respondents where
    /// it counts them, else the limitations it states.
    pub fn limitations_of(country: &CountryAtlas) -> BarChart {
        let counted = country
            .limitations
            .iter()
            .any(|l| l.respondents.is_some() && l.wave().is_none());
        BarChart::limitations(
            country,
            if counted {
                LimitationMeasure::Respondents
            } else {
                LimitationMeasure::Statements
            },
        )
    }

    /// The report's limitations, and beside them, as a series each, the counts of every
    /// survey wave accepted into the atlas (so a new wave shows next to 2012).
    pub fn limitations(country: &CountryAtlas, measure: LimitationMeasure) -> BarChart {
        let mut waves: Vec<(&str, &str)> = Vec::new();
        for l in &country.limitations {
            if let Some(w) = l.wave()
                && waves.iter().all(|(x, _)| *x != w)
            {
                let label = l.source.section.strip_prefix("OpenNRM survey, ");
                waves.push((w, label.unwrap_or(w)));
            }
        }
        let columns: Vec<Option<&str>> = std::iter::once(None)
            .chain(waves.iter().map(|(w, _)| Some(*w)))
            .collect();
        let mut groups: Vec<BarGroup> = LimitationCategory::all()
            .map(|c| BarGroup {
                label: limitation_label(c).into(),
                // A wave always counts respondents: that is what its questionnaire asks.
                values: columns
                    .iter()
                    .map(|w| match w {
                        None => measure.of(country, c, None),
                        Some(_) => LimitationMeasure::Respondents.of(country, c, *w),
                    })
                    .collect(),
            })
            .collect();
        let palette = ["#E69F00", "#009E73", "#CC79A7", "#56B4E9"];
        let series = std::iter::once(Series::coloured(measure.axis_label(), "#0072B2"))
            .chain(waves.iter().enumerate().map(|(n, (_, label))| {
                Series::coloured(
                    format!("respondents in the survey ({label})"),
                    palette[n % palette.len()],
                )
            }))
            .collect();
        groups.sort_by(|a, b| {
            let key = |g: &BarGroup| g.values[0].unwrap_or(-1.0);
            key(b).total_cmp(&key(a))
        });
        BarChart {
            id: format!(
                "limitations-{}",
                country.country.code.as_str().to_lowercase()
            ),
            title: format!("Limitations in {}", country.country.name),
            axis_label: measure.axis_label().into(),
            series,
            groups,
            stacked: false,
            missing: NOT_GIVEN,
        }
    }

    /// Limitations per category for every country, stacked: one bar per country.
    pub fn limitations_across(atlas: &Atlas, measure: LimitationMeasure) -> BarChart {
        BarChart {
            id: "limitations-all".into(),
            title: "Limitations by country and category".into(),
            axis_label: measure.axis_label().into(),
            series: LimitationCategory::all()
                .map(|c| match c {
                    LimitationCategory::Other => Series::coloured(limitation_label(c), "#999999"),
                    _ => Series::new(limitation_label(c)),
                })
                .collect(),
            groups: atlas
                .countries
                .iter()
                .map(|country| BarGroup {
                    label: country.country.name.clone(),
                    values: LimitationCategory::all()
                        .map(|c| measure.of(country, c, None))
                        .collect(),
                })
                .collect(),
            stacked: true,
            missing: NOT_GIVEN,
        }
    }

    /// Questionnaires sent and completed per country, as the chapter states them (its
    /// first reading that gives the number invited, where readings differ). Where the
    /// chapter gives no number invited the bar is "not given": the respondents the atlas lists
    /// are those who answered, so counting them would pass answers off as invitations.
    /// Completed falls back to the respondents listed as completing a form.
    pub fn participation(atlas: &Atlas) -> BarChart {
        BarChart {
            id: "participation".into(),
            title: "Participation in the survey".into(),
            axis_label: "questionnaires".into(),
            series: vec![
                Series::coloured("invited", "#56B4E9"),
                Series::coloured("completed", "#0072B2"),
            ],
            groups: atlas
                .countries
                .iter()
                .map(|c| {
                    let stated = c
                        .participation
                        .iter()
                        .find(|p| p.invited.is_some())
                        .or(c.participation.first());
                    let invited = stated.and_then(|p| p.invited);
                    let completed = stated
                        .and_then(|p| p.completed)
                        .or(c.computed_participation().map(|(_, done)| done as i64));
                    BarGroup {
                        label: c.country.name.clone(),
                        values: vec![invited.map(|v| v as f64), completed.map(|v| v as f64)],
                    }
                })
                .collect(),
            stacked: false,
            missing: NOT_GIVEN,
        }
    }

    /// The mechanisms the atlas records per country, stacked by status.
    pub fn mechanisms(atlas: &Atlas) -> BarChart {
        BarChart {
            id: "mechanisms".into(),
            title: "Mechanisms by country and status".into(),
            axis_label: "mechanisms".into(),
            series: MechanismStatus::all().map(status_series).collect(),
            groups: atlas
                .countries
                .iter()
                .map(|c| BarGroup {
                    label: c.country.name.clone(),
                    values: MechanismStatus::all()
                        .map(|s| Some(c.mechanisms.iter().filter(|m| m.status == s).count() as f64))
                        .collect(),
                })
                .collect(),
            stacked: true,
            missing: NOT_GIVEN,
        }
    }

    fn colour(&self, series: usize) -> &'static str {
        self.series
            .get(series)
            .and_then(|s| s.colour)
            .unwrap_or(PALETTE[series % PALETTE.len()])
    }

    /// The text alternative: every value, group by group.
    fn description(&self) -> String {
        let mut desc = format!("Bar chart of {}.", self.axis_label);
        for group in &self.groups {
            let values: Vec<String> = self
                .series
                .iter()
                .zip(&group.values)
                .map(|(s, v)| match v {
                    Some(v) => format!("{} {}", s.name, num(*v)),
                    None => format!("{} {}", s.name, self.missing),
                })
                .collect();
            let _ = write!(desc, " {}: {}.", group.label, values.join(", "));
        }
        desc
    }
}

const WIDTH: f64 = 760.0;
const FONT_SIZE: f64 = 12.0;

/// The chart as SVG.
pub fn bar_chart_svg(chart: &BarChart) -> String {
    let prefix = id_prefix(&chart.id);
    let n_series = chart.series.len().max(1);
    let value = |g: &BarGroup, s: usize| g.values.get(s).copied().flatten();
    let max = chart
        .groups
        .iter()
        .map(|g| {
            let known = (0..n_series).filter_map(|s| value(g, s));
            if chart.stacked {
                known.sum::<f64>()
            } else {
                known.fold(0.0, f64::max)
            }
        })
        .fold(0.0f64, f64::max);
    let (step, axis_max) = ticks(max);

    let label_width = chart
        .groups
        .iter()
        // The estimate runs a little short on real fonts: 8% more, so no label is cut.
        .map(|g| text_width(&g.label, FONT_SIZE) * 1.08)
        .fold(40.0f64, f64::max)
        .min(260.0);
    let x0 = 16.0 + label_width + 10.0;
    let x1 = WIDTH - 50.0;
    let scale = |v: f64| (v / axis_max) * (x1 - x0);

    // The legend flows under the title, wrapping when a row is full.
    let mut legend = String::new();
    let mut ly = 50.0;
    if chart.series.len() > 1 {
        let mut lx = 16.0;
        for (i, s) in chart.series.iter().enumerate() {
            let w = 18.0 + text_width(&s.name, 11.5) + 18.0;
            if lx + w > WIDTH - 16.0 {
                lx = 16.0;
                ly += 18.0;
            }
            let _ = write!(
                legend,
                r#"<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="11.5">{}</text>"#,
                num(lx),
                num(ly - 10.0),
                chart.colour(i),
                num(lx + 17.0),
                num(ly),
                escape(&s.name)
            );
            lx += w;
        }
        ly += 12.0;
    } else {
        ly -= 12.0;
    }

    let grouped = !chart.stacked && n_series > 1;
    let bar_h = if grouped { 11.0 } else { 18.0 };
    let band = if grouped {
        n_series as f64 * (bar_h + 1.0) + 10.0
    } else {
        bar_h + 9.0
    };
    let plot_top = ly + 14.0;
    let plot_bottom = plot_top + band * chart.groups.len() as f64;
    let height = plot_bottom + 48.0;

    let mut out = String::with_capacity(2048 + chart.groups.len() * 400);
    open_svg(
        &mut out,
        &prefix,
        WIDTH,
        height,
        &chart.title,
        &chart.description(),
    );
    let _ = write!(
        out,
        r#"<text x="16" y="26" font-size="15" font-weight="600">{}</text>"#,
        escape(&chart.title)
    );
    out.push_str(&legend);

    // Grid and axis.
    out.push_str(r##"<g stroke="#e3e3e3" stroke-width="1">"##);
    let mut t = 0.0;
    let mut tick_labels = String::new();
    while t <= axis_max + 1e-9 {
        let x = x0 + scale(t);
        let _ = write!(
            out,
            r#"<line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/>"#,
            num(x),
            num(plot_top - 4.0),
            num(plot_bottom)
        );
        let _ = write!(
            tick_labels,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            num(x),
            num(plot_bottom + 15.0),
            num(t)
        );
        t += step;
    }
    out.push_str("</g>");
    let _ = write!(out, r#"<g font-size="11" fill="{MUTED}">{tick_labels}</g>"#);
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" text-anchor="middle" font-size="11.5" fill="{MUTED}">{}</text>"#,
        num((x0 + x1) / 2.0),
        num(plot_bottom + 36.0),
        escape(&chart.axis_label)
    );
    let _ = write!(
        out,
        r#"<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="{MUTED}" stroke-width="1"/>"#,
        num(x0),
        num(plot_top - 4.0),
        num(plot_bottom)
    );

    for (gi, group) in chart.groups.iter().enumerate() {
        let top = plot_top + band * gi as f64 + 4.0;
        let bars_h = if grouped {
            n_series as f64 * (bar_h + 1.0) - 1.0
        } else {
            bar_h
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            num(x0 - 8.0),
            num(top + bars_h / 2.0 + 4.0),
            escape(&group.label)
        );
        let mut x = x0;
        let mut known_any = false;
        for s in 0..n_series {
            let y = if grouped {
                top + s as f64 * (bar_h + 1.0)
            } else {
                top
            };
            let name = chart.series.get(s).map(|s| s.name.as_str()).unwrap_or("");
            let Some(v) = value(group, s) else {
                // Each unknown bar says so where there are few; among many, one note
                // for a group with nothing known (below) reads better than a column.
                if n_series <= 2 {
                    let _ = write!(
                        out,
                        r#"<text x="{}" y="{}" font-size="10.5" font-style="italic" fill="{MUTED}">{}</text>"#,
                        num(x0 + 4.0),
                        num(y + bar_h - 2.0),
                        escape(chart.missing)
                    );
                }
                continue;
            };
            known_any = true;
            let w = scale(v);
            let bar_x = if chart.stacked { x } else { x0 };
            if w > 0.0 {
                let _ = write!(
                    out,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>"#,
                    num(bar_x),
                    num(y),
                    num(w),
                    num(bar_h),
                    chart.colour(s),
                    escape(&format!("{} — {}: {}", group.label, name, num(v)))
                );
            }
            if chart.stacked {
                // The segment's own count inside it, where it fits.
                if w >= 16.0 {
                    let _ = write!(
                        out,
                        r#"<text x="{}" y="{}" text-anchor="middle" font-size="10.5" fill="{}">{}</text>"#,
                        num(bar_x + w / 2.0),
                        num(y + bar_h / 2.0 + 4.0),
                        text_colour(chart.colour(s)),
                        num(v)
                    );
                }
                x += w;
            } else {
                let _ = write!(
                    out,
                    r#"<text x="{}" y="{}" font-size="10.5" fill="{INK}">{}</text>"#,
                    num(x0 + w + 4.0),
                    num(y + bar_h / 2.0 + 4.0),
                    num(v)
                );
            }
        }
        if grouped && n_series > 2 && !known_any {
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="10.5" font-style="italic" fill="{MUTED}">{}</text>"#,
                num(x0 + 4.0),
                num(top + bars_h / 2.0 + 4.0),
                escape(chart.missing)
            );
        }
        if chart.stacked {
            let total: f64 = (0..n_series).filter_map(|s| value(group, s)).sum();
            let text = if known_any {
                num(total)
            } else {
                chart.missing.to_string()
            };
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="11" font-weight="600">{}</text>"#,
                num(x + 5.0),
                num(top + bar_h / 2.0 + 4.0),
                text
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// A tick step of 1, 2 or 5 × 10ⁿ giving at most about eight ticks, and the axis end.
fn ticks(max: f64) -> (f64, f64) {
    if max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 6.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| max / s <= 8.0)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    (step, (max / step).ceil() * step)
}

/// Dark text on light fills, white on dark ones (relative luminance of the hex colour).
fn text_colour(fill: &str) -> &'static str {
    let channel = |i: usize| {
        u8::from_str_radix(fill.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0) as f64 / 255.0
    };
    let lum = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    if lum > 0.5 { INK } else { "#ffffff" }
}
