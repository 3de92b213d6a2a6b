#pragma once

#include <QList>
#include <QStringView>

namespace parasol {

// A small, fast, deterministic random source (SplitMix64). Each part of the generated
// data draws from its own stream, keyed by the seed, a stream name and an index (usually
// the customer's), so a customer's rows depend on nothing but (seed, index) and a change
// to one part of the generator leaves the others' data as it was. Never the wall clock,
// never QRandomGenerator::global().
class SeedRandom
{
public:
    SeedRandom(quint64 seed, QStringView stream, quint64 index = 0);

    // A stable 64-bit hash of a text (FNV-1a over UTF-16), the same on every machine.
    static quint64 hash(QStringView text);

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    int below(int bound);
    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // An index drawn with the given relative weights (all ≥ 0, at least one > 0).
    int weighted(const QList<int> &weights);

    template<typename T> const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }

private:
    quint64 m_state;
};

} // namespace parasol
