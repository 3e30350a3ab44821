// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "textutil.h"

#include <QJsonArray>

namespace Kairos::Extract {

bool Gazetteer::addFile(const QString& path, QString* error)
{
    const QJsonObject json = loadJsonObject(path, error);
    return !json.isEmpty() && load(json, path, error);
}

bool Gazetteer::load(const QJsonObject& json, const QString& origin, QString* error)
{
    const QJsonValue entities = json.value(QLatin1String("entities"));
    if (!entities.isArray()) {
        if (error)
            *error = QStringLiteral("%1: no \"entities\" list").arg(origin);
        return false;
    }
    int index = 0;
    for (const QJsonValue& value : entities.toArray()) {
        ++index;
        const QJsonObject o = value.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        const auto type = entityTypeFromString(o.value(QLatin1String("type")).toString());
        if (name.isEmpty() || !type) {
            if (error)
                *error = QStringLiteral("%1: entity %2 needs a \"name\" and a known \"type\" (one of %3)")
                             .arg(origin)
                             .arg(index)
                             .arg(entityTypeNames().join(QLatin1String(", ")));
            return false;
        }
        // An analyst file may add aliases to a shipped entity.
        int entryIndex = m_byName.value(name.toLower(), -1);
        if (entryIndex < 0) {
            entryIndex = int(m_entries.size());
            m_entries.append({name, *type, {}});
            m_byName.insert(name.toLower(), entryIndex);
            addAlias(entryIndex, name);
        }
        for (const QString& alias : jsonStrings(o.value(QLatin1String("aliases")))) {
            if (!alias.trimmed().isEmpty() && !m_entries[entryIndex].aliases.contains(alias)) {
                m_entries[entryIndex].aliases.append(alias);
                addAlias(entryIndex, alias.trimmed());
            }
        }
    }
    const QJsonObject coref = json.value(QLatin1String("coreference")).toObject();
    for (auto it = coref.begin(); it != coref.end(); ++it) {
        if (const auto type = entityTypeFromString(it.value().toString()))
            m_coreference.insert(it.key().toLower(), *type);
    }
    const QJsonObject groups = json.value(QLatin1String("groupNouns")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (const auto type = entityTypeFromString(it.value().toString()))
            m_groupNouns.insert(it.key().toLower(), *type);
    }
    m_titles.unite(jsonStringSet(json.value(QLatin1String("titles"))));
    m_orgSuffixes.unite(jsonStringSet(json.value(QLatin1String("organisationSuffixes"))));
    m_governmentWords.unite(jsonStringSet(json.value(QLatin1String("governmentWords"))));
    m_mediaWords.unite(jsonStringSet(json.value(QLatin1String("mediaWords"))));
    m_stopwords.unite(jsonStringSet(json.value(QLatin1String("stopwords"))));
    for (const QString& w : std::as_const(m_stopwords))
        m_lowerStopwords.insert(w.toLower());
    for (const QString& w : jsonStrings(json.value(QLatin1String("commonWords"))))
        m_commonWords.insert(w.toLower());
    m_institutionWords.unite(jsonStringSet(json.value(QLatin1String("institutionWords"))));
    for (const QString& w : jsonStrings(json.value(QLatin1String("nameConnectors"))))
        m_nameConnectors.insert(w.toLower());
    for (const QString& w : jsonStrings(json.value(QLatin1String("surnameParticles"))))
        m_surnameParticles.insert(w.toLower());
    for (const QString& w : jsonStrings(json.value(QLatin1String("placeAdjectiveSuffixes"))))
        m_placeAdjectiveSuffixes.insert(w.toLower());
    for (const QString& w : jsonStrings(json.value(QLatin1String("bodyPrepositions"))))
        m_bodyPrepositions.insert(w.toLower());
    m_directionWords.unite(jsonStringSet(json.value(QLatin1String("directionWords"))));
    m_fieldWords.unite(jsonStringSet(json.value(QLatin1String("fieldWords"))));
    m_companyWords.unite(jsonStringSet(json.value(QLatin1String("companyWords"))));
    m_compoundParticiples.unite(jsonStringSet(json.value(QLatin1String("compoundParticiples"))));
    m_nonSubjectWords.unite(jsonStringSet(json.value(QLatin1String("nonSubjectWords"))));
    m_commonBodies.unite(jsonStringSet(json.value(QLatin1String("commonBodies"))));
    m_bareBodies.unite(jsonStringSet(json.value(QLatin1String("bareBodies"))));
    m_placedBodies.unite(jsonStringSet(json.value(QLatin1String("placedBodies"))));
    m_facilityNouns.unite(jsonStringSet(json.value(QLatin1String("facilityNouns"))));
    m_placePrepositions.unite(jsonStringSet(json.value(QLatin1String("placePrepositions"))));
    m_regionAdjectives.unite(jsonStringSet(json.value(QLatin1String("regionAdjectives"))));
    m_bodyMemberWords.unite(jsonStringSet(json.value(QLatin1String("bodyMemberWords"))));
    m_processNodeUnits.unite(jsonStringSet(json.value(QLatin1String("processNodeUnits"))));
    m_processNodeProducts.unite(jsonStringSet(json.value(QLatin1String("processNodeProducts"))));
    m_commonRoles.unite(jsonStringSet(json.value(QLatin1String("commonRoles"))));
    m_lawWords.unite(jsonStringSet(json.value(QLatin1String("lawWords"))));
    m_organisationDescriptors.unite(jsonStringSet(json.value(QLatin1String("organisationDescriptors"))));
    m_placeholderItFollowers.unite(jsonStringSet(json.value(QLatin1String("placeholderItFollowers"))));
    for (const QString& w : jsonStrings(json.value(QLatin1String("nameParticles")))) {
        if (!m_nameParticles.contains(w.toLower()))
            m_nameParticles << w.toLower();
    }
    return true;
}

void Gazetteer::addAlias(int entry, const QString& surface)
{
    const QList<Token> tokens = tokenize(surface);
    if (tokens.isEmpty())
        return;
    Alias alias;
    alias.entry = entry;
    alias.surface = surface;
    for (const Token& t : tokens)
        alias.keys << t.lower;
    int letters = 0;
    for (QChar c : surface)
        letters += c.isLetter() ? 1 : 0;
    alias.exactCase = tokens.size() == 1 && tokens[0].allCaps && letters <= 4;
    alias.capitalised = surface.front().isUpper();
    m_aliasesByFirst[alias.keys.first()].append(int(m_aliases.size()));
    m_aliases.append(alias);
}

Gazetteer::Match Gazetteer::longestMatch(const QList<Token>& tokens, int index, int limit) const
{
    Match best;
    const auto it = m_aliasesByFirst.constFind(tokens[index].lower);
    if (it == m_aliasesByFirst.constEnd())
        return best;
    for (int aliasIndex : *it) {
        const Alias& a = m_aliases[aliasIndex];
        const int n = int(a.keys.size());
        if (n <= best.tokenCount || index + n > limit)
            continue;
        bool ok = true;
        for (int k = 1; k < n && ok; ++k)
            ok = tokens[index + k].lower == a.keys[k];
        if (!ok)
            continue;
        const Token& first = tokens[index];
        if (a.capitalised && !first.capitalized)
            continue;
        if (a.exactCase && !first.allCaps)
            continue;
        best = {a.entry, n};
    }
    return best;
}

} // namespace Kairos::Extract
