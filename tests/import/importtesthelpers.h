// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/bundlewalker.h"
#include "import/parsefile.h"

#include <QStringList>

namespace Kairos::Import::Test {

/// Everything one walk and parse of some inputs produced, with manifests applied per bundle.
struct WalkResult
{
    QList<SourceFile> files;
    QList<Rejection> rejections;
    QList<ParsedFile> parsed;
    bool completed = false;

    int articleCount() const
    {
        int n = 0;
        for (const ParsedFile& p : parsed)
            n += int(p.articles.size());
        return n;
    }
    int eventCount() const
    {
        int n = 0;
        for (const ParsedFile& p : parsed)
            n += int(p.events.size());
        return n;
    }
    QStringList errors() const
    {
        QStringList out;
        for (int i = 0; i < parsed.size(); ++i) {
            if (!parsed.at(i).error.isEmpty())
                out << files.at(i).path + QLatin1String(": ") + parsed.at(i).error;
        }
        return out;
    }
    QString rejectionText() const
    {
        QStringList out;
        for (const Rejection& r : rejections)
            out << r.path + QLatin1String(": ") + r.reason;
        return out.join(QLatin1Char('\n'));
    }
};

inline WalkResult walkAndParse(
    const QStringList& inputs, const ImportLimits& limits = {}, const std::atomic_bool* cancel = nullptr)
{
    WalkResult result;
    std::optional<Manifest> manifest;
    QString manifestBundle;
    BundleWalker walker(limits);
    result.completed = walker.walk(
        inputs,
        [&](SourceFile&& file) {
            ParsedFile parsed
                = parseFile(file, limits, manifest && manifestBundle == file.bundle ? &*manifest : nullptr);
            if (parsed.manifest) {
                manifest = parsed.manifest;
                manifestBundle = file.bundle;
            }
            result.parsed.append(std::move(parsed));
            result.files.append(std::move(file));
        },
        [&](const Rejection& rejection) { result.rejections.append(rejection); }, cancel);
    return result;
}

inline QString corpus(const char* relative)
{
    return QStringLiteral(KAIROS_SHARED_DIR "/corpora/") + QLatin1String(relative);
}

} // namespace Kairos::Import::Test
