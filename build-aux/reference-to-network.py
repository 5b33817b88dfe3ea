#!/usr/bin/env python3
"""Build data/network.json from the researched reference tables.

Run once by a maintainer (python3 build-aux/reference-to-network.py
../shared/reference > data/network.json); the build never runs it. It copies
facts (names, places, years, sources) and adds our own short summaries,
the field each centre is shown in and the status that data/README.md explains.
"""
import csv
import json
import sys
from pathlib import Path

FIELDS = [
    ("water", "Water", "#1f6fb2", "circle"),
    ("renewable-energy", "Renewable energy", "#e69f00", "star"),
    ("science-policy", "Science policy", "#7b3fa0", "diamond"),
    ("biotechnology", "Biotechnology", "#c2185b", "hexagon"),
    ("geosciences", "Geosciences", "#8c5a2b", "triangle"),
    ("basic-sciences", "Basic sciences", "#d84315", "square"),
    ("remote-sensing", "Remote sensing", "#00838f", "pentagon"),
    ("ecology", "Ecology", "#2e7d32", "cross"),
]

# The reference suggests finer fields; each maps to one of the seven the seed
# names, except the two ecology centres, which fit none of them.
FIELD_OF = {
    "water": "water", "energy": "renewable-energy", "sti-policy": "science-policy",
    "knowledge": "science-policy", "engineering": "science-policy",
    "biotechnology": "biotechnology", "earth-sciences": "geosciences",
    "basic-sciences": "basic-sciences", "space": "remote-sensing", "ecology": "ecology",
    "other": "geosciences",  # RCOWA: oceanography, an earth science
}

# Ids for the rows that have no acronym (no acronym is invented for them).
ID_OF_NAME = {
    "Regional Centre on Transboundary": "tripoli-shared-aquifers",
    "Centre for Water Law, Policy and Science": "dundee-water-law",
    "Health-related Basic Sciences Centre": "mashhad-health-nutrition",
}

# Labels for the map where a centre has no acronym: words of its own name,
# short enough to stand beside a marker (ours, not an official name)
SHORT_NAME_OF = {
    "tripoli-shared-aquifers": "Shared Aquifers Centre",
    "dundee-water-law": "Centre for Water Law",
    "mashhad-health-nutrition": "Health and Nutrition Centre",
}

# Agreement signed after May 2016 for a centre approved before it.
APPROVED = {"CIH", "ICEE", "i-WSSM", "ICIMWB", "ICP", "ICRTM", "MCTP"}
# Signed 12 May 2016, four days before the meeting: a centre in May 2016.
CONFIRMED_OVERRIDES = {"ICGG"}

# Years in the reference that are not the year of UNESCO's auspices (CIMPA:
# the association's founding; the category 2 date is not found).
YEAR_NOT_AUSPICES = {"CIMPA"}

# Coordinates the reference gives for the host institution rather than the city.
INSTITUTION_COORDINATES = {"ICHARM", "ICEE"}

SUMMARIES = {
    "ICHARM": "Research, training and information on water-related disasters and flood risk, hosted by Japan's Public Works Research Institute.",
    "IRTCES": "Research and training on soil erosion and river sedimentation; the oldest of the water centres in this list.",
    "IRCK": "Research on karst landscapes, their water and their ecosystems; it describes itself as the first geosciences category 2 centre.",
    "HTC KL": "Hydrology and water-resources work for the humid tropics of South-East Asia and the Pacific.",
    "APCE": "Promotes ecohydrology, the joint management of water and ecosystems, across Asia and the Pacific.",
    "RCUWM": "Training and research on managing water in cities for the region around Iran.",
    "ICQHS": "Studies and helps preserve qanats and other historic water structures.",
    "RCTWS": "Training and studies on water in arid and semi-arid zones.",
    "RCWH": "Capacity building and research on harvesting rainwater and runoff.",
    "RC-IRBM": "Training and research on managing river basins as a whole, hosted by Nigeria's National Water Resources Institute.",
    "tripoli-shared-aquifers": "A regional centre on managing aquifers shared between countries of Africa and the Arab States.",
    "IGRAC": "Gathers and shares knowledge on groundwater resources worldwide.",
    "ERCE": "Research and education in ecohydrology for Europe.",
    "ICCE": "Ecohydrology of coasts and estuaries.",
    "ICWRGC": "Work on water resources under global change, with hydrological data and water diplomacy.",
    "dundee-water-law": "Research and teaching on water law, policy and science at the University of Dundee.",
    "ICWC": "Promotes cooperation over shared waters, hosted by the Stockholm International Water Institute.",
    "WSDAC": "Water for sustainable development and adaptation to climate change, at the Jaroslav Černi Institute.",
    "ICIWaRM": "Integrated water resources management, with the US Army Corps of Engineers' Institute for Water Resources.",
    "CAZALAC": "Water in the arid and semi-arid zones of Latin America and the Caribbean, including drought atlases.",
    "CATHALAC": "Water in the humid tropics of Latin America and the Caribbean.",
    "HidroEx": "Education, capacity building and applied research on water in Minas Gerais.",
    "CIH": "Hydroinformatics for integrated water management, hosted by the Itaipu dam's binational company.",
    "CEREGAS": "Groundwater management for Latin America and the Caribbean.",
    "CEHICA": "Sustainable water management for the island states of the Caribbean, hosted by INDRHI.",
    "RCGW": "Education, training and research on groundwater for East Africa.",
    "IKCEST": "An online knowledge service for engineering science and technology, set up by the Chinese Academy of Engineering.",
    "HIST": "Uses space technologies to study and protect natural and cultural heritage, hosted by the Chinese Academy of Sciences.",
    "CISTRAT": "Research and training on science and technology strategy and policy.",
    "ICEE": "Engineering education, at Tsinghua University.",
    "ISTIC": "Science, technology and innovation policy for South-South cooperation.",
    "IRIS": "Helps develop science parks and technology incubators in its region.",
    "ICGG": "Geochemical mapping of the whole globe.",
    "CIFRA": "Advanced training and research in physics at Măgurele.",
    "ISEDC": "Sustainable energy development, including renewable energy and energy efficiency.",
    "RCB": "Training and education in biotechnology.",
    "BIOmics": "Training in proteomics, functional genomics and bioinformatics.",
    "mashhad-health-nutrition": "Basic sciences related to health, and human nutrition.",
    "ICB": "Biotechnology research and training at the University of Nigeria, Nsukka.",
    "ICCBS": "Chemical and biological sciences at the University of Karachi.",
    "ERAIFT": "A regional graduate school on managing tropical forests and lands.",
    "UNESCOMED": "Links the Mediterranean biosphere reserves of its two shores.",
    "RCOWA": "Education and research in oceanography for West Asia.",
    "CIMPA": "Research schools in mathematics for developing countries.",
    "MCTP": "Theoretical physics for Mesoamerica, at the Autonomous University of Chiapas.",
    "ICP": "Physics research and training at the Vietnam Academy of Science and Technology.",
    "ICRTM": "Research and graduate training in mathematics at the Vietnam Academy of Science and Technology.",
    "CARGC": "Glaciology for Central Asia.",
    "i-WSSM": "Water security and sustainable management, hosted by K-water.",
    "ICIMWB": "Managing watersheds and bio-resources in arid and semi-arid regions.",
    "RIWE": "Water education for West and Central Asia.",
}

AFFILIATE_SOURCES = [
    "https://webarchive.unesco.org/web/20160803085548/http://en.unesco.org/news/unesco-s-natural-sciences-centres-come-together-china",
    "http://en.unesco.org/events/first-unesco-natural-science-centres-coordination-meeting",
    "https://cifra-c2unesco.ro/events/unesco-scc-meeting-beijing-2016/",
]

AFFILIATES = [
    {"id": "ictp", "acronym": "ICTP", "name": "Abdus Salam International Centre for Theoretical Physics",
     "city": "Trieste", "country": "IT", "latitude": 45.650, "longitude": 13.777,
     "summary": "UNESCO's category 1 centre for theoretical physics and mathematics."},
    {"id": "unesco-ihe", "acronym": "UNESCO-IHE", "name": "UNESCO-IHE Institute for Water Education",
     "city": "Delft", "country": "NL", "latitude": 52.012, "longitude": 4.357,
     "summary": "UNESCO's category 1 institute for graduate water education.",
     "extra_sources": ["http://en.worldpeoplenews.com/news/education/2016-07/28179"]},
    {"id": "wwap", "acronym": "WWAP", "name": "World Water Assessment Programme",
     "city": "Perugia", "country": "IT", "latitude": 43.112, "longitude": 12.389,
     "summary": "The UN programme, run by UNESCO, that prepares the World Water Development Report."},
    {"id": "twas", "acronym": "TWAS", "name": "The World Academy of Sciences",
     "city": "Trieste", "country": "IT", "latitude": 45.650, "longitude": 13.777,
     "summary": "An academy that advances science in developing countries."},
]

AFFILIATE_ID = {"ICTP": "ictp", "UNESCO-IHE": "unesco-ihe", "WWAP": "wwap", "TWAS": "twas"}


def centre_id(row):
    if row["acronym"]:
        return row["acronym"].lower().replace(" ", "-")
    for prefix, ident in ID_OF_NAME.items():
        if row["name"].startswith(prefix):
            return ident
    raise SystemExit(f"no id for {row['name']}")


def summary_key(row):
    return row["acronym"] or centre_id(row)


def status_of(row):
    if row["acronym"] in CONFIRMED_OVERRIDES:
        return "confirmed"
    if row["acronym"] in APPROVED:
        return "approved"
    return row["status"]


def notes_of(row):
    notes = row["notes"].strip()
    if row["acronym"] not in INSTITUTION_COORDINATES:
        extra = "Coordinates are those of the city, not of the host institution."
        notes = f"{notes} {extra}".strip() if notes else extra
    if row["acronym"] in CONFIRMED_OVERRIDES:
        notes = "Agreement signed on 12 May 2016, four days before the Beijing meeting. " + notes
    return notes


def split_sources(cell):
    seen = []
    for url in cell.replace(";", " ").split():
        if url.startswith("http") and url not in seen:
            seen.append(url)
    return seen


def build_centre(row):
    centre = {
        "id": centre_id(row),
        "acronym": row["acronym"] or None,
        "name": row["name"],
        "short_name": None if row["acronym"] else SHORT_NAME_OF[centre_id(row)],
        "field": FIELD_OF[row["field"]],
        "city": row["city"],
        "country": row["country"],
        "latitude": round(float(row["latitude"]), 3),
        "longitude": round(float(row["longitude"]), 3),
        "website": row["website"] or None,
        "established": int(row["year"]) if row["year"] and row["acronym"] not in YEAR_NOT_AUSPICES else None,
        "summary": SUMMARIES[summary_key(row)],
        "status": status_of(row),
        "notes": notes_of(row) or None,
        "sources": split_sources(row["sources"]),
    }
    return {k: v for k, v in centre.items() if v is not None}


def build_affiliate(entry):
    affiliate = dict(entry)
    extra = affiliate.pop("extra_sources", [])
    affiliate["status"] = "confirmed"
    affiliate["notes"] = "Coordinates are those of the city, not of the institution."
    affiliate["sources"] = AFFILIATE_SOURCES + extra
    return affiliate


def build_links(reference, ids_by_acronym):
    links = []
    with open(reference / "links.tsv", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            ends = [ids_by_acronym.get(row[k]) for k in ("from_acronym", "to_acronym")]
            if None in ends:
                print(f"left out (partner not in the network): {row['from_acronym']} – {row['to_acronym']}",
                      file=sys.stderr)
                continue
            link = {"from": ends[0], "to": ends[1], "kind": row["kind"]}
            if row["year"]:
                link["year"] = int(row["year"])
            link["summary"] = row["description"]
            link["sources"] = split_sources(row["sources"])
            links.append(link)
    return links


def main():
    reference = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
    meeting = json.loads((Path(__file__).parent / "meeting.json").read_text())
    with open(reference / "centres-2016.tsv", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))

    centres = [build_centre(row) for row in rows]
    ids_by_acronym = {row["acronym"]: centre_id(row) for row in rows if row["acronym"]}
    ids_by_acronym["CWLPS"] = "dundee-water-law"
    ids_by_acronym.update(AFFILIATE_ID)

    network = {
        "format": 1,
        "title": "UNESCO Natural Sciences Category 2 centres",
        "as_of": "2016-05",
        "fields": [{"id": i, "name": n, "color": c, "symbol": s} for i, n, c, s in FIELDS],
        "centres": centres,
        "affiliates": [build_affiliate(a) for a in AFFILIATES],
        "links": build_links(reference, ids_by_acronym),
        "meeting": meeting,
    }
    json.dump(network, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
