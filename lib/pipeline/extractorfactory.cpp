// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractorfactory.h"

#include "extract/extractor.h"

namespace Kairos {

ImportPipeline::Extractor defaultExtractor(QString* error, const ExtractionSettings& settings)
{
    std::shared_ptr<Extract::Extractor> extractor = Extract::Extractor::createDefault(error);
    if (!extractor)
        return {};
    extractor->setNumericDayFirst(settings.numericDayFirst);
    QStringList problems;
    for (const QString& path : settings.gazetteerFiles) {
        QString problem;
        if (!extractor->addGazetteerFile(path, &problem))
            problems << problem;
    }
    if (error && !problems.isEmpty())
        *error = problems.join(QLatin1Char('\n'));
    std::shared_ptr<const Extract::Extractor> shared = extractor;
    return [shared](const Article& article) {
        return shared->extract(article.title, article.body, article.published, article.outlet);
    };
}

} // namespace Kairos
