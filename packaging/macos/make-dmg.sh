#!/usr/bin/env bash
# Make dist/RepDesk-<version>-macos-<arch>.dmg from dist/RepDesk.app, on a Mac, after
#
#     python3 packaging/build_app.py
#
# then, from anywhere:
#
#     packaging/macos/make-dmg.sh
#
# The disk image holds RepDesk.app and a link to /Applications to drag it onto.
#
# Signing, from the environment:
#   REPDESK_SIGN_IDENTITY   a "Developer ID Application: NAME (TEAMID)" identity in the keychain:
#                           the app is signed with it (hardened runtime, secure timestamp), and
#                           so is the .dmg. Set it for packaging/build_app.py too: PyInstaller
#                           signs every library in the bundle with it (packaging/repdesk.spec),
#                           some where codesign --deep does not look. Unset: an ad-hoc signature,
#                           which Apple silicon needs to run the code at all; other Macs then
#                           show Gatekeeper's warning (packaging/macos/README.md).
#   REPDESK_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials):
#                           the app and then the .dmg are notarized and the tickets stapled, so
#                           Gatekeeper accepts RepDesk even on a laptop that is offline.
#                           Needs REPDESK_SIGN_IDENTITY.
#   REPDESK_ENTITLEMENTS    optional: an entitlements plist passed to codesign with the identity.
#
# Written and checked (bash -n, shellcheck) on Linux, where RepDesk is developed; it runs only
# on macOS, and has not been run there yet.
set -euo pipefail

say() { printf '\033[1m[make-dmg]\033[0m %s\n' "$*" >&2; }
die() {
    printf '\033[1m[make-dmg]\033[0m error: %s\n' "$*" >&2
    exit 1
}

[[ "$(uname -s)" == Darwin ]] ||
    die "this runs on macOS only (hdiutil, codesign): build and package RepDesk on a Mac"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST="$ROOT/dist"
APP="$DIST/RepDesk.app"
PLIST="$APP/Contents/Info.plist"
IDENTITY="${REPDESK_SIGN_IDENTITY:-}"
NOTARY_PROFILE="${REPDESK_NOTARY_PROFILE:-}"
ENTITLEMENTS="${REPDESK_ENTITLEMENTS:-}"

# Temporary folders, removed however the script ends.
staging=""
zip_dir=""
cleanup() {
    [[ -z "$staging" ]] || rm -rf "$staging"
    [[ -z "$zip_dir" ]] || rm -rf "$zip_dir"
}
trap cleanup EXIT

[[ -d "$APP" ]] || die "no $APP: run 'python3 packaging/build_app.py' first"
for tool in hdiutil codesign ditto xattr lipo; do
    command -v "$tool" >/dev/null ||
        die "$tool is missing: install the Xcode command-line tools (xcode-select --install)"
done
if [[ -n "$NOTARY_PROFILE" && -z "$IDENTITY" ]]; then
    die "REPDESK_NOTARY_PROFILE is set but REPDESK_SIGN_IDENTITY is not: Apple notarizes only" \
        "code signed with a Developer ID"
fi
if [[ -n "$ENTITLEMENTS" && ! -f "$ENTITLEMENTS" ]]; then
    die "REPDESK_ENTITLEMENTS names no file: $ENTITLEMENTS"
fi

plist_value() { /usr/libexec/PlistBuddy -c "Print :$1" "$PLIST" 2>/dev/null || true; }

# The version the bundle was built with (the spec writes repdesk.__version__ into it).
version="$(plist_value CFBundleShortVersionString)"
if [[ -z "$version" ]]; then
    version="$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' "$ROOT/repdesk/__init__.py")"
fi
[[ -n "$version" ]] || die "cannot tell RepDesk's version from $PLIST or repdesk/__init__.py"

# The architectures of the executable PyInstaller made: arm64, x86_64, or universal2 when both.
executable="$APP/Contents/MacOS/$(plist_value CFBundleExecutable)"
[[ -f "$executable" ]] || die "no executable in $APP/Contents/MacOS named by Info.plist"
archs=" $(lipo -archs "$executable" 2>/dev/null || uname -m) "
if [[ "$archs" == *" arm64 "* && "$archs" == *" x86_64 "* ]]; then
    arch=universal2
elif [[ "$archs" == *" arm64 "* ]]; then
    arch=arm64
elif [[ "$archs" == *" x86_64 "* ]]; then
    arch=x86_64
else
    arch="$(uname -m)"
fi
DMG="$DIST/RepDesk-$version-macos-$arch.dmg"
say "RepDesk $version ($arch): $APP -> $DMG"

notarize() {
    local file="$1" output
    say "notarizing $(basename "$file"): waiting for Apple's answer (usually a few minutes)"
    if ! output="$(xcrun notarytool submit "$file" --keychain-profile "$NOTARY_PROFILE" --wait 2>&1)"; then
        printf '%s\n' "$output" >&2
        die "notarytool could not submit $(basename "$file")"
    fi
    printf '%s\n' "$output" >&2
    grep -q 'status: Accepted' <<<"$output" ||
        die "Apple did not accept $(basename "$file"); its reasons:" \
            "xcrun notarytool log SUBMISSION-ID --keychain-profile $NOTARY_PROFILE"
}

# 1. Sign the app. Extended attributes (Finder info, quarantine) make codesign refuse a bundle.
xattr -cr "$APP"
if [[ -n "$IDENTITY" ]]; then
    say "signing the app as \"$IDENTITY\" (hardened runtime, secure timestamp)"
    # Notarization requires the hardened runtime (--options runtime) and a secure timestamp.
    sign=(codesign --deep --force --options runtime --timestamp --sign "$IDENTITY")
    [[ -z "$ENTITLEMENTS" ]] || sign+=(--entitlements "$ENTITLEMENTS")
    "${sign[@]}" "$APP"
else
    say "REPDESK_SIGN_IDENTITY is not set: signing ad hoc (runs here; other Macs warn)"
    codesign --force --deep -s - "$APP"
fi
codesign --verify --deep --strict "$APP" || die "the app's signature does not verify"
if [[ -n "$IDENTITY" ]]; then
    # The Python extensions in subfolders of Contents/Frameworks are not where codesign --deep
    # looks for nested code; PyInstaller signs each while building, with the identity it was
    # given. Ad-hoc ones would make the hardened runtime refuse them and notarization fail.
    sample="$(find "$APP/Contents/Frameworks" -mindepth 2 -name '*.so' -type f -print -quit)"
    if [[ -n "$sample" && "$(codesign -dv "$sample" 2>&1 || true)" == *Signature=adhoc* ]]; then
        die "the app's Python extensions are signed ad hoc: build it again with" \
            "REPDESK_SIGN_IDENTITY set (python3 packaging/build_app.py), then run this script"
    fi
fi

# 2. Notarize the app itself and staple its ticket, so the copy a rep drags to /Applications
#    carries the ticket and Gatekeeper need not ask Apple (a rep's laptop is often offline).
if [[ -n "$NOTARY_PROFILE" ]]; then
    zip_dir="$(mktemp -d "${TMPDIR:-/tmp}/repdesk-notarize.XXXXXX")"
    ditto -c -k --keepParent "$APP" "$zip_dir/RepDesk.zip"
    notarize "$zip_dir/RepDesk.zip"
    xcrun stapler staple "$APP"
fi

# 3. The disk image: the app and a link to /Applications, compressed (UDZO).
staging="$(mktemp -d "${TMPDIR:-/tmp}/repdesk-dmg.XXXXXX")"
ditto "$APP" "$staging/RepDesk.app"
ln -s /Applications "$staging/Applications"
rm -f "$DMG"
say "creating $(basename "$DMG")"
for attempt in 1 2 3; do
    # hdiutil sometimes fails with "Resource busy" while Spotlight looks at the new volume.
    if hdiutil create -volname "RepDesk $version" -srcfolder "$staging" -fs HFS+ \
        -format UDZO -ov "$DMG"; then
        break
    fi
    [[ $attempt -lt 3 ]] || die "hdiutil could not create $DMG"
    say "hdiutil failed; trying again in 5 s"
    sleep 5
done

# 4. Sign, notarize and staple the image too.
if [[ -n "$IDENTITY" ]]; then
    say "signing $(basename "$DMG")"
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if [[ -n "$NOTARY_PROFILE" ]]; then
    notarize "$DMG"
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi

hdiutil verify "$DMG" >/dev/null || die "hdiutil verify failed for $DMG"
size="$(du -h "$DMG" | cut -f1)"
say "done: $DMG ($size)"
if [[ -z "$IDENTITY" ]]; then
    say "not signed with a Developer ID: another Mac refuses to open it at first; then"
    say "System Settings > Privacy & Security > Open Anyway (macOS 13 and 14: right-click > Open)"
fi
