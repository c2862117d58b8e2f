# SPDX-FileCopyrightText: 2026 Common Ground contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What keeps the build cheap enough for CI to build the tree twice (the ordinary one and the
# sanitized one) on two cores (docs/decisions.md, "CI: two trees in one command"):
#
# - precompiled headers: the Qt, standard and Catch2 headers every file includes are parsed once
#   per target, not once per file (about a third of each file's compile time before);
# - the test suites' own code (Catch2 cases, test support) is compiled without optimisation and
#   with line tables only (CG_TEST_COMPILE_OPTIONS). What ships (cg_core, cg_ui, cg_room, the
#   two programs) keeps the build type's flags, so the suite still tests the code facilitators run.
#   Set CG_TEST_COMPILE_OPTIONS to "-O0;-g" to step through a test with its variables.
option(CG_PRECOMPILE_HEADERS "Precompile the Qt, standard and Catch2 headers per target" ON)
set(CG_TEST_COMPILE_OPTIONS "-O0;-g1" CACHE STRING
    "Compiler options for the test suites' own code (not the code under test)")

set(cg_pch_core
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QObject> <QRegularExpression> <QSet>
    <QString> <QStringList> <QUuid> <QVariant> <QColor> <QImage> <QPainter>)
set(cg_pch_widgets ${cg_pch_core}
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QListWidget> <QMenu> <QPlainTextEdit>
    <QPushButton> <QScrollArea> <QSettings> <QShortcut> <QTableView> <QTimer> <QUndoStack>
    <QVBoxLayout> <QWidget>)
set(cg_pch_tests ${cg_pch_core} <catch2/catch.hpp>)
set(cg_pch_ui_tests ${cg_pch_widgets} <catch2/catch.hpp> <QSignalSpy> <QTest>)

# Only targets of a dozen files or more: for smaller ones building the header costs what it saves.
function(cg_precompile target)
    if(CG_PRECOMPILE_HEADERS AND TARGET ${target})
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

function(cg_speed_up_build)
    cg_precompile(cg_core ${cg_pch_core})
    cg_precompile(cg_ui ${cg_pch_widgets})
    cg_precompile(commonground-cli ${cg_pch_core})
    cg_precompile(cg_core_tests ${cg_pch_tests})
    cg_precompile(cg_cli_tests ${cg_pch_tests})
    cg_precompile(cg_room_tests ${cg_pch_tests})
    cg_precompile(cg_ui_tests ${cg_pch_ui_tests})
    foreach(target cg_catch_runner cg_test_support cg_core_tests cg_cli_tests cg_room_tests
                   cg_crash_tests cg_edit_loop cg_alloc_tests cg_ui_tests)
        if(TARGET ${target})
            target_compile_options(${target} PRIVATE ${CG_TEST_COMPILE_OPTIONS})
        endif()
    endforeach()
endfunction()
