#!/usr/bin/env bash
# Runs examples/spark_pipe.py: gazette as a pipe() stage in PySpark local mode.
#
# Usage: examples/spark_pipe.sh [INPUT.jsonl] [--partitions N] [--from-10kgnad DATA_DIR]
# Builds gazette (cargo build --release), makes a venv target/spark-venv with pyspark (needs
# Java 17 or later on PATH), and passes its arguments to spark_pipe.py. Exits non-zero when a
# document did not come back.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PYSPARK=${PYSPARK_VERSION:-4.0.1}
VENV=target/spark-venv

command -v java >/dev/null || { echo "error: java not found (PySpark $PYSPARK needs Java 17+)" >&2; exit 2; }
cargo build --release --quiet
[[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
if [[ "$("$VENV/bin/python" -m pip show pyspark 2>/dev/null | sed -n 's/^Version: //p')" != "$PYSPARK" ]]; then
    "$VENV/bin/python" -m pip install -q "pyspark==$PYSPARK"
fi
# Spark binds to loopback only.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export PYSPARK_PYTHON="$ROOT/$VENV/bin/python"
exec "$VENV/bin/python" examples/spark_pipe.py "$@"
