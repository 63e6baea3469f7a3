//! The Arabic names written in Latin script pack: the words that the rules ask for in Arabic names written in Latin script text (data only; see the
//! module doc of [`crate::lang`]).

// ---- Words the entity rules ask for -------------------------------------------------------

use super::EntityWords;

/// The words the entity rules ask for.
pub(super) static ENTITY: EntityWords = EntityWords {
    particles: &["bin", "ibn", "al", "el"],
    ..EntityWords::NONE
};

// ---- Words the date rules ask for ---------------------------------------------------------
