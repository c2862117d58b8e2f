# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a desktop needs besides the two programs (the menu entry, the file types, the icon, the
# software-centre entry, manual pages) and the Debian package made of it all:
#
#   cmake --build build && cpack --config build/CPackConfig.cmake -B build/package
#
# The files themselves are in packaging/linux/ and are checked by tests/packaging/.
include(GNUInstallDirs)

# The reverse-DNS id names the desktop file, the metainfo, the icon and the MIME package, as
# AppStream and Wayland expect (QGuiApplication::setDesktopFileName in app/gui/main.cpp).
set(CG_APP_ID "io.github.common_ground.CommonGround")
set(CG_HOMEPAGE "https://github.com/common-ground/common-ground")
set(CG_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")

# Debian wants manual pages and the changelog compressed, without a time stamp (gzip -n) so that
# the package is reproducible. They are compressed when CMake runs (again whenever one of them
# changes), so that cpack finds them after any build, whatever targets were built.
find_program(CG_GZIP gzip REQUIRED)
file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/packaging")
function(cg_gzip_for_package name out)
    set(compressed "${PROJECT_BINARY_DIR}/packaging/${name}.gz")
    execute_process(COMMAND ${CG_GZIP} -9nc "${CG_PACKAGING_DIR}/${name}"
                    OUTPUT_FILE "${compressed}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip could not compress ${CG_PACKAGING_DIR}/${name}")
    endif()
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 "${CG_PACKAGING_DIR}/${name}")
    set(${out} "${compressed}" PARENT_SCOPE)
endfunction()
cg_gzip_for_package(changelog cg_changelog_gz)
cg_gzip_for_package(commonground.1 cg_man_gui)
cg_gzip_for_package(commonground-cli.1 cg_man_cli)
# The package's name, not the project's (GNUInstallDirs would say share/doc/CommonGround).
set(cg_docdir "${CMAKE_INSTALL_DATADIR}/doc/commonground")

if(CG_BUILD_GUI)
    install(FILES "${CG_PACKAGING_DIR}/${CG_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${CG_PACKAGING_DIR}/${CG_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # One drawing serves as the window icon (in the app's resources) and the desktop's icon.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/commonground.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${CG_APP_ID}.svg")
    install(FILES "${cg_man_gui}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()
install(FILES "${CG_PACKAGING_DIR}/${CG_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME "${CG_APP_ID}.xml")
install(FILES "${cg_man_cli}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${cg_changelog_gz}" "${CG_PACKAGING_DIR}/copyright" DESTINATION "${cg_docdir}")

# Debian's hardening: every symbol bound at start, so that the whole relocation table can be
# made read-only (lintian's hardening-no-bindnow). Link flags only; nothing is recompiled.
foreach(program commonground commonground-cli)
    if(TARGET ${program})
        target_link_options(${program} PRIVATE LINKER:-z,now)
    endif()
endforeach()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "commonground")
set(CPACK_PACKAGE_VENDOR "Common Ground contributors")
set(CPACK_PACKAGE_CONTACT "Common Ground contributors <commonground@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan, run and share back co-production workshops")
# Debian's extended description: lines under 80 characters, paragraphs apart.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "A desktop workbench for people who facilitate co-production workshops. It"
    "plans the day, runs the room (agenda, projector view, breakout groups),"
    "captures every voice on sticky-note boards, honours each person's consent"
    "choices, records fair payment and exports the notes that are shared back."
    "One workshop is one SQLite file, and nothing leaves the laptop."
    ""
    "The package holds the desktop app (commonground) and the command-line tool"
    "(commonground-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CG_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The libraries the programs link (Qt, SQLite, libsodium, libzip) are found by dpkg-shlibdeps.
# What it cannot see is what Qt loads at run time or the code asks for by name:
#   libqt6svg6         the SVG icon engine and image plug-in (the window and menu icons are SVG)
#   fonts-dejavu-core  the notes' and reports' font (ui/board/boarditems.cpp, core/export/pdfcomposer.cpp)
#   fonts-symbola      emoji as outlines, so that the PDF export can embed them as text
# The X11 platform plug-in and the JPEG/GIF readers come with libqt6gui6, which the scan finds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, fonts-dejavu-core, fonts-symbola")
#   fonts-noto-color-emoji  emoji in colour on the screen (Symbola would do, in black)
#   qt6-wayland             runs natively on a Wayland desktop rather than through XWayland
#   qt6-image-formats-plugins  photos of flipcharts in WebP or TIFF
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, qt6-wayland, qt6-image-formats-plugins")
include(CPack)
