#!/usr/bin/env bash
# Makes the handout fonts in src/assets/fonts/: DejaVu Sans and DejaVu Sans Bold cut down to the
# letters a European cluster's names need (Basic Latin, Latin-1, Latin Extended-A, the Romanian
# letters of Latin Extended-B, and common punctuation), so the PDF keeps "ąčęėįšųūž" and stays
# small. DejaVu's licence (src/assets/fonts/LICENSE-DejaVu.txt) allows changed copies under a name
# without "Bitstream" or "Vera".
# Needs fontTools (Debian: apt-get install -y python3-fonttools) and the fonts (fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC="${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}"
OUT=src/assets/fonts
PY="${PYTHON:-/usr/bin/python3}"
UNICODES="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0218-021B,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2193,U+2212"
for face in DejaVuSans DejaVuSans-Bold; do
  "$PY" -m fontTools.subset "$SRC/$face.ttf" \
    --unicodes="$UNICODES" \
    --layout-features='kern,liga' \
    --no-hinting \
    --desubroutinize \
    --name-IDs='*' \
    --output-file="$OUT/$face-subset.ttf"
done
ls -l "$OUT"/*.ttf
