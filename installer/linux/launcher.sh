#!/bin/bash
# Suhbat's launcher on Linux, in place of the one jpackage makes: that one asks rpm and dpkg which
# package it belongs to at every start (a tenth of a second and more, before Java even starts). This
# one starts the runtime beside it with the class path, main class and Java options of lib/app/Suhbat.cfg,
# the file jpackage wrote (and the .deb's postinst extends), read without starting any other program.
#
# Where Suhbat.cfg names no class-data archive of Suhbat's own classes (the application image and the
# portable zip; the .deb makes one when installed), the first start makes one in the user's cache, in
# the background and at low priority, from the class list shipped in lib/app; later starts use it. Such
# an archive is tied to the folder the jars are in, so it is kept per folder, and made again when the
# application's jar is newer. If it cannot be made, Suhbat simply starts without it.
self=$(readlink -f "$0")
app=${self%/bin/*}
lib=$app/lib/app
java=$app/lib/runtime/bin/java
classpath=
main=
options=()
module_options=()
has_archive=
while IFS= read -r line || [ -n "$line" ]; do
    value=${line#*=}
    value=${value//\$APPDIR/$lib}
    value=${value//\$ROOTDIR/$app}
    value=${value//\$BINDIR/$app/bin}
    case $line in
        app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
        app.mainclass=*) main=$value ;;
        java-options=*)
            options+=("$value")
            case $value in
                --add-*) module_options+=("$value") ;;
                -XX:SharedArchiveFile=*) has_archive=1 ;;
            esac ;;
    esac
done < "$lib/Suhbat.cfg"

if [ -z "$has_archive" ] && [ -f "$lib/suhbat.classlist" ] && [ -z "${SUHBAT_NO_ARCHIVE:-}" ]; then
    cache=${XDG_CACHE_HOME:-$HOME/.cache}/suhbat
    folder=${app//[^A-Za-z0-9._-]/_}
    archive=$cache/classes${folder}.jsa
    if [ -f "$archive" ] && ! [ "$lib/suhbat.jar" -nt "$archive" ]; then
        options+=("-XX:SharedArchiveFile=$archive")
    elif mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ]; then
        (
            # after the window is up, so that making it never slows the start it is made in
            sleep 20
            part=$archive.$$.part
            nice -n 19 "$java" "${module_options[@]}" -Xshare:dump -XX:SharedClassListFile="$lib/suhbat.classlist" \
                -XX:SharedArchiveFile="$part" -cp "$classpath" > /dev/null 2>&1 && mv -f "$part" "$archive"
            rm -f "$part"
        ) < /dev/null > /dev/null 2>&1 &
        disown 2>/dev/null || true
    fi
fi
exec "$java" -cp "$classpath" "${options[@]}" -Djpackage.app-path="$self" "$main" "$@"
