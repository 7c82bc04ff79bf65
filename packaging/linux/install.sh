#!/bin/sh
# Installs Study Planner from this folder for the current user; no root needed.
#   ./install.sh              installs under ~/.local (or under $PREFIX)
#   ./install.sh --uninstall  removes what it installed
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
id=io.github.studyplanner.StudyPlanner
app="$prefix/lib/study-planner"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$prefix/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t -f "$prefix/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$app"
    rm -f "$prefix/bin/study-planner" "$prefix/share/applications/$id.desktop" \
        "$prefix/share/metainfo/$id.metainfo.xml"
    find "$prefix/share/icons/hicolor" -name "$id.*" -type f -delete 2>/dev/null || true
    refresh
    echo "Study Planner removed from $prefix (your plans are kept in your data folder)."
    exit 0
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" \
    "$prefix/share/metainfo" "$prefix/share/icons"
rm -rf "$app"
cp -R "$here/study-planner" "$app"
ln -sf "$app/study-planner" "$prefix/bin/study-planner"
sed "s|^Exec=.*|Exec=\"$app/study-planner\"|" "$here/share/applications/$id.desktop" \
    > "$prefix/share/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$prefix/share/metainfo/"
cp -R "$here/share/icons/hicolor" "$prefix/share/icons/"
refresh
echo "Study Planner installed in $app; start it from the applications menu or run $prefix/bin/study-planner."
