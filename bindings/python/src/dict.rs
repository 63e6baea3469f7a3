//! A serde serializer that builds Python objects: structs become dicts, sequences lists,
//! strings, integers, floats, booleans and options what they are in Python.
//!
//! It exists for speed: the mentions' dicts are built from the output's serde types
//! ([`MentionRecord`](gazette::output::wire::MentionRecord)), so a field added there appears in
//! Python too, and a struct's keys are made once per call instead of once per dict. On the
//! 1,028 articles of 10kGNAD's test split (21,517 mentions; CPU seconds, best of 9, release
//! build, 2026-12-02), extraction alone took 0.047 s, and with the dicts 0.078 s this way,
//! 0.110 s through pythonize 0.30 (a new key string for every field of every dict) and 0.117 s
//! as JSON written in Rust and read by `json.loads`. Maps (so `#[serde(flatten)]` fields) become
//! dicts and tuples lists, as through JSON; enum variants with data, which the wire types do not
//! use, and bytes are refused.

use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Impossible, Serialize};

/// Builds Python objects; holds the keys of the structs seen so far.
pub struct Builder<'py> {
    py: Python<'py>,
    /// Struct field names (always `&'static str` in serde) and their Python strings, looked up
    /// by address: a wire type has a dozen fields at most.
    keys: Vec<(&'static str, Bound<'py, PyString>)>,
}

impl<'py> Builder<'py> {
    /// A builder with no keys made yet.
    pub fn new(py: Python<'py>) -> Self {
        Builder {
            py,
            keys: Vec::new(),
        }
    }

    /// `value` as a Python object.
    pub fn build<T: Serialize + ?Sized>(&mut self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        value
            .serialize(&mut *self)
            .map_err(|e| PyValueError::new_err(e.0))
    }

    fn key(&mut self, name: &'static str) -> Bound<'py, PyString> {
        if let Some((_, k)) = self
            .keys
            .iter()
            .find(|(n, _)| std::ptr::eq(*n, name) || *n == name)
        {
            return k.clone();
        }
        let k = PyString::intern(self.py, name);
        self.keys.push((name, k.clone()));
        k
    }
}

/// Why a value could not be built (a Python error, or a serde type this does not take).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e.to_string())
    }
}

type Result<T> = std::result::Result<T, Error>;

fn unsupported<T>(what: &str) -> Result<T> {
    Err(Error(format!(
        "{what} cannot be built as a Python value here"
    )))
}

fn any<'py, T: IntoPyObject<'py>>(py: Python<'py>, v: T) -> Result<Bound<'py, PyAny>> {
    v.into_bound_py_any(py).map_err(Error::from)
}

impl<'a, 'py> ser::Serializer for &'a mut Builder<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Impossible<Self::Ok, Error>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Struct<'a, 'py>;
    type SerializeStructVariant = Impossible<Self::Ok, Error>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        any(self.py, v)
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Self::Ok> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    /// As serde_json writes it: the variant's name.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.key(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Self::Ok> {
        unsupported("an enum variant with data")
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Seq {
            items: Vec::with_capacity(len.unwrap_or(0)),
            builder: self,
        })
    }
    /// A list, as JSON has no tuples.
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        unsupported("an enum variant with data")
    }
    /// A dict (`#[serde(flatten)]` fields come this way too).
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(Map {
            dict: PyDict::new(self.py),
            key: None,
            builder: self,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct> {
        Ok(Struct {
            dict: PyDict::new(self.py),
            builder: self,
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant> {
        unsupported("an enum variant with data")
    }
}

/// A sequence being built: its items, then one list.
pub struct Seq<'a, 'py> {
    builder: &'a mut Builder<'py>,
    items: Vec<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeTuple for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<Self::Ok> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<Self::Ok> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeSeq for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.items.push(value.serialize(&mut *self.builder)?);
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        Ok(PyList::new(self.builder.py, self.items)?.into_any())
    }
}

/// A struct being built: a dict, keyed by the field names.
pub struct Struct<'a, 'py> {
    builder: &'a mut Builder<'py>,
    dict: Bound<'py, PyDict>,
}

impl<'py> ser::SerializeStruct for Struct<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        let value = value.serialize(&mut *self.builder)?;
        let key = self.builder.key(key);
        self.dict.set_item(key, value)?;
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        Ok(self.dict.into_any())
    }
}

/// A map being built: a dict, and the key of the value to come.
pub struct Map<'a, 'py> {
    builder: &'a mut Builder<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.key = Some(key.serialize(&mut *self.builder)?);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error("a map value without a key".into()))?;
        let value = value.serialize(&mut *self.builder)?;
        self.dict.set_item(key, value)?;
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        Ok(self.dict.into_any())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Grain {
        Day,
    }

    #[derive(Serialize)]
    struct Inner {
        country: Option<&'static str>,
    }

    #[derive(Serialize)]
    struct Record {
        #[serde(rename = "type")]
        label: &'static str,
        start: usize,
        score: f64,
        ok: bool,
        grain: Grain,
        pair: (u8, &'static str),
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        #[serde(flatten)]
        inner: Inner,
    }

    /// Whatever the wire types hold, Python gets what `json.loads` of serde_json's output gives.
    #[test]
    fn builds_what_json_loads_builds() {
        let records = vec![
            Record {
                label: "date",
                start: 1 << 40,
                score: 0.5,
                ok: true,
                grain: Grain::Day,
                pair: (7, "ä"),
                skipped: None,
                inner: Inner { country: None },
            },
            Record {
                label: "city",
                start: 3,
                score: -1.0,
                ok: false,
                grain: Grain::Day,
                pair: (0, ""),
                skipped: None,
                inner: Inner {
                    country: Some("DE"),
                },
            },
        ];
        Python::initialize();
        Python::attach(|py| {
            let built = Builder::new(py).build(&records).unwrap();
            let json = serde_json::to_string(&records).unwrap();
            let loaded = py
                .import("json")
                .unwrap()
                .call_method1("loads", (json,))
                .unwrap();
            assert!(built.eq(&loaded).unwrap(), "{built} != {loaded}");
            // Same keys in the same order, too.
            let keys = |v: &Bound<'_, PyAny>| {
                v.get_item(0)
                    .unwrap()
                    .call_method0("keys")
                    .unwrap()
                    .str()
                    .unwrap()
                    .to_string()
            };
            assert_eq!(keys(&built), keys(&loaded));
        });
    }
}
