//! A country's referral pathway as a flowchart, server-side SVG: the question the report
//! keeps asking, "to whom do I refer?". The identifying organisation on the left, one band
//! per action of the pathway (in `ReferralAction::step` order), and in each band one box
//! per receiving actor, labelled with the conditions of its rules and their source
//! numbers. Same rules as the insight pictures (`crate::insight::svg`): presentation
//! attributes only, every text from data escaped, `role="img"`, `<title>` and `<desc>`.

use std::fmt::Write as _;

use super::pathway::{Conditions, CoordinatorRole, Pathway, PathwayRule, Route};
use super::{AgeGroup, ExploitationType, ReferralAction, ResidenceStatus};
use crate::atlas::model::{ActorId, CountryAtlas};
use crate::atlas::vocabulary::Sector;
use crate::insight::svg::{
    INK, MUTED, escape, id_prefix, num, open_svg, sector_colour, sector_label, text_width,
};
use crate::screening::Level;

const MARGIN: f64 = 16.0;
/// The identifying organisation's box.
const START_W: f64 = 150.0;
/// The action labels' column.
const ACTION_W: f64 = 160.0;
/// One receiving actor's box.
const BOX_W: f64 = 250.0;
const COL_GAP: f64 = 18.0;
/// Boxes side by side in a band, at most.
const MAX_COLS: usize = 2;
/// From the start box to the trunk, from the trunk to the action labels.
const TRUNK_GAP: f64 = 22.0;
/// From an action label to the boxes (the band's rail runs in it).
const RAIL_GAP: f64 = 40.0;
/// Above each row of boxes: the rail and the drop into the box.
const DROP: f64 = 16.0;
const ROW_GAP: f64 = 12.0;
const BAND_GAP: f64 = 14.0;
/// Inside a box.
const PAD: f64 = 8.0;
const BAR: f64 = 6.0;
const BAND_FILL: &str = "#f4f6f8";
const LINE: &str = "#7a7a7a";
/// Bold text is wider than `text_width` guesses for regular text.
const BOLD: f64 = 1.1;
/// Lines are wrapped to this share of their room: `text_width` is a guess, and wide
/// fonts (DejaVu Sans, where the page's is missing) run past it.
const SLACK: f64 = 0.88;

/// One line of text in a box.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    size: f64,
    bold: bool,
    muted: bool,
}

impl Line {
    fn height(&self) -> f64 {
        self.size + 4.0
    }
}

/// What a box stands for.
#[derive(Debug, Clone)]
enum Target {
    Actor(ActorId),
    /// The report leaves the route undefined; the case goes to the coordinator.
    Undefined,
}

/// One box: a target and the rules (1-based numbers) that send cases of one action to it.
#[derive(Debug)]
struct Node {
    target: Target,
    rules: Vec<usize>,
    lines: Vec<Line>,
    sector: Option<Sector>,
    coordinator: bool,
    tooltip: String,
}

impl Node {
    fn height(&self) -> f64 {
        text_block_height(&self.lines)
    }
}

/// One action's band.
#[derive(Debug)]
struct Band {
    action: ReferralAction,
    label: Vec<Line>,
    nodes: Vec<Node>,
}

/// The pathway `p` of `country` as an SVG flowchart: who an identifying organisation
/// (labour inspector, police, union, NGO …) refers a case to, for each action of the
/// pathway in `ReferralAction::step` order.
///
/// Each receiving actor is one box per action, named as the atlas names it (its acronym
/// where the name is long) and coloured by its sector; several rules to the same actor for
/// the same action share the box. Under the name, each rule is one line: its conditions in
/// short words ("asylum seeker, irregular migrant", "minor", "from labour inspection",
/// "level ≥ forced labour"; "any case" where it has none) after a source number `[n]`,
/// where `n` is the rule's 1-based index in `p.rules`: the page lists the rules' sources
/// numbered the same way. A route the report leaves undefined is a dashed box "Not
/// defined in the report → coordinator", one per action; the coordinator's own box is
/// marked. The picture is sized to its content.
pub fn pathway_svg(p: &Pathway, country: &CountryAtlas) -> String {
    let prefix = id_prefix(&format!(
        "pathway-{}",
        p.country.as_str().to_ascii_lowercase()
    ));
    let coordinator = actor_label(country, &p.coordinator.actor);
    let coordinator_short = country
        .actor(&p.coordinator.actor)
        .and_then(|a| a.acronym.clone())
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| coordinator.0.clone());
    let coordinator_role = match p.coordinator.role {
        CoordinatorRole::Formal => "coordinator",
        CoordinatorRole::Closest => "closest to a coordinator",
    };
    let bands = bands(p, country, &coordinator_short, coordinator_role);
    let cols = bands
        .iter()
        .map(|b| b.nodes.len())
        .max()
        .unwrap_or(1)
        .clamp(1, MAX_COLS);

    // Columns, left to right.
    let start_x = MARGIN;
    let trunk_x = start_x + START_W + TRUNK_GAP;
    let action_x = trunk_x + TRUNK_GAP;
    let rail_x = action_x + ACTION_W + RAIL_GAP / 2.0;
    let box_x = action_x + ACTION_W + RAIL_GAP;
    let width = box_x + cols as f64 * BOX_W + (cols as f64 - 1.0) * COL_GAP + MARGIN;

    let title = format!("Referral pathway: {}", country.country.name);
    let subtitle = "To whom do I refer? Who receives a case, for what, and when.";
    let footer = wrap(
        &format!(
            "[n]: the number of the rule in the list of sources. Colours: the receiving body's sector. Dashed: the report defines no route; the case goes to {} ({}).",
            coordinator.1, coordinator_role
        ),
        11.0,
        (width - 2.0 * MARGIN) * SLACK,
    );

    // Rows, top to bottom: each band's label, rails and boxes.
    let top = 62.0;
    let mut y = top;
    let mut placed = Vec::new();
    for band in &bands {
        let label_h = text_block_height(&band.label);
        // The first rail runs through the label's middle.
        let rail0 = y + (label_h / 2.0).max(DROP / 2.0 + 4.0);
        let mut rows = Vec::new();
        let mut row_top = rail0 + DROP;
        for chunk in band.nodes.chunks(cols) {
            let h = chunk.iter().map(Node::height).fold(0.0, f64::max);
            rows.push((row_top - DROP, row_top, h));
            row_top += h + ROW_GAP + DROP;
        }
        let bottom = rows
            .last()
            .map_or(y + label_h, |&(_, t, h)| t + h)
            .max(rail0 + label_h / 2.0);
        placed.push((rail0, rows, y, bottom));
        y = bottom + BAND_GAP * 2.0;
    }
    let content_bottom = y - BAND_GAP * 2.0;
    let start_lines = start_lines();
    let start_h = text_block_height(&start_lines);
    let first_rail = placed.first().map_or(top, |b| b.0);
    let last_rail = placed.last().map_or(top, |b| b.0);
    let start_y = ((first_rail + last_rail) / 2.0 - start_h / 2.0).max(top);
    let footer_top = content_bottom.max(start_y + start_h) + BAND_GAP + 8.0;
    let height = footer_top + footer.len() as f64 * 15.0 + MARGIN;

    let desc = describe(p, country, &bands, &coordinator.1, coordinator_role);
    let mut out = String::with_capacity(4096 + bands.len() * 2048);
    open_svg(&mut out, &prefix, width, height, &title, &desc);
    let _ = write!(
        out,
        r#"<defs><marker id="{prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="{LINE}"/></marker></defs>"#
    );
    let _ = write!(
        out,
        r#"<text x="{}" y="24" font-size="15" font-weight="600">{}</text><text x="{}" y="44" fill="{MUTED}">{}</text>"#,
        num(MARGIN),
        escape(&title),
        num(MARGIN),
        escape(subtitle)
    );
    let arrow = format!(r#" marker-end="url(#{prefix}-arrow)""#);

    // Band grounds first, then the lines, then the boxes on top.
    for (rail0, _, band_top, bottom) in &placed {
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{BAND_FILL}"/>"#,
            num(action_x - 8.0),
            num((band_top - BAND_GAP / 2.0).min(rail0 - DROP / 2.0 - 4.0)),
            num(width - MARGIN / 2.0 - (action_x - 8.0)),
            num(bottom - band_top + BAND_GAP)
        );
    }

    // The start box and the trunk to every band.
    if !placed.is_empty() {
        let start_mid = start_y + start_h / 2.0;
        let _ = write!(
            out,
            r#"<g stroke="{LINE}" stroke-width="1.5" fill="none"><line x1="{}" y1="{}" x2="{}" y2="{}"/><line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            num(start_x + START_W),
            num(start_mid),
            num(trunk_x),
            num(start_mid),
            num(trunk_x),
            num(first_rail.min(start_mid)),
            num(trunk_x),
            num(last_rail.max(start_mid)),
        );
        for (rail0, ..) in &placed {
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{arrow}/>"#,
                num(trunk_x),
                num(*rail0),
                num(action_x),
                num(*rail0)
            );
        }
        out.push_str("</g>");
    }
    let _ = write!(
        out,
        r##"<g><title>{}</title><rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#e8e8e8" stroke="{INK}" stroke-width="1.5"/>"##,
        escape(
            "Identifying organisation: labour inspector, police, union, NGO or any other organisation that meets a possible victim"
        ),
        num(start_x),
        num(start_y),
        num(START_W),
        num(start_h)
    );
    text_block(&mut out, &start_lines, start_x + PAD, start_y);
    out.push_str("</g>");

    for (band, (rail0, rows, _, _)) in bands.iter().zip(&placed) {
        // The action label, centred on the first rail.
        let label_h = text_block_height(&band.label);
        let label_y = rail0 - label_h / 2.0;
        let _ = write!(
            out,
            r##"<g><title>Step: {}</title><rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="#ffffff" stroke="{INK}" stroke-width="1.5"/>"##,
            escape(action_label(band.action)),
            num(action_x),
            num(label_y),
            num(ACTION_W),
            num(label_h),
            num((label_h / 2.0).min(14.0))
        );
        text_block(&mut out, &band.label, action_x + PAD + 2.0, label_y);
        out.push_str("</g>");

        // The rails: from the label to a bar, along each row, down into each box.
        let last_rail = rows.last().map_or(*rail0, |r| r.0);
        let _ = write!(
            out,
            r#"<g stroke="{LINE}" stroke-width="1.5" fill="none"><line x1="{}" y1="{}" x2="{}" y2="{}"/><line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            num(action_x + ACTION_W),
            num(*rail0),
            num(rail_x),
            num(*rail0),
            num(rail_x),
            num(*rail0),
            num(rail_x),
            num(last_rail)
        );
        for (r, chunk) in band.nodes.chunks(cols).enumerate() {
            let (rail, row_top, _) = rows[r];
            let centre = |c: usize| box_x + c as f64 * (BOX_W + COL_GAP) + BOX_W / 2.0;
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
                num(rail_x),
                num(rail),
                num(centre(chunk.len() - 1)),
                num(rail)
            );
            for c in 0..chunk.len() {
                let _ = write!(
                    out,
                    r#"<line x1="{}" y1="{}" x2="{}" y2="{}"{arrow}/>"#,
                    num(centre(c)),
                    num(rail),
                    num(centre(c)),
                    num(row_top)
                );
            }
        }
        out.push_str("</g>");

        for (i, node) in band.nodes.iter().enumerate() {
            let (_, row_top, _) = rows[i / cols];
            let x = box_x + (i % cols) as f64 * (BOX_W + COL_GAP);
            draw_node(&mut out, node, x, row_top);
        }
    }

    let mut fy = footer_top;
    for line in &footer {
        fy += 15.0;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="11" fill="{MUTED}">{}</text>"#,
            num(MARGIN),
            num(fy - 4.0),
            escape(line)
        );
    }
    out.push_str("</svg>");
    out
}

fn draw_node(out: &mut String, node: &Node, x: f64, y: f64) {
    let h = node.height();
    let _ = write!(out, "<g><title>{}</title>", escape(&node.tooltip));
    match (&node.target, node.sector) {
        (Target::Actor(_), Some(sector)) => {
            let colour = sector_colour(sector);
            let stroke = if node.coordinator { 3.0 } else { 1.5 };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="#ffffff" stroke="{colour}" stroke-width="{}"/><rect x="{}" y="{}" width="{}" height="{}" fill="{colour}"/>"##,
                num(x),
                num(y),
                num(BOX_W),
                num(h),
                num(stroke),
                num(x),
                num(y),
                num(BAR),
                num(h)
            );
        }
        _ => {
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="#ffffff" stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="6 4"/>"##,
                num(x),
                num(y),
                num(BOX_W),
                num(h)
            );
        }
    }
    text_block(out, &node.lines, x + BAR + PAD, y);
    out.push_str("</g>");
}

/// Lines of text from `top`, one `<text>` each (no `tspan`: the page's CSS and the PDF
/// renderer treat them alike).
fn text_block(out: &mut String, lines: &[Line], x: f64, top: f64) {
    let mut y = top + PAD;
    for line in lines {
        let baseline = y + line.size;
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}"{}{}>{}</text>"#,
            num(x),
            num(baseline),
            num(line.size),
            if line.bold {
                r#" font-weight="600""#
            } else {
                ""
            },
            if line.muted {
                format!(r#" fill="{MUTED}""#)
            } else {
                String::new()
            },
            escape(&line.text)
        );
        y += line.height();
    }
}

/// The height of a box holding `lines`: the padding, and each line's size and leading.
fn text_block_height(lines: &[Line]) -> f64 {
    2.0 * PAD + lines.iter().map(Line::height).sum::<f64>()
}

fn start_lines() -> Vec<Line> {
    let inner = START_W - 2.0 * PAD;
    let mut lines = lines_of("Identifying organisation", 13.0, true, false, inner);
    lines.extend(lines_of(
        "(labour inspector, police, union, NGO …)",
        12.0,
        false,
        false,
        inner,
    ));
    lines
}

fn lines_of(text: &str, size: f64, bold: bool, muted: bool, width: f64) -> Vec<Line> {
    let width = if bold { width / BOLD } else { width } * SLACK;
    wrap(text, size, width)
        .into_iter()
        .map(|text| Line {
            text,
            size,
            bold,
            muted,
        })
        .collect()
}

/// Greedy word wrap by `text_width`; a word longer than a line is cut.
fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if text_width(&candidate, size) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word wider than the line: cut it where it no longer fits.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if text_width(&piece, size) > width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        current = piece;
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

/// The name a box shows (the atlas's name, "Name (ACR)" where that fits in two lines,
/// the acronym where even the name does not) and the full name for the tooltip.
fn actor_label(country: &CountryAtlas, id: &ActorId) -> (String, String, Option<Sector>) {
    let Some(actor) = country.actor(id) else {
        return (id.to_string(), id.to_string(), None);
    };
    let inner = (BOX_W - BAR - 2.0 * PAD) / BOLD * SLACK;
    let fits = |text: &str| wrap(text, 13.0, inner).len() <= 2;
    let full = match &actor.acronym {
        Some(a) if !a.is_empty() && a != &actor.name => format!("{} ({a})", actor.name),
        _ => actor.name.clone(),
    };
    let shown = if fits(&full) {
        full.clone()
    } else if fits(&actor.name) {
        actor.name.clone()
    } else {
        actor
            .acronym
            .clone()
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| actor.name.clone())
    };
    (shown, full, Some(actor.sector))
}

fn bands(p: &Pathway, country: &CountryAtlas, coordinator: &str, role: &str) -> Vec<Band> {
    let mut actions: Vec<ReferralAction> = Vec::new();
    for r in &p.rules {
        if !actions.contains(&r.action) {
            actions.push(r.action);
        }
    }
    actions.sort_by_key(|a| (a.step(), a.as_str()));
    let inner = BOX_W - BAR - 2.0 * PAD;
    actions
        .into_iter()
        .map(|action| {
            let mut nodes: Vec<Node> = Vec::new();
            let mut undefined: Vec<usize> = Vec::new();
            for (i, rule) in p.rules.iter().enumerate().filter(|(_, r)| r.action == action) {
                match &rule.route {
                    Route::To { actor, .. } => {
                        let existing = nodes.iter_mut().find(
                            |n| matches!(&n.target, Target::Actor(a) if a == actor),
                        );
                        match existing {
                            Some(n) => n.rules.push(i + 1),
                            None => nodes.push(Node {
                                target: Target::Actor(actor.clone()),
                                rules: vec![i + 1],
                                lines: Vec::new(),
                                sector: None,
                                coordinator: false,
                                tooltip: String::new(),
                            }),
                        }
                    }
                    Route::Undefined { .. } => undefined.push(i + 1),
                }
            }
            if !undefined.is_empty() {
                nodes.push(Node {
                    target: Target::Undefined,
                    rules: undefined,
                    lines: Vec::new(),
                    sector: None,
                    coordinator: false,
                    tooltip: String::new(),
                });
            }
            for node in &mut nodes {
                let rule_lines: Vec<Line> = node
                    .rules
                    .iter()
                    .flat_map(|&n| lines_of(&rule_text(n, &p.rules[n - 1]), 12.0, false, false, inner))
                    .collect();
                match &node.target {
                    Target::Actor(id) => {
                        let (shown, full, sector) = actor_label(country, id);
                        node.sector = Some(sector.unwrap_or(Sector::Other));
                        node.coordinator = *id == p.coordinator.actor;
                        node.lines = lines_of(&shown, 13.0, true, false, inner);
                        let kind = sector_label(node.sector.unwrap_or(Sector::Other));
                        node.lines.extend(lines_of(kind, 11.0, false, true, inner));
                        if node.coordinator {
                            node.lines.extend(lines_of(&format!("★ {}", upper_first(role)), 11.0, true, false, inner));
                        }
                        node.tooltip = format!("{}: {full}", action_label(action));
                    }
                    Target::Undefined => {
                        node.lines = lines_of("Not defined in the report", 13.0, true, false, inner);
                        node.lines.extend(lines_of(
                            &format!("→ {coordinator} ({role})"),
                            12.0,
                            false,
                            true,
                            inner,
                        ));
                        let reasons: Vec<&str> = node
                            .rules
                            .iter()
                            .filter_map(|&n| match &p.rules[n - 1].route {
                                Route::Undefined { reason } => Some(reason.as_str()),
                                Route::To { .. } => None,
                            })
                            .collect();
                        node.tooltip = format!(
                            "{}: not defined in the report; the case goes to {coordinator} ({role}). {}",
                            action_label(action),
                            reasons.join(" ")
                        );
                    }
                }
                node.lines.extend(rule_lines);
            }
            Band {
                action,
                label: lines_of(action_label(action), 13.0, true, false, ACTION_W - 2.0 * PAD - 4.0),
                nodes,
            }
        })
        .collect()
}

/// "[3] asylum seeker, irregular migrant; within 30 days".
fn rule_text(n: usize, rule: &PathwayRule) -> String {
    let mut text = format!("[{n}] {}", conditions_text(&rule.when));
    if let Some(days) = rule.deadline_days {
        let _ = write!(text, "; within {days} days");
    }
    text
}

/// A rule's conditions in short words, "any case" where it has none.
pub(crate) fn conditions_text(when: &Conditions) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !when.residence.is_empty() {
        parts.push(join(when.residence.iter().map(|r| residence_label(*r))));
    }
    if !when.age.is_empty() {
        parts.push(join(when.age.iter().map(|a| age_label(*a))));
    }
    if !when.exploitation.is_empty() {
        parts.push(exploitation_text(&when.exploitation));
    }
    if !when.from_sector.is_empty() {
        let sectors = join(
            when.from_sector
                .iter()
                .map(|s| lower_first(sector_label(*s))),
        );
        parts.push(format!("from {sectors}"));
    }
    if let Some(level) = when.level {
        parts.push(format!("level ≥ {}", level_label(level)));
    }
    if !when.regions.is_empty() {
        parts.push(format!("in {}", when.regions.join(", ")));
    }
    if parts.is_empty() {
        "any case".into()
    } else {
        parts.join("; ")
    }
}

/// The exploitation types, or what they leave out where that is shorter ("any but
/// sexual exploitation").
fn exploitation_text(types: &[ExploitationType]) -> String {
    let missing: Vec<&str> = ExploitationType::all()
        .filter(|e| !types.contains(e))
        .map(exploitation_label)
        .collect();
    if missing.is_empty() {
        "any exploitation".into()
    } else if missing.len() < types.len() {
        format!("any but {}", missing.join(" or "))
    } else {
        join(types.iter().map(|e| exploitation_label(*e)))
    }
}

fn join<S: AsRef<str>>(items: impl Iterator<Item = S>) -> String {
    items
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(a) => format!("{}{}", a.to_uppercase(), chars.as_str()),
        None => String::new(),
    }
}

/// "Labour inspection" → "labour inspection", but "NGO" stays.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if b.is_lowercase() => {
            format!("{}{}", a.to_lowercase(), &s[a.len_utf8()..])
        }
        _ => s.to_string(),
    }
}

/// The action as a band's heading.
pub fn action_label(action: ReferralAction) -> &'static str {
    match action {
        ReferralAction::Inspect => "Labour inspection",
        ReferralAction::Investigate => "Criminal investigation",
        ReferralAction::DetermineVictimStatus => "Victim status",
        ReferralAction::ChildProtection => "Child protection",
        ReferralAction::GrantReflectionPeriod => "Reflection period",
        ReferralAction::DecideResidencePermit => "Residence permit",
        ReferralAction::ProvideAssistance => "Assistance",
        ReferralAction::Repatriation => "Repatriation",
    }
}

fn residence_label(r: ResidenceStatus) -> &'static str {
    match r {
        ResidenceStatus::LegalResident => "legal resident",
        ResidenceStatus::EuCitizen => "EU citizen",
        ResidenceStatus::IrregularMigrant => "irregular migrant",
        ResidenceStatus::AsylumSeeker => "asylum seeker",
    }
}

fn age_label(a: AgeGroup) -> &'static str {
    match a {
        AgeGroup::Adult => "adult",
        AgeGroup::Minor => "minor",
        AgeGroup::Unknown => "age unknown",
    }
}

fn exploitation_label(e: ExploitationType) -> &'static str {
    match e {
        ExploitationType::LabourExploitation => "labour exploitation",
        ExploitationType::ForcedLabour => "forced labour",
        ExploitationType::ForcedBegging => "forced begging",
        ExploitationType::ForcedCriminality => "forced criminality",
        ExploitationType::DomesticServitude => "domestic servitude",
        ExploitationType::SexualExploitation => "sexual exploitation",
        ExploitationType::Other => "other exploitation",
    }
}

fn level_label(l: Level) -> &'static str {
    match l {
        Level::NoIndication => "no indication",
        Level::LabourLawViolation => "labour-law violation",
        Level::LabourExploitation => "labour exploitation",
        Level::ForcedLabour => "forced labour",
        Level::PresumedTrafficking => "presumed trafficking",
    }
}

/// The text alternative: the whole pathway in words, band by band.
fn describe(
    p: &Pathway,
    country: &CountryAtlas,
    bands: &[Band],
    coordinator: &str,
    role: &str,
) -> String {
    let mut desc = format!(
        "Referral pathway of {}: to whom an identifying organisation refers a case, in {} steps ({} rules; numbers in brackets are the rules' sources).",
        country.country.name,
        bands.len(),
        p.rules.len()
    );
    for band in bands {
        let targets: Vec<String> = band
            .nodes
            .iter()
            .map(|node| {
                let rules: Vec<String> = node
                    .rules
                    .iter()
                    .map(|&n| format!("[{n}] {}", conditions_text(&p.rules[n - 1].when)))
                    .collect();
                let who = match &node.target {
                    Target::Actor(id) => {
                        let name = actor_label(country, id).1;
                        if node.coordinator {
                            format!("{name}, the {role}")
                        } else {
                            name
                        }
                    }
                    Target::Undefined => {
                        format!("not defined in the report, so {coordinator} ({role})")
                    }
                };
                format!("{who} ({})", rules.join("; "))
            })
            .collect();
        let _ = write!(
            desc,
            " {}: {}.",
            action_label(band.action),
            targets.join("; ")
        );
    }
    desc
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::atlas::Atlas;

    fn data() -> &'static (Atlas, Vec<Pathway>) {
        static DATA: OnceLock<(Atlas, Vec<Pathway>)> = OnceLock::new();
        DATA.get_or_init(|| {
            let atlas = Atlas::embedded().expect("atlas");
            let pathways =
                crate::referral::embedded_pathways(&atlas).unwrap_or_else(|e| panic!("{e}"));
            (atlas, pathways)
        })
    }

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        match roxmltree::Document::parse(svg) {
            Ok(doc) => doc,
            Err(e) => panic!("not XML: {e}\n{svg}"),
        }
    }

    fn number(node: roxmltree::Node, attr: &str) -> f64 {
        node.attribute(attr)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{attr} of {node:?}"))
    }

    fn texts(doc: &roxmltree::Document) -> Vec<String> {
        doc.descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| n.text().unwrap_or_default().to_string())
            .collect()
    }

    /// Every text and every box inside the viewBox (text widths as the layout guesses them).
    fn assert_inside(doc: &roxmltree::Document, cc: &str) {
        let root = doc.root_element();
        let view: Vec<f64> = root
            .attribute("viewBox")
            .unwrap_or_default()
            .split(' ')
            .filter_map(|v| v.parse().ok())
            .collect();
        assert_eq!(view.len(), 4, "{cc}: viewBox");
        let (w, h) = (view[2], view[3]);
        for t in doc.descendants().filter(|n| n.has_tag_name("text")) {
            let (x, y) = (number(t, "x"), number(t, "y"));
            let size = t
                .attribute("font-size")
                .map_or(12.0, |s| s.parse().unwrap_or(12.0));
            let bold = if t.attribute("font-weight").is_some() {
                BOLD
            } else {
                1.0
            };
            let tw = text_width(t.text().unwrap_or_default(), size) * bold;
            assert!(
                x >= 0.0 && x + tw <= w + 0.5 && y - size >= 0.0 && y + size * 0.3 <= h,
                "{cc}: text {:?} at ({x}, {y}) width {tw} outside {w}x{h}",
                t.text()
            );
        }
        for r in doc.descendants().filter(|n| n.has_tag_name("rect")) {
            let x = r.attribute("x").map_or(0.0, |v| v.parse().unwrap_or(0.0));
            let y = r.attribute("y").map_or(0.0, |v| v.parse().unwrap_or(0.0));
            let (rw, rh) = (number(r, "width"), number(r, "height"));
            assert!(
                x >= 0.0 && y >= 0.0 && x + rw <= w + 0.01 && y + rh <= h + 0.01,
                "{cc}: rect at ({x}, {y}) {rw}x{rh} outside {w}x{h}"
            );
        }
    }

    /// Text in a box stays inside the box: each `<g>` with a box rect and texts.
    fn assert_text_in_boxes(doc: &roxmltree::Document, cc: &str) {
        for g in doc.descendants().filter(|n| n.has_tag_name("g")) {
            let Some(rect) = g.children().find(|n| n.has_tag_name("rect")) else {
                continue;
            };
            let (x, y) = (number(rect, "x"), number(rect, "y"));
            let (rw, rh) = (number(rect, "width"), number(rect, "height"));
            for t in g.children().filter(|n| n.has_tag_name("text")) {
                let (tx, ty) = (number(t, "x"), number(t, "y"));
                let size = number(t, "font-size");
                let bold = if t.attribute("font-weight").is_some() {
                    BOLD
                } else {
                    1.0
                };
                let tw = text_width(t.text().unwrap_or_default(), size) * bold;
                assert!(
                    tx >= x && tx + tw <= x + rw + 0.5 && ty - size >= y && ty <= y + rh,
                    "{cc}: text {:?} leaves its box",
                    t.text()
                );
            }
        }
    }

    #[test]
    fn every_shipped_pathway_draws_well() {
        let (atlas, pathways) = data();
        assert!(!pathways.is_empty());
        for p in pathways {
            let cc = p.country.as_str();
            let country = atlas.country(cc).expect("country");
            let svg = pathway_svg(p, country);
            assert_eq!(svg, pathway_svg(p, country), "{cc}: deterministic");
            let doc = parse(&svg);
            let root = doc.root_element();
            assert_eq!(root.attribute("role"), Some("img"));
            let title = root
                .children()
                .find(|n| n.has_tag_name("title"))
                .expect("title");
            assert!(
                title
                    .text()
                    .unwrap_or_default()
                    .contains(&country.country.name)
            );
            let desc = root
                .children()
                .find(|n| n.has_tag_name("desc"))
                .expect("desc");
            assert!(
                desc.text().unwrap_or_default().len() > 100,
                "{cc}: a desc in words"
            );
            for n in doc.descendants() {
                assert!(!n.has_tag_name("script") && n.attribute("style").is_none());
                assert!(n.attributes().all(|a| !a.name().starts_with("on")));
                assert!(
                    n.attribute("href").is_none(),
                    "{cc}: no external references"
                );
            }

            let texts = texts(&doc);
            let all = texts.join(" ");
            for rule in &p.rules {
                if let Route::To { actor, .. } = &rule.route {
                    let a = country.actor(actor).expect("actor");
                    let named = |s: &str| texts.iter().any(|t| t.contains(s)) || all.contains(s);
                    assert!(
                        named(&a.name) || a.acronym.as_deref().is_some_and(named),
                        "{cc}: {} is not named",
                        a.id
                    );
                }
            }
            for n in 1..=p.rules.len() {
                assert!(
                    all.contains(&format!("[{n}]")),
                    "{cc}: source [{n}] missing"
                );
            }

            let mut undefined_actions: Vec<ReferralAction> =
                p.undefined().map(|(r, _)| r.action).collect();
            undefined_actions.sort_by_key(|a| a.step());
            undefined_actions.dedup();
            let dashed = doc
                .descendants()
                .filter(|n| n.has_tag_name("rect") && n.attribute("stroke-dasharray").is_some())
                .count();
            assert_eq!(
                dashed,
                undefined_actions.len(),
                "{cc}: one dashed box per undefined action"
            );
            assert_eq!(
                texts
                    .iter()
                    .filter(|t| *t == "Not defined in the report")
                    .count(),
                undefined_actions.len()
            );

            assert_inside(&doc, cc);
            assert_text_in_boxes(&doc, cc);
        }
    }

    #[test]
    fn names_from_data_are_escaped() {
        let (atlas, pathways) = data();
        let p = pathways
            .iter()
            .find(|p| p.country.as_str() == "DK")
            .expect("DK");
        let mut country = atlas.country("DK").expect("DK").clone();
        let Some(Route::To { actor, .. }) = p
            .rules
            .iter()
            .map(|r| &r.route)
            .find(|r| matches!(r, Route::To { .. }))
        else {
            panic!("a defined rule");
        };
        let a = country
            .actors
            .iter_mut()
            .find(|a| &a.id == actor)
            .expect("actor");
        a.name = "Bad <b>\"name\" & co".into();
        a.acronym = None;
        let svg = pathway_svg(p, &country);
        assert!(
            svg.contains("Bad &lt;b&gt;&quot;name&quot; &amp; co"),
            "{svg}"
        );
        assert!(!svg.contains("<b>"));
        let doc = parse(&svg);
        assert!(
            texts(&doc)
                .iter()
                .any(|t| t.contains("Bad <b>\"name\" & co"))
        );
    }

    #[test]
    fn conditions_read_as_short_words() {
        let when = Conditions {
            residence: vec![
                ResidenceStatus::AsylumSeeker,
                ResidenceStatus::IrregularMigrant,
            ],
            age: vec![AgeGroup::Minor],
            from_sector: vec![Sector::LabourInspection, Sector::Ngo],
            level: Some(Level::ForcedLabour),
            ..Conditions::default()
        };
        assert_eq!(
            conditions_text(&when),
            "asylum seeker, irregular migrant; minor; from labour inspection, NGO; level ≥ forced labour"
        );
        assert_eq!(conditions_text(&Conditions::default()), "any case");
        let most = Conditions {
            exploitation: ExploitationType::all()
                .filter(|e| *e != ExploitationType::SexualExploitation)
                .collect(),
            ..Conditions::default()
        };
        assert_eq!(conditions_text(&most), "any but sexual exploitation");
    }

    #[test]
    fn long_words_wrap_within_the_width() {
        for line in wrap("a Verylongwordwithoutanyspaceswhatsoever b", 12.0, 80.0) {
            assert!(text_width(&line, 12.0) <= 80.0, "{line}");
        }
        assert_eq!(wrap("", 12.0, 80.0), vec![String::new()]);
    }

    /// `OPENNRM_WRITE_SVG=/tmp/dir` writes every country's flowchart there, for a look.
    #[test]
    fn write_examples() {
        let Ok(dir) = std::env::var("OPENNRM_WRITE_SVG") else {
            return;
        };
        let (atlas, pathways) = data();
        std::fs::create_dir_all(&dir).expect("dir");
        for p in pathways {
            let cc = p.country.as_str();
            let svg = pathway_svg(p, atlas.country(cc).expect("country"));
            std::fs::write(format!("{dir}/{}.svg", cc.to_lowercase()), svg).expect("write");
        }
    }
}
