// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary text typed into the query bar: the query parser, then the query applied to a small
// SQLite workspace through the filter proxy, as the event table does. Besides not crashing: field
// values are never empty, statuses are real ones, "on:" always gives a non-empty period, and no
// typed text reaches the full-text index's syntax (an FTS5 syntax error would be a store error).
#include "fuzzcheck.h"

#include "models/eventfilterproxy.h"
#include "models/eventquery.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Kairos::Workspace> workspace;
    std::unique_ptr<Kairos::EventFilterProxy> proxy;
};

Fixture& fixture()
{
    static Fixture f = []() {
        Fixture made;
        // QSqlDatabase loads its driver plugin only with an application object.
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_query";
            static char* argv[] = {name, nullptr};
            made.app = std::make_unique<QCoreApplication>(argc, argv);
        }
        made.dir = std::make_unique<QTemporaryDir>();
        Kairos::StoreError error;
        made.workspace = Kairos::Workspace::open(
            made.dir->filePath(QStringLiteral("fuzz.kairos")), Kairos::Workspace::OpenMode::CreateIfMissing, &error);
        FUZZ_CHECK(made.workspace);
        for (const char* title : {"US permits H200 exports to China", "Commerce \"reviews\" licence 50% rule"}) {
            Kairos::Event event;
            event.title = QString::fromUtf8(title);
            event.summary = event.title;
            event.start = Kairos::TimePoint::fromDate(2025, 12, 8);
            event.precision = Kairos::DatePrecision::Day;
            FUZZ_CHECK(made.workspace->insertEvent(event));
        }
        Kairos::Entity entity;
        entity.name = QStringLiteral("Nvidia");
        FUZZ_CHECK(made.workspace->insertEntity(entity));
        made.proxy = std::make_unique<Kairos::EventFilterProxy>(made.workspace.get());
        return made;
    }();
    return f;
}

void checkQuery(const Kairos::EventQuery& query)
{
    for (const QString& type : query.types)
        FUZZ_CHECK(!type.isEmpty());
    for (const QString& entity : query.entities)
        FUZZ_CHECK(!entity.isEmpty());
    for (const int status : query.statuses)
        FUZZ_CHECK(status >= int(Kairos::ReviewStatus::Proposed) && status <= int(Kairos::ReviewStatus::Rejected));
    for (const QString& error : query.errors)
        FUZZ_CHECK(!error.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos;
    Fixture& f = fixture();
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const EventQuery query = EventQuery::parse(input);
    checkQuery(query);

    // Each "on:" word on its own: a date the parser accepts names a period that is not empty.
    // Split as the query tokenizer does, on any white space (QChar::isSpace), so each word is one token.
    QStringList words;
    QString current;
    for (const QChar c : input) {
        if (!c.isSpace()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    words << current;
    for (const QString& word : std::as_const(words)) {
        if (!word.startsWith(QLatin1String("on:"), Qt::CaseInsensitive) || word.contains(QLatin1Char('"')))
            continue;
        const EventQuery on = EventQuery::parse(word);
        checkQuery(on);
        if (on.errors.isEmpty() && on.from) {
            FUZZ_CHECK(on.to.has_value());
            FUZZ_CHECK(*on.from < *on.to);
        }
    }

    f.proxy->setQuery(query);
    FUZZ_CHECK(!f.workspace->lastError().isError());
    return 0;
}
