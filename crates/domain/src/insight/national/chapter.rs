//! One country's chapter, in the parts every chapter of the 2013 report has: Findings,
//! Actors and mandates (governmental / non-governmental), Cooperation, Policy and
//! legislation, Mechanisms, Challenges and limitations, Conclusions, and the relevant
//! departments and organisations.

use crate::atlas::query::{self, MechanismState};
use crate::atlas::vocabulary::{FindingPart, RespondentForm, StudyStatus};
use crate::atlas::{Actor, CountryAtlas, Mandate};
use crate::insight::gaps::{self, Severity};
use crate::insight::network::{self, Network};
use crate::insight::svg::network::{NetworkDrawing, NodeSize, network_svg};
use crate::insight::svg::{BarChart, bar_chart_svg};

use super::{Block, Build, Cell, Chapter, Figure, Item, Section};

pub(crate) fn country_chapter(b: &mut Build<'_>, c: &CountryAtlas) -> Chapter {
    let code = c.country.code.as_str().to_ascii_lowercase();
    let net = network::country_network(c);
    let sections = vec![
        findings(b, c, &code),
        actors(b, c, &code),
        cooperation(b, c, &code, &net),
        policy(b, c, &code),
        mechanisms(b, c, &code),
        limitations(b, c, &code),
        conclusions(b, c, &code),
        organisations(b, c, &code),
    ];
    Chapter {
        id: code,
        title: c.country.name.clone(),
        sections,
    }
}

fn section(b: &Build<'_>, code: &str, part: &str, blocks: Vec<Block>) -> Section {
    Section {
        id: format!("{code}-{part}"),
        title: b.words.t(&format!("nr-part-{part}")),
        blocks,
    }
}

/// The report's own passages of one part of the chapter, as quotes.
fn quotes(b: &mut Build<'_>, c: &CountryAtlas, part: FindingPart) -> Vec<Block> {
    c.findings
        .iter()
        .filter(|f| f.part == part)
        .map(|f| Block::Quote {
            text: f.source.quote.clone(),
            cites: vec![b.cites.cite(Some(c), &f.source)],
        })
        .collect()
}

fn findings(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut blocks = Vec::new();
    for p in &c.participation {
        let cites = b.cites.all(Some(c), &p.source, &p.also);
        let text = match (p.invited, p.completed) {
            (Some(i), Some(n)) => w.text("nr-participation", &[("invited", &i), ("completed", &n)]),
            (None, Some(n)) => w.text("nr-participation-completed", &[("completed", &n)]),
            (Some(i), None) => w.text("nr-participation-invited", &[("invited", &i)]),
            (None, None) => continue,
        };
        let text = match &p.note {
            Some(note) => format!("{text} {note}"),
            None => text,
        };
        blocks.push(Block::Text { text, cites });
    }
    if let Some((invited, completed)) = c.computed_participation() {
        let count = |form: RespondentForm| c.respondents.iter().filter(|r| r.form == form).count();
        blocks.push(Block::Text {
            text: w.text(
                "nr-respondents",
                &[
                    ("invited", &invited),
                    ("completed", &completed),
                    ("full", &count(RespondentForm::Full)),
                    ("alternative", &count(RespondentForm::Alternative)),
                    ("declined", &count(RespondentForm::Declined)),
                    ("noreply", &count(RespondentForm::NoReply)),
                ],
            ),
            cites: Vec::new(),
        });
    }
    blocks.extend(quotes(b, c, FindingPart::Findings));
    if !c.ambiguities.is_empty() {
        blocks.push(Block::Heading {
            text: w.t("nr-ambiguities"),
        });
        let items = c
            .ambiguities
            .iter()
            .map(|a| {
                let cites = a.sources.iter().map(|s| b.cites.cite(Some(c), s)).collect();
                Item::new(a.topic.clone(), cites).detail(Some(a.note.clone()))
            })
            .collect();
        blocks.push(Block::List { items });
    }
    section(b, code, "findings", blocks)
}

fn mandate_item(b: &mut Build<'_>, c: &CountryAtlas, m: &Mandate) -> Item {
    let w = b.words;
    let label = w.label("capability", m.capability.as_str());
    let text = if m.denied {
        w.text("nr-mandate-denied", &[("capability", &label)])
    } else {
        label
    };
    let mut detail: Vec<String> = Vec::new();
    if let Some(scope) = &m.scope {
        detail.push(scope.clone());
    }
    match m.labour_mandate {
        Some(true) => detail.push(w.t("nr-labour-mandate-yes")),
        Some(false) => detail.push(w.t("nr-labour-mandate-no")),
        None => {}
    }
    if let Some(note) = &m.note {
        detail.push(note.clone());
    }
    let cites = b.cites.all(Some(c), &m.source, &m.also);
    Item::new(text, cites).detail(Some(detail.join(" · ")))
}

fn actor_name(a: &Actor) -> String {
    match &a.acronym {
        Some(acr) if !a.name.contains(acr.as_str()) => format!("{} ({acr})", a.name),
        _ => a.name.clone(),
    }
}

fn actor_item(b: &mut Build<'_>, c: &CountryAtlas, a: &Actor) -> Item {
    let w = b.words;
    let mut detail = vec![
        w.label("sector", a.sector.as_str()),
        w.label("level", a.level.as_str()),
        w.label("study_status", a.study_status.as_str()),
    ];
    if let Some(parent) = a.parent.as_ref().and_then(|p| c.actor(p)) {
        detail.push(w.text("nr-part-of", &[("parent", &parent.name)]));
    }
    if let Some(note) = &a.note {
        detail.push(note.clone());
    }
    let cites = b.cites.all(Some(c), &a.source, &a.also);
    let mut item = Item::new(actor_name(a), cites).detail(Some(detail.join(" · ")));
    item.items = a.mandates.iter().map(|m| mandate_item(b, c, m)).collect();
    item
}

fn actors(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut blocks = vec![Block::Text {
        text: w.text(
            "nr-actors-summary",
            &[
                ("actors", &c.actors.len()),
                ("mandates", &c.mandate_count()),
            ],
        ),
        cites: Vec::new(),
    }];
    for (governmental, key) in [(true, "nr-governmental"), (false, "nr-non-governmental")] {
        let side: Vec<&Actor> = c
            .actors
            .iter()
            .filter(|a| a.sector.is_governmental() == governmental)
            .collect();
        if side.is_empty() {
            continue;
        }
        blocks.push(Block::Heading { text: w.t(key) });
        let items = side.into_iter().map(|a| actor_item(b, c, a)).collect();
        blocks.push(Block::List { items });
    }
    section(b, code, "actors", blocks)
}

fn network_figure(b: &mut Build<'_>, c: &CountryAtlas, code: &str, net: &Network) -> Block {
    let w = b.words;
    let drawing = NetworkDrawing::from_network(
        format!("nr-net-{code}"),
        w.text("nr-network-title", &[("country", &c.country.name)]),
        net,
        b.atlas,
        NodeSize::Betweenness,
    );
    let figure = Figure {
        file: format!("{code}-network.svg"),
        caption: w.text("nr-network-caption", &[("country", &c.country.name)]),
        alt: w.text(
            "nr-network-alt",
            &[
                ("actors", &net.nodes.len()),
                ("pairs", &net.edges.len()),
                ("components", &net.components.len()),
            ],
        ),
        svg: network_svg(&drawing),
    };
    b.figure(figure)
}

fn cooperation(b: &mut Build<'_>, c: &CountryAtlas, code: &str, net: &Network) -> Section {
    let w = b.words;
    let name = |id: &crate::atlas::ActorId| c.actor(id).map_or_else(|| id.to_string(), actor_name);
    let mut blocks = Vec::new();
    if net.nodes.is_empty() {
        blocks.push(Block::Text {
            text: w.t("nr-no-ties"),
            cites: Vec::new(),
        });
        return section(b, code, "cooperation", blocks);
    }
    blocks.push(Block::Text {
        text: w.text(
            "nr-network-summary",
            &[
                ("ties", &c.cooperation.len()),
                ("pairs", &net.edges.len()),
                ("actors", &net.nodes.len()),
                ("untied", &net.untied.len()),
                ("density", &format!("{:.2}", net.density)),
            ],
        ),
        cites: Vec::new(),
    });
    let split = match net.gov_civil_density {
        Some(d) => w.text(
            "nr-gov-civil",
            &[
                ("ties", &net.gov_civil_ties),
                ("density", &format!("{d:.2}")),
            ],
        ),
        None => w.t("nr-gov-civil-none"),
    };
    blocks.push(Block::Text {
        text: split,
        cites: Vec::new(),
    });
    if !net.brokers.is_empty() {
        let brokers: Vec<String> = net.brokers.iter().map(name).collect();
        blocks.push(Block::Text {
            text: w.text("nr-brokers", &[("names", &brokers.join(", "))]),
            cites: Vec::new(),
        });
    }
    blocks.push(network_figure(b, c, code, net));
    // The actors that connect the others most (betweenness), with their ties.
    let mut central: Vec<&network::NodeMetrics> = net.nodes.iter().collect();
    central.sort_by(|x, y| {
        y.betweenness
            .total_cmp(&x.betweenness)
            .then(y.degree.cmp(&x.degree))
            .then(x.id.cmp(&y.id))
    });
    central.truncate(8);
    blocks.push(Block::Table {
        caption: w.t("nr-central-caption"),
        header: vec![
            w.t("nr-col-actor"),
            w.t("nr-col-sector"),
            w.t("nr-col-partners"),
            w.t("nr-col-betweenness"),
        ],
        rows: central
            .into_iter()
            .map(|m| {
                vec![
                    Cell::text(name(&m.id)),
                    Cell::text(w.label("sector", m.sector.as_str())),
                    Cell::text(m.degree.to_string()),
                    Cell::text(format!("{:.3}", m.betweenness)),
                ]
            })
            .collect(),
    });
    let rows = c
        .cooperation
        .iter()
        .map(|t| {
            let direction = w.label("tie-direction", t.direction.as_str());
            let mut how = w.label("cooperation", t.kind.as_str());
            if let Some(note) = &t.note {
                how = format!("{how}: {note}");
            }
            vec![
                Cell::text(name(&t.from)),
                Cell::text(name(&t.to)),
                Cell::text(how),
                Cell::cited(direction, b.cites.all(Some(c), &t.source, &t.also)),
            ]
        })
        .collect();
    blocks.push(Block::Table {
        caption: w.t("nr-ties-caption"),
        header: vec![
            w.t("nr-col-from"),
            w.t("nr-col-to"),
            w.t("nr-col-kind"),
            w.t("nr-col-direction"),
        ],
        rows,
    });
    section(b, code, "cooperation", blocks)
}

fn policy(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let items: Vec<Item> = c
        .documents
        .iter()
        .map(|d| {
            let text = match d.year {
                Some(y) => format!("{} ({y})", d.title),
                None => d.title.clone(),
            };
            let mut detail = vec![w.label("document", d.kind.as_str())];
            if let Some(note) = &d.note {
                detail.push(note.clone());
            }
            let cites = b.cites.all(Some(c), &d.source, &d.also);
            Item::new(text, cites).detail(Some(detail.join(" · ")))
        })
        .collect();
    let blocks = if items.is_empty() {
        vec![Block::Text {
            text: w.t("nr-no-documents"),
            cites: Vec::new(),
        }]
    } else {
        vec![Block::List { items }]
    };
    section(b, code, "policy", blocks)
}

/// The state's short name (`nr-state-formal`).
pub(crate) fn state_label(b: &Build<'_>, s: MechanismState) -> String {
    b.words.t(&format!("nr-state-{}", s.as_str()))
}

fn mechanisms(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut rows = Vec::new();
    for (kind, state) in query::mechanism_states(c) {
        let kind_label = w.label("mechanism", kind.as_str());
        let of_kind: Vec<_> = c.mechanisms.iter().filter(|m| m.kind == kind).collect();
        if of_kind.is_empty() {
            rows.push(vec![
                Cell::text(kind_label),
                Cell::text(state_label(b, state)),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
            ]);
            continue;
        }
        for m in of_kind {
            let holder = m
                .holder
                .as_ref()
                .and_then(|h| c.actor(h))
                .map(actor_name)
                .unwrap_or_default();
            let mut name = m.name.clone();
            if let Some(y) = m.year {
                name = format!("{name} ({y})");
            }
            let cites = b.cites.all(Some(c), &m.source, &m.also);
            rows.push(vec![
                Cell::text(kind_label.clone()),
                Cell::text(w.label("mechanism_status", m.status.as_str())),
                Cell::cited(name, cites),
                Cell::text(w.label("focus", m.focus.as_str())),
                Cell::text(holder),
            ]);
        }
    }
    let blocks = vec![
        Block::Text {
            text: w.t("nr-mechanisms-intro"),
            cites: Vec::new(),
        },
        Block::Table {
            caption: w.text("nr-mechanisms-caption", &[("country", &c.country.name)]),
            header: vec![
                w.t("nr-col-mechanism"),
                w.t("nr-col-status"),
                w.t("nr-col-name"),
                w.t("nr-col-focus"),
                w.t("nr-col-holder"),
            ],
            rows,
        },
    ];
    section(b, code, "mechanisms", blocks)
}

fn limitations(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut blocks = Vec::new();
    if c.limitations.is_empty() {
        blocks.push(Block::Text {
            text: w.t("nr-no-limitations"),
            cites: Vec::new(),
        });
    } else {
        let counted = c.limitations.iter().any(|l| l.respondents.is_some());
        let mut chart = BarChart::limitations_of(c);
        chart.id = format!("nr-lim-{code}");
        let alt = w.text(
            if counted {
                "nr-limitations-alt-counted"
            } else {
                "nr-limitations-alt"
            },
            &[("country", &c.country.name)],
        );
        let figure = Figure {
            file: format!("{code}-limitations.svg"),
            caption: w.text("nr-limitations-caption", &[("country", &c.country.name)]),
            alt,
            svg: bar_chart_svg(&chart),
        };
        blocks.push(b.figure(figure));
        let rows = c
            .limitations
            .iter()
            .map(|l| {
                let cites = b.cites.all(Some(c), &l.source, &l.also);
                vec![
                    Cell::text(w.label("limitation", l.category.as_str())),
                    Cell::text(l.respondents.map(|n| n.to_string()).unwrap_or_default()),
                    Cell::cited(l.note.clone().unwrap_or_default(), cites),
                ]
            })
            .collect();
        blocks.push(Block::Table {
            caption: w.t("nr-limitations-table"),
            header: vec![
                w.t("nr-col-category"),
                w.t("nr-col-respondents"),
                w.t("nr-col-statement"),
            ],
            rows,
        });
    }
    blocks.extend(quotes(b, c, FindingPart::Challenges));
    section(b, code, "limitations", blocks)
}

/// A gap finding as a list item: its sentence, its grade and whom to involve, cited by
/// the sources of its evidence.
pub(crate) fn finding_item(b: &mut Build<'_>, c: &CountryAtlas, f: &gaps::Finding) -> Item {
    let w = b.words;
    let severity = w.t(match f.severity {
        Severity::Gap => "gaps-severity-gap",
        Severity::Unrecorded => "gaps-severity-unrecorded",
        Severity::Information => "gaps-severity-information",
    });
    let mut detail = vec![severity];
    let involve: Vec<&str> = f.involve.iter().map(|i| i.name.as_str()).collect();
    if !involve.is_empty() {
        detail.push(w.text("nr-involve", &[("names", &involve.join(", "))]));
    }
    let mut cites: Vec<usize> = Vec::new();
    for e in &f.evidence {
        let n = b.cites.cite(Some(c), &e.source);
        if !cites.contains(&n) {
            cites.push(n);
        }
    }
    Item::new(f.sentence.clone(), cites).detail(Some(detail.join(" · ")))
}

fn conclusions(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut blocks = quotes(b, c, FindingPart::Conclusions);
    blocks.push(Block::Heading {
        text: w.t("nr-gap-heading"),
    });
    blocks.push(Block::Text {
        text: w.t("nr-gap-intro"),
        cites: Vec::new(),
    });
    let found = b.findings_of(c);
    let items = found.iter().map(|f| finding_item(b, c, f)).collect();
    blocks.push(Block::List { items });
    if !c.recommendations.is_empty() {
        blocks.push(Block::Heading {
            text: w.t("nr-recommendations"),
        });
        let items = c
            .recommendations
            .iter()
            .map(|r| Item::new(r.summary.clone(), b.cites.all(Some(c), &r.source, &r.also)))
            .collect();
        blocks.push(Block::List { items });
    }
    section(b, code, "conclusions", blocks)
}

fn organisations(b: &mut Build<'_>, c: &CountryAtlas, code: &str) -> Section {
    let w = b.words;
    let mut blocks = Vec::new();
    for status in StudyStatus::all() {
        let items: Vec<Item> = c
            .actors
            .iter()
            .filter(|a| a.study_status == status && !a.group)
            .map(|a| Item::new(actor_name(a), Vec::new()).detail(a.native_name.clone()))
            .collect();
        if items.is_empty() {
            continue;
        }
        blocks.push(Block::Heading {
            text: w.t(&format!("nr-organisations-{}", status.as_str())),
        });
        blocks.push(Block::List { items });
    }
    section(b, code, "organisations", blocks)
}
