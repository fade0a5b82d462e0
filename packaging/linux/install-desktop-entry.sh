#!/bin/sh
# Add RepDesk to your applications menu (for you alone; no root needed), or take it out again.
#
#   ./install-desktop-entry.sh              install the menu entry and the icons
#   ./install-desktop-entry.sh --uninstall  remove exactly those files again
#
# Run it from the unpacked RepDesk folder, which holds the repdesk program, _internal/ and
# share/. The menu entry starts the repdesk beside this script: after moving the folder, run
# the script again. Your data (~/.local/share/RepDesk) is never touched.
set -eu

APP_ID=org.repdesk.RepDesk

usage() {
    echo "usage: $0 [--uninstall]"
}

say() {
    printf '%s\n' "$*"
}

die() {
    printf 'install-desktop-entry: %s\n' "$*" >&2
    exit 1
}

mode=install
case $# in
    0) ;;
    1)
        case $1 in
            --uninstall) mode=uninstall ;;
            -h | --help) usage; exit 0 ;;
            *) usage >&2; exit 2 ;;
        esac
        ;;
    *) usage >&2; exit 2 ;;
esac

# The freedesktop base directories: XDG_DATA_HOME only counts when it is an absolute path.
data_home=${XDG_DATA_HOME:-}
case $data_home in
    /*) ;;
    *)
        [ -n "${HOME:-}" ] || die "neither XDG_DATA_HOME nor HOME is set"
        data_home=$HOME/.local/share
        ;;
esac
applications=$data_home/applications
hicolor=$data_home/icons/hicolor
entry=$applications/$APP_ID.desktop

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd -P)
share=$here/share
binary=$here/repdesk

refresh_caches() {
    # Menus and icon caches pick the change up sooner; harmless when missing or failing.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$applications" >/dev/null 2>&1 || true
    fi
    # Only refresh an icon cache that exists: a new one goes stale as other programs add icons.
    if [ -f "$hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1
    then
        gtk-update-icon-cache -q -t -f "$hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "$mode" = uninstall ]; then
    removed=0
    if [ -f "$entry" ]; then
        rm -f -- "$entry"
        say "removed $entry"
        removed=$((removed + 1))
    fi
    for icon in "$hicolor"/*/apps/"$APP_ID".png "$hicolor"/*/apps/"$APP_ID".svg; do
        [ -f "$icon" ] || continue
        rm -f -- "$icon"
        say "removed $icon"
        removed=$((removed + 1))
    done
    refresh_caches
    if [ "$removed" -eq 0 ]; then
        say "RepDesk's menu entry was not installed in $data_home; nothing to remove."
    else
        say "RepDesk is no longer in your applications menu. Your data was left as it was."
    fi
    exit 0
fi

[ -x "$binary" ] || die "no repdesk program next to this script (in $here)"
[ -f "$share/applications/$APP_ID.desktop" ] || die "$share/applications/$APP_ID.desktop is missing"
case $here in
    *'
'*) die "the folder's path contains a line break, which a menu entry cannot hold: $here" ;;
esac

# Exec: the path as one argument, always double-quoted, with " ` $ \ escaped inside the quotes
# (the Desktop Entry spec's argument quoting); then the string-value escape that doubles every
# backslash, and %% for a literal percent sign (% starts a field code).
quoted=$(printf '%s' "$binary" | sed -e 's/[\\"`$]/\\&/g')
exec_value=$(printf '"%s"' "$quoted" | sed -e 's/\\/\\\\/g' -e 's/%/%%/g')
# TryExec is a plain string value: only the backslash is escaped.
tryexec_value=$(printf '%s' "$binary" | sed -e 's/\\/\\\\/g')

mkdir -p -- "$applications"
tmp=$entry.tmp.$$
trap 'rm -f -- "$tmp"' EXIT
EXEC_VALUE=$exec_value TRYEXEC_VALUE=$tryexec_value awk '
    /^Exec=repdesk( |$)/ { print "Exec=" ENVIRON["EXEC_VALUE"] substr($0, 13); next }
    /^TryExec=repdesk$/ { print "TryExec=" ENVIRON["TRYEXEC_VALUE"]; next }
    { print }
' "$share/applications/$APP_ID.desktop" >"$tmp"
mv -f -- "$tmp" "$entry"
trap - EXIT
say "installed $entry"
say "  it starts $binary"
case $binary in
    *%*) say "  note: GNOME and other GLib-based desktops cannot start a program whose path holds" \
        "a % sign; if RepDesk is missing from the menu, move the folder and run this again" ;;
esac

icons=0
for icon in "$share/icons/hicolor"/*/apps/"$APP_ID".png "$share/icons/hicolor"/*/apps/"$APP_ID".svg
do
    [ -f "$icon" ] || continue
    size=$(basename -- "$(dirname -- "$(dirname -- "$icon")")")
    dest=$hicolor/$size/apps
    mkdir -p -- "$dest"
    cp -f -- "$icon" "$dest/"
    icons=$((icons + 1))
done
say "installed $icons icons in $hicolor"

refresh_caches
say "RepDesk is in your applications menu. To take it out again: $0 --uninstall"
