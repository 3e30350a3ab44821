// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to every parser: the first byte picks the file name (and so the format
// the detector starts from), the rest is the file. Whatever detection picks, the result must pass
// the checks every imported article and event passes.
#include "fuzzcheck.h"

#include "import/parsefile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const char* const names[] = {"a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.csv", "e.CSV", "a.rss",
        "a.atom", "a.xml", "a.sgm", "bundle.json", "a.tsv", "noext"};
    if (size == 0)
        return 0;
    const char* name = names[data[0] % (sizeof names / sizeof *names)];
    Kairos::Import::SourceFile file {QStringLiteral("fuzz"), QString::fromLatin1(name),
        QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1))};
    Kairos::Import::ImportLimits limits;
    limits.maxJsonNesting = 64;
    const Kairos::Import::ParsedFile parsed = Kairos::Import::parseFile(file, limits);
    KairosFuzz::checkParsedFile(parsed, false);
    FUZZ_CHECK(!parsed.error.isEmpty() || !parsed.format.isEmpty());
    if (parsed.manifest)
        KairosFuzz::checkParsedFile(Kairos::Import::parseFile(file, limits, &*parsed.manifest), false);
    return 0;
}
