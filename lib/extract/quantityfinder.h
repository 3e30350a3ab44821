// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extracttypes.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace Kairos::Extract {

/// Finds money amounts ("$70 billion", "approximately 1.03 trillion Korean won", "RMB 100 billion",
/// "300 mln dlrs") and percentages, with the ISO currency and the amount in units.
class QuantityFinder
{
public:
    bool load(const QJsonObject& rules, QString* error);
    QList<Quantity> find(const QString& text) const;

private:
    Quantity make(const QString& text, const QRegularExpressionMatch& m, const QString& number, const QString& scale,
        const QString& unit) const;

    QHash<QString, QString> m_symbols;
    QHash<QString, QString> m_words;
    QHash<QString, double> m_scales;
    QHash<QString, QString> m_qualifiers;
    QRegularExpression m_symbolFirst;
    QRegularExpression m_wordAfter;
    QRegularExpression m_percent;
    QRegularExpression m_qualifier; // at the end of the text before an amount
};

} // namespace Kairos::Extract
