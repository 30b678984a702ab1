#!/bin/sh
# Rebuilds the two fonts Sapar embeds in PDF tickets from Debian's fonts-dejavu-core 2.37:
# DejaVu Sans and DejaVu Sans Bold cut down to the scripts tickets print (Latin with its
# extensions, Greek, Cyrillic with all Kazakh letters, punctuation, currency signs incl. ₸,
# arrows, a few symbols) and with the TrueType hinting removed. Hinting only matters on
# low-resolution screens and takes most of each embedded subset: without it a one-ticket
# PDF is about 25 KB instead of 38 KB, and rendering is faster.
#
# Needs fonttools (`pip install fonttools`) and `apt-get install fonts-dejavu-core`.
# The font names stay "DejaVu Sans"; the license (LICENSE beside this file) allows
# changed fonts under any name without "Bitstream", "Vera" or "Arev".
set -eu
src=/usr/share/fonts/truetype/dejavu
here=$(dirname "$0")
unicodes="U+0020-007E,U+00A0-024F,U+0259,U+02B9-02DD,U+0300-036F,U+0370-03FF,U+0400-052F,\
U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2215,U+2219,U+221E,\
U+2248,U+2260,U+2264,U+2265,U+25A0-25FF,U+2713,U+2714,U+2717,U+FFFD"
for face in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$src/$face.ttf" --unicodes="$unicodes" --no-hinting --layout-features='*' \
    --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline --glyph-names \
    --legacy-kern --output-file="$here/$face.ttf"
done
