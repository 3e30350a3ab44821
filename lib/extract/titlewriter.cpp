// SPDX-License-Identifier: GPL-3.0-or-later
#include "titlewriter.h"

#include "textutil.h"

namespace Kairos::Extract {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

QString thirdPerson(const QString& base)
{
    if (base.endsWith(QLatin1Char('s')) || base.endsWith(QLatin1String("sh")) || base.endsWith(QLatin1String("ch"))
        || base.endsWith(QLatin1Char('x')) || base.endsWith(QLatin1Char('z')) || base.endsWith(QLatin1Char('o')))
        return base + QStringLiteral("es");
    if (base.size() > 1 && base.endsWith(QLatin1Char('y')) && !isVowel(base[base.size() - 2]))
        return base.chopped(1) + QStringLiteral("ies");
    return base + QLatin1Char('s');
}

QString gerund(const QString& base)
{
    if (base.endsWith(QLatin1String("ie")))
        return base.chopped(2) + QStringLiteral("ying");
    if (base.endsWith(QLatin1Char('e')) && !base.endsWith(QLatin1String("ee")))
        return base.chopped(1) + QStringLiteral("ing");
    // "ban" -> "banning", "cut" -> "cutting": one short syllable doubles its last consonant.
    if (base.size() == 3 && !isVowel(base[0]) && isVowel(base[1]) && !isVowel(base[2])
        && !QStringLiteral("wxy").contains(base[2]))
        return base + base[2] + QStringLiteral("ing");
    return base + QStringLiteral("ing");
}

// Inflects the first word of a phrase ("hold talks" -> "holds talks").
QString inflectFirst(const QString& phrase, QString (*inflect)(const QString&))
{
    const qsizetype space = phrase.indexOf(QLatin1Char(' '));
    return space < 0 ? inflect(phrase) : inflect(phrase.left(space)) + phrase.mid(space);
}

} // namespace

bool TitleWriter::load(const QJsonObject& rules, QString* error)
{
    const QJsonObject types = rules.value(QLatin1String("types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        for (const QString& v : jsonStrings(t.value(QLatin1String("verbs"))))
            m_verbs[it.key()].insert(v.toLower());
        m_lightVerbs.insert(it.key(), t.value(QLatin1String("lightVerb")).toString());
        m_places.insert(it.key(), t.value(QLatin1String("placePreposition")).toString(QStringLiteral("for")));
        m_nounPrepositions.insert(it.key(), t.value(QLatin1String("nounPreposition")).toString(QStringLiteral("on")));
    }
    const QJsonObject irregular = rules.value(QLatin1String("irregularVerbs")).toObject();
    for (auto it = irregular.begin(); it != irregular.end(); ++it)
        m_irregular.insert(it.key(), it.value().toString());
    const QJsonObject nounVerbs = rules.value(QLatin1String("nounLightVerbs")).toObject();
    for (auto it = nounVerbs.begin(); it != nounVerbs.end(); ++it)
        m_nounLightVerbs.insert(it.key(), it.value().toString());
    const QJsonObject templates = rules.value(QLatin1String("titleTemplates")).toObject();
    for (auto it = templates.begin(); it != templates.end(); ++it)
        m_templates.insert(it.key(), it.value().toString());
    m_speech = jsonStringSet(rules.value(QLatin1String("plainSpeechVerbs")));
    m_particles = jsonStringSet(rules.value(QLatin1String("verbParticles")));
    if (!m_templates.contains(QStringLiteral("occurred"))) {
        if (error)
            *error = QStringLiteral("event rules: \"titleTemplates\" needs an \"occurred\" pattern");
        return false;
    }
    return true;
}

QString TitleWriter::baseForm(const QString& word, const QString& type) const
{
    if (const auto it = m_irregular.constFind(word); it != m_irregular.constEnd())
        return *it;
    const QSet<QString>& known = m_verbs.value(type);
    QStringList candidates;
    if (word.endsWith(QLatin1String("ied")) || word.endsWith(QLatin1String("ies")))
        candidates << word.chopped(3) + QLatin1Char('y');
    for (const char* suffix : {"ing", "ed", "es", "s", "d"}) {
        const QLatin1String s(suffix);
        if (!word.endsWith(s) || word.size() <= s.size() + 1)
            continue;
        const QString stem = word.chopped(s.size());
        candidates << stem << stem + QLatin1Char('e');
        if (stem.size() > 2 && stem.back() == stem[stem.size() - 2])
            candidates << stem.chopped(1);
    }
    for (const QString& c : std::as_const(candidates)) {
        if (known.contains(c))
            return c;
    }
    for (const QString& c : std::as_const(candidates)) {
        if (known.contains(thirdPerson(c)))
            return c;
    }
    // A past or -ing form listed as a trigger ("cleared") is still not a base form: "clears", not "cleareds".
    const bool inflected = word.endsWith(QLatin1String("ed")) || word.endsWith(QLatin1String("ing"));
    if (known.contains(word) && (!inflected || candidates.isEmpty()))
        return word;
    // Not in the lexicon in its base form: a plain "-ed"/"-ing" stem is the best guess.
    return candidates.isEmpty() ? word : candidates.first();
}

QString TitleWriter::write(const QString& type, Modality modality, const QString& actor, const QString& trigger,
    bool noun, const QStringList& things, const QStringList& places) const
{
    QString base;
    const QString lower = trigger.toLower().simplified();
    const QString placePrep = m_places.value(type, QStringLiteral("for"));
    QString object = things.join(QLatin1String(", "));
    if (m_speech.contains(lower) || (noun && type == QLatin1String("statement"))) {
        object = (things + places).join(QLatin1String(", "));
        base = object.isEmpty() ? QStringLiteral("make statement") : QStringLiteral("comment on");
    } else {
        if (noun) {
            QString light = m_nounLightVerbs.value(lower, m_lightVerbs.value(type));
            base = (light.isEmpty() ? QStringLiteral("report") : light) + QLatin1Char(' ') + lower;
            // "holds meeting with US", "changes production of H200 for China".
            if (!things.isEmpty())
                object = m_nounPrepositions.value(type) + QLatin1Char(' ') + object;
        } else {
            const qsizetype space = lower.indexOf(QLatin1Char(' '));
            base = space < 0 ? baseForm(lower, type) : baseForm(lower.left(space), type) + lower.mid(space);
            // "raise output of H200", but "ramp up H200".
            const QString last = lower.mid(lower.lastIndexOf(QLatin1Char(' ')) + 1);
            if (space > 0 && !things.isEmpty() && !m_particles.contains(last))
                object = m_nounPrepositions.value(type) + QLatin1Char(' ') + object;
        }
        if (!places.isEmpty()) {
            const bool direct = !noun && things.isEmpty();
            object += (direct ? QStringLiteral(" ") : QLatin1Char(' ') + placePrep + QLatin1Char(' '))
                + places.join(QLatin1String(", "));
        }
    }
    QString pattern = m_templates.value(modalityToString(modality), m_templates.value(QStringLiteral("occurred")));
    QString t = pattern.replace(QLatin1String("{actor}"), actor)
                    .replace(QLatin1String("{verbs}"), inflectFirst(base, thirdPerson))
                    .replace(QLatin1String("{verbing}"), inflectFirst(base, gerund))
                    .replace(QLatin1String("{verb}"), base)
                    .replace(QLatin1String("{object}"), object)
                    .simplified();
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

} // namespace Kairos::Extract
