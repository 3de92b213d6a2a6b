#include "seedrandom.h"

namespace parasol {

namespace {

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SeedRandom::SeedRandom(quint64 seed, QStringView stream, quint64 index)
    : m_state(mix(seed) ^ mix(hash(stream) + 0x9e3779b97f4a7c15ULL) ^ mix(index * 0xd1b54a32d192ed03ULL + 1))
{ }

quint64 SeedRandom::hash(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 SeedRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

int SeedRandom::below(int bound)
{
    return int(next() % quint64(bound));
}

qint64 SeedRandom::between(qint64 low, qint64 high)
{
    return low + qint64(next() % quint64(high - low + 1));
}

double SeedRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int SeedRandom::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int draw = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (draw < weights[i])
            return i;
        draw -= weights[i];
    }
    return int(weights.size()) - 1;
}

} // namespace parasol
