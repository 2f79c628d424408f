#!/usr/bin/env python3
"""Derive per-country TOP500 figures from the raw TOP500 list export.

Reads the semicolon-separated TOP500 list (as exported by top500.org: decimal
commas, spaces as thousands separators, UTF-8 with BOM) and prints, per
country, the number of systems and the share of the list's total Rmax (%).

Usage:
    tools/top500_shares.py /work/shared/data-raw/TOP500_202506.csv [--format table|csv|json]

The ISO 3166-1 alpha-3 codes are mapped from the list's country names; a
country name without a mapping is an error, so that no system is silently
dropped. Shares are rounded to 3 decimals (the smallest system of the June
2025 list holds about 0.017 % of the total).
"""

import argparse
import csv
import json
import sys
from collections import OrderedDict

ISO3 = {
    "Argentina": "ARG", "Australia": "AUS", "Austria": "AUT", "Belgium": "BEL",
    "Brazil": "BRA", "Bulgaria": "BGR", "Canada": "CAN", "China": "CHN",
    "Croatia": "HRV", "Cyprus": "CYP", "Czechia": "CZE", "Czech Republic": "CZE",
    "Denmark": "DNK", "Estonia": "EST", "Finland": "FIN", "France": "FRA",
    "Germany": "DEU", "Greece": "GRC", "Hong Kong": "HKG", "Hungary": "HUN",
    "Iceland": "ISL", "India": "IND", "Ireland": "IRL", "Israel": "ISR",
    "Italy": "ITA", "Japan": "JPN", "Latvia": "LVA", "Lithuania": "LTU",
    "Luxembourg": "LUX", "Malta": "MLT", "Morocco": "MAR", "Netherlands": "NLD",
    "Norway": "NOR", "Poland": "POL", "Portugal": "PRT", "Romania": "ROU",
    "Russia": "RUS", "Saudi Arabia": "SAU", "Singapore": "SGP",
    "Slovakia": "SVK", "Slovenia": "SVN", "South Korea": "KOR",
    "Korea, South": "KOR", "Spain": "ESP", "Sweden": "SWE",
    "Switzerland": "CHE", "Taiwan": "TWN", "Thailand": "THA", "Turkey": "TUR",
    "United Arab Emirates": "ARE", "United Kingdom": "GBR",
    "United States": "USA", "Vietnam": "VNM",
}

EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
        "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD",
        "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]


def parse_number(text):
    """'1 742 000,00' -> 1742000.0 (spaces and no-break spaces as thousands separators)."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    return float(cleaned)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv_file")
    parser.add_argument("--format", choices=["table", "csv", "json"], default="table")
    args = parser.parse_args()

    with open(args.csv_file, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))

    total = 0.0
    per_country = OrderedDict()
    for row in rows:
        name = row["Country"].strip()
        if name not in ISO3:
            sys.exit(f"{args.csv_file}: rank {row['Rank']}: no ISO code for country '{name}'")
        rmax = parse_number(row["Rmax [TFlop/s]"])
        total += rmax
        entry = per_country.setdefault(ISO3[name], {"name": name, "systems": 0, "rmax": 0.0})
        entry["systems"] += 1
        entry["rmax"] += rmax

    eu = {"name": "EU27 (sum of members)", "systems": 0, "rmax": 0.0}
    for code in EU27:
        if code in per_country:
            eu["systems"] += per_country[code]["systems"]
            eu["rmax"] += per_country[code]["rmax"]
    per_country["EU27"] = eu

    result = []
    for code, entry in sorted(per_country.items(), key=lambda kv: -kv[1]["rmax"]):
        result.append({
            "code": code,
            "name": entry["name"],
            "systems": entry["systems"],
            "rmax_tflops": round(entry["rmax"], 2),
            "share_percent": round(100.0 * entry["rmax"] / total, 3),
        })

    if args.format == "json":
        json.dump({"systems": len(rows), "total_rmax_tflops": round(total, 2),
                   "countries": result}, sys.stdout, indent=2)
        print()
    elif args.format == "csv":
        print("code,name,systems,rmax_tflops,share_percent")
        for r in result:
            print(f"{r['code']},{r['name']},{r['systems']},{r['rmax_tflops']},{r['share_percent']}")
    else:
        print(f"{len(rows)} systems, total Rmax {total:,.2f} TFlop/s")
        print(f"{'code':6} {'country':24} {'systems':>7} {'share %':>8}")
        for r in result:
            print(f"{r['code']:6} {r['name']:24} {r['systems']:7d} {r['share_percent']:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
