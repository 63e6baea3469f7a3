#!/usr/bin/env bash
# CI for the Python package: lints, documents and unit-tests the binding, builds the wheel with
# pinned maturin, installs it into a fresh virtual environment and runs the pytest suite, which
# compares the package with the command line's JSON output. Run from anywhere; .ci/run calls it
# after `cargo test`. About 2.5 minutes there on the 2-core machine; 6.5 on its own in a fresh
# clone, as it then also builds `cargo test`'s binary to compare with.
#
# GAZETTE_PY_PROFILE=release builds the wheel as `pip install` does (thin LTO, one codegen
# unit: a minute or two more); the default, dev, is unoptimised, which the tests do not need.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
venv=target/python-ci/venv
profile=${GAZETTE_PY_PROFILE:-dev}

rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  -r bindings/python/requirements-ci.txt
# One interpreter for clippy and maturin, so that PyO3's build configuration is made once.
export PYO3_PYTHON=$PWD/$venv/bin/python

# The binding is a workspace member but not a default one, so the root's clippy and doc skip
# it (the root's `cargo fmt --check` does cover it).
cargo clippy --locked -p gazette-python --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps --document-private-items -p gazette-python
# Its Rust unit tests embed the interpreter, so they need its shared libpython at run time.
LD_LIBRARY_PATH=$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
  cargo test --locked -p gazette-python

rm -rf target/python-ci/wheels
(cd bindings/python && "../../$venv/bin/maturin" build --locked --profile "$profile" \
  --out ../../target/python-ci/wheels)
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index \
  target/python-ci/wheels/gazette-*.whl

# The tests compare with the binary of the same checkout: the one `cargo test` builds (with
# `--no-run` this is a no-op after .ci/run's `cargo test`; `cargo build` would build it again,
# with the features of the graph without dev-dependencies).
cargo test --locked --no-run
export GAZETTE_BIN=$PWD/target/debug/gazette
# From another directory, so that `import gazette` finds the installed wheel, not the source.
(cd target/python-ci && "../../$venv/bin/python" -m pytest -q -p no:cacheprovider \
  ../../bindings/python/tests)
