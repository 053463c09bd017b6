#!/usr/bin/env bash
# Renders the benchmark charts with SurveyCharts (release build of the
# charts-bench package) and the same bar chart with matplotlib.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --package-path bench/charts >/dev/null
"$(swift build -c release --package-path bench/charts --show-bin-path)/charts-bench"
python3 -c 'import matplotlib' 2>/dev/null || python3 -m pip install -q matplotlib
python3 bench/charts/peer_matplotlib.py
