#!/usr/bin/env python3
"""Assemble data/profiles/bundled-profiles.json from sourced figures.

Every figure below was read in a named publication (see docs/data-sources.md);
TOP500 figures are derived from the raw list by tools/top500_shares.py, and
the web-language shares are summed from the Common Crawl language table
(CC-MAIN-2024-42). Figures read in stored copies of public datasets (World
Bank WDI, Eurostat, Our World in Data, Oxford Insights, Epoch AI, ...) live
in tools/figures/*.json, one file per source family, each value with its
source, url, year, confidence and where exactly it was read. Nothing here is
estimated: a figure that could not be sourced is simply absent, and the
engine reports the coverage.

Usage:
    tools/build_bundled_profiles.py [--top500 CSV] [--out FILE]
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_TOP500 = "/work/shared/data-raw/TOP500_202506.csv"

EU27 = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA",
        "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD",
        "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"]

NAMES = {
    "USA": "United States", "CHN": "China", "EU27": "European Union (EU-27)",
    "CHE": "Switzerland", "DEU": "Germany", "FRA": "France", "GBR": "United Kingdom",
    "JPN": "Japan", "KOR": "Republic of Korea", "IND": "India", "CAN": "Canada",
    "ISR": "Israel", "SGP": "Singapore", "ARE": "United Arab Emirates", "TWN": "Taiwan",
    "AUT": "Austria", "BEL": "Belgium", "BGR": "Bulgaria", "HRV": "Croatia",
    "CYP": "Cyprus", "CZE": "Czechia", "DNK": "Denmark", "EST": "Estonia",
    "FIN": "Finland", "GRC": "Greece", "HUN": "Hungary", "IRL": "Ireland",
    "ITA": "Italy", "LVA": "Latvia", "LTU": "Lithuania", "LUX": "Luxembourg",
    "MLT": "Malta", "NLD": "Netherlands", "POL": "Poland", "PRT": "Portugal",
    "ROU": "Romania", "SVK": "Slovakia", "SVN": "Slovenia", "ESP": "Spain",
    "SWE": "Sweden",
}
MAIN = ["USA", "CHN", "EU27", "CHE", "DEU", "FRA", "GBR", "JPN", "KOR", "IND",
        "CAN", "ISR", "SGP", "ARE", "TWN"]

# --- population and GDP -------------------------------------------------------
# Filled from tools/figures/*.json (World Bank GDP, UN population via OWID);
# see docs/data-sources.md. The profile format keeps no provenance for these two
# fields, so docs/data-sources.md is where their sources are written down.
POPULATION = {}
GDP_USD = {}

# --- sources ----------------------------------------------------------------------
S = {
    "top500": ("TOP500, June 2025 list (country column; shares of total Rmax derived with tools/top500_shares.py)",
               "https://top500.org/lists/top500/2025/06/"),
    "sia_adv": ("SIA/BCG, Emerging Resilience in the Semiconductor Supply Chain (May 2024), share of advanced logic (<10 nm) capacity 2022",
                "https://www.bcg.com/publications/2024/emerging-resilience-in-semiconductor-supply-chain"),
    "semi_fab": ("SEMI World Fab Forecast (Jan 2024 release): projected share of world semiconductor capacity (wafers per month, 200 mm equivalent), end-2024",
                 "https://asiatimes.com/2024/01/balance-of-chip-power-still-tilts-toward-asia/"),
    "cc": ("Common Crawl statistics, plots/languages.csv, crawl CC-MAIN-2024-42 (% of pages by primary language)",
           "https://github.com/commoncrawl/cc-crawl-statistics/blob/master/plots/languages.csv"),
    "aiindex": ("Stanford HAI, AI Index Report 2025, chapter 1, number of notable AI models by organisation's country, 2024 (Epoch AI data)",
                "https://hai.stanford.edu/ai-index/2025-ai-index-report"),
    "oxford_ea": ("Oxford Insights, Government AI Readiness Index 2024, overall score (East Asia table as reproduced by Databoks)",
                  "https://databoks.katadata.co.id/en/technology-telecommunications/statistics/68c393784ecac/singapore-the-most-ai-ready-east-asian-nation"),
}

V = {}  # code -> list of values


def add(code, indicator, value, year, src, confidence, note=""):
    source, url = S[src] if isinstance(src, str) else src
    V.setdefault(code, []).append({
        "indicator": indicator, "value": value, "year": year, "source": source,
        "url": url, "confidence": confidence, "note": note})


# --- compute ----------------------------------------------------------------------
def add_top500(csv_path):
    out = subprocess.run([sys.executable, os.path.join(HERE, "top500_shares.py"), csv_path,
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    for row in data["countries"]:
        code = row["code"]
        if code not in NAMES:
            continue
        note = f"{row['systems']} systems, {row['rmax_tflops']:.0f} TFlop/s of {data['total_rmax_tflops']:.0f} TFlop/s total Rmax."
        if code == "EU27":
            note = "Sum over the 27 member states' systems. " + note
        conf = "high"
        if code == "CHN":
            note += (" China has stopped submitting most of its new systems to TOP500 since about 2019,"
                     " so this understates its capacity considerably.")
            conf = "low"
        add(code, "top500_share", row["share_percent"], 2025, "top500", conf, note)
        add(code, "top500_systems", row["systems"], 2025, "top500", conf,
            "Systems located in the country." + (" Under-reported, see top500_share." if code == "CHN" else ""))


# --- infrastructure ---------------------------------------------------------------
# One edition for every fab share: SEMI World Fab Forecast, Jan 2024 release,
# projected end-2024 (China, Taiwan, Korea, Japan are in tools/figures/ai_indices.json).
# The ESIA/SEMI 2020-21 figures for Europe and Singapore were another series and
# edition; SEMI 2024 gives only "Europe and Middle East" and "Southeast Asia",
# which are not EU27 or Singapore, so those two stay missing.
add("USA", "fab_capacity_share", 10, 2024, "semi_fab", "medium",
    "SEMI chart 'Share of projected semiconductor production capacity, 2024': Americas 10; Asia Times (5 Jan 2024): "
    "'America's remains slightly below 10%'. The Americas figure is taken for the US, which holds nearly all of the region's fabs.")
add("USA", "advanced_logic_share", 0, 2022, "sia_adv", "high", "The report projects the US share of sub-10 nm logic to rise 'from 0% in 2022' to 28% by 2032.")

# --- data -------------------------------------------------------------------------------
# Common Crawl CC-MAIN-2024-42, % of pages per ISO 639-3 language (read from the table).
CC = {"eng": 43.4241, "deu": 5.3038, "jpn": 5.0419, "zho": 4.8129, "fra": 4.3960,
      "spa": 4.5387, "ita": 2.5282, "por": 2.3146, "nld": 1.8145, "pol": 1.8065,
      "ces": 1.0630, "kor": 0.7388, "ara": 0.6709, "swe": 0.6649, "ron": 0.5978,
      "ell": 0.5728, "hun": 0.5649, "dan": 0.4640, "slk": 0.3705, "fin": 0.3444,
      "bul": 0.2992, "heb": 0.2473, "hrv": 0.2149, "hin": 0.2089, "lit": 0.1668,
      "slv": 0.1558, "est": 0.1326, "lav": 0.0942, "msa": 0.0787, "mlt": 0.0049,
      "gle": 0.0071, "ltz": 0.0040}
LANGS = {
    "USA": (["eng"], ""), "GBR": (["eng"], ""), "CAN": (["eng", "fra"], ""),
    "CHN": (["zho"], "Chinese pages in simplified and traditional script together; Taiwan's pages are in the same count."),
    "TWN": (["zho"], "Chinese in any script; the same pages count for China."),
    "JPN": (["jpn"], ""), "KOR": (["kor"], ""), "DEU": (["deu"], ""), "FRA": (["fra"], ""),
    "CHE": (["deu", "fra", "ita"], "German, French and Italian (Romansh is official too but below the 5% rule)."),
    "IND": (["hin"], "Hindi only: English is an official language but the first language of well under 5% of the population."),
    "ISR": (["heb"], "Hebrew, the official language since the 2018 Basic Law (Arabic has a special status)."),
    "SGP": (["eng", "zho", "msa"], "English, Mandarin Chinese and Malay (Tamil, official too, is the home language of under 5%)."),
    "ARE": (["ara"], "Arabic, the official language; English is widely used but not official."),
    "AUT": (["deu"], ""), "BEL": (["nld", "fra", "deu"], ""), "BGR": (["bul"], ""), "HRV": (["hrv"], ""),
    "CYP": (["ell"], "Greek; Turkish is co-official but spoken mainly in the north, outside effective government control."),
    "CZE": (["ces"], ""), "DNK": (["dan"], ""), "EST": (["est"], ""), "FIN": (["fin", "swe"], ""),
    "GRC": (["ell"], ""), "HUN": (["hun"], ""),
    "IRL": (["eng"], "English; Irish is the first official language but the daily language of well under 5%."),
    "ITA": (["ita"], ""), "LVA": (["lav"], ""), "LTU": (["lit"], ""), "LUX": (["ltz", "fra", "deu"], ""),
    "MLT": (["mlt"], "Maltese; English is co-official but the first language of under 5%."),
    "NLD": (["nld"], ""), "POL": (["pol"], ""), "PRT": (["por"], "Portuguese pages from Brazil count too."),
    "ROU": (["ron"], ""), "SVK": (["slk"], ""), "SVN": (["slv"], ""), "ESP": (["spa"], "Spanish pages from Latin America count too."),
    "SWE": (["swe"], ""),
    "EU27": (["bul", "hrv", "ces", "dan", "nld", "est", "fin", "fra", "deu", "ell", "hun", "gle",
              "ita", "lav", "lit", "mlt", "pol", "por", "ron", "slk", "slv", "spa", "swe"],
             "The 23 official EU languages other than English: English is official but the first language of under 2% of EU citizens (Ireland, Malta)."),
}


def add_web_languages():
    for code, (langs, extra) in LANGS.items():
        total = round(sum(CC[lang] for lang in langs), 4)
        note = "Sum of " + "+".join(langs) + " (ISO 639-3). " + extra
        add(code, "web_language_share", total, 2024, "cc", "medium" if len(langs) > 1 else "high", note.strip())


# --- talent -------------------------------------------------------------------------------
add("USA", "notable_ai_models", 40, 2024, "aiindex", "high", "40 notable models from US-based organisations in 2024.")
add("CHN", "notable_ai_models", 15, 2024, "aiindex", "high", "15 notable models from China-based organisations in 2024.")
add("EU27", "notable_ai_models", 3, 2024, "aiindex", "medium", "'Europe' produced 3 notable models in 2024 (all three by France's Mistral AI).")
add("FRA", "notable_ai_models", 3, 2024, "aiindex", "medium", "Mistral AI, with three notable models in 2024.")


# --- regulation -----------------------------------------------------------------------------
for code, val in (("SGP", 84.25), ("KOR", 79.98), ("JPN", 75.75), ("TWN", 74.58), ("CHN", 72.01)):
    add(code, "gov_ai_readiness", val, 2024, "oxford_ea", "high", "Exact score from the index's East Asia table.")

# --- the regulatory-autonomy rubric (docs/methodology.md) ---------------------
# Each test is a yes/no a reader can check in the law cited; the score is the
# sum of the points of the tests passed, so every profile follows one rule.
RUBRIC = (
    ("A", 2, "an own data-protection law covering the private sector is in force"),
    ("B", 2, "an authority of its own enforces it with binding orders or fines"),
    ("C", 1, "an AI-specific statute or binding AI regulation of its own is enacted"),
    ("D", 1, "binding AI-specific obligations with penalties are in force"),
    ("E", 2, "the main cloud and AI-model providers used at home are under its own jurisdiction"),
    ("F", 1, "export controls on AI chips, chip-making tools or model weights that bind foreign firms abroad"),
    ("G", 1, "its AI or data-protection law is copied by other jurisdictions (a 'Brussels effect')"),
)
UNION_DISCOUNT = 2  # member of a rule-setting union: the union's score minus 2

# code -> (law cited, url, tests passed, why)
LAW = {
    "USA": ("Export Administration Regulations (15 CFR 730-774), incl. the 2022-2025 advanced-computing and AI-chip export controls; FTC Act s.5; state privacy laws (e.g. California CCPA/CPRA)",
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C", "ABEF",
            "A: sectoral federal laws and state privacy laws (CCPA/CPRA); B: FTC and the California Privacy Protection Agency; no federal AI statute (not C, D); E: the leading cloud and model providers are US firms; F: advanced-computing export controls with foreign-direct-product reach; its rules are not copied abroad (not G)."),
    "CHN": ("Interim Measures for the Management of Generative AI Services (2023); Personal Information Protection Law (2021); Data Security Law (2021)",
            "http://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm", "ABCDE",
            "A: PIPL; B: CAC; C, D: binding generative-AI, algorithm and deep-synthesis regulations with penalties; E: domestic cloud and model providers; its export controls cover raw materials, not AI chips or models (not F); not widely copied (not G)."),
    "EU27": ("Regulation (EU) 2024/1689 (AI Act), in force 1 August 2024; Regulation (EU) 2016/679 (GDPR)",
             "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", "ABCDG",
             "A, B: GDPR and national authorities; C, D: the AI Act, prohibitions and penalties applying since 2025; G: GDPR and AI Act copied abroad; cloud and model supply sits largely with US firms under US law (not E); no AI-chip export controls with reach abroad (not F)."),
    "GBR": ("Data Protection Act 2018 and UK GDPR; principles-based AI regulation (2023 white paper), no AI statute",
            "https://www.legislation.gov.uk/ukpga/2018/12/contents", "AB",
            "A, B: UK GDPR and the ICO; AI rules are non-statutory principles (not C, D); cloud and models largely US (not E)."),
    "CHE": ("Federal Act on Data Protection (revFADP), in force 1 September 2023; no AI act",
            "https://www.fedlex.admin.ch/eli/cc/2022/491/en", "AB",
            "A, B: revFADP and the FDPIC (binding orders); no AI law (sectoral amendments planned), and Swiss firms serving the EU follow the EU AI Act (not C, D); cloud and models largely foreign (not E)."),
    "JPN": ("Act on the Promotion of Research, Development and Utilization of AI-Related Technologies (enacted 28 May 2025); APPI",
            "https://oecd.ai/en/dashboards/policy-initiatives/act-on-promotion-of-research,-development,-and-utilization-of-artificial-intelligence-related-technologies", "ABC",
            "A, B: APPI and the Personal Information Protection Commission; C: the AI Promotion Act (2025); it has no penalties (not D); cloud and models largely foreign (not E)."),
    "KOR": ("Framework Act on the Development of AI and the Establishment of a Foundation for Trust (AI Basic Act), passed 26 December 2024, in force January 2026; PIPA",
            "https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&pageIndex=&bbsSeqNo=42&nttSeqNo=1071&searchOpt=ALL&searchTxt=", "ABCD",
            "A, B: PIPA and the PIPC; C, D: the AI Basic Act, in force January 2026 with high-impact-AI duties and fines; domestic clouds exist but foreign clouds and models dominate (not E)."),
    "TWN": ("Artificial Intelligence Basic Act, promulgated 14 January 2026; Personal Data Protection Act",
            "https://law.nstc.gov.tw/EngLawContent.aspx?id=10099&lan=E", "ABC",
            "A, B: the PDPA, enforced with fines by the competent authorities; C: the AI Basic Act (2026), no penalties yet (not D); cloud and models largely foreign (not E)."),
    "CAN": ("PIPEDA (2000); Bill C-27 with the Artificial Intelligence and Data Act died on prorogation, 6 January 2025",
            "https://openparliament.ca/bills/44-1/C-27/", "A",
            "A: PIPEDA; the Privacy Commissioner cannot issue binding orders or fines under PIPEDA (not B); the AI act (AIDA) died with Bill C-27 (not C, D); cloud and models largely US (not E)."),
    "IND": ("Digital Personal Data Protection Act 2023; Information Technology Act 2000 (s.43A) and IT Rules",
            "https://www.meity.gov.in/data-protection-framework", "AB",
            "A: IT Act s.43A rules in force and the DPDP Act 2023 enacted; B: adjudication under the IT Act and the Data Protection Board; no AI statute (not C, D); cloud and models largely foreign (not E). Law url not re-verified in this session."),
    "ISR": ("Protection of Privacy Law (Amendment 13, 2024); government AI policy principles (2023), no AI statute",
            "https://www.gov.il/en/departments/the_privacy_protection_authority", "AB",
            "A, B: the Privacy Protection Law and the Privacy Protection Authority, with fining powers under Amendment 13; AI governed by non-binding policy (not C, D). Law url not re-verified in this session."),
    "SGP": ("Personal Data Protection Act 2012; Model AI Governance Framework and AI Verify (voluntary)",
            "https://sso.agc.gov.sg/Act/PDPA2012", "AB",
            "A, B: PDPA and the PDPC (fines); AI rules are voluntary frameworks (not C, D); cloud and models largely foreign (not E)."),
    "ARE": ("Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (PDPL); national AI strategy 2031",
            "https://u.ae/en/about-the-uae/digital-uae/data/data-protection-laws", "A",
            "A: the federal PDPL is in force; its executive regulations and the federal enforcement authority were not yet operating (not B; the DIFC and ADGM free zones have their own enforced regimes); AI governed by strategy (not C, D). Law url not re-verified in this session."),
}
EU_MEMBER_LAW = ("Regulation (EU) 2024/1689 (AI Act) and Regulation (EU) 2016/679 (GDPR), applied through national authorities",
                 "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
                 "co-decides the EU's AI Act and GDPR in the Council and enforces them through its own authorities, but cannot set its own AI rules alone: the EU-27's score minus 2.")


def rubric_score(tests):
    points = {key: value for key, value, _ in RUBRIC}
    unknown = set(tests) - set(points)
    if unknown:
        sys.exit(f"unknown rubric tests {sorted(unknown)}")
    return sum(points[key] for key in tests)


def add_regulatory_autonomy():
    for code, (law, url, tests, why) in LAW.items():
        score = rubric_score(tests)
        add(code, "regulatory_autonomy", score, 2026, (law, url), "medium" if code in ("EU27", "KOR", "TWN", "JPN", "CAN") else "low",
            f"Judgement on the 0-10 rubric of docs/methodology.md, tests passed {'+'.join(tests)} = {score}. " + why)
    law, url, why = EU_MEMBER_LAW
    union = rubric_score(LAW["EU27"][2]) - UNION_DISCOUNT
    for code in EU27:
        add(code, "regulatory_autonomy", union, 2026, (law, url), "medium",
            f"Judgement on the 0-10 rubric of docs/methodology.md, member of a rule-setting union: EU-27 {union + UNION_DISCOUNT} minus {UNION_DISCOUNT} = {union}; " + why)


# --- known zeros: absence from a complete list ---------------------------------
# TOP500 lists every one of its 500 systems, the sub-10 nm shares of SIA/BCG add
# up to 100 % between Taiwan and Korea, and the Epoch GPU-cluster aggregation
# names every country with a qualifying cluster: a profile absent from them has
# none, which is data (a sourced zero), not a gap.
GPU_CLUSTER_ZERO = ["AUT", "BEL", "BGR", "HRV", "CYP", "EST", "GRC", "HUN", "IRL", "LVA",
                    "LTU", "MLT", "PRT", "ROU", "SVK"]


def has_value(code, indicator):
    return any(v["indicator"] == indicator for v in V.get(code, []))


def add_known_zeros():
    for code in NAMES:
        if not has_value(code, "top500_share"):
            note = f"No system of the June 2025 TOP500 list is located in {NAMES[code]}; the list is complete (500 systems), so absence is a known zero."
            add(code, "top500_share", 0, 2025, "top500", "high", note)
            add(code, "top500_systems", 0, 2025, "top500", "high", note)
        if not has_value(code, "advanced_logic_share"):
            add(code, "advanced_logic_share", 0, 2022, "sia_adv", "medium",
                "Known zero: in 2022 Taiwan (69 %) and Korea (31 %) held all sub-10 nm logic capacity (SIA/BCG, read at thincb2b.com 'Future geographics of IC production').")
    for code in GPU_CLUSTER_ZERO:
        if not has_value(code, "gpu_cluster_share"):
            add(code, "gpu_cluster_share", 0, 2025,
                ("Epoch AI, GPU Clusters dataset: share of world 16-bit performance of operational clusters, end of May 2025 (own aggregation of the dataset)",
                 "https://epoch.ai/data/gpu-clusters"), "medium",
                "Known zero: the aggregation behind the EU-27 value (see its note) found no qualifying operational cluster in this country; Epoch's dataset is not exhaustive (it covers 10-20 % of world AI compute), so this is 'none known', confidence medium.")


# --- derived: internet users in millions ------------------------------------------
def add_internet_users_total():
    for code in NAMES:
        share = next((v for v in V.get(code, []) if v["indicator"] == "internet_users"), None)
        if share is None or code not in POPULATION:
            continue
        millions = round(POPULATION[code] * share["value"] / 100 / 1e6, 3)
        add(code, "internet_users_total", millions, share["year"],
            (share["source"] + "; population: Our World in Data energy dataset, column population (2024)", share["url"]),
            share["confidence"],
            f"Derived: population 2024 ({POPULATION[code]:,}) x internet users {share['value']} % ({share['year']}) / 100. See the internet_users and population sources.")


# --- figures read from stored public datasets (tools/figures/*.json) -------------
# One file per source or topic; each value carries its own source, url, year,
# confidence and a note saying where it was read. A figure there replaces the
# hard-coded one above for the same profile and indicator: the files hold the
# newer, verified reading.
FIGURES_DIR = os.path.join(HERE, "figures")
VALUE_KEYS = ("code", "indicator", "value", "year", "source", "url", "confidence", "note")
FIELD_KEYS = ("code", "value", "year", "source", "url")


def load_figures(directory=FIGURES_DIR):
    if not os.path.isdir(directory):
        return
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(directory, name)
        with open(path, encoding="utf-8") as handle:
            doc = json.load(handle)
        for index, record in enumerate(doc.get("values", [])):
            where = f"{path}: values[{index}]"
            missing = [key for key in VALUE_KEYS if key not in record]
            if missing:
                sys.exit(f"{where}: missing {', '.join(missing)}")
            if record["code"] not in NAMES:
                sys.exit(f"{where}: unknown profile code {record['code']}")
            if record["confidence"] not in ("high", "medium", "low"):
                sys.exit(f"{where}: confidence must be high, medium or low")
            values = V.setdefault(record["code"], [])
            values[:] = [v for v in values if v["indicator"] != record["indicator"]]
            add(record["code"], record["indicator"], record["value"], record["year"],
                (record["source"], record["url"]), record["confidence"], record["note"])
        for field, table in (("population", POPULATION), ("gdp_usd", GDP_USD)):
            for index, record in enumerate(doc.get(field, [])):
                missing = [key for key in FIELD_KEYS if key not in record]
                if missing:
                    sys.exit(f"{path}: {field}[{index}]: missing {', '.join(missing)}")
                if record["code"] not in NAMES:
                    sys.exit(f"{path}: {field}[{index}]: unknown profile code {record['code']}")
                table[record["code"]] = record["value"]


def build(csv_path):
    add_top500(csv_path)
    add_web_languages()
    add_regulatory_autonomy()
    load_figures()
    add_known_zeros()
    add_internet_users_total()
    order = MAIN + sorted(c for c in EU27 if c not in MAIN)
    profiles = []
    for code in order:
        p = {"code": code, "name": NAMES[code], "kind": "bloc" if code == "EU27" else "country"}
        if code in POPULATION:
            p["population"] = POPULATION[code]
        if code in GDP_USD:
            p["gdp_usd"] = GDP_USD[code]
        if code == "EU27":
            p["members"] = list(EU27)
        p["values"] = sorted(V.get(code, []), key=lambda v: v["indicator"])
        profiles.append(p)
    return {"format": "aisov.profiles/1", "profiles": profiles}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top500", default=DEFAULT_TOP500)
    parser.add_argument("--out", default=os.path.join(ROOT, "data", "profiles", "bundled-profiles.json"))
    args = parser.parse_args()
    doc = build(args.top500)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(doc, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {args.out}: {len(doc['profiles'])} profiles, "
          f"{sum(len(p['values']) for p in doc['profiles'])} values")


if __name__ == "__main__":
    main()
