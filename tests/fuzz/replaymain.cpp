// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target without libFuzzer: every file of a corpus folder, then a bounded number of
// deterministic mutations of them (bit flips, truncations, splices), so crashes and sanitizer
// reports show up in an ordinary build and test run.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

// The input being run, so that a crash handler can save it: without it a failing mutation could
// only be found again by re-running the whole sequence under a debugger.
const QByteArray* current = nullptr;
char crashFile[4096];

void saveCurrentInput(int signal)
{
    // Only async-signal-safe calls here.
    if (current) {
        const int fd = ::open(crashFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            (void)!::write(fd, current->constData(), size_t(current->size()));
            ::close(fd);
            static const char message[] = "replay: the failing input was saved to ";
            (void)!::write(2, message, sizeof message - 1);
            (void)!::write(2, crashFile, strlen(crashFile));
            (void)!::write(2, "\n", 1);
        }
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void run(const QByteArray& input)
{
    current = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
    current = nullptr;
}

QByteArray mutate(const QByteArray& input, const QList<QByteArray>& corpus, std::mt19937& rng)
{
    QByteArray out = input;
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        const auto pos = [&]() { return out.isEmpty() ? 0 : qsizetype(rng() % quint32(out.size())); };
        switch (rng() % 6) {
        case 0:
            if (!out.isEmpty())
                out[pos()] = char(out.at(pos()) ^ char(1 << (rng() % 8)));
            break;
        case 1:
            out.truncate(pos());
            break;
        case 2:
            out.insert(pos(), QByteArray(int(rng() % 64), char(rng() % 256)));
            break;
        case 3:
            if (!out.isEmpty())
                out.remove(pos(), qsizetype(rng() % 32));
            break;
        case 4: {
            const QByteArray& other = corpus.at(qsizetype(rng() % quint32(corpus.size())));
            out = out.left(pos()) + other.mid(other.isEmpty() ? 0 : qsizetype(rng() % quint32(other.size())));
            break;
        }
        default: {
            static const char* const tokens[]
                = {"[", "{", "\"", "<", "</", "&#", "\\u", "\n", "\t", "\xFF", "..", "PK\x03\x04"};
            out.insert(pos(), tokens[rng() % (sizeof tokens / sizeof *tokens)]);
        }
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER [MUTATIONS]\n", argv[0]);
        return 2;
    }
    const int mutations = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    QList<QByteArray> corpus;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    if (corpus.isEmpty())
        corpus.append(QByteArray());
    const QByteArray crashPath
        = QDir::current()
              .absoluteFilePath(
                  QStringLiteral("replay-crash-%1").arg(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()))
              .toLocal8Bit();
    qstrncpy(crashFile, crashPath.constData(), sizeof crashFile);
    for (const int signal : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) {
        // A sanitizer's own handler (it reports, then aborts into ours) stays in place.
        if (const auto previous = std::signal(signal, saveCurrentInput); previous != SIG_DFL)
            std::signal(signal, previous);
    }
    for (const QByteArray& input : corpus)
        run(input);
    std::mt19937 rng(20251208); // fixed seed: a failure reproduces
    for (int i = 0; i < mutations; ++i) {
        const QByteArray input = mutate(corpus.at(qsizetype(rng() % quint32(corpus.size()))), corpus, rng);
        run(input);
    }
    std::printf("%lld corpus inputs and %d mutations ran\n", static_cast<long long>(corpus.size()), mutations);
    return 0;
}
