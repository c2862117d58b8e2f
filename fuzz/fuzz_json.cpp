// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a JSON archive: import-json must refuse or accept them, never crash. What it
// accepts must round-trip: written out again and read back, it is the same workshop.
#include "io/jsonarchive.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace cg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size > 1024 * 1024)
        return -1;
    const QByteArray json(reinterpret_cast<const char *>(bytes), qsizetype(size));
    auto data = io::archive::fromJson(json);
    if (!data)
        return 0;
    (void)io::archive::checkReferences(*data);
    const QByteArray again = io::archive::toJson(*data);
    auto back = io::archive::fromJson(again);
    if (!back) {
        std::fprintf(stderr, "An accepted archive did not read back: %s\n", back.message().toUtf8().constData());
        std::abort();
    }
    if (io::archive::toJson(*back) != again) {
        std::fprintf(stderr, "An accepted archive changed on its way round\n");
        std::abort();
    }
    return 0;
}
