//! Who said what: the report closes a respondent's passage with a footnote
//! "Questionnaire 2012: X". A fact whose quote is closed by such a footnote is attributed
//! to the respondent(s) whose `footnotes` name X. Attribution is derived from the report
//! every time an atlas is built (from files or from the database), never written by hand,
//! so it cannot drift from the text.

use super::model::*;
use crate::report::{Report, chapter_lines};

/// How footnote names are compared: the report spells one respondent several ways
/// ("The Immigration Services", "the Immigration Service"), so case, spacing, a leading
/// "the" and a final full stop do not count.
fn comparable(name: &str) -> String {
    let lower = name.trim().trim_end_matches('.').to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// The respondents a "Questionnaire 2012: X" footnote stands for.
fn respondents_named<'a>(atlas: &'a CountryAtlas, x: &str) -> Vec<&'a Respondent> {
    let x = comparable(x);
    atlas
        .respondents
        .iter()
        .filter(|r| r.footnotes.iter().any(|f| comparable(f) == x))
        .collect()
}

/// Fills `said_by` on every source of the country from the footnotes that close it.
pub fn attribute(atlas: &mut CountryAtlas) {
    if atlas.respondents.is_empty() {
        return;
    }
    let report = Report::embedded();
    let who = |s: &Source| -> Vec<FactId> {
        let Some(line) = s.line else {
            return Vec::new();
        };
        let mut ids: Vec<FactId> = Vec::new();
        for n in report.footnotes_of(&s.quote, line) {
            if let Some(x) = report.questionnaire_of(n) {
                for r in respondents_named(atlas, x) {
                    if !ids.contains(&r.id) {
                        ids.push(r.id.clone());
                    }
                }
            }
        }
        ids
    };
    let mut said = Vec::new();
    visit_sources(atlas, &mut |s| said.push(who(s)));
    let mut said = said.into_iter();
    visit_sources_mut(atlas, &mut |s| s.said_by = said.next().unwrap_or_default());
}

/// Calls `f` on every source of the country, in one fixed order (`visit_sources_mut`
/// walks the same order).
pub fn visit_sources(atlas: &CountryAtlas, f: &mut dyn FnMut(&Source)) {
    for p in &atlas.participation {
        f(&p.source);
        p.also.iter().for_each(&mut *f);
    }
    for x in &atlas.findings {
        f(&x.source);
    }
    for a in &atlas.actors {
        f(&a.source);
        a.also.iter().for_each(&mut *f);
        for m in &a.mandates {
            f(&m.source);
            m.also.iter().for_each(&mut *f);
        }
    }
    for t in &atlas.cooperation {
        f(&t.source);
        t.also.iter().for_each(&mut *f);
    }
    for m in &atlas.mechanisms {
        f(&m.source);
        m.also.iter().for_each(&mut *f);
    }
    for l in &atlas.limitations {
        f(&l.source);
        l.also.iter().for_each(&mut *f);
    }
    for d in &atlas.documents {
        f(&d.source);
        d.also.iter().for_each(&mut *f);
    }
    for a in &atlas.ambiguities {
        a.sources.iter().for_each(&mut *f);
    }
    for r in &atlas.respondents {
        f(&r.source);
        r.also.iter().for_each(&mut *f);
    }
    for r in &atlas.recommendations {
        f(&r.source);
        r.also.iter().for_each(&mut *f);
    }
}

/// `visit_sources`, mutably, in the same order.
pub fn visit_sources_mut(atlas: &mut CountryAtlas, f: &mut dyn FnMut(&mut Source)) {
    for p in &mut atlas.participation {
        f(&mut p.source);
        p.also.iter_mut().for_each(&mut *f);
    }
    for x in &mut atlas.findings {
        f(&mut x.source);
    }
    for a in &mut atlas.actors {
        f(&mut a.source);
        a.also.iter_mut().for_each(&mut *f);
        for m in &mut a.mandates {
            f(&mut m.source);
            m.also.iter_mut().for_each(&mut *f);
        }
    }
    for t in &mut atlas.cooperation {
        f(&mut t.source);
        t.also.iter_mut().for_each(&mut *f);
    }
    for m in &mut atlas.mechanisms {
        f(&mut m.source);
        m.also.iter_mut().for_each(&mut *f);
    }
    for l in &mut atlas.limitations {
        f(&mut l.source);
        l.also.iter_mut().for_each(&mut *f);
    }
    for d in &mut atlas.documents {
        f(&mut d.source);
        d.also.iter_mut().for_each(&mut *f);
    }
    for a in &mut atlas.ambiguities {
        a.sources.iter_mut().for_each(&mut *f);
    }
    for r in &mut atlas.respondents {
        f(&mut r.source);
        r.also.iter_mut().for_each(&mut *f);
    }
    for r in &mut atlas.recommendations {
        f(&mut r.source);
        r.also.iter_mut().for_each(&mut *f);
    }
}

/// Problems between the chapter's questionnaire footnotes and the respondents: a
/// footnote that names no respondent, and a respondent's footnote name that no footnote
/// of the chapter uses (a typo would silently drop its attributions).
pub fn unmatched_footnotes(atlas: &CountryAtlas) -> Vec<String> {
    let Some(lines) = chapter_lines(atlas.country.code.as_str()) else {
        return Vec::new();
    };
    let report = Report::embedded();
    let cited = report.questionnaire_footnotes(lines);
    let mut out = Vec::new();
    for (n, x) in &cited {
        if respondents_named(atlas, x).is_empty() {
            out.push(format!(
                "footnote {n} (\"Questionnaire 2012: {x}\") names no respondent: add \"{x}\" to the `footnotes` of the respondent it stands for"
            ));
        }
    }
    for r in &atlas.respondents {
        for f in &r.footnotes {
            if !cited.iter().any(|(_, x)| comparable(x) == comparable(f)) {
                out.push(format!(
                    "respondent \"{}\": no \"Questionnaire 2012\" footnote of the chapter reads \"{f}\"",
                    r.id
                ));
            }
        }
    }
    out
}

/// Whether an ambiguity's `concerns` entry names a fact of the country
/// (docs/DATA_FORMAT.md, "Ambiguities point at facts").
pub fn refers_to_a_fact(atlas: &CountryAtlas, reference: &str) -> bool {
    let parts: Vec<&str> = reference.split('/').collect();
    match parts.as_slice() {
        ["participation"] => !atlas.participation.is_empty() || !atlas.respondents.is_empty(),
        ["limitation", category] => atlas
            .limitations
            .iter()
            .any(|l| l.category.as_str() == *category),
        ["tie", a, b] => atlas.cooperation.iter().any(|t| tie_between(t, a, b)),
        [actor, capability] => atlas.actors.iter().any(|x| {
            x.id.as_str() == *actor
                && x.mandates
                    .iter()
                    .any(|m| m.capability.as_str() == *capability)
        }),
        [id] => {
            atlas.actors.iter().any(|x| x.id.as_str() == *id)
                || atlas.mechanisms.iter().any(|x| x.id.as_str() == *id)
                || atlas.documents.iter().any(|x| x.id.as_str() == *id)
                || atlas.respondents.iter().any(|x| x.id.as_str() == *id)
                || atlas.recommendations.iter().any(|x| x.id.as_str() == *id)
        }
        _ => false,
    }
}

/// Whether tie `t` joins actors `a` and `b`, either way.
pub fn tie_between(t: &Cooperation, a: &str, b: &str) -> bool {
    (t.from.as_str() == a && t.to.as_str() == b) || (t.from.as_str() == b && t.to.as_str() == a)
}

/// The `concerns` references that point at each kind of fact, for pages that flag a
/// contested fact where they show it.
pub fn mandate_ref(actor: &ActorId, m: &Mandate) -> String {
    format!("{actor}/{}", m.capability)
}
pub fn tie_refs(t: &Cooperation) -> [String; 2] {
    [
        format!("tie/{}/{}", t.from, t.to),
        format!("tie/{}/{}", t.to, t.from),
    ]
}
pub fn limitation_ref(l: &Limitation) -> String {
    format!("limitation/{}", l.category)
}
