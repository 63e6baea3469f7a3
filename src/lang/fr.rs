//! The French pack: the words that the rules ask for in French text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

// ---- Words the date rules ask for ---------------------------------------------------------
