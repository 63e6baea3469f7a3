//! The `gazette` Python module: the library's [`Extractor`](gazette::Extractor) behind a Python
//! class and a module-level `extract`, returning mentions as dicts.
//!
//! A mention's dict is made from the same serde type as the JSON output ([`MentionRecord`]),
//! by the serializer in `dict.rs`, so its fields and values are the JSON output's, and a field
//! added there appears here without a change.
//!
//! Extraction, and loading gazetteers, run with the GIL released, so Python threads calling one
//! shared `Extractor` run in parallel; `extract_many` also spreads its documents over rayon's
//! threads. Nothing here knows about files of documents or output formats: that is the binary's.

mod dict;

use std::ffi::CString;
use std::path::PathBuf;
use std::sync::OnceLock;

use gazette::gazetteer::load;
use gazette::input::jsonl::parse_date_prefix;
use gazette::output::wire::MentionRecord;
use gazette::{Error, ExtractorBuilder, Label, LabelSet, Mention};
use jiff::civil::Date;
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

create_exception!(
    gazette,
    GazetteerError,
    PyValueError,
    "A gazetteer file is malformed (or a compiled one damaged). The message names the file and \
     the line (`newsroom.csv:3: unknown type \"persn\"`); the attributes `path` and `line` (None \
     for a compiled file) hold them too."
);

create_exception!(
    gazette,
    GazetteerWarning,
    PyUserWarning,
    "A row of a gazetteer that was skipped or lost a tie (the warnings `gazette --gazetteer` \
     prints on standard error)."
);

/// How many warnings about one gazetteer are issued; the rest are counted in one more, as the
/// command line does (a list of made-up names gave 65,544).
const MAX_WARNINGS: usize = 20;

/// The extractor of the module-level `extract`: built-in gazetteers, every label. Building it
/// is instant (the built-in gazetteers are compiled into the library).
fn default_extractor() -> &'static gazette::Extractor {
    static DEFAULT: OnceLock<gazette::Extractor> = OnceLock::new();
    DEFAULT.get_or_init(|| ExtractorBuilder::new().build())
}

/// Finds people, places, organisations and dates in documents, with the built-in gazetteers
/// and the user's own. Build it once and reuse it, also from several threads.
#[pyclass(frozen, module = "gazette")]
struct Extractor {
    inner: gazette::Extractor,
    /// The gazetteers as given, for `repr`.
    paths: Vec<PathBuf>,
    builtin: bool,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (gazetteers = None, builtin = true))]
    fn new(py: Python<'_>, gazetteers: Option<Vec<PathBuf>>, builtin: bool) -> PyResult<Self> {
        let paths = gazetteers.unwrap_or_default();
        // Reading and compiling a large CSV file takes a while: let other threads run.
        let opened = py.detach(|| {
            paths
                .iter()
                .map(|p| load::open(p))
                .collect::<gazette::Result<Vec<_>>>()
        });
        let opened = opened.map_err(|e| to_py_err(py, e))?;
        let mut builder = ExtractorBuilder::new();
        builder.builtin(builtin);
        for o in opened {
            warn(py, &o.warnings)?;
            builder.gazetteer(o.gazetteer);
        }
        Ok(Extractor {
            inner: py.detach(|| builder.build()),
            paths,
            builtin,
        })
    }

    /// The mentions in `text`, as dicts with the JSON output's fields.
    #[pyo3(signature = (text, reference_date = None, types = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        reference_date: Option<&Bound<'py, PyAny>>,
        types: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        extract_one(py, &self.inner, text, reference_date, types)
    }

    /// The mentions in each of `texts`: one list per text, in order. `reference_date` is one
    /// date for all, or a sequence of one per text (None where unknown).
    #[pyo3(signature = (texts, reference_date = None, types = None))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        reference_date: Option<&Bound<'py, PyAny>>,
        types: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let extractor = with_types(&self.inner, types)?;
        let extractor = extractor.as_ref().unwrap_or(&self.inner);
        let texts = texts
            .try_iter()?
            .map(|t| t?.extract::<String>())
            .collect::<PyResult<Vec<String>>>()?;
        let references = references(reference_date, texts.len())?;
        // Extraction in parallel and without the GIL; the dicts need it.
        let mentions: Vec<Vec<Mention>> = py.detach(|| {
            texts
                .par_iter()
                .zip(references.par_iter())
                .map(|(t, &r)| extractor.extract(t, r))
                .collect()
        });
        let mut builder = dict::Builder::new(py);
        let lists = mentions
            .iter()
            .map(|m| builder.build(&records(m)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, lists)?.into_any())
    }

    fn __repr__(&self) -> String {
        let paths: Vec<String> = self
            .paths
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        format!(
            "Extractor(gazetteers=[{}], builtin={})",
            paths.join(", "),
            if self.builtin { "True" } else { "False" }
        )
    }
}

/// The mentions in `text`, found with the built-in gazetteers, as dicts with the JSON output's
/// fields.
#[pyfunction]
#[pyo3(signature = (text, reference_date = None, types = None))]
fn extract<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    reference_date: Option<&Bound<'py, PyAny>>,
    types: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    extract_one(py, default_extractor(), text, reference_date, types)
}

/// `extract` of one text, for the function and the method.
fn extract_one<'py>(
    py: Python<'py>,
    extractor: &gazette::Extractor,
    text: &Bound<'py, PyString>,
    reference_date: Option<&Bound<'py, PyAny>>,
    types: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let reference = reference(reference_date)?;
    let narrowed = with_types(extractor, types)?;
    let extractor = narrowed.as_ref().unwrap_or(extractor);
    // A copy: with the limited API (abi3) of Python 3.9 a str's UTF-8 cannot be borrowed, and
    // the copy is what lets the GIL go during extraction.
    let text: String = text.extract()?;
    let mentions = py.detach(|| extractor.extract(&text, reference));
    dict::Builder::new(py).build(&records(&mentions))
}

/// The wire records of `mentions`, as the JSON output writes them.
fn records<'a>(mentions: &'a [Mention<'a>]) -> Vec<MentionRecord<'a>> {
    mentions.iter().map(MentionRecord::from).collect()
}

/// `reference_date`: None, a `YYYY-MM-DD` string (or an ISO 8601 timestamp that starts with
/// one, as the command line's `--reference-date` takes), or a `datetime.date`/`datetime`
/// (anything with `isoformat()`, such as a pandas Timestamp). pandas' marks of a missing
/// value in a column of dates, NaN and NaT, are None too.
fn reference(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text: String = if let Ok(s) = value.cast::<PyString>() {
        s.to_string_lossy().into_owned()
    } else if let Ok(iso) = value.call_method0("isoformat") {
        let iso: String = iso.extract()?;
        if iso == "NaT" {
            return Ok(None);
        }
        iso
    } else if value.extract::<f64>().is_ok_and(f64::is_nan) {
        return Ok(None);
    } else {
        return Err(PyTypeError::new_err(format!(
            "reference_date must be a str (YYYY-MM-DD) or a datetime.date, not {}",
            value.get_type().name()?
        )));
    };
    match parse_date_prefix(&text) {
        Some(date) => Ok(Some(date)),
        None => Err(PyValueError::new_err(
            Error::ReferenceDate { value: text }.to_string(),
        )),
    }
}

/// `extract_many`'s `reference_date`: one date (or None) for every text, or an iterable of
/// one per text.
fn references(value: Option<&Bound<'_, PyAny>>, count: usize) -> PyResult<Vec<Option<Date>>> {
    let per_text = value.is_some_and(|v| {
        !v.is_none() && v.cast::<PyString>().is_err() && !v.hasattr("isoformat").unwrap_or(false)
    });
    if !per_text {
        return Ok(vec![reference(value)?; count]);
    }
    let Ok(iter) = value.expect("per_text implies a value").try_iter() else {
        // Neither a date nor a sequence: `reference` names the type.
        return Ok(vec![reference(value)?; count]);
    };
    let dates = iter
        .map(|d| reference(Some(&d?)))
        .collect::<PyResult<Vec<_>>>()?;
    if dates.len() != count {
        return Err(PyValueError::new_err(format!(
            "reference_date has {} dates for {count} texts",
            dates.len()
        )));
    }
    Ok(dates)
}

/// `types`: None (every type), an iterable of type names, or one string of names separated by
/// commas (as `--types` takes). Returns the narrowed extractor, or None for every type.
fn with_types(
    extractor: &gazette::Extractor,
    types: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<gazette::Extractor>> {
    let Some(types) = types.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let names: Vec<String> = if let Ok(s) = types.cast::<PyString>() {
        s.to_string_lossy().split(',').map(str::to_owned).collect()
    } else {
        types
            .try_iter()
            .map_err(|_| {
                PyTypeError::new_err("types must be a list of type names or a str of them")
            })?
            .map(|t| t?.extract::<String>())
            .collect::<PyResult<_>>()?
    };
    let mut set = LabelSet::empty();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        let label: Label = name.parse().map_err(PyValueError::new_err)?;
        set.insert(label);
    }
    if set == LabelSet::empty() {
        return Err(PyValueError::new_err(
            "types is empty: give at least one of person, country, organisation, date, city, \
             region, nationality, duration (or None for all)",
        ));
    }
    Ok(Some(extractor.with_labels(set)))
}

/// The library's error as a Python exception: gazetteer errors as [`GazetteerError`] (with
/// `path` and `line`), a file that cannot be read as the `OSError` its cause maps to
/// (`FileNotFoundError`, …), anything else as `ValueError`. Every message names the file.
fn to_py_err(py: Python<'_>, e: Error) -> PyErr {
    let message = e.to_string();
    match e {
        Error::Io { cause, .. } => std::io::Error::new(cause.kind(), message).into(),
        Error::Gazetteer { path, line, .. } => gazetteer_error(py, message, path, Some(line)),
        Error::Compiled { path, .. } => gazetteer_error(py, message, path, None),
        _ => PyValueError::new_err(message),
    }
}

fn gazetteer_error(py: Python<'_>, message: String, path: PathBuf, line: Option<u64>) -> PyErr {
    let err = GazetteerError::new_err(message);
    let value = err.value(py);
    // Setting attributes on a fresh exception object cannot fail but for memory.
    let _ = value.setattr("path", path.display().to_string());
    let _ = value.setattr("line", line);
    err
}

/// Issues a gazetteer's warnings as [`GazetteerWarning`]s, the first [`MAX_WARNINGS`] and a
/// count of the rest.
fn warn(py: Python<'_>, warnings: &[load::Warning]) -> PyResult<()> {
    let category = py.get_type::<GazetteerWarning>();
    let mut messages: Vec<String> = warnings
        .iter()
        .take(MAX_WARNINGS)
        .map(ToString::to_string)
        .collect();
    if warnings.len() > MAX_WARNINGS {
        messages.push(format!(
            "{} more warnings not shown",
            warnings.len() - MAX_WARNINGS
        ));
    }
    for m in messages {
        // The message quotes the row, which may hold a NUL: C strings cannot.
        let m = CString::new(m.replace('\0', "\u{FFFD}")).expect("no NUL left");
        // stacklevel 1: the warning points at the `Extractor(...)` call.
        PyErr::warn(py, &category, &m, 1)?;
    }
    Ok(())
}

/// The `gazette` module.
#[pymodule(name = "gazette")]
fn gazette_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add("GazetteerError", py.get_type::<GazetteerError>())?;
    m.add("GazetteerWarning", py.get_type::<GazetteerWarning>())?;
    Ok(())
}
