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
    "sia_fab": ("SIA/BCG, Emerging Resilience in the Semiconductor Supply Chain (May 2024), share of global fab capacity 2022",
                "https://semiconductors.org/policies/supply-chain-security"),
    "sia_adv": ("SIA/BCG, Emerging Resilience in the Semiconductor Supply Chain (May 2024), share of advanced logic (<10 nm) capacity 2022",
                "https://www.bcg.com/publications/2024/emerging-resilience-in-semiconductor-supply-chain"),
    "esia": ("ESIA/SEMI figures reported by eeNews Europe, 'Europe down to 7.2% of global chip production'",
             "https://www.eenewseurope.com/en/europe-down-to-7-2-of-global-chip-production/"),
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
add("USA", "fab_capacity_share", 10, 2022, "sia_fab", "high", "'growing from 10% today to 14% by 2032' (SIA summary of the 2024 report).")
for code, val in (("EU27", 7.2), ("SGP", 4.7)):
    add(code, "fab_capacity_share", val, 2020, "esia", "low",
        ("'Europe' in the source." if code == "EU27" else "") +
        " ESIA/SEMI figure for 2020 or 2021 (the article does not say which precisely); older and from a different series than the SIA/BCG 2022 figures.")
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

LAW = {
    "USA": ("Export Administration Regulations (15 CFR 730-774), incl. the 2022-2025 advanced-computing and AI-chip export controls",
            "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C", 9,
            "9: sets rules others must follow (chip and model-weight export controls with extraterritorial reach, CLOUD Act access to US providers' data abroad) and hosts the platforms; no comprehensive federal AI or privacy statute, so not 10."),
    "CHN": ("Interim Measures for the Management of Generative AI Services (2023); Personal Information Protection Law (2021); Data Security Law (2021)",
            "http://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm", 9,
            "9: binding AI-specific rules (algorithm, deep-synthesis and generative-AI regulations) enforced by its own regulator (CAC), data-localisation and export-control tools; rules rarely adopted abroad, so not 10."),
    "EU27": ("Regulation (EU) 2024/1689 (AI Act), in force 1 August 2024; Regulation (EU) 2016/679 (GDPR)",
             "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", 8,
             "8: the first comprehensive binding AI law and the GDPR, both enforced and copied abroad ('Brussels effect'); but its cloud and model supply sits largely with US firms subject to US law (CLOUD Act), so not 9-10."),
    "GBR": ("Data Protection Act 2018 and UK GDPR; principles-based AI regulation (2023 white paper), no AI statute",
            "https://www.legislation.gov.uk/ukpga/2018/12/contents", 6,
            "6: own data-protection regime and regulators, own AI Security Institute, free to diverge since Brexit; AI rules are non-statutory principles and UK firms serving the EU follow the AI Act."),
    "CHE": ("Federal Act on Data Protection (revFADP), in force 1 September 2023; no AI act",
            "https://www.fedlex.admin.ch/eli/cc/2022/491/en", 5,
            "5: own revised data-protection law and regulator; no AI law (the Federal Council chose sectoral amendments and the Council of Europe AI convention), and Swiss firms serving the EU market must follow the EU AI Act: largely a rule-taker for AI."),
    "JPN": ("Act on the Promotion of Research, Development and Utilization of AI-Related Technologies (enacted 28 May 2025); APPI",
            "https://oecd.ai/en/dashboards/policy-initiatives/act-on-promotion-of-research,-development,-and-utilization-of-artificial-intelligence-related-technologies", 6,
            "6: own AI framework law (promotional, no penalties) with an AI Strategy Headquarters, own data-protection law (APPI) and regulator; soft-law approach with limited enforcement tools."),
    "KOR": ("Framework Act on the Development of AI and the Establishment of a Foundation for Trust (AI Basic Act), passed 26 December 2024, in force January 2026; PIPA",
            "https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&pageIndex=&bbsSeqNo=42&nttSeqNo=1071&searchOpt=ALL&searchTxt=", 7,
            "7: the second comprehensive binding AI law worldwide (high-impact AI duties, extraterritorial reach, domestic-representative duty) plus a strong data-protection regulator (PIPC); small fines and a market too small to set others' rules."),
    "TWN": ("Artificial Intelligence Basic Act, promulgated 14 January 2026; Personal Data Protection Act",
            "https://law.nstc.gov.tw/EngLawContent.aspx?id=10099&lan=E", 6,
            "6: own AI framework law in force since January 2026 (principles, risk classification to follow, no penalties yet) and own data-protection law; limited international standing to set rules."),
    "CAN": ("PIPEDA (2000); Bill C-27 with the Artificial Intelligence and Data Act died on prorogation, 6 January 2025",
            "https://openparliament.ca/bills/44-1/C-27/", 4,
            "4: own but dated private-sector privacy law; the federal AI act (AIDA) died with Bill C-27, so no binding AI rules; digital market dominated by US platforms."),
    "IND": ("Digital Personal Data Protection Act 2023; Information Technology Act 2000 and IT Rules",
            "https://www.meity.gov.in/data-protection-framework", 6,
            "6: own data-protection act and a large market that lets it impose terms (data localisation for payments, IT Rules on platforms); no AI statute and a new, untested Data Protection Board. Law url not re-verified in this session."),
    "ISR": ("Protection of Privacy Law (Amendment 13, 2024); government AI policy principles (2023), no AI statute",
            "https://www.gov.il/en/departments/the_privacy_protection_authority", 4,
            "4: own privacy law and regulator, AI governed by non-binding sectoral policy; relies on EU adequacy and US platforms. Law url not re-verified in this session."),
    "SGP": ("Personal Data Protection Act 2012; Model AI Governance Framework and AI Verify (voluntary)",
            "https://sso.agc.gov.sg/Act/PDPA2012", 6,
            "6: own data-protection act strongly enforced (PDPC), own AI governance tools adopted abroad as references; AI rules are voluntary."),
    "ARE": ("Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (PDPL); national AI strategy 2031",
            "https://u.ae/en/about-the-uae/digital-uae/data/data-protection-laws", 5,
            "5: own federal data-protection law (implementing regulations still pending) and separate free-zone regimes (DIFC, ADGM); AI governed by strategy and guidance. Law url not re-verified in this session."),
}
EU_MEMBER_LAW = ("Regulation (EU) 2024/1689 (AI Act) and Regulation (EU) 2016/679 (GDPR), applied through national authorities",
                 "https://eur-lex.europa.eu/eli/reg/2024/1689/oj", 6,
                 "6: co-decides the EU's AI Act and GDPR in the Council and enforces them through its own authorities, but cannot set its own AI rules alone (rubric: member of a rule-setting union = union score minus 2).")


def add_regulatory_autonomy():
    for code, (law, url, score, why) in LAW.items():
        add(code, "regulatory_autonomy", score, 2026, (law, url), "medium" if code in ("EU27", "KOR", "TWN", "JPN", "CAN") else "low",
            "Judgement on the 0-10 rubric of docs/methodology.md. " + why)
    law, url, score, why = EU_MEMBER_LAW
    for code in EU27:
        add(code, "regulatory_autonomy", score, 2026, (law, url), "medium", "Judgement on the 0-10 rubric of docs/methodology.md. " + why)




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
