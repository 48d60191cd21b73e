#!/usr/bin/env python3
"""The design sweep's per-design arithmetic in vectorised NumPy: the peer the Java evaluator is
measured against in benchmarks/peers/side-by-side.sh (not run by CI).

It takes as given what Java computes that is not per-design arithmetic (the built fabrics, the
catalog parameters, the swept axes), written by `Peers export GRID plan.json`, and mirrors
DesignKernel.evaluate operation for operation, in the same order, so the doubles agree.

  sweep_numpy.py validate PLAN.json JAVA.csv   check every numeric result column of a Java sweep
                                                CSV of the same grid; exit 1 on any difference
  sweep_numpy.py throughput PLAN.json SECONDS [DESIGNS_PER_CHUNK]
                                                designs/s over every design of the plan, one thread,
                                                in chunks (default 16384: the fastest measured)
  sweep_numpy.py memcopy MIB                    memory-copy bound: GB/s of np.copyto on MIB MiB

Only NumPy is needed (Debian: python3-numpy).
"""
import csv
import ctypes
import json
import sys
import time

import numpy as np

# DesignKernel parameter slots and outputs: checked against the exported PARAMS/OUTPUTS counts.
P_PORT_GBPS, P_SWITCH_PORT_W, P_HOST_PORT_W, P_LASERS_PER_PORT, P_PORTS_PER_LASER_MODULE = 0, 1, 2, 3, 4
P_EDGE_GBPS_PER_MM, P_LATENCY_NS, P_COST_PER_PORT_USD, P_LASER_W, P_ENGINE_GBPS, P_FAUS_PER_ENGINE = 5, 6, 7, 8, 9, 10
(SWITCH_OPTICS_W, HOST_OPTICS_W, SWITCH_BASE_W, NETWORK_W, PJ_PER_BIT, OPTICS_PJ_PER_BIT, LASERS, LASER_MODULES,
 EDGE_MM, LATENCY_NS, CAPEX_USD, SAVED_W, EXTRA_ACCELERATORS, SWITCH_CAPEX_USD, SWITCH_PORT_W, HOST_PORT_W, LASER_W,
 ENGINES, FAUS, SWITCH_PORTS, HOST_MODULES, OPTICS_W, SCALE_UP_ENDS, SCALE_UP_OPTICS_W, SCALE_UP_ENGINES,
 SCALE_UP_SWITCH_W, SCALE_UP_CAPEX_USD, ENDS_PER_ACCELERATOR, ENGINES_PER_ACCELERATOR, LASERS_PER_ACCELERATOR,
 LASER_MODULES_PER_ACCELERATOR, OPTICS_W_PER_ACCELERATOR) = range(32)
OUTPUTS = 32
PARAMS = 11


def keep_freed_arrays():
    """Every NumPy temporary of a chunk is a fresh array of hundreds of KB, which glibc maps and
    unmaps each time: measured 5-10x slower than keeping them in the heap (mallopt, as the env
    MALLOC_MMAP_THRESHOLD_ would). The peer should be NumPy at its best, so it does this."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 1 << 30)   # M_MMAP_THRESHOLD
        libc.mallopt(-1, (1 << 31) - 1)   # M_TRIM_THRESHOLD
        return True
    except (OSError, AttributeError):
        return False


class Plan:
    """The exported plan as NumPy arrays, plus the per-combination parameter table."""

    def __init__(self, path):
        with open(path) as fh:
            d = json.load(fh)
        if d["PARAMS"] != PARAMS or d["OUTPUTS"] != OUTPUTS:
            sys.exit(f"sweep_numpy.py: {path} has {d['PARAMS']} parameters and {d['OUTPUTS']} outputs, this mirror "
                     f"knows {PARAMS} and {OUTPUTS}: update the slot list from DesignKernel.java")
        self.d = d
        self.archs = len(d["architectures"])
        self.combos = d["combinations"]
        self.wpa = float(d["wattsPerAccelerator"])
        self.host_side = np.array(d["hostSideOf"], dtype=np.int64)
        fb = d["fabrics"]
        self.fabrics = fb["count"]
        self.endpoints = np.array(fb["endpoints"], dtype=np.int64)
        self.port = np.array(fb["portGbps"], dtype=np.float64)
        self.switch_index = np.array(fb["switchIndex"], dtype=np.int64)
        self.tier_count = np.array(fb["tierCount"], dtype=np.int64)
        self.host_optical = np.array(fb["hostLinkOptical"], dtype=bool)
        self.tier_ends = np.array(fb["tierEnds"], dtype=np.int64).reshape(self.fabrics, 3)
        self.host_modules = np.array(fb["hostModules"], dtype=np.int64)
        self.switch_count = np.array(fb["switchCount"], dtype=np.int64)
        self.accelerators = np.array(fb["accelerators"], dtype=np.int64)
        su_n = d["scaleUpIndex"]["VALUES"]
        self.scale_up = np.array(fb["scaleUp"], dtype=np.float64).reshape(self.fabrics, su_n)
        self.su = d["scaleUpIndex"]
        # The swept axes applied to every combination once (as SweepPlan.parameters does per group):
        # combos x paramBlocks x PARAMS, and combos x switches.
        blocks = d["paramBlocks"]
        base = np.array(d["baseParams"], dtype=np.float64).reshape(blocks, PARAMS)
        self.combo_params = np.broadcast_to(base, (self.combos, blocks, PARAMS)).copy()
        sw = np.array(d["switchBaseW"], dtype=np.float64)
        self.combo_switch_w = np.broadcast_to(sw, (self.combos, len(sw))).copy()
        combo = np.arange(self.combos, dtype=np.int64)
        stride = 1
        for ax in reversed(d["axes"]):
            values = np.array(ax["values"], dtype=np.float64)
            v = values[(combo // stride) % len(values)]
            if ax["architecture"] >= 0:
                self.combo_params[:, ax["architecture"], ax["slot"]] = v
            else:
                self.combo_switch_w[:, ax["switch"]] = v
            stride *= len(values)
        # Parameter-major copy, so each figure of a chunk is one contiguous gather.
        # Architectures x groups, not groups x architectures: NumPy's inner loops then run over the
        # long axis (groups) instead of 4 or 5 architectures, about 10x faster.
        self.params_t = np.ascontiguousarray(self.combo_params.transpose(2, 1, 0))   # PARAMS x blocks x combos
        self.groups = self.fabrics * self.combos
        self.designs = self.groups * self.archs


def scale_watts(w, from_gbps, to_gbps):
    # Units.scaleWattsToSpeed: wattsAt(picojoulesPerBit(w, from), to), in that order.
    return (w / from_gbps * 1000.0) * to_gbps / 1000.0


def evaluate(plan, g0, g1, out):
    """Groups [g0, g1) into out[OUTPUTS, architectures, groups]; mirrors DesignKernel.evaluate."""
    g = np.arange(g0, g1, dtype=np.int64)
    f = g // plan.combos
    combo = g - f * plan.combos
    P = plan.params_t[:, :, combo]                      # PARAMS x blocks x groups
    p = P[:, :plan.archs]                               # each figure: architectures x groups
    h = P[:, plan.host_side]
    port = plan.port[f]
    a_gbps = p[P_PORT_GBPS]
    h_gbps = h[P_PORT_GBPS]
    speed = port / a_gbps
    host_speed = port / h_gbps
    switch_w = scale_watts(p[P_SWITCH_PORT_W], a_gbps, port)
    host_w = scale_watts(h[P_HOST_PORT_W], h_gbps, port)
    switch_cost = p[P_COST_PER_PORT_USD] * speed
    host_cost = h[P_COST_PER_PORT_USD] * host_speed
    switch_lasers_pp = p[P_LASERS_PER_PORT] * speed
    switch_ppm = p[P_PORTS_PER_LASER_MODULE] / speed
    switch_engine_gbps = p[P_ENGINE_GBPS]
    switch_faus = p[P_FAUS_PER_ENGINE]

    shape = switch_w.shape
    switch_ports = np.zeros(shape[1], dtype=np.int64)
    lasers = np.zeros(shape)
    modules = np.zeros(shape)
    engines = np.zeros(shape)
    faus = np.zeros(shape)
    # Tiers above a fabric's count hold 0 ends, which add exact zeros: no mask needed.
    for t in range(3):
        ends = plan.tier_ends[f, t]
        switch_ports = switch_ports + ends
        lasers += np.floor(ends * switch_lasers_pp + 0.5)
        modules += np.where(switch_ppm > 0, np.ceil(ends / switch_ppm - 1e-9), 0.0)
        e = np.where(ends == 0, 0.0, np.ceil(ends / (switch_engine_gbps / port) - 1e-9))
        engines += e
        faus += np.ceil(e * switch_faus - 1e-9)
    host_modules = plan.host_modules[f]
    lasers += np.floor(host_modules * (h[P_LASERS_PER_PORT] * host_speed) + 0.5)
    host_ppm = h[P_PORTS_PER_LASER_MODULE] / host_speed
    modules += np.where(host_ppm > 0, np.ceil(host_modules / host_ppm - 1e-9), 0.0)
    host_engines = np.where(host_modules == 0, 0.0, np.ceil(host_modules / (h[P_ENGINE_GBPS] / port) - 1e-9))
    engines += host_engines
    faus += np.ceil(host_engines * h[P_FAUS_PER_ENGINE] - 1e-9)

    switch_optics_w = switch_ports * switch_w
    host_optics_w = host_modules * host_w
    base_w = (plan.switch_count[f] * plan.combo_switch_w[combo, plan.switch_index[f]])
    network_w = switch_optics_w + host_optics_w + base_w
    laser_w = (switch_ports * scale_watts(p[P_LASER_W], a_gbps, port)
               + host_modules * scale_watts(h[P_LASER_W], h_gbps, port))
    latency_a = p[P_LATENCY_NS]
    host_link_latency = np.where(plan.host_optical[f], latency_a + h[P_LATENCY_NS], 0.0)
    switch_capex = switch_ports * switch_cost
    saved = network_w[:1] - network_w
    saved[0] = 0.0                                   # the baseline saves nothing against itself
    injection = (plan.endpoints[f] * plan.port[f])
    tiers = plan.tier_count[f]
    su = plan.scale_up[f]
    n = plan.accelerators[f].astype(np.float64)
    optics_w = switch_optics_w + host_optics_w

    out[SWITCH_OPTICS_W] = switch_optics_w
    out[HOST_OPTICS_W] = host_optics_w
    out[SWITCH_BASE_W] = base_w
    out[NETWORK_W] = network_w
    out[PJ_PER_BIT] = network_w / injection * 1000.0
    out[OPTICS_PJ_PER_BIT] = optics_w / injection * 1000.0
    out[LASERS] = lasers
    out[LASER_MODULES] = modules
    out[EDGE_MM] = switch_ports * port / p[P_EDGE_GBPS_PER_MM]
    out[LATENCY_NS] = 2 * host_link_latency + 2.0 * (tiers - 1) * 2 * latency_a
    out[CAPEX_USD] = switch_capex + host_modules * host_cost
    out[SAVED_W] = saved
    if plan.wpa > 0:
        out[EXTRA_ACCELERATORS] = np.where(saved <= 0, 0.0, np.floor(saved / plan.wpa))
    else:
        out[EXTRA_ACCELERATORS] = -1.0
    out[SWITCH_CAPEX_USD] = switch_capex
    out[SWITCH_PORT_W] = switch_w
    out[HOST_PORT_W] = host_w
    out[LASER_W] = laser_w
    out[ENGINES] = engines
    out[FAUS] = faus
    out[SWITCH_PORTS] = switch_ports
    out[HOST_MODULES] = host_modules
    out[OPTICS_W] = optics_w
    out[SCALE_UP_ENDS] = su[:, plan.su["ENDS"]]
    out[SCALE_UP_OPTICS_W] = su[:, plan.su["OPTICS_W"]]
    out[SCALE_UP_ENGINES] = su[:, plan.su["ENGINES"]]
    out[SCALE_UP_SWITCH_W] = su[:, plan.su["SWITCH_W"]]
    out[SCALE_UP_CAPEX_USD] = su[:, plan.su["CAPEX_USD"]]
    out[ENDS_PER_ACCELERATOR] = ((switch_ports + host_modules) + su[:, plan.su["ENDS"]]) / n
    out[ENGINES_PER_ACCELERATOR] = (engines + su[:, plan.su["ENGINES"]]) / n
    out[LASERS_PER_ACCELERATOR] = (lasers + su[:, plan.su["LASERS"]]) / n
    out[LASER_MODULES_PER_ACCELERATOR] = (modules + su[:, plan.su["LASER_MODULES"]]) / n
    out[OPTICS_W_PER_ACCELERATOR] = (optics_w + su[:, plan.su["OPTICS_W"]]) / n


def chunk_groups(plan, designs_per_chunk):
    return max(1, designs_per_chunk // plan.archs)


def validate(plan_path, csv_path):
    plan = Plan(plan_path)
    out = np.empty((OUTPUTS, plan.archs, plan.groups))
    with np.errstate(divide="ignore", invalid="ignore"):
        evaluate(plan, 0, plan.groups, out)
    rows = out.transpose(2, 1, 0).reshape(plan.designs, OUTPUTS)
    cols = plan.d["resultColumns"]
    with open(csv_path, newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        where = {name: i for i, name in enumerate(header)}
        missing = [c["column"] for c in cols if c["column"] not in where]
        if missing:
            sys.exit(f"sweep_numpy.py: {csv_path} has no column(s) {missing}; is it a sweep CSV of grid "
                     f"{plan.d['grid']}?")
        worst, worst_at, bad, n = 0.0, None, 0, 0
        for r, row in enumerate(reader):
            if r >= plan.designs:
                sys.exit(f"sweep_numpy.py: {csv_path} has more rows than the plan's {plan.designs}: another grid?")
            for c in cols:
                text = row[where[c["column"]]]
                want = rows[r, c["slot"]] * c["factor"]
                if text == "":
                    got = -1.0 if c["optional"] else float("nan")
                else:
                    got = float(text)
                # Java rounds to 1e-6 of the unit; a rel. 1e-12 term covers the last bit of values above 1e6.
                diff = abs(got - want)
                if not diff <= 1e-6 + 1e-12 * abs(want):
                    bad += 1
                    if bad <= 5:
                        print(f"  row {r} {c['column']}: Java {text!r}, NumPy {want!r} (diff {diff:g})")
                if diff > worst:
                    worst, worst_at = diff, (r, c["column"])
            n += 1
    if n != plan.designs:
        sys.exit(f"sweep_numpy.py: {csv_path} has {n} rows, the plan {plan.designs}: a cancelled or other sweep?")
    checked = n * len(cols)
    if bad:
        print(f"FAIL: {bad} of {checked} values differ by more than 1e-6 (worst {worst:g} at {worst_at})")
        sys.exit(1)
    print(f"ok: {n} rows x {len(cols)} numeric columns of {plan.d['grid']} equal within 1e-6 "
          f"(largest difference {worst:g})")


def throughput(plan_path, seconds, designs_per_chunk):
    tuned = keep_freed_arrays()
    plan = Plan(plan_path)
    per = chunk_groups(plan, designs_per_chunk)
    out = np.empty((OUTPUTS, plan.archs, per))
    check = 0.0

    def one_pass():
        s = 0.0
        for g0 in range(0, plan.groups, per):
            g1 = min(plan.groups, g0 + per)
            o = out[:, :, :g1 - g0]
            evaluate(plan, g0, g1, o)
            s += o[NETWORK_W, -1, -1]
        return s

    with np.errstate(divide="ignore", invalid="ignore"):
        check += one_pass()                           # warm-up: page in the arrays
        rates = []
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or len(rates) < 2:
            t0 = time.perf_counter()
            check += one_pass()
            rates.append(plan.designs / (time.perf_counter() - t0))
    rates.sort()
    print(f"designs={plan.designs} passes={len(rates)} best_designs_per_s={rates[-1]:.0f} "
          f"median_designs_per_s={rates[len(rates) // 2]:.0f} chunk_designs={per * plan.archs} "
          f"malloc_tuned={tuned} numpy={np.__version__} check={'ok' if np.isfinite(check) else 'nan'}")


def memcopy(mib):
    n = mib * (1 << 20) // 8
    a = np.ones(n)
    b = np.zeros(n)                                  # touched once so page faults are not timed
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        np.copyto(b, a)
        best = min(best, time.perf_counter() - t0)
    print(f"bytes={n * 8} best_s={best:.4f} copy_gb_per_s={n * 8 / best / 1e9:.2f}")


def main(argv):
    if len(argv) == 3 and argv[0] == "validate":
        validate(argv[1], argv[2])
    elif len(argv) in (3, 4) and argv[0] == "throughput":
        throughput(argv[1], float(argv[2]), int(argv[3]) if len(argv) == 4 else 1 << 14)
    elif len(argv) == 2 and argv[0] == "memcopy":
        memcopy(int(argv[1]))
    else:
        sys.exit(f"usage: {__doc__}\ngot: {argv}")


if __name__ == "__main__":
    main(sys.argv[1:])
