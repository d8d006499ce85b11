//! A generated report as Markdown (CommonMark with footnotes, as GitHub and pandoc read
//! it): every statement's sources become footnotes quoting the report, figures are image
//! links to the SVG files written beside it. Text from the atlas is escaped, so a quote can
//! never turn into markup or raw HTML.

use std::fmt::Write;

use super::{Block, Figure, GeneratedReport, Item};

/// Backslash-escapes what Markdown would read as markup; `<` and `>` become entities so no
/// raw HTML passes through. Line breaks become spaces (one statement, one paragraph).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn marks(cites: &[usize]) -> String {
    cites.iter().map(|n| format!("[^{n}]")).collect()
}

fn item(out: &mut String, i: &Item, depth: usize) {
    let indent = "  ".repeat(depth);
    let _ = write!(out, "{indent}- {}{}", escape(&i.text), marks(&i.cites));
    if let Some(d) = &i.detail {
        let _ = write!(out, " — *{}*", escape(d));
    }
    out.push('\n');
    for sub in &i.items {
        item(out, sub, depth + 1);
    }
}

/// The report as Markdown; `figure_href` says where each figure's SVG is (a file name
/// beside the Markdown, or a URL).
pub fn render(report: &GeneratedReport, figure_href: &dyn Fn(&Figure) -> String) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&report.title));
    let _ = writeln!(out, "*{}*\n", escape(&report.subtitle));
    for p in &report.preface {
        let _ = writeln!(out, "{}\n", escape(p));
    }
    let _ = writeln!(out, "## {}\n", escape(&report.labels.contents));
    for (n, ch) in report.chapters.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, escape(&ch.title));
        for s in &ch.sections {
            let _ = writeln!(out, "   - {}", escape(&s.title));
        }
    }
    out.push('\n');
    let mut table_n = 0;
    let mut figure_n = 0;
    for (n, ch) in report.chapters.iter().enumerate() {
        let _ = writeln!(out, "## {}. {}\n", n + 1, escape(&ch.title));
        for s in &ch.sections {
            let _ = writeln!(out, "### {}\n", escape(&s.title));
            for block in &s.blocks {
                match block {
                    Block::Heading { text } => {
                        let _ = writeln!(out, "#### {}\n", escape(text));
                    }
                    Block::Text { text, cites } => {
                        let _ = writeln!(out, "{}{}\n", escape(text), marks(cites));
                    }
                    Block::Quote { text, cites } => {
                        let _ = writeln!(out, "> “{}”{}\n", escape(text), marks(cites));
                    }
                    Block::List { items } => {
                        for i in items {
                            item(&mut out, i, 0);
                        }
                        out.push('\n');
                    }
                    Block::Table {
                        caption,
                        header,
                        rows,
                    } => {
                        table_n += 1;
                        let _ = writeln!(
                            out,
                            "*{} {table_n}: {}*\n",
                            escape(&report.labels.table),
                            escape(caption)
                        );
                        let head: Vec<String> = header.iter().map(|h| escape(h)).collect();
                        let _ = writeln!(out, "| {} |", head.join(" | "));
                        let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
                        for row in rows {
                            let cells: Vec<String> = row
                                .iter()
                                .map(|c| {
                                    let t = format!("{}{}", escape(&c.text), marks(&c.cites));
                                    if c.strong && !c.text.is_empty() {
                                        format!("**{t}**")
                                    } else {
                                        t
                                    }
                                })
                                .collect();
                            let _ = writeln!(out, "| {} |", cells.join(" | "));
                        }
                        out.push('\n');
                    }
                    Block::Figure { figure } => {
                        if let Some(f) = report.figures.get(*figure) {
                            figure_n += 1;
                            let _ = writeln!(out, "![{}]({})\n", escape(&f.alt), figure_href(f));
                            let _ = writeln!(
                                out,
                                "*{} {figure_n}: {}*\n",
                                escape(&report.labels.figure),
                                escape(&f.caption)
                            );
                        }
                    }
                }
            }
        }
    }
    let _ = writeln!(out, "## {}\n", escape(&report.labels.sources));
    for c in &report.sources {
        let mut line = format!("[^{}]: {}", c.n, escape(&c.section));
        if let Some(l) = c.line {
            let _ = write!(line, ", {} {l}", escape(&report.labels.line));
        }
        let _ = write!(line, ": “{}”", escape(&c.quote));
        if !c.said_by.is_empty() {
            let _ = write!(
                line,
                " — {} {}",
                escape(&report.labels.said_by),
                escape(&c.said_by.join(", "))
            );
        }
        let _ = writeln!(out, "{line}");
    }
    out
}
