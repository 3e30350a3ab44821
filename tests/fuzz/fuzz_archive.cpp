// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as a dropped archive: read in memory with small limits, every member parsed.
#include "import/archivereader.h"
#include "import/parsefile.h"
#include "import/walkbudget.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Kairos::Import::ImportLimits limits;
    limits.maxEntries = 200;
    limits.maxEntryBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    const Kairos::Import::ProgressCallback progress;
    Kairos::Import::WalkBudget budget(limits, nullptr, progress);
    const Kairos::Import::FileCallback onFile
        = [&limits](Kairos::Import::SourceFile&& file) { Kairos::Import::parseFile(file, limits); };
    const Kairos::Import::RejectionCallback onRejected = [](const Kairos::Import::Rejection&) {};
    Kairos::Import::ArchiveReader reader(limits, budget, onFile, onRejected);
    reader.read(
        QStringLiteral("fuzz.zip"), QString(), QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), 1);
    return 0;
}
