// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demoworkshop.h"

#include "io/jsonarchive.h"

#include <QCoreApplication>
#include <QFile>

namespace cg::io {

Result<WorkshopData> loadDemoWorkshop()
{
    QFile file(QStringLiteral(":/demo/demo-workshop.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate(
            "cg::io", "The demo workshop is missing from this copy of Common Ground."));
    return archive::fromJson(file.readAll());
}

WorkshopData demoWorkshop()
{
    auto demo = loadDemoWorkshop();
    if (!demo) {
        qWarning("%s", qPrintable(demo.message()));
        return {};
    }
    return std::move(*demo);
}

} // namespace cg::io
