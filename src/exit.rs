//! The exit statuses, in one place.

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Every input was read and written (with or without mentions).
    Success,
    /// Some inputs failed; the others were written.
    SomeFailed,
    /// Usage, configuration or gazetteer error: nothing was processed.
    Usage,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(s: ExitStatus) -> Self {
        std::process::ExitCode::from(match s {
            ExitStatus::Success => 0,
            ExitStatus::SomeFailed => 1,
            ExitStatus::Usage => 2,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        for (s, code) in [
            (ExitStatus::Success, 0u8),
            (ExitStatus::SomeFailed, 1),
            (ExitStatus::Usage, 2),
        ] {
            assert_eq!(
                std::process::ExitCode::from(s),
                std::process::ExitCode::from(code)
            );
        }
    }
}
