#!/usr/bin/python3
"""The Monte Carlo of `aisov-cli score --uncertainty` written in numpy, timed
side by side with the real command (issue 18, docs/performance.md).

    tests/benchmarks/monte_carlo_numpy.py --cli build/src/cli/aisov-cli \
        [--draws 10000] [--profiles 200] [--runs 11]

makes 200 synthetic profiles over the default methodology
(data/methodology/ai-sovereignty.json), then runs, alternately, the whole CLI
command (a process: reading, scoring, the draws, percentiles, rank
frequencies, JSON output) and the numpy peer (in this process, from arrays
already loaded: only the computation is timed, which favours numpy), and
prints the medians and their ratio. `--check` compares the peer's p5/p50/p95
with the CLI's: the two use different random streams, so they agree within
Monte Carlo error, not bit for bit.

The peer is what a careful analyst would write: every draw of a chunk at
once as arrays (no Python loop over draws, profiles or values), float64,
numpy's default Generator (PCG64, ziggurat normals, Marsaglia-Tsang gammas),
one `exp` for the multiplicative noise of linear values, a matrix product for
the weighted means, `log` only for the geometric draws, `np.percentile`
(linear, type 7, as the C++) and ranks by one `argsort` per chunk. Chunks of
draws keep the working set in the cache; the chunk size was tuned (see
--chunk).
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
METHODOLOGY = os.path.join(ROOT, "data", "methodology", "ai-sovereignty.json")

SIGMA = {"high": 0.05, "medium": 0.15, "low": 0.30}  # UncertaintyOptions defaults
CONCENTRATION = 100.0


def synthetic_profiles(methodology, count, seed=42):
    """`count` countries over `methodology`: values spread over and around
    the goalposts, some below the low one, a few known zeros on log-floor indicators, about 5% of the
    values missing, mixed confidence. Deterministic."""
    rng = np.random.default_rng(seed)
    confidences = ["high", "medium", "low"]
    profiles = []
    for p in range(count):
        values = []
        for i, indicator in enumerate(methodology["indicators"]):
            if rng.random() < 0.05:
                continue  # missing: reweighted away
            low, high = indicator["goalposts"]
            if indicator["transform"] == "log":
                u = rng.uniform(-0.1, 1.0)  # some below the low goalpost: clamped to 0
                if "log_floor" in indicator and rng.random() < 0.15:
                    value = 0.0  # a known zero: exact, no noise
                else:
                    value = low * (high / low) ** u
            else:
                value = low + rng.uniform(0.02, 0.98) * (high - low)  # units bound them
            values.append({"indicator": indicator["id"], "value": float(value),
                           "year": 2024, "source": "synthetic benchmark data",
                           "confidence": confidences[(p + i) % 3]})
        code = "".join(chr(65 + (p // 26 ** d) % 26) for d in (2, 1, 0))  # AAA, AAB, ...
        profiles.append({"code": code, "name": "Country %d" % p,
                         "kind": "country", "values": values})
    return {"format": "aisov.profiles/1", "profiles": profiles}


class Model:
    """Everything that does not change between draws, as arrays
    (profiles x indicators), the same folding as the C++ model."""

    def __init__(self, methodology, profiles):
        indicators = methodology["indicators"]
        pillars = [p["id"] for p in methodology["pillars"]]
        n_ind = len(indicators)
        self.pillar_of = np.array([pillars.index(i["pillar"]) for i in indicators])
        self.pillar_weights = np.array([p["weight"] for p in methodology["pillars"]], float)
        self.indicator_weights = np.array([i["weight"] for i in indicators], float)
        self.geometric_default = methodology["aggregation"]["pillars"] == "geometric"
        assert methodology["aggregation"]["indicators"] == "arithmetic"
        assert methodology["normalization"] == "goalposts"
        assert methodology["missing"] == "reweight"
        n = len(profiles)
        x = np.zeros((n, n_ind))
        present = np.zeros((n, n_ind), bool)
        sigma = np.zeros((n, n_ind))
        index = {ind["id"]: k for k, ind in enumerate(indicators)}
        for p, profile in enumerate(profiles):
            for value in profile["values"]:
                k = index[value["indicator"]]
                x[p, k] = value["value"]
                present[p, k] = True
                sigma[p, k] = SIGMA[value["confidence"]]
        is_log = np.array([i["transform"] == "log" for i in indicators])
        lower = np.array([i["direction"] == "lower" for i in indicators])
        floor = np.array([i.get("log_floor", 0.0) for i in indicators])
        low = np.array([i["goalposts"][0] for i in indicators], float)
        high = np.array([i["goalposts"][1] for i in indicators], float)
        with np.errstate(divide="ignore"):  # np.where evaluates log of linear goalposts too
            low = np.where(is_log, np.log(low), low)
            high = np.where(is_log, np.log(high), high)
        span = high - low
        # A known zero (at or below the log floor) is exact: no noise.
        exact = is_log & (x <= floor) & (floor > 0)
        sigma = np.where(exact | ~present, 0.0, sigma)
        t = np.where(is_log, np.log(np.maximum(x, np.where(floor > 0, floor, 1e-300))), x)
        # normalised = a + k * noise; linear: noise = exp(sigma z) (a factor),
        # log: noise = sigma z (a shift); direction "lower" flips.
        self.a = np.where(is_log, (t - low) / span, -low / span)
        self.k = np.where(is_log, 1.0 / span, x / span)
        self.a = np.where(lower, 1.0 - self.a, self.a)
        self.k = np.where(lower, -self.k, self.k)
        self.is_log = is_log
        self.sigma = sigma
        self.present = present
        # Deterministic presence of each pillar (reweight: a pillar with no
        # present weight has no score and is left out of the overall).
        onehot = np.zeros((n_ind, len(pillars)))
        onehot[np.arange(n_ind), self.pillar_of] = 1.0
        self.onehot = onehot
        present_weight = (present * self.indicator_weights) @ onehot
        self.pillar_present = present_weight > 0  # profiles x pillars
        self.groups = [np.flatnonzero(self.pillar_of == q) for q in range(len(pillars))]


def dirichlet_rows(rng, weights, draws):
    """Dirichlet(kappa w / sum w) per row; weight 0 stays 0 (numpy's
    dirichlet refuses a zero parameter)."""
    out = np.zeros((draws, weights.size))
    positive = weights > 0
    shapes = CONCENTRATION * weights[positive] / weights[positive].sum()
    g = rng.standard_gamma(shapes, size=(draws, shapes.size))
    out[:, positive] = g / g.sum(axis=1, keepdims=True)
    return out


def monte_carlo(model, draws, seed=1, chunk=100):
    """p5, p50, p95 (profiles x 3) and rank frequencies (profiles x ranks)."""
    rng = np.random.default_rng(seed)
    n, n_ind = model.a.shape
    scores = np.empty((n, draws))
    rank_counts = np.zeros(n * n, np.int64)
    # Value noise as in the C++: z from the 1,024 normal quantiles at
    # (j + 1/2) / 1024, by a random index; per confidence class one table of
    # exp(sigma z) (linear values, multiplicative) and one of sigma z (log
    # values, a shift), single precision. A lookup instead of a normal
    # deviate and an exp: the fastest numpy found (ziggurat normals and exp
    # were measured slower).
    from statistics import NormalDist
    quantiles = np.array([NormalDist().inv_cdf((j + 0.5) / 1024) for j in range(1024)])
    sigmas = np.array(sorted(set(SIGMA.values())))
    tables = np.concatenate([np.exp(s * quantiles) for s in sigmas] +
                            [s * quantiles for s in sigmas]).astype(np.float32)
    tables = np.concatenate([tables, np.zeros(1024, np.float32)])  # exact values: 0 shift
    klass = np.searchsorted(sigmas, model.sigma)
    table_of = np.where(model.is_log, 3 + klass, klass)
    exact = model.sigma == 0  # unperturbed (known zero, missing)
    # An exact value: shift 0 with k folded into a (a + k * 0 = a).
    table_of = np.where(exact, 6, table_of)
    a = np.where(exact & ~model.is_log, model.a + model.k, model.a)
    offset = (table_of * 1024).astype(np.uint16)  # n x indicators
    k = model.k
    onehot = model.onehot
    rank_base = np.arange(n)
    for first in range(0, draws, chunk):
        m = min(chunk, draws - first)
        # Weights: Dirichlet over the pillars, then over each pillar's indicators.
        wp = dirichlet_rows(rng, model.pillar_weights, m)  # m x pillars
        wi = np.empty((m, n_ind))
        for group in model.groups:
            wi[:, group] = dirichlet_rows(rng, model.indicator_weights[group], m)
        geometric = rng.random(m) < 0.5  # the aggregation switch
        # Values: normalised = clip(a + k * noise).
        index = rng.integers(0, 1024, (m, n, n_ind), dtype=np.uint16)
        index += offset
        normalized = np.take(tables, index).astype(np.float64)
        normalized *= k
        normalized += a
        np.clip(normalized, 0.0, 1.0, out=normalized)
        # Pillar means, reweighting the missing values away.
        weights = wi[:, None, :] * model.present  # m x n x indicators
        wsum = weights @ onehot  # m x n x pillars
        weights *= normalized
        pillar = weights @ onehot
        pillar /= np.where(wsum > 0, wsum, 1.0)
        # Overall: arithmetic or geometric over the pillars present.
        pw = wp[:, None, :] * model.pillar_present  # m x n x pillars
        pw /= pw.sum(axis=2, keepdims=True)
        overall = np.einsum("dpk,dpk->dp", pillar, pw)
        g_rows = np.flatnonzero(geometric)
        with np.errstate(divide="ignore"):
            logs = np.log(pillar[g_rows])
        logs[pw[g_rows] == 0] = 0.0
        overall[g_rows] = np.exp(np.einsum("dpk,dpk->dp", logs, pw[g_rows]))
        overall *= 100.0
        np.clip(overall, 0.0, 100.0, out=overall)
        scores[:, first:first + m] = overall.T
        # Ranks: stable argsort of -score, ties to the first profile.
        order = np.argsort(-overall, axis=1, kind="stable")  # m x n: profile at rank
        rank_counts += np.bincount((order * n + rank_base).ravel(), minlength=n * n)
    percentiles = np.percentile(scores, [5, 50, 95], axis=1).T
    return percentiles, rank_counts.reshape(n, n) / draws


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(cli, profiles_path, draws):
    """Wall and CPU time (all threads) of the whole command, and its output."""
    cpu = children_cpu()
    start = time.perf_counter()
    out = subprocess.run([cli, "score", "--methodology", METHODOLOGY, "--profiles",
                          profiles_path, "--uncertainty", str(draws), "--format", "json"],
                         check=True, stdout=subprocess.PIPE).stdout
    return time.perf_counter() - start, children_cpu() - cpu, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--draws", type=int, default=10000)
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    with open(METHODOLOGY, encoding="utf-8") as f:
        methodology = json.load(f)
    data = synthetic_profiles(methodology, args.profiles)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "profiles.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
        model = Model(methodology, data["profiles"])
        cli_wall, cli_cpu, numpy_wall, numpy_cpu = [], [], [], []
        for _ in range(args.runs):  # interleaved: both see the same load
            wall, cpu, output = run_cli(args.cli, path, args.draws)
            cli_wall.append(wall)
            cli_cpu.append(cpu)
            cpu = time.process_time()
            start = time.perf_counter()
            percentiles, _ = monte_carlo(model, args.draws, chunk=args.chunk)
            numpy_wall.append(time.perf_counter() - start)
            numpy_cpu.append(time.process_time() - cpu)
    med = statistics.median
    print("draws %d x profiles %d, %d runs each, interleaved; load average %.1f" %
          (args.draws, args.profiles, args.runs, os.getloadavg()[0]))
    print("                                     wall median (min)      CPU median (min)")
    print("aisov-cli score --uncertainty (whole command, %d threads): %7.1f (%7.1f) ms  %7.1f (%7.1f) ms" %
          (os.cpu_count(), 1000 * med(cli_wall), 1000 * min(cli_wall), 1000 * med(cli_cpu),
           1000 * min(cli_cpu)))
    print("numpy peer (computation only, 1 thread):         %7.1f (%7.1f) ms  %7.1f (%7.1f) ms" %
          (1000 * med(numpy_wall), 1000 * min(numpy_wall), 1000 * med(numpy_cpu),
           1000 * min(numpy_cpu)))
    print("ratio numpy / C++: wall medians %.1fx, CPU medians %.1fx" %
          (med(numpy_wall) / med(cli_wall), med(numpy_cpu) / med(cli_cpu)))
    if args.check:
        results = json.loads(output)["results"]
        diffs = np.array([[abs(r["uncertainty"][key] - row[j]) for j, key in
                           enumerate(("p5", "p50", "p95"))]
                          for row, r in zip(percentiles, results)])
        print("|C++ - numpy| of p5, p50, p95 over the profiles: median %.2f, %.0f%% under 1 "
              "point, largest %.1f (a percentile next to an atom of zero scores: a zero "
              "pillar under the geometric draws)" %
              (np.median(diffs), 100 * np.mean(diffs < 1), diffs.max()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
