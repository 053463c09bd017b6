#!/usr/bin/env bash
# Renders the benchmark charts with SurveyCharts (release build of the module's
# sources with a small driver) and the same bar chart with matplotlib.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
swiftc -O -swift-version 6 $(find Sources/SurveyCharts -name '*.swift') bench/charts/main.swift -o "$build/chartbench" -lm
"$build/chartbench"
python3 -c 'import matplotlib' 2>/dev/null || python3 -m pip install -q matplotlib
python3 bench/charts/peer_matplotlib.py
