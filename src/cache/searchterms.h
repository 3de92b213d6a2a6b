#pragma once

#include "customermatch.h"

#include <QList>

namespace parasol::SearchTerms {

// A key under which a customer can be found, namespaced by kind: "p:+8613800138000"
// (phone), "r:0008310083" (national number reversed, for "the last digits"), "n:张伟"
// (name), "y:zhangwei" (pinyin), "i:zw" (initials). The cache stores only a keyed hash
// of each key (a blind index), so prefixes that a search may type are terms of their
// own; `full` marks the whole value.
struct Term
{
    QString key;
    CustomerMatch::Kind kind;
    bool full = true;
};

QList<Term> forCustomer(const Customer &customer);

// How to look up what an agent typed, best kind first: a key, which must match a whole
// value unless `prefix` allows the start of one.
struct Probe
{
    QString key;
    bool prefix = false;
    CustomerMatch::Kind kind;
};
QList<Probe> forQuery(const QString &text);

} // namespace parasol::SearchTerms
