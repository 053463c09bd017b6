"""The same bar chart as main.swift drawn by matplotlib into SVG text, for a
ratio against a widely used chart library. Median of seven runs of 20."""
import io
import statistics
import time

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

labels = [
    "Lehrkräfte mit Anrechnungsstunden",
    "Schulträger (Kreisverwaltung)",
    "Pädagogisches Landesinstitut/\nMedienzentrum",
    "Externer Dienstleister mit\nWartungsvertrag",
    "Eltern oder Fördervereine",
    "Niemand",
]
values = [64.7, 47.1, 29.4, 17.6, 0, 5.9]


def render():
    fig, ax = plt.subplots(figsize=(6.4, 3.0))
    bars = ax.barh(labels[::-1], values[::-1], color="#0072b2")
    ax.bar_label(bars, labels=[f"{v:.1f} %".replace(".", ",") for v in values[::-1]], padding=3)
    ax.set_title("Wer unterstützt die Schule bei der Wartung der IT-Ausstattung?")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    plt.close(fig)
    return len(buffer.getvalue())


runs = []
for _ in range(7):
    start = time.perf_counter()
    size = sum(render() for _ in range(20))
    runs.append((time.perf_counter() - start) / 20)
print(f"matplotlib {matplotlib.__version__} bars (6 rows): median {statistics.median(runs):.6f} seconds per chart ({size // 20} bytes)")
