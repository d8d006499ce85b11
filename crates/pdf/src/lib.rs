//! Generated national reports as PDF, typeset by typst used as a library: no external
//! program at run time, fonts embedded in the binary (typst-assets: Libertinus Serif, New
//! Computer Modern, DejaVu Sans Mono).
//!
//! The layout is one typst file, `report.typ`, compiled into the binary. The report
//! itself reaches it as data: the document model of `opennrm_domain::insight::national`
//! serialised to JSON and read by the template with `json("/report.json")`. Text from the
//! atlas is therefore never parsed as typst markup — a quote containing `#` or `]` is
//! text, not code — which is what makes it safe to typeset facts anyone with the editor
//! role may have written.
//!
//! typst is heavy (~300 crates); it lives in this crate so the web crate builds without
//! it, and the binary hands the web layer a `render` function (src/cli/serve.rs).

use std::sync::OnceLock;

use opennrm_domain::insight::national::GeneratedReport;
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

/// The layout of a generated report.
const TEMPLATE: &str = include_str!("report.typ");

/// Why a PDF could not be made. The message names the typst diagnostics (they come from
/// our template, never from the data, which is not markup).
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the report could not be serialised: {0}")]
    Data(#[from] serde_json::Error),
    #[error("typesetting failed: {0}")]
    Typeset(String),
}

/// The fonts, loaded once per process and shared by every compilation.
fn fonts() -> &'static FontStore {
    static FONTS: OnceLock<FontStore> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut store = FontStore::new();
        store.extend(typst_kit::fonts::embedded());
        store
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> FileId {
    // The paths are constants of this crate, so they are valid.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("valid path {path}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One compilation: the template as `/report.typ`, the report as `/report.json`.
struct ReportWorld {
    main: Source,
    data: Bytes,
    data_id: FileId,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        fonts().book()
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            // Nothing else exists: no file system, no packages, no network.
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().font(index)
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        // The report states its revision's date; typesetting never reads the clock.
        None
    }
}

fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The report typeset as PDF: a title page, a table of contents, numbered chapters with
/// the figures embedded, the sources, page numbers.
pub fn render(report: &GeneratedReport) -> Result<Vec<u8>, PdfError> {
    let data = serde_json::to_vec(report)?;
    let world = ReportWorld {
        main: Source::new(file_id("/report.typ"), TEMPLATE.to_string()),
        data: Bytes::new(data),
        data_id: file_id("/report.json"),
    };
    let document = typst::compile::<PagedDocument>(&world)
        .output
        .map_err(|e| PdfError::Typeset(describe(e.as_slice())))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(report.file_stem()),
        creator: typst::foundations::Smart::Custom(Some("OpenNRM".into())),
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|e| PdfError::Typeset(describe(e.as_slice())))
}

#[cfg(test)]
mod tests;
